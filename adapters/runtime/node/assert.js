'use strict';
// Node's `assert` for npm code that requires it when the app has not installed the `assert` package (which a
// browser build would take instead): the checks throw an AssertionError as Node's do.
class AssertionError extends Error {
  constructor(options) {
    super(options.message);
    this.name = 'AssertionError';
    this.code = 'ERR_ASSERTION';
    this.actual = options.actual;
    this.expected = options.expected;
    this.operator = options.operator;
  }
}

function check(ok, actual, expected, operator, message) {
  if (ok) return;
  if (message instanceof Error) throw message;
  throw new AssertionError({ actual: actual, expected: expected, operator: operator,
    message: message || JSON.stringify(actual) + ' ' + operator + ' ' + JSON.stringify(expected) });
}

function deepEqual(a, b, strict) {
  if (strict ? Object.is(a, b) : a == b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  var keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(function (k) {
    return Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k], strict);
  });
}

function assert(value, message) { check(!!value, value, true, '==', message); }
assert.ok = assert;
assert.equal = function (a, b, message) { check(a == b, a, b, '==', message); };
assert.notEqual = function (a, b, message) { check(a != b, a, b, '!=', message); };
assert.strictEqual = function (a, b, message) { check(Object.is(a, b), a, b, 'strictEqual', message); };
assert.notStrictEqual = function (a, b, message) { check(!Object.is(a, b), a, b, 'notStrictEqual', message); };
assert.deepEqual = function (a, b, message) { check(deepEqual(a, b, false), a, b, 'deepEqual', message); };
assert.deepStrictEqual = function (a, b, message) { check(deepEqual(a, b, true), a, b, 'deepStrictEqual', message); };
assert.notDeepStrictEqual = function (a, b, message) {
  check(!deepEqual(a, b, true), a, b, 'notDeepStrictEqual', message);
};
assert.fail = function (message) { check(false, undefined, undefined, 'fail', message || 'Failed'); };
assert.throws = function (fn, expected, message) {
  try {
    fn();
  } catch (e) {
    return;
  }
  check(false, undefined, expected, 'throws',
    typeof expected === 'string' ? expected : message || 'Missing expected exception.');
};
assert.AssertionError = AssertionError;
// assert/strict: equal and deepEqual compare as strictEqual and deepStrictEqual do
assert.strict = Object.assign(function strict(value, message) { assert(value, message); }, assert, {
  equal: assert.strictEqual, notEqual: assert.notStrictEqual, deepEqual: assert.deepStrictEqual
});

module.exports = assert;
