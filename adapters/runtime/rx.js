'use strict';
// The app's own rxjs (packed by bridge/pwa2wx/script/npm.py), so Observables from the runtime work with its operators.
// rxjs 7 exports everything from its root; rxjs 6 (Angular 12-14 apps) has the operators in rxjs/operators
// and no firstValueFrom/lastValueFrom, which are then made here.
var rx = require('../../miniprogram_npm/rxjs/index.js');
var operators = require('../../miniprogram_npm/rxjs/operators/index.js');

function valueFrom(first) {
  return function (source, config) {
    return new Promise(function (resolve, reject) {
      var seen = false, value, done = false;
      var sub = source.subscribe({
        next: function (v) {
          value = v;
          seen = true;
          if (first && !done) {
            done = true;
            resolve(v);
            if (sub) sub.unsubscribe();
          }
        },
        error: reject,
        complete: function () {
          if (seen) resolve(value);
          else if (config && 'defaultValue' in config) resolve(config.defaultValue);
          else reject(new Error('no elements in sequence'));
        }
      });
      if (done) sub.unsubscribe();
    });
  };
}

module.exports = Object.assign({}, rx, {
  map: rx.map || operators.map,
  filter: rx.filter || operators.filter,
  takeUntil: rx.takeUntil || operators.takeUntil,
  firstValueFrom: rx.firstValueFrom || valueFrom(true),
  lastValueFrom: rx.lastValueFrom || valueFrom(false)
});
