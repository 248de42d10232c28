// wx storage split into named areas, so localStorage.clear() or Storage.clear() of one shim never
// wipes the keys of another (cookie jar, Capacitor Preferences, the login token store).
// Write failures (10 MB per user, 1 MB per key) become one recognisable QuotaExceededError.

function quotaError(key, err) {
  var e = new Error('storage quota exceeded writing "' + key + '" (WeChat allows 10 MB per mini program user ' +
    'and 1 MB per key): ' + ((err && err.errMsg) || err));
  e.name = 'QuotaExceededError';
  return e;
}

// prefix: the string every key of this area starts with in wx storage.
function area(prefix) {
  return {
    get: function (key) {
      var v = wx.getStorageSync(prefix + key);
      // wx returns '' for a missing key too: only then ask whether the key exists
      return v !== '' || wx.getStorageInfoSync().keys.indexOf(prefix + key) >= 0 ? v : undefined;
    },
    set: function (key, value) {
      try {
        wx.setStorageSync(prefix + key, value);
      } catch (err) {
        throw quotaError(key, err);
      }
    },
    remove: function (key) {
      wx.removeStorageSync(prefix + key);
    },
    keys: function () {
      var out = [];
      wx.getStorageInfoSync().keys.forEach(function (k) {
        if (k.indexOf(prefix) === 0) out.push(k.slice(prefix.length));
      });
      return out;
    },
    clear: function () {
      this.keys().forEach(this.remove);
    }
  };
}

module.exports = { area: area };
