// Browser globals for app code. The script compiler rewrites each free reference to one of the exported
// names into require('…/pwa2wx/runtime/web.js').<name>; nothing here patches real globals. The events, the
// document, the address and the timers come from globals.js, which code reading no others requires alone.
var http = require('./http.js');
var storage = require('./storage.js');
var wxp = require('./wxp.js');
var url = require('./url.js');
var dom = require('./dom.js');
var address = require('./address.js');
var crypto = require('./crypto.js').crypto;
var globals = require('./globals.js');
var blob = require('./blob.js');
var Zone = require('./zone.js').Zone;
var FormData = require('./form-data.js').FormData;
var reading = require('./file-reader.js');
var workers = require('./worker.js');
var Audio = require('./audio.js').Audio;
var FileReader = reading.FileReader;

var Event = dom.Event, EventTarget = dom.EventTarget, AbortController = dom.AbortController;
var DOMException = dom.DOMException, window = globals.window, appSetTimeout = globals.setTimeout;
var encodeUtf8 = blob.encodeUtf8, decodeUtf8 = blob.decodeUtf8, Blob = blob.Blob;

// ---- fetch: Headers, Request, Response
class Headers {
  constructor(init) {
    this._map = {};   // lowercase name -> value
    var self = this;
    if (init instanceof Headers) init.forEach(function (v, k) { self.append(k, v); });
    else if (Array.isArray(init)) init.forEach(function (p) { self.append(p[0], p[1]); });
    else if (init) Object.keys(init).forEach(function (k) { self.append(k, init[k]); });
  }
  append(name, value) {
    var k = String(name).toLowerCase();
    this._map[k] = k in this._map ? this._map[k] + ', ' + value : String(value);
  }
  set(name, value) {
    this._map[String(name).toLowerCase()] = String(value);
  }
  get(name) {
    var k = String(name).toLowerCase();
    return k in this._map ? this._map[k] : null;
  }
  has(name) {
    return String(name).toLowerCase() in this._map;
  }
  delete(name) {
    delete this._map[String(name).toLowerCase()];
  }
  forEach(fn, thisArg) {
    var map = this._map;
    Object.keys(map).sort().forEach(function (k) { fn.call(thisArg, map[k], k, this); }, this);
  }
  entries() {
    var out = [];
    this.forEach(function (v, k) { out.push([k, v]); });
    return out[Symbol.iterator]();
  }
  keys() {
    return Object.keys(this._map).sort()[Symbol.iterator]();
  }
  values() {
    var map = this._map;
    return Object.keys(map).sort().map(function (k) { return map[k]; })[Symbol.iterator]();
  }
  [Symbol.iterator]() {
    return this.entries();
  }
}

function plain(headers) {
  var out = {};
  headers.forEach(function (v, k) { out[k] = v; });
  return out;
}

class TextEncoder {
  get encoding() { return 'utf-8'; }
  encode(text) {
    return new Uint8Array(encodeUtf8(text === undefined ? '' : String(text)));
  }
}

// UTF-8 only (the labels WeChat's own TextDecoder, where present, knows beyond it are rare in app code)
// UTF-8, and latin1 (each byte its code point: what a browser's windows-1252 gives but for 0x80-0x9f)
var LATIN1 = /^(latin1|iso-8859-1|iso8859-1|l1|windows-1252|cp1252|ascii|us-ascii)$/i;

