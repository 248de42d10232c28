'use strict';
// Web Workers in the page's thread (runtime/worker.js): a worker script the converter compiled (registered with its
// text, as script/workers.py emits it) runs for a Blob or data: URL of that text, with worker semantics: its own
// global scope, messages both ways as clones after the current task, errors as events, terminate(). A script it did
// not compile constructs, fires `error` and is reported once, instead of throwing on the page.
const test = require('node:test');
const assert = require('node:assert');
const { layout } = require('./helpers/runtime.js');

const rt = layout({});
const web = rt.require('web.js');
const workers = rt.require('worker.js');

// What the converter emits for `const code = \`…\`` (script/workers.py): the text, and the compiled script, whose free
// names read the worker's scope.
const ECHO = 'var count = 0\nself.onmessage = function (e) { count++; postMessage({ echo: e.data, count: count }) }\n';
function echo(scope) {
  var count = 0;
  scope.self.onmessage = function (e) { count++; scope.postMessage({ echo: e.data, count: count, window: typeof scope.window }); };
  this.count = count;
}
const code = workers.script(ECHO, echo);

const tick = () => new Promise((resolve) => setTimeout(resolve, 50));   // a few tasks, on a busy machine too
const errors = [];
console.error = (...args) => errors.push(args.join(' '));

test('Worker and MessageEvent are web globals, on the window too', () => {
  assert.strictEqual(typeof web.Worker, 'function');
  assert.strictEqual(web.window.Worker, web.Worker);
  assert.strictEqual(new web.MessageEvent('message', { data: 1 }).data, 1);
});

test('a compiled script runs for a Blob URL of its text: messages both ways, cloned, after the current task', async () => {
  const url = web.URL.createObjectURL(new web.Blob([code]));
  const worker = new web.Worker(url);
  const got = [];
  worker.onmessage = (event) => got.push(event.data);
  const sent = { a: [1, 2] };
  worker.postMessage(sent);
  worker.postMessage('two');
  sent.a.push(3);   // a clone was sent
  assert.deepStrictEqual(got, []);   // nothing is delivered in the same task
  await tick();
  assert.deepStrictEqual(got, [{ echo: { a: [1, 2] }, count: 1, window: 'undefined' }, { echo: 'two', count: 2, window: 'undefined' }]);
  worker.terminate();
  worker.postMessage('three');
  await tick();
  assert.strictEqual(got.length, 2);
});

test('addEventListener, a data: URL, and an exception in the worker as an error event', async () => {
  const worker = new web.Worker('data:text/javascript,' + encodeURIComponent(code));
  const got = [];
  worker.addEventListener('message', (event) => got.push(event.data.count));
  worker.postMessage(1);
  await tick();
  assert.deepStrictEqual(got, [1]);
  const failing = workers.script('self.onmessage = function () { boom() }; postMessage(1)', function (scope) {
    scope.self.onmessage = function () { scope.boom(); };
  });
  const w2 = new web.Worker(web.URL.createObjectURL(new web.Blob([failing])));
  const seen = [];
  w2.onerror = (event) => seen.push(event.message);
  w2.postMessage(0);
  await tick();
  assert.strictEqual(seen.length, 1);
  assert.match(seen[0], /not a function/);
});

test('a script the converter did not compile: the Worker constructs, fires error, and is reported once', async () => {
  errors.length = 0;
  const made = [];
  for (let i = 0; i < 3; i++) {
    const w = new web.Worker(web.URL.createObjectURL(new web.Blob(['onmessage = () => postMessage(' + 1 + ')'])));
    w.onerror = (event) => made.push(event.message);
    w.postMessage('ignored');
  }
  new web.Worker('assets/workers/x.worker.js');   // a file of the PWA: not in the package
  await tick();
  assert.strictEqual(made.length, 3);
  assert.strictEqual(errors.length, 2);
  assert.match(errors[0], /Web Worker cannot run.*converter found in the app as a string/);
  assert.match(errors[1], /assets\/workers\/x\.worker\.js/);
});
