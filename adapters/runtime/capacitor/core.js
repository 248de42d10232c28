// @capacitor/core. A mini program is not a native Capacitor shell: isNativePlatform() is false and
// getPlatform() is 'web', so apps take their web code paths; the @capacitor/* plugin files beside this
// one map each plugin onto wx.

// A listener handle as Capacitor ≥ 5 returns it: a promise that is also the handle. on/off: functions
// or wx API names ('onNetworkStatusChange').
function listener(on, off, fn) {
  call(on, fn);
  var handle = { remove: function () { if (off) call(off, fn); return Promise.resolve(); } };
  return Object.assign(Promise.resolve(handle), handle);
}

function call(f, arg) {
  if (typeof f === 'string') wx[f](arg);
  else f(arg);
}

function unavailable(name) {
  var e = new Error('"' + name + '" is not available in a mini program');
  e.code = 'UNAVAILABLE';
  return e;
}

var Capacitor = {
  platform: 'web',
  isNative: false,
  isNativePlatform: function () { return false; },
  getPlatform: function () { return 'web'; },
  isPluginAvailable: function () { return false; },
  convertFileSrc: function (path) { return path; }
};

// Base class of plugins' web implementations (apps' own plugins extend it).
class WebPlugin {
  addListener(event, fn) {
    var all = this.listeners || (this.listeners = {});
    return listener(function (f) { (all[event] = all[event] || []).push(f); },
      function (f) { all[event].splice(all[event].indexOf(f), 1); }, fn);
  }
  removeAllListeners() {
    this.listeners = {};
    return Promise.resolve();
  }
  notifyListeners(event, data) {
    ((this.listeners && this.listeners[event]) || []).slice().forEach(function (f) { f(data); });
  }
  unimplemented(message) {
    return unavailable(message || 'this method');
  }
  unavailable(message) {
    return unavailable(message || 'this plugin');
  }
}

// An app's own plugin: its `web` implementation runs if it registered one; otherwise every call rejects.
function registerPlugin(name, implementations) {
  var web = implementations && implementations.web;
  var loaded = null;
  function impl() {
    if (!web) return Promise.reject(unavailable('Capacitor plugin ' + name));
    loaded = loaded || Promise.resolve(typeof web === 'function' ? web() : web);
    return loaded;
  }
  return new Proxy({}, {
    get: function (target, method) {
      if (typeof method !== 'string' || method === 'then') return undefined;
      return function () {
        var args = arguments;
        return impl().then(function (p) { return p[method].apply(p, args); });
      };
    }
  });
}

module.exports = { Capacitor: Capacitor, WebPlugin: WebPlugin, registerPlugin: registerPlugin, listener: listener,
  unavailable: unavailable };
