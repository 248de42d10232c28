'use strict';
// @angular/core inside the mini program, but for its signals (signals.js): what the runtime's other files require.
// The script compiler removes decorators and leaves `X.__ng__` metadata (docs/internals.md), so this module is the
// injector, the change-detection scheduler, EventEmitter and lifecycle helpers, plus harmless values for the rest.
var rx = require('../../rx.js');
var dom = require('../../dom.js');
var ticks = require('../../ticks.js');
var standIns = require('../stand-ins.js');

// ---- decorators: the script compiler removes the app's. Libraries in Angular's pre-Ivy format (View Engine,
// UMD bundles) apply them at load time, `__decorate([Injectable()], X)`: the class decorators, which record
// metadata, are core/libraries.js's; constructor parameters come from the `ctorParameters` beside them.
function decorator() {
  return function (target) { return target; };
}
var Input = decorator, Output = decorator, HostBinding = decorator, HostListener = decorator, ViewChild = decorator,
  ViewChildren = decorator, ContentChild = decorator, ContentChildren = decorator;
// Parameter decorators, which are also markers: `deps: [[new Optional(), TOKEN]]` and `ctorParameters`'
// `{ type: Optional }`; called as functions (`__param(0, Optional())`) they give a decorator
function parameterDecorator() {
  function Marker(token) {
    if (!(this instanceof Marker)) return decorator();
    this.token = token;   // `new Inject(TOKEN)`
  }
  return Marker;
}
var Optional = parameterDecorator(), Self = parameterDecorator(), SkipSelf = parameterDecorator(),
  Host = parameterDecorator(), Inject = parameterDecorator(), Attribute = parameterDecorator();
var FLAG_MARKERS = [[Optional, 'optional'], [Self, 'self'], [SkipSelf, 'skipSelf'], [Host, 'host']];

function forwardRef(fn) {
  fn.__forward_ref__ = forwardRef;
  return fn;
}
function resolveForwardRef(t) {
  return typeof t === 'function' && t.__forward_ref__ === forwardRef ? t() : t;
}

function stringify(token) {
  if (token && token.name) return token.name;
  return String(token);
}

// ---- dependency injection
function InjectionToken(desc, options) {
  this._desc = desc;
  if (options && options.factory) this.__ng__ = { providedIn: options.providedIn || 'root', factory: options.factory };
}
InjectionToken.prototype.toString = function () { return 'InjectionToken ' + this._desc; };

var UNSET = {}, CREATING = {}, THROW = {};
var current = null;   // the injector of the running injection context

// Angular's InjectFlags numbers or the inject() options object -> one options object
function flagsOf(f) {
  if (typeof f !== 'number') return f || {};
  return { host: !!(f & 1), self: !!(f & 2), skipSelf: !!(f & 4), optional: !!(f & 8) };
}

function Injector(providers, parent, name) {
  this.parent = parent || null;
  this.name = name || '';
  this.records = new Map();
  this.destroyed = false;
  this._destroy = [];
  this.ɵadd(providers || []);
}

Injector.create = function (o) { return new Injector(o.providers, o.parent, o.name); };
Injector.THROW_IF_NOT_FOUND = THROW;

Injector.prototype.ɵadd = function (providers) {
  var self = this;
  flatten(providers, [], new Set()).forEach(function (p) {
    var rec = self.records.get(p.provide);
    if (p.multi) {
      if (!rec || !rec.factories) self.records.set(p.provide, rec = { value: UNSET, factories: [] });
      rec.factories.push(p.factory);
    } else {
      self.records.set(p.provide, { value: UNSET, factory: p.factory, eager: p.eager });
    }
  });
};

// NgModule classes are created with their injector, as Angular creates a module when it loads it
Injector.prototype.ɵcreateEager = function () {
  var self = this;
  this.records.forEach(function (rec, token) { if (rec.eager) self.get(token); });
  return this;
};

