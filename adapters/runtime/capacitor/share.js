// @capacitor/share: a mini program shares only from the ··· menu or an open-type="share" button, so
// share() opens the menu's share items and copies the text/link with a toast (navigator.share).
var navigator = require('../web.js').navigator;

var Share = {
  share: function (options) {
    return navigator.share(options || {}).then(function () { return {}; });
  },
  canShare: function () { return Promise.resolve({ value: true }); }
};

module.exports = { Share: Share };