class TextDecoder {
  constructor(label, options) {
    label = label === undefined ? 'utf-8' : String(label).trim();
    this.latin1 = LATIN1.test(label);
    if (!this.latin1 && !/^(utf-?8|unicode-1-1-utf-8)$/i.test(label)) {
      throw new RangeError("The encoding label provided ('" + label + "') is not supported here: only UTF-8 and latin1");
    }
    this.fatal = !!(options && options.fatal);
    this.ignoreBOM = !!(options && options.ignoreBOM);
  }
  get encoding() { return this.latin1 ? 'windows-1252' : 'utf-8'; }
  decode(input) {
    if (input === undefined || input === null) return '';
    var bytes = ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
      : new Uint8Array(input);
    if (this.latin1) return Array.prototype.map.call(bytes, function (b) { return String.fromCharCode(b); }).join('');
    if (!this.ignoreBOM && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    try {
      return decodeUtf8(bytes.slice().buffer);
    } catch (e) {
      if (this.fatal) throw new TypeError('The encoded data was not valid utf-8');
      return Array.prototype.map.call(bytes, function (b) {
        return b < 0x80 ? String.fromCharCode(b) : '\ufffd';
      }).join('');
    }
  }
}

// What fetch and XMLHttpRequest send: a string or an ArrayBuffer, with the Content-Type browsers add.
function bodyOf(body, setType) {
  if (body === null || body === undefined) return null;
  if (body instanceof ArrayBuffer) return body;
  if (typeof body.ɵbody === 'function') {   // a Blob, or a FormData as multipart/form-data (blob.js, form-data.js)
    var sent = body.ɵbody();
    if (sent.type) setType(sent.type);
    return sent.bytes;
  }
  if (body instanceof url.URLSearchParams) {
    setType('application/x-www-form-urlencoded;charset=UTF-8');
    return String(body);
  }
  if (ArrayBuffer.isView(body)) return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength);
  setType('text/plain;charset=UTF-8');
  return String(body);
}

class Body {
  _setBody(body, headers) {
    this._body = bodyOf(body, function (type) { if (!headers.has('content-type')) headers.set('content-type', type); });
    this.bodyUsed = false;
  }
  _consume() {
    if (this.bodyUsed) return Promise.reject(new TypeError('body stream already read'));
    this.bodyUsed = true;
    return Promise.resolve(this._body);
  }
  text() {
    return this._consume().then(function (b) { return b === null ? '' : typeof b === 'string' ? b : decodeUtf8(b); });
  }
  json() {
    return this.text().then(JSON.parse);
  }
  arrayBuffer() {
    return this._consume().then(function (b) {
      return b === null ? new ArrayBuffer(0) : typeof b === 'string' ? encodeUtf8(b) : b;
    });
  }
  blob() {
    var type = this.headers.get('content-type') || '';
    return this.arrayBuffer().then(function (b) { return new Blob([b], { type: type }); });
  }
}

class Request extends Body {
  constructor(input, init) {
    super();
    init = init || {};
    var src = input instanceof Request ? input : null;
    this.url = src ? src.url : String(input);
    this.method = String(init.method || (src ? src.method : 'GET')).toUpperCase();
    this.headers = new Headers(init.headers || (src && src.headers));
    this.signal = init.signal || (src && src.signal) || new AbortController().signal;
    this.credentials = init.credentials || (src ? src.credentials : 'same-origin');
    this._setBody('body' in init ? init.body : src ? src._body : null, this.headers);
  }
  clone() {
    return new Request(this);
  }
}

class Response extends Body {
  constructor(body, init) {
    super();
    init = init || {};
    this.status = init.status === undefined ? 200 : init.status;
    this.statusText = init.statusText || '';
    this.ok = this.status >= 200 && this.status < 300;
    this.headers = new Headers(init.headers);
    this.type = 'basic';
    this.redirected = false;
    this.url = '';
    this._setBody(body, this.headers);
  }
  clone() {
    var copy = new Response(this._body, this);
    copy.url = this.url;
    return copy;
  }
  static json(data, init) {
    var r = new Response(JSON.stringify(data), init);
    r.headers.set('content-type', 'application/json');
    return r;
  }
}

// Every response is fetched as bytes, so text(), json() and arrayBuffer() are all exact.
function fetch(input, init) {
  var req;
  try {
    req = new Request(input, init);
  } catch (e) {
    return Promise.reject(e);
  }
  return http.request({ url: req.url, method: req.method, headers: plain(req.headers), body: req._body || undefined,
    responseType: 'arraybuffer', signal: req.signal })
    .then(function (res) {
      var r = new Response(req.method === 'HEAD' ? null : res.body, { status: res.status, statusText: res.statusText,
        headers: res.headers });
      r.url = res.url;
      return r;
    }, function (err) {
      throw req.signal.aborted ? err : new TypeError('Failed to fetch ' + req.url + ': ' + err.message);
    });
}

