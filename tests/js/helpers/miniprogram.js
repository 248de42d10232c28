'use strict';
// A converted app in a temp folder, run on the preview's framework double (bridge/pwa2wx/preview/mp.js):
// pages are `rt.page(def)` / `rt.component(def)` modules whose defs the test passes as objects.
const path = require('path');
const { layout } = require('./runtime.js');
const { createMiniProgram } = require('../../../bridge/pwa2wx/preview/mp.js');

// files: { 'pages/a/a': def, … } (components too; a def's `helpers` named by their runtime paths, 'view/pipes.js',
// as the page file would require them); options.app: app.config.js fields; options.json:
// { 'pages/a/a': { usingComponents } }; options.tabs: tab page paths (app.json tabBar).
function miniprogram(files, options) {
  options = options || {};
  const rt = layout(Object.assign({ routes: [], tabs: options.tabs || [] }, options.app));
  Object.assign(rt.config, options.app);   // functions (guards, bootstrap) survive only this way
  const pages = Object.keys(files).filter((f) => f.indexOf('pages/') === 0);
  const appJson = { pages };
  if (options.tabs) appJson.tabBar = { list: options.tabs.map((p) => ({ pagePath: p, text: p })) };
  rt.file('app.json', JSON.stringify(appJson));
  rt.file('app.js', "require('./pwa2wx/runtime/index.js').app(require('./pwa2wx/app.config.js'));\n");
  Object.values(files).forEach((def) => { if (def.helpers) def.helpers = def.helpers.map(rt.require); });
  global.__defs = files;
  Object.keys(files).forEach((f) => {
    const kind = f.indexOf('pages/') === 0 ? 'page' : 'component';
    const runtime = path.posix.relative(path.posix.dirname(f), 'pwa2wx/runtime/' +
      (kind === 'page' ? 'index.js' : 'component.js'));
    rt.file(f + '.js', `require('${runtime}').${kind}(global.__defs['${f}']);\n`);
    rt.file(f + '.json', JSON.stringify((options.json || {})[f] || {}));
  });
  const errors = [];
  const patches = [];
  const mp = createMiniProgram({
    root: rt.root, wx: rt.wx, render: options.render || null,
    onError: (e) => errors.push(e),
    onSetData: (inst, patch) => patches.push({ is: inst.is, patch })
  });
  const core = rt.require('angular/core.js');
  const original = core.ErrorHandler.prototype.handleError;
  core.ErrorHandler.prototype.handleError = function (e) { errors.push(e); };
  return {
    rt, mp, errors, patches, core,
    router: rt.require('angular/router.js'),
    top: () => mp.stack[mp.stack.length - 1],
    // a while (ms, 30 by default), then until the framework double has no navigation or render left to run: on a
    // loaded machine the while alone may end before a page's components have started
    settle: async (ms) => {
      await new Promise((r) => setTimeout(r, ms || 30));
      for (let waited = 0; mp.busy() > 0 && waited < 5000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    },
    restore: () => { core.ErrorHandler.prototype.handleError = original; }
  };
}

// A WXML event as WeChat delivers it to `$on`
function tap(h, p, detail) {
  const dataset = { h: h, p: p === undefined ? '' : p };
  return { type: 'tap', detail: detail || {}, currentTarget: { dataset }, target: { dataset } };
}

module.exports = { miniprogram, tap };
