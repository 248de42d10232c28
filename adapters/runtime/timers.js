'use strict';
// setTimeout and setInterval for app and package code (the script compiler's rewrite of those globals): the
// callbacks may change what templates show, so change detection follows each. A file of its own, as rxjs's
// schedulers (in every app) use no other browser global: an app whose code reads none of the others ships no web.js.
var ticks = require('./ticks.js');

function ticking(fn) {
  if (typeof fn !== 'function') return fn;
  return function () {
    try {
      return fn.apply(this, arguments);
    } finally {
      ticks.tick();
    }
  };
}

function appSetTimeout(fn, ms) {
  return setTimeout.apply(null, [ticking(fn), ms].concat([].slice.call(arguments, 2)));
}

function appSetInterval(fn, ms) {
  return setInterval.apply(null, [ticking(fn), ms].concat([].slice.call(arguments, 2)));
}

module.exports = { setTimeout: appSetTimeout, setInterval: appSetInterval };
