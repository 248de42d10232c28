'use strict';
// fetch, Request/Response/Headers, AbortController and XMLHttpRequest (runtime/web.js) against a real
// loopback server.
const test = require('node:test');
const assert = require('node:assert');
const { layout } = require('./helpers/runtime.js');
const { serve } = require('./helpers/server.js');

const rt = layout({ api: { base: '' } });
const web = rt.require('web.js');
let server;

test.before(async () => {
  server = await serve((req, body, res) => {
    if (req.url === '/slow') { setTimeout(() => res.destroyed || res.end('late'), 500); return undefined; }
    if (req.url === '/utf8') return { headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'héllo 世界 🙂' };
    if (req.url === '/missing') return { status: 404, body: 'no' };
    return { headers: { 'Content-Type': 'application/json', 'X-Multi': 'a' },
      body: JSON.stringify({ method: req.method, url: req.url, body, type: req.headers['content-type'] || null,
        auth: req.headers.authorization || null }) };
  });
  rt.config.api.base = server.url;
});
test.after(() => server.close());

test('fetch: json, text with UTF-8, arrayBuffer, status, headers', async () => {
  let res = await web.fetch('/things?x=1', { headers: { Authorization: 'Bearer t' } });
  assert.deepStrictEqual([res.ok, res.status, res.statusText], [true, 200, 'OK']);
  assert.strictEqual(res.headers.get('content-type'), 'application/json');
  assert.strictEqual(res.url, server.url + '/things?x=1');
  const echo = await res.json();
  assert.deepStrictEqual([echo.method, echo.url, echo.auth], ['GET', '/things?x=1', 'Bearer t']);
  await assert.rejects(res.text(), /already read/);
  res = await web.fetch(server.url + '/utf8');
  assert.strictEqual(await res.clone().text(), 'héllo 世界 🙂');
  assert.strictEqual((await res.arrayBuffer()).byteLength, Buffer.byteLength('héllo 世界 🙂'));
  res = await web.fetch('/missing');
  assert.deepStrictEqual([res.ok, res.status, res.statusText, await res.text()], [false, 404, 'Not Found', 'no']);
});

test('fetch: bodies and their content types; PATCH fallback; Request objects', async () => {
  let echo = await (await web.fetch('/a', { method: 'post', body: JSON.stringify({ a: 1 }),
    headers: new web.Headers({ 'Content-Type': 'application/json' }) })).json();
  assert.deepStrictEqual([echo.method, echo.body, echo.type], ['POST', '{"a":1}', 'application/json']);
  echo = await (await web.fetch('/a', { method: 'PUT', body: 'plain' })).json();
  assert.strictEqual(echo.type, 'text/plain;charset=UTF-8');
  echo = await (await web.fetch('/a', { method: 'POST', body: new web.URLSearchParams({ q: 'a b', n: '1' }) })).json();
  assert.deepStrictEqual([echo.body, echo.type], ['q=a+b&n=1', 'application/x-www-form-urlencoded;charset=UTF-8']);
  echo = await (await web.fetch('/a', { method: 'POST', body: new Uint8Array([104, 105]) })).json();
  assert.strictEqual(echo.body, 'hi');
  echo = await (await web.fetch(new web.Request('/a', { method: 'PATCH', body: '{}' }))).json();
  assert.strictEqual(echo.method, 'POST');
  const head = await web.fetch('/a', { method: 'HEAD' });
  assert.strictEqual(await head.text(), '');
});

test('fetch: bundled assets; network failure is a TypeError; abort and AbortSignal.timeout', async () => {
  rt.file('assets/i18n/en.json', '{"hello":"Hello"}');
  assert.deepStrictEqual(await (await web.fetch('./assets/i18n/en.json')).json(), { hello: 'Hello' });
  await assert.rejects(web.fetch('http://127.0.0.1:1/x'), (e) => e instanceof TypeError && /Failed to fetch/.test(e.message));
  const ctrl = new web.AbortController();
  let fired = 0;
  ctrl.signal.addEventListener('abort', () => fired++);
  const pending = web.fetch(server.url + '/slow', { signal: ctrl.signal });
  setTimeout(() => ctrl.abort(), 20);
  await assert.rejects(pending, { name: 'AbortError' });
  assert.strictEqual(fired, 1);
  await assert.rejects(web.fetch(server.url + '/slow', { signal: web.AbortSignal.timeout(30) }), { name: 'TimeoutError' });
  await assert.rejects(web.fetch('/a', { signal: web.AbortSignal.abort() }), { name: 'AbortError' });
});

test('Headers, Response are browser-shaped', async () => {
  const h = new web.Headers([['A', '1']]);
  h.append('a', '2');
  h.set('B', 'x');
  assert.strictEqual(h.get('A'), '1, 2');
  assert.deepStrictEqual(Array.from(h), [['a', '1, 2'], ['b', 'x']]);
  assert.deepStrictEqual(Array.from(h.keys()), ['a', 'b']);
  h.delete('b');
  assert.strictEqual(h.has('B'), false);
  const r = web.Response.json({ x: 1 }, { status: 201 });
  assert.deepStrictEqual([r.status, r.ok, r.headers.get('content-type')], [201, true, 'application/json']);
  assert.deepStrictEqual(await r.json(), { x: 1 });
});

test('XMLHttpRequest: events, readyState, headers, responseType json/arraybuffer', async () => {
  const xhr = new web.XMLHttpRequest();
  const states = [];
  xhr.onreadystatechange = () => states.push(xhr.readyState);
  xhr.open('POST', '/x');
  xhr.setRequestHeader('Content-Type', 'application/json');
  xhr.responseType = 'json';
  await new Promise((resolve) => {
    xhr.addEventListener('loadend', resolve);
    xhr.send('{"q":1}');
  });
  assert.deepStrictEqual(states, [1, 2, 3, 4]);
  assert.strictEqual(xhr.status, 200);
  assert.deepStrictEqual([xhr.response.method, xhr.response.body, xhr.response.type], ['POST', '{"q":1}', 'application/json']);
  assert.strictEqual(xhr.getResponseHeader('X-MULTI'), 'a');
  assert.match(xhr.getAllResponseHeaders(), /x-multi: a\r\n/);
  const bin = new web.XMLHttpRequest();
  bin.open('GET', '/utf8');
  bin.responseType = 'arraybuffer';
  await new Promise((resolve) => { bin.onload = resolve; bin.send(); });
  assert.ok(bin.response instanceof ArrayBuffer);
});

test('XMLHttpRequest: error, timeout and abort events', async () => {
  const fire = (setup) => new Promise((resolve) => {
    const xhr = new web.XMLHttpRequest();
    const seen = [];
    ['load', 'error', 'timeout', 'abort'].forEach((t) => xhr.addEventListener(t, () => seen.push(t)));
    xhr.addEventListener('loadend', () => resolve(seen));
    setup(xhr);
  });
  assert.deepStrictEqual(await fire((x) => { x.open('GET', 'http://127.0.0.1:1/'); x.send(); }), ['error']);
  assert.deepStrictEqual(await fire((x) => { x.open('GET', server.url + '/slow'); x.timeout = 30; x.send(); }), ['timeout']);
  assert.deepStrictEqual(await fire((x) => { x.open('GET', server.url + '/slow'); x.send(); setTimeout(() => x.abort(), 20); }),
    ['abort']);
});
