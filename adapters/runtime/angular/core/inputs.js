'use strict';
// What the host reads of a component's signal inputs, outputs and models (runtime/index.js): whether a field is
// an input() or model(), writing it, and output()'s emitter. signals.js makes them.

// input()/model(): read-only signals the host writes through ɵsetInput
function InputMarker(set, options) {
  this.set = set;
  this.transform = options && options.transform;
  this.alias = options && options.alias;
}
var INPUT = Symbol('INPUT');

// output(): what `@Output() x = new EventEmitter()` is, without rxjs
class OutputEmitterRef {
  constructor(options) {
    this.alias = options && options.alias;
    this._fns = [];
  }
  emit(value) {
    this._fns.slice().forEach(function (fn) { fn(value); });
  }
  subscribe(fn) {
    var fns = this._fns;
    fns.push(fn);
    return { unsubscribe: function () { if (fns.indexOf(fn) >= 0) fns.splice(fns.indexOf(fn), 1); } };
  }
}
function output(options) {
  return new OutputEmitterRef(options);
}

// the host writes a signal input without emitting model changes
function ɵsetInput(sig, value) {
  var m = sig[INPUT];
  m.set(m.transform ? m.transform(value) : value);
}
function ɵisInput(v) {
  return typeof v === 'function' && !!v[INPUT];
}

module.exports = {
  InputMarker: InputMarker, INPUT: INPUT, OutputEmitterRef: OutputEmitterRef, output: output, ɵsetInput: ɵsetInput,
  ɵisInput: ɵisInput
};
