'use strict';
// The page's own navigation bar (runtime/navbar.js): insets from the device, and the back button's action.
const test = require('node:test');
const assert = require('node:assert');
const path = require('path');
const { createWx } = require('../../bridge/pwa2wx/preview/wx.js');

const NAVBAR = path.join(__dirname, '..', '..', 'adapters', 'runtime', 'navbar.js');

function fresh(system, stack) { // navbar.js reads the device once: a new copy per device
  global.wx = createWx({ system });
  global.getCurrentPages = () => stack;
  delete require.cache[NAVBAR];
  return require(NAVBAR);
}

test('the bar is inset by the status bar and ends clear of the capsule, on narrow and wide screens', () => {
  for (const [width, status] of [[375, 20], [414, 44]]) {
    const navbar = fresh({ windowWidth: width, statusBarHeight: status }, [{}]);
    const capsule = wx.getMenuButtonBoundingClientRect();
    const room = width - capsule.left + (width - capsule.right);   // the capsule, and its margin on both sides
    assert.strictEqual(navbar.style(), `--pwx-status-bar:${status}px;--pwx-capsule:${room}px`);
    assert.strictEqual(room, 101);
  }
});

test('back goes down the page stack, or to defaultHref on a page opened directly', () => {
  let navigated = null;
  let navbar = fresh({}, [{}, {}]);
  assert.strictEqual(navbar.canGoBack(''), true);
  navbar.back('/home', (url) => { navigated = url; });
  assert.deepStrictEqual(wx.callsOf('navigateBack').map((o) => o.delta), [1]);
  assert.strictEqual(navigated, null);
  navbar = fresh({}, [{}]);
  assert.strictEqual(navbar.canGoBack(''), false);   // nowhere to go: no button
  assert.strictEqual(navbar.canGoBack('/home'), true);
  navbar.back('/home', (url) => { navigated = url; });
  assert.strictEqual(navigated, '/home');
  delete global.wx;
  delete global.getCurrentPages;
});
