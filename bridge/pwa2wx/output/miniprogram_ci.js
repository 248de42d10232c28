'use strict';
// WeChat DevTools' own pipeline on mini program folders, through npm miniprogram-ci (pwa2wx.output.miniprogram_ci):
// the compile that upload does (getCompiledResult, with the folder's project.config.json settings) and the
// code quality scan DevTools shows before publishing (checkCodeQuality).
//
// node miniprogram_ci.js <miniprogram-ci folder> <result.json> <folder>...
// writes [{folder, seconds, compiled: {<path>: <bytes as compiled for upload>} | null, error: {message, code, path} | null,
//   quality: [...]}]
// to result.json (miniprogram-ci logs on stdout and stderr itself).
//
// Offline, and without an upload key: `attr` gives the project DevTools' default attributes (otherwise it asks
// WeChat's servers for them), and privateKeyPath must name a file, which neither call reads.
const fs = require('fs');
const os = require('os');
const path = require('path');

const [ciFolder, resultFile, ...folders] = process.argv.slice(2);
const ci = require(ciFolder);

async function run(folder, keyFile) {
  const started = Date.now();
  const config = JSON.parse(fs.readFileSync(path.join(folder, 'project.config.json'), 'utf8'));
  // what upload leaves out: node_modules, and the folders project.config.json's packOptions.ignore names
  const ignores = ['node_modules/**/*'].concat(((config.packOptions || {}).ignore || [])
    .filter((rule) => rule.type === 'folder').map((rule) => rule.value.replace(/\/$/, '') + '/**/*'));
  const project = new ci.Project({
    appid: config.appid, type: 'miniProgram', projectPath: folder, privateKeyPath: keyFile, ignores,
    attr: async () => ci.DefaultProjectAttr
  });
  const result = { folder, compiled: null, error: null, quality: [] };
  try {
    const files = await ci.getCompiledResult({ project, setting: { useProjectConfig: true },
      onProgressUpdate: () => {} });
    result.compiled = {};
    Object.keys(files).forEach((file) => { result.compiled[file] = Buffer.byteLength(files[file]); });
  } catch (e) {
    result.error = { message: String(e && e.message || e), code: e && e.code || null, path: e && e.path || null };
  }
  if (result.error === null) result.quality = await ci.checkCodeQuality(project);
  result.seconds = (Date.now() - started) / 1000;
  return result;
}

(async () => {
  const keyFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'pwa2wx-ci-'));
  const keyFile = path.join(keyFolder, 'private.key');
  fs.writeFileSync(keyFile, 'not read: the compile and the quality scan upload nothing\n');
  try {
    const results = [];
    for (const folder of folders) results.push(await run(path.resolve(folder), keyFile));
    fs.writeFileSync(resultFile, JSON.stringify(results));
  } finally {
    fs.rmSync(keyFolder, { recursive: true, force: true });
  }
  process.exit(0);  // miniprogram-ci leaves a file watcher running
})().catch((e) => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(1);
});
