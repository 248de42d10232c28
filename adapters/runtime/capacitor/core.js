// @capacitor/core. A mini program is not a native Capacitor shell: isNativePlatform() is false and
// getPlatform() is 'web', so apps take their web code paths; the @capacitor/* plugin files beside this
// one map each plugin onto wx.
var http = require('../http.js');

// A listener handle as Capacitor ≥ 5 returns it: a promise that is also the handle. on/off: functions
// or wx API names ('onNetworkStatusChange').
function listener(on, off, fn) {
  call(on, fn);
  var handle = { remove: function () { if (off) call(off, fn); return Promise.resolve(); } };
  return Object.assign(Promise.resolve(handle), handle);
}

// A plugin's listeners on one wx event, which its removeAllListeners() unsubscribes together
function wxListeners(on, off) {
  var added = [];
  return {
    add: function (fn) {
      added.push(fn);
      return listener(on, off, fn);
    },
    removeAll: function () {
      added.splice(0).forEach(function (f) { wx[off](f); });
      return Promise.resolve();
    }
  };
}

function call(f, arg) {
  if (typeof f === 'string') wx[f](arg);
  else f(arg);
}

// What a plugin call the runtime cannot make rejects with. A Cordova plugin's says so: a browser has no Cordova, so
// the PWA's call failed as well (the real-app measure counts what follows it as the PWA's own).
var CORDOVA_TOO = ' (a Cordova plugin, which a browser lacks too)';
function unavailable(name, cordova) {
  var e = new Error('"' + name + '" is not available in a mini program' + (cordova ? CORDOVA_TOO : ''));
  e.code = 'UNAVAILABLE';
  return e;
}

// What a Capacitor plugin without a web implementation rejects with in the PWA's browser: Capacitor's message and
// code (apps test `e.code === 'UNIMPLEMENTED'`)
function notOnWeb(plugin) {
  return Object.assign(new Error('"' + plugin + '" plugin is not implemented on web'), { code: 'UNIMPLEMENTED' });
}

var Capacitor = {
  platform: 'web',
  isNative: false,
  isNativePlatform: function () { return false; },
  getPlatform: function () { return 'web'; },
  isPluginAvailable: function () { return false; },
  convertFileSrc: function (path) { return path; }
};

// CapacitorHttp (Capacitor 4+) as its web implementation behaves (core-plugins.ts), on the runtime's request
// core: params join the URL, an object body is sent as JSON (or form-encoded when the Content-Type says so), a
// JSON response is parsed, others are text (an ArrayBuffer for responseType 'arraybuffer'/'blob'); an HTTP
// error status resolves like any response.
function httpRequest(options) {
  var params = options.params || {};
  var query = Object.keys(params).map(function (k) {
    return [].concat(params[k]).map(function (v) { return encodeURIComponent(k) + '=' + encodeURIComponent(v); })
      .join('&');
  }).join('&');
  var headers = Object.assign({}, options.headers);
  var type = Object.keys(headers).filter(function (k) { return k.toLowerCase() === 'content-type'; })[0];
  var body = options.data;
  if (body !== null && typeof body === 'object' && !(body instanceof ArrayBuffer)) {
    if (type && /x-www-form-urlencoded/i.test(headers[type])) {
      body = Object.keys(body).map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(body[k]); })
        .join('&');
    } else {
      body = JSON.stringify(body);
      if (!type) headers['Content-Type'] = 'application/json';
    }
  }
  var binary = options.responseType === 'arraybuffer' || options.responseType === 'blob';
  return http.request({
    url: options.url + (query ? (options.url.indexOf('?') < 0 ? '?' : '&') + query : ''),
    method: (options.method || 'GET').toUpperCase(), headers: headers, body: body,
    responseType: binary ? 'arraybuffer' : 'text', timeout: options.readTimeout || options.connectTimeout
  }).then(function (res) {
    var data = res.body;
    if (!binary && data && /application\/json/i.test(res.headers['content-type'] || '')) {
      try {
        data = JSON.parse(data);
      } catch (e) { /* the text, as sent */ }
    }
    return { data: data, status: res.status, headers: res.headers, url: res.url };
  });
}
var CapacitorHttp = { request: httpRequest };
['get', 'post', 'put', 'patch', 'delete'].forEach(function (method) {
  CapacitorHttp[method] = function (options) {
    return httpRequest(Object.assign({}, options, { method: method.toUpperCase() }));
  };
});

// Base class of plugins' web implementations (apps' own plugins extend it; Capacitor 2's pass their config).
class WebPlugin {
  constructor(config) {
    this.config = config;
  }
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
  unimplemented(message) { // Capacitor's own exceptions, which the PWA's web implementation throws too
    return Object.assign(new Error(message || 'not implemented'), { code: 'UNIMPLEMENTED' });
  }
  unavailable(message) {
    return Object.assign(new Error(message || 'not available'), { code: 'UNAVAILABLE' });
  }
}

