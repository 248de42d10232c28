'use strict';
// The host: one Angular component, a page or not, behind one WeChat component instance. It creates the component
// through DI, maps lifecycles, inputs (properties) and outputs (triggerEvent), and keeps the data in step with the
// component: render → diff → setData of the changed paths only. index.js registers pages on it, component.js
// custom components.
var core = require('./angular/core/base.js');
var signalInputs = require('./angular/core/inputs.js');
var router = require('./angular/router.js');
var view = require('./view.js');
var dom = require('./dom.js');

var guarded = core.ɵguarded;

function settle(r) {
  if (r && typeof r.then === 'function') {
    r.then(core.ɵtick, function (e) {
      core.ɵreportError(e);
      core.ɵtick();
    });
  }
}

// One Angular component instance behind one WeChat component instance (`wxThis`). The app shell's
// menu (`def.shell`) is drawn on every page from the one root component bootstrap created, and a layout
// (`def.layout`) from the one its pages' outlet injector made: their lifecycle hooks ran there, once.
function Host(wxThis, def, parent, providers) {
  var C = def.component();
  var app = def.shell ? core.ɵroot.get(core.ApplicationRef) : null;
  this.shared = app && app.components[0] instanceof C ? app.components[0] : def.layout ? parent.get(C) : null;
  this.meta = core.ɵmeta(C);
  var queries = this.meta.queries || {};
  // a @ViewChild of a child component's class, read again as such a child starts (component.js)
  this.queriesByClass = Object.keys(queries).some(function (f) {
    return ofChildClass(queries[f].selector, queries[f].content);
  });
  this.wx = wxThis;
  this.hidden = false;
  this.seen = {};
  this.lists = {}; // @ViewChildren's lists, by field
  this.subs = [];
  var self = this;
  var directives = hostDirectives(this.meta, []);
  this.injector = new core.Injector([
    directives.map(function (D) {
      var meta = core.ɵmeta(D);
      return [meta.providers ? meta.providers() : [], { provide: D, useClass: D }];
    }),
    this.meta.providers ? this.meta.providers() : [],
    { provide: core.ChangeDetectorRef, useValue: new core.ChangeDetectorRef(this) },
    // its host element: an inert one of the document stub, as the elements #refs give (view/refs.js)
    { provide: core.ElementRef, useValue: new core.ElementRef(dom.hostElement(this.meta.selector)) },
    { provide: core.ViewContainerRef, useClass: core.ViewContainerRef },
    { provide: C, useFactory: function () { return self.instance; } }   // children may inject their parent
  ].concat(providers), parent, C.name);
  directives.forEach(function (D) { self.injector.get(D); });
  this.instance = this.shared || this.injector.ɵconstruct(C);
  this.view = view.createView(def, this.instance, {
    markForCheck: core.ɵtick,
    injector: this.injector   // what makes the template's pipes and directives
  });
  wxThis.__ng = this;
  core.ɵattachView(this);
  this.listen();
}

// A component's hostDirectives (and theirs), as Angular applies them to its host element: their providers join the
// component's injector (its own providers win), and each is created once, before the component, which may inject
// it. Their host bindings and lifecycle hooks are not run.
function hostDirectives(meta, out) {
  (meta.hostDirectives ? meta.hostDirectives() : []).forEach(function (entry) {
    var D = core.resolveForwardRef(entry && entry.directive || entry);
    if (typeof D !== 'function' || out.indexOf(D) >= 0) return;
    hostDirectives(D.__ng__ || {}, out);
    out.push(D);
  });
  return out;
}

// @HostListener('window:…' / 'document:…'): the runtime's window and document (dom.js) are the
// targets; listeners on the host element itself are compiled into the template.
Host.prototype.listen = function () {
  var inst = this.instance, subs = this.subs;
  (this.meta.hostListeners || []).forEach(function (l) {
    var m = /^(window|document):(.+)$/.exec(l.event);
    if (!m) return;
    var target = dom[m[1]];
    var fn = function (e) {
      try {
        settle(inst[l.method].apply(inst, l.args ? l.args(e) : []));   // (script/ngmeta.py _listener)
      } catch (err) {
        core.ɵreportError(err);
      }
      core.ɵtick();
    };
    target.addEventListener(m[2], fn);
    subs.push({ unsubscribe: function () { target.removeEventListener(m[2], fn); } });
  });
};

// ngOnInit and the first render, then the children that waited for this component's injector, once that render is
// applied (setData's callback): their ngOnInit reads the inputs it binds
Host.prototype.start = function () {
  this.queries();   // what a query gets without a render ({ static: true } queries of Ionic's classes), for ngOnInit
  if (!this.shared) this.hook('ngOnInit');
  var self = this;
  this.detect(function () {
    self.started = true;
    (self.wx.__waiting || []).splice(0).forEach(function (fn) { fn(); });
  });
};

Host.prototype.hook = function (name, arg) {
  var inst = this.instance, fn = inst[name];
  if (typeof fn === 'function') guarded(function () { settle(fn.call(inst, arg)); });
};

// rendered: called once the view has its data (after setData's callback when there was a change)
Host.prototype.detect = function (rendered) {
  if (this.destroyed) return;
  var patch = null;
  try {
    if (this.instance.ngDoCheck) this.instance.ngDoCheck();
    patch = this.view.update();
    this.queries();
    if (patch) this.wx.setData(patch, rendered);
    if (this.view.error) throw this.view.error;
  } catch (e) {
    core.ɵreportError(e);
    if (rendered && !patch) rendered();
    return;
  }
  if (!patch && rendered) rendered();
  if (!this.viewInit) {
    this.viewInit = true;
    if (!this.shared) {
      this.hook('ngAfterContentInit');
      this.hook('ngAfterViewInit');
    }
  }
};

