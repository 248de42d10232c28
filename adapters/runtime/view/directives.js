'use strict';
// Attribute directives of libraries on the template's elements (ng2-charts' `<canvas baseChart [data]>`), as Angular
// puts them there: one instance per element (and loop item) whose tag and attributes a declared directive's selector
// matches, made through the component's injector with the element as its ElementRef (an inert one; a <canvas>
// draws on the page's, view/canvas.js), its inputs set from the element's bindings and attributes, and its hooks
// run: ngOnChanges, ngOnInit and ngDoCheck as the view renders, ngAfterViewInit after, ngOnDestroy once its element
// is gone. Host listeners and host bindings are not run. A view helper file (view.js createView): the compiled page
// requires it when an element of its template has a library's directive.
var core = require('../angular/core/base.js');
var declared = require('../angular/core/libraries.js').ɵlibraryDirectives;
var Host = require('../host.js').Host;
var dom = require('../dom.js');

// `canvas[baseChart]`, `[ngxMask], input[mask]`: whether one of the selector's alternatives matches the element
function matches(selector, tag, names) {
  return String(selector).split(',').some(function (one) {
    var m = /^\s*([\w-]*)((?:\[[^\]]+\])*)\s*$/.exec(one);
    if (!m || (m[1] && m[1].toLowerCase() !== tag) || !m[2]) return false;
    return m[2].slice(1, -1).split('][').every(function (attr) { return names.indexOf(attr.split('=')[0]) >= 0; });
  });
}

// a directive on one element: its instance, and the inputs and hooks of a component's host (host.js)
function Made(D, el, injector) {
  this.meta = D.__ng__ || {};
  this.seen = {};
  this.last = {};   // the values its inputs were set to
  this.instance = new core.Injector([{ provide: core.ElementRef, useValue: new core.ElementRef(el) }], injector,
    D.name).ɵconstruct(D);
}
Made.prototype.inputs = Host.prototype.inputs;
Made.prototype.hook = Host.prototype.hook;

module.exports = function directiveHelpers(view, host) {
  var made = {}, shown = {}, fresh = [];

  var h = {
    directive: function (scope, site, spec) {
      var names = Object.keys(spec.attrs).concat(Object.keys(spec.props));
      declared.forEach(function (D, n) {
        if (!matches((D.__ng__ || {}).selector, spec.tag, names)) return;
        var key = scope.$p + '#' + site + '#' + n, entry = made[key];
        shown[key] = true;
        if (entry === undefined) {
          var el = dom.element(spec.tag);
          if (spec.id) el.id = spec.id;
          try {
            entry = made[key] = new Made(D, el, host.injector);
          } catch (e) {   // (its element then has none, and the view goes on, as the rest of the page does)
            core.ɵreportError(e);
            entry = made[key] = null;
          }
          if (entry) fresh.push(entry);
        }
        if (!entry) return;
        var inputs = entry.meta.inputs || {}, changes = {};
        Object.keys(inputs).forEach(function (field) {
          var name = inputs[field].alias || field;
          var value = name in spec.props ? spec.props[name] : spec.attrs[name];
          if ((name in spec.props || name in spec.attrs) && (!(field in entry.last) || entry.last[field] !== value)) {
            changes[field] = entry.last[field] = value;
          }
        });
        entry.inputs(changes);
        if (!entry.started) {
          entry.started = true;
          entry.hook('ngOnInit');
        }
        entry.hook('ngDoCheck');
      });
    }
  };

  function destroy(keep) {
    Object.keys(made).forEach(function (key) {
      if (keep[key]) return;
      if (made[key]) made[key].hook('ngOnDestroy');
      delete made[key];
    });
  }

  return {
    h: h,
    rendering: function () { shown = {}; },
    rendered: function () {
      destroy(shown);
      fresh.splice(0).forEach(function (entry) { entry.hook('ngAfterViewInit'); });
    },
    destroy: function () { destroy({}); }
  };
};
