'use strict';
// Libraries compiled by Angular: ng-packagr's partial declarations (ɵɵngDeclare*, Angular 12+), older full Ivy
// definitions (ɵɵdefine*) and the class decorators pre-Ivy bundles apply at load time (`__decorate([Injectable()],
// X)`) become the same `__ng__` metadata the script compiler writes. A part of @angular/core of its own
// (bridge/pwa2wx/script/modules.py RUNTIME_PARTS), so that an app using no such library does not ship it.
var base = require('./base.js');

var construct = base.ɵconstruct, providerFactory = base.ɵproviderFactory, declaredDep = base.ɵdeclaredDep;
var PIPES = base.ɵlibraryPipes, inject = base.inject;
function noop() {}

function ownMeta(type) {
  if (!Object.prototype.hasOwnProperty.call(type, '__ng__')) type.__ng__ = {};
  return type.__ng__;
}

// the attribute directives libraries declare, which view/directives.js puts on the elements their selectors match
var DIRECTIVES = [];

// a declaration's inputs, { field: 'public' | ['public', 'field', transform] | { publicName, transformFunction } },
// as the script compiler writes them: { field: { alias, transform } }
function declaredInputs(inputs) {
  var out = {};
  Object.keys(inputs).forEach(function (field) {
    var v = inputs[field];
    var alias = typeof v === 'string' ? v : Array.isArray(v) ? v[0] : v.publicName;
    out[field] = { alias: alias || field, transform: (Array.isArray(v) ? v[2] : v.transformFunction) || undefined };
  });
  return out;
}

// a declaration's host listeners, { click: 'onClick($event)', input: '$any(this)._handleInput($event.target.value)' },
// as the script compiler writes @HostListener's: [{ event, method, args: a function of the event }]
function declaredListeners(listeners) {
  return Object.keys(listeners).map(function (event) {
    var m = /^\s*(?:\$any\(this\)\.|this\.)?([\w$]+)\((.*)\)\s*;?\s*$/.exec(listeners[event]) || [];
    var paths = m[2] ? m[2].split(',').map(function (a) { return a.trim().split('.'); }) : [];
    return { event: event, method: m[1], args: function (e) {
      return paths.map(function (path) {   // $event, a path in it ($event.target.value); else undefined
        if (path[0] !== '$event') return undefined;
        return path.slice(1).reduce(function (v, k) { return v == null ? v : v[k]; }, e);
      });
    } };
  }).filter(function (l) { return l.method; });
}

