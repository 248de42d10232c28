'use strict';
// A double of WeChat's mini program framework for one converted app folder: the App/Page/Component
// globals, component instances with WeChat semantics (data, setData paths, properties + observers,
// lifetimes, pageLifetimes, triggerEvent, selectOwnerComponent), the page stack behind the navigation
// APIs (10 pages, tab pages kept alive), and rendering: each instance's WXML through `render(path, data)`
// (WeChat's own wcc output), custom components rendered from their own data into their tag, slots
// filled, so taps and inputs can be dispatched on the composed tree.
const fs = require('fs');
const path = require('path');

const MAX_STACK = 10;
const NO_DEFAULT = { String: '', Number: 0, Boolean: false, Object: null, Array: [] };

function clone(v) {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}

// 'a.b[2].c' -> ['a', 'b', 2, 'c']
function pathKeys(key) {
  const keys = [];
  String(key).replace(/([^.[\]]+)|\[(\d+)\]/g, (m, name, index) => {
    keys.push(index !== undefined ? Number(index) : name);
  });
  return keys;
}

function setPath(obj, key, value) {
  const keys = pathKeys(key);
  let o = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    if (o[keys[i]] === null || typeof o[keys[i]] !== 'object') o[keys[i]] = typeof keys[i + 1] === 'number' ? [] : {};
    o = o[keys[i]];
  }
  o[keys[keys.length - 1]] = value;
}

function kebab(name) {
  return name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}
function camel(name) {
  return name.replace(/-([a-z])/g, (m, c) => c.toUpperCase());
}

function parseUrl(url, from) {
  const [p, q] = String(url).split('?');
  let page = p.charAt(0) === '/' ? p.slice(1) : path.posix.join(path.posix.dirname(from || ''), p);
  page = page.replace(/\.(js|wxml)$/, '');
  const query = {};
  (q || '').split('&').filter(Boolean).forEach((pair) => {
    const i = pair.indexOf('=');
    query[i < 0 ? pair : pair.slice(0, i)] = i < 0 ? 'undefined' : pair.slice(i + 1);   // raw, as WeChat passes it
  });
  return { page, query };
}

// WeChat's module rules for the app's files: a subpackage's code is there once the package is (a page of it opened,
// or require.async of one of its files); before that, a synchronous require of one of its files fails, as in WeChat
// ("module … is not defined"). require.async, and require with a callback, load it first.
function wxModules(root, subpackages) {
  const packageOf = (file) => {
    const rel = path.relative(root, file).split(path.sep).join('/');
    return subpackages.find((r) => rel.startsWith(r + '/')) || '';
  };
  const loaded = new Set(['']);
  global.__wxPackageLoaded = (file) => loaded.add(packageOf(path.join(root, file)));
  global.__wxRequire = (req) => {
    const wxRequire = (spec, done, failed) => {
      if (typeof done === 'function') {
        wxRequire.async(spec).then(done, failed);
        return undefined;
      }
      const target = req.resolve(spec);
      if (target.startsWith(root + path.sep) && !loaded.has(packageOf(target))) {
        throw new Error("module '" + path.relative(root, target) + "' is not defined, require args is '" + spec + "'");
      }
      return req(spec);
    };
    wxRequire.async = (spec) => new Promise((resolve, reject) => setImmediate(() => {
      try {
        loaded.add(packageOf(req.resolve(spec)));
        resolve(req(spec));
      } catch (e) {
        reject({ errMsg: 'require.async:fail ' + e.message, mod: spec });
      }
    }));
    return wxRequire;
  };
  // the global object as WeChat's engine has it: without Node's own globals, which code probes to take its Node
  // branch (emscripten's `globalThis.process?.versions?.node`, then `process.argv`)
  const nodeOnly = new Set(['process', 'Buffer', 'global', 'setImmediate', 'clearImmediate']);
  global.__wxGlobalThis = new Proxy(globalThis, {
    get: (g, key) => (nodeOnly.has(key) ? undefined : g[key]),
    has: (g, key) => !nodeOnly.has(key) && key in g,
    ownKeys: (g) => Reflect.ownKeys(g).filter((key) => !nodeOnly.has(key)),
    getOwnPropertyDescriptor: (g, key) => (nodeOnly.has(key) ? undefined : Reflect.getOwnPropertyDescriptor(g, key)),
  });
  const Module = require('module');
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    if (filename.startsWith(root + path.sep)) {
      // its code in a function of its own inside one whose globalThis is WeChat's, so that a module's own binding
      // of that name shadows it as it does in WeChat (engine.io-client's `const globalThis = require(…)`); its
      // 'use strict' opens that function
      content = ';require = __wxRequire(require); (function (globalThis) { (function () {' + content +
        '\n}).call(this); }).call(this, __wxGlobalThis);';
    }
    return compile.call(this, content, filename);
  };
}

