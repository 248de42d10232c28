'use strict';
// A native plugin the runtime has no wx version of (a Cordova plugin through @ionic-native or
// @awesome-cordova-plugins, a community Capacitor plugin). As on the web without a native shell, what the
// app imports from it is there: classes it can inject and construct, plugin objects, static members. Every
// call answers with a rejection that says the plugin is not available (core.js unavailablePlugin).
var core = require('./core.js');

var exported = {};
module.exports = new Proxy({}, {
  get: function (target, name) {
    if (name === '__esModule') return true;
    if (typeof name !== 'string' || name === 'then') return undefined;
    if (!exported[name]) {
      var statics = core.unavailablePlugin(name);
      // new X(), and injection, give the plugin object; X.method() (older ionic-native) fails the same way
      exported[name] = new Proxy(function () { return core.unavailablePlugin(name); }, {
        get: function (fn, member) { return member in fn ? fn[member] : statics[member]; }
      });
    }
    return exported[name];
  }
});
