'use strict';
// The require of the app's compiled modules, each of which takes it on its first line
// (`require = require('…/require.js')(require)`): a module that throws while it loads (a library that
// wants a DOM, a canvas it measures with) is reported once and becomes a stand-in, so that the modules
// importing it, and the pages needing them, still load. An import the converter could not resolve is a
// stand-in too (`.missing(specifier)`), for the app's code and its packages alike.
var reported = {};

// Members are stand-ins; calling one throws `why`, so that the failure shows where the module is used. Its
// classes construct (a service injecting one still starts; a subclass keeps its own members). It has none of
// Angular's metadata (__ng__, ɵ…, ngModule, ctorParameters), so providers listing it do not loop.
function standIn(spec, why) {
  var message = "pwa2wx: module '" + spec + "' " + why;
  var fail = function () { throw new Error(message); };
  var text = function () { return '[module ' + spec + ' ' + why.split(' (')[0] + ']'; };
  var m = new Proxy(function () {}, {
    get: function (t, k) {
      if (k === '__esModule') return true;
      if (k === 'then' || typeof k === 'symbol' || k === '__ng__' || k === 'ngModule' || k === 'ctorParameters' ||
        k.charAt(0) === 'ɵ') return undefined;
      return k === 'toString' || k === 'valueOf' ? text : m;
    },
    apply: fail,
    construct: function (t, a, made) { return Object.create(made.prototype); }
  });
  return m;
}

function missing(spec) {
  return standIn(spec, 'was not converted (see the conversion warnings)');
}

function guard(load) {
  var guarded = function (path) {
    try {
      return load(path);
    } catch (e) {
      var why = 'failed to load: ' + (e && e.message ? e.message : String(e));
      if (!reported[path]) {
        reported[path] = true;
        console.error("pwa2wx: module '" + path + "' " + why, e);
      }
      return standIn(path, why);
    }
  };
  guarded.missing = missing;
  return guarded;
}

guard.missing = missing;
module.exports = guard;
