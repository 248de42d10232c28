'use strict';
// The login adapter against the Casdoor and WeChat doubles (real HTTP on 127.0.0.1), through the
// runtime's request core: sign-in at launch, both token shapes, a rejected code, refresh with rotation,
// account and profile, logout, manual trigger.
const test = require('node:test');
const assert = require('node:assert');
const { startDoubles, app } = require('../doubles/node.js');

const CLIENT_ID = 'b1a2c3d4e5f60718';
const TOKEN_PATH = '/api/login/oauth/access_token';
let doubles, rt, login, http, urls;

test.before(async () => {
  doubles = await startDoubles();
  urls = doubles.urls;
  rt = app({ api: { base: urls.api } }, doubles);
  login = rt.login;
  http = rt.require('http.js');
});
test.after(() => doubles.stop());

// A new app launch on a fresh device: empty storage, doubles' request logs cleared.
async function launch(settings, loginConfig) {
  await login.logout();
  rt.wx.store.clear();
  rt.codes.length = 0;
  for (const name of ['wechat', 'casdoor', 'api']) await doubles.act(name, 'reset');
  await doubles.act('casdoor', 'set', Object.assign({ shape: 'snake', signup: true, internal_errors: 0,
    expires_in: 604800, grant_types: ['authorization_code', 'refresh_token'] }, settings));
  await doubles.act('wechat', 'set', { user: 'alice', reject: 0 });
  issuedBefore = (await doubles.act('casdoor', 'tokens')).length;
  login.start(Object.assign({ backend: 'casdoor', endpoint: urls.casdoor, clientId: CLIENT_ID, trigger: 'launch',
    attachTokenTo: [urls.api] }, loginConfig));
}

// tokens the Casdoor double issued since this launch, oldest first
let issuedBefore = 0;
const issued = async () => (await doubles.act('casdoor', 'tokens')).slice(issuedBefore);
const seen = async (name, path) => (await doubles.act(name, 'requests')).filter((r) => r.path === path);
const me = () => http.request({ url: '/api/me' });

function storageText() {
  return JSON.stringify(Array.from(rt.wx.store.entries()));
}

async function assertNoSessionKey() {
  const keys = await doubles.act('wechat', 'session_keys');
  assert.ok(keys.length > 0);
  const text = storageText();
  keys.forEach((k) => assert.ok(text.indexOf(k) < 0, 'session_key in storage'));
  assert.ok(!/session_key|sessionKey/.test(text));
}

for (const shape of ['snake', 'camel']) {
  test(`launch signs in once (${shape} answer) and the first API request carries its token`, async () => {
    await launch({ shape });
    const res = await me();   // issued while the sign-in is still in flight
    assert.strictEqual(res.status, 200);
    assert.strictEqual(JSON.parse(res.body).greeting.indexOf('Hello, wechat-o'), 0);
    const token = await seen('casdoor', TOKEN_PATH);
    assert.strictEqual(token.length, 1);
    assert.strictEqual(token[0].fields.tag, 'wechat_miniprogram');
    assert.strictEqual(token[0].fields.client_id, CLIENT_ID);
    assert.deepStrictEqual([token[0].fields.code], rt.codes);
    assert.match(token[0].headers['content-type'], /application\/x-www-form-urlencoded/);
    const tokens = await issued();
    assert.strictEqual(tokens.length, 1);
    const api = await seen('api', '/api/me');
    assert.strictEqual(api.length, 1);
    assert.strictEqual(api[0].headers.authorization, 'Bearer ' + tokens[0].access);
    assert.deepStrictEqual(rt.wx.getStorageInfoSync().keys, ['pwa2wx.login.session']);
    assert.strictEqual(rt.wx.getStorageSync('pwa2wx.login.session').refreshToken, tokens[0].refresh);
    await assertNoSessionKey();
  });
}

test('a code WeChat rejects is replaced by one fresh code, never reused', async () => {
  await launch({ shape: 'camel' });
  await doubles.act('wechat', 'set', { reject: 1 });
  assert.strictEqual((await me()).status, 200);
  const token = await seen('casdoor', TOKEN_PATH);
  assert.strictEqual(token.length, 2);
  assert.deepStrictEqual(token.map((r) => r.fields.code), rt.codes);
  assert.notStrictEqual(rt.codes[0], rt.codes[1]);
});

