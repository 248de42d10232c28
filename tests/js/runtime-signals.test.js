'use strict';
// Signals: signal/computed/effect semantics, input()/model()/output(), rxjs interop, and that writes
// schedule change detection.
const test = require('node:test');
const assert = require('node:assert');
const { layout } = require('./helpers/runtime.js');

const rt = layout({ routes: [], tabs: [] });
const core = rt.require('angular/core.js');
const { signal, computed, effect, untracked } = core;
const flush = () => new Promise((r) => setTimeout(r, 5));

test('computed recomputes only after a dependency changes', () => {
  const a = signal(1);
  const b = signal(10);
  let runs = 0;
  const sum = computed(() => { runs++; return a() + b(); });
  assert.strictEqual(sum(), 11);
  assert.strictEqual(sum(), 11);
  assert.strictEqual(runs, 1);
  a.set(2);
  assert.strictEqual(sum(), 12);
  b.update((v) => v + 1);
  assert.strictEqual(sum(), 13);
  assert.strictEqual(runs, 3);
  a.set(2);   // equal value: nothing is stale
  sum();
  assert.strictEqual(runs, 3);
  assert.ok(core.isSignal(sum) && core.isSignal(a) && !core.isSignal(() => 1));
});

test('linkedSignal follows its computation until set, and again once what it reads changes', async () => {
  const options = signal(['a', 'b']);
  const chosen = core.linkedSignal(() => options()[0]);
  const doubled = computed(() => chosen() + chosen());
  assert.strictEqual(chosen(), 'a');
  chosen.set('b');
  assert.strictEqual(chosen(), 'b');
  assert.strictEqual(doubled(), 'bb');   // a consumer sees the write
  options.set(['c', 'd']);
  assert.strictEqual(chosen(), 'c');   // reset by the new options
  assert.strictEqual(doubled(), 'cc');
  const kept = core.linkedSignal({ source: options, computation: (list, previous) =>
    previous && list.indexOf(previous.value) >= 0 ? previous.value : list[0] });
  kept.set('d');
  options.set(['d', 'e']);
  assert.strictEqual(kept(), 'd');   // the earlier choice, still an option
  const seen = [];
  effect(() => { seen.push(kept()); });
  await flush();
  kept.update((v) => v + '!');
  await flush();
  assert.deepStrictEqual(seen, ['d', 'd!']);
});

test('resource loads for what its request reads, again on a change or reload, drops stale answers', async () => {
  const id = signal('a');
  const slow = {};
  const loader = ({ request }) =>
    (request === 'slow' ? new Promise((r) => { slow.done = r; }) : Promise.resolve('user ' + request));
  const res = core.resource({ request: () => id(), defaultValue: null, loader });
  assert.strictEqual(res.value(), null);
  await flush();
  assert.deepStrictEqual([res.status(), res.value(), res.isLoading(), res.hasValue()],
    ['resolved', 'user a', false, true]);
  id.set('slow');
  await flush();
  assert.strictEqual(res.status(), 'loading');
  id.set('b');   // a newer load: the slow answer, when it comes, is dropped
  await flush();
  slow.done('user slow');
  await flush();
  assert.deepStrictEqual([res.status(), res.value()], ['resolved', 'user b']);
  res.reload();
  await flush();
  assert.strictEqual(res.status(), 'resolved');
  res.value.set(null);   // a local value, as after logging out
  assert.deepStrictEqual([res.status(), res.value()], ['local', null]);
  const streamed = core.rxResource({ loader: () => new (rt.rxjs().BehaviorSubject)(3) });
  await flush();
  assert.strictEqual(streamed.value(), 3);
  const failing = core.resource({ loader: () => Promise.reject(new Error('offline')) });
  await flush();
  assert.deepStrictEqual([failing.status(), failing.error().message], ['error', 'offline']);
});

test('computed chains and conditional dependencies', () => {
  const show = signal(false);
  const name = signal('x');
  let runs = 0;
  const label = computed(() => { runs++; return show() ? name().toUpperCase() : '-'; });
  const wrapped = computed(() => '[' + label() + ']');
  assert.strictEqual(wrapped(), '[-]');
  name.set('y');   // not read while hidden
  assert.strictEqual(wrapped(), '[-]');
  assert.strictEqual(runs, 1);
  show.set(true);
  assert.strictEqual(wrapped(), '[Y]');
  name.set('z');
  assert.strictEqual(wrapped(), '[Z]');
});

