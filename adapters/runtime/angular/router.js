'use strict';
// @angular/router on WeChat's page stack. Angular URLs are matched against the route table the
// converter generated (pwa2wx/app.config.js: flattened, redirect targets absolute); guards run
// first; then the page opens with navigateTo / redirectTo / switchTab / reLaunch / navigateBack.
var rx = require('../rx.js');
var core = require('./core/base.js');
var address = require('../address.js');
var standIns = require('./stand-ins.js');

var MAX_STACK = 10;      // WeChat's page stack limit ("webview count limit exceed")
var pending = null;      // state of the navigation whose page is opening
var tabStates = {};      // switchTab takes no query: the tab page picks its state up here
var current = null;      // state of the page on top of the stack
var navId = 0;


function assign(target) {
  for (var i = 1; i < arguments.length; i++) {
    var src = arguments[i];
    if (src) Object.keys(src).forEach(function (k) { target[k] = src[k]; });
  }
  return target;
}

function split(path) {
  return String(path || '').split('/').filter(function (s) { return s !== ''; });
}

function decode(s) {
  try {
    return decodeURIComponent(s);
  } catch (e) {
    return s;
  }
}

// ---- URLs
function UrlTree(segments, queryParams, fragment) {
  this.segments = segments;
  this.queryParams = queryParams || {};
  this.fragment = fragment || null;
  this.queryParamMap = convertToParamMap(this.queryParams);
}
UrlTree.prototype.toString = function () {
  return '/' + this.segments.map(encodeURIComponent).join('/') + queryString(this.queryParams) +
    (this.fragment ? '#' + encodeURIComponent(this.fragment) : '');
};

function UrlSegment(path, parameters) {
  this.path = path;
  this.parameters = parameters || {};
}
UrlSegment.prototype.toString = function () { return this.path; };

function queryString(q) {
  var parts = [];
  Object.keys(q || {}).forEach(function (k) {
    [].concat(q[k]).forEach(function (v) {
      if (v !== null && v !== undefined) parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(v));
    });
  });
  return parts.length ? '?' + parts.join('&') : '';
}

function parseQuery(text) {
  var q = {};
  text.split('&').forEach(function (pair) {
    if (!pair) return;
    var i = pair.indexOf('=');
    var k = decode(i < 0 ? pair : pair.slice(0, i));
    var v = i < 0 ? '' : decode(pair.slice(i + 1).replace(/\+/g, ' '));
    q[k] = k in q ? [].concat(q[k], v) : v;
  });
  return q;
}

