'use strict';
// @angular/platform-browser(-dynamic): bootstrapping registers the app's root providers and runs its
// initializers (pages are created by WeChat, not by a root view); DomSanitizer passes values through,
// as WXML never parses HTML from data; Title maps onto the navigation bar.
var core = require('./core/base.js');
var standIns = require('./stand-ins.js');

function bootstrapApplication(rootComponent, config) {
  return core.ɵbootstrap((config && config.providers) || [], rootComponent);
}

function createApplication(config) {
  return core.ɵbootstrap((config && config.providers) || [], null);
}

// NgModule apps: the module's imports and providers become root providers; `bootstrap: [AppComponent]`
// (when the script compiler records it) is created like bootstrapApplication's root component.
function bootstrapModule(moduleType) {
  var meta = moduleType.__ng__ || {};
  var root = meta.bootstrap ? [].concat(meta.bootstrap())[0] : null;
  return core.ɵbootstrap([moduleType], root).then(function () {
    return { injector: core.ɵroot, instance: core.ɵroot.get(moduleType),
      destroy: function () { core.ɵroot.destroy(); } };
  });
}

function platformBrowserDynamic() {
  return { bootstrapModule: bootstrapModule, injector: core.ɵroot, onDestroy: noop, destroy: noop };
}

function noop() {}
function pass(v) {
  return v;
}
function DomSanitizer() {}
DomSanitizer.__ng__ = { providedIn: 'root' };
DomSanitizer.prototype.sanitize = function (ctx, v) { return v == null ? null : String(v); };
['bypassSecurityTrustHtml', 'bypassSecurityTrustStyle', 'bypassSecurityTrustScript', 'bypassSecurityTrustUrl',
  'bypassSecurityTrustResourceUrl'].forEach(function (name) { DomSanitizer.prototype[name] = pass; });

function Title() {
  this._title = '';
}
Title.__ng__ = { providedIn: 'root' };
Title.prototype.getTitle = function () { return this._title; };
Title.prototype.setTitle = function (title) {
  this._title = title;
  wx.setNavigationBarTitle({ title: title });
};

// <meta> tags have no mini program counterpart
function Meta() {}
Meta.__ng__ = { providedIn: 'root' };
['addTag', 'addTags', 'getTag', 'getTags', 'updateTag', 'removeTag', 'removeTagElement'].forEach(function (name) {
  Meta.prototype[name] = function () { return null; };
});

function Marker() {}
// Angular Universal's browser side: the server's app id (style and state scoping, nothing to do here)
function BrowserModule() {}
BrowserModule.withServerTransition = function (params) {
  return { ngModule: BrowserModule, providers: [{ provide: core.APP_ID, useValue: params && params.appId }] };
};
function noProviders() {
  return [];
}

module.exports = {
  bootstrapApplication: bootstrapApplication, createApplication: createApplication,
  platformBrowserDynamic: platformBrowserDynamic, platformBrowser: platformBrowserDynamic,
  DomSanitizer: DomSanitizer, Title: Title, Meta: Meta,
  BrowserModule: BrowserModule, BrowserTransferStateModule: Marker,
  TransferState: core.TransferState, makeStateKey: core.makeStateKey, HammerModule: Marker, provideClientHydration: noProviders, withEventReplay: noProviders,
  withIncrementalHydration: noProviders, withNoHttpTransferCache: noProviders,
  provideProtractorTestingSupport: noProviders, enableDebugTools: pass, disableDebugTools: noop
};
module.exports = standIns(module.exports);