Injector.prototype.get = function (token, notFound, flags) {
  token = resolveForwardRef(token);
  flags = flagsOf(flags);
  for (var inj = flags.skipSelf ? this.parent : this; inj; inj = inj.parent) {
    if (token === Injector || token === EnvironmentInjector || token === DestroyRef) return inj;
    var rec = inj.records.get(token);
    if (rec) return inj.ɵresolve(rec, token);
    if (flags.self || flags.host) break;
    if (!inj.parent && rootProvidable(token, notFound !== undefined && notFound !== THROW || flags.optional)) {
      inj.records.set(token, rec = { value: UNSET, factory: rootFactory(token) });
      return inj.ɵresolve(rec, token);
    }
  }
  if (notFound !== undefined && notFound !== THROW) return notFound;
  if (flags.optional) return null;
  var e = new Error('NG0201: No provider for ' + stringify(token) + '!');
  e.name = 'NullInjectorError';
  throw e;
};

Injector.prototype.ɵresolve = function (rec, token) {
  if (rec.value === CREATING) throw new Error('NG0200: Circular dependency in DI detected for ' + stringify(token));
  if (rec.value === UNSET) {
    rec.value = CREATING;
    try {
      rec.value = this.runInContext(rec.factories ? function () {
        return rec.factories.map(function (f) { return f(); });
      } : rec.factory);
    } catch (e) {
      rec.value = UNSET;
      throw e;
    }
    var v = rec.value;
    if (v && typeof v.ngOnDestroy === 'function' && !rec.factories) this.onDestroy(function () { v.ngOnDestroy(); });
  }
  return rec.value;
};

Injector.prototype.runInContext = function (fn) {
  var prev = current;
  current = this;
  try {
    return fn();
  } finally {
    current = prev;
  }
};

// Creates an instance of a class with its constructor dependencies, in this injector's context.
Injector.prototype.ɵconstruct = function (C) {
  return this.runInContext(function () { return construct(C); });
};

// DestroyRef: every injector is one (inject(DestroyRef) returns the nearest injector)
Injector.prototype.onDestroy = function (fn) {
  var list = this._destroy;
  if (this.destroyed) {
    fn();
    return function () {};
  }
  list.push(fn);
  return function () { if (list.indexOf(fn) >= 0) list.splice(list.indexOf(fn), 1); };
};

Injector.prototype.destroy = function () {
  if (this.destroyed) return;
  this.destroyed = true;
  this._destroy.splice(0).reverse().forEach(guarded);
};

var EnvironmentInjector = Injector;
function DestroyRef() {}

function createEnvironmentInjector(providers, parent) {
  return new Injector(providers, parent);
}

function rootProvidable(token, fallback) {
  var meta = token && token.__ng__;
  // a class nobody provides is created at root, where Angular would throw: runtime shims need no
  // registration, and an app that compiles under Angular has a provider for its own classes anyway; asked with a
  // fallback, a stand-in (no metadata) gives it. Components and directives are only their element's instance.
  var kind = meta && meta.kind;
  return !!(meta && meta.providedIn) || (typeof token === 'function' && (!fallback || !!meta) &&
    kind !== 'ngmodule' && kind !== 'component' && kind !== 'directive');
}

function rootFactory(token) {
  var meta = token.__ng__;
  return meta && meta.factory ? meta.factory : function () { return construct(token); };
}

function construct(C) {
  var deps = metadata(C).deps;
  // a library class compiled by Angular to full Ivy: its own factory injects its dependencies
  if (!deps && typeof C.ɵfac === 'function' && !C.ɵfac.ɵdeclared) return C.ɵfac(C);
  deps = deps ? deps() : C.ctorParameters ? viewEngineDeps(C) : [];
  return instantiate(C, deps.map(declaredDep));
}

