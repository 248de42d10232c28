'use strict';
// Standard built-ins newer than the JavaScript engines of WeChat's clients (and libraries already call):
// filled in where they are missing, before any of the app's code loads.
function fill(target, name, value) {
  if (typeof target[name] !== 'function') {
    Object.defineProperty(target, name, { value: value, writable: true, configurable: true });
  }
}

function at(i) {
  var n = Math.trunc(i) || 0;
  if (n < 0) n += this.length;
  return n < 0 || n >= this.length ? undefined : this[n];
}

fill(Promise, 'withResolvers', function () {
  var out = {};
  out.promise = new this(function (resolve, reject) {
    out.resolve = resolve;
    out.reject = reject;
  });
  return out;
});
fill(Object, 'hasOwn', function (o, key) { return Object.prototype.hasOwnProperty.call(o, key); });
fill(Array.prototype, 'at', at);
fill(String.prototype, 'at', at);
fill(Array.prototype, 'findLast', function (fn, self) {
  for (var i = this.length - 1; i >= 0; i--) if (fn.call(self, this[i], i, this)) return this[i];
  return undefined;
});
fill(Array.prototype, 'findLastIndex', function (fn, self) {
  for (var i = this.length - 1; i >= 0; i--) if (fn.call(self, this[i], i, this)) return i;
  return -1;
});
