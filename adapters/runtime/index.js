'use strict';
// The host: Angular components, pages included, on WeChat's Component() constructor. It creates the
// component through DI, maps lifecycles, inputs (properties) and outputs (triggerEvent), and keeps
// the page's data in step with the component: render → diff → setData of the changed paths only.
require('./builtins.js');
var core = require('./angular/core/base.js');
var inputs = require('./angular/core/inputs.js');
var router = require('./angular/router.js');
var view = require('./view.js');
var dom = require('./dom.js');
var crypto = require('./crypto.js');
var overlayStack = require('./ionic/overlay-stack.js');

function settle(r) {
  if (r && typeof r.then === 'function') {
    r.then(core.ɵtick, function (e) {
      core.ɵreportError(e);
      core.ɵtick();
    });
  }
}

// One Angular component instance behind one WeChat component instance (`wxThis`). The app shell's
// menu (`def.shell`) is drawn on every page from the one root component bootstrap created: its
// lifecycle hooks ran there, once.
function Host(wxThis, def, parent, providers) {
  var C = def.component();
  var app = def.shell ? core.ɵroot.get(core.ApplicationRef) : null;
  this.shared = app && app.components[0] instanceof C ? app.components[0] : null;
  this.meta = C.__ng__ || {};
  this.wx = wxThis;
  this.hidden = false;
  this.seen = {};
  this.subs = [];
  var self = this;
  this.injector = new core.Injector([
    this.meta.providers ? this.meta.providers() : [],
    { provide: core.ChangeDetectorRef, useValue: new core.ChangeDetectorRef(this) },
    { provide: core.ElementRef, useValue: new core.ElementRef(null) },
    { provide: C, useFactory: function () { return self.instance; } }   // children may inject their parent
  ].concat(providers), parent, C.name);
  this.instance = this.shared || this.injector.ɵconstruct(C);
  this.view = view.createView(def, this.instance, {
    markForCheck: core.ɵtick,
    createPipe: function (P) { return self.injector.ɵconstruct(P); }
  });
  wxThis.__ng = this;
  core.ɵattachView(this);
  this.listen();
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
        settle(inst[l.method].apply(inst, (l.args || []).map(function (a) { return a === '$event' ? e : undefined; })));
      } catch (err) {
        core.ɵreportError(err);
      }
      core.ɵtick();
    };
    target.addEventListener(m[2], fn);
    subs.push({ unsubscribe: function () { target.removeEventListener(m[2], fn); } });
  });
};

// ngOnInit and the first render, then the children that waited for this component's injector
Host.prototype.start = function () {
  if (!this.shared) this.hook('ngOnInit');
  this.detect();
  this.started = true;
  (this.wx.__waiting || []).splice(0).forEach(function (fn) { fn(); });
};

Host.prototype.hook = function (name, arg) {
  var fn = this.instance[name];
  if (typeof fn !== 'function') return;
  try {
    settle(fn.call(this.instance, arg));
  } catch (e) {
    core.ɵreportError(e);
  }
};

Host.prototype.detect = function () {
  if (this.destroyed) return;
  try {
    if (this.instance.ngDoCheck) this.instance.ngDoCheck();
    var patch = this.view.update();
    this.queries();
    if (patch) this.wx.setData(patch);
  } catch (e) {
    core.ɵreportError(e);
    return;
  }
  if (!this.viewInit) {
    this.viewInit = true;
    if (!this.shared) {
      this.hook('ngAfterContentInit');
      this.hook('ngAfterViewInit');
    }
  }
};

// @ViewChild('ref') fields: the template reference of that name from the last render
Host.prototype.queries = function () {
  var q = this.meta.queries || {}, refs = this.view.refs, inst = this.instance;
  Object.keys(q).forEach(function (f) {
    var ref = typeof q[f].selector === 'string' ? refs[q[f].selector] : undefined;
    if (ref) inst[f] = q[f].first ? ref : [ref];
  });
};

// A WXML event: run the Angular handler, then check every visible view as zone.js would.
Host.prototype.event = function (e) {
  var v = this.view;
  this.run(function () { return v.dispatch(e); });
};

