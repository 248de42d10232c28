'use strict';
// @angular/core's signals (writes mark consumers stale, computed values recompute when read), signal inputs,
// models and queries, and @angular/core/rxjs-interop: a part of its own (bridge/pwa2wx/script/modules.py
// RUNTIME_PARTS), so that an app whose code makes no signal does not ship them.
var rx = require('../../rx.js');
var base = require('./base.js');
var inputs = require('./inputs.js');
var dom = require('../../dom.js');

var DestroyRef = base.DestroyRef, inject = base.inject, reportError = base.ɵreportError, ɵtick = base.ɵtick;
var INPUT = inputs.INPUT, InputMarker = inputs.InputMarker, OutputEmitterRef = inputs.OutputEmitterRef;

var SIGNAL = Symbol('SIGNAL');
var activeConsumer = null;

function track(node) {
  if (activeConsumer) {
    activeConsumer.deps.add(node);
    node.consumers.add(activeConsumer);
  }
}
function notify(node) {
  Array.from(node.consumers).forEach(function (c) { c.stale(); });
}
function unlink(consumer) {
  consumer.deps.forEach(function (d) { d.consumers.delete(consumer); });
  consumer.deps.clear();
}
function evaluate(consumer, fn) {
  unlink(consumer);
  var prev = activeConsumer;
  activeConsumer = consumer;
  try {
    return fn();
  } finally {
    activeConsumer = prev;
  }
}

function readonly(node) {
  var getter = function () {
    track(node);
    return node.value;
  };
  getter[SIGNAL] = node;
  getter.toString = function () { return '[Signal: ' + String(node.value) + ']'; };
  return getter;
}

function signal(initial, options) {
  var node = { value: initial, consumers: new Set(), equal: (options && options.equal) || Object.is };
  var getter = readonly(node);
  getter.set = function (v) {
    if (node.equal(node.value, v)) return;
    node.value = v;
    notify(node);
    ɵtick();
  };
  getter.update = function (fn) { getter.set(fn(node.value)); };
  getter.asReadonly = function () { return node.ro || (node.ro = readonly(node)); };
  return getter;
}

function computed(fn, options) {
  var equal = (options && options.equal) || Object.is;
  var node = { value: undefined, has: false, dirty: true, consumers: new Set(), deps: new Set() };
  node.stale = function () {
    if (node.dirty) return;
    node.dirty = true;
    notify(node);
  };
  var getter = function () {
    if (node.dirty) {
      var v = evaluate(node, fn);
      node.dirty = false;
      if (!(node.has && equal(node.value, v))) node.value = v;
      node.has = true;
    }
    track(node);
    return node.value;
  };
  getter[SIGNAL] = node;
  return getter;
}

// linkedSignal(): a writable signal whose value is a computation's, until set; it is computed again when what the
// computation reads changes (Angular 19). Its {source, computation(source, previous)} form gets the earlier value.
function linkedSignal(spec, options) {
  var short = typeof spec === 'function';
  var compute = short ? function (v) { return v; } : spec.computation;
  var source = computed(short ? spec : spec.source);
  var node = { has: false, value: undefined, source: undefined, consumers: new Set(),
    equal: (short ? options && options.equal : spec.equal) || Object.is };
  var getter = function () {
    var from = source();
    if (!node.has || !Object.is(from, node.source)) {
      var previous = node.has ? { source: node.source, value: node.value } : undefined;
      node.value = untracked(function () { return compute(from, previous); });
      node.source = from;
      node.has = true;
    }
    track(node);
    return node.value;
  };
  getter[SIGNAL] = node;
  getter.set = function (v) {
    getter();   // the computation's value first, so the next read does not replace this one
    if (node.equal(node.value, v)) return;
    node.value = v;
    notify(node);
    ɵtick();
  };
  getter.update = function (fn) { getter.set(fn(getter())); };
  getter.asReadonly = function () { return computed(getter); };
  return getter;
}