function parseUrl(url) {
  var m = /^([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(String(url));
  return new UrlTree(split(m[1]).map(decode), parseQuery(m[2] || ''), m[3] ? decode(m[3]) : null);
}

// Shaped as Angular's ParamsAsMap: `params` is its one own property, which code reads (`Object.assign({}, map)
// .params.lang`, `map['params'].id`)
function ParamsAsMap(params) {
  this.params = params || {};
}
ParamsAsMap.prototype.has = function (k) { return Object.prototype.hasOwnProperty.call(this.params, k); };
ParamsAsMap.prototype.get = function (k) {
  if (!this.has(k)) return null;
  return Array.isArray(this.params[k]) ? this.params[k][0] : this.params[k];
};
ParamsAsMap.prototype.getAll = function (k) { return this.has(k) ? [].concat(this.params[k]) : []; };
Object.defineProperty(ParamsAsMap.prototype, 'keys', { get: function () { return Object.keys(this.params); } });
function convertToParamMap(params) {
  return new ParamsAsMap(params);
}

// pattern ['session', ':id'] against segments -> params, or null; exact unless `prefix`
function bind(pattern, segs, prefix) {
  var params = {};
  for (var i = 0; i < pattern.length; i++) {
    if (pattern[i] === '**') return params;
    if (i >= segs.length) return null;
    if (pattern[i].charAt(0) === ':') params[pattern[i].slice(1)] = segs[i];
    else if (pattern[i] !== segs[i]) return null;
  }
  return prefix || pattern.length === segs.length ? params : null;
}

function paramNames(pattern) {
  return split(pattern).filter(function (s) { return s.charAt(0) === ':'; }).map(function (s) { return s.slice(1); });
}

function fill(pattern, params) {
  return pattern.replace(/:([A-Za-z0-9_$]+)/g, function (m, name) {
    return name in params ? encodeURIComponent(params[name]) : m;
  });
}

// ---- guards (an entry holds its parents' too, in the order Angular runs them: the converter put them there)

function first(v) {
  if (v && typeof v.subscribe === 'function' && typeof v.then !== 'function') return rx.firstValueFrom(v);
  return Promise.resolve(v);
}

// Runs the guards of `kinds` along the chain in order -> Promise<true | false | UrlTree>
function runGuards(chain, kinds, args) {
  var calls = [];
  chain.forEach(function (r) {
    kinds.forEach(function (kind) {
      ((r.guards && r.guards[kind]) || []).forEach(function (ref) { calls.push([ref, kind]); });
    });
  });
  var root = core.ɵroot;
  return calls.reduce(function (prev, call) {
    return prev.then(function (verdict) {
      if (verdict !== true) return verdict;
      var g = call[0]();
      var method = call[1];
      return first(root.runInContext(function () {
        // a class guard (Angular: an injectable token, whose method may be an arrow-function field), else a
        // functional guard
        if (g && (g.__ng__ || g.ɵprov || (g.prototype && typeof g.prototype[method] === 'function'))) {
          var inst = root.get(g);
          return inst[method].apply(inst, args);
        }
        return g.apply(null, args);
      })).then(function (v) {
        if (v && v.redirectTo instanceof UrlTree) return v.redirectTo;   // RedirectCommand
        return v instanceof UrlTree ? v : v === true;
      });
    });
  }, Promise.resolve(true));
}

function snapshotOf(state) {
  return {
    params: state.params, queryParams: state.queryParams, fragment: state.fragment, data: state.data,
    paramMap: convertToParamMap(state.params), queryParamMap: convertToParamMap(state.queryParams),
    url: split(state.url.split(/[?#]/)[0]).map(function (s) { return new UrlSegment(decode(s)); }),
    routeConfig: state.entry, title: state.entry && state.entry.title, outlet: 'primary'
  };
}

// ---- matching: URL -> route entry, following redirects, skipping routes whose canMatch refuses.
// As Angular's, a redirect applies once (`used`), and when the URL it gives matches nothing the routes after it
// are tried: `{ path: '', redirectTo: 'email' }` without pathMatch (prefix) then sends /signin to /signin/email and
// leaves /signin/email to its own route, where applying it again would loop.
function recognize(tree, depth, used) {
  var routes = address.config().routes;
  var segs = tree.segments;
  var i = 0;
  used = used || [];
  function next() {
    for (; i < routes.length; i++) {
      var r = routes[i];
      var pattern = split(r.path);
      if (r.redirectTo != null) {
        var params = used.indexOf(r) < 0 && bind(pattern, segs, r.pathMatch !== 'full');
        if (!params) continue;
        if (depth > 10) return Promise.reject(new Error('NG04005: too many redirects at ' + tree));
        var target = parseUrl(fill(r.redirectTo, params));
        var rest = pattern.indexOf('**') >= 0 ? [] : segs.slice(pattern.length);
        return recognize(new UrlTree(target.segments.concat(rest), assign({}, tree.queryParams, target.queryParams),
          tree.fragment), depth + 1, used.concat([r])).then(function (found) {
          if (found) return found;
          i++;
          return next();
        });
      }
      var p = r.page ? bind(pattern, segs) : null;
      if (!p) continue;
      var chain = [r];
      var match = { entry: r, params: p, tree: tree, chain: chain };
      i++;
      return runGuards(chain, ['canMatch', 'canLoad'], [r, segs.map(function (s) { return new UrlSegment(s); })])
        .then(function (ok) { return ok === true ? match : ok instanceof UrlTree ? { redirect: ok } : next(); });
    }
    return Promise.resolve(null);
  }
  return next();
}

function stateOf(entry, params, tree) {
  return {
    page: entry && entry.page, entry: entry, chain: entry ? [entry] : [], params: params,
    queryParams: tree.queryParams, fragment: tree.fragment, data: (entry && entry.data) || {}, url: tree.toString()
  };
}

// ---- opening pages
function wxCall(name, options) {
  return new Promise(function (resolve, reject) {
    wx[name](assign({}, options, {
      success: resolve,
      fail: function (e) { reject(new Error((e && e.errMsg) || name + ':fail')); }
    }));
  });
}

function isTab(page) {
  return (address.config().tabs || []).indexOf(page) >= 0;
}

function open(state, extras) {
  var stack = getCurrentPages();
  if (isTab(state.page)) {
    tabStates[state.page] = state;
    return wxCall('switchTab', { url: '/' + state.page });
  }
  var url = '/' + state.page + queryString(assign({}, state.queryParams, state.params));
  for (var i = stack.length - 2; extras.back && i >= 0; i--) {
    if (stack[i].__ng && stack[i].__ng.state && stack[i].__ng.state.url === state.url) {
      return wxCall('navigateBack', { delta: stack.length - 1 - i });
    }
  }
  pending = state;
  var name = extras.root ? 'reLaunch' : extras.replaceUrl || stack.length >= MAX_STACK ? 'redirectTo' : 'navigateTo';
  return wxCall(name, { url: url }).catch(function (e) {
    pending = null;
    throw e;
  });
}

// ---- events
function routerEvent(name) {
  function E(id, url, extra) {
    this.id = id;
    this.url = url;
    if (name === 'NavigationEnd') this.urlAfterRedirects = extra;
    if (name === 'NavigationCancel') this.reason = extra;
    if (name === 'NavigationError') this.error = extra;
  }
  E.prototype.toString = function () { return name + '(id: ' + this.id + ", url: '" + this.url + "')"; };
  Object.defineProperty(E, 'name', { value: name });
  return E;
}
var NavigationStart = routerEvent('NavigationStart'), NavigationEnd = routerEvent('NavigationEnd'),
  NavigationCancel = routerEvent('NavigationCancel'), NavigationError = routerEvent('NavigationError');
var EventType = { NavigationStart: 0, NavigationEnd: 1, NavigationCancel: 2, NavigationError: 3 };

// ---- Router
function Router() {
  this.events = new rx.Subject();
  // what code sets to reload a page on its own URL; every navigation opens a new mini program page anyway
  this.routeReuseStrategy = new RouteReuseStrategy();
  this.onSameUrlNavigation = 'ignore';
  this.navigated = false;
  this.lastSuccessfulNavigation = null;
  this._nav = null;
}
Router.__ng__ = { providedIn: 'root' };

Object.defineProperty(Router.prototype, 'url', { get: currentUrl });
Object.defineProperty(Router.prototype, 'config', { get: function () { return address.config().routes; } });
Object.defineProperty(Router.prototype, 'routerState', {
  get: function () { return { snapshot: { url: this.url, root: current ? snapshotOf(current) : null } }; }
});

Router.prototype.getCurrentNavigation = function () { return this._nav; };
Router.prototype.parseUrl = parseUrl;
Router.prototype.serializeUrl = function (tree) { return tree.toString(); };
Router.prototype.isActive = function (url, exact) {
  var target = typeof url === 'string' ? url : url.toString();
  var mine = this.url.split(/[?#]/)[0];
  target = target.split(/[?#]/)[0];
  var subset = exact === false || (exact && exact.paths === 'subset');
  return mine === target || (subset && mine.indexOf(target.replace(/\/$/, '') + '/') === 0);
};
Router.prototype.resetConfig = function () {};
Router.prototype.initialNavigation = function () {};
Router.prototype.dispose = function () {};

Router.prototype.createUrlTree = function (commands, extras) {
  extras = extras || {};
  var segs = [];
  if (extras.relativeTo && extras.relativeTo.snapshot) {
    segs = extras.relativeTo.snapshot.url.map(function (s) { return s.path; });
  }
  (commands || []).forEach(function (c, i) {
    if (c !== null && typeof c === 'object') return;   // matrix params and outlets have no mini program form
    var s = String(c);
    if (i === 0 && s.charAt(0) === '/') segs = [];
    split(s).forEach(function (part) {
      if (part === '..') segs.pop();
      else if (part !== '.') segs.push(part);
    });
  });
  var now = current ? current.queryParams : {};
  var q = extras.queryParamsHandling === 'preserve' ? now
    : extras.queryParamsHandling === 'merge' ? assign({}, now, extras.queryParams) : extras.queryParams;
  var clean = {};
  Object.keys(q || {}).forEach(function (k) { if (q[k] !== null && q[k] !== undefined) clean[k] = q[k]; });
  return new UrlTree(segs, clean, extras.fragment);
};

Router.prototype.navigate = function (commands, extras) {
  return this.navigateByUrl(this.createUrlTree(commands, extras), extras);
};

// extras: Angular's (replaceUrl, state, skipLocationChange…) plus `root: true` (reLaunch, or switchTab
// for a tab page) and `back: true` (navigateBack to that URL when it is on the stack) for NavController.
Router.prototype.navigateByUrl = function (url, extras) {
  extras = extras || {};
  var self = this;
  var tree = url instanceof UrlTree ? url : parseUrl(url);
  var id = ++navId;
  var from = current;
  var text = tree.toString();
  var handedOver = false;
  self._nav = { id: id, initialUrl: tree, extractedUrl: tree, extras: extras, trigger: 'imperative' };
  self.events.next(new NavigationStart(id, text));
  if (extras.ɵredirects > MAX_REDIRECTS) {   // guards that send each other the navigation: stop, as a loop would
    var loop = new Error('NG04005: guards redirected ' + MAX_REDIRECTS + ' times in a row, last to ' + text);
    self._nav = null;
    self.events.next(new NavigationError(id, text, loop));
    return Promise.reject(loop);
  }
  function done() {
    if (id === navId) self._nav = null;
  }
  function cancel(reason) {
    done();
    self.events.next(new NavigationCancel(id, text, reason));
    return false;
  }
  return recognize(tree, 0).then(function (m) {
    if (id !== navId) return cancel('superseded');
    if (m && m.redirect) {
      handedOver = true;
      return self.navigateByUrl(m.redirect, Object.assign({}, extras, { ɵredirects: redirected(extras).ɵredirects }));
    }
    if (!m) throw new Error("NG04002: Cannot match any routes. URL Segment: '" + text.slice(1).split(/[?#]/)[0] + "'");
    var state = stateOf(m.entry, m.params, m.tree);
    state.history = assign({}, extras.state, { navigationId: id });   // what history.state reads on that page
    var leave = from && from.component
      ? runGuards(from.chain, ['canDeactivate'], [from.component, snapshotOf(from), { url: from.url },
        { url: state.url }])
      : Promise.resolve(true);
    return leave.then(function (ok) {
      return ok === true ? runGuards(state.chain, ['canActivate', 'canActivateChild'],
        [snapshotOf(state), { url: state.url }]) : ok;
    }).then(function (verdict) {
      if (id !== navId) return cancel('superseded');
      if (verdict instanceof UrlTree) {
        cancel('redirect');
        handedOver = true;   // the new navigation reports its own end
        return self.navigateByUrl(verdict, redirected(extras));
      }
      if (verdict !== true) return cancel('guard');
      return open(state, extras).then(function () {
        self.navigated = true;
        self.lastSuccessfulNavigation = self._nav;
        done();
        self.events.next(new NavigationEnd(id, text, state.url));
        return true;
      });
    });
  }).catch(function (e) {
    if (!handedOver) {
      done();
      self.events.next(new NavigationError(id, text, e));
    }
    throw e;
  });
};

// A guard's redirect: the navigation it starts counts how many came in a row
var MAX_REDIRECTS = 10;
function redirected(extras) {
  return { replaceUrl: true, ɵredirects: (extras.ɵredirects || 0) + 1 };
}

// ---- ActivatedRoute: one per page, from the state its navigation carried (or its query), under one per route above
// it (the entry's `parents`) and the root's, each with the params its own path names
function ActivatedRoute(state, above) {
  state = state || stateOf(null, {}, new UrlTree([]));
  this.params = new rx.BehaviorSubject(state.params);
  this.queryParams = new rx.BehaviorSubject(state.queryParams);
  this.fragment = new rx.BehaviorSubject(state.fragment);
  this.data = new rx.BehaviorSubject(state.data);
  this.paramMap = this.params.pipe(rx.map(convertToParamMap));
  this.queryParamMap = this.queryParams.pipe(rx.map(convertToParamMap));
  this.snapshot = snapshotOf(state);
  this.url = new rx.BehaviorSubject(this.snapshot.url);
  this.title = new rx.BehaviorSubject(this.snapshot.title);
  this.routeConfig = state.entry;
  this.outlet = 'primary';
  if (above) return;
  var chain = [new ActivatedRoute(stateOf(null, {}, new UrlTree([])), true)];
  ((state.entry && state.entry.parents) || []).forEach(function (path) {
    var params = {};
    paramNames(path).forEach(function (n) { if (n in state.params) params[n] = state.params[n]; });
    var level = stateOf(null, params, new UrlTree(split(fill(path, params)).map(decode)));
    level.data = state.data;
    chain.push(new ActivatedRoute(level, true));
  });
  chain.push(this);
  chain.forEach(function (route, i) {
    route.parent = chain[i - 1] || null;
    route.firstChild = chain[i + 1] || null;
    route.children = route.firstChild ? [route.firstChild] : [];
    route.root = chain[0];
    route.pathFromRoot = chain.slice(0, i + 1);
    linkSnapshot(route);
  });
}
function linkSnapshot(route) {
  var s = route.snapshot;
  s.parent = route.parent && route.parent.snapshot;
  s.firstChild = route.firstChild && route.firstChild.snapshot;
  s.children = route.firstChild ? [s.firstChild] : [];
  s.root = route.root.snapshot;
  s.pathFromRoot = route.pathFromRoot.map(function (r) { return r.snapshot; });
}
ActivatedRoute.prototype.ɵupdate = function (state) {
  this.snapshot = snapshotOf(state);
  linkSnapshot(this);
  this.params.next(state.params);
  this.queryParams.next(state.queryParams);
  this.fragment.next(state.fragment);
  this.url.next(this.snapshot.url);
};
var ActivatedRouteSnapshot = ActivatedRoute;

// ---- host hooks (index.js)
// The route state of a page being loaded: the router's pending navigation, a tab's waiting state,
// or — when WeChat opened the page itself (launch, share, tab bar) — rebuilt from its query.
function ɵstateFor(page, query) {
  if (pending && pending.page === page) {
    var s = pending;
    pending = null;
    return s;
  }
  if (tabStates[page]) return ɵtabState(page);
  var q = {};
  Object.keys(query || {}).forEach(function (k) { q[k] = decode(query[k]); });
  var entries = address.config().routes.filter(function (r) { return r.page === page; });
  // the route that uses the most of the query as its params (a bare '' child route must not win)
  var entry = entries.filter(function (r) { return paramNames(r.path).every(function (n) { return n in q; }); })
    .sort(function (a, b) { return paramNames(b.path).length - paramNames(a.path).length; })[0] || entries[0];
  var params = {};
  var rest = assign({}, q);
  (entry ? paramNames(entry.path) : []).forEach(function (n) {
    if (n in rest) params[n] = rest[n];
    delete rest[n];
  });
  var path = entry ? fill(entry.path, params) : page;
  var state = stateOf(entry, params, new UrlTree(split(path).map(decode), rest));
  state.direct = true;
  return state;
}

// A page WeChat opened itself is built during a navigation too, as Angular builds the first page: its constructor's
// getCurrentNavigation() has no extras ({}), where one the router opened has its navigation's
function ɵbuild(state, build) {
  var r = core.ɵroot.get(Router);
  if (!state.direct || r._nav) return build();
  var tree = parseUrl(state.url);
  r._nav = { id: ++navId, initialUrl: tree, extractedUrl: tree, extras: {}, trigger: 'imperative' };
  try {
    return build();
  } finally {
    r._nav = null;
  }
}

function ɵtabState(page) {
  var s = tabStates[page];
  delete tabStates[page];
  return s || null;
}

// A page WeChat opened directly passes its guards; a refusal naming a URL, or a guard's own navigation, redirects.
function ɵcheck(state) {
  if (!state.entry) return Promise.resolve(true);
  var segs = state.url.split(/[?#]/)[0], id = navId;
  return runGuards(state.chain, ['canMatch', 'canLoad'], [state.entry, split(segs).map(function (s) {
    return new UrlSegment(decode(s));
  })]).then(function (ok) {
    return ok === true ? runGuards(state.chain, ['canActivate', 'canActivateChild'],
      [snapshotOf(state), { url: state.url }]) : ok;
  }).then(function (verdict) {
    if (verdict instanceof UrlTree) core.ɵroot.get(Router).navigateByUrl(verdict, redirected({}));
    return verdict === true && id === navId;
  });
}

// The page on top changed (shown): Router.url, Location.path() and relative links follow it.
function ɵenter(state) {
  current = state;
}

// history.state / Location.getState(): the `state` the navigation to the page on top carried (a page WeChat
// opened itself has what Angular gives the page a browser loads first)
function ɵhistoryState() {
  return current ? current.history || { navigationId: 1 } : null;
}

// ---- module-level API for the other runtime modules (NavController, location, window.open) and
// routerLink: a string is a URL; an array is commands, relative to the current page as RouterLink's are.
function navigate(target, extras) {
  extras = extras || {};
  var router = core.ɵroot.get(Router);
  if (!Array.isArray(target)) {
    var tree = target instanceof UrlTree ? target : parseUrl(target);
    if (extras.queryParams || extras.fragment) {   // routerLink's [queryParams] on a URL
      tree = new UrlTree(tree.segments, assign({}, tree.queryParams, extras.queryParams),
        extras.fragment || tree.fragment);
    }
    return router.navigateByUrl(tree, extras);
  }
  var relativeTo = current ? { snapshot: snapshotOf(current) } : null;
  return router.navigate(target, assign({ relativeTo: relativeTo }, extras));
}

function back() {
  if (getCurrentPages().length > 1) wx.navigateBack({ delta: 1 });
}

function currentUrl() {
  return current ? current.url : '/';
}

// ---- module and provider functions: the route table is already compiled into app.config.js
var BIND_INPUTS = new core.InjectionToken('withComponentInputBinding');
function feature(providers) {
  return { ɵproviders: providers || [] };
}
function provideRouter() {
  return feature(Array.prototype.slice.call(arguments, 1));
}
function RouterModule() {}
RouterModule.forRoot = function (routes, options) {
  var bind = options && options.bindToComponentInputs;
  return { ngModule: RouterModule, providers: bind ? [withComponentInputBinding()] : [] };
};
RouterModule.forChild = function () { return { ngModule: RouterModule, providers: [] }; };
function withComponentInputBinding() {
  return feature([{ provide: BIND_INPUTS, useValue: true }]);
}
function noFeature() {
  return feature();
}
function Marker() {}
function RouteReuseStrategy() {}
RouteReuseStrategy.prototype = {
  shouldDetach: function () { return false; }, store: function () {}, shouldAttach: function () { return false; },
  retrieve: function () { return null; },
  shouldReuseRoute: function (future, current) { return future.routeConfig === current.routeConfig; }
};
function TitleStrategy() {}
function RedirectCommand(redirectTo, options) {
  this.redirectTo = redirectTo;
  this.navigationBehaviorOptions = options;
}

module.exports = {
  Router: Router, ActivatedRoute: ActivatedRoute, ActivatedRouteSnapshot: ActivatedRouteSnapshot,
  UrlTree: UrlTree, UrlSegment: UrlSegment, convertToParamMap: convertToParamMap, RedirectCommand: RedirectCommand,
  NavigationStart: NavigationStart, NavigationEnd: NavigationEnd, NavigationCancel: NavigationCancel,
  NavigationError: NavigationError, EventType: EventType,
  RouterModule: RouterModule, provideRouter: provideRouter, withComponentInputBinding: withComponentInputBinding,
  withPreloading: noFeature, withHashLocation: noFeature, withRouterConfig: noFeature,
  withInMemoryScrolling: noFeature, withEnabledBlockingInitialNavigation: noFeature,
  withDisabledInitialNavigation: noFeature, withViewTransitions: noFeature, withDebugTracing: noFeature,
  withNavigationErrorHandler: noFeature,
  PreloadAllModules: Marker, NoPreloading: Marker, RouteReuseStrategy: RouteReuseStrategy,
  BaseRouteReuseStrategy: RouteReuseStrategy, TitleStrategy: TitleStrategy,
  ROUTES: new core.InjectionToken('ROUTES'),
  RouterOutlet: Marker, RouterLink: Marker, RouterLinkActive: Marker, RouterLinkWithHref: Marker,
  navigate: navigate, back: back, currentUrl: currentUrl,
  ɵstateFor: ɵstateFor, ɵbuild: ɵbuild, ɵtabState: ɵtabState, ɵcheck: ɵcheck, ɵenter: ɵenter, ɵhistoryState: ɵhistoryState,
  ɵBIND_INPUTS: BIND_INPUTS, ɵsnapshotOf: snapshotOf
};
module.exports = standIns(module.exports);
address.ɵuseRouter(module.exports);
