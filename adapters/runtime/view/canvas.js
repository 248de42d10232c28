'use strict';
// A template's <canvas> (WXML's <canvas type="2d">) that code draws on, found by its id (document.getElementById, or
// the id the converter gives a <canvas #ref>): its 2d context (globals.js's, offscreen) draws on the page's canvas
// node too. A view helper file (view.js createView) with no helpers: the compiled page requires it when its template
// has such a canvas.
require('../globals.js'); // first: its decorator gives a <canvas> the offscreen context this one wraps
var dom = require('../dom.js');

// The context of a template's <canvas id> (WXML's <canvas type="2d">): each call and setting is made on the offscreen
// context and again on the page's canvas node, once WeChat gives it (wx.createSelectorQuery), with what was drawn
// before it came. A gradient or pattern is made again on the node's context.
var EARLY_CALLS = 20000; // what is kept for the node before it comes (beyond: it shows what is drawn after)
function onPage(el, ctx) {
  var early = [], twins = new Map(), page = {};
  ['width', 'height'].forEach(function (k) { // the node's size follows the element's
    var value = el[k];
    Object.defineProperty(el, k, { enumerable: true, configurable: true, get: function () { return value; },
      set: function (v) {
        value = v;
        if (page.node) page.node[k] = v;
      } });
  });
  function made(v) { return twins.has(v) ? twins.get(v)() : v; }
  function replay(entry) {
    if (entry[0] === 'set') page.ctx[entry[1]] = made(entry[2]);
    else page.ctx[entry[1]].apply(page.ctx, entry[2].map(made));
  }
  function also(entry) {
    if (page.ctx) replay(entry);
    else if (early && early.length < EARLY_CALLS) early.push(entry);
    else early = null;
  }
  function twin(value, method, args) {
    var stops = [], real = null, add = value.addColorStop;
    if (add) {
      value.addColorStop = function (at, color) {
        add.call(value, at, color);
        stops.push([at, color]);
        if (real) real.addColorStop(at, color);
      };
    }
    twins.set(value, function () {
      if (!real) {
        real = page.ctx[method].apply(page.ctx, args.map(made));
        stops.forEach(function (stop) { real.addColorStop(stop[0], stop[1]); });
      }
      return real;
    });
  }
  (function find(tries) {
    wx.createSelectorQuery().select('#' + el.id).fields({ node: true }).exec(function (res) {
      var node = res && res[0] && res[0].node;
      if (node) {
        node.width = el.width;
        node.height = el.height;
        page.node = node;
        page.ctx = node.getContext('2d');
        (early || []).forEach(replay);
        early = null;
      } else if (tries < 5) setTimeout(function () { find(tries + 1); }, 100); // not drawn yet (an *ngIf)
      else early = null;
    });
  })(0);
  return new Proxy(ctx, {
    get: function (target, key) {
      if (key === 'canvas') return el;
      var value = target[key];
      if (typeof value !== 'function') return value;
      return function () {
        var args = Array.prototype.slice.call(arguments), result = value.apply(target, args);
        if (/^create\w*(Gradient|Pattern)$/.test(key) && result) twin(result, key, args);
        else if (!/^(get|is|measure|create)/.test(key)) also(['call', key, args]);
        return result;
      };
    },
    set: function (target, key, value) {
      target[key] = value;
      also(['set', key, value]);
      return true;
    }
  });
}

dom.decorate(function (el) {
  if (el.tagName !== 'CANVAS') return;
  var offscreen = el.getContext, context;
  el.getContext = function (type) {
    var ctx = offscreen.call(el, type);
    return ctx && el.id ? context || (context = onPage(el, ctx)) : ctx;
  };
});

module.exports = function canvasFeature() {
  return {};
};
