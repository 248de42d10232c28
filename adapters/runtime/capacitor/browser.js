// @capacitor/browser: open() is window.open — a configured web-view page, else the link is copied.
var core = require('./core.js');
var open = require('../address.js').open;

var Browser = {
  open: function (options) {
    open(options.url);
    return Promise.resolve();
  },
  close: function () { return Promise.resolve(); },
  addListener: function (event, fn) { return core.listener(function () {}, null, fn); },   // never fire
  removeAllListeners: function () { return Promise.resolve(); }
};

module.exports = { Browser: Browser };
