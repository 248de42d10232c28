'use strict';
// The login adapter against the Casdoor and WeChat doubles (real HTTP on 127.0.0.1), through the
// runtime's request core: sign-in at launch, both token shapes, a rejected code, refresh with rotation,
// Casdoor's refusals as typed errors, account and profile (avatar upload), logout at the server, the
// re-sign-in backoff, manual trigger.
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
    expires_in: 604800, grant_types: ['authorization_code', 'refresh_token'], organization: 'ridgeline',
    wechat_provider: true }, settings));
  await doubles.act('wechat', 'set', { user: 'alice', reject: 0 });
  issuedBefore = (await doubles.act('casdoor', 'tokens')).length;
  login.start(Object.assign({ backend: 'casdoor', endpoint: urls.casdoor, clientId: CLIENT_ID, trigger: 'launch',
    attachTokenTo: [urls.api], reloginInterval: 60 }, loginConfig));
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
  await launch({ shape: 'camel' }, { trigger: 'manual' });   // manual: the rejection is set before the sign-in
  await doubles.act('wechat', 'set', { reject: 1 });
  await login.login();
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
  await launch({ grant_types: ['authorization_code'] }, { reloginInterval: 0 });
  await me();
  await doubles.act('casdoor', 'expire');
  assert.strictEqual((await me()).status, 200);
  const token = await seen('casdoor', TOKEN_PATH);
  assert.deepStrictEqual(token.map((r) => r.fields.grant_type || r.fields.tag),
    ['wechat_miniprogram', 'refresh_token', 'wechat_miniprogram']);
  assert.strictEqual(rt.codes.length, 2);
});

