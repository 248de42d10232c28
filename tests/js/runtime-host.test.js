'use strict';
// The host (runtime/index.js) on the framework double: lifecycles, change detection as path-level
// setData, events and async completion, components (properties, outputs, DI from the owner), signals,
// route state for pages, bootstrap before pages.
const test = require('node:test');
const assert = require('node:assert');
const { miniprogram, tap } = require('./helpers/miniprogram.js');

function component(C, meta) {
  C.__ng__ = Object.assign({ kind: 'component', deps: () => [] }, meta);
  return C;
}

test('page lifecycles map onto WeChat page events, in Angular order', async () => {
  const log = [];
  const Svc = class { ngOnDestroy() { log.push('svc destroyed'); } };
  const Page = component(class {
    constructor(svc) { log.push('constructor'); this.svc = svc; }
    ngOnInit() { log.push('ngOnInit'); }
    ngAfterViewInit() { log.push('ngAfterViewInit'); }
    ionViewWillEnter() { log.push('willEnter'); }
    ionViewDidEnter() { log.push('didEnter'); }
    ionViewWillLeave() { log.push('willLeave'); }
    ionViewDidLeave() { log.push('didLeave'); }
    ngOnDestroy() { log.push('ngOnDestroy'); }
  }, { deps: () => [{ token: Svc }], providers: () => [Svc] });
  const app = miniprogram({
    'pages/a/a': { route: 'pages/a/a', component: () => Page, render: () => { log.push('render'); return {}; }, handlers: [] },
    'pages/b/b': { route: 'pages/b/b', component: () => component(class {}), render: () => ({}), handlers: [] }
  });
  app.mp.launch();
  app.mp.open('pages/a/a', {});
  await app.settle();
  assert.deepStrictEqual(log.slice(0, 6), ['constructor', 'ngOnInit', 'render', 'ngAfterViewInit', 'willEnter', 'render']);
  assert.deepStrictEqual(log.filter((l) => l !== 'render'),
    ['constructor', 'ngOnInit', 'ngAfterViewInit', 'willEnter', 'didEnter']);
  log.length = 0;
  wx.navigateTo({ url: '/pages/b/b' });
  await app.settle();
  assert.deepStrictEqual(log, ['willLeave', 'didLeave']);
  log.length = 0;
  wx.navigateBack();
  await app.settle();
  assert.deepStrictEqual(log.filter((l) => l !== 'render'), ['willEnter', 'didEnter']);
  log.length = 0;
  wx.redirectTo({ url: '/pages/b/b' });
  await app.settle();
  assert.deepStrictEqual(log, ['willLeave', 'didLeave', 'ngOnDestroy', 'svc destroyed']);
  assert.deepStrictEqual(app.errors, []);
  app.restore();
});

test('ionViewDidEnter comes after the transition, as in Ionic: what ngOnInit started (storage.create()) is ready', async () => {
  const seen = [];
  const Page = component(class {
    ngOnInit() { Promise.resolve().then(() => { this.api = { items: () => ['a'] }; }); }
    ionViewWillEnter() { seen.push('willEnter: ' + (this.api ? 'ready' : 'not yet')); }
    ionViewDidEnter() { seen.push('didEnter: ' + this.api.items().join()); }
  });
  const app = miniprogram({ 'pages/a/a': { route: 'pages/a/a', component: () => Page, render: () => ({}), handlers: [] } });
  app.mp.launch();
  app.mp.open('pages/a/a', {});
  await app.settle();
  assert.deepStrictEqual(seen, ['willEnter: not yet', 'didEnter: a']);
  assert.deepStrictEqual(app.errors, []);
  app.restore();
});

