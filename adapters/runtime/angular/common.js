'use strict';
// @angular/common: Location walks WeChat's page stack; with the directives common/module.js declares, the pipe
// classes of common/pipes.js, number-pipes.js and async-pipe.js, and the locale data of common/locale.js.
var core = require('./core/base.js');
var router = require('./router.js');
var address = require('../address.js');
var standIns = require('./stand-ins.js');
var declarations = require('./common/module.js');
var pipeClasses = require('./common/pipes.js');
var numberPipes = require('./common/number-pipes.js');
var asyncPipe = require('./common/async-pipe.js');
var locale = require('./common/locale.js');

function Location() {}
Location.__ng__ = { providedIn: 'root' };
Location.prototype.path = function () { return router.currentUrl(); };
Location.prototype.back = function () { router.back(); };
Location.prototype.historyGo = function (n) { address.history.go(n); };
Location.prototype.isCurrentPathEqualTo = function (path, query) {
  return this.path() === path + (query ? '?' + query : '');
};
Location.prototype.getState = function () { return router.ɵhistoryState(); };
Location.prototype.normalize = function (url) { return url; };
Location.prototype.prepareExternalUrl = function (url) { return url; };
Location.prototype.subscribe = function () { return { unsubscribe: function () {} }; };
Location.prototype.onUrlChange = function () { return function () {}; };
// a page's address cannot change without navigating: go/replaceState/forward have nothing to do
Location.prototype.go = Location.prototype.replaceState = Location.prototype.forward = function () {};
Location.stripTrailingSlash = function (url) { return url.replace(/\/$/, ''); };
Location.joinWithSlash = function (a, b) { return a.replace(/\/$/, '') + '/' + b.replace(/^\//, ''); };
Location.normalizeQueryParams = function (params) {
  return params && params.charAt(0) !== '?' ? '?' + params : params;
};

// LocationStrategy, injected by code that reads the address as Angular's default strategy does (`strategy
// instanceof PathLocationStrategy ? strategy.path() : …`): the page stack's address, as Location reads it.
function LocationStrategy() {}
LocationStrategy.__ng__ = { providedIn: 'root', factory: function () { return new PathLocationStrategy(); } };
LocationStrategy.prototype.path = function () { return router.currentUrl(); };
LocationStrategy.prototype.prepareExternalUrl = Location.prototype.prepareExternalUrl;
LocationStrategy.prototype.getState = Location.prototype.getState;
LocationStrategy.prototype.getBaseHref = function () { return '/'; };
LocationStrategy.prototype.back = Location.prototype.back;
LocationStrategy.prototype.historyGo = Location.prototype.historyGo;
LocationStrategy.prototype.onPopState = function () { return function () {}; };
LocationStrategy.prototype.pushState = LocationStrategy.prototype.replaceState =
  LocationStrategy.prototype.forward = function () {};
function PathLocationStrategy() {}
PathLocationStrategy.prototype = Object.create(LocationStrategy.prototype);
PathLocationStrategy.__ng__ = { providedIn: 'root' };
function HashLocationStrategy() {}
HashLocationStrategy.prototype = Object.create(LocationStrategy.prototype);
HashLocationStrategy.__ng__ = { providedIn: 'root' };

function ViewportScroller() {}
ViewportScroller.__ng__ = { providedIn: 'root' };
ViewportScroller.prototype.scrollToPosition = function (pos) { wx.pageScrollTo({ scrollTop: pos[1], duration: 0 }); };
ViewportScroller.prototype.scrollToAnchor = function (id) { wx.pageScrollTo({ selector: '#' + id, duration: 0 }); };
ViewportScroller.prototype.getScrollPosition = function () { return [0, 0]; };
ViewportScroller.prototype.setOffset = function () {};
ViewportScroller.prototype.setHistoryScrollRestoration = function () {};

function isPlatformBrowser(id) {
  return id === 'browser';
}
function isPlatformServer() {
  return false;
}

function Marker() {}

module.exports = Object.assign({
  Location: Location, LocationStrategy: LocationStrategy, PathLocationStrategy: PathLocationStrategy,
  HashLocationStrategy: HashLocationStrategy,
  PlatformLocation: Marker, APP_BASE_HREF: new core.InjectionToken('appBaseHref'), ViewportScroller: ViewportScroller,
  LOCATION_INITIALIZED: new core.InjectionToken('Location Initialized'), // provided by no browser platform either
  isPlatformBrowser: isPlatformBrowser, isPlatformServer: isPlatformServer
}, declarations, pipeClasses, numberPipes, asyncPipe, locale);
module.exports = standIns(module.exports);
