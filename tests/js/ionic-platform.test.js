'use strict';
// Platform, Config, MenuController, NavController, markers and ionicons (runtime/ionic/*.js).
const test = require('node:test');
const assert = require('node:assert');
const { layout } = require('./helpers/runtime.js');

const rt = layout({
  routes: [
    { path: 'app/tabs/schedule', page: 'pages/schedule/schedule', pathMatch: 'full' },
    { path: 'app/tabs/schedule/session/:sessionId', page: 'pages/session-detail/session-detail', pathMatch: 'full' },
    { path: 'app/tabs/speakers', page: 'pages/speakers/speakers', pathMatch: 'full' },
    { path: 'login', page: 'pages/login/login', pathMatch: 'full' }
  ],
  tabs: ['pages/schedule/schedule', 'pages/speakers/speakers']
}, { system: { system: 'Android 13', platform: 'android', model: 'Pixel 7', windowWidth: 412, windowHeight: 915 } });
const core = rt.require('angular/core.js');
const ionic = rt.require('ionic/angular.js');
const icons = rt.require('ionic/icons.js');
const wx = rt.wx;

test('Platform and Config answer from wx.getSystemInfoSync', async () => {
  const platform = core.ɵroot.get(ionic.Platform);
  assert.strictEqual(await platform.ready(), 'dom');
  assert.deepStrictEqual(ionic.getPlatforms(), ['android', 'mobile']);
  assert.strictEqual(platform.is('android'), true);
  assert.strictEqual(platform.is('ios'), false);
  // not a native shell: apps' native-only code (is('hybrid') → push, app info …) stays on its web path, as in the PWA
  assert.strictEqual(ionic.isPlatform('hybrid'), false);
  assert.strictEqual(ionic.isPlatform('mobileweb'), false);
  assert.strictEqual(ionic.isPlatform({}, 'android'), true);   // isPlatform(window, name)
  assert.deepStrictEqual([platform.width(), platform.height(), platform.isPortrait()], [412, 915, true]);
  const config = core.ɵroot.get(ionic.Config);
  assert.strictEqual(config.get('mode'), 'md');
  assert.strictEqual(config.get('missing', 'x'), 'x');
  ionic.provideIonicAngular({ mode: 'ios', animated: 'false' });
  assert.strictEqual(config.get('mode'), 'ios');
  assert.strictEqual(config.getBoolean('animated'), false);
});

test('Platform pause/resume/keyboardDidShow are rxjs Subjects fed by wx events', () => {
  const platform = core.ɵroot.get(ionic.Platform);
  platform.backButton.subscribeWithPriority(10, () => {}).unsubscribe();   // Ionic's BackButtonEmitter
  const seen = [];
  platform.pause.subscribe(() => seen.push('pause'));
  platform.resume.subscribe(() => seen.push('resume'));
  platform.keyboardDidShow.subscribe((e) => seen.push(e.keyboardHeight));
  wx.emit('AppHide');
  wx.emit('AppShow');
  wx.emit('KeyboardHeightChange', { height: 280 });
  assert.deepStrictEqual(seen, ['pause', 'resume', 280]);
});

test('MenuController keeps menu state the template reads (menuState)', async () => {
  const menu = core.ɵroot.get(ionic.MenuController);
  await menu.enable(false);                  // tutorial page: no id → the start menu
  const state = ionic.menuState('main', 'start');   // the template's <ion-menu menuId="main">
  assert.strictEqual(state.enabled, false);
  assert.strictEqual(await menu.open(), false);
  await menu.enable(true, 'main');
  assert.strictEqual(await menu.toggle('main'), true);
  assert.strictEqual(state.open, true);
  assert.strictEqual(await menu.isOpen(), true);
  await menu.close();
  assert.strictEqual(state.open, false);
  assert.strictEqual(ionic.menuController.constructor, ionic.MenuController);
});

test('NavController navigates through the Router: forward, root, back; query params kept', async () => {
  const nav = core.ɵroot.get(ionic.NavController);
  await nav.navigateForward('/app/tabs/schedule/session/1', { queryParams: { from: 'list' } });
  assert.strictEqual(wx.callsOf('navigateTo').pop().url, '/pages/session-detail/session-detail?from=list&sessionId=1');
  await nav.navigateForward(['/app/tabs/schedule/session', 2]);
  assert.match(wx.callsOf('navigateTo').pop().url, /sessionId=2/);
  await nav.navigateRoot('/login');
  assert.strictEqual(wx.callsOf('reLaunch').pop().url, '/pages/login/login');
  await nav.navigateRoot('/app/tabs/schedule');
  assert.strictEqual(wx.callsOf('switchTab').pop().url, '/pages/schedule/schedule');
  nav.back();
  assert.strictEqual(wx.callsOf('navigateBack').length, 0);   // the first page stays
  wx.pages.push({}, {});
  assert.strictEqual(core.ɵroot.get(ionic.IonRouterOutlet).canGoBack(), true);
  nav.back();
  assert.strictEqual(wx.callsOf('navigateBack').pop().delta, 1);
});

test('IonTabs, as a tab page injects it from its tabs shell: select() by the tab\'s route, getSelected()', async () => {
  const tabs = core.ɵroot.get(ionic.IonTabs);
  await tabs.select('speakers');
  assert.strictEqual(wx.callsOf('switchTab').pop().url, '/pages/speakers/speakers');
  assert.strictEqual(await tabs.select('nothing'), false);
  wx.pages.push({ route: 'pages/schedule/schedule' });
  assert.strictEqual(tabs.getSelected(), 'schedule');
});

test('component markers are inert; animations chain; ionicons exports names', async () => {
  assert.strictEqual(typeof ionic.IonContent, 'function');
  assert.strictEqual(ionic.IonContent.__ng__, undefined);
  assert.notStrictEqual(ionic.IonList, ionic.IonItem);
  assert.strictEqual(ionic.IonicModule.forRoot({}).ngModule, ionic.IonicModule);
  await ionic.createAnimation().addElement(null).duration(200).fromTo('opacity', '0', '1').play();
  assert.strictEqual(icons.logoVimeo, 'logo-vimeo');
  assert.strictEqual(icons.informationCircleOutline, 'information-circle-outline');
  assert.strictEqual(icons.logoHtml5, 'logo-html5');
  assert.strictEqual(icons.addIcons({ calendar: icons.calendar }), undefined);
  assert.strictEqual(icons.then, undefined);   // awaiting the module does not hang
  assert.strictEqual(await Promise.resolve(icons), icons);
});

test('PickerController says what to use instead', async () => {
  await assert.rejects(core.ɵroot.get(ionic.PickerController).create({}), /ion-select or ion-datetime/);
});

test('@ionic/pwa-elements defines nothing: Capacitor plugins use wx UI here', async () => {
  const pwaElements = rt.require('ionic/pwa-elements.js');
  assert.strictEqual(await pwaElements.defineCustomElements({}), undefined);
  assert.strictEqual(await pwaElements.applyPolyfills(), undefined);
});
