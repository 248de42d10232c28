'use strict';
// Ionic overlay controllers (runtime/ionic/angular.js) on the wx double's UI calls.
const test = require('node:test');
const assert = require('node:assert');
const { layout } = require('./helpers/runtime.js');

const rt = layout({ pages: [] });
const core = rt.require('angular/core.js');
const ionic = rt.require('ionic/angular.js');
const overlayStack = rt.require('ionic/overlay-stack.js');
const wx = rt.wx;
const tick = () => new Promise((r) => setTimeout(r, 5));

function ctrl(C) {
  return core.ɵroot.get(C);
}

test('alert with two buttons: wx.showModal, the tapped button\'s handler, onDidDismiss role', async () => {
  const removed = [];
  const alert = await ctrl(ionic.AlertController).create({
    header: 'Favorite already added',
    message: 'Would you like to <b>remove</b> this session?',
    buttons: [{ text: 'Cancel', handler: () => removed.push('cancel') }, { text: 'Remove', handler: () => removed.push('remove') }]
  });
  wx.answer('showModal', { confirm: true, cancel: false, errMsg: 'showModal:ok' });
  await alert.present();
  const { data, role } = await alert.onDidDismiss();
  const shown = wx.callsOf('showModal').pop();
  assert.deepStrictEqual([shown.title, shown.content, shown.cancelText, shown.confirmText, shown.showCancel],
    ['Favorite already added', 'Would you like to remove this session?', 'Cancel', 'Remove', true]);
  assert.deepStrictEqual(removed, ['remove']);
  assert.deepStrictEqual([data, role], [{ values: undefined }, undefined]);
});

test('alert cancel role: dismissed with role cancel even if its handler returns false (canDeactivate guard)', async () => {
  const alert = await ctrl(ionic.AlertController).create({
    header: 'Leave this page?',
    buttons: [{ text: 'Stay', role: 'cancel', handler: () => false }, { text: 'Leave', handler: () => true }]
  });
  wx.answer('showModal', { confirm: false, cancel: true, errMsg: 'showModal:ok' });
  await alert.present();
  assert.strictEqual((await alert.onDidDismiss()).role, 'cancel');
});

test('a handler returning false shows the alert again; one text input is the editable field', async () => {
  let tries = 0;
  const alert = await ctrl(ionic.AlertController).create({
    header: 'Change Username',
    inputs: [{ type: 'text', name: 'username', value: 'ionic', placeholder: 'username' }],
    buttons: ['Cancel', { text: 'Ok', handler: (v) => { tries++; return v.username !== ''; } }]
  });
  wx.answer('showModal', { confirm: true, content: '', errMsg: 'showModal:ok' });
  wx.answer('showModal', { confirm: true, content: 'burt', errMsg: 'showModal:ok' });
  await alert.present();
  const { data } = await alert.onDidDismiss();
  assert.strictEqual(tries, 2);
  assert.deepStrictEqual(data.values, { username: 'burt' });
  const shown = wx.callsOf('showModal').pop();
  assert.deepStrictEqual([shown.editable, shown.content, shown.placeholderText], [true, 'ionic', 'username']);
});

test('alert with radio inputs or many buttons becomes an action sheet; long labels are fitted', async () => {
  const alert = await ctrl(ionic.AlertController).create({
    header: 'Pick', inputs: [{ type: 'radio', label: 'Red', value: 'r' }, { type: 'radio', label: 'Blue', value: 'b' }],
    buttons: [{ text: 'Cancel', role: 'cancel' }, { text: 'Choose' }]
  });
  wx.answer('showActionSheet', { tapIndex: 1, errMsg: 'showActionSheet:ok' });
  await alert.present();
  assert.deepStrictEqual((await alert.onDidDismiss()).data, { values: 'b' });
  assert.deepStrictEqual(wx.callsOf('showActionSheet').pop().itemList, ['Red', 'Blue']);
  const long = await ctrl(ionic.AlertController).create({ buttons: ['确定删除这个项目'] });
  wx.answer('showModal', { confirm: true, errMsg: 'showModal:ok' });
  await long.present();
  await long.onDidDismiss();
  assert.strictEqual(wx.callsOf('showModal').pop().confirmText, '确定删除');
});

