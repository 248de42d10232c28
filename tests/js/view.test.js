'use strict';
// runtime/view.js and its helper files (runtime/view/*.js): render helpers, loop scopes, path-level diffs, event
// dispatch and page hooks, with hand-written render functions of the shape the template compiler emits, and the
// helper files a compiled page would require for them.
const test = require('node:test');
const assert = require('node:assert');
const { layout } = require('./helpers/runtime.js');

const rt = layout({ routes: [], tabs: [] });
const { createView, diff, resolveProp } = rt.require('view.js');
const [pipes, forms, refs, controls, links] = ['view/pipes.js', 'view/forms.js', 'view/refs.js', 'view/controls.js',
  'view/links.js'].map(rt.require);

test('diff sends changed paths only', () => {
  assert.strictEqual(diff({ a: 1 }, { a: 1 }), null);
  assert.deepStrictEqual(diff(null, { a: 1, l: [{ v: 'x' }] }), { a: 1, l: [{ v: 'x' }] });
  const prev = { v0: 'a', l0: [{ k: 1, v1: 'x', l1: [{ v2: true }] }, { k: 2, v1: 'y', l1: [] }] };
  const next = { v0: 'a', l0: [{ k: 1, v1: 'x', l1: [{ v2: false }] }, { k: 2, v1: 'z', l1: [] }] };
  assert.deepStrictEqual(diff(prev, next), { 'l0[0].l1[0].v2': false, 'l0[1].v1': 'z' });
  // appended items are set by index, a shorter list is sent whole, a dropped key becomes null
  assert.deepStrictEqual(diff({ l: [1] }, { l: [1, 2] }), { 'l[1]': 2 });
  assert.deepStrictEqual(diff({ l: [1, 2] }, { l: [1] }), { l: [1] });
  assert.deepStrictEqual(diff({ a: 1, b: 2 }, { a: 1 }), { b: null });
  // when the whole list is smaller than its changed paths, it is sent whole
  assert.deepStrictEqual(diff({ l: [1, 2] }, { l: [3, 4] }), { l: [3, 4] });
  assert.deepStrictEqual(diff({}, { u: undefined, o: { x: undefined } }), { o: { x: null } }); // setData: no undefined
  assert.strictEqual(diff({ n: NaN }, { n: NaN }), null);
});

test('a binding that throws: the values set before it are new, the rest the last render\'s, the error kept', () => {
  const def = {
    render(c, h, $0) {
      h.root();
      $0.v0 = h.s(c.title);
      $0.v1 = !!c.user.isAdmin;
      $0.v2 = h.s(c.footer);
      return $0;
    },
    handlers: []
  };
  const inst = { title: 'A', user: { isAdmin: true }, footer: 'F' };
  const view = createView(def, inst);
  assert.deepStrictEqual(view.update(), { v0: 'A', v1: true, v2: 'F' });
  assert.strictEqual(view.error, null);
  Object.assign(inst, { title: 'B', user: undefined, footer: 'G' });
  assert.deepStrictEqual(view.update(), { v0: 'B' });
  assert.match(view.error.message, /isAdmin/);
  inst.user = { isAdmin: false };
  assert.deepStrictEqual(view.update(), { v1: false, v2: 'G' });
  assert.strictEqual(view.error, null);
});

test('lists spend WeChat\'s 16,000 elements: items past 15,000 are left out, nested lists included, once warned', () => {
  const warned = [];
  const warn = console.warn;
  console.warn = (m) => warned.push(m);
  const def = {
    render(c, h, $0) {
      const s0 = h.root();
      $0.l0 = h.each(c.groups, s0, 'l0', ['g', 'i', 'n'], function (s1, $1) {
        $1.l1 = h.each(s1.g, s1, 'l1', ['x', 'j', 'm'], function (s2, $2) { $2.v0 = s2.x; }, 3);
      }, 2);
      return $0;
    },
    handlers: []
  };
  const groups = Array.from({ length: 10 }, (_, g) => Array.from({ length: 1000 }, (_, x) => g * 1000 + x));
  const view = createView(def, { groups });
  const vm = view.render();
  view.render();
  console.warn = warn;
  // a group takes 2 elements and 3 a number: 4 groups whole (12,008), the fifth's 996 numbers, then no sixth group
  assert.deepStrictEqual(vm.l0.map((g) => g.l1.length), [1000, 1000, 1000, 1000, 996]);
  assert.deepStrictEqual(warned, [
    'pwa2wx: 996 of the 1000 items of list l1 shown: WeChat draws at most 16,000 elements on a page',
    'pwa2wx: 5 of the 10 items of list l0 shown: WeChat draws at most 16,000 elements on a page']);
});