// Its metadata and its parents' inputs, outputs, queries and host bindings and listeners (the metadata's object and
// array values), as Angular's inheritance gives them, and its parent's deps when it declares no constructor (the
// converter leaves `deps` out), as the inherited factory
function metadata(C) {
  var own = C.__ng__, up = own && Object.getPrototypeOf(C);
  var from = up && up.__ng__ && up.__ng__ !== own && metadata(up);
  if (!from) return own || {};
  var all = Object.assign({ deps: from.deps }, own);
  for (var k in from) {
    var v = from[k];
    if (v && typeof v === 'object') all[k] = v.concat ? v.concat(own[k] || []) : Object.assign({}, v, own[k]);
  }
  return all;
}

function instantiate(C, args) {
  return new (Function.prototype.bind.apply(C, [null].concat(args)))();
}

// A pre-Ivy library class's `ctorParameters`: [{ type, decorators: [{ type: Inject, args: [TOKEN] }, …] }]
function viewEngineDeps(C) {
  var params = typeof C.ctorParameters === 'function' ? C.ctorParameters() : C.ctorParameters;
  return (Array.isArray(params) ? params : []).map(function (param) {
    var dep = { token: param && param.type };
    ((param && param.decorators) || []).forEach(function (d) {
      if (d.type === Inject) dep.token = resolveForwardRef(d.args[0]);
      else if (d.type === Attribute) dep.attribute = d.args[0];
      FLAG_MARKERS.forEach(function (m) { if (d.type === m[0]) dep[m[1]] = true; });
    });
    return dep;
  });
}

function factoryDep(d) {
  if (!Array.isArray(d)) return inject(d);
  var flags = {}, token;
  d.forEach(function (x) {
    var marker = FLAG_MARKERS.filter(function (m) { return x === m[0] || x instanceof m[0]; })[0];
    if (marker) flags[marker[1]] = true;
    else token = x instanceof Inject ? x.token : x;
  });
  return inject(token, flags);
}

// A declared dependency (a partial declaration's, the compiler's): { token, optional, self, skipSelf, host };
// @Attribute('x') reads the host element's static attribute: there is no element here
function declaredDep(d) {
  return 'attribute' in d ? null : inject(d.token, d);
}

// `dep` reads one of p.deps: factoryDep for providers as written, declaredDep for a partial declaration's
function providerFactory(p, dep) {
  dep = dep || factoryDep;
  if ('useValue' in p) return function () { return p.useValue; };
  if (p.useExisting) return function () { return inject(resolveForwardRef(p.useExisting)); };
  if (p.useFactory) {
    return function () { return p.useFactory.apply(null, (p.deps || []).map(dep)); };
  }
  var C = resolveForwardRef(p.useClass || p.provide);
  // `{ provide: C, deps: [...] }` (a static provider) constructs C with exactly those dependencies
  if (p.deps) return function () { return instantiate(C, p.deps.map(dep)); };
  return function () { return construct(C); };
}

// Providers as written (classes, provider literals, arrays, ModuleWithProviders, NgModules,
// EnvironmentProviders) -> [{ provide, factory, multi, eager }]
function flatten(p, out, seen) {
  p = resolveForwardRef(p);
  if (!p) return out;
  if (Array.isArray(p)) {
    p.forEach(function (x) { flatten(x, out, seen); });
  } else if (p.ɵproviders) {
    flatten(p.ɵproviders, out, seen);
  } else if (p.ngModule) {
    flatten(p.ngModule, out, seen);
    flatten(p.providers, out, seen);
  } else if (typeof p === 'function') {
    var meta = p.__ng__;
    if (meta && meta.kind === 'ngmodule') {
      if (seen.has(p)) return out;
      seen.add(p);
      if (meta.imports) moduleImports(meta.imports(), out, seen);
      if (meta.providers) flatten(meta.providers(), out, seen);
      out.push({ provide: p, factory: function () { return construct(p); }, eager: true });
    } else {
      out.push({ provide: p, factory: function () { return construct(p); } });
    }
  } else if (p.provide !== undefined) {
    out.push({ provide: resolveForwardRef(p.provide), factory: providerFactory(p), multi: !!p.multi });
  }
  return out;
}

