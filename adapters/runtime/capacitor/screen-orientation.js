// @capacitor/screen-orientation: the orientation is the window's (wx.getSystemInfoSync: wider than tall is
// landscape), and screenOrientationChange follows wx.onWindowResize. A mini program's pages turn as their config
// says (app.json's pageOrientation), not at run time: lock() and unlock() resolve and change nothing.
var core = require('./core.js');

var resizes = core.wxListeners('onWindowResize', 'offWindowResize');
function current() {
  var s = wx.getSystemInfoSync();
  return { type: s.windowWidth > s.windowHeight ? 'landscape-primary' : 'portrait-primary' };
}
var done = function () { return Promise.resolve(); };

var ScreenOrientation = {
  orientation: function () { return Promise.resolve(current()); },
  lock: done,
  unlock: done,
  addListener: function (event, fn) {
    return resizes.add(function () { fn(current()); });
  },
  removeAllListeners: resizes.removeAll
};

module.exports = { ScreenOrientation: ScreenOrientation };