test('change detection: one toggle in a 500-item list sends only the changed path', async () => {
  const Page = component(class {
    constructor() { this.items = []; for (let i = 0; i < 500; i++) this.items.push({ id: i, name: 'Item ' + i, on: false }); }
    toggle(item) { item.on = !item.on; }
  });
  const def = {
    route: 'pages/list/list',
    component: () => Page,
    // the shape the template compiler emits for @for (item of items; track item.id) { … (click)="toggle(item)" }
    render: function (c, h, $0) {
      const s0 = h.root();
      $0.l0 = h.each(c.items, s0, 'l0', ['item', '$index', '$count'], function (s1, $1) {
        $1.k = h.key(s1.item.id, s1.$index);
        $1.v0 = h.s(s1.item.name);
        $1.v1 = s1.item.on ? 'on' : 'off';
      });
      return $0;
    },
    handlers: [function (c, s) { return c.toggle(s.item); }]
  };
  const app = miniprogram({ 'pages/list/list': def });
  app.mp.launch();
  app.mp.open('pages/list/list', {});
  await app.settle();
  assert.strictEqual(app.patches.length, 1);
  assert.strictEqual(app.patches[0].patch.l0.length, 500);
  app.top().$on(tap(0, 'l0.123'));
  assert.deepStrictEqual(app.patches[1].patch, { 'l0[123].v1': 'on' });
  app.top().$on(tap(0, 'l0.123'));
  assert.deepStrictEqual(app.patches[2].patch, { 'l0[123].v1': 'off' });
  await app.settle();
  assert.strictEqual(app.patches.length, 3, 'no setData when nothing changed');
  app.restore();
});

test('async work: a handler promise, ɵtick from runtime modules, signal writes', async () => {
  let page;
  const Page = component(class {
    constructor() {
      page = this;
      this.n = 0;
      this.count = app.core.signal(0);
    }
    load() { return new Promise((r) => setTimeout(r, 5)).then(() => { this.n = 1; }); }
  });
  const app = miniprogram({
    'pages/a/a': { route: 'pages/a/a', component: () => Page,
      render: (c, h) => ({ v0: c.n, v1: c.count() }), handlers: [(c) => c.load()] }
  });
  app.mp.launch();
  app.mp.open('pages/a/a', {});
  await app.settle();
  app.top().$on(tap(0));
  assert.strictEqual(app.top().data.v0, 0);
  await app.settle();
  assert.strictEqual(app.top().data.v0, 1, 'rendered after the returned promise settled');
  page.count.set(5);
  await app.settle();
  assert.strictEqual(app.top().data.v1, 5, 'signal writes schedule change detection');
  page.n = 7;
  app.core.ɵtick();   // what http.js, storage and the Ionic controllers call when their work completes
  await app.settle();
  assert.strictEqual(app.top().data.v0, 7);
  app.restore();
});