// The decorator queries' fields (@ViewChild, @ViewChildren …): what ɵfind finds, before ngOnInit and after each render
Host.prototype.queries = function () {
  var q = this.meta.queries || {}, inst = this.instance, host = this;
  Object.keys(q).forEach(function (f) {
    var query = q[f], found = host.ɵfind(query.selector, query.content);
    // a { static: true } query of a template reference, read in ngOnInit: the element the first render will give it
    if (!found.length && query.static && typeof query.selector === 'string' && !host.view.last && host.view.staticRef) {
      found = [host.view.staticRef(query.selector)];
    }
    if (query.first) {
      if (found.length) inst[f] = found[0];
    } else if (found.length || !query.content) {   // @ViewChildren matching nothing is an empty list, as Angular's
      inst[f] = host.queryList(f, found);
    }
  });
};

// What a query of this view finds (decorator and signal queries): a template reference, the Ionic part the runtime
// answers for (ionic/*.js), or the started child components of a class
Host.prototype.ɵfind = function (selector, content) {
  if (typeof selector === 'string') {
    var all = this.view.refLists && this.view.refLists[selector];
    return all ? all.slice() : this.view.refs[selector] ? [this.view.refs[selector]] : [];
  }
  if (selector && typeof selector.ɵquery === 'function') return [selector.ɵquery(this)].filter(Boolean);
  if (ofChildClass(selector, content)) {
    return this.view.owned.filter(function (c) { return c instanceof selector; });
  }
  return [];
};

// a view query of a child component's class (not an Ionic class the runtime answers for, not a content query)
function ofChildClass(selector, content) {
  return typeof selector === 'function' && typeof selector.ɵquery !== 'function' && !content;
}

// @ViewChildren's QueryList, as code reads it: one per field, refilled by each render, whose `changes` emits when
// what it holds changed after the first
Host.prototype.queryList = function (field, items) {
  var list = this.lists[field];
  if (!list) {
    list = this.lists[field] = [];
    list.changes = new core.EventEmitter();
    list.toArray = function () { return list.slice(); };
    list.get = function (i) { return list[i]; };
  }
  var changed = list.length !== items.length || items.some(function (item, i) { return item !== list[i]; });
  list.splice.apply(list, [0, list.length].concat(items));
  list.first = list[0];
  list.last = list[list.length - 1];
  if (changed && this.view.last) {
    list.changes.emit(list);
    core.ɵtick();   // what its subscribers changed shows, as Angular checks again after a view's queries change
  }
  return list;
};

// A WXML event: run the Angular handler, then check every visible view as zone.js would.
Host.prototype.event = function (e) {
  var v = this.view;
  this.run(function () { return v.dispatch(e); });
};

Host.prototype.run = function (fn) {
  var r;
  guarded(function () { r = fn(); });
  core.ɵroot.get(core.ApplicationRef).tick();
  settle(r);
};

// changes: { field: value } -> inputs written (signal inputs through their setter), then ngOnChanges
Host.prototype.inputs = function (changes) {
  var inst = this.instance, seen = this.seen, declared = this.meta.inputs || {}, simple = {};
  Object.keys(changes).forEach(function (f) {
    var cur = inst[f], v = changes[f], prev;
    if (declared[f] && declared[f].transform) v = declared[f].transform(v);
    if (signalInputs.ɵisInput(cur)) {
      prev = cur();
      signalInputs.ɵsetInput(cur, v);
    } else {
      prev = cur;
      inst[f] = v;
    }
    simple[f] = new core.SimpleChange(seen[f] ? prev : undefined, v, !seen[f]);
    seen[f] = true;
  });
  if (Object.keys(simple).length) this.hook('ngOnChanges', simple);
};

// @Output()/output()/model() fields -> triggerEvent(public name, value)
Host.prototype.outputs = function () {
  var inst = this.instance, wxThis = this.wx, names = Object.assign({}, this.meta.outputs);
  Object.keys(inst).forEach(function (f) {
    var v = inst[f];
    if (v instanceof signalInputs.OutputEmitterRef) names[f] = v.alias || f;
    else if (signalInputs.ɵisInput(v) && v.subscribe) names[f] = f + 'Change';
  });
  Object.keys(names).forEach(function (f) {
    if (inst[f] && inst[f].subscribe) {
      this.subs.push(inst[f].subscribe(function (v) { wxThis.triggerEvent(names[f], v); }));
    }
  }, this);
};

Host.prototype.show = function () {
  this.hidden = false;
  var tab = this.state && this.state.page && router.ɵtabState(this.state.page);
  if (tab) {
    tab.component = this.instance;
    this.state = tab;
    this.route.ɵupdate(tab);
  }
  if (this.state) router.ɵenter(this.state);
  this.hook('ionViewWillEnter');
  this.detect();
  core.ɵtick();
  // Ionic fires it when the page's transition has finished, a frame later at the soonest: work the page
  // started in ngOnInit or willEnter (opening storage) has had its microtasks by then
  var self = this;
  setTimeout(function () {
    if (self.hidden || self.destroyed) return;
    self.hook('ionViewDidEnter');
    core.ɵtick();
  }, 0);
};

Host.prototype.leave = function () {
  this.hook('ionViewWillLeave');
  this.hook('ionViewDidLeave');
  this.hidden = true;
};

Host.prototype.destroy = function () {
  if (this.destroyed) return;
  this.destroyed = true;
  core.ɵdetachView(this);
  this.subs.forEach(function (s) { s.unsubscribe(); });
  if (!this.shared) this.hook('ngOnDestroy');
  this.view.destroy();
  this.injector.destroy();
};

function onEvent(e) {
  if (this.__ng) this.__ng.event(e);
}

module.exports = { Host: Host, guarded: guarded, onEvent: onEvent };
