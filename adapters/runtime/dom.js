'use strict';
// The DOM's event machinery and its stand-ins, which the host, the view and web.js share: events, event targets,
// abort signals, the document stub, and the window as an event target (web.js adds the rest of the browser's
// globals to it). Kept apart from web.js so that an app whose code reads no browser global does not ship those.

function error(name, message) {
  var e = new Error(message);
  e.name = name;
  return e;
}

// ---- events (window, AbortSignal and XMLHttpRequest are event targets)
class Event {
  constructor(type, init) {
    init = init || {};
    this.type = type;
    this.bubbles = !!init.bubbles;
    this.cancelable = !!init.cancelable;
    this.defaultPrevented = false;
    this.target = null;
    this.timeStamp = Date.now();
  }
  preventDefault() {
    if (this.cancelable) this.defaultPrevented = true;
  }
  stopPropagation() {
    this.cancelBubble = true;
  }
  stopImmediatePropagation() {
    this.stopPropagation();
  }
}

class CustomEvent extends Event {
  constructor(type, init) {
    super(type, init);
    this.detail = init && init.detail !== undefined ? init.detail : null;
  }
}

// what a failed script or request reports (Angular's HTTP guide tests `error.error instanceof ErrorEvent`)
class ErrorEvent extends Event {
  constructor(type, init) {
    super(type, init);
    init = init || {};
    this.message = init.message || '';
    this.filename = init.filename || '';
    this.lineno = init.lineno || 0;
    this.colno = init.colno || 0;
    this.error = init.error === undefined ? null : init.error;
  }
}

// what a change to localStorage in another tab reports (libraries that poll storage, such as Firebase Auth,
// make their own): no other tab writes here, so the runtime never fires one itself
class StorageEvent extends Event {
  constructor(type, init) {
    super(type, init);
    init = init || {};
    this.key = init.key === undefined ? null : init.key;
    this.oldValue = init.oldValue === undefined ? null : init.oldValue;
    this.newValue = init.newValue === undefined ? null : init.newValue;
    this.url = init.url || '';
    this.storageArea = init.storageArea || null;
  }
}

var DOM_ERROR_CODES = { IndexSizeError: 1, InvalidCharacterError: 5, NotFoundError: 8, NotSupportedError: 9,
  InvalidStateError: 11, SyntaxError: 12, InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18, NetworkError: 19,
  AbortError: 20, QuotaExceededError: 22, TimeoutError: 23, DataCloneError: 25 };
class DOMException extends Error {
  constructor(message, name) {
    super(message === undefined ? '' : String(message));
    this.name = name === undefined ? 'Error' : String(name);
    this.code = DOM_ERROR_CODES[this.name] || 0;
  }
}

class EventTarget {
  addEventListener(type, fn) {
    var all = this.__listeners || (this.__listeners = {});
    var list = all[type] || (all[type] = []);
    if (fn && list.indexOf(fn) < 0) list.push(fn);
  }
  removeEventListener(type, fn) {
    var list = this.__listeners && this.__listeners[type];
    if (list && list.indexOf(fn) >= 0) list.splice(list.indexOf(fn), 1);
  }
  dispatchEvent(event) {
    event.target = this;
    invoke(this, event);
    return !event.defaultPrevented;
  }
}

// one target's listeners, on<type> first (IndexedDB's events bubble: indexeddb.js)
function invoke(target, event) {
  event.currentTarget = target;
  var handler = target['on' + event.type];
  if (typeof handler === 'function') handler.call(target, event);
  ((target.__listeners && target.__listeners[event.type]) || []).slice().forEach(function (fn) {
    if (typeof fn === 'function') fn.call(target, event);
    else fn.handleEvent(event);
  });
}

// ---- abort
class AbortSignal extends EventTarget {
  constructor() {
    super();
    this.aborted = false;
    this.reason = undefined;
    this.onabort = null;
  }
  throwIfAborted() {
    if (this.aborted) throw this.reason;
  }
  static abort(reason) {
    var c = new AbortController();
    c.abort(reason);
    return c.signal;
  }
  static timeout(ms) {
    var c = new AbortController();
    setTimeout(function () { c.abort(error('TimeoutError', 'signal timed out')); }, ms);
    return c.signal;
  }
}

