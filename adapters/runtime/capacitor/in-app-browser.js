// @awesome-cordova-plugins/in-app-browser (and @ionic-native/in-app-browser): create(url) is window.open —
// a configured web-view page, else the link is copied. The returned browser object does nothing more;
// its events never fire.
var open = require('../address.js').open;
var rx = require('../rx.js');

function InAppBrowser() {}
InAppBrowser.__ng__ = { kind: 'injectable', providedIn: 'root' };
InAppBrowser.prototype.create = function (url) {
  open(url);
  var done = function () {};
  return { show: done, hide: done, close: done, executeScript: function () { return Promise.resolve([]); },
    insertCSS: function () { return Promise.resolve(); }, on: function () { return rx.NEVER; } };
};

module.exports = { InAppBrowser: InAppBrowser };