function untracked(fn) {
  var prev = activeConsumer;
  activeConsumer = null;
  try {
    return fn();
  } finally {
    activeConsumer = prev;
  }
}

function isSignal(v) {
  return typeof v === 'function' && !!v[SIGNAL];
}

// effect(): runs once soon, then again (as a microtask) after any signal it read changes
function effect(fn, options) {
  var node = { deps: new Set(), consumers: new Set(), queued: false, dead: false, cleanups: [] };
  function cleanup() {
    node.cleanups.splice(0).forEach(function (c) { c(); });
  }
  function run() {
    node.queued = false;
    if (node.dead) return;
    cleanup();
    try {
      evaluate(node, function () { fn(function (c) { node.cleanups.push(c); }); });
    } catch (e) {
      reportError(e);
    }
  }
  node.stale = function () {
    if (node.queued || node.dead) return;
    node.queued = true;
    Promise.resolve().then(run);
  };
  var ref = {
    destroy: function () {
      node.dead = true;
      unlink(node);
      cleanup();
    }
  };
  var injector = (options && options.injector) || base.ɵcurrentInjector();
  if (injector && !(options && options.manualCleanup)) injector.get(DestroyRef).onDestroy(ref.destroy);
  node.stale();
  return ref;
}

function input(initial, options) {
  var s = signal(initial);
  var ro = s.asReadonly();
  ro[INPUT] = new InputMarker(s.set, options);
  return ro;
}
input.required = function (options) { return input(undefined, options); };

// model(): a writable input; writes from inside emit `<name>Change`
function model(initial, options) {
  var s = signal(initial);
  var changes = new OutputEmitterRef();
  var set = s.set;
  s.set = function (v) {
    set(v);
    changes.emit(v);
  };
  s.update = function (fn) { s.set(fn(s())); };
  s.subscribe = function (fn) { return changes.subscribe(fn); };
  s[INPUT] = new InputMarker(set, options);
  return s;
}
model.required = function (options) { return model(undefined, options); };

// signal queries: what the view of the component being built holds when read, as its decorator queries find it
// (host.js ɵfind: template refs, the Ionic parts the runtime answers for, started child components)
function query(many, content) {
  var q = function (selector) {
    var injector = base.ɵcurrentInjector();
    var cdr = injector && injector.get(base.ChangeDetectorRef, null);
    var host = cdr && cdr._view;
    var read = function () {
      var found = host && host.ɵfind ? host.ɵfind(selector, content) : [];
      return many ? found : found[0];
    };
    read[SIGNAL] = { consumers: new Set() };
    return read;
  };
  q.required = q;
  return q;
}
var viewChild = query(false, false), contentChild = query(false, true), viewChildren = query(true, false),
  contentChildren = query(true, true);

// ---- @angular/core/rxjs-interop
function destroyRefOf(options) {
  return (options && options.destroyRef) || (options && options.injector && options.injector.get(DestroyRef)) ||
    (base.ɵcurrentInjector() ? base.ɵcurrentInjector().get(DestroyRef) : null);
}

function takeUntilDestroyed(destroyRef) {
  destroyRef = destroyRef || inject(DestroyRef);
  var done = new rx.Observable(function (sub) {
    return destroyRef.onDestroy(function () { sub.next(); });
  });
  return function (source) { return source.pipe(rx.takeUntil(done)); };
}

function toSignal(source, options) {
  var s = signal(options && options.initialValue, options);
  var sub = source.subscribe({ next: s.set, error: reportError });
  var ref = destroyRefOf(options);
  if (ref && !(options && options.manualCleanup)) ref.onDestroy(function () { sub.unsubscribe(); });
  return s.asReadonly();
}

function toObservable(source) {
  return new rx.Observable(function (sub) {
    var ref = effect(function () { sub.next(source()); }, { manualCleanup: true });
    return function () { ref.destroy(); };
  });
}

