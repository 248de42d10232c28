'use strict';
// createComponent() and ViewContainerRef's: a component Angular code makes itself (a splash screen, a banner).
// A mini program has no DOM to show it in (PWX302 names the document calls), so it is not drawn, but it is made with
// its dependencies and inputs and its ngOnInit/ngOnDestroy run, so the code around it goes on as in the PWA.
var core = require('./base.js');
var inputs = require('./inputs.js');
var dom = require('../../dom.js');

function ComponentRef(C, options) {
  var meta = C.__ng__ || {};
  var element = options.hostElement || dom.hostElement(meta.selector);
  var self = this;
  this.componentType = C;
  this.location = new core.ElementRef(element);
  this.hostView = { rootNodes: [element], detect: function () {}, destroy: function () { self.destroy(); } };
  this.changeDetectorRef = new core.ChangeDetectorRef(this.hostView);
  this.injector = new core.Injector([
    meta.providers ? meta.providers() : [],
    { provide: core.ElementRef, useValue: this.location },
    { provide: core.ChangeDetectorRef, useValue: this.changeDetectorRef }
  ], options.elementInjector || options.environmentInjector || core.ɵroot, C.name);
  this.instance = this.injector.ɵconstruct(C);
  this._onDestroy = [];
  if (typeof this.instance.ngOnInit === 'function') this.instance.ngOnInit();
}
ComponentRef.prototype.setInput = function (name, value) {
  var field = this.instance[name];
  if (inputs.ɵisInput(field)) inputs.ɵsetInput(field, value);
  else this.instance[name] = value;
  core.ɵtick();
};
ComponentRef.prototype.onDestroy = function (fn) { this._onDestroy.push(fn); };
ComponentRef.prototype.destroy = function () {
  if (this.destroyed) return;
  this.destroyed = true;
  core.ɵdetachView(this.hostView);
  if (typeof this.instance.ngOnDestroy === 'function') this.instance.ngOnDestroy();
  this._onDestroy.splice(0).forEach(function (fn) { fn(); });
  this.injector.destroy();
};

// ViewContainerRef's components (a calendar's cells, a dynamic form's fields): made as createComponent makes them, in
// the container's component's injector, kept in order, and not drawn; a template's embedded view is an empty one
var containers = core.ViewContainerRef.prototype;
function refs(container) {
  return container.ɵrefs || (container.ɵrefs = []);
}
containers.createComponent = function (type, options) {
  options = options || {};
  var ref = new ComponentRef(type.componentType || type, { elementInjector: options.injector || this.injector });
  refs(this).splice(options.index === undefined ? refs(this).length : options.index, 0, ref);
  return ref;
};
containers.createEmbeddedView = function (template, context) {
  var view = { context: context, rootNodes: [], detectChanges: function () {}, destroy: function () {} };
  refs(this).push({ hostView: view, destroy: view.destroy });
  return view;
};
containers.get = function (i) { return refs(this)[i] ? refs(this)[i].hostView : null; };
containers.indexOf = function (view) { return refs(this).map(function (r) { return r.hostView; }).indexOf(view); };
containers.remove = function (i) {
  var gone = refs(this).splice(i === undefined ? refs(this).length - 1 : i, 1)[0];
  if (gone) gone.destroy();
};
containers.clear = function () { refs(this).splice(0).forEach(function (r) { r.destroy(); }); };
Object.defineProperty(containers, 'length', { get: function () { return refs(this).length; } });

// ComponentFactoryResolver (Angular before 13): a factory of a component class, which a ViewContainerRef makes
function ComponentFactoryResolver() {}
ComponentFactoryResolver.__ng__ = { providedIn: 'root' };
ComponentFactoryResolver.prototype.resolveComponentFactory = function (C) {
  return { componentType: C, selector: (C.__ng__ || {}).selector,
    create: function (injector) { return new ComponentRef(C, { elementInjector: injector }); } };
};

module.exports = {
  createComponent: function (C, options) { return new ComponentRef(C, options || {}); },
  ComponentRef: ComponentRef, ViewContainerRef: core.ViewContainerRef,
  ComponentFactoryResolver: ComponentFactoryResolver
};
