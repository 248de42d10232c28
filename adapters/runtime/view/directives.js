'use strict';
// Attribute directives on the template's elements, the app's own (the compiler found them) and libraries' (ng2-charts'
// `<canvas baseChart [data]>`), as Angular puts them there: one instance per element (and loop item) whose tag and
// attributes a directive's selector matches (the libraries', as they declared them), made through the component's
// injector with the element as its ElementRef (an inert one, as a #ref's; a <canvas> draws on the page's), its
// inputs set from the element's bindings and attributes, and its hooks run: ngOnChanges, ngOnInit and ngDoCheck as
// the view renders, ngAfterViewInit after, ngOnDestroy once its element is gone. Its host listeners hear the
// element's events the compiler wires to them (and the window's and document's), its outputs reach the template's
// handlers, and the classes and styles its host binds are the element's. A view helper file (view.js createView):
// the compiled page requires it when an element of its template may have a directive.
var core = require('../angular/core/base.js');
var declared = require('../angular/core/libraries.js').ɵlibraryDirectives;
var Host = require('../host.js').Host;
var elementRef = require('./refs.js').elementRef;

// `canvas[baseChart]`, `[ngxMask], input[mask]`: whether one of the selector's alternatives matches the element
function matches(selector, tag, names) {
  return String(selector).split(',').some(function (one) {
    var m = /^\s*([\w-]*)((?:\[[^\]]+\])*)\s*$/.exec(one);
    if (!m || (m[1] && m[1].toLowerCase() !== tag) || !m[2]) return false;
    return m[2].slice(1, -1).split('][').every(function (attr) { return names.indexOf(attr.split('=')[0]) >= 0; });
  });
}

// a host binding's value: a field, a path or a call without arguments of the directive ('on', 'this.a.b', 'size()')
function read(inst, expression) {
  var m = /^\s*(?:this\.)?([\w$.]+?)(\(\))?\s*$/.exec(expression || '');
  if (!m) return undefined;
  var path = m[1].split('.'), last = path.pop();
  var owner = path.reduce(function (v, k) { return v == null ? undefined : v[k]; }, inst);
  if (owner == null) return undefined;
  return m[2] ? (typeof owner[last] === 'function' ? owner[last]() : undefined) : owner[last];
}

// A structural directive's ViewContainerRef: the views it makes of its template, whose contexts the template's content
// is rendered with, in order (h.structural); `mark` asks for a render when they change.
function Views(mark) {
  this.list = [];
  this.mark = mark;
}
Views.prototype.createEmbeddedView = function (template, context, index) {
  var views = this;
  var ref = { context: context || {}, rootNodes: [], detectChanges: this.mark, markForCheck: this.mark,
    destroy: function () { views.remove(views.list.indexOf(ref)); } };
  this.list.splice(index == null ? this.list.length : index, 0, ref);
  this.mark();
  return ref;
};
Views.prototype.remove = function (i) {   // (a view already removed is at -1: nothing to remove)
  if (i === undefined) i = this.list.length - 1;
  if (i >= 0 && this.list.splice(i, 1).length) this.mark();
};
Views.prototype.clear = function () {
  this.list = [];
  this.mark();
};
Views.prototype.get = function (i) { return this.list[i] || null; };
Views.prototype.indexOf = function (ref) { return this.list.indexOf(ref); };
Object.defineProperty(Views.prototype, 'length', { get: function () { return this.list.length; } });

// a directive on one element: its instance (in an injector of its own providers, its element's ElementRef and, for a
// structural one, its template and `views`), and the inputs and hooks of a component's host (host.js)
function Made(D, el, injector, views) {
  this.meta = core.ɵmeta(D);
  this.seen = {};
  this.last = {};   // the values its inputs were set to
  this.subs = [];   // its outputs' subscriptions
  this.views = views;
  this.instance = new core.Injector([
    this.meta.providers ? this.meta.providers() : [],   // (ngx-mask's NgxMaskService, which it injects with self)
    { provide: core.ElementRef, useValue: new core.ElementRef(el) },
    views ? [{ provide: core.ViewContainerRef, useValue: views },
      { provide: core.TemplateRef, useValue: new core.TemplateRef() }] : []
  ], injector, D.name).ɵconstruct(D);
}
Made.prototype.inputs = Host.prototype.inputs;
Made.prototype.hook = Host.prototype.hook;
Made.prototype.listen = Host.prototype.listen;

