'use strict';
// A small mini-program host in Node, enough to render a converted page's data: App/Component/getApp
// globals, instances with setData (changed paths), properties with observers, lifetimes, and a `wx`
// whose request reads package files (relative URLs) or makes real HTTP calls, with in-memory storage.
// Any other wx API answers success (async) or undefined (…Sync), so pages run as far as data goes.
const fs = require('fs');
const path = require('path');
const http = require('http');
const https = require('https');

function clone(v) {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}

// setData paths: "a.b[2].c"
function setPath(data, key, value) {
  const parts = key.replace(/\[(\d+)\]/g, '.$1').split('.');
  let target = data;
  for (let i = 0; i < parts.length - 1; i++) {
    if (target[parts[i]] === null || typeof target[parts[i]] !== 'object') target[parts[i]] = /^\d+$/.test(parts[i + 1]) ? [] : {};
    target = target[parts[i]];
  }
  target[parts[parts.length - 1]] = clone(value);
}

function createWx(root, log) {
  const store = new Map();
  const fsm = {
    readFile(o) {
      setImmediate(() => {
        try {
          const file = path.join(root, String(o.filePath).replace(/^\/+/, ''));
          const data = fs.readFileSync(file, o.encoding ? o.encoding.replace('utf-8', 'utf8') : undefined);
          const buffer = Buffer.isBuffer(data) ? data.buffer.slice(data.byteOffset, data.byteOffset + data.length) : data;
          if (o.success) o.success({ data: buffer });
        } catch (e) {
          if (o.fail) o.fail({ errMsg: 'readFile:fail ' + e.message });
        }
        if (o.complete) o.complete({});
      });
    },
    readFileSync(filePath, encoding) {
      return fs.readFileSync(path.join(root, String(filePath).replace(/^\/+/, '')), encoding ? 'utf8' : undefined);
    },
    accessSync(filePath) {
      if (!fs.existsSync(path.join(root, String(filePath).replace(/^\/+/, '')))) throw new Error('no such file');
    },
    access(o) {
      const ok = fs.existsSync(path.join(root, String(o.path).replace(/^\/+/, '')));
      setImmediate(() => (ok ? o.success && o.success({}) : o.fail && o.fail({ errMsg: 'access:fail' })));
    }
  };
  const base = {
    env: { USER_DATA_PATH: 'wxfile://usr' },
    getSystemInfoSync: () => ({ platform: 'devtools', windowWidth: 375, windowHeight: 603, screenWidth: 375,
      screenHeight: 667, pixelRatio: 2, statusBarHeight: 20, language: 'en', version: '8.0.0', SDKVersion: '3.3.4',
      theme: 'light', safeArea: { top: 20, left: 0, right: 375, bottom: 667, width: 375, height: 647 } }),
    getWindowInfo: () => ({ windowWidth: 375, windowHeight: 603, screenWidth: 375, screenHeight: 667, pixelRatio: 2,
      statusBarHeight: 20 }),
    getStorageSync: (k) => (store.has(k) ? JSON.parse(store.get(k)) : ''),
    setStorageSync: (k, v) => { store.set(k, JSON.stringify(v)); },
    removeStorageSync: (k) => { store.delete(k); },
    clearStorageSync: () => store.clear(),
    getStorageInfoSync: () => ({ keys: Array.from(store.keys()), currentSize: 0, limitSize: 10240 }),
    getFileSystemManager: () => fsm,
    request(o) {
      const url = String(o.url);
      let done = false;
      const finish = (res, failed) => {
        if (done) return;
        done = true;
        if (failed && o.fail) o.fail(res);
        if (!failed && o.success) o.success(res);
        if (o.complete) o.complete(res);
      };
      if (!/^https?:/.test(url)) {
        setImmediate(() => {
          try {
            const text = fs.readFileSync(path.join(root, url.replace(/^\/+/, '').split('?')[0]), 'utf8');
            let data = text;
            try { data = JSON.parse(text); } catch (e) { /* not JSON */ }
            finish({ statusCode: 200, data, header: {}, errMsg: 'request:ok' });
          } catch (e) {
            finish({ statusCode: 404, data: '', header: {}, errMsg: 'request:ok' });
          }
        });
        return { abort() {} };
      }
      const lib = url.startsWith('https:') ? https : http;
      const req = lib.request(url, { method: o.method || 'GET', headers: o.header || {} }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          let data = Buffer.concat(chunks).toString('utf8');
          if (o.dataType !== 'text') { try { data = JSON.parse(data); } catch (e) { /* text */ } }
          finish({ statusCode: res.statusCode, data, header: res.headers, errMsg: 'request:ok' });
        });
      });
      req.on('error', (e) => finish({ errMsg: 'request:fail ' + e.message }, true));
      if (o.data !== undefined && o.method && o.method !== 'GET') {
        req.write(typeof o.data === 'string' ? o.data : JSON.stringify(o.data));
      }
      req.end();
      return { abort() { req.destroy(); } };
    }
  };
  return new Proxy(base, {
    get(target, name) {
      if (name in target) return target[name];
      if (typeof name !== 'string') return undefined;
      if (name.endsWith('Sync')) return () => undefined;
      if (/^(on|off)[A-Z]/.test(name)) return () => {};
      return (o) => {
        log.push('wx.' + name);
        setImmediate(() => {
          const res = { errMsg: name + ':ok' };
          if (o && o.success) o.success(res);
          if (o && o.complete) o.complete(res);
        });
      };
    }
  });
}