// ---- XMLHttpRequest (responseType '', 'text', 'json', 'arraybuffer'; 'blob' is read as 'arraybuffer')
class XMLHttpRequest extends EventTarget {
  constructor() {
    super();
    this.readyState = 0;
    this.status = 0;
    this.statusText = '';
    this.response = null;
    this.responseText = '';
    this.responseType = '';
    this.responseURL = '';
    this.timeout = 0;
    this.withCredentials = false;
    this.upload = new EventTarget();   // no upload progress from wx.request
  }
  open(method, url) {
    this._method = String(method).toUpperCase();
    this._url = url;
    this._headers = {};
    this._responseHeaders = {};
    this._state(1);
  }
  setRequestHeader(name, value) {
    var h = this._headers;
    h[name] = name in h ? h[name] + ', ' + value : String(value);
  }
  getResponseHeader(name) {
    var v = this._responseHeaders[String(name).toLowerCase()];
    return v === undefined ? null : v;
  }
  getAllResponseHeaders() {
    var h = this._responseHeaders;
    return Object.keys(h).map(function (k) { return k + ': ' + h[k] + '\r\n'; }).join('');
  }
  overrideMimeType() {}
  send(body) {
    var self = this;
    var headers = new Headers(this._headers);
    var ctrl = this._abort = new AbortController();
    var binary = this.responseType === 'arraybuffer' || this.responseType === 'blob';
    var sent = bodyOf(body, function (t) { if (!headers.has('content-type')) headers.set('content-type', t); });
    http.request({ url: this._url, method: this._method, headers: plain(headers), body: sent || undefined,
      responseType: binary ? 'arraybuffer' : 'text', timeout: this.timeout || undefined, signal: ctrl.signal })
      .then(function (res) {
        self.status = res.status;
        self.statusText = res.statusText;
        self.responseURL = res.url;
        self._responseHeaders = res.headers;
        self._state(2);
        self._state(3);
        if (binary) {
          self.response = self.responseType === 'blob'
            ? new Blob([res.body], { type: res.headers['content-type'] || '' }) : res.body;
        } else {
          self.responseText = res.body;
          self.response = res.body;
          if (self.responseType === 'json') {
            try { self.response = JSON.parse(res.body); } catch (e) { self.response = null; }
          }
        }
        self._state(4);
        self._fire('load');
      }, function (err) {
        if (ctrl.signal.aborted) return;   // abort() has reported it
        self._state(4);
        self._fire(err.name === 'TimeoutError' ? 'timeout' : 'error');
      });
  }
  abort() {
    if (!this._abort || this.readyState === 4) return;
    this._abort.abort();
    this._state(4);
    this._fire('abort');
    this.readyState = 0;
  }
  _state(n) {
    this.readyState = n;
    this.dispatchEvent(new Event('readystatechange'));
  }
  _fire(type) {
    this.dispatchEvent(new Event(type));
    this.dispatchEvent(new Event('loadend'));
  }
}
['UNSENT', 'OPENED', 'HEADERS_RECEIVED', 'LOADING', 'DONE'].forEach(function (name, i) {
  XMLHttpRequest[name] = XMLHttpRequest.prototype[name] = i;
});

// ---- WebSocket on wx.connectSocket (the server's domain goes on the app's socket domain list). Binary
// messages are ArrayBuffers (no Blob here); WeChat allows 5 open sockets at a time.
class WebSocket extends EventTarget {
  constructor(url, protocols) {
    super();
    var self = this;
    this.url = String(url);
    this.readyState = 0;
    this.protocol = this.extensions = '';
    this.bufferedAmount = 0;
    this.binaryType = 'arraybuffer';
    this._task = wx.connectSocket({
      url: this.url, protocols: protocols === undefined ? undefined : [].concat(protocols),
      fail: function (res) { self._closed(1006, res && res.errMsg, true); }
    });
    this._task.onOpen(function (res) {
      var header = (res && res.header) || {};
      self.readyState = 1;
      self.protocol = header['Sec-WebSocket-Protocol'] || header['sec-websocket-protocol'] || '';
      self._emit('open');
    });
    this._task.onMessage(function (res) { self._emit('message', { data: res.data }); });
    this._task.onError(function (res) { self._closed(1006, res && res.errMsg, true); });
    this._task.onClose(function (res) { self._closed(res && res.code, res && res.reason); });
  }
  send(data) {
    if (this.readyState === 0) throw new Error("Failed to execute 'send' on 'WebSocket': Still in CONNECTING state.");
    if (this.readyState !== 1) return;
    if (ArrayBuffer.isView(data)) data = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
    this._task.send({ data: data });
  }
  close(code, reason) {
    if (this.readyState >= 2) return;
    this.readyState = 2;
    this._task.close({ code: code || 1000, reason: reason || '' });
  }
  _emit(type, fields) {
    this.dispatchEvent(Object.assign(new Event(type), fields));
  }
  _closed(code, reason, failed) {
    if (this.readyState === 3) return;
    this.readyState = 3;
    if (failed) this._emit('error', { message: reason || '' });
    this._emit('close', { code: code || 1006, reason: failed ? '' : reason || '', wasClean: !failed && code === 1000 });
  }
}
['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'].forEach(function (name, i) {
  WebSocket[name] = WebSocket.prototype[name] = i;
});

