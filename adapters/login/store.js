// The signed-in session in wx storage, under the adapter's own keys (pwa2wx.login.*) so no app storage
// shim can clear it. It holds { accessToken, refreshToken, expiresAt } only: never WeChat's session_key.
var area = require('../runtime/storage.js').area('pwa2wx.login.');

module.exports = {
  load: function () {
    return area.get('session') || null;
  },
  save: function (session) {
    area.set('session', session);
  },
  clear: function () {
    area.remove('session');   // removeStorageSync, not a write of undefined
  }
};
