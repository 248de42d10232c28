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
// The elements code that reads the document makes (dom.decorate): a <style>'s sheet keeps the rules code inserts
// (plotly.js, as it loads), which style nothing; a <canvas>'s 2d context is a WeChat offscreen canvas's (other kinds:
// none); one with a template's id draws on the page's too, where a page has one (view/canvas.js)
function styleSheet() {
  var rules = [];
  return {
    cssRules: rules,
    insertRule: function (rule, at) { rules.splice(at || 0, 0, { cssText: rule }); return at || 0; },
    deleteRule: function (at) { rules.splice(at, 1); }
  };
}
function canvas(el) {
  var context;
  el.width = 300;
  el.height = 150;
  el.getContext = function (type) {
    if (type !== '2d' || !wx.createOffscreenCanvas) return null;
    context = context || wx.createOffscreenCanvas({ type: type, width: el.width, height: el.height }).getContext(type);
    return context;
  };
}
dom.decorate(function (el) {
  if (el.tagName === 'STYLE') el.sheet = styleSheet();
  if (el.tagName === 'CANVAS') canvas(el);
  el.setAttributeNS = el.setAttribute;   // (inert, as setAttribute: svg.js's namespace attributes)
  el.getElementsByTagName = el.getElementsByClassName = function () { return []; };   // (svg.js's defs)
});
// document.execCommand('enableObjectResizing' …), which Quill's polyfill sends on DOMContentLoaded: nothing to do
dom.document.execCommand = function () { return false; };
// document.createEvent('Event') then initEvent(type …), the DOM's older way to make an event (Firebase's)
dom.document.createEvent = function () { return new dom.CustomEvent(''); };
// inert elements: the SVG ones d3 and ApexCharts make; those of an Ionic or custom tag ('ion-fab'), which are there
var byTag = dom.document.getElementsByTagName, tagged = {};
dom.document.createElementNS = function (ns, tag) { return dom.document.createElement(tag); };
dom.document.getElementsByTagName = function (tag) {
  if (byTag(tag).length || !/-/.test(tag)) return byTag(tag);
  return [tagged[tag] = tagged[tag] || dom.document.createElement(tag)];
};
dom.Event.prototype.initEvent = function (type, bubbles, cancelable) {
  this.type = type;
  this.bubbles = !!bubbles;
  this.cancelable = !!cancelable;
};
dom.CustomEvent.prototype.initCustomEvent = function (type, bubbles, cancelable, detail) {
  this.initEvent(type, bubbles, cancelable);
  this.detail = detail;
};

Object.assign(window, globals, { open: address.open, clearTimeout: clearTimeout, clearInterval: clearInterval });
window.window = window.self = window;

module.exports = Object.assign({ window: window, self: window }, globals);