Host.prototype.run = function (fn) {
  var r;
  try {
    r = fn();
  } catch (err) {
    core.ɵreportError(err);
  }
  core.ɵroot.get(core.ApplicationRef).tick();
  settle(r);
};

// changes: { field: value } -> inputs written (signal inputs through their setter), then ngOnChanges
Host.prototype.inputs = function (changes) {
  var inst = this.instance, seen = this.seen, declared = this.meta.inputs || {}, simple = {};
  Object.keys(changes).forEach(function (f) {
    var cur = inst[f], v = changes[f], prev;
    if (declared[f] && declared[f].transform) v = declared[f].transform(v);
    if (inputs.ɵisInput(cur)) {
      prev = cur();
      inputs.ɵsetInput(cur, v);
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
  var inst = this.instance, wxThis = this.wx, names = {};
  Object.keys(this.meta.outputs || {}).forEach(function (f) { names[f] = this.meta.outputs[f]; }, this);
  Object.keys(inst).forEach(function (f) {
    var v = inst[f];
    if (v instanceof inputs.OutputEmitterRef) names[f] = v.alias || f;
    else if (inputs.ɵisInput(v) && v.subscribe) names[f] = f + 'Change';
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

function guarded(fn) {
  try {
    fn();
  } catch (e) {
    core.ɵreportError(e);
  }
}

// The components of the outlets a page is in, which Angular lets a routed component inject: the bootstrapped
// root and the page's tabs shells (one instance each: a tabs page outlives its tabs).
var outletComponents = new Map();
function outletInjector(def) {
  var root = core.ɵroot.get(core.ApplicationRef).components[0];
  var providers = root ? [{ provide: root.constructor, useValue: root }] : [];
  (def.ancestors ? def.ancestors() : []).forEach(function (C) {
    providers.push({ provide: C, useFactory: function () {
      if (!outletComponents.has(C)) {
        var shell = core.ɵroot.ɵconstruct(C);
        outletComponents.set(C, shell);
        if (typeof shell.ngOnInit === 'function') shell.ngOnInit();
      }
      return outletComponents.get(C);
    } });
  });
  return new core.Injector(providers, core.ɵroot, 'outlets');
}

function startPage(wxThis, def, query) {
  var overlay = query.__overlay;
  if (overlay) {
    query = Object.assign({}, query);
    delete query.__overlay;
    wxThis.__overlay = overlay;
  }
  var state = router.ɵstateFor(def.route, query);
  function create() {
    guarded(function () {
      var route = new router.ActivatedRoute(state);
      var host = new Host(wxThis, def, outletInjector(def), [{ provide: router.ActivatedRoute, useValue: route }]);
      host.state = state;
      host.route = route;
      state.component = host.instance;
      if (core.ɵroot.get(router.ɵBIND_INPUTS, false)) host.inputs(routeInputs(host.meta, state));
      if (overlay) host.inputs(overlayStack.overlayProps(overlay) || {});  // ModalController's componentProps, before ngOnInit
      host.start();
      if (wxThis.__shown) host.show();
    });
  }
  if (state.direct) router.ɵcheck(state).then(function (ok) { if (ok) create(); }, core.ɵreportError);
  else create();
}

// withComponentInputBinding(): route params, query params and data set same-named inputs
function routeInputs(meta, state) {
  var values = Object.assign({}, state.queryParams, state.params, state.data), out = {};
  Object.keys(meta.inputs || {}).forEach(function (f) {
    var name = meta.inputs[f].alias || f;
    if (name in values) out[f] = values[name];
  });
  return out;
}

// ion-refresher / ion-infinite-scroll handlers on the page events
function hookMethod(name) {
  return function () {
    var host = this.__ng;
    if (host) host.run(function () { return host.view.hook(name); });
  };
}

function onEvent(e) {
  if (this.__ng) this.__ng.event(e);
}

function page(def) {
  var methods = {
    onLoad: function (query) {
      var self = this;
      core.ɵwhenReady(function () { startPage(self, def, query || {}); });
    },
    onShow: function () {
      this.__shown = true;
      if (this.__ng) this.__ng.show();
    },
    onHide: function () {
      this.__shown = false;
      if (this.__ng) this.__ng.leave();
    },
    onUnload: function () {
      var host = this.__ng;
      if (host && this.__shown) host.leave();
      if (host) host.destroy();
      if (this.__overlay) overlayStack.overlayClosed(this.__overlay);  // native back dismisses the overlay
    },
    $on: onEvent
  };
  var hooks = def.hooks || {};
  if (hooks.pullDownRefresh != null) methods.onPullDownRefresh = hookMethod('pullDownRefresh');
  if (hooks.reachBottom != null) methods.onReachBottom = hookMethod('reachBottom');
  Component({ data: {}, methods: methods });
}

// The WeChat property of an input: WXML attributes take no `$` (the compiler's input_attribute writes the same)
function propertyName(input) {
  return input.replace(/\$/g, '_');
}

function component(def) {
  var C;
  try {
    C = def.component();
  } catch (e) {
    // its module threw while loading: reported, and the element shows its template's static part only, so
    // the page holding it still opens
    core.ɵreportError(e);
    Component({ options: { multipleSlots: true }, data: {}, methods: { $on: onEvent } });
    return;
  }
  var meta = C.__ng__ || {};
  var inputs = meta.inputs || {};
  var properties = {};
  Object.keys(inputs).forEach(function (f) {
    properties[propertyName(inputs[f].alias || f)] = {
      type: null,
      value: null,
      observer: function (v) {
        var host = this.__ng;
        if (!host) return;   // before attached: the initial values are read there
        var batch = host.pending;
        if (!batch) {
          batch = host.pending = {};
          // WeChat calls one observer per property: gather them into one ngOnChanges
          Promise.resolve().then(function () {
            host.pending = null;
            if (host.destroyed) return;
            host.inputs(batch);
            host.detect();
          });
        }
        batch[f] = view.resolveProp(v);
      }
    };
  });
  Component({
    options: { multipleSlots: true },
    properties: properties,
    data: {},
    lifetimes: {
      attached: function () {
        var self = this;
        core.ɵwhenReady(function () { startComponent(self, def, inputs); });
      },
      detached: function () {
        if (this.__ng) this.__ng.destroy();
      }
    },
    pageLifetimes: {
      show: function () {
        if (!this.__ng) return;
        this.__ng.hidden = false;
        this.__ng.detect();
      },
      hide: function () {
        if (this.__ng) this.__ng.hidden = true;
      }
    },
    methods: { $on: onEvent }
  });
}

// Children get their injector from the component whose WXML holds them (selectOwnerComponent),
// waiting for it when that one is not created yet.
function startComponent(wxThis, def, inputs) {
  var owner = wxThis.selectOwnerComponent ? wxThis.selectOwnerComponent() : null;
  if (owner && !(owner.__ng && owner.__ng.started)) {
    (owner.__waiting = owner.__waiting || []).push(function () { startComponent(wxThis, def, inputs); });
    return;
  }
  guarded(function () {
    var host = new Host(wxThis, def, owner ? owner.__ng.injector : core.ɵroot, []);
    var initial = {};
    Object.keys(inputs).forEach(function (f) {
      var v = view.resolveProp(wxThis.data[propertyName(inputs[f].alias || f)]);
      if (v !== null && v !== undefined) initial[f] = v;
    });
    host.outputs();
    host.inputs(initial);
    host.start();
    var ref = wxThis.dataset && wxThis.dataset.ref;
    if (ref && owner) {
      owner.__ng.view.children[ref] = host.instance;
      core.ɵtick();   // the owner's template may read it
    }
  });
}

function app(config) {
  // the login adapter installs its request hook before anything can send a request
  if (config.login && config.login.backend !== 'none') require('../login/index.js').start(config.login);
  App({
    onLaunch: function () {
      // secure random bytes first (crypto.getRandomValues is synchronous, wx.getRandomValues is not), then the app
      core.ɵlaunch(crypto.seed, function () {
        guarded(function () { if (config.bootstrap) config.bootstrap(); });
        guarded(dom.loaded);
      });
    }
  });
}

module.exports = { app: app, page: page, component: component };