test('components: inputs as properties (ngOnChanges), outputs as triggerEvent, DI from the owner', async () => {
  const log = [];
  class Shared {}
  const Child = component(class {
    constructor(shared, owner) {
      this.shared = shared;
      this.owner = owner;
      this.picked = new app.core.EventEmitter();
      this.size = app.core.input(1);
    }
    ngOnChanges(changes) {
      log.push(Object.keys(changes).map((k) => k + ':' + JSON.stringify(changes[k].currentValue) +
        (changes[k].firstChange ? '(first)' : '')).join(','));
    }
    pick() { this.picked.emit(this.session.name); }
  }, { deps: () => [{ token: Shared }, { token: Parent }], inputs: { session: { alias: 'session', required: false },
    size: { alias: 'size', required: false } }, outputs: { picked: 'picked' } });
  let parent;
  const Parent = component(class {
    constructor(shared) { parent = this; this.shared = shared; this.session = { name: 'Breakfast' }; this.got = null; }
    onPicked(v) { this.got = v; }
  }, { deps: () => [{ token: Shared }], providers: () => [Shared] });
  const app = miniprogram({
    'pages/p/p': { route: 'pages/p/p', component: () => Parent, handlers: [(c, s, e) => c.onPicked(e.detail)],
      render: (c, h) => ({ v0: h.prop(c.session), v1: 2 }) },
    'components/c/c': { component: () => Child, handlers: [(c) => c.pick()],
      render: (c, h) => ({ v0: c.session ? c.session.name : '', v1: c.size() }) }
  }, {
    json: { 'pages/p/p': { usingComponents: { 'app-child': '/components/c/c' } } },
    render: fakeRender({
      'pages/p/p.wxml': (d) => [el('app-child', { session: d.v0, size: d.v1, 'bind:picked': '$on', 'data-h': '0' })],
      'components/c/c.wxml': (d) => [el('view', { bindtap: '$on', 'data-h': '0' }, [d.v0 + ' x' + d.v1])]
    })
  });
  app.mp.launch();
  app.mp.open('pages/p/p', {});
  await app.settle();
  const host = app.top().__tree[0];
  const child = host.component;
  assert.strictEqual(child.__ng.instance.session, parent.session, 'the real object, not a copy');
  assert.strictEqual(child.__ng.instance.shared, parent.shared, 'provider of the owning page');
  assert.strictEqual(child.__ng.instance.owner, parent, 'a child may inject its parent component');
  assert.deepStrictEqual(log, ['session:{"name":"Breakfast"}(first),size:2(first)']);
  assert.deepStrictEqual(child.data, Object.assign({}, child.data, { v0: 'Breakfast', v1: 2 }));
  app.mp.dispatch(host.children[0], 'tap');
  assert.strictEqual(parent.got, 'Breakfast');
  parent.session = { name: 'Lunch' };
  app.top().$on({ type: 'tap', currentTarget: { dataset: {} } });   // any event re-renders every view
  await app.settle();
  assert.strictEqual(log[1], 'session:{"name":"Lunch"}');
  assert.strictEqual(child.data.v0, 'Lunch');
  assert.deepStrictEqual(app.errors, []);
  app.restore();
});

test("a component in a component's template has the inputs its owner's first render binds at ngOnInit", async () => {
  // WeChat creates the inner one with the outer one's template, before the outer one has started (no data yet), and
  // sets its properties from the outer one's first render after that render's setData has returned
  const seen = [];
  const Leaf = component(class {
    ngOnInit() { seen.push(this.options && this.options.label); }
  }, { inputs: { options: { alias: 'options', required: false } } });
  const Mid = component(class {
    constructor() { this.leafOptions = { label: 'from-mid' }; }
    ngOnInit() { seen.push('mid'); }
  }, { inputs: { options: { alias: 'options', required: false } } });
  const Page = component(class { constructor() { this.midOptions = { a: 1 }; } });
  const app = miniprogram({
    'pages/p/p': { route: 'pages/p/p', component: () => Page, render: (c, h) => ({ v0: h.prop(c.midOptions) }) },
    'components/mid/mid': { component: () => Mid, render: (c, h) => ({ v0: h.prop(c.leafOptions) }) },
    'components/leaf/leaf': { component: () => Leaf, render: () => ({}) }
  }, {
    json: { 'pages/p/p': { usingComponents: { 'app-mid': '/components/mid/mid' } },
      'components/mid/mid': { usingComponents: { 'app-leaf': '/components/leaf/leaf' } } },
    render: fakeRender({
      'pages/p/p.wxml': (d) => [el('app-mid', { options: d.v0 })],
      'components/mid/mid.wxml': (d) => [el('app-leaf', { options: d.v0 })],
      'components/leaf/leaf.wxml': () => []
    })
  });
  app.mp.launch();
  app.mp.open('pages/p/p', {});
  await app.settle();
  assert.deepStrictEqual(seen, ['mid', 'from-mid']);
  assert.deepStrictEqual(app.errors, []);
  app.restore();
});

