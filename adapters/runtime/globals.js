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
Object.assign(window, globals, { open: address.open, clearTimeout: clearTimeout, clearInterval: clearInterval });
window.window = window.self = window;

module.exports = Object.assign({ window: window, self: window }, globals);
