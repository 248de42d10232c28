'use strict';
// The runtime's IndexedDB (indexeddb.js) on the wx double's storage: the API as code uses it bare, then Dexie and idb
// (the libraries apps reach it through; real packages, from the tools' node_modules), what a commit keeps after the
// runtime starts again, and WeChat's storage limits.
const test = require('node:test');
const assert = require('node:assert');
const path = require('path');
const { layout } = require('./helpers/runtime.js');

const TOOLS = process.env.PWA2WX_TOOLS || path.join(__dirname, '..', '..', '.tools');
const rt = layout({}, { keyLimit: 4000 });
const wx = rt.wx;

// indexeddb.js as a new start of the app finds it: what it kept in memory is gone, wx storage is not
function started() {
  Object.keys(require.cache).filter((f) => f.startsWith(rt.root)).forEach((f) => delete require.cache[f]);
  Object.keys(global).filter((name) => /^(indexedDB|IDB)/.test(name)).forEach((name) => delete global[name]);
  return rt.require('indexeddb.js');
}
const done = (req) => new Promise((resolve, reject) => {
  req.onsuccess = () => resolve(req.result);
  req.onerror = (e) => { e.preventDefault(); reject(req.error); };
});
const ended = (tx) => new Promise((resolve, reject) => {
  tx.oncomplete = () => resolve('complete');
  tx.onabort = () => reject(tx.error);
});

test.beforeEach(() => wx.clearStorageSync());

test('open, upgrade, keys and indexes, cursors in every direction, ranges', async () => {
  const { indexedDB, IDBKeyRange } = started();
  const open = indexedDB.open('shop', 3);
  const versions = [];
  open.onupgradeneeded = (e) => {
    versions.push([e.oldVersion, e.newVersion]);
    const store = open.result.createObjectStore('items', { keyPath: 'id', autoIncrement: true });
    store.createIndex('by_kind', 'kind');
    store.createIndex('by_sku', 'sku', { unique: true });
    store.createIndex('by_tag', 'tags', { multiEntry: true });
  };
  const db = await done(open);
  assert.deepStrictEqual(versions, [[0, 3]]);
  assert.strictEqual(db.version, 3);
  assert.ok(db.objectStoreNames.contains('items'));

  const tx = db.transaction('items', 'readwrite');
  const items = tx.objectStore('items');
  const keys = await Promise.all([
    done(items.add({ kind: 'tea', sku: 'T1', tags: ['hot', 'leaf'], at: new Date(7) })),
    done(items.add({ kind: 'tea', sku: 'T2', tags: ['cold'] })),
    done(items.put({ id: 10, kind: 'cake', sku: 'C1', tags: ['hot', 'hot'], price: new Map([['s', 3]]) })),
    done(items.add({ kind: 'bun', sku: 'B1' }))]);
  assert.deepStrictEqual(keys, [1, 2, 10, 11]);
  await assert.rejects(done(items.add({ id: 1, sku: 'X' })), { name: 'ConstraintError' });
  await assert.rejects(done(items.add({ sku: 'T1' })), { name: 'ConstraintError' });  // unique index
  assert.strictEqual(await ended(tx), 'complete');

  const read = db.transaction(['items']).objectStore('items');
  assert.throws(() => read.put({ sku: 'N' }), { name: 'ReadOnlyError' });
  const first = await done(read.get(1));
  assert.ok(first.at instanceof Date && first.at.getTime() === 7);
  assert.strictEqual((await done(read.get(10))).price.get('s'), 3);
  assert.deepStrictEqual(await done(read.index('by_kind').getAllKeys('tea')), [1, 2]);
  assert.deepStrictEqual(await done(read.index('by_tag').getAllKeys('hot')), [1, 10]);  // once for [hot, hot]
  assert.strictEqual(await done(read.index('by_sku').getKey('C1')), 10);
  assert.strictEqual(await done(read.count(IDBKeyRange.bound(2, 10))), 2);
  assert.deepStrictEqual(await done(read.getAllKeys(IDBKeyRange.lowerBound(2, true), 1)), [10]);

  const walk = (source, query, direction) => new Promise((resolve) => {
    const seen = [];
    const req = source.openCursor(query, direction);
    req.onsuccess = () => {
      const c = req.result;
      if (!c) return resolve(seen);
      seen.push(c.key + ':' + c.primaryKey);
      c.continue();
    };
  });
  const kinds = db.transaction('items').objectStore('items').index('by_kind');
  assert.deepStrictEqual(await walk(kinds), ['bun:11', 'cake:10', 'tea:1', 'tea:2']);
  assert.deepStrictEqual(await walk(kinds, null, 'prev'), ['tea:2', 'tea:1', 'cake:10', 'bun:11']);
  assert.deepStrictEqual(await walk(kinds, null, 'nextunique'), ['bun:11', 'cake:10', 'tea:1']);
  assert.deepStrictEqual(await walk(kinds, null, 'prevunique'), ['tea:1', 'cake:10', 'bun:11']);
  assert.deepStrictEqual(await walk(kinds, IDBKeyRange.bound('c', 'tea', false, true)), ['cake:10']);
  assert.strictEqual(indexedDB.cmp([1, 'a'], [1, 'b']), -1);
  assert.strictEqual(indexedDB.cmp('a', 1), 1);  // strings after numbers
  db.close();
});