// One WeChat component instance (pages are components too): data, setData, properties, methods.
function Instance(def, owner, route) {
  this.__def = def;
  this.__owner = owner;
  this.route = route;
  this.is = route;
  this.data = clone(def.data) || {};
  this.properties = this.data;
  const props = def.properties || {};
  Object.keys(props).forEach((k) => {
    const p = props[k];
    this.data[k] = p && typeof p === 'object' && 'value' in p ? clone(p.value) : null;
  });
  Object.keys(def.methods || {}).forEach((k) => { this[k] = def.methods[k].bind(this); });
}
Instance.prototype.setData = function (patch, cb) {
  Object.keys(patch || {}).forEach((k) => setPath(this.data, k, patch[k]));
  Instance.changed = Date.now();
  if (cb) setImmediate(cb);
};
Instance.prototype.selectOwnerComponent = function () { return this.__owner; };
Instance.prototype.triggerEvent = function () {};
Instance.prototype.createSelectorQuery = function () {
  const q = { select: () => q, selectAll: () => q, selectViewport: () => q, boundingClientRect: () => q,
    scrollOffset: () => q, fields: () => q, exec: (cb) => cb && setImmediate(() => cb([])) };
  return q;
};
Instance.prototype.setProperty = function (name, value) {
  const old = this.data[name];
  this.data[name] = clone(value);
  const p = (this.__def.properties || {})[name];
  if (p && p.observer && JSON.stringify(old) !== JSON.stringify(value)) p.observer.call(this, this.data[name], old);
};
Instance.prototype.lifetime = function (name, arg) {
  const def = this.__def;
  const fn = (def.lifetimes && def.lifetimes[name]) || def[name];
  if (typeof fn === 'function') fn.call(this, arg);
};
Instance.prototype.pageEvent = function (name, arg) {
  const fn = this[name] || (this.__def.methods && this.__def.methods[name]);
  if (typeof fn === 'function') fn.call(this, arg);
};
Instance.changed = 0;

// Loads app.js and registers the globals; `load(file)` returns the Component() definition a file makes.
function boot(root, log) {
  const defs = {};
  let current = null;
  let appInstance = {};
  global.wx = createWx(root, log);
  global.App = (def) => { appInstance = Object.assign({}, def); };
  global.getApp = () => appInstance;
  global.Component = (def) => { defs[current] = def; };
  global.Page = (def) => { defs[current] = { data: def.data, methods: def }; };
  global.Behavior = (def) => def;
  const pages = [];
  global.getCurrentPages = () => pages;
  const load = (rel) => {
    if (!(rel in defs)) {
      current = rel;
      require(path.join(root, rel + '.js'));
    }
    return defs[rel];
  };
  const appFile = path.join(root, 'app.js');
  if (fs.existsSync(appFile)) {
    current = 'app';
    require(appFile);
    if (appInstance.onLaunch) appInstance.onLaunch({ path: '', query: {} });
  }
  return { load, pages };
}

// Resolves after `ms` of no setData (or `max` ms in all).
function settle(ms, max) {
  const start = Date.now();
  return new Promise((resolve) => {
    (function check() {
      const quiet = Date.now() - Math.max(Instance.changed, start) >= ms;
      if (quiet || Date.now() - start >= max) resolve();
      else setTimeout(check, 20);
    })();
  });
}

module.exports = { boot, Instance, settle };
