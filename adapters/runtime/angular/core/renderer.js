'use strict';
// Renderer2, and the factory services inject to make one: what Angular code touches the DOM through. A mini program
// has none, so the calls act on dom.js's stand-in elements and change nothing on screen (PWX302 says so at
// conversion), but they return what callers go on with instead of throwing.
var dom = require('../../dom.js');
var noop = function () {};

function Renderer2() {
  this.data = {};
}
Renderer2.__ng__ = { providedIn: 'root' };
['destroy', 'appendChild', 'insertBefore', 'removeChild', 'setAttribute', 'removeAttribute', 'addClass', 'removeClass',
  'setStyle', 'removeStyle', 'setProperty', 'setValue'].forEach(function (name) { Renderer2.prototype[name] = noop; });
Renderer2.prototype.createElement = function (name) { return dom.document.createElement(name); };
Renderer2.prototype.createText = Renderer2.prototype.createComment = function (value) { return { nodeValue: value }; };
Renderer2.prototype.selectRootElement = function () { return dom.document.createElement('div'); };
Renderer2.prototype.parentNode = Renderer2.prototype.nextSibling = function () { return null; };
Renderer2.prototype.listen = function () { return noop; };
function RendererFactory2() {}
RendererFactory2.__ng__ = { providedIn: 'root' };
RendererFactory2.prototype.createRenderer = function () { return new Renderer2(); };
RendererFactory2.prototype.begin = RendererFactory2.prototype.end = noop;
RendererFactory2.prototype.whenRenderingDone = function () { return Promise.resolve(); };

module.exports = {
  Renderer2: Renderer2, RendererFactory2: RendererFactory2, RendererStyleFlags2: { Important: 1, DashCase: 2 }
};