test('pages wait for bootstrap (APP_INITIALIZER) and get their route state', async () => {
  const order = [];
  let seen;
  const Page = component(class {
    constructor(route) { order.push('page'); seen = route.snapshot; }
  }, { deps: () => [{ token: app.router.ActivatedRoute }] });
  const app = miniprogram({
    'pages/detail/detail': { route: 'pages/detail/detail', component: () => Page, render: () => ({}), handlers: [] }
  }, {
    app: {
      routes: [{ path: 'app/session/:sessionId', page: 'pages/detail/detail', pathMatch: 'prefix' }],
      bootstrap: () => app.rt.require('angular/platform-browser.js').bootstrapApplication(null, { providers: [
        { provide: app.core.APP_INITIALIZER, multi: true,
          useValue: () => new Promise((r) => setTimeout(() => { order.push('init'); r(); }, 10)) }] })
    }
  });
  app.mp.launch();
  app.mp.open('pages/detail/detail', { sessionId: '1', from: 'a%20b' });
  await app.settle(50);
  assert.deepStrictEqual(order, ['init', 'page']);
  assert.deepStrictEqual(seen.params, { sessionId: '1' });
  assert.deepStrictEqual(seen.queryParams, { from: 'a b' });
  assert.strictEqual(seen.paramMap.get('sessionId'), '1');
  assert.strictEqual(app.router.currentUrl(), '/app/session/1?from=a%20b');
  app.restore();
});

function el(tag, attr, children) {
  return { tag: 'wx-' + tag, attr, children: children || [] };
}

// stands in for wcc's $gwx: file -> (data) -> children
function fakeRender(files) {
  return (file, data) => (files[file] ? { tag: 'wx-page', children: files[file](data) } : null);
}

test('withComponentInputBinding sets page inputs from the route; overlay pages get componentProps', async () => {
  let detail, filter;
  const Detail = component(class { constructor() { detail = this; } ngOnInit() { this.seenAtInit = this.sessionId; } },
    { inputs: { sessionId: { alias: 'sessionId', required: false }, from: { alias: 'from', required: false } } });
  const Filter = component(class {
    constructor() { filter = this; }
    ngOnInit() { this.seenAtInit = this.excluded; }
  }, { inputs: { excluded: { alias: 'excluded', required: false } } });
  const app = miniprogram({
    'pages/detail/detail': { route: 'pages/detail/detail', component: () => Detail, render: () => ({}), handlers: [] },
    'pages/filter/filter': { route: 'pages/filter/filter', component: () => Filter, render: () => ({}), handlers: [] }
  }, {
    app: {
      routes: [{ path: 's/:sessionId', page: 'pages/detail/detail', pathMatch: 'prefix' }],
      pages: [{ path: 'pages/filter/filter', component: () => Filter }],
      bootstrap: () => app.rt.require('angular/platform-browser.js').bootstrapApplication(null, {
        providers: [app.router.provideRouter([], app.router.withComponentInputBinding())] })
    }
  });
  app.mp.launch();
  app.mp.open('pages/detail/detail', { sessionId: '4', from: 'list' });
  await app.settle();
  assert.strictEqual(detail.seenAtInit, '4');
  assert.strictEqual(detail.from, 'list');
  const ionic = app.rt.require('ionic/angular.js');
  const modal = await app.core.ɵroot.get(ionic.ModalController).create({ component: Filter,
    componentProps: { excluded: ['Food'] } });
  await modal.present();
  await app.settle();
  assert.strictEqual(app.top().route, 'pages/filter/filter');
  assert.deepStrictEqual(filter.seenAtInit, ['Food'], 'props are inputs before ngOnInit');
  const closed = modal.onDidDismiss();
  wx.navigateBack();   // the native back button
  assert.strictEqual((await closed).role, 'backdrop');
  assert.deepStrictEqual(app.errors, []);
  app.restore();
});

test('@HostListener("window:…") listens on the runtime window until the page closes', async () => {
  const seen = [];
  const Page = component(class { onLogin(e) { seen.push(e.detail); } },
    { hostListeners: [{ event: 'window:user:login', method: 'onLogin', args: function (e) { return [e]; } }] });
  const app = miniprogram({
    'pages/a/a': { route: 'pages/a/a', component: () => Page, render: () => ({}), handlers: [] },
    'pages/b/b': { route: 'pages/b/b', component: () => component(class {}), render: () => ({}), handlers: [] }
  });
  app.mp.launch();
  app.mp.open('pages/a/a', {});
  await app.settle();
  const web = app.rt.require('web.js');
  web.window.dispatchEvent(new web.CustomEvent('user:login', { detail: 'burt' }));
  wx.reLaunch({ url: '/pages/b/b' });
  await app.settle();
  web.window.dispatchEvent(new web.CustomEvent('user:login', { detail: 'again' }));
  assert.deepStrictEqual(seen, ['burt']);
  app.restore();
});

