'use strict';
// Node's events and assert as the runtime serves them to npm code when the app has not installed those packages.
const test = require('node:test');
const assert = require('node:assert');
const { layout } = require('./helpers/runtime.js');

const rt = layout({ pages: [] });
const EventEmitter = rt.require('node/events.js');
const shim = rt.require('node/assert.js');

test('events: on, once, off, prependListener, counts, and an unheard error throws', () => {
  const e = new EventEmitter();
  const heard = [];
  const twice = (v) => heard.push('on ' + v);
  e.on('x', twice);
  e.once('x', (v) => heard.push('once ' + v));
  e.prependListener('x', (v) => heard.push('first ' + v));
  assert.strictEqual(e.emit('x', 1), true);
  e.off('x', twice);
  e.emit('x', 2);
  assert.deepStrictEqual(heard, ['first 1', 'on 1', 'once 1', 'first 2']);
  assert.strictEqual(e.listenerCount('x'), 1);
  assert.deepStrictEqual(e.eventNames(), ['x']);
  e.removeAllListeners();
  assert.strictEqual(e.emit('x', 3), false);
  assert.throws(() => e.emit('error', new Error('boom')), /boom/);
  class Feed extends EventEmitter {}   // a subclass that never called EventEmitter()
  const f = Object.create(Feed.prototype);
  f.on('a', () => {});
  assert.strictEqual(f.listenerCount('a'), 1);
});

test('assert: passes quietly, fails with an AssertionError; assert.strict compares strictly', () => {
  shim(1);
  shim.equal(1, '1');
  shim.deepEqual({ a: [1] }, { a: ['1'] });
  shim.deepStrictEqual({ a: [1], d: new Date(0) }, { a: [1], d: new Date(0) });
  assert.throws(() => shim.strictEqual(1, '1'), (e) => e instanceof shim.AssertionError && e.code === 'ERR_ASSERTION');
  assert.throws(() => shim.strict.equal(1, '1'), shim.AssertionError);
  assert.throws(() => shim.ok(0, 'needs a value'), /needs a value/);
  assert.throws(() => shim.throws(() => {}), /Missing expected exception/);
  shim.throws(() => { throw new Error('x'); });
});
