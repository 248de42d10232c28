// @capacitor/keyboard: hide() is wx.hideKeyboard; show events come from wx.onKeyboardHeightChange (Will and
// Did fire together). Showing the keyboard, accessory bar, style and resize mode are no-ops.
var core = require('./core.js');

var KeyboardStyle = { Dark: 'DARK', Light: 'LIGHT', Default: 'DEFAULT' };
var KeyboardResize = { Body: 'body', Ionic: 'ionic', Native: 'native', None: 'none' };
var heights = core.wxListeners('onKeyboardHeightChange', 'offKeyboardHeightChange');
var noop = function () { return Promise.resolve(); };

var Keyboard = {
  hide: function () { wx.hideKeyboard({}); return Promise.resolve(); },
  show: noop,
  setAccessoryBarVisible: noop,
  setScroll: noop,
  setStyle: noop,
  setResizeMode: noop,
  getResizeMode: function () { return Promise.resolve({ mode: 'native' }); },
  addListener: function (event, fn) {
    var showing = /Show$/.test(event);
    var onHeight = function (res) {
      if ((res.height > 0) === showing) fn(showing ? { keyboardHeight: res.height } : undefined);
    };
    return heights.add(onHeight);
  },
  removeAllListeners: heights.removeAll
};

module.exports = { Keyboard: Keyboard, KeyboardStyle: KeyboardStyle, KeyboardResize: KeyboardResize };