test('action sheet: tapped button data and role; cancel when the user backs out', async () => {
  const picked = [];
  const make = () => ctrl(ionic.ActionSheetController).create({
    header: 'Share',
    buttons: [{ text: 'Copy Link', data: 'copy', handler: () => picked.push('copy') }, { text: 'Share via ...' },
      { text: 'Cancel', role: 'cancel', handler: () => picked.push('cancel') }]
  });
  let sheet = await make();
  wx.answer('showActionSheet', { tapIndex: 0, errMsg: 'showActionSheet:ok' });
  await sheet.present();
  assert.deepStrictEqual(await sheet.onDidDismiss(), { data: 'copy', role: undefined });
  const shown = wx.callsOf('showActionSheet').pop();
  assert.deepStrictEqual([shown.alertText, shown.itemList], ['Share', ['Copy Link', 'Share via ...']]);
  sheet = await make();
  wx.answer('showActionSheet', { errMsg: 'showActionSheet:fail cancel' });
  await sheet.present();
  assert.strictEqual((await sheet.onDidDismiss()).role, 'cancel');
  assert.deepStrictEqual(picked, ['copy', 'cancel']);
});

test('toast shows text for its duration; loading shows and hides', async () => {
  const toast = await ctrl(ionic.ToastController).create({ header: 'Added', message: 'as a favorite.', duration: 20 });
  await toast.present();
  assert.deepStrictEqual(wx.callsOf('showToast').pop(), { title: 'Added as a favorite.', icon: 'none', duration: 20 });
  assert.strictEqual((await toast.onDidDismiss()).role, 'timeout');
  const loading = await ctrl(ionic.LoadingController).create({ message: 'Posting to vimeo', duration: 20 });
  await loading.present();
  assert.strictEqual(wx.callsOf('showLoading').pop().title, 'Posting to vimeo');
  await loading.onWillDismiss();
  assert.strictEqual(wx.callsOf('hideLoading').length, 1);
  const manual = await ctrl(ionic.LoadingController).create({});
  await manual.present();
  assert.strictEqual(await ctrl(ionic.LoadingController).dismiss('d'), true);
  assert.strictEqual((await manual.onDidDismiss()).data, 'd');
});

test('modal opens the component\'s page, passes componentProps, returns dismiss data', async () => {
  class ScheduleFilterPage {}
  rt.config.pages = [{ path: 'pages/schedule-filter/schedule-filter', component: () => ScheduleFilterPage }];
  const modal = await ctrl(ionic.ModalController).create({ component: ScheduleFilterPage,
    componentProps: { excludedTracks: ['Ionic'] } });
  await modal.present();
  const url = wx.callsOf('navigateTo').pop().url;
  const m = /^\/pages\/schedule-filter\/schedule-filter\?__overlay=(\d+)$/.exec(url);
  assert.ok(m, url);
  // what the host does when the page loads
  assert.deepStrictEqual(overlayStack.overlayProps(m[1]), { excludedTracks: ['Ionic'] });
  wx.pages.push({ route: 'pages/schedule-filter/schedule-filter', __overlay: m[1] });
  assert.deepStrictEqual(core.ɵroot.get(ionic.NavParams).get('excludedTracks'), ['Ionic']);
  // inside the modal page, its own (injected) ModalController dismisses it
  await ctrl(ionic.ModalController).dismiss(['Angular']);
  assert.strictEqual(wx.callsOf('navigateBack').pop().delta, 1);
  assert.deepStrictEqual(await modal.onWillDismiss(), { data: ['Angular'], role: undefined });
  wx.pages.pop();
  overlayStack.overlayClosed(m[1]);   // the page unloads afterwards: nothing more happens
  assert.strictEqual(await ctrl(ionic.ModalController).getTop(), undefined);
});

