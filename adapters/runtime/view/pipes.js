'use strict';
// The template's `| pipe`s (h.pipe): one pipe instance per template site and loop item, pure ones memoized, the
// instances of items that are gone destroyed after each render. A view helper file (view.js createView): the
// compiled page requires it when its template uses a pipe.
var pipes = require('../pipes.js');
var core = require('../angular/core/base.js');

module.exports = function pipeHelpers(view, host, def) {
  var pipeCache = {}, pipeUsed = {};

  // the app's own pipe of that name, else a library's (ngx-translate's `translate` runs as the app set it up)
  function appPipe(name) {
    var loader = def.pipes && def.pipes[name];
    var Cls = !loader ? core.ɵlibraryPipe(name)
      : typeof loader === 'function' && !loader.prototype.transform ? loader() : loader;
    if (!Cls) return null;
    var instanceOf = host.injector ? host.injector.ɵconstruct(Cls) : new Cls();
    var meta = Cls.__ng__ || {};
    return {
      transform: function () { return instanceOf.transform.apply(instanceOf, arguments); },
      pure: meta.pure !== false,
      destroy: function () { if (instanceOf.ngOnDestroy) instanceOf.ngOnDestroy(); }
    };
  }

  function sitePipe(site, scope, name) {
    var key = site + '@' + scope.$p;
    pipeUsed[key] = true;
    var entry = pipeCache[key];
    if (!entry) {
      var pipe = appPipe(name) || pipes.create(name, { markForCheck: view.markForCheck }) || {
        transform: function (v) { return v; }, pure: true, destroy: function () {}
      };
      entry = pipeCache[key] = { pipe: pipe, args: null, result: undefined };
    }
    return {
      transform: function () {
        var args = Array.prototype.slice.call(arguments);
        if (entry.pipe.pure && entry.args && entry.args.length === args.length &&
          args.every(function (a, i) { return a === entry.args[i]; })) {
          return entry.result;
        }
        entry.args = args;
        entry.result = entry.pipe.transform.apply(entry.pipe, args);
        return entry.result;
      }
    };
  }

  var h = { pipe: sitePipe };
  return {
    h: h,
    rendering: function () { pipeUsed = {}; },
    rendered: function () {
      Object.keys(pipeCache).forEach(function (key) { // pipes of items that are gone (async: unsubscribe)
        if (!pipeUsed[key]) {
          pipeCache[key].pipe.destroy();
          delete pipeCache[key];
        }
      });
    },
    destroy: function () {
      Object.keys(pipeCache).forEach(function (key) { pipeCache[key].pipe.destroy(); });
      pipeCache = {};
    }
  };
};