// ---- Web Storage: localStorage in wx storage (its own key area), sessionStorage in memory
class WebStorage {
  constructor(area) {
    this._area = area;
  }
  get length() {
    return this._area.keys().length;
  }
  key(i) {
    var k = this._area.keys()[i];
    return k === undefined ? null : k;
  }
  getItem(key) {
    var v = this._area.get(String(key));
    return v === undefined ? null : v;
  }
  setItem(key, value) {
    this._area.set(String(key), String(value));
  }
  removeItem(key) {
    this._area.remove(String(key));
  }
  clear() {
    this._area.clear();
  }
}

function memoryArea() {
  var m = {};
  return {
    get: function (k) { return Object.prototype.hasOwnProperty.call(m, k) ? m[k] : undefined; },
    set: function (k, v) { m[k] = v; },
    remove: function (k) { delete m[k]; },
    keys: function () { return Object.keys(m); },
    clear: function () { m = {}; }
  };
}

var localStorage = new WebStorage(storage.area('ls.'));
var sessionStorage = new WebStorage(memoryArea());

// ---- navigator
function systemInfo() {
  return wx.getSystemInfoSync();
}

function position(res) {
  return { coords: { latitude: res.latitude, longitude: res.longitude, accuracy: res.accuracy,
    altitude: res.altitude === undefined ? null : res.altitude,
    altitudeAccuracy: res.verticalAccuracy === undefined ? null : res.verticalAccuracy,
    heading: null, speed: res.speed === undefined || res.speed < 0 ? null : res.speed }, timestamp: Date.now() };
}

var navigator = {
  get language() { return String(systemInfo().language || 'en').replace('_', '-'); },
  get languages() { return [this.language]; },
  get onLine() { return dom.online(); },
  get platform() { return systemInfo().platform; },
  get userAgent() { return dom.userAgent(); },
  get appVersion() { return this.userAgent.slice('Mozilla/'.length); },   // read by device detection
  appName: 'Netscape',
  product: 'Gecko',
  vendor: '',
  maxTouchPoints: 5,
  cookieEnabled: true,
  clipboard: {
    writeText: function (text) {
      return wxp('setClipboardData', { data: String(text) }).then(function () {});
    },
    readText: function () {
      return wxp('getClipboardData').then(function (r) { return r.data; });
    }
  },
  // wx.getLocation needs "requiredPrivateInfos": ["getLocation"] and a scope.userLocation reason in app.json.
  // watchPosition reports one position (continuous updates need wx.startLocationUpdate and its permission).
  geolocation: {
    getCurrentPosition: function (success, failure, options) {
      wxp('getLocation', { type: 'wgs84', isHighAccuracy: !!(options && options.enableHighAccuracy) })
        .then(function (res) { success(position(res)); }, function (err) {
          var msg = err.message;
          if (failure) failure({ code: /auth|deny|permission/i.test(msg) ? 1 : /timeout/i.test(msg) ? 3 : 2, message: msg,
            PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 });
        });
    },
    watchPosition: function (success, failure, options) {
      this.getCurrentPosition(success, failure, options);
      return 0;
    },
    clearWatch: function () {}
  },
  // A mini program can share only from the ··· menu or an open-type="share" button: open the menu's
  // share items and copy the link, so the user can paste it.
  share: function (data) {
    wx.showShareMenu({ menus: ['shareAppMessage', 'shareTimeline'] });
    var text = [data && data.title, data && data.text, data && data.url].filter(Boolean).join(' ');
    return address.copyWithToast(text, 'Copied: share it from the ··· menu');
  },
  canShare: function () { return true; },
  vibrate: function (pattern) {
    var ms = Array.isArray(pattern) ? pattern[0] : pattern;
    if (ms >= 400) wx.vibrateLong({});
    else if (ms > 0) wx.vibrateShort({ type: 'medium' });
    return true;
  }
};

