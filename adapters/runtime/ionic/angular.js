// @ionic/angular (and /standalone, /common, /lazy, @ionic/core) in a mini program. Overlay controllers map
// onto wx UI: Alert → wx.showModal (or an action sheet past two buttons), Toast → wx.showToast, Loading →
// wx.showLoading, ActionSheet → wx.showActionSheet, Modal/Popover → the component's own page
// (docs/internals.md "Overlay pages"). Menus are state the template binds. Components are inert markers:
// the template compiler renders the ion-* elements.
var core = require('../angular/core.js');
var router = require('../angular/router.js');
var wxp = require('../wxp.js');
var rx = require('../rx.js');
var address = require('../address.js');
var dom = require('../dom.js');

// ---- platform and config
function systemInfo() {
  return wx.getSystemInfoSync();
}

function getPlatforms() {
  var s = systemInfo();
  var os = /android/i.test(s.system) ? 'android' : /ios/i.test(s.system) ? 'ios' : null;
  var tablet = Math.min(s.screenWidth, s.screenHeight) >= 600;
  // a mini program is an app shell around web code, as Capacitor is: 'hybrid', never 'mobileweb'
  if (!os) return ['desktop', 'hybrid'];
  return [os === 'ios' ? (/ipad/i.test(s.model) ? 'ipad' : 'iphone') : null, os, tablet ? 'tablet' : 'mobile', 'hybrid']
    .filter(Boolean);
}

function isPlatform() {
  return getPlatforms().indexOf(arguments[arguments.length - 1]) >= 0;
}

var settings = {};   // from provideIonicAngular(config) / IonicModule.forRoot(config)

function configure(config) {
  Object.assign(settings, config);
}

function Config() {}
Config.__ng__ = { kind: 'injectable', providedIn: 'root' };
Config.prototype.get = function (key, fallback) {
  if (key in settings) return settings[key];
  if (key === 'mode') return address.config().mode || 'md'; // the look the theme draws ([style] mode)
  return fallback === undefined ? null : fallback;
};
Config.prototype.getBoolean = function (key, fallback) {
  var v = this.get(key, fallback === undefined ? false : fallback);
  return typeof v === 'string' ? v === 'true' : !!v;
};
Config.prototype.getNumber = function (key, fallback) {
  var v = parseFloat(this.get(key, fallback));
  return isNaN(v) ? (fallback === undefined ? NaN : fallback) : v;
};
Config.prototype.set = function (key, value) {
  settings[key] = value;
};

function Platform() {
  this.backButton = new rx.Subject();   // WeChat owns the back gesture: never emits
  this.backButton.subscribeWithPriority = function (priority, fn) { return this.subscribe(fn); };
  this.keyboardDidShow = new rx.Subject();
  this.keyboardDidHide = new rx.Subject();
  this.pause = new rx.Subject();
  this.resume = new rx.Subject();
  this.resize = new rx.Subject();
  var self = this;
  wx.onAppHide(function () { self.pause.next(); core.ɵtick(); });
  wx.onAppShow(function () { self.resume.next(); core.ɵtick(); });
  if (wx.onWindowResize) wx.onWindowResize(function () { self.resize.next(); core.ɵtick(); });
  if (wx.onKeyboardHeightChange) {
    wx.onKeyboardHeightChange(function (res) {
      if (res.height > 0) self.keyboardDidShow.next({ keyboardHeight: res.height });
      else self.keyboardDidHide.next();
      core.ɵtick();
    });
  }
}
Platform.__ng__ = { kind: 'injectable', providedIn: 'root' };
Platform.prototype = Object.assign(Platform.prototype, {
  is: function (name) { return isPlatform(name); },
  platforms: getPlatforms,
  ready: function () { return Promise.resolve('dom'); },
  width: function () { return systemInfo().windowWidth; },
  height: function () { return systemInfo().windowHeight; },
  isLandscape: function () { return this.width() > this.height(); },
  isPortrait: function () { return !this.isLandscape(); },
  isRTL: false,
  url: function () { return address.location.href; },
  testUserAgent: function (s) { return dom.userAgent().indexOf(s) >= 0; },
  getQueryParam: function (key) {
    var m = new RegExp('[?&]' + key + '=([^&#]*)').exec(this.url());
    return m ? decodeURIComponent(m[1]) : null;
  }
});

