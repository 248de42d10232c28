'use strict';
// Renders one page of a converted mini program as a standalone HTML document, the way WeChat's WebView
// renderer would: wcc's render tree of the page (and of every custom component in it, slots filled)
// from the data the page reaches by running (simulator.js), styled by wcsc's CSS, inside a drawing of
// WeChat's navigation bar and tab bar. Usage: node render.js job.json (see __init__.py).
const fs = require('fs');
const path = require('path');
const sim = require('./simulator.js');

const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const root = path.resolve(job.root);
const NAV = 64;
const TAB = 50;

function readJson(rel) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8'));
  } catch (e) {
    return {};
  }
}

function escapeHtml(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ---- compiled WXML and WXSS --------------------------------------------------------------------

function loadWxml() {
  const g = {};
  const code = fs.readFileSync(job.wcc, 'utf8');
  return new Function('global', 'window', code + '\n;return $gwx;')(g, g);
}

// wcsc's output is "name=js=name=js…"; each js calls setCssToHead, which we run against a fake
// document to get the CSS text (rpx resolved for the viewport width, no class prefix).
function loadWxss() {
  const raw = fs.readFileSync(job.wcsc, 'utf8').split('=');
  const files = {};
  for (let i = 0; i + 1 < raw.length; i += 2) files[raw[i]] = raw[i + 1];
  const unescape = (s) => s.replace(/\\x([0-9a-f]{2})/gi, (m, h) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\n/g, '\n').replace(/\\\\/g, '\\');
  const styles = [];
  const fake = {
    window: { screen: { width: job.width }, devicePixelRatio: 2 },
    navigator: { userAgent: 'iPhone' },
    document: {
      head: { appendChild(s) { styles.push(s); } },
      createElement() { return { childNodes: [], setAttribute() {}, appendChild(n) { this.childNodes.push(n); } }; },
      createTextNode(t) { return { nodeValue: t }; }
    }
  };
  const names = Object.keys(files).filter((k) => k.endsWith('.wxss'));
  const body = unescape(files.comm || '') + ';return {' +
    names.map((k) => JSON.stringify(k) + ':' + unescape(files[k])).join(',') + '};';
  const rewritors = new Function('window', 'navigator', 'document', '__COMMON_STYLESHEETS__', body)(
    fake.window, fake.navigator, fake.document, undefined);
  const common = styles.map((s) => s.childNodes.map((n) => n.nodeValue).join('')).join('\n');
  return {
    common,
    css(rel) {
      const fn = rewritors['./' + rel + '.wxss'];
      if (!fn) return '';
      const before = styles.length;
      fn('');
      return styles.slice(before).map((s) => s.childNodes.map((n) => n.nodeValue).join('')).join('\n');
    }
  };
}

// ---- render tree → HTML ---------------------------------------------------------------------------

const UA = `body{margin:0;font-family:-apple-system-font,"Helvetica Neue",sans-serif;font-size:16px}
wx-view,wx-scroll-view,wx-swiper,wx-swiper-item,wx-navigator,wx-form,wx-picker,wx-rich-text,wx-movable-area,
wx-movable-view,wx-cover-view,wx-label,wx-checkbox-group,wx-radio-group,wx-page{display:block}
wx-text{display:inline}[hidden]{display:none!important}wx-scroll-view{overflow:auto}
wx-swiper{overflow:hidden;height:150px;position:relative}wx-swiper-item{display:none;width:100%;height:100%}
wx-swiper-item:first-child{display:block}
wx-image{display:inline-block;position:relative;width:320px;height:240px;overflow:hidden}
wx-image.fix{height:auto}wx-image>img{display:block;width:100%}
wx-button{position:relative;display:block;margin:0 auto;padding:0 14px;box-sizing:border-box;font-size:18px;
text-align:center;line-height:2.55555556;border-radius:5px;overflow:hidden;color:#000;background:#f8f8f8}
wx-button[type=primary]{color:#fff;background:#1aad19}wx-button[size=mini]{display:inline-block;font-size:13px;
line-height:2.3;padding:0 1.34em}
wx-input{display:block;height:1.4rem;min-height:1.4rem;overflow:hidden;white-space:nowrap}
wx-textarea{display:block;width:300px;height:150px}
wx-input>span,wx-textarea>span{display:block;width:100%;overflow:hidden}wx-input>span.ph,wx-textarea>span.ph{color:#808080}
wx-switch{display:inline-block;vertical-align:middle}wx-switch>i{display:block;position:relative;width:52px;height:32px;
border-radius:16px;background:#dfdfdf}wx-switch>i::after{content:"";position:absolute;top:2px;left:2px;width:28px;
height:28px;border-radius:50%;background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.4)}wx-switch>i.on::after{left:22px}
wx-checkbox,wx-radio{display:inline-block;vertical-align:middle}wx-checkbox>i,wx-radio>i{display:inline-block;
width:22px;height:22px;border:1px solid #d1d1d1;border-radius:3px;background:#fff;vertical-align:middle;
margin-right:5px;box-sizing:border-box}wx-radio>i{border-radius:50%}
wx-slider{display:block;margin:10px 18px}wx-slider>i{display:block;height:2px;background:#e9e9e9;margin:14px 0}
wx-progress{display:flex;align-items:center}wx-progress>i{display:block;flex:1;height:6px;background:#ebebeb}
wx-progress>i>b{display:block;height:100%;background:#09bb07}`;

function assetUrl(src, base) {
  if (!src || /^(https?:|data:|wxfile:)/.test(src)) return src || '';
  const file = src.startsWith('/') ? path.join(root, src) : path.join(root, path.dirname(base), src);
  return 'file://' + file;
}

function attrs(node, extraClass, extra) {
  const a = node.attr || {};
  let out = '';
  const cls = [a.class, extraClass].filter(Boolean).join(' ');
  if (cls) out += ' class="' + escapeHtml(cls) + '"';
  if (a.style) out += ' style="' + escapeHtml(a.style) + '"';
  if (a.id) out += ' id="' + escapeHtml(a.id) + '"';
  if (a.hidden === true || a.hidden === 'true') out += ' hidden';
  ['type', 'size', 'mode', 'slot'].forEach((k) => {
    if (a[k] !== undefined && a[k] !== null && a[k] !== '') out += ' ' + k + '="' + escapeHtml(a[k]) + '"';
  });
  return out + (extra || '');
}

function native(tag, node, base) {
  const a = node.attr || {};
  const color = a.color || '#04be02';
  if (tag === 'image') {
    const src = escapeHtml(assetUrl(a.src, base));
    if (a.mode === 'widthFix' || a.mode === 'heightFix') return { cls: 'fix', inner: `<img src="${src}">` };
    const fit = { aspectFit: 'contain', aspectFill: 'cover', scaleToFill: 'fill' }[a.mode || 'scaleToFill'] || 'none';
    return { inner: `<img src="${src}" style="height:100%;object-fit:${fit}">` };
  }
  if (tag === 'input' || tag === 'textarea') {
    const value = a.value !== undefined && a.value !== null && a.value !== '' ? a.value : null;
    const shown = value === null ? a.placeholder || '' : (a.password ? '•'.repeat(String(value).length) : value);
    return { inner: `<span class="${value === null ? 'ph' : ''}">${escapeHtml(shown)}</span>` };
  }
  if (tag === 'switch') {
    const on = a.checked === true;
    return { inner: `<i class="${on ? 'on' : ''}" style="${on ? 'background:' + escapeHtml(color) : ''}"></i>` };
  }
  if (tag === 'checkbox' || tag === 'radio') {
    const on = a.checked === true;
    return { inner: `<i style="${on ? 'background:' + escapeHtml(color) + ';border-color:' + escapeHtml(color) : ''}"></i>` };
  }
  if (tag === 'slider') return { inner: '<i></i>' };
  if (tag === 'progress') return { inner: `<i><b style="width:${Number(a.percent) || 0}%"></b></i>` };
  if (tag === 'rich-text') return { inner: typeof a.nodes === 'string' ? a.nodes : '' };
  return null;
}

// A page or component being rendered: its instance (data), its WXML path and its usingComponents.
class Scope {
  constructor(rel, instance, using) {
    this.rel = rel;
    this.instance = instance;
    this.using = using;
  }
}

class Renderer {
  constructor(gwx, app, runner) {
    this.gwx = gwx;
    this.globalUsing = (app && app.usingComponents) || {};
    this.runner = runner;
    this.children = new Map();   // tree position → component instance
    this.componentCss = new Set();
  }

  tree(scope) {
    const gen = this.gwx(scope.rel + '.wxml');
    return gen ? gen(scope.instance.data, {}, {}) : { children: [] };
  }

  page(scope) {
    return this.nodes(this.tree(scope).children || [], scope, 'p', null);
  }

  nodes(list, scope, key, slots) {
    return (list || []).map((n, i) => this.node(n, scope, key + '.' + i, slots)).join('');
  }

  node(node, scope, key, slots) {
    if (node === null || node === undefined) return '';
    if (typeof node !== 'object') return escapeHtml(node);
    const tag = String(node.tag || '').replace(/^wx-/, '');
    if (tag === 'slot') {
      const name = (node.attr && node.attr.name) || '';
      return slots ? slots(name) : '';
    }
    if (tag === 'page' || tag === 'block' || tag === '') return this.nodes(node.children, scope, key, slots);
    const using = Object.assign({}, this.globalUsing, scope.using);
    if (using[tag]) return this.component(tag, using[tag], node, scope, key, slots);
    const special = native(tag, node, scope.rel);
    const open = `<wx-${tag}${attrs(node, special && special.cls)}>`;
    const inner = special ? special.inner : this.nodes(node.children, scope, key, slots);
    return open + inner + `</wx-${tag}>`;
  }

  component(tag, target, node, scope, key, slots) {
    const rel = (target.startsWith('/') ? target.slice(1) : path.join(path.dirname(scope.rel), target))
      .replace(/\\/g, '/');
    this.componentCss.add(rel);
    const instance = this.runner.component(key, rel, scope.instance, node.attr || {});
    const own = readJson(rel + '.json').usingComponents || {};
    const inner = new Scope(rel, instance, own);
    const given = node.children || [];
    const fill = (name) => {
      const picked = given.filter((c) => ((c && c.attr && c.attr.slot) || '') === name);
      return this.nodes(picked, scope, key + '/s' + name, slots);
    };
    const tree = this.tree(inner);
    return `<${tag}${attrs(node, '', ` is="${escapeHtml(rel)}"`)}>` + this.nodes(tree.children, inner, key + '/c', fill) +
      `</${tag}>`;
  }
}

// Runs the page's and components' JS through simulator.js, or uses the data given in the job.
class Runner {
  constructor() {
    this.instances = new Map();
    if (job.data) {
      this.page = (rel) => ({ data: job.data });
      return;
    }
    this.host = sim.boot(root, []);
  }

  page(rel) {
    const def = this.host.load(rel);
    const page = new sim.Instance(def || {}, null, rel);
    this.host.pages.push(page);
    page.options = job.query || {};
    page.lifetime('created');
    page.lifetime('attached');
    page.pageEvent('onLoad', job.query || {});
    page.pageEvent('onShow');
    page.pageEvent('onReady');
    return page;
  }

  component(key, rel, owner, attr) {
    if (job.data) return { data: Object.assign({}, attr) };
    let instance = this.instances.get(key);
    const def = this.host.load(rel) || {};
    if (!instance) {
      instance = new sim.Instance(def, owner, rel);
      Object.keys(def.properties || {}).forEach((k) => {
        const v = attr[k] !== undefined ? attr[k] : attr[k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())];
        if (v !== undefined) instance.data[k] = v;
      });
      this.instances.set(key, instance);
      instance.lifetime('created');
      instance.lifetime('attached');
      instance.lifetime('ready');
    } else {
      Object.keys(def.properties || {}).forEach((k) => {
        if (attr[k] !== undefined) instance.setProperty(k, attr[k]);
      });
    }
    return instance;
  }
}

