// @capacitor/preferences (and Capacitor 3's @capacitor/storage) on wx storage, with the web implementation's key
// layout ('<group>.<key>', default group 'CapacitorStorage'). Values are strings, as on every platform.
var storage = require('../storage.js');
var run = require('../wxp.js').settledCall;   // quota errors become rejections

var area = storage.area('CapacitorStorage.');

var Preferences = {
  configure: function (options) {
    return run(function () { area = storage.area((options && options.group || 'CapacitorStorage') + '.'); });
  },
  get: function (options) {
    return run(function () {
      var v = area.get(options.key);
      return { value: v === undefined ? null : v };
    });
  },
  set: function (options) {
    return run(function () { area.set(options.key, String(options.value)); });
  },
  remove: function (options) {
    return run(function () { area.remove(options.key); });
  },
  clear: function () {
    return run(function () { area.clear(); });
  },
  keys: function () {
    return run(function () { return { keys: area.keys() }; });
  },
  migrate: function () {
    return Promise.resolve({ migrated: [], existing: [] });
  },
  removeOld: function () {
    return Promise.resolve();
  }
};

module.exports = { Preferences: Preferences, Storage: Preferences }; // Storage: Capacitor 3's @capacitor/storage