test('a cursor updates and deletes as it goes; an error nobody handles aborts, and the abort undoes', async () => {
  const { indexedDB } = started();
  const open = indexedDB.open('notes');
  open.onupgradeneeded = () => open.result.createObjectStore('notes');
  const db = await done(open);
  let tx = db.transaction('notes', 'readwrite');
  ['a', 'b', 'c'].forEach((text, i) => tx.objectStore('notes').put({ text }, i));
  await ended(tx);

  tx = db.transaction('notes', 'readwrite');
  const req = tx.objectStore('notes').openCursor();
  req.onsuccess = () => {
    const c = req.result;
    if (!c) return;
    if (c.value.text === 'b') c.delete();
    else c.update({ text: c.value.text.toUpperCase() });
    c.continue();
  };
  await ended(tx);
  tx = db.transaction('notes');
  assert.deepStrictEqual(await done(tx.objectStore('notes').getAll()), [{ text: 'A' }, { text: 'C' }]);

  tx = db.transaction('notes', 'readwrite');
  tx.objectStore('notes').put({ text: 'lost' }, 5);
  tx.objectStore('notes').add({ text: 'again' }, 0);  // ConstraintError, not handled: the transaction aborts
  await assert.rejects(ended(tx), { name: 'ConstraintError' });
  assert.deepStrictEqual(await done(db.transaction('notes').objectStore('notes').getAllKeys()), [0, 2]);
  assert.throws(() => tx.objectStore('notes'), { name: 'InvalidStateError' });
});

test('transactions on other stores run beside each other, and one that aborts undoes only its own stores', async () => {
  const { indexedDB } = started();
  const open = indexedDB.open('two');
  open.onupgradeneeded = () => ['a', 'b'].forEach((n) => open.result.createObjectStore(n));
  const db = await done(open);
  const first = db.transaction('a', 'readwrite');
  const second = db.transaction('b', 'readwrite');
  const [firstEnded, secondEnded] = [ended(first), ended(second)];
  first.objectStore('a').put('kept', 1);
  await done(second.objectStore('b').put('undone', 1));  // both have started
  await done(first.objectStore('a').put('kept too', 2));
  second.abort();
  await assert.rejects(secondEnded, { name: 'AbortError' });
  await firstEnded;
  assert.deepStrictEqual(await done(db.transaction('a').objectStore('a').getAll()), ['kept', 'kept too']);
  assert.deepStrictEqual(await done(db.transaction('b').objectStore('b').getAll()), []);
});