test('each records a scope per item; dispatch finds it from data-p', () => {
  const picked = [];
  const def = {
    render(c, h, $0) {
      const s0 = h.root();
      $0.l0 = h.each(c.groups, s0, 'l0', ['g', 'i', 'n'], function (s1, $1) {
        $1.v0 = h.s(s1.g.name);
        $1.l1 = h.each(s1.g.items, s1, 'l1', ['it', 'j', 'm'], function (s2, $2) {
          $2.k = h.key(s2.it.id, s2.j);
          $2.v1 = s2.j + '/' + s2.m;
        });
      });
      return $0;
    },
    handlers: [function (c, s) { return c.pick(s.g, s.it, s.j); }]
  };
  const inst = {
    groups: [{ name: 'A', items: [{ id: 'a1' }] }, { name: 'B', items: [{ id: 'b1' }, { id: 'b2' }] }],
    pick(g, it, j) { picked.push(g.name + it.id + j); return 'ok'; }
  };
  const view = createView(def, inst);
  const vm = view.render();
  assert.deepStrictEqual(vm, { l0: [{ v0: 'A', l1: [{ k: 'a1', v1: '0/1' }] },
    { v0: 'B', l1: [{ k: 'b1', v1: '0/2' }, { k: 'b2', v1: '1/2' }] }] });
  const r = view.dispatch({ type: 'tap', currentTarget: { dataset: { h: '0', p: 'l0.1.l1.1' } } });
  assert.strictEqual(r, 'ok');
  assert.deepStrictEqual(picked, ['Bb21']);
  // the recorded objects are the real ones, not copies
  assert.strictEqual(view.scopes['l0.1.l1.1'].it, inst.groups[1].items[1]);
  assert.strictEqual(view.dispatch({ currentTarget: { dataset: {} } }), undefined);
});

test('update keeps the last view model; typed input text is not sent back', () => {
  const inst = { q: 'a' };
  const def = {
    render(c, h) { h.root(); return { v0: h.s(c.q) }; },
    handlers: [function (c, s, $event, h) { $event = h.event($event, 'input'); c.q = $event.detail.value; }]
  };
  const view = createView(def, inst);
  assert.deepStrictEqual(view.update(), { v0: 'a' });
  view.dispatch({ type: 'input', detail: { value: 'ab' }, currentTarget: { dataset: { h: '0', m: 'v0' } } });
  assert.strictEqual(inst.q, 'ab');
  assert.strictEqual(view.update(), null); // the input already shows "ab": no setData, no cursor jump
  inst.q = 'changed in code';
  assert.deepStrictEqual(view.update(), { v0: 'changed in code' });
});

test('class, style, look, url, key and form-control helpers', () => {
  const { h } = createView({ render() { return {}; }, handlers: [], helpers: [controls] }, {});
  assert.strictEqual(h.cls(['a b', { c: true, d: false }, ['e', null], new Set(['f']), 'a']), 'a b c e f');
  assert.strictEqual(h.style([{ 'width.px': 10, fontSize: '2em', '--x': 'y', gone: null }, 'color: red;']),
    'width: 10px; font-size: 2em; --x: y; color: red');
  assert.strictEqual(h.look('color', 'primary'), 'a-color-primary ion-color ion-color-primary');
  assert.strictEqual(h.look('button', true), 'a-button');
  assert.strictEqual(h.look('track', 'Ionic Dev'), 'a-track-Ionic_Dev');
  assert.strictEqual(h.look('x', null), '');
  assert.strictEqual(h.url('assets/a.png'), '/assets/a.png');
  assert.strictEqual(h.url('https://x/y.png'), 'https://x/y.png');
  assert.strictEqual(h.key({}, 3), 3);
  assert.strictEqual(h.s(null), '');
  assert.strictEqual(h.pickerValue('2024-05-06T10:00:00Z', 'date'), '2024-05-06');
  assert.strictEqual(h.pickerValue('2024-05-06T09:30:00', 'time'), '09:30');
  // no value yet: today, as Ionic's datetime shows it (task-logger-app's empty time picker showed nothing)
  const now = new Date();
  assert.strictEqual(h.pickerValue(undefined, 'date'),
    now.getFullYear() + '-' + String(now.getMonth() + 1).padStart(2, '0') + '-' + String(now.getDate()).padStart(2, '0'));
  assert.match(h.pickerValue('', 'time'), /^\d\d:\d\d$/);
  assert.strictEqual(h.inputType('number'), 'digit');
});