test('a second rejection ends the sign-in: exactly two attempts, the request goes out unsigned', async () => {
  await launch({}, { trigger: 'manual' });
  await doubles.act('wechat', 'set', { reject: 2 });
  await assert.rejects(login.login(), (e) => e.kind === 'code' && /40029|invalid code/.test(e.message));
  assert.strictEqual((await seen('casdoor', TOKEN_PATH)).length, 2);
  assert.strictEqual(login.isSignedIn(), false);
  assert.strictEqual((await me()).status, 401);
});

test('invalid_client (401) and internal errors (HTTP 200 status error) fail without a retry', async () => {
  await launch({}, { trigger: 'manual', clientId: 'nope' });
  await assert.rejects(login.login(), (e) => e.kind === 'backend' && /invalid_client/.test(e.message));
  await launch({ internal_errors: 1 }, { trigger: 'manual' });
  await assert.rejects(login.login(), /database is locked/);
  assert.strictEqual((await seen('casdoor', TOKEN_PATH)).length, 1);
});

test('an expired token is refreshed once for concurrent requests; rotation kills the old pair', async () => {
  await launch({ shape: 'camel' });
  await me();
  const old = (await issued())[0];
  await doubles.act('casdoor', 'expire');
  const answers = await Promise.all([me(), me(), me()]);
  assert.deepStrictEqual(answers.map((r) => r.status), [200, 200, 200]);
  const token = await seen('casdoor', TOKEN_PATH);
  const refreshes = token.filter((r) => r.fields.grant_type === 'refresh_token');
  assert.strictEqual(refreshes.length, 1);
  assert.strictEqual(refreshes[0].fields.refresh_token, old.refresh);
  assert.strictEqual(refreshes[0].fields.client_id, CLIENT_ID);
  assert.strictEqual(token.length, 2);   // the sign-in at launch and the refresh: no second wx.login
  const tokens = await issued();
  assert.strictEqual(tokens.length, 2);
  assert.strictEqual(tokens[0].alive, false);
  const fresh = tokens[1];
  const stored = rt.wx.getStorageSync('pwa2wx.login.session');
  assert.strictEqual(stored.accessToken, fresh.access);
  assert.strictEqual(stored.refreshToken, fresh.refresh);
  const api = await seen('api', '/api/me');
  assert.strictEqual(api[api.length - 1].headers.authorization, 'Bearer ' + fresh.access);
});

test('a token past its expires_in is refreshed before the request is sent', async () => {
  await launch({ expires_in: 1 });
  await me();
  await new Promise((r) => setTimeout(r, 1100));
  assert.strictEqual((await me()).status, 200);
  const api = await seen('api', '/api/me');
  assert.strictEqual(api.length, 2);   // no 401 round trip
  const tokens = await issued();
  assert.strictEqual(tokens.length, 2);
  assert.strictEqual(api[1].headers.authorization, 'Bearer ' + tokens[1].access);
});

test('a failed refresh signs in again with a fresh wx.login code', async () => {
  await launch({ grant_types: ['authorization_code'] });
  await me();
  await doubles.act('casdoor', 'expire');
  assert.strictEqual((await me()).status, 200);
  const token = await seen('casdoor', TOKEN_PATH);
  assert.deepStrictEqual(token.map((r) => r.fields.grant_type || r.fields.tag),
    ['wechat_miniprogram', 'refresh_token', 'wechat_miniprogram']);
  assert.strictEqual(rt.codes.length, 2);
});