test('native back on a modal page dismisses it with role backdrop; unknown components are refused', async () => {
  class AboutPopover {}
  rt.config.pages = [{ path: 'pages/about-popover/about-popover', component: () => AboutPopover }];
  const pop = await ctrl(ionic.PopoverController).create({ component: AboutPopover, componentProps: { n: 2 } });
  await pop.present();
  assert.strictEqual(core.ɵroot.get(ionic.NavParams).get('n'), 2);   // the same (root) NavParams, next overlay
  const key = /__overlay=(\d+)/.exec(wx.callsOf('navigateTo').pop().url)[1];
  overlayStack.overlayClosed(key);
  assert.deepStrictEqual(await pop.onDidDismiss(), { data: undefined, role: 'backdrop' });
  const orphan = await ctrl(ionic.ModalController).create({ component: class Inline {} });
  await assert.rejects(orphan.present(), /has no page/);
});

test('a page of a subpackage not loaded yet is passed over when looking for a component\'s page', async () => {
  class Filter {}
  rt.config.pages = [
    { path: 'packages/admin/pages/users/users', package: 'packages/admin',
      component: () => { throw new Error("module 'packages/admin/src/users.js' is not defined"); } },
    { path: 'pages/filter/filter', component: () => Filter }];
  await (await ctrl(ionic.ModalController).create({ component: Filter })).present();
  assert.match(wx.callsOf('navigateTo').pop().url, /^\/pages\/filter\/filter\?__overlay=\d+$/);
});

test('ion-nav in a modal: its root takes the modal page\'s place and keeps the modal; push, dismiss from above', async () => {
  class SettingsNav {}
  class Settings {}
  class Attributions {}
  rt.config.pages = [{ path: 'pages/settings-nav/settings-nav', component: () => SettingsNav },
    { path: 'pages/settings/settings', component: () => Settings },
    { path: 'pages/attributions/attributions', component: () => Attributions }];
  const modal = await ctrl(ionic.ModalController).create({ component: SettingsNav, componentProps: { a: 1 } });
  await modal.present();
  const key = /__overlay=(\d+)/.exec(wx.callsOf('navigateTo').pop().url)[1];
  wx.pages.push({ route: 'pages/settings-nav/settings-nav', __overlay: key });
  // <ion-nav [root]="Settings" [rootParams]="{ b: 2 }">
  await ctrl(ionic.IonNav).setRoot(Settings, { b: 2 });
  assert.strictEqual(wx.callsOf('redirectTo').pop().url, '/pages/settings/settings?__overlay=' + key);
  wx.pages.pop();
  overlayStack.overlayClosed(key);   // the nav page unloads: the modal stays open, its root reads rootParams
  wx.pages.push({ route: 'pages/settings/settings', __overlay: key });
  assert.deepStrictEqual(overlayStack.overlayProps(key), { b: 2 });
  assert.strictEqual(await ctrl(ionic.ModalController).getTop(), modal);
  // nav.push(Attributions): a page above, with its props
  assert.strictEqual(await ctrl(ionic.IonNav).push(Attributions, { c: 3 }), true);
  const pushed = /^\/pages\/attributions\/attributions\?__overlay=(\d+)$/.exec(wx.callsOf('navigateTo').pop().url);
  assert.ok(pushed);
  assert.deepStrictEqual(overlayStack.overlayProps(pushed[1]), { c: 3 });
  wx.pages.push({ route: 'pages/attributions/attributions', __overlay: pushed[1] });
  // the modal dismissed from the pushed page closes both pages
  await ctrl(ionic.ModalController).dismiss('done');
  assert.strictEqual(wx.callsOf('navigateBack').pop().delta, 2);
  assert.deepStrictEqual(await modal.onDidDismiss(), { data: 'done', role: undefined });
  wx.pages.splice(-2);
});

test('change detection runs after a dismissal', async () => {
  let detected = 0;
  const view = { detect: () => { detected++; } };
  core.ɵattachView(view);
  const toast = await ctrl(ionic.ToastController).create({ message: 'x', duration: 5 });
  await toast.present();
  await toast.onDidDismiss();
  await tick();
  core.ɵdetachView(view);
  assert.ok(detected >= 1);
});
