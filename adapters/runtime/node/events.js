'use strict';
// Node's `events` for npm code that requires it when the app has not installed the `events` package (which a
// browser build would take instead): EventEmitter's listeners, emit and the listener counts.
function EventEmitter() {
  this._events = {};
  this._max = EventEmitter.defaultMaxListeners;
}
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.defaultMaxListeners = 10;

function listenersOf(self, name) {
  if (!self._events) self._events = {};   // a subclass that did not call EventEmitter()
  return self._events[name] || (self._events[name] = []);
}

EventEmitter.prototype.on = EventEmitter.prototype.addListener = function (name, fn) {
  if (this._events && this._events.newListener) this.emit('newListener', name, fn);
  listenersOf(this, name).push(fn);
  return this;
};
EventEmitter.prototype.prependListener = function (name, fn) {
  listenersOf(this, name).unshift(fn);
  return this;
};
EventEmitter.prototype.once = function (name, fn) {
  var self = this;
  function once() {
    self.removeListener(name, once);
    return fn.apply(this, arguments);
  }
  once.listener = fn;
  return this.on(name, once);
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener = function (name, fn) {
  var list = listenersOf(this, name);
  for (var i = list.length - 1; i >= 0; i--) {
    if (list[i] === fn || list[i].listener === fn) {
      list.splice(i, 1);
      break;
    }
  }
  return this;
};
EventEmitter.prototype.removeAllListeners = function (name) {
  if (name === undefined) this._events = {};
  else if (this._events) delete this._events[name];
  return this;
};
EventEmitter.prototype.emit = function (name) {
  var list = listenersOf(this, name).slice();
  var args = Array.prototype.slice.call(arguments, 1);
  if (name === 'error' && !list.length) {
    throw args[0] instanceof Error ? args[0] : new Error('Unhandled error: ' + args[0]);
  }
  for (var i = 0; i < list.length; i++) list[i].apply(this, args);
  return list.length > 0;
};
EventEmitter.prototype.listeners = function (name) {
  return listenersOf(this, name).map(function (fn) { return fn.listener || fn; });
};
EventEmitter.prototype.rawListeners = function (name) { return listenersOf(this, name).slice(); };
EventEmitter.prototype.listenerCount = function (name) { return listenersOf(this, name).length; };
EventEmitter.prototype.eventNames = function () {
  var events = this._events || {};
  return Object.keys(events).filter(function (name) { return events[name].length; });
};
EventEmitter.prototype.setMaxListeners = function (n) {
  this._max = n;
  return this;
};
EventEmitter.prototype.getMaxListeners = function () { return this._max; };

module.exports = EventEmitter;
