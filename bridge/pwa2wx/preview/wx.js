'use strict';
// A `wx` double: what a converted mini program calls, answered the way WeChat answers.
// wx.request makes REAL HTTP requests (node http/https; `hosts` may point an origin elsewhere, e.g.
// at a loopback server) and refuses PATCH as WeChat does; storage keeps JSON copies with WeChat's
// limits; package files are readable through getFileSystemManager; UI calls are recorded in `calls`
// and answered asynchronously with a queued answer (answer(name, res)) or a plain success.
// `pending` counts callbacks still to come, so a caller can wait until the app is idle.
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');

const WX_METHODS = ['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE', 'CONNECT'];
const USER_DATA_PATH = 'wxfile://usr';

// APIs that only show something or ask the user: recorded and answered
const RECORDED = ['showModal', 'showToast', 'hideToast', 'showLoading', 'hideLoading', 'showActionSheet',
  'setClipboardData', 'getClipboardData', 'getLocation', 'chooseLocation', 'openLocation', 'chooseMedia',
  'chooseImage', 'chooseMessageFile', 'previewImage', 'saveImageToPhotosAlbum', 'vibrateShort', 'vibrateLong', 'showShareMenu',
  'hideShareMenu', 'setNavigationBarTitle', 'setNavigationBarColor', 'showNavigationBarLoading',
  'hideNavigationBarLoading', 'setBackgroundColor', 'setTabBarBadge', 'removeTabBarBadge', 'showTabBarRedDot',
  'hideTabBarRedDot', 'showTabBar', 'hideTabBar', 'pageScrollTo', 'startPullDownRefresh', 'stopPullDownRefresh',
  'hideKeyboard', 'getNetworkType', 'makePhoneCall', 'scanCode', 'openSetting', 'getSetting', 'authorize',
  'requestSubscribeMessage', 'navigateToMiniProgram', 'exitMiniProgram', 'setKeepScreenOn',
  'setScreenBrightness', 'getScreenBrightness', 'login', 'checkSession', 'getUserProfile',
  'navigateTo', 'redirectTo', 'switchTab', 'reLaunch', 'navigateBack'];

// What a plain success carries for APIs whose callers read a field
const DEFAULTS = {
  showModal: { confirm: true, cancel: false, content: '' },
  showActionSheet: { tapIndex: 0 },
  getNetworkType: { networkType: 'wifi' },
  getLocation: { latitude: 22.5431, longitude: 114.0579, speed: -1, accuracy: 65, altitude: 0, verticalAccuracy: 65,
    horizontalAccuracy: 65 },
  login: { code: 'preview-code' },
  getSetting: { authSetting: {} },
  getClipboardData: { data: '' }
};

function toArrayBuffer(buf) {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

// A PNG's, GIF's or JPEG's size from its bytes (what wx.getImageInfo reads of a package or user file)
function imageSize(buf) {
  if (buf.length > 24 && buf.readUInt32BE(0) === 0x89504e47) {
    return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), type: 'png' };
  }
  if (buf.length > 10 && buf.toString('latin1', 0, 3) === 'GIF') {
    return { width: buf.readUInt16LE(6), height: buf.readUInt16LE(8), type: 'gif' };
  }
  for (let i = 2; buf[0] === 0xff && buf[1] === 0xd8 && i + 9 < buf.length; i += 2 + buf.readUInt16BE(i + 2)) {
    if (buf[i] === 0xff && buf[i + 1] >= 0xc0 && buf[i + 1] <= 0xc3) {
      return { width: buf.readUInt16BE(i + 7), height: buf.readUInt16BE(i + 5), type: 'jpeg' };
    }
  }
  return null;
}

