'use strict';
// The Authing and custom backends against their doubles (real HTTP on 127.0.0.1): headers, envelope,
// configured code field and token path; no refresh, so a 401 signs in again.
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
const AUTHING = { backend: 'authing', userpoolId: '62a0b1c2d3e4f5a6b7c8d9e0', appId: '62a0b1c2d3e4f5a6b7c8d9e1' };
const AUTH_PATH = '/connections/social/wechat-miniprogram/auth';

test('authing: the wx.login code goes to the auth endpoint with the user pool headers', async () => {
  await launch(Object.assign({ endpoint: urls.authing + '/', attachTokenTo: [urls.authingApi] }, AUTHING));
  const res = await http.request({ url: urls.authingApi + '/api/me' });
  assert.strictEqual(res.status, 200);
  assert.strictEqual(JSON.parse(res.body).greeting, 'Hello, WeChat user');
  const auth = await seen('authing', AUTH_PATH);
  assert.strictEqual(auth.length, 1);
  assert.deepStrictEqual(JSON.parse(auth[0].body), { code: rt.codes[0] });
  assert.strictEqual(auth[0].headers['x-authing-userpool-id'], AUTHING.userpoolId);
  assert.strictEqual(auth[0].headers['x-authing-app-id'], AUTHING.appId);
  assert.strictEqual(auth[0].headers['x-authing-request-from'], 'wxapp');
  const token = rt.wx.getStorageSync('pwa2wx.login.session').accessToken;
  assert.strictEqual((await seen('authingApi', '/api/me'))[0].headers.authorization, 'Bearer ' + token);
  const u = await login.user();
  assert.strictEqual(u.displayName, 'WeChat user');
  assert.strictEqual(u.data.token, undefined);
  await assert.rejects(login.updateProfile({ displayName: 'x' }), /authing has no profile update/);
});

test('authing: an error envelope fails the sign-in with its code and message', async () => {
  await launch(Object.assign({ endpoint: urls.authing, attachTokenTo: [] }, AUTHING, { userpoolId: 'wrong',
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
