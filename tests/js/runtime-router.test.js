'use strict';
// The router on WeChat's page stack: matching with params and redirects, guards (functional and class,
// canMatch/canActivate/canDeactivate, booleans, UrlTrees, observables), tab pages with their query,
// the 10-page limit, back navigation, events and Router.url.
const test = require('node:test');
const assert = require('node:assert');
const { miniprogram } = require('./helpers/miniprogram.js');

function page(route, C) {
  C = C || class {};
  C.__ng__ = C.__ng__ || { kind: 'component', deps: () => [] };
  return { route, component: () => C, render: () => ({}), handlers: [] };
}

const PAGES = ['pages/home/home', 'pages/list/list', 'pages/detail/detail', 'pages/login/login', 'pages/tab2/tab2'];

function app(routes, extra) {
  const files = {};
  (extra && extra.pages || PAGES).forEach((p) => { files[p] = page(p, extra && extra.classes && extra.classes[p]); });
  const a = miniprogram(files, { tabs: ['pages/list/list', 'pages/tab2/tab2'], app: { routes } });
  a.mp.launch();
  a.mp.open('pages/home/home', {});
  return a;
}

const ROUTES = [
  { path: '', redirectTo: '/home', pathMatch: 'full' },
  { path: 'home', page: 'pages/home/home', pathMatch: 'prefix' },
  { path: 'tabs', redirectTo: '/tabs/list', pathMatch: 'full' },
  { path: 'tabs/list', page: 'pages/list/list', pathMatch: 'prefix' },
  { path: 'tabs/two', page: 'pages/tab2/tab2', pathMatch: 'prefix' },
  { path: 'tabs/list/session/:id', page: 'pages/detail/detail', pathMatch: 'prefix' },
  { path: 'old/:id', redirectTo: '/tabs/list/session/:id', pathMatch: 'prefix' },
  { path: 'login', page: 'pages/login/login', pathMatch: 'prefix' }
];

function routeOf(a) {
  return a.top().__ng.route.snapshot;
}

test('URLs match routes with params and query params; redirects (full, prefix, with params) apply', async () => {
  const a = app(ROUTES);
  await a.settle();
  const router = a.core.ɵroot.get(a.router.Router);
  assert.strictEqual(router.url, '/home');
  assert.strictEqual(await router.navigateByUrl('/old/7?from=home'), true);
  await a.settle();
  assert.strictEqual(a.top().route, 'pages/detail/detail');
  assert.deepStrictEqual(routeOf(a).params, { id: '7' });
  assert.deepStrictEqual(routeOf(a).queryParams, { from: 'home' });
  assert.strictEqual(router.url, '/tabs/list/session/7?from=home');
  assert.deepStrictEqual(wx.calls.filter((c) => c.name === 'navigateTo').map((c) => c.args.url),
    ['/pages/detail/detail?from=home&id=7']);
  await assert.rejects(router.navigateByUrl('/nowhere'), /NG04002: Cannot match any routes. URL Segment: 'nowhere'/);
  // relative commands (routerLink) resolve against the current page
  await a.router.navigate(['..', '8'], { queryParams: { q: 'x y' } });
  await a.settle();
  assert.strictEqual(router.url, '/tabs/list/session/8?q=x%20y');
  assert.deepStrictEqual(routeOf(a).queryParams, { q: 'x y' });
  a.restore();
});

test('tab pages open with switchTab; their query travels through the router', async () => {
  const a = app(ROUTES);
  await a.settle();
  await a.router.navigate('/tabs/list?segment=favorites');
  await a.settle();
  assert.deepStrictEqual(wx.calls.filter((c) => c.name === 'switchTab').map((c) => c.args.url), ['/pages/list/list']);
  assert.strictEqual(a.top().route, 'pages/list/list');
  assert.deepStrictEqual(routeOf(a).queryParams, { segment: 'favorites' });
  const seen = [];
  a.top().__ng.route.queryParams.subscribe((q) => seen.push(q.segment));
  await a.router.navigate('/tabs/two');
  await a.settle();
  await a.router.navigate('/tabs?segment=all');   // redirect to the tab page, kept alive: re-shown
  await a.settle();
  assert.strictEqual(a.top().route, 'pages/list/list');
  assert.deepStrictEqual(seen, ['favorites', 'all']);
  assert.strictEqual(a.router.currentUrl(), '/tabs/list?segment=all');
  a.restore();
});