// NgModule/standalone `imports`: only modules carry providers (components, pipes, directives don't)
function moduleImports(list, out, seen) {
  (list || []).forEach(function (x) {
    x = resolveForwardRef(x);
    if (Array.isArray(x)) moduleImports(x, out, seen);
    else if (x && (x.ngModule || x.ɵproviders || (x.__ng__ && x.__ng__.kind === 'ngmodule'))) flatten(x, out, seen);
  });
}

function inject(token, options) {
  if (!current) {
    throw new Error('NG0203: inject() must be called from an injection context such as a constructor, a factory ' +
      'function, a field initializer, or a function used with `runInInjectionContext`.');
  }
  var flags = flagsOf(options);
  return current.get(token, flags.optional ? null : THROW, flags);
}

function runInInjectionContext(injector, fn) {
  return injector.runInContext(fn);
}

function assertInInjectionContext() {
  if (!current) inject(null);
}

function makeEnvironmentProviders(providers) {
  return { ɵproviders: providers };
}

function importProvidersFrom() {
  return { ɵproviders: Array.prototype.slice.call(arguments) };
}

var ROOT = new Injector([], null, 'root');
var noop = function () {};

// name -> a library's pipe class, as its declaration (partial, full Ivy or View Engine) registers it
// (core/libraries.js): templates find library pipes by name (the app's own pipes come with each page's definition)
var PIPES = {};

// ---- errors
function ErrorHandler() {}
ErrorHandler.prototype.handleError = function (e) { console.error('ERROR', e); };
ErrorHandler.__ng__ = { providedIn: 'root' };

// Every error the runtime catches (lifecycle hooks, handlers, effects) goes to the app's ErrorHandler.
function reportError(e) {
  var handler;
  try { handler = ROOT.get(ErrorHandler); } catch (err) { handler = ErrorHandler.prototype; }
  handler.handleError(e);
}

function guarded(fn) {
  try {
    fn();
  } catch (e) {
    reportError(e);
  }
}

// ---- change detection: hosts register a view ({ detect(), hidden, detached }); ticks re-render the
// visible, attached ones
var views = [];
var scheduled = false;

function ApplicationRef() {
  this.isStable = new rx.BehaviorSubject(true);
  this.components = [];
}
ApplicationRef.__ng__ = { providedIn: 'root' };
ApplicationRef.prototype.tick = tickNow;
ApplicationRef.prototype.attachView = function (v) { ɵattachView(v); };
ApplicationRef.prototype.detachView = function (v) { ɵdetachView(v); };
ApplicationRef.prototype.whenStable = function () { return Promise.resolve(); };
Object.defineProperty(ApplicationRef.prototype, 'viewCount', { get: function () { return views.length; } });

// a tick asked for during one (an output a child emits in ngDoCheck) is one more pass, not a nested tick
var ticking = false, again = false;
function tickNow() {
  if (ticking) {
    again = true;
    return;
  }
  scheduled = false;
  ticking = true;
  try {
    for (var pass = 0; pass < 2 && (pass === 0 || again); pass++) {
      again = false;
      views.slice().forEach(function (v) {
        if (!v.hidden && !v.detached) v.detect();
      });
    }
  } finally {
    ticking = false;
  }
}

// Schedules one change detection of every visible view on the next macrotask, after the promise
// callbacks that follow the triggering event have run. Runtime modules call it whenever async work
// completes (HTTP, storage, timers, UI callbacks); signal writes call it too.
function ɵtick() {
  if (scheduled) return;
  scheduled = true;
  setTimeout(tickNow, 0);
}

function ɵattachView(v) {
  if (views.indexOf(v) < 0) views.push(v);
}
function ɵdetachView(v) {
  if (views.indexOf(v) >= 0) views.splice(views.indexOf(v), 1);
}

