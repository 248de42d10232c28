// @capacitor/screen-orientation: the orientation is the window's (wx.getSystemInfoSync: wider than tall is
// landscape), and screenOrientationChange follows wx.onWindowResize. A mini program's pages turn as their config
// says (app.json's pageOrientation), not at run time: lock() and unlock() resolve and change nothing.
var core = require('./core.js');

var subscribed = [];
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
    var onResize = function () { fn(current()); };
    subscribed.push(onResize);
    return core.listener('onWindowResize', 'offWindowResize', onResize);
  },
  removeAllListeners: function () {
    subscribed.splice(0).forEach(function (f) { wx.offWindowResize(f); });
    return Promise.resolve();
  }
};

module.exports = { ScreenOrientation: ScreenOrientation };
