'use strict';
// Lays out a temp folder the way a converted app is laid out (pwa2wx/runtime/… copied from
// adapters/runtime, pwa2wx/app.config.js, miniprogram_npm/rxjs → the tools' real rxjs), so runtime
// files resolve their relative requires exactly as they do inside WeChat. Installs the globals WeChat
// provides (wx, getCurrentPages).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createWx } = require('./wx.js');

const REPO = path.resolve(__dirname, '..', '..', '..');
const TOOLS = process.env.PWA2WX_TOOLS || path.join(REPO, '.tools');

function write(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

const made = [];   // the temp folders this test process laid out, removed as it exits
process.on('exit', () => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

// appConfig: the object pwa2wx/app.config.js exports; wxOptions: see createWx; rxjsPackage: the tools' package
// that is the app's rxjs ('rxjs6' for rxjs 6).
function layout(appConfig, wxOptions, rxjsPackage) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pwa2wx-rt-'));
  made.push(root);
  fs.cpSync(path.join(REPO, 'adapters', 'runtime'), path.join(root, 'pwa2wx', 'runtime'), { recursive: true });
  write(path.join(root, 'pwa2wx', 'app.config.js'), 'module.exports = ' + JSON.stringify(appConfig || {}) + ';\n');
  const rxjs = path.join(TOOLS, 'node_modules', rxjsPackage || 'rxjs');
  write(path.join(root, 'miniprogram_npm', 'rxjs', 'index.js'), `module.exports = require(${JSON.stringify(rxjs)});\n`);
  write(path.join(root, 'miniprogram_npm', 'rxjs', 'operators', 'index.js'),
    `module.exports = require(${JSON.stringify(path.join(rxjs, 'operators'))});\n`);
  const wx = createWx(Object.assign({ root }, wxOptions));
  global.wx = wx;
  global.getCurrentPages = () => wx.pages;
  return {
    root,
    wx,
    config: require(path.join(root, 'pwa2wx', 'app.config.js')),
    // require('web.js') → root/pwa2wx/runtime/web.js
    require: (rel) => require(path.join(root, 'pwa2wx', 'runtime', rel)),
    file: (rel, text) => write(path.join(root, rel), text),
    rxjs: () => require(path.join(root, 'miniprogram_npm', 'rxjs', 'index.js'))
  };
}

module.exports = { layout };