// ---- overlays
var overlays = [];   // presented, last on top
var nextKey = 0;
var OK_LABEL = 'OK';

function plainText(html) {
  return html === undefined || html === null ? '' : String(html && html.value !== undefined ? html.value : html)
    .replace(/<[^>]*>/g, '');
}

// wx.showModal button labels hold 4 Chinese or 8 Latin characters
function fit(label) {
  var out = '', width = 0;
  for (var i = 0; i < label.length; i++) {
    width += label.charCodeAt(i) > 255 ? 2 : 1;
    if (width > 8) break;
    out += label[i];
  }
  return out;
}

function buttonsOf(options) {
  return (options.buttons || []).map(function (b) { return typeof b === 'string' ? { text: b } : b; });
}

class Overlay {
  constructor(options) {
    this.options = options || {};
    this._key = String(++nextKey);
    this.id = this.options.id || 'ion-overlay-' + this._key;
    var self = this;
    this._result = new Promise(function (resolve) { self._resolve = resolve; });
  }
  present() {
    var self = this;
    overlays.push(this);
    return new Promise(function (resolve) { resolve(self._show()); }).then(function () {}, function (e) {
      self._forget();
      throw e;
    });
  }
  // Runs a tapped button's handler(arg) and dismisses with (data, the button's role). As in Ionic, a handler
  // returning false keeps the overlay (so it is shown again) unless the button's role is 'cancel', whose
  // handler gets no argument. No button: the user backed out.
  _press(button, arg, data) {
    var self = this;
    var cancel = button && button.role === 'cancel';
    return Promise.resolve(button && button.handler ? button.handler(cancel ? undefined : arg) : undefined)
      .then(function (keep) {
        if (keep === false && !cancel) return self._show();
        return self._dismiss(data, button ? button.role : 'backdrop');
      });
  }
  dismiss(data, role) {
    if (this._done) return Promise.resolve(false);
    this._hide();
    return this._dismiss(data, role);
  }
  _dismiss(data, role) {
    if (this._done) return Promise.resolve(false);
    this._done = true;
    this._forget();
    this._resolve({ data: data, role: role });
    core.ɵtick();
    return Promise.resolve(true);
  }
  _forget() {
    if (overlays.indexOf(this) >= 0) overlays.splice(overlays.indexOf(this), 1);
  }
  // wx.showActionSheet of items (buttons or alert inputs; at most 6): picked(item), or backedOut()
  _sheet(title, items, picked, backedOut) {
    items = items.slice(0, 6);
    wxp('showActionSheet', { alertText: plainText(title), itemList: items.map(function (i) {
      return plainText(i.label || i.text);
    }) }).then(function (res) { return picked(items[res.tapIndex]); }, backedOut).catch(core.ɵreportError);
  }
  _hide() {}
  onWillDismiss() { return this._result; }
  onDidDismiss() { return this._result; }
}

