'use strict';
// Headless preview of a converted mini program: `node main.js REQUEST.json RESULT.json`.
// Loads OUT/app.js and the page with the wx and framework doubles, waits until the app is idle
// (no wx callback, render or short timer pending), runs the actions, and writes what the page shows
// (text and tree, rendered by WeChat's wcc output from the page's data), the wx calls and the errors.
const fs = require('fs');
const path = require('path');
const { createWx } = require('./wx.js');
const { createMiniProgram } = require('./mp.js');

const request = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const HORIZON = request.horizonMs || 2000;   // timers up to this delay are waited for
const SETTLE = request.settleMs || 10000;

const errors = [];
const logs = [];

function recordError(e, source) {
  const err = e instanceof Error ? e : new Error(typeof e === 'string' ? e : JSON.stringify(e));
  errors.push({ source, message: err.message, stack: (err.stack || '').split('\n').slice(1, 6).map((s) => s.trim()) });
}

// ---- app timers, tracked so "idle" can wait for them; intervals count until their first tick
const real = { setTimeout, clearTimeout, setInterval, clearInterval };
const timers = new Set();
function tracked(schedule) {
  return function (fn, ms) {
    const args = Array.prototype.slice.call(arguments, 2);
    const handle = schedule(function () {
      timers.delete(handle);
      if (typeof fn === 'function') fn.apply(this, args);
    }, ms);
    if ((Number(ms) || 0) <= HORIZON) timers.add(handle);
    return handle;
  };
}
global.setTimeout = tracked(real.setTimeout);
global.setInterval = tracked(real.setInterval);
global.clearTimeout = (h) => { timers.delete(h); real.clearTimeout(h); };
global.clearInterval = (h) => { timers.delete(h); real.clearInterval(h); };

// ---- console and uncaught errors
['log', 'info', 'warn', 'debug'].forEach((level) => {
  console[level] = function () {
    logs.push(level + ': ' + Array.prototype.map.call(arguments, format).join(' '));
  };
});
console.error = function () {
  const args = Array.prototype.slice.call(arguments);
  const err = args.find((a) => a instanceof Error);
  logs.push('error: ' + args.map(format).join(' '));
  recordError(err || args.map(format).join(' '), 'console.error');
};
process.on('uncaughtException', (e) => recordError(e, 'uncaught'));
process.on('unhandledRejection', (e) => recordError(e, 'unhandledrejection'));

function format(v) {
  if (v instanceof Error) return v.message;
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v);
  } catch (e) {
    return String(v);
  }
}

// ---- the doubles
const root = request.root;
const wx = createWx({ root, hosts: request.hosts || {}, system: request.system || {} });
global.wx = wx;
Object.keys(request.storage || {}).forEach((k) => wx.setStorageSync(k, request.storage[k]));
Object.keys(request.answers || {}).forEach((name) => request.answers[name].forEach((res) => wx.answer(name, res)));

let render = null;
if (request.gwx) {
  global.window = global;
  global.__wxAppCode__ = {};
  const $gwx = new Function('global', fs.readFileSync(request.gwx, 'utf8') + ';return $gwx')({});
  render = (file, data) => {
    const fn = $gwx(file);
    return fn ? fn(data) : null;
  };
}
const mp = createMiniProgram({ root, wx, render, onError: (e) => recordError(e, 'framework') });
// what wx.createSelectorQuery().select('#id') finds: the element of that id on the page on top
wx.elementById = (id) => elements(top() ? top().__tree || [] : [], []).find((n) => n.attr.id === id) || null;

function sleep(ms) {
  return new Promise((r) => real.setTimeout(r, ms));
}

async function settle() {
  const deadline = Date.now() + SETTLE;
  let quiet = 0;
  while (Date.now() < deadline) {
    await new Promise((r) => setImmediate(r));
    if (wx.pending === 0 && mp.busy() === 0 && timers.size === 0) {
      if (++quiet >= 3) return;
    } else {
      quiet = 0;
      await sleep(2);
    }
  }
  logs.push('warn: still busy after ' + SETTLE + ' ms (' + wx.pending + ' wx callbacks, ' + timers.size + ' timers)');
}

// ---- reading the composed tree
function top() {
  return mp.stack[mp.stack.length - 1];
}

function visible(node) {
  return !(node.attr.hidden === true || node.attr.hidden === 'true');
}

function textOf(nodes, out) {
  nodes.forEach((n) => {
    if (typeof n === 'string') {
      const t = n.replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
    } else if (visible(n)) {
      textOf(n.children, out);
    }
  });
  return out;
}

function plain(nodes) {
  return nodes.map((n) => {
    if (typeof n === 'string') return n;
    const out = { tag: n.tag, attr: n.attr, children: plain(n.children) };
    if (n.component) out.is = n.component.is;
    return out;
  });
}

function elements(nodes, out) {
  nodes.forEach((n) => {
    if (typeof n === 'object' && visible(n)) {
      out.push(n);
      elements(n.children, out);
    }
  });
  return out;
}

// '.a.b', '#id', 'tag', '[attr=value]', combined, with descendant (space) and child (>) combinators
function parseSelector(sel) {
  return sel.trim().replace(/\s*>\s*/g, ' > ').split(/\s+/).map((part) => {
    if (part === '>') return '>';
    const c = { tag: null, classes: [], id: null, attrs: [] };
    part.replace(/(^[a-zA-Z][\w-]*)|\.([\w-]+)|#([\w-]+)|\[([\w:-]+)(?:=["']?([^"'\]]*)["']?)?\]/g,
      (m, tag, cls, id, attr, value) => {
        if (tag) c.tag = tag.replace(/^wx-/, '');
        if (cls) c.classes.push(cls);
        if (id) c.id = id;
        if (attr) c.attrs.push([attr, value]);
      });
    return c;
  });
}