// What inject(ChangeDetectorRef) returns inside a component: bound to its host view
function ChangeDetectorRef(view) {
  this._view = view;
}
ChangeDetectorRef.prototype.detectChanges = function () { this._view.detect(); };
ChangeDetectorRef.prototype.markForCheck = function () { ɵtick(); };
ChangeDetectorRef.prototype.detach = function () { this._view.detached = true; };
ChangeDetectorRef.prototype.reattach = function () { this._view.detached = false; ɵtick(); };
ChangeDetectorRef.prototype.checkNoChanges = function () {};
var ViewRef = ChangeDetectorRef;

function ElementRef(nativeElement) {
  this.nativeElement = nativeElement === undefined ? null : nativeElement;
}

// No zone.js in a mini program: run() only triggers change detection
function NgZone() {
  this.hasPendingMacrotasks = false;
  this.hasPendingMicrotasks = false;
  this.isStable = true;
  this.onStable = new EventEmitter();
  this.onUnstable = new EventEmitter();
  this.onMicrotaskEmpty = new EventEmitter();
  this.onError = new EventEmitter();
}
NgZone.__ng__ = { providedIn: 'root' };
NgZone.prototype.run = function (fn, self, args) {
  try {
    return fn.apply(self, args);
  } finally {
    ɵtick();
  }
};
NgZone.prototype.runGuarded = NgZone.prototype.run;
NgZone.prototype.runTask = NgZone.prototype.run;
NgZone.prototype.runOutsideAngular = function (fn) { return fn(); };
NgZone.isInAngularZone = function () { return true; };
NgZone.assertInAngularZone = function () {};
NgZone.assertNotInAngularZone = function () {};

// ---- EventEmitter: an rxjs Subject with emit()
class EventEmitter extends rx.Subject {
  constructor(isAsync) {
    super();
    this.__isAsync = !!isAsync;
  }
  emit(value) {
    var self = this;
    if (this.__isAsync) setTimeout(function () { self.next(value); }, 0);
    else this.next(value);
  }
}

// ---- lifecycle values
function SimpleChange(previousValue, currentValue, firstChange) {
  this.previousValue = previousValue;
  this.currentValue = currentValue;
  this.firstChange = firstChange;
}
SimpleChange.prototype.isFirstChange = function () { return this.firstChange; };

// ---- app-wide initialization (bootstrapApplication / bootstrapModule call this)
var APP_INITIALIZER = new InjectionToken('Application Initializer');
var ENVIRONMENT_INITIALIZER = new InjectionToken('ENVIRONMENT_INITIALIZER');
var PLATFORM_INITIALIZER = new InjectionToken('Platform Initializer');
var APP_BOOTSTRAP_LISTENER = new InjectionToken('appBootstrapListenerToken');

function provideAppInitializer(fn) {
  return { ɵproviders: [{ provide: APP_INITIALIZER, multi: true, useValue: fn }] };
}
function provideEnvironmentInitializer(fn) {
  return { ɵproviders: [{ provide: ENVIRONMENT_INITIALIZER, multi: true, useValue: fn }] };
}

function whenDone(v) {
  if (v && typeof v.subscribe === 'function' && typeof v.then !== 'function') {
    return rx.lastValueFrom(v, { defaultValue: null });
  }
  return Promise.resolve(v);
}

var ready = null;   // pending launch or bootstrap: hosts wait for it before creating components