// A 2d canvas without pixels: text measures 6 px a character; with `record`, its drawing calls and the sizes set are
// recorded as "<record>.<method>" and "<record>.width" (a page's canvas node; an offscreen canvas records nothing)
function canvas2d(width, height, record, calls) {
  const size = { width, height };
  const canvas = { toDataURL: () => 'data:image/png;base64,' };
  ['width', 'height'].forEach((k) => Object.defineProperty(canvas, k, {
    enumerable: true, get: () => size[k],
    set: (v) => { size[k] = v; if (record) calls.push({ name: record + '.' + k, args: [v] }); }
  }));
  const ctx = { canvas, measureText: (text) => ({ width: String(text).length * 6 }),
    getImageData: (x, y, w, h) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }),
    createLinearGradient: () => ({ addColorStop() {} }), createRadialGradient: () => ({ addColorStop() {} }),
    createPattern: () => ({}), getLineDash: () => [], isPointInPath: () => false };
  ['arc', 'arcTo', 'beginPath', 'bezierCurveTo', 'clearRect', 'clip', 'closePath', 'drawImage', 'ellipse', 'fill',
    'fillRect', 'fillText', 'lineTo', 'moveTo', 'putImageData', 'quadraticCurveTo', 'rect', 'resetTransform',
    'restore', 'rotate', 'roundRect', 'save', 'scale', 'setLineDash', 'setTransform', 'stroke', 'strokeRect',
    'strokeText', 'transform', 'translate'].forEach((m) => {
    ctx[m] = record ? function () { calls.push({ name: record + '.' + m, args: Array.from(arguments) }); } : () => {};
  });
  canvas.getContext = (type) => (type === '2d' ? ctx : null);
  return canvas;
}

function formEncode(data) {
  return Object.keys(data).map((k) => encodeURIComponent(k) + '=' +
    encodeURIComponent(typeof data[k] === 'object' ? JSON.stringify(data[k]) : data[k])).join('&');
}

