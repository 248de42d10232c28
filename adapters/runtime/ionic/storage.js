// @ionic/storage and @ionic/storage-angular on wx storage. Values are stored as they are (wx storage keeps
// JSON-able values, numbers and booleans included); each database name/store name pair is its own key area.
// wx storage needs no opening, so create() only resolves (methods also work before it, unlike on the web).
var storage = require('../storage.js');
var settled = require('../wxp.js').settled;

var Drivers = { SecureStorage: 'ionicSecureStorage', IndexedDB: 'asyncStorage', LocalStorage: 'localStorageWrapper' };

function Storage(config) {
  config = config || {};
  this._area = storage.area((config.name || '_ionicstorage') + '/' + (config.storeName || '_ionickv') + '/');
}

// Each method runs its wx call inside a promise, so quota errors surface as rejections; change detection
// follows, as after any async completion.
function promised(fn) {
  return function () {
    var self = this;
    var args = arguments;
    return settled(new Promise(function (resolve) { resolve(fn.apply(self, args)); }));
  };
}

Storage.prototype = {
  constructor: Storage,
  get driver() { return 'wxStorage'; },
  create: promised(function () { return this; }),
  ready: promised(function () { return this; }),   // @ionic/storage 2: resolves once the driver is chosen
  defineDriver: promised(function () {}),
  get: promised(function (key) {
    var v = this._area.get(key);
    return v === undefined ? null : v;
  }),
  set: promised(function (key, value) {
    this._area.set(key, value);
    return value;
  }),
  remove: promised(function (key) { this._area.remove(key); }),
  clear: promised(function () { this._area.clear(); }),
  length: promised(function () { return this._area.keys().length; }),
  keys: promised(function () { return this._area.keys(); }),
  forEach: promised(function (fn) {
    var area = this._area;
    area.keys().forEach(function (key, i) { fn(area.get(key), key, i + 1); });
  }),
  setEncryptionKey: function () {}   // Ionic Secure Storage only (enterprise)
};
Storage.__ng__ = { kind: 'injectable', providedIn: 'root', deps: function () { return []; } };

function IonicStorageModule() {}
IonicStorageModule.__ng__ = { kind: 'ngmodule' };
IonicStorageModule.forRoot = function (config) {
  return { ngModule: IonicStorageModule, providers: [{ provide: Storage, useFactory: function () { return new Storage(config); } }] };
};

module.exports = {
  Storage: Storage,
  Drivers: Drivers,
  IonicStorageModule: IonicStorageModule,
  provideStorage: function (platformId, config) { return new Storage(config); }
};
