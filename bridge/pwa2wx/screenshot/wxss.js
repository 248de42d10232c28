'use strict';
// wcsc's output → CSS text per file: `node wxss.js WCSC_OUTPUT WIDTH RESULT.json`.
// wcsc writes "name=js=name=js…"; each js calls setCssToHead, which we run against a fake document to
// collect the CSS WeChat's WebView would insert (rpx resolved for WIDTH, no class prefix).
const fs = require('fs');

const raw = fs.readFileSync(process.argv[2], 'utf8').split('=');
const width = Number(process.argv[3]) || 375;
const files = {};
for (let i = 0; i + 1 < raw.length; i += 2) files[raw[i]] = raw[i + 1];
const unescape = (s) => s.replace(/\\x([0-9a-f]{2})/gi, (m, h) => String.fromCharCode(parseInt(h, 16)))
  .replace(/\\n/g, '\n').replace(/\\\\/g, '\\');

const styles = [];
const document = {
  head: { appendChild(s) { styles.push(s); } },
  createElement() { return { childNodes: [], setAttribute() {}, appendChild(n) { this.childNodes.push(n); } }; },
  createTextNode(t) { return { nodeValue: t }; }
};
const window = { screen: { width }, devicePixelRatio: 2 };
const navigator = { userAgent: 'iPhone' };
const names = Object.keys(files).filter((k) => k.endsWith('.wxss'));
const body = unescape(files.comm || '') + ';return {' +
  names.map((k) => JSON.stringify(k) + ':' + unescape(files[k])).join(',') + '};';
const rewritors = new Function('window', 'navigator', 'document', '__COMMON_STYLESHEETS__', body)(
  window, navigator, document, undefined);
const text = (list) => list.map((s) => s.childNodes.map((n) => n.nodeValue).join('')).join('\n');
const out = { '': text(styles) };   // what every file shares (:host rules of components)
names.forEach((name) => {
  const before = styles.length;
  rewritors[name]('');
  out[name.replace(/^\.\//, '')] = text(styles.slice(before));
});
fs.writeFileSync(process.argv[4], JSON.stringify(out));
