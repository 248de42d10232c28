'use strict';
// Web-view pages ([webview] in pwa2wx.toml; adapters/runtime/webview.js) on the framework double: the PWA URL
// of the route the router opened (path or hash routing), sharing the URL the PWA shows, and its messages.
const test = require('node:test');
const assert = require('node:assert');
const { miniprogram } = require('./helpers/miniprogram.js');

const ROUTES = [
  { path: 'home', page: 'pages/home/home', pathMatch: 'prefix' },
  { path: 'map/:place', page: 'pages/map/map', pathMatch: 'prefix' }
];

function hybrid(pwa) {
  const C = class {};
  C.__ng__ = { kind: 'component', deps: () => [] };
  const native = { route: 'pages/home/home', component: () => C, render: () => ({}), handlers: [] };
  const a = miniprogram({ 'pages/home/home': native, 'pages/map/map': native }, { app: { routes: ROUTES, pwa } });
  // the web-view page as pwa2wx writes it (output/webview_page.py)
  a.rt.file('pages/map/map.js', "require('../../pwa2wx/runtime/webview.js').page({ route: 'pages/map/map' });\n");
  a.mp.launch();
  a.mp.open('pages/home/home', {});
  return a;
}

test('the router opens a web-view page at the PWA URL of the route, with its params and query', async () => {
  const a = hybrid('https://app.example.com/');
  await a.settle();
  await a.router.navigate('/map/old%20town?zoom=3');
  await a.settle();
  assert.strictEqual(a.top().route, 'pages/map/map');
  assert.strictEqual(a.top().data.url, 'https://app.example.com/map/old%20town?zoom=3');
  assert.strictEqual(a.router.currentUrl(), '/map/old%20town?zoom=3');   // Router.url follows the page on top
  assert.deepStrictEqual(a.errors, []);
  a.restore();
});

test('a PWA on hash routing gets the route after its #', async () => {
  const a = hybrid('https://app.example.com/#');
  await a.settle();
  a.mp.open('pages/map/map', { place: 'harbour' });   // WeChat opening the page itself (launch, a shared card)
  assert.strictEqual(a.top().data.url, 'https://app.example.com/#/map/harbour');
  a.restore();
});

test('sharing shares the URL the PWA shows; a shared card opens it, and only a path of the PWA', async () => {
  const a = hybrid('https://app.example.com');
  await a.settle();
  const page = a.mp.open('pages/map/map', { place: 'harbour' });
  const shared = page.onShareAppMessage({ webViewUrl: 'https://app.example.com/map/quay?zoom=2' });
  assert.deepStrictEqual(shared, { path: '/pages/map/map?webViewUrl=%2Fmap%2Fquay%3Fzoom%3D2' });
  // a handed-over token ([webview] handoff) is never shared
  assert.deepStrictEqual(page.onShareAppMessage({ webViewUrl: 'https://app.example.com/map/quay#pwa2wx_token=at-1' }),
    { path: '/pages/map/map?webViewUrl=%2Fmap%2Fquay' });
  assert.strictEqual(a.mp.open('pages/map/map', { webViewUrl: '%2Fmap%2Fquay%3Fzoom%3D2' }).data.url,
    'https://app.example.com/map/quay?zoom=2');
  assert.strictEqual(a.mp.open('pages/map/map', { webViewUrl: '%2F%2Fevil.example.com%2F', place: 'x' }).data.url,
    'https://app.example.com/map/x');
  a.restore();
});

test("the PWA's messages reach the app as webviewMessage events on window", async () => {
  const a = hybrid('https://app.example.com');
  await a.settle();
  const page = a.mp.open('pages/map/map', { place: 'harbour' });
  const got = [];
  const window = a.rt.require('dom.js').window;
  window.addEventListener('webviewMessage', (e) => got.push([e.route, e.data]));
  page.onMessage({ detail: { data: [{ picked: 'harbour' }] } });
  assert.deepStrictEqual(got, [['pages/map/map', [{ picked: 'harbour' }]]]);
  a.restore();
});