// ---- atob and btoa: base64 of Latin-1 text (a JWT's payload: JSON.parse(atob(token.split('.')[1])))
function btoa(text) {
  text = String(text);
  if (/[^\x00-\xff]/.test(text)) {
    throw new DOMException("Failed to execute 'btoa': The string to be encoded contains characters outside of " +
      'the Latin1 range.', 'InvalidCharacterError');
  }
  return reading.base64(Array.prototype.map.call(text, function (c) { return c.charCodeAt(0); }));
}

function atob(data) {
  var s = String(data).replace(/[\t\n\f\r ]/g, '');
  if (s.length % 4 === 0) s = s.replace(/==?$/, '');
  if (s.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(s)) {
    throw new DOMException("Failed to execute 'atob': The string to be decoded is not correctly encoded.",
      'InvalidCharacterError');
  }
  var out = '';
  for (var i = 0, bits = 0, n = 0; i < s.length; i++) {
    n = (n << 6 | reading.B64.indexOf(s.charAt(i))) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode(n >> bits & 255);
    }
  }
  return out;
}

// ---- structuredClone and queueMicrotask
function structuredClone(value, seen) {
  seen = seen || new Map();
  if (typeof value === 'function' || typeof value === 'symbol') {
    throw new DOMException(String(value) + ' could not be cloned.', 'DataCloneError');
  }
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  var copy;
  var clone = function (v) { return structuredClone(v, seen); };
  if (value instanceof Date) copy = new Date(value.getTime());
  else if (value instanceof RegExp) copy = new RegExp(value.source, value.flags);
  else if (value instanceof ArrayBuffer) copy = value.slice(0);
  else if (value instanceof DataView) copy = new DataView(clone(value.buffer), value.byteOffset, value.byteLength);
  else if (ArrayBuffer.isView(value)) copy = new value.constructor(clone(value.buffer), value.byteOffset, value.length);
  else if (value instanceof Error) copy = cloneError(value);
  else if (value instanceof Boolean || value instanceof Number || value instanceof String) copy = Object(value.valueOf());
  if (copy) {
    seen.set(value, copy);
    return copy;
  }
  if (value instanceof Map) {
    seen.set(value, copy = new Map());
    value.forEach(function (v, k) { copy.set(clone(k), clone(v)); });
  } else if (value instanceof Set) {
    seen.set(value, copy = new Set());
    value.forEach(function (v) { copy.add(clone(v)); });
  } else {
    // arrays keep their holes and extra properties; other objects become plain objects of their own
    // enumerable properties, as the structured clone algorithm makes them
    seen.set(value, copy = Array.isArray(value) ? new Array(value.length) : {});
    Object.keys(value).forEach(function (k) { copy[k] = clone(value[k]); });
  }
  return copy;
}
function cloneError(e) {
  var copy = new (ERRORS[e.name] || Error)(e.message);
  copy.stack = e.stack;
  return copy;
}
var ERRORS = { EvalError: EvalError, RangeError: RangeError, ReferenceError: ReferenceError, SyntaxError: SyntaxError,
  TypeError: TypeError, URIError: URIError };

// an error the callback throws is reported as uncaught, as the browser's is, not as a rejection. On the engine's
// promise, taken at load: a library that swaps the global Promise (Dexie's zones) schedules its own through here
var settled = Promise.resolve();
function queueMicrotask(fn) {
  settled.then(fn).catch(function (e) { setTimeout(function () { throw e; }); });
}

// ---- window (dom.js's event target, which the host's window: listeners use): the exports above, timers, size
function mediaMatches(query) {
  var info = systemInfo();
  var conditions = String(query).match(/\([^)]*\)/g) || [];
  return conditions.length > 0 && conditions.every(function (c) {
    var m = /\(\s*(min|max)-width\s*:\s*([\d.]+)px\s*\)/.exec(c);
    if (m) return m[1] === 'min' ? info.windowWidth >= Number(m[2]) : info.windowWidth <= Number(m[2]);
    m = /\(\s*prefers-color-scheme\s*:\s*(\w+)\s*\)/.exec(c);
    return !!m && (info.theme || 'light') === m[1];
  });
}