function matchesCompound(n, c) {
  const classes = String(n.attr.class || '').split(/\s+/);
  return (!c.tag || n.tag === c.tag) && (!c.id || n.attr.id === c.id) &&
    c.classes.every((k) => classes.indexOf(k) >= 0) &&
    c.attrs.every((a) => a[0] in n.attr && (a[1] === undefined || String(n.attr[a[0]]) === a[1]));
}

function matches(n, parts) {
  if (!matchesCompound(n, parts[parts.length - 1])) return false;
  let i = parts.length - 2;
  let p = n.parent;
  while (i >= 0) {
    const child = parts[i] === '>';
    if (child) i--;
    while (p && !matchesCompound(p, parts[i])) {
      if (child) return false;
      p = p.parent;
    }
    if (!p) return false;
    p = p.parent;
    i--;
  }
  return true;
}

function find(target) {
  const spec = typeof target === 'string' ? { text: target } : target || {};
  const all = elements(top() ? top().__tree || [] : [], []);
  let found;
  if (spec.selector) {
    const parts = parseSelector(spec.selector);
    found = all.filter((n) => matches(n, parts));
  } else {
    // the innermost elements whose text contains it
    const has = (n) => textOf(n.children, []).join(' ').indexOf(spec.text) >= 0;
    found = all.filter((n) => has(n) && !n.children.some((c) => typeof c === 'object' && visible(c) && has(c)));
  }
  const node = found[spec.index || 0];
  if (!node) throw new Error('no element matches ' + JSON.stringify(spec));
  return node;
}

// ---- actions
function routerModule() {
  return require(path.join(root, 'pwa2wx', 'runtime', 'angular', 'router.js'));
}

const ACTIONS = {
  tap: (a) => mp.dispatch(find(a.tap), 'tap', { x: 0, y: 0 }),
  input: (a) => {
    const node = find(a.input || { selector: 'input' });
    node.attr.value = a.value;
    mp.dispatch(node, 'input', { value: a.value, cursor: String(a.value).length, keyCode: 0 });
  },
  event: (a) => mp.dispatch(find(a.event), a.type, a.detail || {}),
  swipe: (a) => { // a horizontal swipe on an element: touchstart, then touchend dx px away
    const node = find(a.swipe);
    mp.dispatch(node, 'touchstart', {}, [{ clientX: 200, clientY: 0 }]);
    mp.dispatch(node, 'touchend', {}, [{ clientX: 200 + (a.dx || 0), clientY: 0 }]);
  },
  navigate: (a) => routerModule().navigate(a.navigate, a.extras || {}).catch((e) => recordError(e, 'navigate')),
  open: (a) => {
    const q = Object.keys(a.query || {}).map((k) => k + '=' + encodeURIComponent(a.query[k])).join('&');
    wx.reLaunch({ url: '/' + a.open + (q ? '?' + q : '') });
  },
  switchTab: (a) => wx.switchTab({ url: '/' + a.switchTab }),
  back: (a) => wx.navigateBack({ delta: a.back === true ? 1 : a.back }),
  wait: (a) => sleep(a.wait),
  answer: (a) => wx.answer(a.answer, a.with || {}),
  pullDownRefresh: () => mp.pageEvent('onPullDownRefresh'),
  reachBottom: () => mp.pageEvent('onReachBottom'),
  scroll: (a) => mp.pageEvent('onPageScroll', { scrollTop: a.scroll })   // the page scrolled to a.scroll px
};

function view() {
  const page = top();
  const tree = page ? mp.compose(page) : [];
  return { route: page ? page.route : null, title: page ? mp.title(page) : '', text: textOf(tree, []).join('\n'), tree };
}

function safe(v) {
  return JSON.parse(JSON.stringify(v, (k, x) => {
    if (typeof x === 'function') return undefined;
    if (x instanceof ArrayBuffer) return '[ArrayBuffer ' + x.byteLength + ']';
    return x;
  }));
}

async function main() {
  const page = request.page;
  const angularUrl = page.charAt(0) === '/';
  mp.launch(angularUrl ? null : page, request.query || {});
  await settle();
  if (angularUrl) {
    routerModule().navigate(page, { root: true }).catch((e) => recordError(e, 'navigate'));
  } else {
    const q = {};
    Object.keys(request.query || {}).forEach((k) => { q[k] = encodeURIComponent(request.query[k]); });
    try {
      mp.open(page, q);
    } catch (e) {
      recordError(e, 'open');
    }
  }
  await settle();
  const steps = [];
  for (const action of request.actions || []) {
    const name = Object.keys(ACTIONS).find((k) => k in action);
    try {
      if (!name) throw new Error('unknown action ' + JSON.stringify(action));
      await ACTIONS[name](action);
    } catch (e) {
      recordError(e, 'action');
    }
    await settle();
    const v = view();
    steps.push({ action, route: v.route, text: v.text });
  }
  const v = view();
  const result = {
    route: v.route, stack: mp.stack.map((p) => p.route), title: v.title, text: v.text, tree: plain(v.tree),
    data: top() ? top().data : null, wx_calls: wx.calls, errors, logs, steps, stats: mp.stats,
    storage: Object.fromEntries(Array.from(wx.store).map((e) => [e[0], JSON.parse(e[1])]))
  };
  fs.writeFileSync(process.argv[3], JSON.stringify(safe(result)));
  process.exit(0);
}

main().catch((e) => {
  recordError(e, 'harness');
  fs.writeFileSync(process.argv[3], JSON.stringify({ errors, logs }));
  process.exit(1);
});