// Alert: one or two buttons → wx.showModal (one text input → its editable field); more buttons, or radio/
// checkbox inputs → wx.showActionSheet (one choice). Handlers get Ionic's values; onDidDismiss gives
// { data: { values }, role }.
class Alert extends Overlay {
  _show() {
    var o = this.options;
    var buttons = buttonsOf(o);
    if (!buttons.length) buttons = [{ text: OK_LABEL }];
    var cancel = buttons.filter(function (b) { return b.role === 'cancel'; })[0];
    var others = buttons.filter(function (b) { return b !== cancel; });
    var inputs = o.inputs || [];
    var choices = inputs.filter(function (i) { return i.type === 'radio' || i.type === 'checkbox'; });
    var text = inputs.filter(function (i) { return choices.indexOf(i) < 0; })[0];
    var self = this;
    if (choices.length || others.length > 2) return this._choose(choices, others, cancel);
    if (!cancel && others.length === 2) cancel = others.shift();
    var message = [o.subHeader, o.message].filter(Boolean).map(plainText).join('\n');
    var options = { title: plainText(o.header), content: message, showCancel: !!cancel,
      confirmText: fit(plainText(others.length ? others[others.length - 1].text : OK_LABEL)) };
    if (cancel) options.cancelText = fit(plainText(cancel.text));
    if (text) {
      options.editable = true;
      options.content = text.value === undefined ? '' : String(text.value);
      options.placeholderText = text.placeholder || message;
    }
    wxp('showModal', options).then(function (res) {
      var values = text ? {} : undefined;
      if (text) values[text.name !== undefined ? text.name : 0] = res.content || '';
      var button = res.confirm ? others[others.length - 1] : cancel;
      return self._press(button, values, { values: values });
    }).catch(core.ɵreportError);
  }
  _choose(choices, buttons, cancel) {
    var self = this;
    this._sheet(this.options.header || this.options.message, choices.length ? choices : buttons, function (picked) {
      if (!choices.length) return self._press(picked, undefined, { values: undefined });
      var value = picked.type === 'checkbox' ? [picked.value] : picked.value;
      return self._press(buttons[buttons.length - 1], value, { values: value });
    }, function () {
      return self._press(cancel, undefined, { values: undefined });
    });
  }
}

class ActionSheet extends Overlay {
  _show() {
    var self = this;
    var buttons = buttonsOf(this.options);
    var cancel = buttons.filter(function (b) { return b.role === 'cancel'; })[0];
    this._sheet(this.options.header || this.options.subHeader, buttons.filter(function (b) { return b !== cancel; }),
      function (b) { return self._press(b, undefined, b.data); },
      function () { return self._press(cancel, undefined, cancel && cancel.data); });
  }
}

// Toast: wx.showToast has no buttons; a toast Ionic keeps until a button is tapped (duration 0) shows 3 s.
class Toast extends Overlay {
  _show() {
    var o = this.options;
    var self = this;
    var duration = o.duration > 0 ? o.duration : 3000;
    wx.showToast({ title: [o.header, o.message].filter(Boolean).map(plainText).join(' '), icon: 'none',
      duration: duration });
    this._timer = setTimeout(function () { self._dismiss(undefined, 'timeout'); }, duration);
  }
  _hide() {
    clearTimeout(this._timer);
    wx.hideToast({});
  }
}

class Loading extends Overlay {
  _show() {
    var self = this;
    wx.showLoading({ title: plainText(this.options.message), mask: true });
    if (this.options.duration > 0) {
      this._timer = setTimeout(function () { self.dismiss(undefined, 'timeout'); }, this.options.duration);
    }
  }
  _hide() {
    clearTimeout(this._timer);
    wx.hideLoading({});
  }
}

// Modal/Popover: the component's page, opened with ?__overlay=<key>; the host sets componentProps as
// inputs (overlayProps) and reports the page's unload (overlayClosed).
class PageOverlay extends Overlay {
  _show() {
    var C = this.options.component;
    var entry = (address.config().pages || []).filter(function (p) { return p.component() === C; })[0];
    if (!entry) {
      throw new Error((C && C.name) + ' has no page: ModalController/PopoverController open a component ' +
        'that pwa2wx emitted as a page (not one used as a child element)');
    }
    return wxp('navigateTo', { url: '/' + entry.path + '?__overlay=' + this._key });
  }
  _hide() {
    var pages = getCurrentPages();
    var top = pages[pages.length - 1];
    if (top && top.__overlay === this._key) wx.navigateBack({ delta: 1 });
  }
}
class Modal extends PageOverlay {}
class Popover extends PageOverlay {}

