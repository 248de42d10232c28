'use strict';
// The shared request core (runtime/http.js) against a real loopback server.
const test = require('node:test');
const assert = require('node:assert');
const { layout } = require('./helpers/runtime.js');
const { serve } = require('./helpers/server.js');

const rt = layout({ api: { base: '' } });
const http = rt.require('http.js');
let server;

test.before(async () => {
  server = await serve((req, body) => {
    if (req.url === '/login') {
      return { headers: { 'Set-Cookie': ['sid=abc; Path=/; HttpOnly', 'pref=dark; Max-Age=3600; Path=/api',
        'evil=1; Domain=example.com'] } };
    }
    if (req.url === '/login2') {
      return { headers: { 'Set-Cookie': ['a=1; Path=/; Expires=Wed, 21 Oct 2037 07:28:00 GMT', 'b=2; Path=/'] } };
    }
    if (req.url === '/logout') return { headers: { 'Set-Cookie': 'sid=; Max-Age=0; Path=/' } };
    if (req.url === '/slow') return undefined;   // never answers
    if (req.url === '/private') return { status: req.headers.authorization === 'Bearer fresh' ? 200 : 401, body: 'p' };
    return { headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ method: req.method, url: req.url, body, headers: req.headers }) };
  });
  rt.config.api.base = server.url + '/api/v1';
});
test.after(() => server.close());
test.afterEach(() => http.setAuth(null));

test('relative URLs resolve against [api] base; absolute ones stay', async () => {
  let res = await http.request({ url: 'items?q=1' });
  assert.strictEqual(JSON.parse(res.body).url, '/api/v1/items?q=1');
  res = await http.request({ url: '/root' });
  assert.strictEqual(JSON.parse(res.body).url, '/root');
  res = await http.request({ url: server.url + '/x' });
  assert.strictEqual(JSON.parse(res.body).url, '/x');
  assert.strictEqual(res.status, 200);
  assert.strictEqual(res.headers['content-type'], 'application/json');
});

test('a relative URL without [api] base rejects with a clear message', async () => {
  const base = rt.config.api.base;
  rt.config.api.base = '';
  await assert.rejects(http.request({ url: 'items' }), /needs \[api\] base/);
  rt.config.api.base = base;
});

test('bundled assets are read from the package, not the network', async () => {
  rt.file('assets/data/data.json', '{"speakers":[{"name":"Burt Bear"}]}');
  const before = rt.wx.callsOf('request').length;
  for (const url of ['assets/data/data.json', './assets/data/data.json', '/assets/data/data.json?v=2']) {
    const res = await http.request({ url });
    assert.strictEqual(res.status, 200);
    assert.strictEqual(JSON.parse(res.body).speakers[0].name, 'Burt Bear');
  }
  const bin = await http.request({ url: 'assets/data/data.json', responseType: 'arraybuffer' });
  assert.ok(bin.body instanceof ArrayBuffer);
  assert.strictEqual(bin.body.byteLength, 35);
  rt.file('assets/img/my photo.txt', 'x');
  assert.strictEqual((await http.request({ url: 'assets/img/my%20photo.txt' })).body, 'x');
  const missing = await http.request({ url: 'assets/nope.json' });
  assert.strictEqual(missing.status, 404);
  assert.strictEqual(rt.wx.callsOf('request').length, before);
});

test('PATCH goes out as POST with X-HTTP-Method-Override', async () => {
  const res = await http.request({ url: 'items/1', method: 'PATCH', body: '{"a":1}',
    headers: { 'Content-Type': 'application/json' } });
  const echo = JSON.parse(res.body);
  assert.strictEqual(echo.method, 'POST');
  assert.strictEqual(echo.headers['x-http-method-override'], 'PATCH');
  assert.strictEqual(echo.body, '{"a":1}');
});

test('cookie jar keeps Set-Cookie by path, expiry and domain, and sends it back', async () => {
  await http.request({ url: server.url + '/login' });
  let echo = JSON.parse((await http.request({ url: server.url + '/api/x' })).body);
  assert.strictEqual(echo.headers.cookie, 'pref=dark; sid=abc');   // longer path first
  echo = JSON.parse((await http.request({ url: server.url + '/other' })).body);
  assert.strictEqual(echo.headers.cookie, 'sid=abc');
  // only the persistent cookie is stored; the session cookie lives in memory
  assert.deepStrictEqual(rt.wx.getStorageSync('pwa2wx.cookies').map((c) => c.name), ['pref']);
  // a cookie for another domain is refused
  assert.ok(!/evil/.test(echo.headers.cookie));
  // Max-Age=0 deletes
  await http.request({ url: server.url + '/logout' });
  echo = JSON.parse((await http.request({ url: server.url + '/other' })).body);
  assert.strictEqual(echo.headers.cookie, undefined);
});

test('cookies joined in one header (older base libraries) are split correctly', async () => {
  const saved = global.wx;
  global.wx = require('./helpers/wx.js').createWx({ splitCookies: false });
  try {
    await http.request({ url: server.url + '/login2' });
    const echo = JSON.parse((await http.request({ url: server.url + '/y' })).body);
    assert.strictEqual(echo.headers.cookie, 'a=1; b=2');
    assert.strictEqual(global.wx.getStorageSync('pwa2wx.cookies').find((c) => c.name === 'a').expires, Date.parse('2037-10-21T07:28:00Z'));
  } finally {
    global.wx = saved;
  }
});

test('auth hook adds headers and retries once after an auth failure', async () => {
  let token = 'stale';
  const seen = [];
  const failures = [];
  http.setAuth({
    headersFor: (url) => new Promise((resolve) => setTimeout(() => {   // a login in flight
      seen.push(url);
      resolve({ Authorization: 'Bearer ' + token });
    }, 10)),
    onAuthFailure: (url, res, sent) => {
      failures.push(sent.Authorization);
      token = 'fresh';
      return Promise.resolve(res.status === 401);
    }
  });
  const res = await http.request({ url: server.url + '/private' });
  assert.strictEqual(res.status, 200);
  assert.deepStrictEqual(seen, [server.url + '/private', server.url + '/private']);
  assert.deepStrictEqual(failures, ['Bearer stale']);
  token = 'stale';
  http.setAuth({ headersFor: () => ({ Authorization: 'Bearer stale' }), onAuthFailure: () => false });
  assert.strictEqual((await http.request({ url: server.url + '/private' })).status, 401);
});

test('abort and timeout reject with named errors', async () => {
  const { AbortController } = rt.require('web.js');
  const ctrl = new AbortController();
  const pending = http.request({ url: server.url + '/slow', signal: ctrl.signal });
  setTimeout(() => ctrl.abort(), 20);
  await assert.rejects(pending, { name: 'AbortError' });
  await assert.rejects(http.request({ url: server.url + '/slow', timeout: 50 }), { name: 'TimeoutError' });
  await assert.rejects(http.request({ url: 'http://127.0.0.1:1/' }), { name: 'NetworkError' });
});