test("the app shell's menu on each page is the one root component bootstrap created", async () => {
  const log = [];
  let root;
  const Shell = component(class {
    constructor() { root = root || this; log.push('constructor'); this.pages = ['Inbox', 'Spam']; }
    ngOnInit() { log.push('ngOnInit'); }
    ngOnDestroy() { log.push('ngOnDestroy'); }
  });
  const Page = component(class {});
  const app = miniprogram({
    'pages/a/a': { route: 'pages/a/a', component: () => Page, render: () => ({}), handlers: [] },
    'pages/b/b': { route: 'pages/b/b', component: () => Page, render: () => ({}), handlers: [] },
    'components/app-shell/app-shell': { shell: true, component: () => Shell, handlers: [],
      render: (c) => ({ v0: c.pages.join(',') }) }
  }, {
    app: { bootstrap: () => app.rt.require('angular/platform-browser.js').bootstrapApplication(Shell, {}) },
    json: { 'pages/a/a': { usingComponents: { 'app-shell': '/components/app-shell/app-shell' } },
      'pages/b/b': { usingComponents: { 'app-shell': '/components/app-shell/app-shell' } } },
    render: fakeRender({
      'pages/a/a.wxml': () => [el('app-shell', {})],
      'pages/b/b.wxml': () => [el('app-shell', {})],
      'components/app-shell/app-shell.wxml': (d) => [el('view', {}, [d.v0 || ''])]
    })
  });
  app.mp.launch();
  app.mp.open('pages/a/a', {});
  await app.settle();
  wx.navigateTo({ url: '/pages/b/b' });
  await app.settle();
  const shells = app.mp.stack.map((p) => p.__tree[0].component);
  assert.strictEqual(shells.length, 2);
  assert.ok(shells.every((s) => s.__ng.instance === root), 'every page draws the root instance');
  assert.strictEqual(shells[1].data.v0, 'Inbox,Spam');
  wx.navigateBack();
  await app.settle();
  assert.deepStrictEqual(log, ['constructor', 'ngOnInit'], 'created and initialised once, never destroyed');
  assert.deepStrictEqual(app.errors, []);
  app.restore();
});

test('a page runs where web.js and what only it needs are not shipped (an app whose code reads no browser global)', async () => {
  const fs = require('fs');
  const path = require('path');
  const seen = [];
  const Page = component(class { onOffline(e) { seen.push(e.type); } },
    { hostListeners: [{ event: 'window:offline', method: 'onOffline', args: function (e) { return [e]; } }] });
  const app = miniprogram({
    'pages/a/a': { route: 'pages/a/a', component: () => Page, render: (c, h) => ({ v0: h.url('assets/a.png') }),
      handlers: [(c, s, $event, h) => h.open('https://ionicframework.com/docs')] }
  }, { app: { bootstrap: () => {} } });
  ['web.js', 'url.js', 'http.js', 'storage.js'].forEach((f) => fs.rmSync(path.join(app.rt.root, 'pwa2wx', 'runtime', f)));
  app.mp.launch();
  app.mp.open('pages/a/a', {});
  await app.settle();
  assert.strictEqual(app.top().data.v0, '/assets/a.png');
  app.rt.wx.emit('NetworkStatusChange', { isConnected: false, networkType: 'none' });
  assert.deepStrictEqual(seen, ['offline']);
  app.top().$on(tap(0));   // an <a href>: copied with a toast, as window.open does
  await app.settle();
  assert.strictEqual(app.rt.wx.callsOf('setClipboardData').pop().data, 'https://ionicframework.com/docs');
  assert.deepStrictEqual(app.errors, []);
  app.restore();
});