function overlayByKey(key) {
  return overlays.filter(function (o) { return o._key === String(key); })[0];
}

// host: the props to set on the page component opened for overlay `key`
function overlayProps(key) {
  var o = overlayByKey(key);
  return o ? o.options.componentProps || {} : null;
}

// host: the overlay's page unloaded (native back, or after dismiss)
function overlayClosed(key) {
  var o = overlayByKey(key);
  if (o) o._dismiss(undefined, 'backdrop');
}

function topOf(Kind, id) {
  var list = overlays.filter(function (o) { return o instanceof Kind && (!id || o.id === id); });
  return list[list.length - 1];
}

function controller(Kind) {
  function Controller() {}
  Controller.__ng__ = { kind: 'injectable', providedIn: 'root' };
  Controller.prototype.create = function (options) {
    return Promise.resolve(new Kind(options));
  };
  Controller.prototype.dismiss = function (data, role, id) {
    var o = topOf(Kind, id);
    return o ? o.dismiss(data, role) : Promise.resolve(false);
  };
  Controller.prototype.getTop = function () {
    return Promise.resolve(topOf(Kind));
  };
  return Controller;
}

var AlertController = controller(Alert);
var ActionSheetController = controller(ActionSheet);
var ToastController = controller(Toast);
var LoadingController = controller(Loading);
var ModalController = controller(Modal);
var PopoverController = controller(Popover);

function PickerController() {}
PickerController.__ng__ = { kind: 'injectable', providedIn: 'root' };
PickerController.prototype.create = function () {
  return Promise.reject(new Error('PickerController has no mini program form: use ion-select or ion-datetime'));
};

// NavParams: in a modal/popover page, its componentProps. One instance serves every page (providedIn root),
// so without explicit data it reads the overlay on top at each call.
function NavParams(data) {
  this._data = data;
}
NavParams.__ng__ = { kind: 'injectable', providedIn: 'root' };
Object.defineProperty(NavParams.prototype, 'data', {
  get: function () {
    var page = overlays.filter(function (o) { return o instanceof PageOverlay; }).pop();
    return this._data || (page && page.options.componentProps) || {};
  }
});
NavParams.prototype.get = function (key) {
  return this.data[key];
};

// ---- menus: { id, side, enabled, open } the template reads through menuState()
var menus = [];

function menuOf(ref, side) {
  var bySide = !ref || ref === 'start' || ref === 'end';
  var want = bySide ? ref || side || 'start' : side || 'start';
  var m = menus.filter(function (x) { return bySide ? x.side === want : x.id === ref; })[0] ||
    (!bySide && menus.filter(function (x) { return x.id === null && x.side === want; })[0]);
  if (!m) menus.push(m = { id: null, side: want, enabled: true, open: false });
  if (!bySide) m.id = ref;
  return m;
}

function menuState(menuId, side) {
  return menuOf(menuId, side);
}

function setMenu(m, key, value) {
  if (key === 'open' && value && !m.enabled) return Promise.resolve(false);
  m[key] = value;
  core.ɵtick();
  return Promise.resolve(true);
}

function MenuController() {}
MenuController.__ng__ = { kind: 'injectable', providedIn: 'root' };
MenuController.prototype = Object.assign(MenuController.prototype, {
  open: function (menu) { return setMenu(menuOf(menu), 'open', true); },
  close: function (menu) {
    if (menu) return setMenu(menuOf(menu), 'open', false);
    menus.forEach(function (m) { m.open = false; });
    core.ɵtick();
    return Promise.resolve(true);
  },
  toggle: function (menu) { var m = menuOf(menu); return setMenu(m, 'open', !m.open); },
  enable: function (should, menu) {
    var m = menuOf(menu);
    m.enabled = should !== false;
    if (!m.enabled) m.open = false;
    core.ɵtick();
    return Promise.resolve(m);
  },
  swipeGesture: function (should, menu) { return Promise.resolve(menuOf(menu)); },
  isOpen: function (menu) {
    return Promise.resolve(menu ? menuOf(menu).open : menus.some(function (m) { return m.open; }));
  },
  isEnabled: function (menu) { return Promise.resolve(menuOf(menu).enabled); },
  get: function (menu) { return Promise.resolve(menuOf(menu)); },
  getOpen: function () { return Promise.resolve(menus.filter(function (m) { return m.open; })[0]); },
  getMenus: function () { return Promise.resolve(menus.slice()); },
  isAnimating: function () { return Promise.resolve(false); },
  registerAnimation: function () {}
});

