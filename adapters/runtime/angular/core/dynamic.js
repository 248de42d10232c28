'use strict';
// createComponent(): a component Angular code makes itself and appends to the document (a splash screen, a banner).
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

module.exports = {
  createComponent: function (C, options) { return new ComponentRef(C, options || {}); },
  ComponentRef: ComponentRef
};