test('the 10-page stack: navigateTo until full, then redirectTo; back: true returns down the stack', async () => {
  const a = app(ROUTES);
  await a.settle();
  for (let i = 1; i <= 11; i++) {
    await a.router.navigate('/tabs/list/session/' + i);
    await a.settle(5);
  }
  assert.strictEqual(a.mp.stack.length, 10);
  assert.deepStrictEqual(routeOf(a).params, { id: '11' });
  const names = wx.calls.filter((c) => /navigateTo|redirectTo/.test(c.name)).map((c) => c.name);
  assert.deepStrictEqual(names.slice(-3), ['navigateTo', 'redirectTo', 'redirectTo']);
  await a.router.navigate('/tabs/list/session/3', { back: true });
  await a.settle();
  assert.strictEqual(a.mp.stack.length, 4);
  assert.deepStrictEqual(routeOf(a).params, { id: '3' });
  await a.router.navigate('/login', { root: true });
  await a.settle();
  assert.deepStrictEqual(a.mp.stack.map((p) => p.route), ['pages/login/login']);
  a.router.back();
  await a.settle();
  assert.strictEqual(a.mp.stack.length, 1, 'back on the first page stays');
  a.restore();
});

test('guards: canActivate (boolean, UrlTree, observable, class with DI), canMatch, canDeactivate', async () => {
  const log = [];
  let loggedIn = false;
  class Auth { isIn() { return loggedIn; } }
  Auth.__ng__ = { kind: 'injectable', providedIn: 'root', deps: () => [] };
  class AuthGuard {
    constructor(auth, router) { this.auth = auth; this.router = router; }
    // an arrow-function field, as real apps write it too: not on the prototype
    canActivate = (route, state) => {
      log.push('class ' + state.url);
      return this.auth.isIn() || this.router.parseUrl('/login?next=' + encodeURIComponent(state.url));
    };
  }
  const routes = [
    { path: 'home', page: 'pages/home/home', pathMatch: 'prefix',
      guards: { canDeactivate: [() => (component) => { log.push('leave home'); return !component.dirty; }] } },
    // the `tabs` parent's canActivate comes first in each child's guards (the converter puts it there)
    { path: 'tabs/list/session/:id', page: 'pages/detail/detail', pathMatch: 'prefix',
      guards: { canMatch: [() => (route, segs) => segs[3].path !== '0'], canActivate: [() => AuthGuard] } },
    { path: 'tabs/list/session/:id', page: 'pages/login/login', pathMatch: 'prefix',
      guards: { canActivate: [() => AuthGuard] } },
    { path: 'login', page: 'pages/login/login', pathMatch: 'prefix',
      guards: { canActivate: [() => () => { const rx = a.rt.rxjs(); return rx.of(true).pipe(rx.delay(5)); }] } }
  ];
  let home;
  const Home = class { constructor() { home = this; this.dirty = true; } };
  Home.__ng__ = { kind: 'component', deps: () => [] };
  AuthGuard.__ng__ = { kind: 'injectable', deps: () => [{ token: Auth }, { token: a.router.Router }] };
  const a = app(routes, { classes: { 'pages/home/home': Home } });
  await a.settle();
  const router = a.core.ɵroot.get(a.router.Router);
  const events = [];
  router.events.subscribe((e) => events.push(e.constructor.name));
  assert.strictEqual(await router.navigateByUrl('/login'), false, 'canDeactivate refused');
  assert.deepStrictEqual(events, ['NavigationStart', 'NavigationCancel']);
  home.dirty = false;
  // as in Angular, the promise follows the redirect the guard asked for
  assert.strictEqual(await router.navigateByUrl('/tabs/list/session/1'), true, 'redirected to login');
  await a.settle();
  assert.strictEqual(a.top().route, 'pages/login/login');
  assert.deepStrictEqual(routeOf(a).queryParams, { next: '/tabs/list/session/1' });
  loggedIn = true;
  await router.navigateByUrl('/tabs/list/session/1');
  await a.settle();
  assert.strictEqual(a.top().route, 'pages/detail/detail');
  await router.navigateByUrl('/tabs/list/session/0');   // canMatch refuses: the next route matches
  await a.settle();
  assert.strictEqual(a.top().route, 'pages/login/login');
  // the redirect to /login is a navigation of its own: home's canDeactivate runs again
  assert.deepStrictEqual(log, ['leave home', 'leave home', 'class /tabs/list/session/1', 'leave home',
    'class /tabs/list/session/1', 'class /tabs/list/session/0']);
  assert.ok(events.indexOf('NavigationEnd') > 0);
  a.restore();
});

