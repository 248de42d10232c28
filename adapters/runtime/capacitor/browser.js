// @capacitor/browser: open() is window.open — a configured web-view page, else the link is copied.
var core = require('./core.js');
var window = require('../web.js').window;

var Browser = {
  open: function (options) {
    window.open(options.url);
    return Promise.resolve();
  },
  close: function () { return Promise.resolve(); },
  addListener: function (event, fn) { return core.listener(function () {}, null, fn); },   // never fire
  removeAllListeners: function () { return Promise.resolve(); }
};

module.exports = { Browser: Browser };
