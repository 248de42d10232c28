'use strict';
// Angular's common pipes as the render functions run them (expected values are Angular's en-US output).
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { layout } = require('./helpers/runtime.js');

const rt = layout({ routes: [], tabs: [] });
const pipes = rt.require('pipes.js');
['pipes/numbers.js', 'pipes/async.js', 'pipes/translate.js'].forEach(rt.require);   // the parts a page requires
const t = (name, ...args) => pipes.create(name).transform(...args);

test('date: predefined and custom formats, date-only strings are local dates', () => {
  const d = new Date(2024, 2, 5, 14, 7, 9); // local time
  const cases = [
    ['mediumDate', 'Mar 5, 2024'], ['shortDate', '3/5/24'], ['longDate', 'March 5, 2024'],
    ['fullDate', 'Tuesday, March 5, 2024'], ['shortTime', '2:07 PM'], ['mediumTime', '2:07:09 PM'],
    ['short', '3/5/24, 2:07 PM'], ['medium', 'Mar 5, 2024, 2:07:09 PM'], ['y', '2024'], ['yy', '24'],
    ['yyyy-MM-dd HH:mm:ss', '2024-03-05 14:07:09'], ['EEE, MMM d', 'Tue, Mar 5'], ['h a', '2 PM'],
    ["'Week' w", 'Week 10'], ["d 'o''clock'", "5 o'clock"]
  ];
  cases.forEach(([fmt, out]) => assert.strictEqual(t('date', d, fmt), out, fmt));
  assert.strictEqual(t('date', d), 'Mar 5, 2024'); // default: mediumDate
  assert.strictEqual(t('date', '2047-05-17', 'mediumDate'), 'May 17, 2047');
  assert.strictEqual(t('date', Date.UTC(2020, 0, 1, 12), 'HH:mm', 'UTC'), '12:00');
  assert.strictEqual(t('date', Date.UTC(2020, 0, 1, 12), 'HH:mm Z', '+0800'), '20:00 +0800');
  assert.strictEqual(t('date', null), null);
  assert.strictEqual(t('date', ''), null);
});

test('number, percent, currency', () => {
  assert.strictEqual(t('number', 3.14159), '3.142');
  assert.strictEqual(t('number', 3.14159, '1.2-2'), '3.14');
  assert.strictEqual(t('number', 1234567.891, '1.0-0'), '1,234,568');
  assert.strictEqual(t('number', 5, '3.1-1'), '005.0');
  assert.strictEqual(t('number', 1.005, '1.2-2'), '1.01');
  assert.strictEqual(t('number', -0.4, '1.0-0'), '0');
  assert.strictEqual(t('number', '42'), '42');
  assert.strictEqual(t('number', null), null);
  assert.throws(() => t('number', 'abc'));
  assert.strictEqual(t('percent', 0.256), '26%');
  assert.strictEqual(t('percent', 0.256, '1.1-1'), '25.6%');
  assert.strictEqual(t('currency', 1234.5), '$1,234.50');
  assert.strictEqual(t('currency', -3, 'EUR'), '-€3.00');
  assert.strictEqual(t('currency', 100, 'JPY'), '¥100');
  assert.strictEqual(t('currency', 9.5, 'USD', 'code'), 'USD\u00a09.50');
  assert.strictEqual(t('currency', 9.5, 'CNY', 'symbol', '1.0-0'), 'CN¥10');
});

test('text and collection pipes', () => {
  assert.strictEqual(t('uppercase', 'abc'), 'ABC');
  assert.strictEqual(t('lowercase', 'ABC'), 'abc');
  assert.strictEqual(t('titlecase', 'hello wORLD-foo'), 'Hello World-Foo');
  assert.strictEqual(t('slice', 'abcdef', 1, 3), 'bc');
  assert.deepStrictEqual(t('slice', [1, 2, 3], -2), [2, 3]);
  assert.strictEqual(t('json', { a: [1] }), '{\n  "a": [\n    1\n  ]\n}');
  assert.deepStrictEqual(t('keyvalue', { b: 2, a: 1 }), [{ key: 'a', value: 1 }, { key: 'b', value: 2 }]);
  assert.deepStrictEqual(t('keyvalue', new Map([[2, 'x'], [1, 'y']])), [{ key: 1, value: 'y' }, { key: 2, value: 'x' }]);
  const plural = { '=0': 'none', '=1': 'one item', other: '# items' };
  assert.strictEqual(t('i18nPlural', 0, plural), 'none');
  assert.strictEqual(t('i18nPlural', 1, plural), 'one item');
  assert.strictEqual(t('i18nPlural', 5, plural), '5 items');
  assert.strictEqual(t('i18nSelect', 'f', { f: 'her', other: 'them' }), 'her');
  assert.strictEqual(t('i18nSelect', 'x', { f: 'her', other: 'them' }), 'them');
});

test('async: Promise and Observable values, re-subscribes on a new source, asks for change detection', async () => {
  let checks = 0;
  const pipe = pipes.create('async', { markForCheck: () => checks++ });
  const p = Promise.resolve('done');
  assert.strictEqual(pipe.transform(p), null);
  await p;
  assert.strictEqual(pipe.transform(p), 'done');
  assert.strictEqual(checks, 1);
  let unsubscribed = 0;
  let next;
  const obs = { subscribe: (o) => { next = o.next; o.next(1); return { unsubscribe: () => unsubscribed++ }; } };
  assert.strictEqual(pipe.transform(obs), 1);
  next(2);
  assert.strictEqual(pipe.transform(obs), 2);
  assert.strictEqual(pipe.transform(null), null);
  assert.strictEqual(unsubscribed, 1);
  assert.strictEqual(pipe.pure, false);
});

test('translate: the app\'s i18n table for the device language, else the key', () => {
  const dir = path.join(rt.root, 'assets', 'i18n');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'en.json'), JSON.stringify({ HELLO: 'Hello', MENU: { TITLE: 'Menu {{ n }}' } }));
  assert.strictEqual(t('translate', 'HELLO'), 'Hello');
  assert.strictEqual(t('translate', 'MENU.TITLE', { n: 2 }), 'Menu 2');
  assert.strictEqual(t('translate', 'Hi {{name}}', { name: 'Ann' }), 'Hi Ann');
  assert.strictEqual(pipes.create('translate').pure, false);
});

test('unknown names make no pipe', () => {
  assert.strictEqual(pipes.create('nope'), null);
});
