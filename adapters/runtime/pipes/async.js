'use strict';
// The async pipe (an Observable's or a Promise's latest value): a pipes.js part (pipes.define).
var pipes = require('../pipes.js');

function AsyncPipe(ctx) {
  this.ctx = ctx;
  this.obj = null;
  this.latest = null;
  this.dispose = null;
}
AsyncPipe.prototype.pure = false; // its value changes without its input changing
AsyncPipe.prototype.transform = function (obj) {
  if (obj !== this.obj) {
    this.destroy();
    this.obj = obj;
    this.latest = null;
    if (obj != null && !obj.ɵpending) this.subscribe(obj);   // (a child's member before it started: view/refs.js)
  }
  return this.latest;
};
AsyncPipe.prototype.subscribe = function (obj) {
  var self = this;
  var update = function (value) {
    if (self.obj !== obj) return;
    self.latest = value;
    if (self.ctx && self.ctx.markForCheck) self.ctx.markForCheck();
  };
  if (typeof obj.subscribe === 'function') {
    var sub = obj.subscribe({ next: update, error: function (e) { throw e; } });
    this.dispose = function () { if (sub && sub.unsubscribe) sub.unsubscribe(); };
  } else if (typeof obj.then === 'function') {
    var live = true;
    obj.then(function (v) { if (live) update(v); });
    this.dispose = function () { live = false; };
  } else {
    throw new Error('InvalidPipeArgument: \'' + obj + '\' for pipe \'AsyncPipe\'');
  }
};
AsyncPipe.prototype.destroy = function () {
  if (this.dispose) this.dispose();
  this.dispose = null;
};

var PIPES = { async: function (ctx) { return new AsyncPipe(ctx); } };

module.exports = pipes.define(PIPES);
