'use strict';
// The Authing and custom backends against their doubles (real HTTP on 127.0.0.1): Authing's current API
// (sign-in, refresh, profile and avatar, revocation) and its legacy one; the custom backend's configured code
// field and token path (no refresh, so a 401 signs in again).
const test = require('node:test');
const assert = require('node:assert');
const { startDoubles, app } = require('../doubles/node.js');

let doubles, rt, login, http, urls;

test.before(async () => {
  doubles = await startDoubles();
  urls = doubles.urls;
  rt = app({ api: { base: '' } }, doubles);
  login = rt.login;
  http = rt.require('http.js');
});
test.after(() => doubles.stop());

async function launch(loginConfig) {
  await login.logout();
  rt.wx.store.clear();
  rt.codes.length = 0;
  for (const name of ['wechat', 'authing', 'authingApi', 'custom']) await doubles.act(name, 'reset');
  login.start(Object.assign({ trigger: 'launch' }, loginConfig));
}

const seen = async (name, path) => (await doubles.act(name, 'requests')).filter((r) => r.path === path);
const AUTHING = { backend: 'authing', endpoint: '', appId: '62a0b1c2d3e4f5a6b7c8d9e1', connection: 'ridgeline-wxmp',
  api: 'v3', reloginInterval: 60 };
const LEGACY = { backend: 'authing', api: 'legacy', userpoolId: '62a0b1c2d3e4f5a6b7c8d9e0',
  appId: '62a0b1c2d3e4f5a6b7c8d9e1' };
const AUTH_PATH = '/connections/social/wechat-miniprogram/auth';
const SIGNIN_PATH = '/api/v3/signin-by-mobile';
const authing = (extra) => Object.assign({}, AUTHING, { endpoint: urls.authing + '/', attachTokenTo: [urls.authingApi] },
  extra);
const authingMe = () => http.request({ url: urls.authingApi + '/api/me' });

test('authing v3: signin-by-mobile with the app id and identity source; the token carries requests', async () => {
  await doubles.act('authing', 'set', { expires_in: 1209600 });
  await launch(authing());
  const res = await authingMe();
  assert.strictEqual(res.status, 200);
  assert.strictEqual(JSON.parse(res.body).greeting, 'Hello, Authing member');
  const signin = await seen('authing', SIGNIN_PATH);
  assert.strictEqual(signin.length, 1);
  assert.deepStrictEqual(JSON.parse(signin[0].body), { connection: 'wechat_mini_program_code',
    extIdpConnidentifier: 'ridgeline-wxmp', wechatMiniProgramCodePayload: { code: rt.codes[0] },
    options: { scope: 'openid profile offline_access' } });
  assert.strictEqual(signin[0].headers['x-authing-app-id'], AUTHING.appId);
  assert.strictEqual(signin[0].headers['x-authing-userpool-id'], undefined);   // optional, and not set
  const stored = rt.wx.getStorageSync('pwa2wx.login.session');
  const token = (await doubles.act('authing', 'tokens')).slice(-1)[0];
  assert.deepStrictEqual([stored.accessToken, stored.refreshToken], [token.access, token.refresh]);
  assert.ok(Math.abs(stored.expiresAt - (Date.now() + 1209600 * 1000)) < 5000);   // from expires_in
  assert.strictEqual((await seen('authingApi', '/api/me'))[0].headers.authorization, 'Bearer ' + token.access);
  const profile = await seen('authing', '/api/v3/get-profile');
  assert.strictEqual(profile.length, 1);   // read at sign-in
  const u = await login.user();
  assert.deepStrictEqual([u.displayName, u.data.openid.length > 0], ['', true]);
});

test('authing v3: a code WeChat rejects is replaced by one fresh code', async () => {
  await launch(authing({ trigger: 'manual' }));
  await doubles.act('wechat', 'set', { reject: 1 });
  await login.login();
  const codes = (await seen('authing', SIGNIN_PATH)).map((r) => JSON.parse(r.body).wechatMiniProgramCodePayload.code);
  assert.deepStrictEqual(codes, rt.codes);
  assert.strictEqual(codes.length, 2);
  await doubles.act('wechat', 'set', { reject: 0 });
});

test('authing v3: a token past expires_in is refreshed at /oidc/token (form), the old pair rotated away', async () => {
  await doubles.act('authing', 'set', { expires_in: 1 });
  await launch(authing());
  assert.strictEqual((await authingMe()).status, 200);
  await new Promise((r) => setTimeout(r, 1100));
  assert.strictEqual((await authingMe()).status, 200);
  const refresh = await seen('authing', '/oidc/token');
  assert.strictEqual(refresh.length, 1);
  assert.match(refresh[0].headers['content-type'], /x-www-form-urlencoded/);
  const tokens = await doubles.act('authing', 'tokens');
  const [old, fresh] = tokens.slice(-2);
  assert.deepStrictEqual(refresh[0].fields, { grant_type: 'refresh_token', refresh_token: old.refresh,
    client_id: AUTHING.appId });
  assert.strictEqual(old.alive, false);
  assert.strictEqual(rt.codes.length, 1);   // no second wx.login
  assert.strictEqual((await seen('authingApi', '/api/me'))[1].headers.authorization, 'Bearer ' + fresh.access);
  await doubles.act('authing', 'set', { expires_in: 1209600 });
});