class AbortController {
  constructor() {
    this.signal = new AbortSignal();
  }
  abort(reason) {
    var s = this.signal;
    if (s.aborted) return;
    s.aborted = true;
    s.reason = reason === undefined ? error('AbortError', 'This operation was aborted') : reason;
    s.dispatchEvent(new Event('abort'));
  }
}

// ---- document: only a stub. The script compiler reports every use (PWX302); these members exist so
// common one-liners (classList toggles, title, querySelector(...).classList) do not throw.

// what globals.js gives the elements code makes once it reads the document (a <style>'s sheet, a <canvas>'s context)
var decorators = [];

// a component's host element: an inert one named as its selector's element (`app-splash`; `div` for `[appX]`)
function hostElement(selector) {
  return element(String(selector || '').split(/[\s,[.:]/)[0] || 'div');
}

function element(tag, owner) {
  var classList = { add: function () {}, remove: function () {}, toggle: function () { return false; },
    contains: function () { return false; } };
  var el = new EventTarget();
  el.style = { setProperty: function () {}, removeProperty: function () {} };
  el.classList = classList;
  el.dataset = {};
  el.setAttribute = el.removeAttribute = el.focus = el.blur = function () {};
  el.getAttribute = function () { return null; };
  el.querySelector = function () { return element('div', el.ownerDocument); }; // an inert element: nothing here is a real node
  Object.defineProperty(el, 'shadowRoot', { get: function () { return element('#document-fragment', el.ownerDocument); } });
  el.load = el.pause = el.scrollTo = el.scrollIntoView = function () {}; // a <video>'s load; play() below
  el.play = function () { return Promise.resolve(); };
  el.querySelectorAll = function () { return []; };
  el.tagName = el.nodeName = String(tag || 'div').replace(/^[^#].*/, function (name) { return name.toUpperCase(); });
  el.nodeType = 1;
  decorators.forEach(function (decorate) { decorate(el); });
  link(el, 'ownerDocument', owner || document);
  // the tree of what the app appended (none of it on screen), which code reads back (jQuery's tests as it loads)
  link(el, 'parentNode', null);
  var kids = el.children = el.childNodes = [];
  function splice(at, n, child) {
    if (child) kids.splice(at, n, child);
    else kids.splice(at, n);
    link(el, 'firstChild', kids[0] || null);
    link(el, 'lastChild', kids[kids.length - 1] || null);
  }
  splice(0, 0);
  el.appendChild = el.insertBefore = function (child, before) {
    if (!child || typeof child !== 'object') return child;
    if (child.parentNode) child.parentNode.removeChild(child);
    splice(before && kids.indexOf(before) >= 0 ? kids.indexOf(before) : kids.length, 0, child);
    link(child, 'parentNode', el);
    // a <script>, <link> or <img> added to load a URL cannot load here: it fails, as offline, so promises
    // waiting on its onload/onerror settle
    if (/^(SCRIPT|LINK|IMG)$/.test(child.tagName)) {
      setTimeout(function () { child.dispatchEvent(new Event('error')); });
    }
    return child;
  };
  el.removeChild = function (child) {
    if (kids.indexOf(child) >= 0) splice(kids.indexOf(child), 1);
    link(child, 'parentNode', null);
    return child;
  };
  el.append = el.prepend = function () {};
  el.remove = function () { if (el.parentNode) el.parentNode.removeChild(el); };
  el.cloneNode = function (deep) {
    var copy = element(tag, el.ownerDocument);
    if (deep) kids.forEach(function (child) { copy.appendChild(child.cloneNode(true)); });
    return copy;
  };
  el.contains = function (node) {
    while (node && node !== el) node = node.parentNode;
    return !!node;
  };
  el.getBoundingClientRect = function () { return { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0 }; };
  return el;
}

// a link up or across the tree, not enumerable as a browser's are not own properties: JSON.stringify(node) (an
// event logged with its target) meets no cycle
function link(node, name, value) {
  Object.defineProperty(node, name, { value: value, writable: true, configurable: true });
  return node;
}

// the app's `document`, and what `document.implementation.createHTMLDocument()` makes (jQuery parses HTML in one)
function newDocument() {
  var doc = element('#document');
  doc.nodeType = 9; // what libraries test a document by (jQuery's selector engine)
  link(doc, 'ownerDocument', null);
  doc.createElement = function (tag) { return element(tag, doc); };
  doc.createTextNode = function (text) {
    var node = { nodeType: 3, nodeName: '#text', data: String(text), textContent: String(text) };
    node.cloneNode = function () { return doc.createTextNode(text); };
    return link(node, 'ownerDocument', doc);
  };
  doc.createDocumentFragment = function () {
    var fragment = element('#document-fragment', doc);
    fragment.nodeType = 11;
    return fragment;
  };
  doc.documentElement = doc.appendChild(doc.createElement('html'));
  doc.head = doc.documentElement.appendChild(doc.createElement('head'));
  doc.body = doc.documentElement.appendChild(doc.createElement('body'));
  // an element one of the app's templates gives that id, of its tag (an inert one: WXML draws it), else null
  var byId = {};
  doc.getElementById = function (id) {
    var ids = require('../app.config.js').elementIds || {};
    if (doc !== document || !Object.prototype.hasOwnProperty.call(ids, id)) return null;
    return byId[id] || (byId[id] = link(element(ids[id], doc), 'id', id));
  };
  doc.getElementsByTagName = function (tag) {
    var named = { html: doc.documentElement, head: doc.head, body: doc.body }[String(tag).toLowerCase()];
    return named ? [named] : [];
  };
  doc.getElementsByClassName = doc.getElementsByName = function () {
    return [];
  };
  doc.implementation = { createHTMLDocument: newDocument };
  return doc;
}

var document = newDocument();
document.readyState = 'interactive'; // the app's main module runs as a deferred script does
// the page's URL, which relative URLs resolve against (Stencil's loader: new URL('./', document.baseURI))
Object.defineProperty(document, 'baseURI', { get: function () { return String(window.location || ''); } });
document.visibilityState = 'visible';
document.hidden = false;
document.cookie = '';
Object.defineProperty(document, 'title', {
  get: function () { return ''; },
  set: function (title) { wx.setNavigationBarTitle({ title: String(title) }); }
});

// ---- window: an event target for app-wide events ('online'/'offline' from wx, and any the app dispatches itself,
// e.g. window.dispatchEvent(new CustomEvent('user:login'))); web.js gives it the browser's other members.
// Packages' free names read it; a name it lacks is globalThis's if code set it there after start-up (FullCalendar's
// core sets globalThis.FullCalendarVDom, its plugins read it bare), never one the engine had (Node's `process`).
var engine = typeof globalThis === 'object' ? globalThis : null;
var engineOwn = engine && new Set(Object.getOwnPropertyNames(engine));
function setLater(key) {
  return typeof key === 'string' && !engineOwn.has(key) && key in engine;
}
var window = Object.create(engine ? new Proxy(Object.create(EventTarget.prototype), {
  get: function (own, key, receiver) { return key in own || !setLater(key) ? Reflect.get(own, key, receiver) : engine[key]; },
  has: function (own, key) { return key in own || setLater(key); }
}) : EventTarget.prototype);

var online = true;
if (wx.onNetworkStatusChange) {
  wx.onNetworkStatusChange(function (res) {
    if (online === res.isConnected) return;
    online = res.isConnected;
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

// the browser's user agent string for this WeChat client (navigator.userAgent, Ionic's Platform)
function userAgent() {
  var s = wx.getSystemInfoSync();
  return 'Mozilla/5.0 (' + s.system + '; ' + s.model + ') MicroMessenger/' + s.version + ' miniProgram';
}

// The page-load events, once the app's main module has run, as a browser fires them after deferred scripts
// (Angular Universal apps bootstrap on DOMContentLoaded).
function loaded() {
  document.dispatchEvent(new Event('DOMContentLoaded'));
  document.readyState = 'complete';
  document.dispatchEvent(new Event('readystatechange'));
  window.dispatchEvent(new Event('load'));
}

module.exports = {
  error: error, Event: Event, CustomEvent: CustomEvent, ErrorEvent: ErrorEvent, StorageEvent: StorageEvent,
  DOMException: DOMException, EventTarget: EventTarget, invoke: invoke, AbortSignal: AbortSignal,
  AbortController: AbortController,
  element: element, hostElement: hostElement, document: document, window: window,
  decorate: function (fn) { decorators.push(fn); },
  online: function () { return online; }, userAgent: userAgent, loaded: loaded
};