test('Dexie: schema, queries, modify, a transaction that throws, and what a new start finds', async () => {
  const idb = started();
  const Dexie = require(path.join(TOOLS, 'node_modules', 'dexie'));
  const deps = { indexedDB: idb.indexedDB, IDBKeyRange: idb.IDBKeyRange };
  const db = new Dexie('todos', deps);
  db.version(1).stores({ items: '++id, title, done, *tags, [done+title]' });
  await db.items.bulkAdd([{ title: 'b', done: 0, tags: ['x', 'y'] }, { title: 'a', done: 1, tags: ['y'] },
    { title: 'c', done: 0, tags: [] }]);
  assert.deepStrictEqual((await db.items.where('title').startsWith('a').toArray()).map((t) => t.id), [2]);
  assert.deepStrictEqual(await db.items.where('tags').equals('y').primaryKeys(), [1, 2]);
  assert.deepStrictEqual((await db.items.where('[done+title]').between([0, ''], [0, '\uffff']).toArray())
    .map((t) => t.title), ['b', 'c']);
  assert.deepStrictEqual(await db.items.orderBy('title').reverse().limit(2).keys(), ['c', 'b']);
  await db.items.where('done').equals(0).modify({ done: 2 });
  assert.strictEqual(await db.items.filter((t) => t.done === 2).count(), 2);
  await assert.rejects(db.transaction('rw', db.items, async () => {
    await db.items.put({ id: 9, title: 'never' });
    throw new Error('boom');
  }), /boom/);
  assert.strictEqual(await db.items.get(9), undefined);
  db.close();

  const again = new Dexie('todos', started());
  again.version(2).stores({ items: '++id, title, done, *tags, [done+title]', lists: 'name' });
  assert.deepStrictEqual((await again.items.orderBy('title').toArray()).map((t) => [t.title, t.done]),
    [['a', 1], ['b', 2], ['c', 2]]);
  assert.strictEqual(await again.items.add({ title: 'd', done: 0 }), 4);  // the key generator was kept
  assert.deepStrictEqual((await again.tables).map((t) => t.name).sort(), ['items', 'lists']);
  again.close();
});

test('idb: promises over requests, a cursor awaited step by step inside its transaction', async () => {
  started();  // on the global object, where idb finds it
  const { openDB, deleteDB } = await import(path.join(TOOLS, 'node_modules', 'idb', 'build', 'index.js'));
  const db = await openDB('kv', 1, { upgrade(d) { d.createObjectStore('kv').createIndex('len', 'length'); } });
    await db.put('kv', 'three', 'c');
    await db.put('kv', 'one', 'a');
    const tx = db.transaction('kv', 'readwrite');
    const seen = [];
    for await (const cursor of tx.store.iterate()) {
      seen.push(cursor.key);
      await cursor.update(cursor.value + '!');
    }
    await tx.done;
    assert.deepStrictEqual(seen, ['a', 'c']);
    assert.deepStrictEqual(await db.getAllFromIndex('kv', 'len'), ['one!', 'three!']);
    db.close();
    await deleteDB('kv');
    assert.deepStrictEqual(await indexedDB.databases(), []);
});

test('a commit over WeChat\'s limit per key aborts with QuotaExceededError and keeps what was there', async () => {
  const { indexedDB } = started();
  const open = indexedDB.open('big');
  open.onupgradeneeded = () => open.result.createObjectStore('s');
  const db = await done(open);
  let tx = db.transaction('s', 'readwrite');
  tx.objectStore('s').put('small', 1);
  await ended(tx);
  tx = db.transaction('s', 'readwrite');
  tx.objectStore('s').put('x'.repeat(5000), 2);
  await assert.rejects(ended(tx), { name: 'QuotaExceededError' });
  assert.deepStrictEqual(await done(db.transaction('s').objectStore('s').getAll()), ['small']);
  db.close();
  const { indexedDB: later } = started();
  const reopened = await done(later.open('big'));
  assert.deepStrictEqual(await done(reopened.transaction('s').objectStore('s').getAll()), ['small']);
});