function createMiniProgram(options) {
  const root = options.root;
  const wx = options.wx;
  const render = options.render;     // (wxmlPath, data) -> wcc tree, or null when no WXML is compiled
  const onError = options.onError || ((e) => { throw e; });
  const onSetData = options.onSetData || (() => {});
  const appJson = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8'));
  const tabs = ((appJson.tabBar && appJson.tabBar.list) || []).map((t) => t.pagePath);
  // app.json tabBar.custom: WeChat draws custom-tab-bar/index at the end of each tab page (one instance per page)
  const customTabBar = appJson.tabBar && appJson.tabBar.custom ? 'custom-tab-bar/index' : null;
  const TAB_BAR_TAG = 'custom-tab-bar';
  const defs = {};
  const stack = [];
  const tabPages = {};               // tab pages stay alive (hidden) when another tab shows
  const stats = { setData: 0, bytes: 0 };
  const busy = { count: 0 };          // navigations and renders still to run
  let loading = null;
  let app = null;
  let renderQueued = false;

  wxModules(root, (appJson.subPackages || appJson.subpackages || []).map((s) => s.root.replace(/\/+$/, '')));
  global.App = (o) => { app = o; };
  global.getApp = () => app;
  global.getCurrentPages = () => stack.slice();
  global.Page = (o) => { defs[loading] = { page: true, options: o }; };
  global.Component = (o) => { defs[loading] = { options: o }; };

  function guard(what, fn) {
    try {
      return fn();
    } catch (e) {
      e.message = what + ': ' + e.message;
      onError(e);
    }
  }

  function load(file) {
    if (!defs[file]) {
      __wxPackageLoaded(file);   // opening a page of a subpackage downloads it
      loading = file;
      require(path.join(root, file + '.js'));
      loading = null;
      if (!defs[file]) throw new Error(file + '.js did not call Page() or Component()');
      const json = path.join(root, file + '.json');
      defs[file].config = fs.existsSync(json) ? JSON.parse(fs.readFileSync(json, 'utf8')) : {};
      const using = defs[file].config.usingComponents || {};
      defs[file].using = {};
      Object.keys(using).forEach((tag) => {
        const target = using[tag].charAt(0) === '/' ? using[tag].slice(1)
          : path.posix.join(path.posix.dirname(file), using[tag]);
        defs[file].using[tag] = target;
      });
      if (customTabBar && tabs.indexOf(file) >= 0) defs[file].using[TAB_BAR_TAG] = customTabBar;
    }
    return defs[file];
  }

  // ---- instances
  function lifetime(inst, name, arg) {
    const o = inst.__def.options;
    const fn = inst.__def.page && !o.methods ? o[name]
      : (o.lifetimes && o.lifetimes[name]) || o[name] || (o.methods && o.methods[name]);
    if (typeof fn === 'function') guard(inst.is + ' ' + name, () => fn.call(inst, arg));
  }

  function pageLifetime(inst, name) {
    Object.keys(inst.__children).forEach((k) => {
      const child = inst.__children[k];
      const fn = child.__def.options.pageLifetimes && child.__def.options.pageLifetimes[name];
      if (fn) guard(child.is + ' pageLifetimes.' + name, () => fn.call(child));
      pageLifetime(child, name);
    });
  }

  function instantiate(file, owner, nodeDataset) {
    const def = load(file);
    const o = def.options;
    const inst = { is: file, data: clone(o.data || {}), dataset: nodeDataset || {}, __def: def, __owner: owner,
      __children: {}, __host: null };
    inst.__props = {};
    Object.keys(o.properties || {}).forEach((name) => {
      const p = o.properties[name];
      const spec = typeof p === 'function' || p === null ? { type: p } : p;
      inst.__props[name] = spec;
      inst.data[name] = 'value' in spec ? clone(spec.value) : spec.type ? clone(NO_DEFAULT[spec.type.name]) : null;
    });
    inst.properties = inst.data;
    inst.setData = (patch, cb) => {
      const text = JSON.stringify(patch);
      stats.setData++;
      stats.bytes += text.length;
      if (text.length > 1024 * 1024) onError(new Error(file + ': setData payload ' + text.length + ' bytes > 1 MB'));
      Object.keys(patch).forEach((k) => setPath(inst.data, k, clone(patch[k])));
      onSetData(inst, patch);
      scheduleRender();
      if (cb) setImmediate(cb);
    };
    inst.triggerEvent = (name, detail, opts) => trigger(inst, name, detail, opts || {});
    inst.selectOwnerComponent = () => inst.__owner;
    inst.getTabBar = () => {   // the custom tab bar of the page this instance is in
      let page = inst;
      while (page.__owner) page = page.__owner;
      return page.__children[TAB_BAR_TAG + '#1'] || null;
    };
    inst.createSelectorQuery = () => wx.createSelectorQuery();
    inst.selectComponent = () => null;
    inst.selectAllComponents = () => [];
    const methods = def.page && !o.methods ? o : o.methods || {};
    Object.keys(methods).forEach((k) => {
      if (typeof methods[k] === 'function') inst[k] = methods[k];
    });
    lifetime(inst, 'created');
    return inst;
  }

  function setProps(inst, attr) {
    Object.keys(inst.__props).forEach((name) => {
      const key = kebab(name) in attr ? kebab(name) : name in attr ? name : null;
      if (key === null) return;
      const value = clone(attr[key]);
      const old = inst.data[name];
      if (JSON.stringify(value) === JSON.stringify(old)) return;
      inst.data[name] = value;
      const observer = inst.__props[name].observer;
      const fn = typeof observer === 'string' ? inst[observer] : observer;
      if (fn) guard(inst.is + ' observer ' + name, () => fn.call(inst, value, old));
    });
  }

  function detach(inst) {
    Object.keys(inst.__children).forEach((k) => detach(inst.__children[k]));
    lifetime(inst, 'detached');
  }

  // ---- rendering: the composed tree of an instance
  function scheduleRender() {
    if (renderQueued) return;
    renderQueued = true;
    busy.count++;
    setImmediate(() => {
      renderQueued = false;
      busy.count--;
      stack.forEach(compose);
    });
  }

  function compose(inst) {
    const raw = render ? render(inst.is + '.wxml', inst.data) : null;
    const seen = {};
    const counter = {};
    const children = (raw ? raw.children || [] : []).concat(
      inst.__def.using[TAB_BAR_TAG] && !inst.__owner ? [{ tag: TAB_BAR_TAG, attr: {}, children: [] }] : []);
    const nodes = raw ? build(children, inst, {}, null, counter, seen) : [];
    Object.keys(inst.__children).forEach((k) => {
      if (!seen[k]) {
        detach(inst.__children[k]);
        delete inst.__children[k];
      }
    });
    inst.__tree = nodes;
    return nodes;
  }

  function build(raw, owner, slots, parent, counter, seen) {
    const out = [];
    raw.forEach((n) => {
      if (typeof n !== 'object' || n === null) {
        out.push(String(n));
        return;
      }
      const tag = n.tag.replace(/^wx-/, '');
      const node = { tag, attr: n.attr || {}, children: [], owner, parent };
      if (tag === 'slot') {
        node.children = slots[node.attr.name || ''] || [];
        node.children.forEach((c) => { if (typeof c === 'object') c.parent = node; });
        out.push(node);
        return;
      }
      const file = owner.__def.using[tag];
      if (file) {
        counter[tag] = (counter[tag] || 0) + 1;
        const key = tag + '#' + counter[tag];
        seen[key] = true;
        let child = owner.__children[key];
        const fresh = !child;
        if (fresh) child = owner.__children[key] = instantiate(file, owner, dataset(node));
        child.__host = node;
        node.component = child;
        const slotted = build(n.children || [], owner, slots, node, counter, seen);
        const bySlot = {};
        slotted.forEach((c) => {
          const name = (typeof c === 'object' && c.attr.slot) || '';
          (bySlot[name] = bySlot[name] || []).push(c);
        });
        setProps(child, node.attr);
        if (fresh) lifetime(child, 'attached');
        const shadow = render ? render(child.is + '.wxml', child.data) : null;
        const childCounter = {};
        const childSeen = {};
        node.children = shadow ? build(shadow.children || [], child, bySlot, node, childCounter, childSeen) : [];
        Object.keys(child.__children).forEach((k) => {
          if (!childSeen[k]) {
            detach(child.__children[k]);
            delete child.__children[k];
          }
        });
        if (fresh) lifetime(child, 'ready');
      } else {
        node.children = build(n.children || [], owner, slots, node, counter, seen);
      }
      out.push(node);
    });
    return out;
  }

  // ---- events
  function dataset(node) {
    const d = {};
    Object.keys(node.attr).forEach((k) => {
      if (k.indexOf('data-') === 0) d[camel(k.slice(5).toLowerCase())] = node.attr[k];
    });
    return d;
  }

  function handlerOf(node, type) {
    const a = node.attr;
    for (const prefix of ['catch', 'bind']) {
      const h = a[prefix + type] || a[prefix + ':' + type];
      if (h) return { name: h, stop: prefix === 'catch' };
    }
    return null;
  }

  function call(owner, name, event) {
    const fn = owner[name];
    if (typeof fn !== 'function') {
      onError(new Error(owner.is + ': no method "' + name + '" for ' + event.type));
      return;
    }
    guard(owner.is + ' ' + name + '(' + event.type + ')', () => fn.call(owner, event));
  }

  // A user event at `node`, bubbling up the composed tree to the handlers, as taps do.
  // touches: [{clientX, clientY}] for touch events (touchend: the finger that left, as changedTouches)
  function dispatch(node, type, detail, touches) {
    const target = { id: node.attr.id || '', dataset: dataset(node) };
    const ending = type === 'touchend' || type === 'touchcancel';
    for (let n = node; n; n = n.parent) {
      const h = handlerOf(n, type);
      if (!h) continue;
      call(n.owner, h.name, { type, timeStamp: Date.now(), detail: detail || {}, target,
        currentTarget: { id: n.attr.id || '', dataset: dataset(n) }, mark: {},
        touches: ending ? [] : touches || [], changedTouches: touches || [] });
      if (h.stop) break;
    }
    const link = type === 'tap' ? navigatorOf(node) : null;
    if (link) openNavigator(link.attr);
  }

  // WeChat's <navigator url open-type>: a tap in it opens its url with the page API its open-type names
  function navigatorOf(node) {
    for (let n = node; n; n = n.parent) if (n.tag === 'navigator') return n;
    return null;
  }
  function openNavigator(attr) {
    const type = attr.openType || 'navigate';
    if (type === 'navigateBack') wx.navigateBack({ delta: Number(attr.delta) || 1 });
    else wx[{ navigate: 'navigateTo', redirect: 'redirectTo', switchTab: 'switchTab', reLaunch: 'reLaunch' }[type]]({
      url: attr.url });
  }

  // triggerEvent: the handler bound on the component's tag in its owner's WXML
  function trigger(inst, name, detail, opts) {
    for (let n = inst.__host; n; n = opts.bubbles ? n.parent : null) {
      const h = handlerOf(n, name);
      if (h) {
        const ds = dataset(n);
        call(n.owner, h.name, { type: name, timeStamp: Date.now(), detail, target: { id: n.attr.id || '', dataset: ds },
          currentTarget: { id: n.attr.id || '', dataset: ds }, mark: {} });
        if (h.stop) break;
      }
    }
  }

  // ---- pages and the stack
  function pageShow(inst) {
    lifetime(inst, 'onShow');
    pageLifetime(inst, 'show');
  }
  function pageHide(inst) {
    lifetime(inst, 'onHide');
    pageLifetime(inst, 'hide');
  }
  function unload(inst) {
    lifetime(inst, 'onUnload');
    detach(inst);
    if (tabPages[inst.route] === inst) delete tabPages[inst.route];
  }

  function openPage(page, query) {
    const inst = instantiate(page, null);
    inst.route = page;
    inst.__route__ = page;
    inst.options = query;
    stack.push(inst);
    if (tabs.indexOf(page) >= 0) tabPages[page] = inst;
    lifetime(inst, 'attached');
    compose(inst);
    lifetime(inst, 'onLoad', query);
    pageShow(inst);
    compose(inst);
    lifetime(inst, 'ready');
    lifetime(inst, 'onReady');
    return inst;
  }

  function exists(page) {
    return appJson.pages.indexOf(page) >= 0 ||
      (appJson.subPackages || appJson.subpackages || []).some((s) =>
        s.pages.some((p) => s.root.replace(/\/$/, '') + '/' + p === page));
  }

  function nav(name, o, work) {
    wx.calls.push({ name, args: o });
    o = o || {};
    busy.count++;
    setImmediate(() => {
      let errMsg = name + ':ok';
      try {
        const problem = work();
        if (problem) errMsg = name + ':fail ' + problem;
      } catch (e) {
        onError(e);
        errMsg = name + ':fail ' + e.message;
      }
      const res = { errMsg };
      try {
        if (/:fail/.test(errMsg)) {
          if (o.fail) o.fail(res);
        } else if (o.success) {
          o.success(res);
        }
        if (o.complete) o.complete(res);
      } finally {
        busy.count--;
      }
    });
  }

  function top() {
    return stack[stack.length - 1];
  }
  function fromPage() {
    return top() ? top().route : '';
  }

  // the bar shows the title the page on top last set, else its json's, else app.json's
  const setTitle = wx.setNavigationBarTitle;
  wx.setNavigationBarTitle = (o) => {
    if (top()) top().__title = String(o && o.title);
    return setTitle.call(wx, o);
  };

  wx.navigateTo = (o) => nav('navigateTo', o, () => {
    const u = parseUrl(o.url, fromPage());
    if (!exists(u.page)) return 'page "' + u.page + '" is not found';
    if (tabs.indexOf(u.page) >= 0) return 'can not navigateTo a tabbar page';
    if (stack.length >= MAX_STACK) return 'webview count limit exceed';
    if (top()) pageHide(top());
    openPage(u.page, u.query);
    return null;
  });
  wx.redirectTo = (o) => nav('redirectTo', o, () => {
    const u = parseUrl(o.url, fromPage());
    if (!exists(u.page)) return 'page "' + u.page + '" is not found';
    if (tabs.indexOf(u.page) >= 0) return 'can not redirectTo a tabbar page';
    if (top()) unload(stack.pop());
    openPage(u.page, u.query);
    return null;
  });
  wx.switchTab = (o) => nav('switchTab', o, () => {
    const u = parseUrl(o.url, fromPage());
    if (tabs.indexOf(u.page) < 0) return 'can not switch to no-tabBar page';
    while (stack.length) {
      const p = stack.pop();
      if (tabs.indexOf(p.route) >= 0) pageHide(p);
      else unload(p);
    }
    const kept = tabPages[u.page];
    if (kept) {
      stack.push(kept);
      pageShow(kept);
    } else {
      openPage(u.page, {});
    }
    return null;
  });
  wx.reLaunch = (o) => nav('reLaunch', o, () => {
    const u = parseUrl(o.url, fromPage());
    if (!exists(u.page)) return 'page "' + u.page + '" is not found';
    while (stack.length) unload(stack.pop());
    Object.keys(tabPages).forEach((k) => unload(tabPages[k]));
    openPage(u.page, u.query);
    return null;
  });
  wx.navigateBack = (o) => nav('navigateBack', o, () => {
    if (stack.length <= 1) return 'cannot navigate back at first page.';
    const delta = Math.min(Math.max(1, (o && o.delta) || 1), stack.length - 1);
    for (let i = 0; i < delta; i++) unload(stack.pop());
    pageShow(top());
    return null;
  });

  return {
    stack,
    stats,
    busy: () => busy.count,
    app: () => app,
    // requires app.js (App()), then runs onLaunch/onShow as WeChat does at startup
    launch(page, query) {
      loading = 'app';
      require(path.join(root, 'app.js'));
      loading = null;
      const launch = { path: page, query: query || {}, scene: 1001 };
      if (app && app.onLaunch) guard('App onLaunch', () => app.onLaunch.call(app, launch));
      if (app && app.onShow) guard('App onShow', () => app.onShow.call(app, launch));
    },
    open(page, query) {
      return openPage(page, query || {});
    },
    compose,
    dispatch,
    // the page's own navigation bar title ('' when the bar shows app.json's)
    title(page) {
      return page.__title !== undefined ? page.__title : page.__def.config.navigationBarTitleText || '';
    },
    // page events with no element: pull-down refresh, reaching the bottom
    pageEvent(name, arg) {
      lifetime(top(), name, arg);
    }
  };
}

module.exports = { createMiniProgram, setPath, pathKeys };
