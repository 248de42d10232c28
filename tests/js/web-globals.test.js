'use strict';
// location, window (open, events, sizes, matchMedia), navigator and document (runtime/web.js).
const test = require('node:test');
const assert = require('node:assert');
const { layout } = require('./helpers/runtime.js');

const rt = layout({
  api: { base: 'https://api.example.com/v1' },
  routes: [
    { path: 'app/tabs/speakers', page: 'pages/speaker-list/speaker-list', pathMatch: 'full' },
    { path: 'login', page: 'pages/login/login', pathMatch: 'full' }
  ],
  tabs: []
}, { system: { language: 'zh_CN', theme: 'dark', windowWidth: 390 } });
const web = rt.require('web.js');
const router = rt.require('angular/router.js');
const wx = rt.wx;
const settle = () => new Promise((r) => setTimeout(r, 5));

test('location reads the current page URL on the [api] base origin and navigates through the router', async () => {
  router.ɵenter({ url: '/app/tabs/speakers?day=2#top' });
  const loc = web.location;
  assert.strictEqual(loc.href, 'https://api.example.com/app/tabs/speakers?day=2#top');
  assert.deepStrictEqual([loc.origin, loc.protocol, loc.host, loc.pathname, loc.search, loc.hash],
    ['https://api.example.com', 'https:', 'api.example.com', '/app/tabs/speakers', '?day=2', '#top']);
  loc.assign('/login');
  await settle();
  assert.strictEqual(wx.callsOf('navigateTo').pop().url, '/pages/login/login');
  loc.href = 'https://api.example.com/login';
  await settle();
  assert.strictEqual(wx.callsOf('navigateTo').pop().url, '/pages/login/login');
  loc.replace('/login');
  await settle();
  assert.strictEqual(wx.callsOf('redirectTo').pop().url, '/pages/login/login');
});

test('window.open: app URLs navigate, tel: calls, other links are copied with a toast', async () => {
  assert.strictEqual(web.window.open('/login'), null);
  await settle();
  assert.strictEqual(wx.callsOf('navigateTo').pop().url, '/pages/login/login');
  web.window.open('https://ionicframework.com', '_blank');
  await settle();
  assert.strictEqual(wx.callsOf('setClipboardData').pop().data, 'https://ionicframework.com');
  assert.match(wx.callsOf('showToast').pop().title, /Link copied/);
  web.window.open('tel:+123');
  assert.strictEqual(wx.callsOf('makePhoneCall').pop().phoneNumber, '+123');
  rt.config.webview = 'pages/webview/webview';
  web.window.open('https://ionicframework.com/docs');
  assert.strictEqual(wx.callsOf('navigateTo').pop().url, '/pages/webview/webview?url=https%3A%2F%2Fionicframework.com%2Fdocs');
  delete rt.config.webview;
});

test('window is an event target for app events (CustomEvent) and network changes', () => {
  const got = [];
  const onLogin = (e) => got.push(e.type + ':' + e.detail);
  web.window.addEventListener('user:login', onLogin);
  assert.strictEqual(web.window.dispatchEvent(new web.CustomEvent('user:login', { detail: 'burt' })), true);
  web.window.removeEventListener('user:login', onLogin);
  web.window.dispatchEvent(new web.CustomEvent('user:login'));
  assert.deepStrictEqual(got, ['user:login:burt']);
  web.window.addEventListener('offline', () => got.push('offline'));
  wx.emit('NetworkStatusChange', { isConnected: false, networkType: 'none' });
  assert.strictEqual(web.navigator.onLine, false);
  assert.deepStrictEqual(got, ['user:login:burt', 'offline']);
  wx.emit('NetworkStatusChange', { isConnected: true, networkType: 'wifi' });
});

test('window sizes, matchMedia, timers, alert', async () => {
  const w = web.window;
  assert.deepStrictEqual([w.innerWidth, w.innerHeight, w.devicePixelRatio], [390, 750, 3]);
  assert.strictEqual(w.matchMedia('(prefers-color-scheme: dark)').matches, true);
  assert.strictEqual(w.matchMedia('(min-width: 992px)').matches, false);
  assert.strictEqual(w.matchMedia('(max-width: 576px) and (prefers-color-scheme: dark)').matches, true);
  assert.strictEqual(w.window, w);
  assert.strictEqual(w.localStorage, web.localStorage);
  await new Promise((resolve) => w.requestAnimationFrame(resolve));
  w.alert('Saved');
  assert.deepStrictEqual([wx.callsOf('showModal').pop().content, wx.callsOf('showModal').pop().showCancel], ['Saved', false]);
});

