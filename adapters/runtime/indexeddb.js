'use strict';
// IndexedDB for code that keeps its data in it (Dexie, RxDB's storage, idb, localforage, Firebase's persistence),
// which a mini program lacks: databases live in memory and each object store is written to one wx storage key when a
// transaction that changed it commits (WeChat's limits: 1 MB per key, 10 MB per user; a commit over them aborts the
// transaction with QuotaExceededError). Values are kept as a structured clone would keep them (dates, typed arrays,
// maps and sets included). Required by every module whose code names IndexedDB, before the module runs
// (script/modules.py REQUIRED_ON_MENTION).
var dom = require('./dom.js');
var timers = require('./timers.js');
var saved = require('./storage.js').area('idb.');

function fail(name, message) {
  return new dom.DOMException(message, name);
}
function check(ok, name, message) {
  if (!ok) throw fail(name, message);
}

// ---- keys: numbers < dates < strings < binary < arrays, each ordered within its kind
function keyKind(key) {
  if (typeof key === 'number') return isNaN(key) ? 0 : 1;
  if (key instanceof Date) return isNaN(key.getTime()) ? 0 : 2;
  if (typeof key === 'string') return 3;
  if (key instanceof ArrayBuffer || ArrayBuffer.isView(key)) return 4;
  if (Array.isArray(key)) return key.every(isKey) ? 5 : 0;
  return 0;
}
function isKey(key) {
  return keyKind(key) > 0;
}
function bytes(key) {
  return key instanceof ArrayBuffer ? new Uint8Array(key) : new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
}
function cmp(a, b) {
  var ka = keyKind(a);
  var kb = keyKind(b);
  check(ka && kb, 'DataError', 'The parameter is not a valid key.');
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (ka === 2) return cmp(a.getTime(), b.getTime());
  if (ka === 4 || ka === 5) {
    var x = ka === 4 ? bytes(a) : a;
    var y = ka === 4 ? bytes(b) : b;
    for (var i = 0; i < Math.min(x.length, y.length); i++) {
      var c = cmp(x[i], y[i]);
      if (c) return c;
    }
    return cmp(x.length, y.length);
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

// a key path's value in a value: undefined where the path leads nowhere
function evaluate(value, path) {
  if (Array.isArray(path)) {
    var all = path.map(function (p) { return evaluate(value, p); });
    return all.indexOf(undefined) < 0 ? all : undefined;
  }
  if (path === '') return value;
  var parts = path.split('.');
  for (var i = 0; i < parts.length; i++) {
    if (value === null || value === undefined || !(parts[i] in Object(value))) return undefined;
    value = value[parts[i]];
  }
  return value;
}

// ---- values as a structured clone keeps them, in a form JSON (and so wx storage) keeps: a tagged object for what
// JSON would lose. Decoding gives a fresh copy each time, as every read of a browser's IndexedDB does.
var TAG = '\u0001';
function encode(v) {
  if (typeof v === 'function' || typeof v === 'symbol') throw fail('DataCloneError', v + ' could not be cloned.');
  if (v === null || typeof v !== 'object') {
    return v === undefined || (typeof v === 'number' && !isFinite(v)) ? tagged('Number', String(v)) : v;
  }
  if (v instanceof Date) return tagged('Date', v.getTime());
  if (Array.isArray(v)) return v.map(encode);
  if (v instanceof ArrayBuffer || ArrayBuffer.isView(v)) {
    return tagged(v instanceof ArrayBuffer ? 'ArrayBuffer' : v.constructor.name, Array.from(bytes(v)));
  }
  if (v instanceof Map || v instanceof Set) return tagged(v instanceof Map ? 'Map' : 'Set', encode(Array.from(v)));
  var out = {};
  Object.keys(v).forEach(function (k) { out[k] = encode(v[k]); });
  return out;
}
function tagged(type, data) {
  var t = {};
  t[TAG] = type;
  t.data = data;
  return t;
}
function decode(v) {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(decode);
  var type = v[TAG];
  if (type === 'Number') return Number(v.data);
  if (type === 'Date') return new Date(v.data);
  if (type === 'Map' || type === 'Set') return type === 'Map' ? new Map(decode(v.data)) : new Set(decode(v.data));
  if (type === 'ArrayBuffer') return new Uint8Array(v.data).buffer;
  if (type) return new (globalThis[type] || Uint8Array)(new Uint8Array(v.data).buffer);
  var out = {};
  Object.keys(v).forEach(function (k) { out[k] = decode(v[k]); });
  return out;
}

// ---- key ranges
class IDBKeyRange {
  constructor(lower, upper, lowerOpen, upperOpen) {
    this.lower = lower;
    this.upper = upper;
    this.lowerOpen = !!lowerOpen;
    this.upperOpen = !!upperOpen;
  }
  includes(key) {
    var lo = this.lower === undefined ? 1 : cmp(key, this.lower);
    var hi = this.upper === undefined ? -1 : cmp(key, this.upper);
    return (this.lowerOpen ? lo > 0 : lo >= 0) && (this.upperOpen ? hi < 0 : hi <= 0);
  }
  static only(key) {
    check(isKey(key), 'DataError', 'The parameter is not a valid key.');
    return new IDBKeyRange(key, key, false, false);
  }
  static lowerBound(key, open) {
    check(isKey(key), 'DataError', 'The parameter is not a valid key.');
    return new IDBKeyRange(key, undefined, open, true);
  }
  static upperBound(key, open) {
    check(isKey(key), 'DataError', 'The parameter is not a valid key.');
    return new IDBKeyRange(undefined, key, true, open);
  }
  static bound(lower, upper, lowerOpen, upperOpen) {
    var c = cmp(lower, upper);
    check(c < 0 || (c === 0 && !lowerOpen && !upperOpen), 'DataError', 'The lower key is greater than the upper key.');
    return new IDBKeyRange(lower, upper, lowerOpen, upperOpen);
  }
}
// a query (a key, a range, or nothing for all) as a range; null for all
function range(query, required) {
  if (query instanceof IDBKeyRange) return query;
  if (query === undefined || query === null) {
    check(!required, 'DataError', 'No key or key range specified.');
    return null;
  }
  return IDBKeyRange.only(query);
}
function inRange(r, key) {
  return r === null || r.includes(key);
}

// ---- what is kept: a database is { name, version, stores: { name: store } }; a store is { name, keyPath,
// autoIncrement, current (its key generator), indexes: { name: { name, keyPath, unique, multiEntry } }, records:
// [{ key, value (encoded), index: { name: key or keys } }] in key order }
var databases = {};
var connections = {};

function dbKey(name) {
  return JSON.stringify([name]);
}
function storeKey(db, store) {
  return JSON.stringify([db, store]);
}
function load(name) {
  if (databases[name]) return databases[name];
  var kept = saved.get(dbKey(name));
  if (!kept) return null;
  var db = { name: name, version: kept.version, stores: {} };
  kept.stores.forEach(function (s) {
    var data = saved.get(storeKey(name, s.name)) || { current: 0, records: [] };
    db.stores[s.name] = Object.assign({}, s, {
      current: data.current,
      records: data.records.map(function (r) { return { key: decode(r[0]), value: r[1], index: decode(r[2]) }; })
    });
  });
  return (databases[name] = db);
}
function schema(db) {
  return {
    version: db.version,
    stores: Object.keys(db.stores).map(function (n) {
      var s = db.stores[n];
      return { name: s.name, keyPath: s.keyPath, autoIncrement: s.autoIncrement, indexes: s.indexes };
    })
  };
}
// what a transaction undoes when it aborts: its stores as they were (all of them, and the version, for an upgrade)
function copy(db, scope) {
  var stores = {};
  scope.forEach(function (n) {
    stores[n] = Object.assign({}, db.stores[n], { records: db.stores[n].records.slice(),
      indexes: Object.assign({}, db.stores[n].indexes) });
  });
  return { name: db.name, version: db.version, stores: stores };
}

function names(list) {
  var out = list.slice().sort();
  out.contains = function (name) { return out.indexOf(name) >= 0; };
  out.item = function (i) { return i < out.length ? out[i] : null; };
  return out;
}

// the position of a key in a store's records: [index, found]
function locate(records, key) {
  var lo = 0;
  var hi = records.length;
  while (lo < hi) {
    var mid = (lo + hi) >> 1;
    var c = cmp(records[mid].key, key);
    if (c === 0) return [mid, true];
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return [lo, false];
}

// the keys a record has in an index: none where its value has no valid key there
function indexKeys(index, value) {
  var key = evaluate(value, index.keyPath);
  if (index.multiEntry && Array.isArray(key)) {
    return key.filter(function (k, i) {
      return isKey(k) && key.findIndex(function (o) { return isKey(o) && cmp(o, k) === 0; }) === i;
    });
  }
  return isKey(key) ? [key] : [];
}
// an index's entries, { key, primaryKey, record }, in index order
function entries(store, name) {
  var out = [];
  store.records.forEach(function (record) {
    (record.index[name] || []).forEach(function (key) { out.push({ key: key, primaryKey: record.key, record: record }); });
  });
  return out.sort(function (a, b) { return cmp(a.key, b.key) || cmp(a.primaryKey, b.primaryKey); });
}

// ---- requests and events
class IDBRequest extends dom.EventTarget {
  constructor(source, transaction) {
    super();
    this.source = source;
    this.transaction = transaction;
    this.readyState = 'pending';
    this.result = undefined;
    this.error = null;
    this.onsuccess = this.onerror = null;
  }
}
class IDBOpenDBRequest extends IDBRequest {
  constructor() {
    super(null, null);
    this.onupgradeneeded = this.onblocked = null;
  }
}
class IDBVersionChangeEvent extends dom.Event {
  constructor(type, init) {
    super(type, init);
    this.oldVersion = (init && init.oldVersion) || 0;
    this.newVersion = init && init.newVersion !== undefined ? init.newVersion : null;
  }
}
// dispatches an event along path (a request, its transaction, its database), as far as it bubbles; a listener that
// throws aborts the transaction it ran in, as in a browser, and is reported
function fire(path, event) {
  event.target = path[0];
  for (var i = 0; i < path.length && (i === 0 || event.bubbles) && !event.cancelBubble; i++) {
    try {
      dom.invoke(path[i], event);
    } catch (e) {
      var tx = path[0] instanceof IDBTransaction ? path[0] : path[0].transaction;
      if (tx && !tx._done) abort(tx, e);
      console.error(e);
    }
  }
  return !event.defaultPrevented;
}
function done(request, result, error) {
  request.readyState = 'done';
  request.result = error ? undefined : result;
  request.error = error || null;
}

// ---- transactions: each runs its requests in order; it commits once a turn has passed with none left to run.
// Transactions whose stores overlap run one after another when either writes.
var running = [];

class IDBTransaction extends dom.EventTarget {
  constructor(db, scope, mode) {
    super();
    this.db = db;
    this.mode = mode;
    this.objectStoreNames = names(scope);
    this.error = null;
    this.oncomplete = this.onerror = this.onabort = null;
    this._requests = [];
    this._stores = {};
    this._changed = {};
    this._done = false;
    this._started = false;
    running.push(this);
    later(this);
  }
  get durability() {
    return 'default';
  }
  objectStore(name) {
    check(!this._done, 'InvalidStateError', 'The transaction has finished.');
    check(this.objectStoreNames.contains(name), 'NotFoundError', 'No objectStore named ' + name + ' in this transaction');
    return this._stores[name] || (this._stores[name] = new IDBObjectStore(this, name));
  }
  abort() {
    check(!this._done, 'InvalidStateError', 'The transaction has finished.');
    abort(this, null);
  }
  commit() {
    check(!this._done, 'InvalidStateError', 'The transaction has finished.');
    this._commit = true;
  }
}
function later(tx) {
  if (!tx._scheduled) {
    tx._scheduled = true;
    timers.setTimeout(function () { tx._scheduled = false; step(tx); });
  }
}
function blocked(tx) {
  var writes = function (t) { return t.mode !== 'readonly'; };
  for (var i = 0; running[i] !== tx; i++) {
    var other = running[i];
    if (other.db._db === tx.db._db && (writes(other) || writes(tx)) &&
      other.objectStoreNames.some(function (n) { return tx.objectStoreNames.contains(n); })) return true;
  }
  return false;
}
function step(tx) {
  if (tx._done) return;
  if (!tx._started) {
    if (blocked(tx)) return;
    tx._started = true;
    if (tx.mode !== 'readonly') tx._undo = copy(tx.db._db, tx.objectStoreNames);
  }
  var request = tx._requests.shift();
  if (!request) return tx._commit || !tx._asked ? commit(tx) : (tx._asked = false, later(tx));
  tx._asked = true;
  var result;
  var error = null;
  try {
    result = request._run();
  } catch (e) {
    error = e;
  }
  done(request, result, error);
  if (!error) fire([request], new dom.Event('success'));
  else if (fire([request, tx, tx.db], new dom.Event('error', { bubbles: true, cancelable: true })) && !tx._done) {
    abort(tx, error);
  }
  // the next request at once, after what the event's listeners chained to it; the commit only after a turn
  if (tx._requests.length) Promise.resolve().then(function () { step(tx); });
  else later(tx);
}
function finish(tx) {
  tx._done = true;
  running.splice(running.indexOf(tx), 1);
  running.forEach(later);
}
// writes to wx storage what the transaction changed, as its database now is
function save(tx) {
  var db = tx.db._db;
  if (tx.mode === 'versionchange') {
    saved.set(dbKey(db.name), schema(db));
    Object.keys(tx._undo.stores).forEach(function (n) {
      if (!db.stores[n]) saved.remove(storeKey(db.name, n));
    });
  }
  Object.keys(tx._changed).forEach(function (n) {
    var s = db.stores[n];
    if (s) saved.set(storeKey(db.name, n), { current: s.current, records: s.records.map(function (r) {
      return [encode(r.key), r.value, encode(r.index)];
    }) });
  });
}
function commit(tx) {
  try {
    save(tx);
  } catch (e) {
    return abort(tx, fail('QuotaExceededError', e.message));
  }
  finish(tx);
  fire([tx], new dom.Event('complete'));
}
function abort(tx, error) {
  if (tx._undo) {
    var db = tx.db._db;
    db.version = tx._undo.version;
    // an upgrade's stores are the database's; another transaction's, those it could change (the others may be
    // changing the rest at the same time)
    db.stores = tx.mode === 'versionchange' ? tx._undo.stores : Object.assign({}, db.stores, tx._undo.stores);
    // a commit that did not fit may have written some of its stores: they are written again as they were
    if (error && error.name === 'QuotaExceededError') save(tx);
  }
  tx.error = error || fail('AbortError', 'The transaction was aborted.');
  finish(tx);
  tx._requests.splice(0).forEach(function (request) {
    done(request, undefined, fail('AbortError', 'The transaction was aborted.'));
    fire([request, tx, tx.db], new dom.Event('error', { bubbles: true, cancelable: true }));
  });
  fire([tx, tx.db], new dom.Event('abort', { bubbles: true }));
}
// a request on a store or index, run when its turn comes in the transaction
function request(source, tx, run) {
  var req = new IDBRequest(source, tx);
  req._run = run;
  return queue(tx, req);
}
// a request's turn in its transaction (a cursor's request comes again for each step)
function queue(tx, req) {
  check(!tx._done, 'TransactionInactiveError', 'The transaction has finished.');
  tx._requests.push(req);
  later(tx);
  return req;
}

// ---- object stores and indexes
class IDBObjectStore {
  constructor(tx, name) {
    this.transaction = tx;
    this._name = name;
  }
  get _s() {
    var s = this.transaction.db._db.stores[this._name];
    check(s, 'InvalidStateError', 'The object store ' + this._name + ' has been deleted.');
    return s;
  }
  get name() {
    return this._name;
  }
  get keyPath() {
    return this._s.keyPath;
  }
  get autoIncrement() {
    return this._s.autoIncrement;
  }
  get indexNames() {
    return names(Object.keys(this._s.indexes));
  }
  put(value, key) {
    return this._write(value, key, false);
  }
  add(value, key) {
    return this._write(value, key, true);
  }
  _write(value, key, add) {
    var s = this._s;
    var tx = this.transaction;
    check(tx.mode !== 'readonly', 'ReadOnlyError', 'The transaction is read-only.');
    check(s.keyPath === null || key === undefined, 'DataError', 'The object store uses in-line keys and the key ' +
      'parameter was provided.');
    if (s.keyPath !== null) key = evaluate(value, s.keyPath);
    check(key !== undefined || s.autoIncrement, 'DataError', 'The object store uses out-of-line keys and has no ' +
      'key generator and the key parameter was not provided.');
    check(key === undefined || isKey(key), 'DataError', 'Evaluating the object store\'s key path did not yield a ' +
      'value.');
    var clone = encode(value);
    return request(this, tx, function () {
      var k = key;
      if (k === undefined) {
        k = ++s.current;
        if (s.keyPath !== null) {
          var path = s.keyPath.split('.');
          var at = path.slice(0, -1).reduce(function (o, p) { return o[p] || (o[p] = {}); }, clone);
          at[path[path.length - 1]] = k;
        }
      } else if (s.autoIncrement && typeof k === 'number' && k >= s.current) {
        s.current = Math.floor(k);
      }
      var pos = locate(s.records, k);
      check(!(add && pos[1]), 'ConstraintError', 'Key already exists in the object store.');
      var stored = decode(clone);
      var index = {};
      Object.keys(s.indexes).forEach(function (n) {
        var keys = index[n] = indexKeys(s.indexes[n], stored);
        check(!s.indexes[n].unique || !s.records.some(function (r) {
          return cmp(r.key, k) !== 0 && (r.index[n] || []).some(function (o) {
            return keys.some(function (x) { return cmp(o, x) === 0; });
          });
        }), 'ConstraintError', 'Unable to add key to index \'' + n + '\': at least one key does not satisfy the ' +
          'uniqueness requirements.');
      });
      s.records.splice(pos[0], pos[1] ? 1 : 0, { key: k, value: clone, index: index });
      tx._changed[s.name] = true;
      return k;
    });
  }
  delete(query) {
    var s = this._s;
    var tx = this.transaction;
    check(tx.mode !== 'readonly', 'ReadOnlyError', 'The transaction is read-only.');
    var r = range(query, true);
    return request(this, tx, function () {
      s.records = s.records.filter(function (rec) { return !r.includes(rec.key); });
      tx._changed[s.name] = true;
    });
  }
  clear() {
    var s = this._s;
    var tx = this.transaction;
    check(tx.mode !== 'readonly', 'ReadOnlyError', 'The transaction is read-only.');
    return request(this, tx, function () {
      s.records = [];
      tx._changed[s.name] = true;
    });
  }
  _entries() {
    return this._s.records.map(function (r) { return { key: r.key, primaryKey: r.key, record: r }; });
  }
  get(query) {
    return read(this, query, true, 1, function (e) { return e.length ? decode(e[0].record.value) : undefined; });
  }
  getKey(query) {
    return read(this, query, true, 1, function (e) { return e.length ? e[0].primaryKey : undefined; });
  }
  getAll(query, count) {
    return read(this, query, false, count, function (e) { return e.map(function (x) { return decode(x.record.value); }); });
  }
  getAllKeys(query, count) {
    return read(this, query, false, count, function (e) { return e.map(function (x) { return x.primaryKey; }); });
  }
  count(query) {
    return read(this, query, false, 0, function (e) { return e.length; });
  }
  openCursor(query, direction) {
    return cursor(this, query, direction, true);
  }
  openKeyCursor(query, direction) {
    return cursor(this, query, direction, false);
  }
  index(name) {
    var s = this._s;
    check(!this.transaction._done, 'InvalidStateError', 'The transaction has finished.');
    check(s.indexes[name], 'NotFoundError', 'The specified index was not found.');
    return new IDBIndex(this, name);
  }
  createIndex(name, keyPath, options) {
    var s = this._s;
    var tx = this.transaction;
    check(tx.mode === 'versionchange', 'InvalidStateError', 'Indexes are created in a version change transaction.');
    check(!s.indexes[name], 'ConstraintError', 'An index named ' + name + ' already exists.');
    var index = { name: name, keyPath: keyPath, unique: !!(options && options.unique),
      multiEntry: !!(options && options.multiEntry) };
    s.records = s.records.map(function (r) {
      var keys = indexKeys(index, decode(r.value));
      return Object.assign({}, r, { index: Object.assign({}, r.index, { [name]: keys }) });
    });
    if (index.unique) {
      var all = entries(s, name);
      if (all.some(function (e, i) { return i && cmp(all[i - 1].key, e.key) === 0; })) {
        abort(tx, fail('ConstraintError', 'Unable to create index \'' + name + '\': its keys are not unique.'));
      }
    }
    s.indexes = Object.assign({}, s.indexes, { [name]: index });
    tx._changed[s.name] = true;
    return new IDBIndex(this, name);
  }
  deleteIndex(name) {
    var s = this._s;
    check(this.transaction.mode === 'versionchange', 'InvalidStateError', 'Indexes are deleted in a version change ' +
      'transaction.');
    check(s.indexes[name], 'NotFoundError', 'The specified index was not found.');
    s.indexes = Object.assign({}, s.indexes);
    delete s.indexes[name];
    this.transaction._changed[s.name] = true;
  }
}

class IDBIndex {
  constructor(store, name) {
    this.objectStore = store;
    this.name = name;
    var index = store._s.indexes[name];
    this.keyPath = index.keyPath;
    this.unique = index.unique;
    this.multiEntry = index.multiEntry;
  }
  get transaction() {
    return this.objectStore.transaction;
  }
  _entries() {
    return entries(this.objectStore._s, this.name);
  }
}
['get', 'getKey', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor'].forEach(function (method) {
  IDBIndex.prototype[method] = IDBObjectStore.prototype[method];
});

// a read: the entries of source in the query's range, at most count (0: all), given to answer
function read(source, query, required, count, answer) {
  var r = range(query, required);
  return request(source, source.transaction, function () {
    var found = source._entries().filter(function (e) { return inRange(r, e.key); });
    return answer(count ? found.slice(0, count) : found);
  });
}

// ---- cursors: live over the source's entries, each step finding the next entry past the current one
class IDBCursor {
  constructor(source, req, r, direction, withValue) {
    this.source = source;
    this.request = req;
    this.direction = direction;
    this._range = r;
    this._value = withValue;
    this.key = this.primaryKey = undefined;
  }
  continue(key) {
    check(key === undefined || isKey(key), 'DataError', 'The parameter is not a valid key.');
    this._again({ key: key });
  }
  continuePrimaryKey(key, primaryKey) {
    this._again({ key: key, primaryKey: primaryKey });
  }
  advance(count) {
    check(count > 0, 'TypeError', 'A count argument with value 0 (zero) was supplied, must be greater than 0.');
    this._again({ skip: count - 1 });
  }
  update(value) {
    var store = this.source instanceof IDBIndex ? this.source.objectStore : this.source;
    check(this._value, 'InvalidStateError', 'The cursor is a key cursor.');
    check(store.keyPath === null || cmp(evaluate(value, store.keyPath), this.primaryKey) === 0, 'DataError',
      'The effective object store of this cursor uses in-line keys and evaluating the key path of the value ' +
      'parameter results in a different value than the cursor\'s effective key.');
    return store.keyPath === null ? store.put(value, this.primaryKey) : store.put(value);
  }
  delete() {
    var store = this.source instanceof IDBIndex ? this.source.objectStore : this.source;
    check(this._value, 'InvalidStateError', 'The cursor is a key cursor.');
    return store.delete(this.primaryKey);
  }
  _again(target) {
    check(!this._moving, 'InvalidStateError', 'The cursor is being iterated or has iterated past its end.');
    queue(this.source.transaction, this.request);
    this._moving = true;
    this._target = target;
    this.request.readyState = 'pending';
  }
  _step() {
    var self = this;
    var forward = this.direction.indexOf('next') === 0;
    var unique = /unique$/.test(this.direction);
    var t = this._target || {};
    var skip = t.skip || 0;
    var all = this.source._entries();
    if (!forward) all.reverse();
    var sign = forward ? 1 : -1;
    var past = function (e) {
      if (!inRange(self._range, e.key)) return false;
      if (self.key !== undefined) {
        var c = sign * cmp(e.key, self.key);
        if (c < 0 || (c === 0 && (unique || sign * cmp(e.primaryKey, self.primaryKey) <= 0))) return false;
      }
      if (t.key !== undefined) {
        var d = sign * cmp(e.key, t.key);
        if (d < 0 || (d === 0 && t.primaryKey !== undefined && sign * cmp(e.primaryKey, t.primaryKey) < 0)) return false;
      }
      return true;
    };
    var found = null;
    for (var i = 0; i < all.length; i++) {
      if (!past(all[i])) continue;
      // backwards over unique keys, the first entry of a key is the one shown
      while (unique && !forward && i + 1 < all.length && cmp(all[i + 1].key, all[i].key) === 0) i++;
      if (skip-- > 0) {
        this.key = all[i].key;
        this.primaryKey = all[i].primaryKey;
        continue;
      }
      found = all[i];
      break;
    }
    this._moving = false;
    this._target = null;
    if (!found) {
      this.key = this.primaryKey = this.value = undefined;
      this._moving = true;
      return null;
    }
    this.key = found.key;
    this.primaryKey = found.primaryKey;
    if (this._value) this.value = decode(found.record.value);
    return this;
  }
}
class IDBCursorWithValue extends IDBCursor {}
function cursor(source, query, direction, withValue) {
  direction = direction || 'next';
  check(['next', 'nextunique', 'prev', 'prevunique'].indexOf(direction) >= 0, 'TypeError', 'The direction ' +
    direction + ' is not a cursor direction.');
  var r = range(query, false);
  var req = request(source, source.transaction, function () { return c._step(); });
  var c = new (withValue ? IDBCursorWithValue : IDBCursor)(source, req, r, direction, withValue);
  return req;
}

// ---- databases and the factory
class IDBDatabase extends dom.EventTarget {
  constructor(db) {
    super();
    this._db = db;
    this.name = db.name;
    this.onabort = this.onclose = this.onerror = this.onversionchange = null;
    this._closed = false;
  }
  get version() {
    return this._db.version;
  }
  get objectStoreNames() {
    return names(Object.keys(this._db.stores));
  }
  transaction(scope, mode) {
    check(!this._closed, 'InvalidStateError', 'The database connection is closing.');
    check(!this._upgrade || this._upgrade._done, 'InvalidStateError', 'A version change transaction is running.');
    scope = typeof scope === 'string' ? [scope] : Array.from(scope);
    check(scope.length, 'InvalidAccessError', 'The transaction needs at least one object store.');
    var self = this;
    scope.forEach(function (n) {
      check(self._db.stores[n], 'NotFoundError', 'One of the specified object stores was not found.');
    });
    mode = mode || 'readonly';
    check(mode === 'readonly' || mode === 'readwrite', 'TypeError', 'The mode ' + mode + ' is not a transaction mode.');
    return new IDBTransaction(this, scope, mode);
  }
  createObjectStore(name, options) {
    var tx = this._upgrade;
    check(tx && !tx._done, 'InvalidStateError', 'Object stores are created in a version change transaction.');
    check(!this._db.stores[name], 'ConstraintError', 'An object store named ' + name + ' already exists.');
    var keyPath = options && options.keyPath !== undefined ? options.keyPath : null;
    var autoIncrement = !!(options && options.autoIncrement);
    check(!(autoIncrement && (keyPath === '' || Array.isArray(keyPath))), 'InvalidAccessError', 'An object store ' +
      'with a key generator has a non-empty key path that is not an array.');
    this._db.stores[name] = { name: name, keyPath: keyPath, autoIncrement: autoIncrement, current: 0, indexes: {},
      records: [] };
    tx.objectStoreNames = names(Object.keys(this._db.stores));
    tx._changed[name] = true;
    return tx.objectStore(name);
  }
  deleteObjectStore(name) {
    var tx = this._upgrade;
    check(tx && !tx._done, 'InvalidStateError', 'Object stores are deleted in a version change transaction.');
    check(this._db.stores[name], 'NotFoundError', 'The specified object store was not found.');
    delete this._db.stores[name];
    delete tx._stores[name];
    tx.objectStoreNames = names(Object.keys(this._db.stores));
  }
  close() {
    this._closed = true;
    var open = connections[this.name] || [];
    if (open.indexOf(this) >= 0) open.splice(open.indexOf(this), 1);
  }
}

// tells the other connections to a database that it changes version; they may close
function versionChange(name, oldVersion, newVersion) {
  (connections[name] || []).slice().forEach(function (other) {
    fire([other], new IDBVersionChangeEvent('versionchange', { oldVersion: oldVersion, newVersion: newVersion }));
  });
}

function open(name, version) {
  name = String(name);
  check(version === undefined || (version >= 1 && Math.floor(version) === Number(version)), 'TypeError',
    'The version ' + version + ' is not a positive integer.');
  var req = new IDBOpenDBRequest();
  timers.setTimeout(function () {
    var db = load(name) || { name: name, version: 0, stores: {} };
    var oldVersion = db.version;
    var target = version === undefined ? Math.max(oldVersion, 1) : Number(version);
    if (target < oldVersion) {
      done(req, undefined, fail('VersionError', 'The requested version (' + target + ') is less than the existing ' +
        'version (' + oldVersion + ').'));
      return fire([req], new dom.Event('error', { bubbles: true, cancelable: true }));
    }
    databases[name] = db;
    var connection = new IDBDatabase(db);
    (connections[name] = connections[name] || []).push(connection);
    if (target === oldVersion) {
      done(req, connection);
      return fire([req], new dom.Event('success'));
    }
    versionChange(name, oldVersion, target);
    var tx = connection._upgrade = new IDBTransaction(connection, Object.keys(db.stores), 'versionchange');
    tx._undo = copy(db, Object.keys(db.stores));
    tx._started = true;
    db.version = target;
    req.transaction = tx;
    done(req, connection);
    tx.addEventListener('complete', function () {
      req.transaction = null;
      fire([req], new dom.Event('success'));
    });
    tx.addEventListener('abort', function () {
      connection.close();
      if (!oldVersion) {
        delete databases[name];
        saved.remove(dbKey(name));
      }
      req.transaction = null;
      done(req, undefined, fail('AbortError', 'The version change transaction was aborted.'));
      fire([req], new dom.Event('error', { bubbles: true, cancelable: true }));
    });
    fire([req], new IDBVersionChangeEvent('upgradeneeded', { oldVersion: oldVersion, newVersion: target }));
  });
  return req;
}

function deleteDatabase(name) {
  name = String(name);
  var req = new IDBOpenDBRequest();
  timers.setTimeout(function () {
    var db = load(name);
    var oldVersion = db ? db.version : 0;
    if (db) {
      versionChange(name, oldVersion, null);
      Object.keys(db.stores).forEach(function (n) { saved.remove(storeKey(name, n)); });
      saved.remove(dbKey(name));
      delete databases[name];
    }
    done(req, undefined);
    fire([req], new IDBVersionChangeEvent('success', { oldVersion: oldVersion, newVersion: null }));
  });
  return req;
}

class IDBFactory {}
IDBFactory.prototype.open = open;
IDBFactory.prototype.deleteDatabase = deleteDatabase;
IDBFactory.prototype.cmp = cmp;
IDBFactory.prototype.databases = function () {
  return Promise.resolve(saved.keys().map(function (k) { return JSON.parse(k); }).filter(function (k) {
    return k.length === 1;
  }).map(function (k) { return { name: k[0], version: saved.get(dbKey(k[0])).version }; }));
};

var globals = {
  indexedDB: new IDBFactory(), IDBFactory: IDBFactory, IDBDatabase: IDBDatabase, IDBTransaction: IDBTransaction,
  IDBObjectStore: IDBObjectStore, IDBIndex: IDBIndex, IDBCursor: IDBCursor, IDBCursorWithValue: IDBCursorWithValue,
  IDBKeyRange: IDBKeyRange, IDBRequest: IDBRequest, IDBOpenDBRequest: IDBOpenDBRequest,
  IDBVersionChangeEvent: IDBVersionChangeEvent
};
// on the window, and on the engine's global object, which libraries look at first (Dexie, localforage:
// `typeof globalThis !== 'undefined' ? globalThis : self`)
Object.assign(dom.window, globals);
if (typeof globalThis === 'object') {
  Object.keys(globals).forEach(function (name) {
    if (!(name in globalThis)) globalThis[name] = globals[name];
  });
}

module.exports = globals;