function chrome(app, pageJson, html, css) {
  const win = Object.assign({}, app.window || {}, pageJson);
  const custom = win.navigationStyle === 'custom';
  const tabBar = app.tabBar && (app.tabBar.list || []).some((t) => t.pagePath === job.page) ? app.tabBar : null;
  const height = job.height - (custom ? 0 : NAV) - (tabBar ? TAB : 0);
  const navBg = win.navigationBarBackgroundColor || '#000000';
  const navFg = win.navigationBarTextStyle === 'black' ? '#000' : '#fff';
  const doc = `<!doctype html><html><head><meta charset="utf-8"><style>${UA}\n${css}</style></head>` +
    `<body>${html}</body></html>`;
  let out = '<!doctype html><html><head><meta charset="utf-8"><style>' +
    `body{margin:0;width:${job.width}px;height:${job.height}px;overflow:hidden;font-family:-apple-system-font,` +
    '"Helvetica Neue",sans-serif;background:#fff}iframe{display:block;border:0}' +
    '.nav{position:relative;box-sizing:border-box;padding-top:20px}' +
    '.nav b{display:block;height:44px;line-height:44px;text-align:center;font-size:17px;font-weight:500}' +
    '.cap{position:absolute;right:7px;top:26px;width:87px;height:32px;box-sizing:border-box;border-radius:16px;' +
    'border:1px solid rgba(128,128,128,.3);background:rgba(255,255,255,.6)}' +
    '.tab{display:flex;height:50px;box-sizing:border-box;border-top:1px solid}' +
    '.tab div{flex:1;display:flex;flex-direction:column;align-items:center;justify-content:center;font-size:10px}' +
    '.tab img{width:24px;height:24px;margin-bottom:2px}</style></head><body>';
  if (!custom) {
    out += `<div class="nav" style="background:${escapeHtml(navBg)};color:${navFg}">` +
      `<b>${escapeHtml(win.navigationBarTitleText || '')}</b><i class="cap"></i></div>`;
  }
  out += `<iframe style="width:${job.width}px;height:${height}px" srcdoc="${escapeHtml(doc)}"></iframe>`;
  if (tabBar) {
    out += `<div class="tab" style="background:${escapeHtml(tabBar.backgroundColor || '#fff')};border-color:` +
      `${tabBar.borderStyle === 'white' ? '#fff' : 'rgba(0,0,0,.33)'}">`;
    tabBar.list.forEach((t) => {
      const on = t.pagePath === job.page;
      const icon = on ? t.selectedIconPath || t.iconPath : t.iconPath;
      out += `<div style="color:${escapeHtml(on ? tabBar.selectedColor || '#000' : tabBar.color || '#7A7E83')}">` +
        (icon ? `<img src="${escapeHtml(assetUrl('/' + icon, ''))}">` : '') + `${escapeHtml(t.text || '')}</div>`;
    });
    out += '</div>';
  }
  return out + '</body></html>';
}

async function main() {
  const gwx = loadWxml();
  const wxss = loadWxss();
  const app = readJson('app.json');
  const pageJson = readJson(job.page + '.json');
  const runner = new Runner();
  const pageInstance = runner.page(job.page);
  const renderer = new Renderer(gwx, app, runner);
  const scope = new Scope(job.page, pageInstance, pageJson.usingComponents || {});
  let html = '';
  for (let round = 0; round < (job.data ? 1 : 4); round++) {
    if (!job.data) await sim.settle(job.settleMs, job.maxMs);
    html = renderer.page(scope);
  }
  const css = [wxss.common, wxss.css('app'), ...Array.from(renderer.componentCss).map((c) => wxss.css(c)),
    wxss.css(job.page)].join('\n');
  fs.writeFileSync(job.output, chrome(app, pageJson, html, css));
  process.exit(0);
}

main().catch((e) => {
  process.stderr.write(String((e && e.stack) || e));
  process.exit(1);
});