test('authing v3: profile and avatar: the image is uploaded, then update-profile sets nickname and photo',
  async () => {
    await launch(authing({ trigger: 'manual' }));
    await login.login();
    const file = rt.wx.env.USER_DATA_PATH + '/face.png';
    rt.wx.getFileSystemManager().writeFileSync(file, 'PNG-bytes', 'utf-8');
    const u = await login.updateProfile({ displayName: 'Lin', avatar: file });
    const upload = (await seen('authing', '/api/v2/upload'))[0];
    assert.deepStrictEqual([upload.query, upload.files], [{ folder: 'avatar' }, { file: 'PNG-bytes' }]);
    const update = (await seen('authing', '/api/v3/update-profile'))[0];
    const body = JSON.parse(update.body);
    assert.strictEqual(body.nickname, 'Lin');
    assert.match(body.photo, /^http:\/\/127\.0\.0\.1:\d+\/avatar\/\w+\.png$/);
    assert.deepStrictEqual([u.displayName, u.avatar], ['Lin', body.photo]);
  });

test('authing v3: logout revokes the tokens at Authing, then clears the device', async () => {
  await launch(authing());
  assert.strictEqual((await authingMe()).status, 200);
  const token = (await doubles.act('authing', 'tokens')).slice(-1)[0];
  await login.logout();
  const revoked = await seen('authing', '/oidc/token/revocation');
  const byToken = (a, b) => (a.token < b.token ? -1 : 1);   // both sent at once: in either order
  assert.deepStrictEqual(revoked.map((r) => r.fields).sort(byToken), [{ client_id: AUTHING.appId, token: token.access },
    { client_id: AUTHING.appId, token: token.refresh }].sort(byToken));
  assert.strictEqual((await doubles.act('authing', 'tokens')).slice(-1)[0].alive, false);
  assert.deepStrictEqual(rt.wx.getStorageInfoSync().keys, []);
  const again = await fetch(urls.authingApi + '/api/me', { headers: { Authorization: 'Bearer ' + token.access } });
  assert.strictEqual(again.status, 401);
});

test('authing v3: a wrong identity source fails the sign-in with Authing\'s statusCode and message', async () => {
  await launch(authing({ connection: 'nope', trigger: 'manual' }));
  await assert.rejects(login.login(), (e) => e.code === 'backend' &&
    /Authing answered 400 \(2005\): identity source connection not found/.test(e.message));
  assert.strictEqual(login.isSignedIn(), false);
});

test('authing legacy: the code goes to the social auth endpoint with the user pool headers', async () => {
  await launch(Object.assign({ endpoint: urls.authing, attachTokenTo: [urls.authingApi] }, LEGACY));
  const res = await authingMe();
  assert.strictEqual(res.status, 200);
  const auth = await seen('authing', AUTH_PATH);
  assert.strictEqual(auth.length, 1);
  assert.deepStrictEqual(JSON.parse(auth[0].body), { code: rt.codes[0] });
  assert.strictEqual(auth[0].headers['x-authing-userpool-id'], LEGACY.userpoolId);
  assert.strictEqual(auth[0].headers['x-authing-app-id'], LEGACY.appId);
  assert.strictEqual(auth[0].headers['x-authing-request-from'], 'wxapp');
  const stored = rt.wx.getStorageSync('pwa2wx.login.session');
  assert.ok(stored.expiresAt > Date.now() + 1000 * 1000000);   // from tokenExpiredAt (15 days)
  assert.strictEqual((await seen('authingApi', '/api/me'))[0].headers.authorization, 'Bearer ' + stored.accessToken);
  const u = await login.user();
  assert.strictEqual(u.data.token, undefined);
  assert.strictEqual(u.data.tokenExpiredAt, undefined);
  await assert.rejects(login.updateProfile({ displayName: 'x' }), (e) => e.code === 'unsupported');
});

test('authing legacy: an error envelope fails the sign-in with its code and message', async () => {
  await launch(Object.assign({ endpoint: urls.authing, attachTokenTo: [] }, LEGACY, { userpoolId: 'wrong',
    trigger: 'manual' }));
  await assert.rejects(login.login(), /Authing answered 2004: user pool does not exist/);
  assert.strictEqual(login.isSignedIn(), false);
});

const CUSTOM = { backend: 'custom', codeField: 'js_code', tokenPath: 'data.token', userPath: 'data.user' };

test('custom: the code is posted in the configured field; token and user read at their paths', async () => {
  await launch(Object.assign({ endpoint: urls.custom + '/api/wx-login', attachTokenTo: [urls.custom] }, CUSTOM));
  const res = await http.request({ url: urls.custom + '/api/me' });
  assert.strictEqual(res.status, 200);
  const posted = (await seen('custom', '/api/wx-login'))[0];
  assert.deepStrictEqual(JSON.parse(posted.body), { js_code: rt.codes[0] });
  assert.match((await login.user()).name, /^member-/);
});

test('custom: without refresh, a 401 signs in again with a fresh code and the request retries', async () => {
  await launch(Object.assign({ endpoint: urls.custom + '/api/wx-login', attachTokenTo: [urls.custom] }, CUSTOM));
  await login.token();
  rt.wx.setStorageSync('pwa2wx.login.session', { accessToken: 'revoked', refreshToken: '', expiresAt: 0 });
  login.start(Object.assign({ endpoint: urls.custom + '/api/wx-login', attachTokenTo: [urls.custom],
    trigger: 'launch' }, CUSTOM));
  const res = await http.request({ url: urls.custom + '/api/me' });
  assert.strictEqual(res.status, 200);
  assert.strictEqual(rt.codes.length, 2);
  assert.deepStrictEqual((await seen('custom', '/api/me')).map((r) => r.headers.authorization),
    ['Bearer revoked', 'Bearer ' + rt.wx.getStorageSync('pwa2wx.login.session').accessToken]);
});

test('custom: an answer without a token at token_path is a clear error', async () => {
  await launch(Object.assign({ endpoint: urls.custom + '/api/wx-login', attachTokenTo: [], trigger: 'manual' },
    CUSTOM, { tokenPath: 'data.jwt' }));
  await assert.rejects(login.login(), /no token at "data.jwt"/);
});
