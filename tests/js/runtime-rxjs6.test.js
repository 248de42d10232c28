'use strict';
// An app on rxjs 6 (Angular 12-14): the runtime takes its operators from rxjs/operators and makes
// firstValueFrom/lastValueFrom, which rxjs 6 lacks; the router's params work on it.
const test = require('node:test');
const assert = require('node:assert');
const { layout } = require('./helpers/runtime.js');

const rt = layout({ routes: [{ path: 'item/:id', page: 'pages/item/item' }], tabs: [] }, {}, 'rxjs6');

test('rx.js on rxjs 6: map, filter, takeUntil, firstValueFrom, lastValueFrom', async () => {
  const rxjs = rt.rxjs();
  assert.strictEqual(typeof rxjs.map, 'undefined');   // this really is rxjs 6
  const rx = rt.require('rx.js');
  const seen = [];
  rx.of(1, 2, 3).pipe(rx.filter((v) => v > 1), rx.map((v) => v * 10)).subscribe((v) => seen.push(v));
  assert.deepStrictEqual(seen, [20, 30]);
  assert.strictEqual(await rx.firstValueFrom(rx.of(7, 8)), 7);
  assert.strictEqual(await rx.lastValueFrom(rx.of(7, 8)), 8);
  assert.strictEqual(await rx.lastValueFrom(rx.of(), { defaultValue: null }), null);
  await assert.rejects(rx.firstValueFrom(rx.of()), /no elements/);
});

test('router params on rxjs 6', async () => {
  const router = rt.require('angular/router.js');
  const route = new router.ActivatedRoute(router.ɵstateFor('pages/item/item', { id: '42' }));
  const ids = [];
  route.paramMap.subscribe((m) => ids.push(m.get('id')));
  assert.deepStrictEqual(ids, ['42']);
});
