// @capacitor/status-bar on the navigation bar's colours (wx.setNavigationBarColor sets both at once, so
// the last of each is remembered). The status bar cannot be hidden or overlaid: those calls are no-ops.
var wxp = require('../wxp.js');

var Style = { Dark: 'DARK', Light: 'LIGHT', Default: 'DEFAULT' };
var Animation = { None: 'NONE', Slide: 'SLIDE', Fade: 'FADE' };
var state = { style: 'DEFAULT', color: '#ffffff' };

function apply() {
  // Style.Dark means light text (for dark backgrounds), as in Capacitor
  return wxp('setNavigationBarColor', { frontColor: state.style === 'DARK' ? '#ffffff' : '#000000',
    backgroundColor: state.color }).then(function () {});
}

var noop = function () { return Promise.resolve(); };

var StatusBar = {
  setStyle: function (options) { state.style = options.style; return apply(); },
  setBackgroundColor: function (options) { state.color = options.color; return apply(); },
  getInfo: function () {
    return Promise.resolve({ visible: true, style: state.style, color: state.color, overlays: false });
  },
  show: noop,
  hide: noop,
  setOverlaysWebView: noop
};

module.exports = { StatusBar: StatusBar, Style: Style, Animation: Animation };