// nothing is laid out here, so every computed property reads as unset
function getComputedStyle() {
  return { getPropertyValue: function () { return ''; } };
}

// performance.now(): milliseconds since the app started, which rate limiters and animations measure with
var timeOrigin = Date.now();
var performance = {
  timeOrigin: timeOrigin,
  now: function () { return Date.now() - timeOrigin; },
  mark: function () {},
  measure: function () {},
  getEntriesByName: function () { return []; },
  getEntriesByType: function () { return []; }
};

// Image: a picture loaded in code (to preload it, or to read its size): wx.getImageInfo gives its size, then load
// fires; a picture it cannot read (a data: URL, an unreachable host) fires error
class Image extends EventTarget {
  constructor(width, height) {
    super();
    this.width = width || 0;
    this.height = height || 0;
    this.naturalWidth = this.naturalHeight = 0;
    this.complete = true;
    this.crossOrigin = null;
    this._src = '';
    this._loaded = Promise.resolve();
  }
  get src() { return this._src; }
  set src(value) {
    var self = this;
    this._src = String(value);
    this.complete = false;
    this._loaded = wxp('getImageInfo', { src: address.assetUrl(value) }).then(function (info) {
      self.naturalWidth = info.width;
      self.naturalHeight = info.height;
      self.width = self.width || info.width;
      self.height = self.height || info.height;
      return 'load';
    }, function () { return 'error'; }).then(function (type) {
      self.complete = true;
      appSetTimeout(function () { self.dispatchEvent(new Event(type)); });
      if (type === 'error') throw new DOMException('The source image cannot be decoded.', 'EncodingError');
    });
    this._loaded.catch(function () {});
  }
  decode() { return this._loaded; }
}

// BroadcastChannel: one JavaScript context runs the whole mini program, so a message reaches the other channels of
// its name here, a turn later (RxDB's and broadcast-channel's events between "tabs", which would otherwise poll
// IndexedDB for them)
var channels = {};
class BroadcastChannel extends EventTarget {
  constructor(name) {
    super();
    this.name = String(name);
    this.onmessage = this.onmessageerror = null;
    (channels[this.name] = channels[this.name] || []).push(this);
  }
  postMessage(message) {
    if (this._closed) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    var data = structuredClone(message);
    (channels[this.name] || []).forEach(function (other) {
      if (other === this) return;
      appSetTimeout(function () {
        if (!other._closed) other.dispatchEvent(new workers.MessageEvent('message', { data: structuredClone(data) }));
      });
    }, this);
  }
  close() {
    this._closed = true;
    var open = channels[this.name] || [];
    if (open.indexOf(this) >= 0) open.splice(open.indexOf(this), 1);
  }
}

// Notification: a mini program shows no web notifications (WeChat's subscribe messages come from a server:
// wx.requestSubscribeMessage), so permission is denied, as in a browser whose user said no; one made anyway fires
// error, as the browser's does then (@capacitor/local-notifications' web build asks at start-up)
class Notification extends EventTarget {
  constructor(title, options) {
    super();
    this.title = String(title);
    Object.assign(this, { body: '', tag: '', data: null, onclick: null, onshow: null, onclose: null, onerror: null },
      options);
    var self = this;
    appSetTimeout(function () { self.dispatchEvent(new Event('error')); });
  }
  close() {}
  static requestPermission(callback) {
    if (typeof callback === 'function') callback('denied');
    return Promise.resolve('denied');
  }
}
Notification.permission = 'denied';
Notification.maxActions = 0;

// a frame every 16 ms (there is no page repaint to wait for); alert() as WeChat's modal, which does not block
function requestAnimationFrame(fn) { return appSetTimeout(function () { fn(Date.now()); }, 16); }
function cancelAnimationFrame(id) { clearTimeout(id); }
function alert(message) { wx.showModal({ title: '', content: String(message), showCancel: false }); }