test('navigator: language, userAgent, clipboard, geolocation, share, vibrate', async () => {
  const nav = web.navigator;
  assert.strictEqual(nav.language, 'zh-CN');
  assert.match(nav.userAgent, /iOS 16\.0; iPhone 12\) MicroMessenger\/8\.0\.40 miniProgram/);
  assert.match(nav.appVersion, /^5\.0 \(iOS 16\.0; iPhone 12\)/);   // device detection reads the OS version there
  await nav.clipboard.writeText('copied');
  assert.strictEqual(wx.callsOf('setClipboardData').pop().data, 'copied');
  wx.answer('getClipboardData', { data: 'pasted', errMsg: 'getClipboardData:ok' });
  assert.strictEqual(await nav.clipboard.readText(), 'pasted');
  wx.answer('getLocation', { latitude: 43.07, longitude: -89.38, accuracy: 30, speed: -1, errMsg: 'getLocation:ok' });
  const pos = await new Promise((ok, fail) => nav.geolocation.getCurrentPosition(ok, fail, { enableHighAccuracy: true }));
  assert.deepStrictEqual([pos.coords.latitude, pos.coords.longitude, pos.coords.speed], [43.07, -89.38, null]);
  assert.strictEqual(wx.callsOf('getLocation').pop().isHighAccuracy, true);
  wx.answer('getLocation', { errMsg: 'getLocation:fail auth deny' });
  const err = await new Promise((ok) => nav.geolocation.getCurrentPosition(() => {}, ok));
  assert.strictEqual(err.code, err.PERMISSION_DENIED);
  await nav.share({ title: 'Ionic', url: 'https://ionic.io' });
  assert.strictEqual(wx.callsOf('setClipboardData').pop().data, 'Ionic https://ionic.io');
  assert.ok(wx.callsOf('showShareMenu').length);
  nav.vibrate(500);
  assert.strictEqual(wx.callsOf('vibrateLong').length, 1);
});

test('document is an inert stub: common one-liners do not throw; title sets the navigation bar', () => {
  const doc = web.document;
  doc.documentElement.classList.toggle('ion-palette-dark', true);
  doc.body.style.setProperty('--x', '1');
  const found = doc.querySelector('ion-app'); // inert: reading its classes answers "no", writing does nothing
  assert.strictEqual(found.classList.contains('ion-palette-dark'), false);
  found.classList.add('x');
  assert.strictEqual(found.getAttribute('class'), null);
  assert.deepStrictEqual(doc.querySelectorAll('p'), []);
  const probe = doc.createElement('div');   // as @angular/cdk's high-contrast probe does
  doc.body.appendChild(probe);
  assert.strictEqual(probe.getBoundingClientRect().width, 0);
  probe.remove();
  assert.strictEqual(doc.location, web.location);
  doc.title = 'Schedule';
  assert.strictEqual(wx.callsOf('setNavigationBarTitle').pop().title, 'Schedule');
});

test('what libraries probe at load: self, CSS.supports, customElements, postMessage, DOM classes (inert)', () => {
  assert.strictEqual(web.self, web.window);
  assert.strictEqual(web.CSS.supports('color-scheme', 'dark'), false);
  assert.strictEqual(web.CSS.escape('a.b'), 'a\\.b');
  web.window.customElements.define('swiper-container', class {});
  assert.strictEqual(web.window.customElements.get('swiper-container'), undefined);
  web.window.postMessage({ type: 'probe' }, '*');
  assert.strictEqual('download' in web.HTMLAnchorElement.prototype, false);   // FileSaver's probe
  assert.strictEqual(web.document.createElement('a') instanceof web.HTMLElement, false);
  assert.ok(new web.HTMLInputElement() instanceof web.Element);
});

test('crypto.getRandomValues draws secure bytes gathered from wx.getRandomValues, each once', async () => {
  assert.throws(() => web.crypto.getRandomValues(new Uint8Array(8)), /no secure random bytes available yet/);
  await new Promise((resolve) => web.ɵseedRandom(resolve));
  const a = web.crypto.getRandomValues(new Uint32Array(4)), b = web.crypto.getRandomValues(new Uint32Array(4));
  assert.notDeepStrictEqual(Array.from(a), Array.from(b));
  assert.ok(Array.from(a).some((x) => x !== 0));
  assert.match(web.crypto.randomUUID(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.throws(() => web.crypto.getRandomValues(new Uint8Array(65537)), /at most 65536/);
});

test("the app's setTimeout/setInterval callbacks are followed by change detection", async () => {
  const core = rt.require('angular/core.js');
  let detections = 0;
  const view = { detect: () => { detections += 1; } };
  core.ɵattachView(view);
  try {
    await settle(); // let ticks other tests scheduled run first
    detections = 0;
    const state = {};
    await new Promise((resolve) => web.setTimeout((a, b) => { state.v = a + b; resolve(); }, 1, 2, 3));
    await settle();
    assert.strictEqual(state.v, 5);
    assert.strictEqual(detections, 1);
    let ticks = 0;
    await new Promise((resolve) => {
      const id = web.setInterval(() => { ticks += 1; if (ticks === 2) { clearInterval(id); resolve(); } }, 1);
    });
    await settle();
    assert.strictEqual(detections, 3);
  } finally {
    core.ɵdetachView(view);
  }
});

test("zone.js's Zone, which libraries read: one root zone that runs what it is given", () => {
  const { Zone } = web;
  assert.strictEqual(Zone.current, Zone.root);
  assert.strictEqual(Zone.current.run(function (a) { return [this.n, a]; }, { n: 1 }, [2]).join(), '1,2');
  assert.strictEqual(Zone.current.fork({ name: 'x' }).runGuarded(() => 'ran'), 'ran');
  assert.strictEqual(web.window.Zone, Zone);
});
