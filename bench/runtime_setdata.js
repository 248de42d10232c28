'use strict';
// Benchmark: what one toggle in a 500-item list costs the runtime — setData bytes (only the changed
// path should be sent) and change-detection time (handler + render + diff + setData) — and the runtime's
// size, raw, minified (terser, found in $PWA2WX_TOOLS/node_modules or NODE_PATH) and gzipped.
//
//   node bench/runtime_setdata.js            (figures go into docs/readme-runtime.md)
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { miniprogram, tap } = require('../tests/js/helpers/miniprogram.js');

const ITEMS = 500;
const ROUNDS = 200;
const REPO = path.resolve(__dirname, '..');

// The page the template compiler emits for:
//   @for (s of sessions; track s.id) {
//     <ion-item (click)="toggle(s)"><ion-label><h3>{{ s.name }}</h3><p>{{ s.time }} — {{ s.room | uppercase }}</p>
//     </ion-label><ion-icon [name]="s.fav ? 'star' : 'star-outline'"></ion-icon></ion-item> }
class ListPage {
  constructor() {
    this.sessions = [];
    for (let i = 0; i < ITEMS; i++) {
      this.sessions.push({ id: i, name: 'Session ' + i, time: (8 + (i % 10)) + ':00', room: 'hall ' + (i % 7), fav: false });
    }
  }
  toggle(s) { s.fav = !s.fav; }
}
ListPage.__ng__ = { kind: 'component', deps: () => [] };

const page = {
  route: 'pages/list/list',
  component: () => ListPage,
  render: function (c, h, $0) {
    const s0 = h.root();
    $0.l0 = h.each(c.sessions, s0, 'l0', ['s', '$index', '$count'], function (s1, $1) {
      $1.k = h.key(s1.s.id, s1.$index);
      $1.v0 = h.s(s1.s.name);
      $1.v1 = h.s(s1.s.time);
      $1.v2 = h.s(h.pipe(0, s1, 'uppercase').transform(s1.s.room));
      $1.v3 = s1.s.fav ? 'star' : 'star-outline';
    });
    return $0;
  },
  handlers: [function (c, s) { return c.toggle(s.s); }],
  helpers: ['view/pipes.js']
};

function bytes(v) {
  return Buffer.byteLength(JSON.stringify(v));
}

async function setDataFigures() {
  const app = miniprogram({ 'pages/list/list': page });
  app.mp.launch();
  app.mp.open('pages/list/list', {});
  await app.settle();
  const first = app.patches[0].patch;
  const inst = app.top();
  for (let i = 0; i < 20; i++) inst.$on(tap(0, 'l0.' + (i % ITEMS)));   // warm up
  const before = app.patches.length;
  const start = process.hrtime.bigint();
  for (let i = 0; i < ROUNDS; i++) inst.$on(tap(0, 'l0.' + ((i * 37) % ITEMS)));
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / ROUNDS;
  const toggles = app.patches.slice(before).map((p) => p.patch);
  app.restore();
  return {
    firstRenderBytes: bytes(first),
    toggleBytes: bytes(toggles[0]),
    toggleKeys: Object.keys(toggles[0]),
    wholeListBytes: bytes({ l0: inst.data.l0 }),
    msPerToggle: ms,
    onlyChangedPath: toggles.every((p) => Object.keys(p).length === 1)
  };
}

function runtimeFiles() {
  const out = [];
  (function walk(dir) {
    fs.readdirSync(dir).sort().forEach((f) => {
      const p = path.join(dir, f);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.js')) out.push(p);
    });
  })(path.join(REPO, 'adapters', 'runtime'));
  return out;
}

async function sizeFigures() {
  let terser = null;
  try {
    const tools = process.env.PWA2WX_TOOLS || path.join(REPO, '.tools');
    const paths = [path.join(tools, 'node_modules')].concat((process.env.NODE_PATH || '').split(path.delimiter));
    terser = require(require.resolve('terser', { paths: paths.filter(Boolean) }));
  } catch (e) { /* minified size reported as n/a */ }
  const files = runtimeFiles();
  let raw = 0, min = 0;
  const all = [];
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    raw += Buffer.byteLength(text);
    if (terser) {
      const code = (await terser.minify(text, { ecma: 2017, compress: true, mangle: true })).code;
      min += Buffer.byteLength(code);
      all.push(code);
    } else {
      all.push(text);
    }
  }
  return { files: files.length, raw, minified: terser ? min : null, gzip: zlib.gzipSync(all.join('\n')).length };
}

(async () => {
  const s = await setDataFigures();
  const z = await sizeFigures();
  const kb = (n) => (n / 1024).toFixed(1) + ' KB';
  console.log(`list of ${ITEMS} items, one toggle (mean of ${ROUNDS}):`);
  console.log(`  setData payload: ${s.toggleBytes} bytes ${JSON.stringify(s.toggleKeys)} ` +
    `(first render ${kb(s.firstRenderBytes)}; re-sending the list would be ${kb(s.wholeListBytes)})`);
  console.log(`  only the changed path sent: ${s.onlyChangedPath}`);
  console.log(`  change detection (handler + render + diff + setData): ${s.msPerToggle.toFixed(3)} ms`);
  console.log(`runtime (adapters/runtime, ${z.files} files): raw ${kb(z.raw)}, minified ` +
    `${z.minified === null ? 'n/a (npm install terser into $PWA2WX_TOOLS)' : kb(z.minified)}, gzip ${kb(z.gzip)}`);
  process.exit(0);
})();