test('a page WeChat opens itself still runs its guards; a newer navigation supersedes an older one', async () => {
  const a = app([
    { path: 'home', page: 'pages/home/home', pathMatch: 'prefix' },
    { path: 'login', page: 'pages/login/login', pathMatch: 'prefix',
      guards: { canMatch: [() => () => { a.router.navigate('/home', { root: true }); return false; }] } }
  ]);
  await a.settle();
  wx.navigateTo({ url: '/pages/login/login' });   // e.g. opened from a share card
  await a.settle();
  assert.deepStrictEqual(a.mp.stack.map((p) => p.route), ['pages/home/home']);
  assert.strictEqual(a.errors.length, 0);
  a.restore();
});

test('getCurrentNavigation().extras.state reaches the next page; Location.back', async () => {
  let state;
  const Detail = class { constructor() { state = a.core.inject(a.router.Router).getCurrentNavigation().extras.state; } };
  Detail.__ng__ = { kind: 'component', deps: () => [] };
  const a = app(ROUTES, { classes: { 'pages/detail/detail': Detail } });
  await a.settle();
  await a.router.navigate(['/tabs/list/session', 2], { state: { from: 'home' } });
  await a.settle();
  assert.deepStrictEqual(state, { from: 'home' });
  const common = a.rt.require('angular/common.js');
  const location = a.core.ɵroot.get(common.Location);
  assert.strictEqual(location.path(), '/tabs/list/session/2');
  const history = a.rt.require('web.js').history;  // what `history.state` in app code reads, as Angular fills it
  assert.strictEqual(history.state.from, 'home');
  assert.strictEqual(typeof history.state.navigationId, 'number');
  assert.deepStrictEqual(location.getState(), history.state);
  assert.strictEqual(history.length, 2);
  history.back();
  await a.settle();
  assert.strictEqual(location.path(), '/home');
  assert.deepStrictEqual(history.state, { navigationId: 1 });
  a.restore();
});

test('a page WeChat opens with a query takes the route whose params the query fills', async () => {
  // NgModule apps merge forChild('') routes of imported modules: the same page under a bare 'app' too
  const a = app([
    { path: 'app', page: 'pages/detail/detail', pathMatch: 'prefix' },
    { path: 'app/tabs/session/:sessionId', page: 'pages/detail/detail', pathMatch: 'prefix' },
    { path: 'home', page: 'pages/home/home', pathMatch: 'prefix' }
  ]);
  await a.settle();
  a.mp.open('pages/detail/detail', { sessionId: '1', ref: 'share' });
  await a.settle();
  assert.deepStrictEqual(routeOf(a).params, { sessionId: '1' });
  assert.deepStrictEqual(routeOf(a).queryParams, { ref: 'share' });
  // a ParamMap is Angular's ParamsAsMap: `params` its own property (GonnaOrder reads Object.assign({}, map).params)
  const map = routeOf(a).queryParamMap;
  assert.deepStrictEqual(Object.assign({}, map), { params: { ref: 'share' } });
  assert.deepStrictEqual([map.keys, map.get('ref'), map.get('no'), map.getAll('ref')], [['ref'], 'share', null, ['share']]);
  a.restore();
});

