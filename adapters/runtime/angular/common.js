'use strict';
// @angular/common: the structural and attribute directives are compiled into WXML, so their classes are
// inert markers (standalone `imports` still name them); Location walks WeChat's page stack; the pipe
// classes, for code that injects or news them, wrap the template runtime's pipes.
var core = require('./core.js');
var router = require('./router.js');
var pipes = require('../pipes.js');
var address = require('../address.js');
var standIns = require('./stand-ins.js');

function pipeClass(name) {
  function P() {
    this._pipe = pipes.create(name, { markForCheck: core.ɵtick });
  }
  P.prototype.transform = function () { return this._pipe.transform.apply(this._pipe, arguments); };
  P.prototype.ngOnDestroy = function () { this._pipe.destroy(); };
  P.__ng__ = { kind: 'pipe', name: name, pure: name !== 'async' };
  return P;
}

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

module.exports = {
  Location: Location, LocationStrategy: Marker, PathLocationStrategy: Marker, HashLocationStrategy: Marker,
  PlatformLocation: Marker, APP_BASE_HREF: new core.InjectionToken('appBaseHref'), ViewportScroller: ViewportScroller,
  DOCUMENT: core.DOCUMENT, isPlatformBrowser: isPlatformBrowser, isPlatformServer: isPlatformServer,
  registerLocaleData: function () {},
  DatePipe: pipeClass('date'), DecimalPipe: pipeClass('number'), CurrencyPipe: pipeClass('currency'),
  PercentPipe: pipeClass('percent'), UpperCasePipe: pipeClass('uppercase'), LowerCasePipe: pipeClass('lowercase'),
  TitleCasePipe: pipeClass('titlecase'), SlicePipe: pipeClass('slice'), JsonPipe: pipeClass('json'),
  KeyValuePipe: pipeClass('keyvalue'), AsyncPipe: pipeClass('async'), I18nPluralPipe: pipeClass('i18nPlural'),
  I18nSelectPipe: pipeClass('i18nSelect'),
  // Angular's (value, format, locale, timezone) / (value, locale, digitsInfo): one locale, en-US
  formatDate: function (value, format, locale, timezone) { return pipes.formatDate(value, format, timezone); },
  formatNumber: function (value, locale, digitsInfo) { return pipes.formatNumber(value, digitsInfo); },
  formatPercent: function (value, locale, digitsInfo) { return pipes.create('percent').transform(value, digitsInfo); },
  CommonModule: Marker, NgIf: Marker, NgFor: Marker, NgForOf: Marker, NgClass: Marker, NgStyle: Marker,
  NgSwitch: Marker, NgSwitchCase: Marker, NgSwitchDefault: Marker, NgTemplateOutlet: Marker,
  NgComponentOutlet: Marker, NgPlural: Marker, NgPluralCase: Marker, NgOptimizedImage: Marker
};
module.exports = standIns(module.exports);
