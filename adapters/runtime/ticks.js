'use strict';
// Change detection's entry points for the runtime files that npm code can reach (timers.js, web.js and what they
// require): those must not require angular/core.js, which requires rxjs, whose schedulers require timers.js, so
// core would still be loading. angular/core.js plugs its scheduler in when it loads, before any of the app's code
// runs; until then there is nothing to detect.
var scheduler = { tick: function () {}, reportError: function (e) { console.error(e); } };

module.exports = {
  tick: function () { scheduler.tick(); },
  reportError: function (e) { scheduler.reportError(e); },
  ɵplug: function (tick, reportError) { scheduler = { tick: tick, reportError: reportError }; }
};
