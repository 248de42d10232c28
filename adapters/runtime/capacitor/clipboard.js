// @capacitor/clipboard: text only, through navigator.clipboard (wx.setClipboardData/getClipboardData).
var navigator = require('../web.js').navigator;

var Clipboard = {
  write: function (options) { return navigator.clipboard.writeText(options.string || options.url || ''); },
  read: function () {
    return navigator.clipboard.readText().then(function (value) { return { type: 'text/plain', value: value }; });
  }
};

module.exports = { Clipboard: Clipboard };