test('sign-in reads the account (get-account); updateProfile renews an expired token and posts update-user',
  async () => {
    await launch({}, { trigger: 'manual' });
    await doubles.act('wechat', 'set', { user: 'bob' });
    await login.login({ username: 'trail.fan', avatar: 'https://cdn.example.com/a.png' });
    assert.strictEqual((await seen('casdoor', TOKEN_PATH))[0].fields.username, 'trail.fan');
    const u = await login.user();
    assert.deepStrictEqual([u.name, u.avatar, u.data.displayName], ['trail.fan', 'https://cdn.example.com/a.png', '']);
    assert.strictEqual((await seen('casdoor', '/api/get-account')).length, 1);   // read once, at sign-in
    await doubles.act('casdoor', 'expire');
    const changes = [];
    const off = login.onChange((s) => changes.push(s));
    const updated = await login.updateProfile({ displayName: 'Trail Fan' });
    off();
    assert.strictEqual(updated.displayName, 'Trail Fan');
    const updates = await seen('casdoor', '/api/update-user');
    assert.strictEqual(updates.length, 2);   // refused for the expired token, then sent with the renewed one
    assert.deepStrictEqual(updates[1].query, { id: 'ridgeline/trail.fan', columns: 'display_name' });
    assert.deepStrictEqual(JSON.parse(updates[1].body), { owner: 'ridgeline', name: 'trail.fan',
      displayName: 'Trail Fan' });
    assert.strictEqual((await seen('casdoor', TOKEN_PATH))[1].fields.grant_type, 'refresh_token');
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

// ---- Casdoor's refusals: login() rejects with a code the app can show, and nothing is signed in
async function refused(settings, before) {
  await launch(settings, { trigger: 'manual' });
  if (before) await before();
  const e = await login.login({ username: 'trail_fan' }).then(() => null, (err) => err);
  assert.strictEqual(login.isSignedIn(), false);
  assert.deepStrictEqual(rt.wx.getStorageInfoSync().keys, []);
  return e;
}

test('a username another user has: username_taken (Casdoor answers HTTP 200 status error)', async () => {
  await launch({}, { trigger: 'manual' });
  await doubles.act('wechat', 'set', { user: 'dora' });
  await login.login({ username: 'trail_fan' });
  const e = await refused({}, () => doubles.act('wechat', 'set', { user: 'emil' }));
  assert.strictEqual(e.code, 'username_taken');
  assert.match(e.message, /Duplicate entry 'ridgeline-trail_fan'/);
});

test('a new user in the built-in organization: built_in_organization', async () => {
  const e = await refused({ organization: 'built-in' }, () => doubles.act('wechat', 'set', { user: 'fay' }));
  assert.strictEqual(e.code, 'built_in_organization');
});

test('sign-up off, unknown client_id, an app without a WeChat provider: typed, with no retry', async () => {
  const off = await refused({ signup: false }, () => doubles.act('wechat', 'set', { user: 'gus' }));
  assert.strictEqual(off.code, 'signup_disabled');
  await launch({}, { trigger: 'manual', clientId: 'nope' });
  const unknown = await login.login().then(() => null, (err) => err);
  assert.deepStrictEqual([unknown.code, unknown.kind], ['invalid_client', 'backend']);
  const noProvider = await refused({ wechat_provider: false });
  assert.strictEqual(noProvider.code, 'invalid_client');
  assert.match(noProvider.message, /does not support wechat mini program/);
  const answers = (await seen('casdoor', TOKEN_PATH)).length;
  assert.strictEqual(answers, 1);   // one exchange each: a fresh code cannot help
});

test('a forbidden user: Casdoor issues a token, the sign-in reads the account and rejects user_forbidden',
  async () => {
    await launch({}, { trigger: 'manual' });
    await doubles.act('wechat', 'set', { user: 'hal' });
    await login.login({ username: 'hal' });
    await login.logout();
    await doubles.act('casdoor', 'forbid', { name: 'hal' });
    const e = await refused({}, () => doubles.act('wechat', 'set', { user: 'hal' }));
    assert.strictEqual(e.code, 'user_forbidden');
    assert.strictEqual((await issued()).length, 1);   // issued, and refused by get-account
  });

test('no token reaches app-visible user data: user().data and onChange states', async () => {
  const states = [];
  const off = login.onChange((s) => states.push(s));
  await launch();
  assert.strictEqual((await me()).status, 200);
  const u = await login.user();
  off();
  const access = (await issued())[0].access;
  const account = (await seen('casdoor', '/api/get-account'))[0];
  assert.ok(account);   // Casdoor's answer carries data.accessToken …
  assert.strictEqual(u.data.accessToken, undefined);   // … the app never sees it
  assert.ok(states.some((s) => s.signedIn && s.user));
  assert.ok(JSON.stringify([u, states]).indexOf(access) < 0);
  assert.ok(!/accessToken|refreshToken|password/.test(JSON.stringify([u, states])));
});

test('logout ends the token at Casdoor (id_token_hint in the body), then clears the device', async () => {
  await launch();
  await me();
  const token = (await issued())[0];
  await login.logout();
  const logout = await seen('casdoor', '/api/logout');
  assert.strictEqual(logout.length, 1);
  assert.strictEqual(logout[0].method, 'POST');
  assert.deepStrictEqual(logout[0].query, {});   // no token in the URL
  assert.strictEqual(logout[0].fields.id_token_hint, token.access);
  assert.strictEqual(login.isSignedIn(), false);
  assert.deepStrictEqual(rt.wx.getStorageInfoSync().keys, []);
  const account = await fetch(urls.casdoor + '/api/get-account', { headers: { Authorization: 'Bearer ' + token.access } });
  assert.match((await account.json()).msg, /^Access token has expired/);
  const refresh = await fetch(urls.casdoor + TOKEN_PATH, { method: 'POST', body: new URLSearchParams({
    grant_type: 'refresh_token', refresh_token: token.refresh, client_id: CLIENT_ID }) });
  assert.deepStrictEqual(await refresh.json(), { error: 'invalid_grant', error_description: 'refresh token is expired' });
});

test('an avatar from chooseAvatar is uploaded (upload-resource) before update-user sets it', async () => {
  await launch({}, { trigger: 'manual' });
  await doubles.act('wechat', 'set', { user: 'ivy' });
  await login.login({ username: 'ivy' });
  const file = rt.wx.env.USER_DATA_PATH + '/avatar.jpg';   // where the app keeps chooseAvatar's temporary file
  const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]);
  rt.wx.getFileSystemManager().writeFileSync(file, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const u = await login.updateProfile({ displayName: 'Ivy', avatar: file });
  const upload = (await seen('casdoor', '/api/upload-resource'))[0];
  assert.deepStrictEqual(upload.query, { owner: 'ridgeline', user: 'ivy', application: 'app-ridgeline', tag: 'avatar',
    parent: 'pwa2wx', fullFilePath: 'avatar/ridgeline/ivy.jpg' });
  assert.match(upload.headers.authorization, /^Bearer at-/);
  const stored = (await doubles.act('casdoor', 'uploads'))['avatar/ridgeline/ivy.jpg'];
  assert.deepStrictEqual(Buffer.from(stored, 'latin1'), bytes);
  const update = (await seen('casdoor', '/api/update-user'))[0];
  assert.deepStrictEqual(JSON.parse(update.body), { owner: 'ridgeline', name: 'ivy', displayName: 'Ivy',
    avatar: urls.casdoor + '/files/avatar/ridgeline/ivy.jpg' });
  assert.deepStrictEqual([u.displayName, u.avatar], ['Ivy', urls.casdoor + '/files/avatar/ridgeline/ivy.jpg']);
});

test('a server refusing every token: at most one code exchange per relogin_interval', async () => {
  for (const [interval, exchanges] of [[60, 1], [0, 4]]) {
    await launch({ grant_types: ['authorization_code'] }, { reloginInterval: interval, trigger: 'manual' });
    await doubles.act('wechat', 'set', { user: 'jo' + interval });
    await login.login();
    assert.strictEqual((await me()).status, 200);
    await doubles.act('casdoor', 'forbid', { name: (await issued())[0].user });
    for (let i = 0; i < 3; i++) assert.strictEqual((await me()).status, 401, 'interval ' + interval + ' #' + i);
    assert.strictEqual(rt.codes.length, exchanges, 'relogin_interval ' + interval);
  }
});