Object.assign(window, {
  URL: url.URL, URLSearchParams: url.URLSearchParams,
  TextEncoder: TextEncoder, TextDecoder: TextDecoder, structuredClone: structuredClone,
  queueMicrotask: queueMicrotask, atob: atob, btoa: btoa,
  Headers: Headers, Request: Request, Response: Response, fetch: fetch,
  Blob: Blob, File: blob.File, FormData: FormData, FileReader: FileReader, Image: Image, performance: performance,
  Audio: Audio, HTMLAudioElement: Audio, Worker: workers.Worker, MessageEvent: workers.MessageEvent,
  BroadcastChannel: BroadcastChannel, Notification: Notification,
  XMLHttpRequest: XMLHttpRequest, WebSocket: WebSocket, localStorage: localStorage, sessionStorage: sessionStorage,
  navigator: navigator, console: console, getComputedStyle: getComputedStyle,
  requestAnimationFrame: requestAnimationFrame, cancelAnimationFrame: cancelAnimationFrame, alert: alert,
  // inert: web components never render in a mini program, and no other window is there to receive messages
  customElements: {
    define: function () {},
    get: function () {},
    whenDefined: function () { return new Promise(function () {}); }
  },
  postMessage: function () {},
  scrollTo: function (x, y) { wx.pageScrollTo({ scrollTop: x && typeof x === 'object' ? x.top || 0 : y || 0, duration: 0 }); },
  matchMedia: function (query) {
    return { media: query, matches: mediaMatches(query), onchange: null, addListener: function () {},
      removeListener: function () {}, addEventListener: function () {}, removeEventListener: function () {} };
  }
});
// the device's screen, in CSS pixels, as WeChat reports it
var screen = { colorDepth: 24, pixelDepth: 24, orientation: { angle: 0, addEventListener: function () {} } };
['width:screenWidth', 'height:screenHeight', 'availWidth:windowWidth', 'availHeight:windowHeight'].forEach(function (pair) {
  var p = pair.split(':');
  Object.defineProperty(screen, p[0], { enumerable: true, get: function () { return systemInfo()[p[1]]; } });
});
Object.defineProperty(screen.orientation, 'type', { enumerable: true, get: function () {
  var info = systemInfo();
  return info.screenWidth > info.screenHeight ? 'landscape-primary' : 'portrait-primary';
} });
window.screen = screen;
// the language's own globals, which a browser's window also carries (Closure-compiled code runs with window as
// `this` and reads `this.JSON`); listed by name, as a mini program allows no eval to look them up
Object.assign(window, {
  Object: Object, Function: Function, Array: Array, String: String, Number: Number, Boolean: Boolean,
  Symbol: Symbol, Date: Date, RegExp: RegExp, Math: Math, JSON: JSON, Reflect: Reflect, Proxy: Proxy,
  Error: Error, TypeError: TypeError, RangeError: RangeError, SyntaxError: SyntaxError,
  ReferenceError: ReferenceError, EvalError: EvalError, URIError: URIError,
  Promise: Promise, Map: Map, Set: Set, WeakMap: WeakMap, WeakSet: WeakSet,
  ArrayBuffer: ArrayBuffer, DataView: DataView, Uint8Array: Uint8Array, Int8Array: Int8Array,
  Uint8ClampedArray: Uint8ClampedArray, Uint16Array: Uint16Array, Int16Array: Int16Array,
  Uint32Array: Uint32Array, Int32Array: Int32Array, Float32Array: Float32Array, Float64Array: Float64Array,
  parseInt: parseInt, parseFloat: parseFloat, isNaN: isNaN, isFinite: isFinite, Infinity: Infinity, NaN: NaN,
  encodeURIComponent: encodeURIComponent, decodeURIComponent: decodeURIComponent, encodeURI: encodeURI,
  decodeURI: decodeURI
});
if (typeof BigInt !== 'undefined') window.BigInt = BigInt;
if (typeof Intl !== 'undefined') window.Intl = Intl;
['innerWidth:windowWidth', 'innerHeight:windowHeight', 'devicePixelRatio:pixelRatio'].forEach(function (pair) {
  var p = pair.split(':');
  Object.defineProperty(window, p[0], { get: function () { return systemInfo()[p[1]]; } });
});