// ---- navigation: NavController and IonRouterOutlet on the router's module-level API
function back() {
  router.back();
  return Promise.resolve(true);
}

function NavController() {}
NavController.__ng__ = { kind: 'injectable', providedIn: 'root' };
NavController.prototype = Object.assign(NavController.prototype, {
  navigateForward: function (url, options) { return this._go(url, options, {}); },
  navigateBack: function (url, options) { return this._go(url, options, { back: true }); },
  navigateRoot: function (url, options) { return this._go(url, options, { root: true }); },
  back: function () { router.back(); },
  pop: back,
  setDirection: function () {},
  setTopOutlet: function () {},
  consumeTransition: function () { return { direction: 'auto', animation: undefined }; },
  _go: function (url, options, how) {
    var extras = Object.assign({}, options, how);
    if (typeof url !== 'string' || !extras.queryParams) return router.navigate(url, extras);
    var r = core.ɵroot.get(router.Router);   // a URL string with queryParams, as Ionic merges them
    var tree = r.parseUrl(url);
    tree.queryParams = Object.assign({}, extras.queryParams);
    return r.navigateByUrl(tree, extras);
  }
});

function IonRouterOutlet() {
  this.nativeEl = null;
  this.isActivated = true;
}
IonRouterOutlet.__ng__ = { kind: 'injectable', providedIn: 'root' };
IonRouterOutlet.prototype.canGoBack = function () { return getCurrentPages().length > 1; };
IonRouterOutlet.prototype.pop = back;

// IonTabs, which a tab page may inject from its tabs shell: select('tab2') opens that tab as its button does
function IonTabs() {}
IonTabs.__ng__ = { kind: 'injectable', providedIn: 'root' };
IonTabs.prototype.select = function (tab) {
  var entry = tabRoutes().filter(function (r) { return r.path.split('/').pop() === tab; })[0];
  return entry ? router.navigate('/' + entry.path) : Promise.resolve(false);
};
IonTabs.prototype.getSelected = function () {
  var page = getCurrentPages().slice(-1)[0];
  var entry = page && tabRoutes().filter(function (r) { return r.page === page.route; })[0];
  return entry ? entry.path.split('/').pop() : undefined;
};
function tabRoutes() {
  var config = address.config();
  return config.routes.filter(function (r) { return r.page && (config.tabs || []).indexOf(r.page) >= 0; });
}

// Angular route reuse: pages are WeChat pages, nothing is detached or reattached
function IonicRouteStrategy() {}
IonicRouteStrategy.__ng__ = { kind: 'injectable', providedIn: 'root' };
IonicRouteStrategy.prototype = Object.assign(IonicRouteStrategy.prototype, {
  shouldDetach: function () { return false; },
  shouldAttach: function () { return false; },
  store: function () {},
  retrieve: function () { return null; },
  shouldReuseRoute: function (future, curr) { return future.routeConfig === curr.routeConfig; }
});

// ---- modules and providers
function IonicModule() {}
IonicModule.__ng__ = { kind: 'ngmodule' };
IonicModule.forRoot = function (config) {
  configure(config);
  return { ngModule: IonicModule, providers: [] };
};

function provideIonicAngular(config) {
  configure(config);
  return { ɵproviders: [] };
}

