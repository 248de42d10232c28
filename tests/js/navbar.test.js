'use strict';
// The page's own navigation bar (runtime/navbar.js): insets from the device, the back and home buttons.
const test = require('node:test');
const assert = require('node:assert');
const { layout } = require('./helpers/runtime.js');

// a converted app's runtime on a device (wx double: system) with this page stack
function fresh(system, stack, appConfig) {
  const rt = layout(appConfig || { start: 'pages/home/home', tabs: [] }, { system });
  rt.wx.pages.push(...stack);
  return { navbar: rt.require('navbar.js'), wx: rt.wx };
}

test('the bar is inset by the status bar and ends clear of the capsule, on narrow and wide screens', () => {
  for (const [width, status] of [[375, 20], [414, 44]]) {
    const { navbar, wx } = fresh({ windowWidth: width, statusBarHeight: status }, [{}]);
    const capsule = wx.getMenuButtonBoundingClientRect();
    const room = width - capsule.left;   // the capsule, and its margin from the edge
    assert.strictEqual(navbar.style(), `--pwx-status-bar:${status}px;--pwx-capsule:${room}px`);
    assert.strictEqual(room, 94);
  }
});

test('back goes down the page stack, or to defaultHref on a page opened directly', () => {
  let navigated = null;
  let { navbar, wx } = fresh({}, [{}, {}]);
  assert.strictEqual(navbar.canGoBack(''), true);
  navbar.back('/home', (url) => { navigated = url; });
  assert.deepStrictEqual(wx.callsOf('navigateBack').map((o) => o.delta), [1]);
  assert.strictEqual(navigated, null);
  ({ navbar } = fresh({}, [{}]));
  assert.strictEqual(navbar.canGoBack(''), false);   // nowhere to go: no button
  assert.strictEqual(navbar.canGoBack('/home'), true);
  navbar.back('/home', (url) => { navigated = url; });
  assert.strictEqual(navigated, '/home');
});

test('a page opened directly that is neither the start page nor a tab gets the home button', () => {
  const app = { start: 'pages/schedule/schedule', tabs: ['pages/schedule/schedule', 'pages/about/about'] };
  let { navbar, wx } = fresh({}, [{ route: 'pages/support/support' }], app);
  assert.strictEqual(navbar.canGoHome(), true);
  navbar.home();
  assert.deepStrictEqual(wx.callsOf('switchTab').map((o) => o.url), ['/pages/schedule/schedule']);  // a tab
  for (const stack of [[{ route: 'pages/about/about' }], [{ route: 'pages/schedule/schedule' }], [{}, {}]]) {
    assert.strictEqual(fresh({}, stack, app).navbar.canGoHome(), false);   // a tab, the start page, or one under
  }
  ({ navbar, wx } = fresh({}, [{ route: 'pages/support/support' }], { start: 'pages/login/login', tabs: [] }));
  navbar.home();
  assert.deepStrictEqual(wx.callsOf('reLaunch').map((o) => o.url), ['/pages/login/login']);
});