test('guards that redirect to each other stop after 10 redirects with a NavigationError, not a hang', async () => {
  const routes = [
    { path: 'home', page: 'pages/home/home', pathMatch: 'prefix' },
    { path: 'list', page: 'pages/list/list', pathMatch: 'prefix',
      guards: { canActivate: [() => () => a.core.ɵroot.get(a.router.Router).parseUrl('/login')] } },
    { path: 'login', page: 'pages/login/login', pathMatch: 'prefix',
      guards: { canActivate: [() => () => a.core.ɵroot.get(a.router.Router).parseUrl('/list')] } }
  ];
  const a = app(routes);
  await a.settle();
  const router = a.core.ɵroot.get(a.router.Router);
  const errors = [];
  router.events.subscribe((e) => { if (e.constructor.name === 'NavigationError') errors.push(e.error.message); });
  await assert.rejects(router.navigateByUrl('/list'), /NG04005: guards redirected 10 times in a row/);
  assert.strictEqual(errors.length, 1);
  assert.strictEqual(a.top().route, 'pages/home/home');
  a.restore();
});

test("a child '' redirect without pathMatch applies once, as Angular's does: /signin and /signin/email both open the email page", async () => {
  // what the converter flattens `{ path: 'signin', children: [{ path: '', redirectTo: 'email' }, { path: 'email', … }] }`
  // into (a relative redirect made absolute, pathMatch left 'prefix'); applying it again at /signin/email would loop
  const a = app([
    { path: 'home', page: 'pages/home/home', pathMatch: 'prefix' },
    { path: 'signin', redirectTo: '/signin/email', pathMatch: 'prefix' },
    { path: 'signin/email', page: 'pages/login/login', pathMatch: 'prefix' }
  ]);
  await a.settle();
  const router = a.core.ɵroot.get(a.router.Router);
  assert.strictEqual(await router.navigateByUrl('/signin'), true);
  await a.settle();
  assert.strictEqual(router.url, '/signin/email');
  assert.strictEqual(await router.navigateByUrl('/signin/email'), true);
  await a.settle();
  assert.strictEqual(a.top().route, 'pages/login/login');
  assert.strictEqual(router.url, '/signin/email');
  a.restore();
});

test("route.parent: a level for each route above the page's and the root's, each with the params its path names", async () => {
  // GonnaOrder reads this.route.snapshot.parent.parent.params.id on pages nested under stores/:id/settings
  const routes = [
    { path: 'home', page: 'pages/home/home', pathMatch: 'prefix' },
    { path: 'stores/:id/settings/rules/:rule', page: 'pages/detail/detail', pathMatch: 'prefix',
      parents: ['stores/:id', 'stores/:id/settings'] }
  ];
  const a = app(routes);
  await a.settle();
  const router = a.core.ɵroot.get(a.router.Router);
  await router.navigateByUrl('/stores/7/settings/rules/3');
  await a.settle();
  const route = a.top().__ng.route;
  assert.deepStrictEqual(route.snapshot.params, { id: '7', rule: '3' });
  assert.deepStrictEqual(route.snapshot.parent.parent.params, { id: '7' });
  assert.deepStrictEqual(route.parent.snapshot.url.map(String), ['stores', '7', 'settings']);
  assert.strictEqual(route.parent.parent.parent, route.root);
  assert.strictEqual(route.root.parent, null);
  assert.strictEqual(route.pathFromRoot.length, 4);
  assert.strictEqual(route.parent.firstChild, route);
  assert.strictEqual(route.snapshot.root, route.root.snapshot);
  let seen;
  route.parent.parent.params.subscribe((p) => { seen = p; });
  assert.deepStrictEqual(seen, { id: '7' });
  // a top-level page's parent is the root's, as Angular's (not null)
  await router.navigateByUrl('/home');
  await a.settle();
  assert.strictEqual(a.top().__ng.route.parent, a.top().__ng.route.root);
  a.restore();
});