test('events are given Ionic shapes', () => {
  const { h } = createView({ render() { return {}; }, handlers: [] }, {});
  assert.strictEqual(h.event({ detail: { value: true } }, 'toggle').detail.checked, true);
  assert.strictEqual(h.event({ detail: { value: [] } }, 'checkbox').detail.checked, false);
  assert.strictEqual(h.event({ detail: { value: '1' } }, 'select', ['a', 'b']).detail.value, 'b');
  assert.strictEqual(h.event({}, 'segment', 'fav').detail.value, 'fav');
  const e = h.event({ detail: { value: 'x' } }, 'input');
  assert.strictEqual(e.target.value, 'x');
  assert.strictEqual(typeof e.stopPropagation, 'function');
});

test('pipes: one instance per template site and loop item, pure ones memoized, gone ones destroyed', () => {
  let calls = 0, destroyed = 0;
  class Double { transform(v) { calls++; return v * 2; } ngOnDestroy() { destroyed++; } }
  Double.__ng__ = { kind: 'pipe', name: 'double', pure: true };
  const def = {
    pipes: { double: function () { return Double; } },
    helpers: [pipes],
    render(c, h) {
      const s0 = h.root();
      return { l0: h.each(c.xs, s0, 'l0', ['x', 'i', 'n'], function (s1, $1) {
        $1.v0 = h.pipe(0, s1, 'double').transform(s1.x);
        $1.v1 = h.pipe(1, s1, 'uppercase').transform('a');
      }) };
    },
    handlers: []
  };
  const inst = { xs: [1, 2] };
  const view = createView(def, inst, { injector: { ɵconstruct: (P) => new P() } });
  assert.deepStrictEqual(view.render(), { l0: [{ v0: 2, v1: 'A' }, { v0: 4, v1: 'A' }] });
  view.render();
  assert.strictEqual(calls, 2); // same inputs: memoized
  inst.xs = [1];
  view.render();
  assert.strictEqual(destroyed, 1); // the second item's pipe went away with it
});

test('property tokens keep object identity for custom-component inputs', () => {
  const obj = { a: 1 };
  const view = createView({ render(c, h) { h.root(); return { v0: h.prop(c.o), v1: h.prop(3) }; }, handlers: [] },
    { o: obj });
  const vm = view.render();
  assert.strictEqual(vm.v1, 3);
  assert.strictEqual(resolveProp(vm.v0), obj);
  assert.strictEqual(resolveProp('plain'), 'plain');
  view.destroy();
  assert.strictEqual(resolveProp(vm.v0), undefined);
});

test('template references: elements have Ionic methods, ngForm/ngModel track their controls', async () => {
  let value = '';
  const view = createView({
    render(c, h) {
      const s0 = h.root();
      s0.f = h.formRef(s0, 'f', { kind: 'form', tag: 'form', controls: { user: { value: () => value, required: true } } });
      s0.u = h.formRef(s0, 'u', { kind: 'model', tag: 'ion-input', name: 'user', value: () => value, required: true });
      s0.item = h.ref(s0, 'item', { kind: 'element', tag: 'ion-item-sliding' });
      return {};
    },
    handlers: [function (c, s, $event, h) { h.typed(s, 'user', 'bob'); h.submit(s.f); }],
    helpers: [forms, refs]
  }, {});
  view.render();
  const { f, u, item } = view.refs;
  assert.ok(f.invalid && u.errors.required);
  assert.strictEqual(await item.close(), undefined);
  value = 'bob';
  view.dispatch({ currentTarget: { dataset: { h: '0' } } });
  view.render();
  assert.ok(f.valid && u.dirty && f.submitted);
  assert.deepStrictEqual(f.value, { user: 'bob' });
  assert.strictEqual(view.refs.f, f); // stable across renders
});

test('page hooks run the ion-refresher / ion-infinite-scroll handlers with an Ionic-like target', () => {
  const log = [];
  const view = createView({
    render(c, h) { h.root(); return {}; },
    hooks: { pullDownRefresh: 0, reachBottom: 1 },
    handlers: [
      function (c, s, $event) { log.push($event.type); $event.target.complete(); },
      function (c, s, $event) { log.push($event.type); $event.target.disabled = true; }
    ]
  }, {}, { stopPullDownRefresh: () => log.push('stopped') });
  view.render();
  view.hook('pullDownRefresh');
  view.hook('reachBottom');
  view.hook('reachBottom'); // disabled by the handler: no more calls
  assert.deepStrictEqual(log, ['ionRefresh', 'stopped', 'ionInfinite']);
});

