// @awesome-cordova-plugins/status-bar (and @ionic-native/status-bar, in Ionic 4/5 starters): the injectable
// StatusBar on the Capacitor stand-in's navigation bar colours. Its methods return nothing, as the plugin's do.
var capacitor = require('./status-bar.js');

var COLORS = { black: '#000000', darkGray: '#a9a9a9', lightGray: '#d3d3d3', white: '#ffffff', gray: '#808080',
  red: '#ff0000', green: '#00ff00', blue: '#0000ff', cyan: '#00ffff', yellow: '#ffff00', magenta: '#ff00ff',
  orange: '#ffa500', purple: '#800080', brown: '#a52a2a' };

function StatusBar() {
  this.isVisible = true;
}
StatusBar.__ng__ = { kind: 'injectable', providedIn: 'root' };
StatusBar.prototype.styleDefault = function () { capacitor.StatusBar.setStyle({ style: capacitor.Style.Default }); };
// light text, for dark backgrounds
StatusBar.prototype.styleLightContent = StatusBar.prototype.styleBlackTranslucent =
  StatusBar.prototype.styleBlackOpaque = function () { capacitor.StatusBar.setStyle({ style: capacitor.Style.Dark }); };
StatusBar.prototype.backgroundColorByHexString = function (hex) {
  capacitor.StatusBar.setBackgroundColor({ color: hex });
};
StatusBar.prototype.backgroundColorByName = function (name) {
  if (COLORS[name]) this.backgroundColorByHexString(COLORS[name]);
};
StatusBar.prototype.overlaysWebView = StatusBar.prototype.hide = StatusBar.prototype.show = function () {};

module.exports = { StatusBar: StatusBar };