// ---- animations, gestures, DOM scheduling: no DOM to animate; chainable no-ops
function createAnimation() {
  var a = new Proxy(function () {}, {
    get: function (t, key) {
      if (key === 'then') return undefined;
      if (key === 'play') return function () { return Promise.resolve(); };
      return function () { return a; };
    }
  });
  return a;
}
function createGesture() {
  return { enable: function () {}, destroy: function () {} };
}
function DomController() {}
DomController.__ng__ = { kind: 'injectable', providedIn: 'root' };
DomController.prototype.read = DomController.prototype.write = function (fn) { setTimeout(function () { fn(Date.now()); }, 0); };

function injectable(create) {
  function Service() {}
  Service.__ng__ = { kind: 'injectable', providedIn: 'root' };
  Service.prototype.create = create;
  return Service;
}

function IonicSafeString(value) {
  this.value = value;
}

module.exports = {
  AlertController: AlertController, ActionSheetController: ActionSheetController, ToastController: ToastController,
  LoadingController: LoadingController, ModalController: ModalController, PopoverController: PopoverController,
  PickerController: PickerController, MenuController: MenuController, NavController: NavController,
  NavParams: NavParams, Platform: Platform, Config: Config, IonRouterOutlet: IonRouterOutlet, IonTabs: IonTabs,
  IonicRouteStrategy: IonicRouteStrategy, IonicModule: IonicModule, provideIonicAngular: provideIonicAngular,
  DomController: DomController, AnimationController: injectable(createAnimation),
  GestureController: injectable(createGesture), createAnimation: createAnimation, createGesture: createGesture,
  iosTransitionAnimation: createAnimation, mdTransitionAnimation: createAnimation, IonicSafeString: IonicSafeString,
  IonicSlides: {}, getPlatforms: getPlatforms, isPlatform: isPlatform,
  menuController: new MenuController(),
  // for the host and the template compiler
  overlayProps: overlayProps, overlayClosed: overlayClosed, menuState: menuState
};

// Component and directive classes apps list in `imports`: inert (no metadata, so DI ignores them)
('IonAccordion IonAccordionGroup IonActionSheet IonAlert IonApp IonAvatar IonBackButton IonBackdrop IonBadge ' +
  'IonBreadcrumb IonBreadcrumbs IonButton IonButtons IonCard IonCardContent IonCardHeader IonCardSubtitle ' +
  'IonCardTitle IonCheckbox IonChip IonCol IonContent IonDatetime IonDatetimeButton IonFab IonFabButton IonFabList ' +
  'IonFooter IonGrid IonHeader IonIcon IonImg IonInfiniteScroll IonInfiniteScrollContent IonInput ' +
  'IonInputPasswordToggle IonItem IonItemDivider IonItemGroup IonItemOption IonItemOptions IonItemSliding IonLabel ' +
  'IonList IonListHeader IonLoading IonMenu IonMenuButton IonMenuToggle IonModal IonNav IonNavLink IonNote ' +
  'IonPicker IonPickerColumn IonPickerColumnOption IonPickerLegacy IonPopover IonProgressBar IonRadio ' +
  'IonRadioGroup IonRange IonRefresher IonRefresherContent IonReorder IonReorderGroup IonRippleEffect IonRouterLink ' +
  'IonRouterLinkWithHref IonRow IonSearchbar IonSegment IonSegmentButton IonSegmentContent IonSegmentView ' +
  'IonSelect IonSelectModal IonSelectOption IonSkeletonText IonSpinner IonSplitPane IonTab IonTabBar IonTabButton ' +
  'IonText IonTextarea IonThumbnail IonTitle IonToast IonToggle IonToolbar BooleanValueAccessor ' +
  'NumericValueAccessor SelectValueAccessor TextValueAccessor RouterLinkDelegate RouterLinkWithHrefDelegate ' +
  'IonMaxValidator IonMinValidator').split(' ').forEach(function (name) {
  module.exports[name] = function () {};
});