test('navigation resolves relative links against the current URL', () => {
  const calls = [];
  const view = createView({ render(c, h) { h.root(); return {}; }, handlers: [], helpers: [links] }, {},
    { navigate: (url, extras) => calls.push([url, extras]), currentUrl: () => '/app/tabs/schedule' });
  const { h } = view;
  h.navigate('/abs/1', {});
  h.navigate(['session', 3], { queryParams: { a: 1 } });
  h.navigate('../speakers', { root: true });
  assert.deepStrictEqual(calls, [['/abs/1', {}], ['/app/tabs/schedule/session/3', { queryParams: { a: 1 } }],
    ['/app/tabs/speakers', { root: true }]]);
  assert.strictEqual(h.active('/app/tabs', false), true);
  assert.strictEqual(h.active('/app/tabs', true), false);
});

test('a page title with interpolation goes to the navigation bar when it changes', () => {
  const titles = [];
  const inst = { name: 'Inbox', item: null };
  const view = createView({
    render(c, h) {
      h.root();
      h.title(function () { return c.name + (c.item ? ': ' + c.item.title : ''); });
      return {};
    },
    handlers: []
  }, inst, { setTitle: (t) => titles.push(t) });
  view.update();
  view.update();
  inst.item = { title: 'Mail' };
  view.update();
  assert.deepStrictEqual(titles, ['Inbox', 'Inbox: Mail']);
});

test('ion-item-sliding: a swipe left opens an item, right closes it; its #ref and its list close it too', () => {
  const def = { // shaped as the template compiler emits `@for (n of notes) { <ion-item-sliding #it> … }`
    render(c, h, $0) {
      const s0 = h.root();
      s0.list = h.ref(s0, 'list', { kind: 'element', tag: 'ion-list' });
      $0.l0 = h.each(c.notes, s0, 'l0', ['n', 'i', 'count'], function (s1, $1) {
        s1.it = h.ref(s1, 'it', { kind: 'element', tag: 'ion-item-sliding', slide: 'sl1_1' });
        $1.v0 = h.slideOpen(s1, 'sl1_1') ? 'item-sliding-active-options' : '';
      });
      return $0;
    },
    handlers: [function (c, s, $event, h) { return h.slide(s, 'sl1_1', $event); }],
    helpers: [refs]
  };
  const view = createView(def, { notes: ['a', 'b'] });
  const touch = (type, p, x) => view.dispatch({ type, currentTarget: { dataset: { h: '0', p } },
    touches: type === 'touchstart' ? [{ clientX: x }] : [], changedTouches: [{ clientX: x }] });
  const shown = () => view.render().l0.map((item) => item.v0);
  view.render();
  touch('touchstart', 'l0.1', 300);
  touch('touchend', 'l0.1', 200);
  assert.deepStrictEqual(shown(), ['', 'item-sliding-active-options']);
  touch('touchstart', 'l0.1', 200);
  touch('touchend', 'l0.1', 210); // too short: nothing changes
  assert.deepStrictEqual(shown(), ['', 'item-sliding-active-options']);
  view.scopes['l0.1'].it.close();
  assert.deepStrictEqual(shown(), ['', '']);
  touch('touchstart', 'l0.0', 300);
  touch('touchend', 'l0.0', 100);
  touch('touchstart', 'l0.1', 300);
  touch('touchend', 'l0.1', 100);
  assert.deepStrictEqual(shown(), ['item-sliding-active-options', 'item-sliding-active-options']);
  view.refs.list.closeSlidingItems();
  assert.deepStrictEqual(shown(), ['', '']);
});

test('a view has the helpers of the files its page requires, and only those', () => {
  const bare = createView({ render(c, h) { h.root(); return {}; }, handlers: [] }, {});
  assert.deepStrictEqual([bare.h.pipe, bare.h.formRef, bare.h.ref], [undefined, undefined, undefined]);
  const view = createView({ render(c, h) { h.root(); return {}; }, handlers: [], helpers: [pipes] }, {});
  assert.strictEqual(typeof view.h.pipe, 'function');
  assert.strictEqual(view.h.ref, undefined);
});