function declared(kind) {
  return function (d) {
    var m = ownMeta(d.type || d.token);
    if (kind === 'pipe' && d.name) PIPES[d.name] = d.type || d.token;
    if (kind === 'directive' && d.selector && DIRECTIVES.indexOf(d.type) < 0) DIRECTIVES.push(d.type);
    if (d.inputs && !Array.isArray(d.inputs) && !m.inputs) m.inputs = declaredInputs(d.inputs);
    if (d.outputs && !Array.isArray(d.outputs) && !m.outputs) m.outputs = d.outputs;
    if (d.host && d.host.listeners && !m.hostListeners) m.hostListeners = declaredListeners(d.host.listeners);
    if (d.host && !m.hostBindings) {
      m.hostBindings = Object.keys(d.host.properties || {}).map(function (target) {
        return { target: target, property: d.host.properties[target] };
      });
      m.hostAttributes = Object.assign({}, d.host.attributes, d.host.classAttribute && { class: d.host.classAttribute },
        d.host.styleAttribute && { style: d.host.styleAttribute });
    }
    if (!m.kind || m.kind === 'injectable') m.kind = kind;
    if (d.selector) m.selector = d.selector;
    if (d.name) m.name = d.name;
    if (d.pure !== undefined) m.pure = d.pure;
    if (d.providers) m.providers = function () { return d.providers; };
    if (d.imports) m.imports = function () { return d.imports; };
    return d;
  };
}
function declareFactory(d) {
  // deps null: the class inherits its parent's factory (and so its metadata); 'invalid': never constructed; a
  // function: the list, read when the factory first runs (script/lower.py declared_factory)
  if (typeof d.deps === 'function') ownMeta(d.type).deps = d.deps;
  else if (Array.isArray(d.deps)) ownMeta(d.type).deps = function () { return d.deps; };
  var factory = function (t) { return construct(t || d.type); };
  factory.ɵdeclared = true;
  return factory;
}
function declareInjectable(d) {
  var m = ownMeta(d.type || d.token);
  if (!m.kind) m.kind = 'injectable';
  if (d.providedIn !== undefined) m.providedIn = d.providedIn;
  if (d.factory) m.factory = d.factory;
  else if (d.useClass || d.useFactory || d.useExisting || 'useValue' in d) {
    m.factory = providerFactory(Object.assign({ provide: d.type }, d), declaredDep);
  }
  return d;
}
function defineNgModule(d) {
  var m = ownMeta(d.type);
  m.kind = 'ngmodule';
  if (!m.imports) m.imports = function () { return (d.type.ɵinj && d.type.ɵinj.imports) || []; };
  if (!m.providers) m.providers = function () { return (d.type.ɵinj && d.type.ɵinj.providers) || []; };
  return d;
}
function inheritedFactory(type) {
  var parent = Object.getPrototypeOf(type);
  return function (t) { return typeof parent.ɵfac === 'function' ? parent.ɵfac(t || type) : new (t || type)(); };
}
function ivyInject(token, flags) { return inject(token, flags); }
function feature() { return function () {}; }
var FactoryTarget = { Directive: 0, Component: 1, Injectable: 2, Pipe: 3, NgModule: 4 };
var PARTIAL = {
  ɵɵngDeclareFactory: declareFactory, ɵɵngDeclareInjectable: declareInjectable, ɵɵFactoryTarget: FactoryTarget,
  ɵɵngDeclareInjector: declared('ngmodule'), ɵɵngDeclareNgModule: declared('ngmodule'),
  ɵɵngDeclarePipe: declared('pipe'), ɵɵngDeclareDirective: declared('directive'),
  ɵɵngDeclareComponent: declared('component'), ɵɵngDeclareClassMetadata: noop, ɵɵngDeclareClassMetadataAsync: noop,
  ɵɵdefineInjectable: declareInjectable, ɵɵdefineInjector: function (d) { return d; },
  ɵɵdefineNgModule: defineNgModule, ɵɵdefinePipe: declared('pipe'), ɵɵdefineDirective: declared('directive'),
  ɵɵdefineComponent: declared('component'), ɵɵinject: ivyInject, ɵɵdirectiveInject: ivyInject,
  ɵɵinjectAttribute: function () { return null; }, ɵɵinvalidFactory: function () { throw new Error('NG0202'); },
  ɵɵgetInheritedFactory: inheritedFactory, ɵɵInheritDefinitionFeature: noop, ɵɵNgOnChangesFeature: feature,
  ɵɵProvidersFeature: feature, ɵɵStandaloneFeature: noop, ɵɵsetClassMetadata: noop, ɵɵsetNgModuleScope: noop,
  ɵɵsetComponentScope: noop
};

// the class decorators record the metadata a partial declaration would
function classDecorator(declare) {
  return function (options) {
    return function (type) {
      declare(Object.assign({}, options, { type: type }));
      return type;
    };
  };
}
var Component = classDecorator(declared('component')), Directive = classDecorator(declared('directive')),
  Pipe = classDecorator(declared('pipe')), NgModule = classDecorator(declared('ngmodule')),
  Injectable = classDecorator(declareInjectable);
var CLASS_DECORATORS = [Component, Directive, Pipe, NgModule, Injectable];

// Pre-Ivy bundles built by ngc (fesm5, fesm2015) do not call their class decorators: they list them for Angular's
// compiler, `X.decorators = [{ type: NgModule, args: [{ … }] }]`. Such an assignment reaches this setter (no
// function has a `decorators` of its own before), which keeps the list and applies the decorators it names, as
// __decorate does; without it an NgModule such as NGXS's root module would never be created.
Object.defineProperty(Function.prototype, 'decorators', {
  configurable: true,
  set: function (list) {
    Object.defineProperty(this, 'decorators', { value: list, writable: true, configurable: true, enumerable: true });
    (Array.isArray(list) ? list : []).forEach(function (d) {
      if (d && CLASS_DECORATORS.indexOf(d.type) >= 0) d.type.apply(null, d.args || [])(this);
    }, this);
  }
});

module.exports = Object.assign({
  Component: Component, Directive: Directive, Pipe: Pipe, Injectable: Injectable, NgModule: NgModule,
  ɵlibraryDirectives: DIRECTIVES
}, PARTIAL);
