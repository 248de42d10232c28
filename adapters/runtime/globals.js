// The browser globals that need none of web.js's shims: the events, the document stub, the address and the timers,
// and the window as an event target carrying them. Code that reads no other browser global (nor a window member
// web.js adds) requires this file instead of web.js, which builds on it (script/modules.py web_specifier).
var dom = require('./dom.js');
var address = require('./address.js');
var timers = require('./timers.js');

var window = dom.window;
var globals = {
  Event: dom.Event, CustomEvent: dom.CustomEvent, ErrorEvent: dom.ErrorEvent, StorageEvent: dom.StorageEvent,
  DOMException: dom.DOMException, EventTarget: dom.EventTarget,
  AbortController: dom.AbortController, AbortSignal: dom.AbortSignal,
  document: dom.document, location: address.location, history: address.history,
  setTimeout: timers.setTimeout, setInterval: timers.setInterval
};
// MutationObserver, ResizeObserver, IntersectionObserver: the document stub is never laid out and changes no page, so
// they observe nothing and their callbacks never run (the converter warns where the app uses one: PWX302)
['MutationObserver', 'ResizeObserver', 'IntersectionObserver'].forEach(function (name) {
  var C = globals[name] = function (callback) {
    if (typeof callback !== 'function') throw new TypeError("Failed to construct '" + name + "': callback is not a function");
  };
  C.prototype.observe = C.prototype.unobserve = C.prototype.disconnect = function () {};
  C.prototype.takeRecords = function () { return []; };
});
Object.assign(window, globals, { open: address.open, clearTimeout: clearTimeout, clearInterval: clearInterval });
window.window = window.self = window;

module.exports = Object.assign({ window: window, self: window }, globals);
