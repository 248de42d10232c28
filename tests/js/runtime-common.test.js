'use strict';
// @angular/common for code: pipe classes (new'd or injected) on the template runtime's pipes, format
// functions with Angular's signatures, platform checks; other Angular packages' stand-ins.
const test = require('node:test');
const assert = require('node:assert');
const { layout } = require('./helpers/runtime.js');

const rt = layout({ routes: [], tabs: [] });
const common = rt.require('angular/common.js');
const core = rt.require('angular/core.js');

test('pipe classes work when injected or constructed', () => {
  assert.strictEqual(new common.DatePipe('en-US').transform('2024-03-05T10:00:00', 'mediumDate'), 'Mar 5, 2024');
  assert.strictEqual(core.ɵroot.get(common.DecimalPipe).transform(1234.5, '1.0-0'), '1,235');
  assert.strictEqual(new common.UpperCasePipe().transform('abc'), 'ABC');
  assert.strictEqual(common.formatDate('2024-03-05', 'yyyy/MM/dd', 'en-US'), '2024/03/05');
  assert.strictEqual(common.formatNumber(3.14159, 'en-US', '1.2-2'), '3.14');
});

test('platform checks and stand-ins', async () => {
  assert.ok(common.isPlatformBrowser(core.ɵroot.get(core.PLATFORM_ID)));
  const pb = rt.require('angular/platform-browser.js');
  const sanitizer = core.ɵroot.get(pb.DomSanitizer);
  assert.strictEqual(sanitizer.bypassSecurityTrustHtml('<b>x</b>'), '<b>x</b>');
  core.ɵroot.get(pb.Title).setTitle('Schedule');
  assert.deepStrictEqual(wx.callsOf('setNavigationBarTitle'), [{ title: 'Schedule' }]);
  const sw = rt.require('angular/service-worker.js');
  assert.strictEqual(await core.ɵroot.get(sw.SwUpdate).checkForUpdate(), false);
  const anim = rt.require('angular/animations.js');
  assert.strictEqual(anim.trigger('fade', []).type, 'trigger');
});