// Registers root providers, runs initializers, creates the root component (its view is not shown:
// pages are WeChat pages) and resolves to the ApplicationRef.
function ɵbootstrap(providers, rootComponent) {
  ROOT.ɵadd(providers);
  var run = function (token) {
    return ROOT.get(token, []).map(function (fn) { return ROOT.runInContext(fn); });
  };
  var p = Promise.resolve().then(function () {
    ROOT.ɵcreateEager();
    run(ENVIRONMENT_INITIALIZER);
    return Promise.all(run(APP_INITIALIZER).map(whenDone));
  }).then(function () {
    var app = ROOT.get(ApplicationRef);
    if (rootComponent) {
      // its own `providers` are on its element, above every routed page (index.js outletInjector)
      var meta = rootComponent.__ng__ || {};
      app.ɵrootProviders = meta.providers ? new Injector(meta.providers(), ROOT) : null;
      var c = (app.ɵrootProviders || ROOT).ɵconstruct(rootComponent);
      app.components.push(c);
      if (c.ngOnInit) whenDone(c.ngOnInit()).then(ɵtick, reportError);
    }
    ROOT.get(APP_BOOTSTRAP_LISTENER, []).forEach(function (fn) { fn(app); });
    return app;
  });
  ready = p;
  p.then(function () { if (ready === p) ready = null; }, reportError);
  return p;
}

// Calls fn once the launch and bootstrap have finished: at once when nothing is pending.
function ɵwhenReady(fn) {
  if (!ready) return fn();
  var pending = ready;
  var next = function () {
    if (ready === pending) ready = null;
    ɵwhenReady(fn);   // bootstrap may have started meanwhile
  };
  pending.then(next, next);
}

// The runtime's own asynchronous start, before the app's code runs: prepare(done), and what app.js holds it for
// (late.js: subpackages of npm code), then start().
var holds = [];
function ɵhold(promise) {
  holds.push(promise);
}
function ɵlaunch(prepare, start) {
  ready = new Promise(function (resolve) { prepare(resolve); }).then(function () { return Promise.all(holds); })
    .then(start);
}

// ---- harmless values for the rest of @angular/core that apps import
function Version(full) {
  var parts = String(full).split('.');
  this.full = full;
  this.major = parts[0];
  this.minor = parts[1];
  this.patch = parts.slice(2).join('.');
}
// State a server render hands the browser: a mini program has none, so the store starts empty and code
// that reads it (`transferState.get(key, fallback)`) takes its fallback.
function TransferState() {
  this.store = {};
}
TransferState.__ng__ = { providedIn: 'root' };
TransferState.prototype.get = function (key, fallback) { return key in this.store ? this.store[key] : fallback; };
TransferState.prototype.set = function (key, value) { this.store[key] = value; };
TransferState.prototype.remove = function (key) { delete this.store[key]; };
TransferState.prototype.hasKey = function (key) { return key in this.store; };
TransferState.prototype.onSerialize = noop;
TransferState.prototype.toJson = function () { return JSON.stringify(this.store); };
Object.defineProperty(TransferState.prototype, 'isEmpty', {
  get: function () { return !Object.keys(this.store).length; }
});

var ChangeDetectionStrategy = { OnPush: 0, Default: 1 };
var ViewEncapsulation = { Emulated: 0, None: 2, ShadowDom: 3 };
var CUSTOM_ELEMENTS_SCHEMA = { name: 'custom-elements' };
var NO_ERRORS_SCHEMA = { name: 'no-errors-schema' };
var SecurityContext = { NONE: 0, HTML: 1, STYLE: 2, SCRIPT: 3, URL: 4, RESOURCE_URL: 5 };
var PLATFORM_ID = new InjectionToken('Platform ID', { factory: function () { return 'browser'; } });
var LOCALE_ID = new InjectionToken('LocaleId', { factory: function () { return 'en-US'; } });
var DEFAULT_CURRENCY_CODE = new InjectionToken('DefaultCurrencyCode', { factory: function () { return 'USD'; } });
var APP_ID = new InjectionToken('AppId', { factory: function () { return 'ng'; } });
var DOCUMENT = new InjectionToken('DocumentToken', {
  factory: function () { return dom.document; }
});
// a component's place for views code makes (core/dynamic.js gives it its methods): its injector is the component's
function ViewContainerRef() {
  this.injector = current;
}
function TemplateRef() {}
function QueryList() {}