function createWx(options) {
  const opts = Object.assign({ root: null, keyLimit: 1024 * 1024, totalLimit: 10 * 1024 * 1024,
    splitCookies: true, system: {}, hosts: {} }, options);
  const calls = [];
  const answers = {};
  const store = new Map();   // key -> JSON text, as WeChat keeps copies, not references
  const files = new Map();   // user data files (wxfile://usr/…)
  const dirs = new Set([USER_DATA_PATH]);   // and folders
  const mtimes = new Map();   // a user file's last change, in seconds
  const pages = [];          // what getCurrentPages() returns when no framework double replaces it

  function size() {
    let n = 0;
    store.forEach((v, k) => { n += k.length + v.length; });
    return n;
  }

  // Answers a callback-style call asynchronously; without callbacks, returns a promise (as wx does).
  function reply(name, o, work) {
    o = o || {};
    wx.pending++;
    const promised = !o.success && !o.fail && !o.complete;
    let settle;
    const done = promised ? new Promise((resolve, reject) => { settle = [resolve, reject]; }) : null;
    setImmediate(() => {
      let res;
      try {
        res = work();
      } catch (e) {
        res = { errMsg: name + ':fail ' + e.message };
      }
      const failed = /:fail/.test(res.errMsg || '');
      try {
        if (failed && o.fail) o.fail(res);
        if (!failed && o.success) o.success(res);
        if (o.complete) o.complete(res);
        if (settle) settle[failed ? 1 : 0](failed ? Object.assign(new Error(res.errMsg), res) : res);
      } finally {
        wx.pending--;
      }
    });
    return done;
  }

  function answerFor(name) {
    const queue = answers[name];
    const res = queue && queue.length ? queue.shift() : Object.assign({}, DEFAULTS[name]);
    if (!res.errMsg) res.errMsg = name + ':ok';
    return res;
  }

  function packagePath(p) {
    return path.join(opts.root || '/nonexistent', String(p).replace(/^\/+/, ''));
  }

  function readAny(p, encoding) {
    if (String(p).indexOf(USER_DATA_PATH) === 0) {
      if (!files.has(p)) throw new Error('no such file or directory ' + p);
      const buf = files.get(p);
      return encoding ? buf.toString(encoding === 'utf-8' ? 'utf8' : encoding) : toArrayBuffer(buf);
    }
    const buf = fs.readFileSync(packagePath(p));
    return encoding ? buf.toString(encoding === 'utf-8' ? 'utf8' : encoding) : toArrayBuffer(buf);
  }

  function bytes(data, encoding) {
    return typeof data === 'string' ? Buffer.from(data, encoding || 'utf8') : Buffer.from(data);
  }

  // user data files and folders: a file's folder must be there, as WeChat's file system wants
  function userPath(p) {
    if (String(p).indexOf(USER_DATA_PATH) !== 0) throw new Error('permission denied, open ' + p);
    return String(p).replace(/\/+$/, '');
  }
  function folderOf(p) {
    return p.slice(0, p.lastIndexOf('/'));
  }
  function needFolder(p) {
    if (!dirs.has(folderOf(p))) throw new Error('no such file or directory ' + folderOf(p));
  }
  // a synchronous call, whose errors say which call failed, as WeChat's do
  function sync(name, fn) {
    return function () {
      try {
        return fn.apply(null, arguments);
      } catch (e) {
        throw new Error(name + ':fail ' + e.message);
      }
    };
  }
  function inside(folder) {
    const prefix = folder + '/';
    return [...files.keys(), ...dirs].filter((k) => k.indexOf(prefix) === 0);
  }

  function writeAny(p, data, encoding) {
    p = userPath(p);
    needFolder(p);
    files.set(p, bytes(data, encoding));
    mtimes.set(p, Math.floor(Date.now() / 1000));
  }

  function fsFail(name, e) {
    return { errMsg: name + ':fail ' + (e.code === 'ENOENT' ? 'no such file or directory' : e.message) };
  }

  function target(url) {
    let u = String(url);
    Object.keys(opts.hosts).forEach((origin) => {
      if (u === origin || u.indexOf(origin + '/') === 0 || u.indexOf(origin + '?') === 0) {
        u = opts.hosts[origin] + u.slice(origin.length);
      }
    });
    return u;
  }

  const wx = {
    calls,
    pages,
    store,
    pending: 0,
    env: { USER_DATA_PATH },
    answer(name, res) {
      (answers[name] = answers[name] || []).push(res);
    },
    callsOf(name) {
      return calls.filter((c) => c.name === name).map((c) => c.args);
    },

    request(o) {
      calls.push({ name: 'request', args: o });
      let finished = false;
      let req = null;
      let timer = null;
      wx.pending++;
      const finish = (cb, res) => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        setImmediate(() => {
          try {
            if (cb) cb(res);
            if (o.complete) o.complete(res);
          } finally {
            wx.pending--;
          }
        });
      };
      const fail = (msg) => finish(o.fail, { errMsg: 'request:fail ' + msg });
      const method = (o.method || 'GET').toUpperCase();
      if (WX_METHODS.indexOf(method) < 0) {
        fail('invalid method ' + method);
        return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} };
      }
      const headers = Object.assign({}, o.header);
      const typeKey = Object.keys(headers).find((k) => k.toLowerCase() === 'content-type');
      if (!typeKey) headers['content-type'] = 'application/json';   // wx.request's default
      const type = String(headers[typeKey || 'content-type']);
      let url = target(o.url);
      let body = o.data;
      if (method === 'GET' && body && typeof body === 'object' && !(body instanceof ArrayBuffer)) {
        const q = formEncode(body);   // GET data becomes the query string
        if (q) url += (url.indexOf('?') < 0 ? '?' : '&') + q;
        body = undefined;
      } else if (body instanceof ArrayBuffer) {
        body = Buffer.from(body);
      } else if (body !== undefined && body !== null && typeof body !== 'string') {
        body = /x-www-form-urlencoded/i.test(type) ? formEncode(body) : JSON.stringify(body);
      }
      let parsed;
      try {
        parsed = new URL(url);
      } catch (e) {
        fail('invalid url "' + o.url + '"');
        return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} };
      }
      req = (parsed.protocol === 'https:' ? https : http).request(parsed, { method, headers }, (res) => {
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
      timer = setTimeout(() => { req.destroy(); fail('timeout'); }, o.timeout || 60000);
      if (body !== undefined && body !== null) req.write(body);
      req.end();
      return {
        abort() { req.destroy(); fail('abort'); },
        onHeadersReceived() {},
        offHeadersReceived() {}
      };
    },

    // A real multipart/form-data POST of a local file (user data or package) as part `name`, plus `formData`
    // fields; answers as WeChat does: data is the body text.
    uploadFile(o) {
      calls.push({ name: 'uploadFile', args: o });
      let file;
      try {
        file = Buffer.from(readAny(o.filePath));
      } catch (e) {
        setImmediate(() => { if (o.fail) o.fail({ errMsg: 'uploadFile:fail ' + e.message }); });
        return;
      }
      const boundary = '----pwa2wx' + Date.now().toString(16);
      const part = (head) => Buffer.from('--' + boundary + '\r\n' + head + '\r\n\r\n');
      const fields = Object.keys(o.formData || {}).map((k) => Buffer.concat([
        part('Content-Disposition: form-data; name="' + k + '"'), Buffer.from(String(o.formData[k]) + '\r\n')]));
      const body = Buffer.concat(fields.concat([
        part('Content-Disposition: form-data; name="' + o.name + '"; filename="' + path.basename(o.filePath) +
          '"\r\nContent-Type: application/octet-stream'),
        file, Buffer.from('\r\n--' + boundary + '--\r\n')]));
      wx.request({
        url: o.url, method: 'POST', dataType: 'text', data: toArrayBuffer(body),
        header: Object.assign({}, o.header, { 'content-type': 'multipart/form-data; boundary=' + boundary }),
        success: (res) => { if (o.success) o.success({ data: res.data, statusCode: res.statusCode, errMsg: 'uploadFile:ok' }); },
        fail: (res) => { if (o.fail) o.fail({ errMsg: res.errMsg.replace(/^request/, 'uploadFile') }); }
      });
    },

    // A SocketTask on Node's own WebSocket client (Node 22, or 20 with --experimental-websocket): a real
    // connection to `url` (through `hosts`); without one, every connection fails as an unreachable server does.
    connectSocket(o) {
      calls.push({ name: 'connectSocket', args: o });
      const handlers = { open: [], message: [], error: [], close: [] };
      const fire = (type, res) => setImmediate(() => handlers[type].forEach((fn) => fn(res)));
      let socket = null;
      if (typeof WebSocket === 'function') {
        socket = new WebSocket(target(o.url), o.protocols || []);
        socket.binaryType = 'arraybuffer';
        socket.onopen = () => fire('open', { header: { 'Sec-WebSocket-Protocol': socket.protocol }, profile: {} });
        socket.onmessage = (e) => fire('message', { data: e.data });
        socket.onerror = (e) => fire('error', { errMsg: 'connectSocket:fail ' + ((e.error && e.error.message) || '') });
        socket.onclose = (e) => fire('close', { code: e.code, reason: e.reason });
      } else {
        fire('error', { errMsg: 'connectSocket:fail this Node has no WebSocket client' });
        fire('close', { code: 1006, reason: '' });
      }
      setImmediate(() => { if (o.success) o.success({ errMsg: 'connectSocket:ok' }); });
      const on = (type) => (fn) => handlers[type].push(fn);
      return {
        onOpen: on('open'), onMessage: on('message'), onError: on('error'), onClose: on('close'),
        send(so) {
          const ok = !!socket && socket.readyState === 1;
          if (ok) socket.send(so.data);
          const done = ok ? so.success : so.fail;
          setImmediate(() => { if (done) done({ errMsg: 'sendSocketMessage:' + (ok ? 'ok' : 'fail') }); });
        },
        close(co) {
          if (socket) socket.close((co && co.code) || 1000, (co && co.reason) || '');
        }
      };
    },

    getStorageSync(key) {
      return store.has(key) ? JSON.parse(store.get(key)) : '';
    },
    setStorageSync(key, value) {
      const text = JSON.stringify(value === undefined ? null : value);
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
    getStorage(o) {
      return reply('getStorage', o, () => {
        if (!store.has(o.key)) return { errMsg: 'getStorage:fail data not found' };
        return { data: wx.getStorageSync(o.key), errMsg: 'getStorage:ok' };
      });
    },
    setStorage(o) {
      return reply('setStorage', o, () => {
        wx.setStorageSync(o.key, o.data);
        return { errMsg: 'setStorage:ok' };
      });
    },
    removeStorage(o) {
      return reply('removeStorage', o, () => {
        store.delete(o.key);
        return { errMsg: 'removeStorage:ok' };
      });
    },
    clearStorage(o) {
      return reply('clearStorage', o, () => {
        store.clear();
        return { errMsg: 'clearStorage:ok' };
      });
    },
    getStorageInfo(o) {
      return reply('getStorageInfo', o, () => Object.assign({ errMsg: 'getStorageInfo:ok' }, wx.getStorageInfoSync()));
    },

    getImageInfo(o) {   // package and user files; a remote picture is unreachable here
      let size = null;
      try {
        size = /^[a-z][a-z0-9+.-]*:/i.test(o.src) && String(o.src).indexOf(USER_DATA_PATH) !== 0 ? null
          : imageSize(Buffer.from(readAny(o.src)));
      } catch (e) { /* no such file */ }
      return reply('getImageInfo', o, () => (size ? Object.assign({ errMsg: 'getImageInfo:ok', path: o.src,
        orientation: 'up' }, size) : { errMsg: 'getImageInfo:fail file not found' }));
    },

    getFileSystemManager() {
      return {
        readFile(o) {
          try {
            const data = readAny(o.filePath, o.encoding);
            reply('readFile', o, () => ({ data, errMsg: 'readFile:ok' }));
          } catch (e) {
            reply('readFile', o, () => fsFail('readFile', e));
          }
        },
        readFileSync(p, encoding) {
          try {
            return readAny(p, encoding);
          } catch (e) {
            throw new Error(fsFail('readFileSync', e).errMsg);
          }
        },
        writeFile(o) {
          reply('writeFile', o, () => {
            writeAny(o.filePath, o.data, o.encoding);
            return { errMsg: 'writeFile:ok' };
          });
        },
        writeFileSync: sync('writeFileSync', writeAny),
        unlinkSync(p) {
          if (!files.delete(p)) throw new Error('unlinkSync:fail no such file or directory ' + p);
        },
        appendFileSync: sync('appendFileSync', (p, data, encoding) => {
          p = userPath(p);
          if (!files.has(p)) throw new Error('no such file or directory ' + p);
          files.set(p, Buffer.concat([files.get(p), bytes(data, encoding)]));
          mtimes.set(p, Math.floor(Date.now() / 1000));
        }),
        mkdirSync: sync('mkdirSync', (p, recursive) => {
          p = userPath(p);
          if (dirs.has(p) || files.has(p)) throw new Error('file already exists ' + p);
          if (!recursive) needFolder(p);
          for (let d = p; d.length > USER_DATA_PATH.length && !dirs.has(d); d = folderOf(d)) dirs.add(d);
        }),
        rmdirSync: sync('rmdirSync', (p, recursive) => {
          p = userPath(p);
          if (!dirs.has(p) || p === USER_DATA_PATH) throw new Error('no such file or directory ' + p);
          const within = inside(p);
          if (within.length && !recursive) throw new Error('directory not empty');
          within.forEach((k) => { files.delete(k); dirs.delete(k); });
          dirs.delete(p);
        }),
        readdirSync: sync('readdirSync', (p) => {
          p = userPath(p);
          if (!dirs.has(p)) throw new Error('no such file or directory ' + p);
          return inside(p).filter((k) => folderOf(k) === p).map((k) => k.slice(p.length + 1));
        }),
        statSync: sync('statSync', (p) => {
          p = userPath(p);
          const dir = dirs.has(p);
          if (!dir && !files.has(p)) throw new Error('no such file or directory ' + p);
          return { mode: dir ? 0o40777 : 0o100666, size: dir ? 0 : files.get(p).length,
            lastAccessedTime: mtimes.get(p) || 0, lastModifiedTime: mtimes.get(p) || 0,
            isDirectory: () => dir, isFile: () => !dir };
        }),
        renameSync: sync('renameSync', (from, to) => {
          from = userPath(from);
          to = userPath(to);
          if (!files.has(from)) throw new Error('no such file or directory ' + from);
          needFolder(to);
          files.set(to, files.get(from));
          mtimes.set(to, mtimes.get(from));
          files.delete(from);
        }),
        copyFileSync: sync('copyFileSync', (from, to) => {
          to = userPath(to);
          needFolder(to);
          files.set(to, Buffer.from(readAny(from)));
          mtimes.set(to, Math.floor(Date.now() / 1000));
        }),
        accessSync(p) {
          if (String(p).indexOf(USER_DATA_PATH) === 0 ? !files.has(p) && !dirs.has(p) : !fs.existsSync(packagePath(p))) {
            throw new Error('accessSync:fail no such file or directory ' + p);
          }
        }
      };
    },

    getRandomValues(o) {
      return reply('getRandomValues', o, () => {
        const bytes = require('crypto').randomBytes(o.length);
        return { errMsg: 'getRandomValues:ok', randomValues: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) };
      });
    },
    getSystemInfoSync() {
      return Object.assign({ brand: 'devtools', model: 'iPhone 12', platform: 'ios', system: 'iOS 16.0',
        language: 'en', version: '8.0.40', SDKVersion: '3.3.0', windowWidth: 390, windowHeight: 750,
        screenWidth: 390, screenHeight: 844, pixelRatio: 3, statusBarHeight: 47, theme: 'light',
        safeArea: { top: 47, left: 0, right: 390, bottom: 810, width: 390, height: 763 } }, opts.system);
    },
    getSystemInfo(o) {
      return reply('getSystemInfo', o, () => Object.assign({ errMsg: 'getSystemInfo:ok' }, wx.getSystemInfoSync()));
    },
    getWindowInfo() {
      return wx.getSystemInfoSync();
    },
    getDeviceInfo() {
      return wx.getSystemInfoSync();
    },
    getAppBaseInfo() {
      return wx.getSystemInfoSync();
    },
    getMenuButtonBoundingClientRect() { // the capsule as WeChat on iOS places it: 87×32, 7 px from the right edge
      const info = wx.getSystemInfoSync();
      const top = info.statusBarHeight + 4, right = info.windowWidth - 7;
      return { width: 87, height: 32, top, right, bottom: top + 32, left: right - 87 };
    },
    getAccountInfoSync() {
      return { miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } };
    },
    canIUse() {
      return true;
    },
    nextTick(fn) {
      reply('nextTick', { success: fn }, () => ({ errMsg: 'nextTick:ok' }));
    },
    getUpdateManager() {
      return { onCheckForUpdate() {}, onUpdateReady() {}, onUpdateFailed() {}, applyUpdate() {} };
    },
    // Plays nothing, at once: play() gives canplay and play, then ended (unless paused or looping); a src that is
    // not a package or user file (a remote one is unreachable here) gives error 10003 (file) or 10002 (network)
    createInnerAudioContext() {
      const handlers = {};
      const fire = (type, res) => setImmediate(() => (handlers[type] || []).slice().forEach((fn) => fn(res || {})));
      const ctx = {
        src: '', autoplay: false, loop: false, volume: 1, playbackRate: 1, startTime: 0, obeyMuteSwitch: true,
        duration: 0, currentTime: 0, paused: true, buffered: 0,
        play() {
          calls.push({ name: 'InnerAudioContext.play', args: { src: ctx.src } });
          const src = String(ctx.src);
          if (/^https?:/.test(src)) return fire('Error', { errMsg: 'play:fail network error', errCode: 10002 });
          try {
            readAny(src);
          } catch (e) {
            return fire('Error', { errMsg: 'play:fail file not found', errCode: 10003 });
          }
          ctx.paused = false;
          fire('Canplay');
          fire('Play');
          setImmediate(() => {
            if (ctx.paused || ctx.loop) return;
            ctx.paused = true;
            fire('Ended');
          });
        },
        pause() { ctx.paused = true; fire('Pause'); },
        stop() { ctx.paused = true; ctx.currentTime = 0; fire('Stop'); },
        seek(seconds) { ctx.currentTime = seconds; fire('Seeking'); fire('Seeked'); },
        destroy() { Object.keys(handlers).forEach((k) => { handlers[k] = []; }); }
      };
      ['Canplay', 'Play', 'Pause', 'Stop', 'Ended', 'TimeUpdate', 'Error', 'Waiting', 'Seeking', 'Seeked']
        .forEach((type) => {
          ctx['on' + type] = (fn) => { (handlers[type] = handlers[type] || []).push(fn); };
          ctx['off' + type] = (fn) => { handlers[type] = (handlers[type] || []).filter((f) => fn && f !== fn); };
        });
      return ctx;
    },
    createOffscreenCanvas(o) {
      // a 2d context that draws nothing (no pixels in a headless run); text measures 6 px a character
      calls.push({ name: 'createOffscreenCanvas', args: o });
      return canvas2d((o && o.width) || 300, (o && o.height) || 150, null);
    },
    createSelectorQuery() {
      // no layout in a headless run: a box or scroll offset answers null; a <canvas type="2d">'s node (fields
      // { node: true }) is a canvas whose calls are recorded as "canvas#<id>.<method>"
      const selected = [];
      const q = {
        in: () => q, selectAll: () => q, selectViewport: () => q, boundingClientRect: () => q, scrollOffset: () => q,
        context: () => q, node: () => q,
        select(selector) { selected.push({ selector: String(selector), node: false }); return q; },
        fields(o) { if (selected.length) selected[selected.length - 1].node = !!(o && o.node); return q; },
        exec(cb) {
          if (cb) reply('exec', { success: () => cb(selected.map(nodeOf)) }, () => ({ errMsg: 'exec:ok' }));
        }
      };
      return q;
    },
    // app-wide events that never come in a headless run (no keyboard, no resize, no backgrounding)
    onAppShow() {},
    offAppShow() {},
    onAppHide() {},
    offAppHide() {},
    onError() {},
    onUnhandledRejection() {},
    onNetworkStatusChange() {},
    offNetworkStatusChange() {},
    onKeyboardHeightChange() {},
    offKeyboardHeightChange() {},
    onWindowResize() {},
    offWindowResize() {},
    onMemoryWarning() {}
  };

  // a selected element's answer: a canvas node for an id the page's tree gives a <canvas>, else null
  function nodeOf(sel) {
    const id = /^#([\w-]+)$/.exec(sel.selector);
    const el = id && sel.node && wx.elementById ? wx.elementById(id[1]) : null;
    if (!el || el.tag !== 'canvas') return null;
    return { node: nodes[id[1]] || (nodes[id[1]] = canvas2d(300, 150, 'canvas#' + id[1], calls)) };
  }
  const nodes = {};

  RECORDED.forEach((name) => {
    wx[name] = function (o) {
      calls.push({ name, args: o });
      return reply(name, o, () => answerFor(name));
    };
  });
  return wx;
}

module.exports = { createWx, USER_DATA_PATH };