// An app's own plugin: its `web` implementation runs if it registered one; otherwise every call rejects as on the
// web.
function registerPlugin(name, implementations) {
  var web = implementations && implementations.web;
  var loaded = null;
  function impl() {
    if (!web) return Promise.reject(notOnWeb(name));
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

// A plugin the runtime has no wx version of: every member is a call that rejects as in the PWA's browser, a
// Capacitor plugin's as one without a web implementation does, a Cordova plugin's saying a browser lacks it too (and
// that also fails a subscriber: ionic-native methods return Observables).
function unavailablePlugin(name, cordova) {
  return new Proxy({}, {
    get: function (target, member) {
      // not a promise, and none of Angular's metadata (the injector constructs it as a plain class)
      if (typeof member !== 'string' || member === 'then' || member === '__ng__' || member.charAt(0) === 'ɵ') {
        return undefined;
      }
      return function () {
        var error = cordova ? unavailable(name + '.' + member, true) : notOnWeb(name);
        var result = Promise.reject(error);
        result.catch(function () {});   // a caller that never looks is not an unhandled rejection
        result.subscribe = function (next, fail) {
          var onError = typeof next === 'function' ? fail : next && next.error;
          if (onError) onError(error);
          return { unsubscribe: function () {} };
        };
        return result;
      };
    }
  });
}

// A native plugin module's stand-in: what the app imports from it is there (classes it can inject and
// construct, plugin objects, static members), and every call rejects (native.js, cordova.js).
function standIns(cordova) {
  var exported = {};
  return new Proxy({}, {
    get: function (target, name) {
      if (name === '__esModule') return true;
      if (typeof name !== 'string' || name === 'then') return undefined;
      if (!exported[name]) {
        var statics = unavailablePlugin(name, cordova);
        // new X(), and injection, give the plugin object; X.method() (older ionic-native) fails the same way
        exported[name] = new Proxy(function () { return unavailablePlugin(name, cordova); }, {
          get: function (fn, member) { return member in fn ? fn[member] : statics[member]; }
        });
      }
      return exported[name];
    }
  });
}

// Capacitor 2's registry: `const { Camera, Storage } = Plugins`. The plugins the runtime plays, else a plugin
// whose calls reject.
// (Literal requires: a package keeps only the runtime files something requires by name.)
var PLAYED = {
  App: function () { return require('./app.js').App; },
  Browser: function () { return require('./browser.js').Browser; },
  Camera: function () { return require('./camera.js').Camera; },
  Clipboard: function () { return require('./clipboard.js').Clipboard; },
  Device: function () { return require('./device.js').Device; },
  Dialog: function () { return require('./dialog.js').Dialog; },
  Filesystem: function () { return require('./filesystem.js').Filesystem; },
  Modals: function () { return require('./dialog.js').Dialog; },
  Geolocation: function () { return require('./geolocation.js').Geolocation; },
  Haptics: function () { return require('./haptics.js').Haptics; },
  Keyboard: function () { return require('./keyboard.js').Keyboard; },
  Network: function () { return require('./network.js').Network; },
  Preferences: function () { return require('./preferences.js').Preferences; },
  Storage: function () { return require('./preferences.js').Preferences; },
  ScreenOrientation: function () { return require('./screen-orientation.js').ScreenOrientation; },
  Share: function () { return require('./share.js').Share; },
  SplashScreen: function () { return require('./splash-screen.js').SplashScreen; },
  StatusBar: function () { return require('./status-bar.js').StatusBar; },
  Toast: function () { return require('./toast.js').Toast; }
};
// Capacitor 2's registerWebPlugin(plugin): a package's web implementation, which `Plugins` then serves under the
// name its config gives (after the ones the runtime plays, as a native implementation comes first there)
var registered = {};
function registerWebPlugin(plugin) {
  if (plugin && plugin.config && plugin.config.name) registered[plugin.config.name] = plugin;
}
var Plugins = new Proxy({}, {
  get: function (target, name) {
    if (typeof name !== 'string' || name === 'then') return undefined;
    return PLAYED[name] ? PLAYED[name]() : registered[name] || unavailablePlugin(name);
  }
});

module.exports = { Capacitor: Capacitor, CapacitorHttp: CapacitorHttp, WebPlugin: WebPlugin,
  registerPlugin: registerPlugin, registerWebPlugin: registerWebPlugin, listener: listener, wxListeners: wxListeners,
  unavailable: unavailable, unavailablePlugin: unavailablePlugin, standIns: standIns, CORDOVA_TOO: CORDOVA_TOO,
  Plugins: Plugins };