module.exports = {
  // decorators
  Input: Input,
  Output: Output, HostBinding: HostBinding, HostListener: HostListener, ViewChild: ViewChild,
  ViewChildren: ViewChildren, ContentChild: ContentChild, ContentChildren: ContentChildren, Inject: Inject,
  Attribute: Attribute, Optional: Optional, Self: Self, SkipSelf: SkipSelf, Host: Host,
  forwardRef: forwardRef, resolveForwardRef: resolveForwardRef,
  // DI
  InjectionToken: InjectionToken, Injector: Injector, INJECTOR: Injector, EnvironmentInjector: EnvironmentInjector,
  DestroyRef: DestroyRef, inject: inject, runInInjectionContext: runInInjectionContext,
  assertInInjectionContext: assertInInjectionContext, createEnvironmentInjector: createEnvironmentInjector,
  makeEnvironmentProviders: makeEnvironmentProviders, importProvidersFrom: importProvidersFrom,
  InjectFlags: { Default: 0, Host: 1, Self: 2, SkipSelf: 4, Optional: 8 },
  // app, errors, change detection
  ApplicationRef: ApplicationRef, ErrorHandler: ErrorHandler, ChangeDetectorRef: ChangeDetectorRef, ViewRef: ViewRef,
  ElementRef: ElementRef, NgZone: NgZone, EventEmitter: EventEmitter, SimpleChange: SimpleChange,
  APP_INITIALIZER: APP_INITIALIZER, ENVIRONMENT_INITIALIZER: ENVIRONMENT_INITIALIZER,
  PLATFORM_INITIALIZER: PLATFORM_INITIALIZER, APP_BOOTSTRAP_LISTENER: APP_BOOTSTRAP_LISTENER,
  provideAppInitializer: provideAppInitializer, provideEnvironmentInitializer: provideEnvironmentInitializer,
  provideZoneChangeDetection: function () { return []; },
  provideExperimentalZonelessChangeDetection: function () { return []; },
  provideZonelessChangeDetection: function () { return []; },
  // harmless values
  ChangeDetectionStrategy: ChangeDetectionStrategy, ViewEncapsulation: ViewEncapsulation,
  CUSTOM_ELEMENTS_SCHEMA: CUSTOM_ELEMENTS_SCHEMA, NO_ERRORS_SCHEMA: NO_ERRORS_SCHEMA,
  SecurityContext: SecurityContext, PLATFORM_ID: PLATFORM_ID, LOCALE_ID: LOCALE_ID,
  DEFAULT_CURRENCY_CODE: DEFAULT_CURRENCY_CODE, APP_ID: APP_ID, DOCUMENT: DOCUMENT,
  ViewContainerRef: ViewContainerRef, TemplateRef: TemplateRef, QueryList: QueryList,
  TransferState: TransferState, makeStateKey: function (key) { return key; },
  enableProdMode: noop, isDevMode: function () { return false; }, Version: Version,
  VERSION: new Version('19.0.0-pwa2wx'),
  ɵglobal: typeof globalThis === 'object' ? globalThis : {},   // libraries read the global object so
  // runtime-internal (the host and other runtime modules)
  ɵroot: ROOT, ɵtick: ɵtick, ɵattachView: ɵattachView, ɵdetachView: ɵdetachView, ɵreportError: reportError,
  ɵguarded: guarded,
  ɵbootstrap: ɵbootstrap, ɵwhenReady: ɵwhenReady, ɵlaunch: ɵlaunch, ɵhold: ɵhold, ɵwhenDone: whenDone,
  ɵcurrentInjector: function () { return current; }, ɵlibraryPipe: function (name) { return PIPES[name] || null; },
  ɵlibraryPipes: PIPES, ɵconstruct: construct, ɵmeta: metadata, ɵproviderFactory: providerFactory,
  ɵdeclaredDep: declaredDep
};
module.exports = standIns(module.exports);
ticks.ɵplug(ɵtick, reportError);