module.exports = function directiveHelpers(view, host, def) {
  var made = {}, shown = {}, fresh = [];
  var elements = {}; // loop path#site# -> the element its directives share, its injector, and their keys in `made`
  var rendering = false; // (a view a structural directive makes as the template renders is drawn in that render)
  function mark() {
    if (!rendering) view.markForCheck();
  }
  var matched = {}; // site -> the libraries' directives its element matches (again when more were declared)

  function matching(site, spec) {
    var m = matched[site];
    if (!m || m.count !== declared.length) {
      var names = Object.keys(spec.attrs).concat(Object.keys(spec.props), spec.name || []);
      m = matched[site] = { count: declared.length, found: [] };
      declared.forEach(function (D, n) {
        if (matches((D.__ng__ || {}).selector, spec.tag, names)) m.found.push(n);
      });
    }
    return m.found;
  }

  // the directive D on the element at `at` (its loop path and site) of loop item `path`: made on first sight (its
  // outputs the template listens to then run their handlers), then its inputs
  function place(at, D, spec, path, structural, element) {
    var entry = made[at];
    shown[at] = true;
    if (entry === undefined) {
      try {
        entry = made[at] = new Made(D, element.el, element.injector, structural ? new Views(mark) : null);
      } catch (e) {   // (its element then has none, and the view goes on, as the rest of the page does)
        core.ɵreportError(e);
        entry = made[at] = null;
      }
      if (entry) {
        fresh.push(entry);
        entry.listen();   // its window: and document: listeners
        listen(entry, spec.outputs || {}, path);
      }
    }
    if (!entry) return null;
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
    return entry;
  }

  // the app's directives the compiler found on an element (spec.own) and the libraries' its selectors match, on one
  // element and its injector, in which each may inject the others (ngx-leaflet's layers inject LeafletDirective)
  function placeAll(scope, site, spec, structural) {
    var at = scope.$p + '#' + site + '#';
    var found = (spec.own || []).map(function (i) { return [at + 'own' + i, def.directives[i]()]; })
      .concat(matching(site, spec).map(function (n) { return [at + n, declared[n]]; }));
    var element = elements[at];
    if (!element) {
      element = elements[at] = { el: elementRef({ tag: spec.tag, id: spec.id }) };
      element.injector = new core.Injector(found.map(function (d) {
        return { provide: d[1], useFactory: function () {
          var entry = made[d[0]] === undefined ? place(d[0], d[1], spec, scope.$p, structural, element) : made[d[0]];
          return entry ? entry.instance : null;
        } };
      }), host.injector, spec.tag);
    }
    element.keys = found.map(function (d) { return d[0]; });
    return found.map(function (d) { return place(d[0], d[1], spec, scope.$p, structural, element); });
  }

  // the directives made on the element at a site (the libraries' only: not the app's own, `#own<i>`)
  function madeAt(scope, site, librariesOnly) {
    var element = elements[scope.$p + '#' + site + '#'];
    return (element ? element.keys : []).filter(function (key) {
      return made[key] && !(librariesOnly && /#own\d+$/.test(key));
    }).map(function (key) { return made[key]; });
  }

  function listen(entry, outputs, path) {
    var fields = entry.meta.outputs || {};
    Object.keys(outputs).forEach(function (name) {
      var field = Object.keys(fields).filter(function (f) { return fields[f] === name; })[0] || name;
      var emitter = entry.instance[field];
      if (!emitter || typeof emitter.subscribe !== 'function') return;
      entry.subs.push(emitter.subscribe(function (value) {
        view.dispatch({ type: name, detail: value, currentTarget: { dataset: { h: outputs[name], p: path } } });
        view.markForCheck();
      }));
    });
  }

  // h.directive's spec: the element's tag and id (a canvas's); its attributes and the bindings nothing else took;
  // `own`, the app's directives the compiler found there (indexes of def.directives); and `outputs`, the handler of
  // each output of theirs the template listens to. h.directiveEvent: an event of the element that the directives
  // there listen to (@HostListener('click', ['$event'])). h.directiveOf: the app's directive there, whose host
  // bindings the view reads. h.structural: the directives of a `*name` on a template (made as h.directive makes them,
  // with its template and a ViewContainerRef; spec.name is the directive's own key) and the contexts of the views
  // they made of it, which the compiled template renders its content with.
  var h = {
    directive: function (scope, site, spec) { placeAll(scope, site, spec, false); },
    structural: function (scope, site, spec) {
      rendering = true;
      try {
        return placeAll(scope, site, spec, true).reduce(function (contexts, entry) {
          return entry ? contexts.concat(entry.views.list.map(function (ref) { return ref.context; })) : contexts;
        }, []);
      } finally {
        rendering = false;
      }
    },
    directiveOf: function (scope, site, index) {
      var entry = made[scope.$p + '#' + site + '#own' + index];
      return entry ? entry.instance : {};
    },
    // the classes ('class') or styles ('style') a library's directives there give their element (their host's
    // classAttribute or styleAttribute and properties such as 'class.on' or 'style.width.px')
    directiveHost: function (scope, site, kind) {
      var out = [];
      madeAt(scope, site, true).forEach(function (entry) {
        out.push((entry.meta.hostAttributes || {})[kind]);
        (entry.meta.hostBindings || []).forEach(function (b) {
          var name = b.target.slice(kind.length + 1), value = read(entry.instance, b.property), style = {};
          if (b.target.indexOf(kind + '.') !== 0) return;
          style[name] = value;
          out.push(kind === 'style' ? style : value ? name : '');
        });
      });
      return kind === 'class' ? out.filter(Boolean).join(' ') : out;
    },
    directiveEvent: function (scope, site, name, e) {
      madeAt(scope, site).forEach(function (entry) {
        (entry.meta.hostListeners || []).forEach(function (l) {
          if (l.event === name) entry.instance[l.method].apply(entry.instance, l.args ? l.args(e) : []);
        });
      });
    }
  };

  function destroy(keep) {
    Object.keys(made).forEach(function (key) {
      if (keep[key]) return;
      if (made[key]) {
        made[key].subs.forEach(function (sub) { sub.unsubscribe(); });
        made[key].hook('ngOnDestroy');
      }
      delete made[key];
      delete elements[key.slice(0, key.lastIndexOf('#') + 1)];
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
