'use strict';
// The standard built-ins the runtime fills in where an engine lacks them (runtime/builtins.js).
const test = require('node:test');
const assert = require('node:assert');
const path = require('path');

test('built-ins are filled in where missing, and left alone where present', async () => {
  const saved = { withResolvers: Promise.withResolvers, at: Array.prototype.at, hasOwn: Object.hasOwn };
  delete Promise.withResolvers;
  delete Array.prototype.at;
  delete Object.hasOwn;
  try {
    require(path.join(__dirname, '..', '..', 'adapters', 'runtime', 'builtins.js'));
    const { promise, resolve } = Promise.withResolvers();
    resolve(7);
    assert.strictEqual(await promise, 7);
    assert.strictEqual([1, 2, 3].at(-1), 3);
    assert.strictEqual('abc'.at(0), 'a');
    assert.strictEqual(Object.hasOwn({ a: 1 }, 'a'), true);
    assert.strictEqual([1, 2, 3, 2].findLastIndex((x) => x === 2), 3);
    assert.strictEqual(Object.keys(Array.prototype).includes('at'), false);   // not enumerable
  } finally {
    Object.assign(Promise, { withResolvers: saved.withResolvers });
    Object.defineProperty(Array.prototype, 'at', { value: saved.at, writable: true, configurable: true });
    Object.hasOwn = saved.hasOwn;
  }
});
