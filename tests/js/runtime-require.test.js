'use strict';
// The app's guarded require and the stand-in for modules that are missing or fail to load (runtime/require.js).
const test = require('node:test');
const assert = require('node:assert');
const guard = require('../../adapters/runtime/require.js');

test('a module that throws while loading is reported once and becomes a stand-in', () => {
  const errors = [];
  const realError = console.error;
  console.error = (...args) => errors.push(args[0]);
  try {
    const req = guard((path) => {
      if (path === './worker.js') throw new Error('Blob is not defined');
      return { loaded: path };
    });
    assert.deepStrictEqual(req('./ok.js'), { loaded: './ok.js' });
    const failed = req('./worker.js');
    req('./worker.js');
    assert.deepStrictEqual(errors, ["pwa2wx: module './worker.js' failed to load: Blob is not defined"]);
    const service = new failed.AudioService();   // what imports it still loads and constructs
    assert.throws(() => service.start(), /module '.\/worker.js' failed to load: Blob is not defined/);
  } finally {
    console.error = realError;
  }
});

test('a missing module: members are stand-ins, calls throw, classes construct, no Angular metadata', () => {
  const m = guard(require).missing('gone');
  class Mine extends m.Base { own() { return 'own'; } }
  const mine = new Mine();
  assert.strictEqual(mine.own(), 'own');
  assert.strictEqual(typeof mine.other, 'function');
  assert.throws(() => new m.Client().connect(), /pwa2wx: module 'gone' was not converted \(see the conversion warnings\)/);
  assert.strictEqual(String(m.Client), '[module gone was not converted]');
  assert.deepStrictEqual([m.__ng__, m.ctorParameters, m.ngModule, m.ɵfac, m.then], [undefined, undefined, undefined,
    undefined, undefined]);
  assert.strictEqual(guard.missing, guard(require).missing);
});