test('effect runs once, re-runs after a change it read, cleans up, stops on destroy', async () => {
  const count = signal(0);
  const other = signal(0);
  const seen = [];
  const cleanups = [];
  const ref = effect((onCleanup) => {
    seen.push(count() + untracked(() => other()));
    onCleanup(() => cleanups.push(seen.length));
  });
  assert.deepStrictEqual(seen, []);
  await flush();
  assert.deepStrictEqual(seen, [0]);
  count.set(1);
  count.set(2);   // batched: one re-run
  other.set(5);   // untracked: no re-run
  await flush();
  assert.deepStrictEqual(seen, [0, 7]);
  assert.deepStrictEqual(cleanups, [1]);
  ref.destroy();
  count.set(3);
  await flush();
  assert.deepStrictEqual(seen, [0, 7]);
});

test('effects created in an injection context die with their injector', async () => {
  const s = signal(1);
  const seen = [];
  const inj = new core.Injector([], null);
  inj.runInContext(() => effect(() => seen.push(s())));
  await flush();
  inj.destroy();
  s.set(2);
  await flush();
  assert.deepStrictEqual(seen, [1]);
});

test('signal writes schedule one change detection of the visible views', async () => {
  const s = signal(0);
  let detections = 0;
  const view = { detect: () => detections++, hidden: false };
  core.ɵattachView(view);
  s.set(1);
  s.set(2);
  await flush();
  assert.strictEqual(detections, 1);
  view.hidden = true;
  s.set(3);
  await flush();
  assert.strictEqual(detections, 1);
  core.ɵdetachView(view);
});

test('input(), model() and output()', () => {
  const name = core.input('a', { transform: (v) => String(v).trim() });
  assert.ok(core.ɵisInput(name) && name.set === undefined, 'inputs are read-only to the component');
  core.ɵsetInput(name, '  b ');
  assert.strictEqual(name(), 'b');
  const req = core.input.required();
  assert.strictEqual(req(), undefined);

  const value = core.model(1);
  const emitted = [];
  value.subscribe((v) => emitted.push(v));
  value.set(2);              // from inside: emits valueChange
  core.ɵsetInput(value, 3);  // from the parent: does not
  assert.strictEqual(value(), 3);
  assert.deepStrictEqual(emitted, [2]);

  const out = core.output({ alias: 'picked' });
  const got = [];
  const sub = out.subscribe((v) => got.push(v));
  out.emit('x');
  sub.unsubscribe();
  out.emit('y');
  assert.deepStrictEqual(got, ['x']);
  assert.strictEqual(out.alias, 'picked');
});

test('rxjs interop: toSignal, toObservable, takeUntilDestroyed', async () => {
  const rx = rt.rxjs();
  const inj = new core.Injector([], null);
  const subject = new rx.BehaviorSubject(1);
  const s = inj.runInContext(() => core.toSignal(subject));
  subject.next(2);
  assert.strictEqual(s(), 2);

  const src = signal('a');
  const seen = [];
  const sub = core.toObservable(src).subscribe((v) => seen.push(v));
  await flush();
  src.set('b');
  await flush();
  sub.unsubscribe();
  assert.deepStrictEqual(seen, ['a', 'b']);

  const got = [];
  inj.runInContext(() => subject.pipe(core.takeUntilDestroyed()).subscribe((v) => got.push(v)));
  subject.next(3);
  inj.destroy();
  subject.next(4);
  assert.deepStrictEqual(got, [2, 3]);
  assert.strictEqual(subject.observed, false, 'toSignal unsubscribed on destroy too');
});

test('EventEmitter is an rxjs Subject with emit()', () => {
  const rx = rt.rxjs();
  const e = new core.EventEmitter();
  const got = [];
  e.pipe(rx.map((v) => v * 2)).subscribe((v) => got.push(v));
  e.emit(2);
  assert.deepStrictEqual(got, [4]);
  assert.ok(e instanceof rx.Subject);
});