// DOM classes, for `instanceof` tests and `'download' in HTMLAnchorElement.prototype` probes: nothing is one
function Node() {}
function Element() {}
Element.prototype = Object.create(Node.prototype);
function HTMLElement() {}
HTMLElement.prototype = Object.create(Element.prototype);
// a query through the prototype (Bootstrap's `Element.prototype.querySelectorAll.call(el, s)`) is the element's own
['querySelector', 'querySelectorAll'].forEach(function (name) {
  Element.prototype[name] = function (selector) {
    if (this && Object.prototype.hasOwnProperty.call(this, name)) return this[name](selector);
    return name === 'querySelector' ? null : [];
  };
});
var DOM_CLASSES = { Node: Node, Element: Element, HTMLElement: HTMLElement };
['HTMLAnchorElement', 'HTMLInputElement', 'HTMLImageElement', 'HTMLCanvasElement', 'HTMLVideoElement',
  'HTMLIFrameElement'].forEach(function (name) {
  var C = function () {};
  C.prototype = Object.create(HTMLElement.prototype);
  DOM_CLASSES[name] = C;
});

// DOMParser: there is no HTML parser here. An HTML text gives a document whose head and body hold the text's parts
// as their innerHTML (what code reads to show it with [innerHTML]), and whose title is its <title>; XML is not parsed
DOM_CLASSES.DOMParser = function DOMParser() {};
DOM_CLASSES.DOMParser.prototype.parseFromString = function (text, type) {
  if (!/html/.test(type)) throw new DOMException('DOMParser parses no ' + type + ' in a mini program', 'NotSupportedError');
  text = String(text);
  var part = function (tag) {
    var m = new RegExp('<' + tag + '\\b[^>]*>([\\s\\S]*?)</' + tag + '\\s*>', 'i').exec(text);
    return m ? m[1] : null;
  };
  var doc = globals.document.implementation.createHTMLDocument('');
  var body = part('body');
  doc.head.innerHTML = part('head') || '';
  doc.body.innerHTML = body !== null ? body
    : text.replace(/<head\b[\s\S]*?<\/head\s*>|<\/?(html|body|!doctype)\b[^>]*>/gi, '');
  doc.title = (part('title') || '').trim();
  return doc;
};

// Window: what `window` is an instance of, and the token apps provide it under ({ provide: Window, useValue:
// window }, then a constructor parameter typed Window, as Angular's compiler reads a type that is also a global)
function Window() {}
Object.setPrototypeOf(window, Window.prototype = Object.create(Object.getPrototypeOf(window)));
DOM_CLASSES.Window = Window;
Object.assign(window, DOM_CLASSES);

window.crypto = crypto;

// CSS.supports(): the runtime cannot test WXSS support, so feature tests take their fallback
var CSS = {
  supports: function () { return false; },
  escape: function (s) { return String(s).replace(/[^\w-]/g, function (c) { return '\\' + c; }); }
};
window.CSS = CSS;

module.exports = Object.assign({}, globals, {
  Zone: Zone,
  CSS: CSS,
  crypto: crypto,
  URL: url.URL,
  URLSearchParams: url.URLSearchParams,
  TextEncoder: TextEncoder,
  TextDecoder: TextDecoder,
  structuredClone: structuredClone,
  queueMicrotask: queueMicrotask,
  requestAnimationFrame: requestAnimationFrame,
  cancelAnimationFrame: cancelAnimationFrame,
  alert: alert,
  atob: atob,
  btoa: btoa,
  Headers: Headers,
  Request: Request,
  Response: Response,
  fetch: fetch,
  Blob: Blob,
  File: blob.File,
  FormData: FormData,
  FileReader: FileReader,
  Worker: workers.Worker,
  MessageEvent: workers.MessageEvent,
  BroadcastChannel: BroadcastChannel,
  Notification: Notification,
  Image: Image,
  Audio: Audio,
  HTMLAudioElement: Audio,
  performance: performance,
  XMLHttpRequest: XMLHttpRequest,
  WebSocket: WebSocket,
  localStorage: localStorage,
  sessionStorage: sessionStorage,
  navigator: navigator,
  getComputedStyle: getComputedStyle,
  screen: screen
}, DOM_CLASSES);
// the window's members code reads bare (`innerWidth`, `customElements.get(…)`, `event` outside a handler), as the
// window has them now
['customElements', 'postMessage', 'scrollTo', 'matchMedia', 'innerWidth', 'innerHeight', 'devicePixelRatio', 'event']
  .forEach(function (name) {
    Object.defineProperty(module.exports, name, { enumerable: true, get: function () { return window[name]; } });
  });