// resource() and rxResource(): the value an async loader gives for what its params read (`request` before
// Angular 20), loaded again when they change or on reload(); a later answer replaces an earlier one only if it is for
// the latest load. rxResource's loader (or stream) gives an Observable, whose every value is the resource's.
function resource(options) {
  var params = options.params || options.request || function () { return null; };
  var load = options.loader || options.stream;
  var value = signal(options.defaultValue), status = signal('idle'), error = signal(undefined), reloads = signal(0);
  var latest = 0, reloaded = 0, sub = null;
  function settle(run, v, failed) {
    if (run !== latest) return;
    if (failed) error.set(v);
    else value.set(v);
    status.set(failed ? 'error' : 'resolved');
  }
  var ref = effect(function () {
    var request = params(), reloading = reloads() !== reloaded;
    var run = ++latest;
    reloaded = reloads();
    untracked(function () {
      if (sub) sub.unsubscribe();
      if (request === undefined) {
        status.set('idle');
        value.set(options.defaultValue);
        return;
      }
      status.set(reloading ? 'reloading' : 'loading');
      var answer = load({ request: request, params: request, abortSignal: new dom.AbortController().signal });
      if (answer && typeof answer.subscribe === 'function') {
        sub = answer.subscribe({ next: function (v) { settle(run, v, false); },
          error: function (e) { settle(run, e, true); } });
      } else {
        Promise.resolve(answer).then(function (v) { settle(run, v, false); }, function (e) { settle(run, e, true); });
      }
    });
  }, options);
  var local = function (v) {
    value.set(v);
    status.set('local');
  };
  var update = function (fn) { local(fn(value())); };
  return {
    value: Object.assign(computed(value), { set: local, update: update }),
    status: status.asReadonly(), error: error.asReadonly(),
    isLoading: computed(function () { return /loading/.test(status()); }),
    hasValue: function () { return value() !== undefined; },
    reload: function () {
      reloads.update(function (n) { return n + 1; });
      return true;
    },
    set: local, update: update,
    asReadonly: function () { return this; },
    destroy: function () {
      ref.destroy();
      if (sub) sub.unsubscribe();
    }
  };
}

// PendingTasks (Angular 19+) alike: what keeps an app from being stable holds nothing back here; @angular/fire wraps
// every call in add() and its returned remove
function PendingTasks() {}
PendingTasks.__ng__ = { kind: 'injectable', providedIn: 'root' };
PendingTasks.prototype.add = function () { return function () {}; };
PendingTasks.prototype.run = function (fn) { return Promise.resolve().then(fn); };

// keeps the app "unstable" until the first event, for server rendering and tests: nothing here waits for that
function pendingUntilEvent() {
  return function (source) { return source; };
}

function outputFromObservable(obs) {
  var out = new OutputEmitterRef();
  obs.subscribe(function (v) { out.emit(v); });
  return out;
}
function outputToObservable(ref) {
  return new rx.Observable(function (sub) { return ref.subscribe(function (v) { sub.next(v); }).unsubscribe; });
}

// input transforms
function booleanAttribute(v) {
  return typeof v === 'boolean' ? v : v != null && v !== 'false';
}
function numberAttribute(v, fallback) {
  var n = parseFloat(v);
  return isNaN(v - n) ? (fallback === undefined ? NaN : fallback) : Number(v);
}

module.exports = {
  signal: signal, computed: computed, linkedSignal: linkedSignal, resource: resource, rxResource: resource,
  effect: effect, untracked: untracked, isSignal: isSignal, input: input,
  model: model, viewChild: viewChild, viewChildren: viewChildren, contentChild: contentChild,
  contentChildren: contentChildren, takeUntilDestroyed: takeUntilDestroyed, toSignal: toSignal,
  toObservable: toObservable, outputFromObservable: outputFromObservable, outputToObservable: outputToObservable,
  pendingUntilEvent: pendingUntilEvent, PendingTasks: PendingTasks, ExperimentalPendingTasks: PendingTasks,
  booleanAttribute: booleanAttribute, numberAttribute: numberAttribute
};