test('user() reads get-account, renewing an expired token; updateProfile posts update-user', async () => {
  await launch({}, { trigger: 'manual' });
  await doubles.act('wechat', 'set', { user: 'bob' });
  await login.login({ username: 'trail_fan', avatar: 'https://cdn.example.com/a.png' });
  assert.strictEqual((await seen('casdoor', TOKEN_PATH))[0].fields.username, 'trail_fan');
  await doubles.act('casdoor', 'expire');
  const u = await login.user();
  assert.strictEqual(u.name, 'trail_fan');
  assert.strictEqual(u.avatar, 'https://cdn.example.com/a.png');
  assert.strictEqual((await seen('casdoor', '/api/get-account')).length, 2);   // expired, then renewed
  const changes = [];
  const off = login.onChange((s) => changes.push(s));
  const updated = await login.updateProfile({ displayName: 'Trail Fan' });
  off();
  assert.strictEqual(updated.displayName, 'Trail Fan');
  const update = (await seen('casdoor', '/api/update-user'))[0];
  assert.deepStrictEqual(update.query, { id: 'built-in/trail_fan', columns: 'display_name' });
  assert.deepStrictEqual(JSON.parse(update.body), { owner: 'built-in', name: 'trail_fan', displayName: 'Trail Fan' });
  assert.ok(changes.some((s) => s.signedIn && s.user && s.user.displayName === 'Trail Fan'));
});

test('logout removes the stored session with removeStorageSync and notifies', async () => {
  await launch();
  await me();
  const removed = [];
  const remove = rt.wx.removeStorageSync;
  rt.wx.removeStorageSync = (key) => { removed.push(key); remove(key); };
  const states = [];
  const off = login.onChange((s) => states.push(s.signedIn));
  await login.logout();
  off();
  rt.wx.removeStorageSync = remove;
  assert.deepStrictEqual(removed, ['pwa2wx.login.session']);
  assert.deepStrictEqual(rt.wx.getStorageInfoSync().keys, []);
  assert.deepStrictEqual(states, [false]);
  assert.strictEqual(login.isSignedIn(), false);
  assert.strictEqual(await login.token(), null);
});

test('manual trigger: no sign-in until the app asks; a 401 does not sign in behind its back', async () => {
  await launch({}, { trigger: 'manual' });
  assert.strictEqual((await me()).status, 401);
  assert.strictEqual(rt.codes.length, 0);
  await Promise.all([login.login(), login.login()]);   // single-flight
  assert.strictEqual(rt.codes.length, 1);
  assert.strictEqual((await me()).status, 200);
});

test('a stored session is reused at the next launch without a new sign-in', async () => {
  await launch();
  await me();
  await doubles.act('casdoor', 'reset');
  login.start({ backend: 'casdoor', endpoint: urls.casdoor, clientId: CLIENT_ID, trigger: 'launch',
    attachTokenTo: [urls.api] });
  assert.strictEqual((await me()).status, 200);
  assert.strictEqual((await seen('casdoor', TOKEN_PATH)).length, 0);
});

test('only attach_token_to origins get the token', async () => {
  await launch();
  await me();
  await http.request({ url: urls.wechat + '/elsewhere' });
  const other = await seen('wechat', '/elsewhere');
  assert.strictEqual(other[0].headers.authorization, undefined);
});

test('a 401 for a token another request already renewed retries without a second refresh', async () => {
  const setAuth = http.setAuth;
  let hooks;
  http.setAuth = (h) => { hooks = h; setAuth(h); };
  await launch();
  http.setAuth = setAuth;
  await me();
  const stale = { Authorization: 'Bearer at-stale' };
  assert.strictEqual(await hooks.onAuthFailure(urls.api + '/api/me', { status: 401 }, stale), true);
  assert.strictEqual((await seen('casdoor', TOKEN_PATH)).length, 1);
  assert.strictEqual(await hooks.onAuthFailure(urls.casdoor + '/x', { status: 401 }), false);
});

test('an app request to Casdoor refused with HTTP 200 status error renews the token and retries', async () => {
  await launch({}, { attachTokenTo: [urls.api, urls.casdoor] });
  await me();
  await doubles.act('casdoor', 'expire');
  const res = await http.request({ url: urls.casdoor + '/api/get-account' });
  assert.strictEqual(JSON.parse(res.body).status, 'ok');
  const refreshes = (await seen('casdoor', TOKEN_PATH)).filter((r) => r.fields.grant_type === 'refresh_token');
  assert.strictEqual(refreshes.length, 1);
});
