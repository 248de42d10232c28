'use strict';
// The app and its pages on WeChat's App() and Component() constructors: the host (host.js) behind each page, with
// the page's route state, the overlay a modal opened it for, and WeChat's page events.
require('./builtins.js');
var core = require('./angular/core/base.js');
var router = require('./angular/router.js');
var dom = require('./dom.js');
var crypto = require('./crypto.js');
var overlayStack = require('./ionic/overlay-stack.js');
var hosts = require('./host.js');

var Host = hosts.Host, guarded = hosts.guarded, onEvent = hosts.onEvent;

// The injectors of the NgModules loadChildren loaded on the way to a page: their providers and their imports',
// one injector per module, as Angular keeps one per lazy load, each the child of the one above it.
var moduleInjectors = new Map();
function moduleInjector(def) {
  return (def.modules ? def.modules() : []).reduce(function (parent, M) {
    if (!moduleInjectors.has(M)) moduleInjectors.set(M, new core.Injector([M], parent, M.name).ɵcreateEager());
    return moduleInjectors.get(M);
  }, core.ɵroot);
}

// The components of the outlets a page is in, which Angular lets a routed component inject: the bootstrapped
// root and the page's tabs shells (one instance each: a tabs page outlives its tabs), and the root's providers.
var outletComponents = new Map();
function outletInjector(def) {
  var app = core.ɵroot.get(core.ApplicationRef), root = app.components[0], own = app.ɵrootProviders;
  var providers = root ? [{ provide: root.constructor, useValue: root }] : [];
  if (own) own.records.forEach(function (rec, token) {   // the instances the root was given
    providers.push({ provide: token, useFactory: function () { return own.get(token); } });
  });
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
  return new core.Injector(providers, moduleInjector(def), 'outlets');
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
      // a page whose ion-content sends scroll events has its own IonContent (ionic/content.js)
      var content = def.content ? new def.content.IonContent() : null;
      var host = router.ɵbuild(state, function () {
        return new Host(wxThis, def, outletInjector(def), [{ provide: router.ActivatedRoute, useValue: route }]
          .concat(content ? [{ provide: def.content.IonContent, useValue: content }] : [])
          .concat(overlay ? overlayStack.overlayProviders(overlay) : []));
      });
      host.state = state;
      host.route = route;
      host.content = content;
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

// ion-content's scroll events (`scroll`: ionic/page-scroll.js, which the page requires): its IonContent's emitters
// and its template's handlers hear them
function pageScroll(scroll) {
  return function (e) {
    var host = this.__ng;
    if (!host) return;
    scroll.scrolled(host.content, e.scrollTop, function (hook, event) {
      host.run(function () {
        host.content[event.type].emit(event);
        return host.view.hook(hook, event);
      });
    });
  };
}

function page(def) {
  var methods = {
    onLoad: function (query) {
      var self = this;
      core.ɵwhenReady(function () { startPage(self, def, query || {}); });
    },
    onShow: function () {
      this.__shown = true;
      var tabBar = typeof this.getTabBar === 'function' ? this.getTabBar() : null;
      if (tabBar && tabBar.follow) tabBar.follow();   // a tab page's custom tab bar selects its tab (output/tabbar.py)
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
  if (hooks.scroll != null) methods.onPageScroll = pageScroll(def.content);
  Component({ data: {}, methods: methods });
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

module.exports = { app: app, page: page };
