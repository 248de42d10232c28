'use strict';
// localStorage/sessionStorage (web.js), @ionic/storage (ionic/storage.js) and Capacitor Preferences on the
// wx double's storage, which keeps WeChat's per-key and total limits.
const test = require('node:test');
const assert = require('node:assert');
const { layout } = require('./helpers/runtime.js');

const rt = layout({}, { keyLimit: 2000, totalLimit: 6000 });
const web = rt.require('web.js');
const { Storage, IonicStorageModule } = rt.require('ionic/storage.js');
const { Preferences } = rt.require('capacitor/preferences.js');
const core = rt.require('angular/core.js');
const wx = rt.wx;

test.beforeEach(() => wx.clearStorageSync());

test('localStorage: strings in wx storage, its own key area, Storage interface', () => {
  const ls = web.localStorage;
  wx.setStorageSync('token-of-someone-else', 'keep');
  ls.setItem('n', 42);
  ls.setItem('empty', '');
  assert.strictEqual(ls.getItem('n'), '42');
  assert.strictEqual(ls.getItem('empty'), '');
  assert.strictEqual(ls.getItem('none'), null);
  assert.strictEqual(ls.length, 2);
  assert.deepStrictEqual([ls.key(0), ls.key(1), ls.key(2)], ['n', 'empty', null]);
  assert.strictEqual(wx.getStorageSync('ls.n'), '42');
  ls.removeItem('n');
  ls.clear();
  assert.strictEqual(ls.length, 0);
  assert.strictEqual(wx.getStorageSync('token-of-someone-else'), 'keep');
});

test('localStorage quota: QuotaExceededError, as browsers throw', () => {
  assert.throws(() => web.localStorage.setItem('big', 'x'.repeat(3000)),
    (e) => e.name === 'QuotaExceededError' && /1 MB per key/.test(e.message));
});

test('sessionStorage lives in memory only', () => {
  web.sessionStorage.setItem('s', 'v');
  assert.strictEqual(web.sessionStorage.getItem('s'), 'v');
  assert.deepStrictEqual(wx.getStorageInfoSync().keys, []);
});

test('@ionic/storage: create (ready in v2), JSON values, keys/length/forEach, separate databases', async () => {
  const storage = await new Storage().create();
  assert.strictEqual(await storage.ready(), storage);
  await storage.set('hasLoggedIn', true);
  assert.deepStrictEqual(await storage.set('user', { name: 'Burt', favorites: ['a'] }), { name: 'Burt', favorites: ['a'] });
  assert.strictEqual(await storage.get('hasLoggedIn'), true);
  assert.deepStrictEqual(await storage.get('user'), { name: 'Burt', favorites: ['a'] });
  assert.strictEqual(await storage.get('missing'), null);
  assert.deepStrictEqual(await storage.keys(), ['hasLoggedIn', 'user']);
  assert.strictEqual(await storage.length(), 2);
  const seen = [];
  await storage.forEach((value, key, n) => seen.push([key, n]));
  assert.deepStrictEqual(seen, [['hasLoggedIn', 1], ['user', 2]]);
  const other = new Storage({ name: 'other' });
  await other.set('x', 1);
  await storage.clear();
  assert.strictEqual(await other.get('x'), 1);
  await storage.remove('user');
  assert.strictEqual(storage.driver, 'wxStorage');
});

test('@ionic/storage: a write over the quota rejects with a clear message', async () => {
  await assert.rejects(new Storage().set('big', 'x'.repeat(3000)),
    (e) => e.name === 'QuotaExceededError' && /storage quota exceeded writing "big"/.test(e.message));
});

test('@ionic/storage-angular: IonicStorageModule.forRoot() provides the Storage apps inject', async () => {
  const inj = core.Injector.create({ providers: [IonicStorageModule.forRoot({ name: 'conf' })] });
  const storage = inj.get(Storage);
  assert.strictEqual(storage, inj.get(Storage));
  await storage.set('username', 'burt');
  assert.strictEqual(wx.getStorageSync('conf/_ionickv/username'), 'burt');
  assert.ok(core.ɵroot.get(Storage) instanceof Storage);   // providedIn root when forRoot is missing
});

test('Capacitor Preferences: string values under CapacitorStorage.<key>, groups, quota', async () => {
  await Preferences.set({ key: 'theme', value: 'dark' });
  assert.deepStrictEqual(await Preferences.get({ key: 'theme' }), { value: 'dark' });
  assert.deepStrictEqual(await Preferences.get({ key: 'nope' }), { value: null });
  assert.strictEqual(wx.getStorageSync('CapacitorStorage.theme'), 'dark');
  await Preferences.configure({ group: 'NativeStorage' });
  await Preferences.set({ key: 'a', value: '1' });
  assert.deepStrictEqual(await Preferences.keys(), { keys: ['a'] });
  await Preferences.clear();
  assert.strictEqual(wx.getStorageSync('CapacitorStorage.theme'), 'dark');
  await assert.rejects(Preferences.set({ key: 'big', value: 'x'.repeat(3000) }), { name: 'QuotaExceededError' });
  await Preferences.configure({});
});

test('change detection runs after a storage read settles (the app set its state in between)', async () => {
  const storage = new Storage();
  await storage.set('username', 'burt');
  const page = { username: null };
  const shown = [];
  const view = { detect: () => shown.push(page.username) };
  core.ɵattachView(view);
  storage.get('username').then((u) => { page.username = u; });   // not awaited by any lifecycle hook
  await new Promise((r) => setTimeout(r, 10));
  core.ɵdetachView(view);
  assert.deepStrictEqual(shown, ['burt']);
});
