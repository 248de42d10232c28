'use strict';
// Web Workers, run in the page's own thread. A mini program allows no eval, and wx.createWorker runs only a file of
// the package's `workers` folder, one at a time; so the converter compiles each worker script it finds in the app's
// code (a string of JavaScript an app makes a Blob of, as airgap-vault's entropy workers) into a function, which
// its module registers here with the string (`script(text, run)`), and a worker module of the app (the Angular
// CLI's `new Worker(new URL('./app.worker', …))`) under a URL of its own. `new Worker(url)` of such a
// URL, or of a Blob or data: URL whose text is one of them, runs it on a scope of its own (`self`, `postMessage`,
// `onmessage`, `close` and the browser globals a worker has), after the current task; messages go both ways as
// structured clones, each in a task of its own, and terminate() stops them. A worker whose script was not compiled
// (a file URL, a string built at run time) constructs, reports once on the console what to do, and fires `error`,
// as a browser does for a script it cannot load: the page that made it goes on.
var dom = require('./dom.js');
var timers = require('./timers.js');   // what the app's handlers do shows: change detection follows them
var blob = require('./blob.js');
var urls = require('./url.js');

var scripts = new Map();   // a worker script's text -> the compiled function that runs it on a scope
var reported = {};

// Registers the compiled worker script `run` for the script text `text`; returns the text (the converter wraps
// the string literal in this call, so that the module's value is unchanged).
function script(text, run) {
  scripts.set(text, run);
  return text;
}

class MessageEvent extends dom.Event {
  constructor(type, init) {
    super(type, init);
    init = init || {};
    this.data = init.data === undefined ? null : init.data;
    this.origin = init.origin || '';
    this.lastEventId = init.lastEventId || '';
    this.source = init.source || null;
    this.ports = init.ports || [];
  }
}

function scriptText(address) {
  var href = String(address && typeof address === 'object' && 'href' in address ? address.href : address);
  var made = urls.objectBlob(href);
  if (made) return blob.decodeUtf8(made._bytes.slice().buffer);
  var data = /^data:[^,]*?(;base64)?,/i.exec(href);
  if (!data) return undefined;
  var body = href.slice(data[0].length);
  try {
    return data[1] ? decodeURIComponent(escape(web().atob(decodeURIComponent(body)))) : decodeURIComponent(body);
  } catch (e) {
    return undefined;
  }
}

// web.js, which requires this file: read when used
function web() {
  return require('./web.js');
}

function clone(message) {
  return web().structuredClone(message);
}

// Runs `fn` on `target` after the current task; an exception is the worker's error (reported once when unheard).
function deliver(worker, fn) {
  timers.setTimeout(function () {
    if (worker._closed) return;
    try {
      fn();
    } catch (e) {
      fail(worker, e);
    }
  });
}

function fail(worker, e) {
  var message = e && e.message || String(e);
  var event = new dom.ErrorEvent('error', { message: message, error: e, cancelable: true });
  worker._scope.dispatchEvent(event);
  if (!event.defaultPrevented) worker.dispatchEvent(new dom.ErrorEvent('error', { message: message, error: e, cancelable: true }));
  if (!worker.onerror && !(worker.__listeners && (worker.__listeners.error || []).length)) {
    console.error('pwa2wx: Worker: uncaught ' + (e && e.stack || message));
  }
}

// What a window has and a worker's scope has not, besides the window's members web.js reads through (its getters)
var WINDOW_ONLY = new RegExp('^(window|document|localStorage|sessionStorage|history|location|screen|' +
  'getComputedStyle)$|^(HTML|Node$|Element$|Window$)');

// The worker's global scope: `self`, its messages, and the browser globals a worker has (no window, no document,
// no storage). The compiled script reads every name that is not the language's from it.
class WorkerGlobalScope extends dom.EventTarget {
  constructor(worker, name) {
    super();
    var globals = web();
    Object.keys(globals).forEach(function (key) {
      if (!WINDOW_ONLY.test(key) && !Object.getOwnPropertyDescriptor(globals, key).get) this[key] = globals[key];
    }, this);
    this.MessageEvent = MessageEvent;
    ['postMessage', 'close', 'addEventListener', 'removeEventListener', 'dispatchEvent'].forEach(function (key) {
      this[key] = this[key].bind(this);   // a script calls them bare
    }, this);
    this.self = this.globalThis = this;
    this.name = name || '';
    this.onmessage = null;
    this.onerror = null;
    this._worker = worker;
  }
  postMessage(message) {
    var worker = this._worker, data = clone(message);
    deliver(worker, function () { worker.dispatchEvent(new MessageEvent('message', { data: data })); });
  }
  close() {
    this._worker._closed = true;
  }
  importScripts() {
    throw new dom.DOMException('importScripts() cannot load a script in a mini program: put the code in the ' +
      "worker's script itself", 'NetworkError');
  }
}

class Worker extends dom.EventTarget {
  constructor(url, options) {
    super();
    this.onmessage = null;
    this.onerror = null;
    this.onmessageerror = null;
    this._closed = false;
    var text = scriptText(url);
    var run = scripts.get(text === undefined ? String(url && url.href || url) : text);   // a worker module's own URL
    var scope = this._scope = new WorkerGlobalScope(this, options && options.name);
    var worker = this;
    if (!run) {
      var why = text === undefined ? 'its script (' + String(url).slice(0, 80) + ') is not a Blob or data: URL ' +
        'of a script the converter compiled' : 'its script is not one the converter found in the app as a string ' +
        '(a script built at run time cannot run: a mini program has no eval)';
      var key = text === undefined ? String(url) : text;
      if (!reported[key]) {
        reported[key] = true;
        console.error('pwa2wx: a Web Worker cannot run in the mini program: ' + why + '; write the worker\'s ' +
          'script as a string constant of the app (README: Web Workers)');
      }
      this._closed = true;
      timers.setTimeout(function () {
        worker.dispatchEvent(new dom.ErrorEvent('error', { message: 'the Worker script cannot run here: ' + why }));
      });
      return;
    }
    this._started = false;
    deliver(this, function () { run.call(scope, scope); });
  }
  postMessage(message) {
    if (this._closed) return;
    var scope = this._scope, data = clone(message);
    deliver(this, function () { scope.dispatchEvent(new MessageEvent('message', { data: data })); });
  }
  terminate() {
    this._closed = true;
  }
}

module.exports = { Worker: Worker, MessageEvent: MessageEvent, script: script };
