'use strict';
// A `wx` double for runtime tests. wx.request makes REAL HTTP requests (node http/https) and refuses
// PATCH as WeChat does; storage keeps JSON copies with WeChat's limits (configurable to test quota
// errors); getFileSystemManager reads package files from `root`; every other API call is recorded in
// `calls` and answered asynchronously with a queued answer (answer(name, res)) or a plain success.
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');

const WX_METHODS = ['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE', 'CONNECT'];

const RECORDED = ['showModal', 'showToast', 'hideToast', 'showLoading', 'hideLoading', 'showActionSheet',
  'setClipboardData', 'getClipboardData', 'getLocation', 'chooseMedia', 'chooseImage', 'previewImage',
  'vibrateShort', 'vibrateLong', 'showShareMenu', 'hideShareMenu', 'navigateTo', 'redirectTo', 'switchTab',
  'reLaunch', 'navigateBack', 'setNavigationBarColor', 'hideKeyboard', 'getNetworkType', 'makePhoneCall',
  'openLocation', 'saveImageToPhotosAlbum', 'stopPullDownRefresh', 'exitMiniProgram', 'openSetting',
  'setNavigationBarTitle', 'pageScrollTo'];

// wx.on<Event>(fn) / wx.off<Event>(fn) pairs; tests fire them with wx.emit('<Event>', res)
const EVENTS = ['AppShow', 'AppHide', 'WindowResize', 'NetworkStatusChange', 'KeyboardHeightChange'];

function toArrayBuffer(buf) {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

function createWx(options) {
  const opts = Object.assign({ root: null, keyLimit: 1024 * 1024, totalLimit: 10 * 1024 * 1024,
    splitCookies: true, system: {} }, options);
  const calls = [];
  const answers = {};
  const store = new Map();   // key -> JSON text, as WeChat keeps copies, not references
  const pages = [];          // what getCurrentPages() returns; tests push { route, options }
  const listeners = {};      // event -> callbacks

  function size() {
    let n = 0;
    store.forEach((v, k) => { n += k.length + v.length; });
    return n;
  }

  function settle(name, o, res) {
    setImmediate(() => {
      const failed = /:fail/.test(res.errMsg || '');
      if (failed && o && o.fail) o.fail(res);
      if (!failed && o && o.success) o.success(res);
      if (o && o.complete) o.complete(res);
    });
  }

  const wx = {
    calls,
    pages,
    store,
    answer(name, res) {
      (answers[name] = answers[name] || []).push(res);
    },
    callsOf(name) {
      return calls.filter((c) => c.name === name).map((c) => c.args);
    },
    emit(event, res) {
      (listeners[event] || []).slice().forEach((fn) => fn(res));
    },

    request(o) {
      calls.push({ name: 'request', args: o });
      let finished = false;
      const finish = (cb, res) => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        setImmediate(() => { if (cb) cb(res); if (o.complete) o.complete(res); });
      };
      const fail = (msg) => finish(o.fail, { errMsg: 'request:fail ' + msg });
      const method = (o.method || 'GET').toUpperCase();
      if (WX_METHODS.indexOf(method) < 0) {
        fail('invalid method ' + method);
        return { abort() {} };
      }
      const headers = Object.assign({}, o.header);
      if (!Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) {
        headers['content-type'] = 'application/json';   // wx.request's default
      }
      let body = o.data;
      if (body instanceof ArrayBuffer) body = Buffer.from(body);
      else if (body !== undefined && typeof body !== 'string') body = JSON.stringify(body);
      const url = new URL(o.url);
      const req = (url.protocol === 'https:' ? https : http).request(url, { method, headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const buf = Buffer.concat(chunks);
          let data = o.responseType === 'arraybuffer' ? toArrayBuffer(buf) : buf.toString('utf8');
          if ((o.dataType || 'json') === 'json' && typeof data === 'string') {
            try { data = JSON.parse(data); } catch (e) { /* wx keeps the text */ }
          }
          const header = {};   // server's spelling; repeated headers joined as WeChat joins them
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            const k = res.rawHeaders[i];
            header[k] = k in header ? header[k] + ',' + res.rawHeaders[i + 1] : res.rawHeaders[i + 1];
          }
          const result = { data, statusCode: res.statusCode, header, errMsg: 'request:ok' };
          if (opts.splitCookies) result.cookies = res.headers['set-cookie'] || [];
          finish(o.success, result);
        });
      });
      req.on('error', (e) => fail(e.message));
      const timer = setTimeout(() => { req.destroy(); fail('timeout'); }, o.timeout || 60000);
      if (body !== undefined) req.write(body);
      req.end();
      return { abort() { req.destroy(); fail('abort'); } };
    },

    getStorageSync(key) {
      return store.has(key) ? JSON.parse(store.get(key)) : '';
    },
    setStorageSync(key, value) {
      const text = JSON.stringify(value);
      const old = store.has(key) ? key.length + store.get(key).length : 0;
      if (text.length > opts.keyLimit || size() - old + key.length + text.length > opts.totalLimit) {
        const err = new Error('setStorageSync:fail exceed storage max size 10MB');
        err.errMsg = err.message;
        throw err;
      }
      store.set(key, text);
    },
    removeStorageSync(key) {
      store.delete(key);
    },
    clearStorageSync() {
      store.clear();
    },
    getStorageInfoSync() {
      return { keys: Array.from(store.keys()), currentSize: Math.ceil(size() / 1024),
        limitSize: Math.floor(opts.totalLimit / 1024) };
    },

    getFileSystemManager() {
      return {
        readFile(o) {
          const file = path.join(opts.root || '/nonexistent', o.filePath);
          fs.readFile(file, o.encoding, (err, data) => {
            if (err) settle('readFile', o, { errMsg: 'readFile:fail no such file or directory ' + o.filePath });
            else settle('readFile', o, { data: o.encoding ? data : toArrayBuffer(data), errMsg: 'readFile:ok' });
          });
        }
      };
    },

    getAccountInfoSync() {
      return { miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } };
    },
    getBatteryInfoSync() {
      return { level: 80, isCharging: false };
    },
    getSystemInfoSync() {
      return Object.assign({ brand: 'devtools', model: 'iPhone 12', platform: 'ios', system: 'iOS 16.0',
        language: 'en', version: '8.0.40', SDKVersion: '3.3.0', windowWidth: 390, windowHeight: 750,
        screenWidth: 390, screenHeight: 844, pixelRatio: 3 }, opts.system);
    }
  };

  RECORDED.forEach((name) => {
    wx[name] = function (o) {
      calls.push({ name, args: o });
      const queue = answers[name];
      settle(name, o, queue && queue.length ? queue.shift() : { errMsg: name + ':ok' });
    };
  });
  EVENTS.forEach((event) => {
    wx['on' + event] = (fn) => { (listeners[event] = listeners[event] || []).push(fn); };
    wx['off' + event] = (fn) => {
      const list = listeners[event] || [];
      if (list.indexOf(fn) >= 0) list.splice(list.indexOf(fn), 1);
    };
  });
  return wx;
}

module.exports = { createWx };
