// @ionic/angular's overlay controllers on wx UI: Alert → wx.showModal (or an action sheet past two buttons),
// Toast → wx.showToast, Loading → wx.showLoading, ActionSheet → wx.showActionSheet, Modal/Popover → the
// component's own page (docs/internals.md "Overlay pages").
var core = require('../angular/core/base.js');
var wxp = require('../wxp.js');
var address = require('../address.js');
var overlayStack = require('./overlay-stack.js');
var overlays = overlayStack.overlays;   // presented, last on top

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
    return wxp('navigateTo', { url: pageUrl(this.options.component, this._key) });
  }
  _hide() { // its page, and any an ion-nav in it pushed above
    var pages = getCurrentPages(), key = this._key;
    var at = pages.map(function (p) { return p.__overlay; }).lastIndexOf(key);
    if (at >= 0) wx.navigateBack({ delta: pages.length - at });
  }
}
class Modal extends PageOverlay {}
class Popover extends PageOverlay {}
class NavPage extends PageOverlay {}

function pageUrl(C, key) {
  var entry = (address.config().pages || []).filter(function (p) {
    try {
      return p.component() === C;
    } catch (e) {
      return false;   // a page of a subpackage not loaded yet: C, which the caller holds, is not its component
    }
  })[0];
  if (!entry) {
    throw new Error((C && C.name) + ' has no page: ModalController, PopoverController and IonNav open a component ' +
      'that pwa2wx emitted as a page (not one used as a child element)');
  }
  return '/' + entry.path + '?__overlay=' + key;
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
  Controller.prototype._open = function (options) { return new Kind(options); };   // MatDialog's (material/dialog.js)
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

// IonNav (an ion-nav's stack) on the page stack: push opens the component's page as a modal opens its own;
// setRoot, and <ion-nav [root]> (view/nav.js), put it in place of the top page, which keeps the overlay it
// stands for (a modal holding only an ion-nav is dismissed from its root page).
function IonNav() {}
IonNav.__ng__ = { kind: 'injectable', providedIn: 'root' };
IonNav.prototype.push = function (component, componentProps) {
  return new NavPage({ component: component, componentProps: componentProps }).present().then(function () {
    return true;
  });
};
IonNav.prototype.pop = function () {
  wx.navigateBack({ delta: 1 });
  return Promise.resolve(true);
};
IonNav.prototype.setRoot = function (component, componentProps) {
  var pages = getCurrentPages(), top = pages[pages.length - 1];
  var owner = top && overlayStack.overlayByKey(top.__overlay);
  var o = owner || new NavPage({});
  o.options = Object.assign({}, o.options, { componentProps: componentProps || {} });
  if (owner) owner._moving = true;   // overlay-stack.js: the unload of the page it leaves does not dismiss it
  else overlays.push(o);
  return new Promise(function (resolve) { resolve(wxp('redirectTo', { url: pageUrl(component, o._key) })); })
    .then(function () { return true; });
};
IonNav.prototype.canGoBack = function () { return Promise.resolve(getCurrentPages().length > 1); };

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

module.exports = {
  AlertController: AlertController, ActionSheetController: ActionSheetController, ToastController: ToastController,
  LoadingController: LoadingController, ModalController: ModalController, PopoverController: PopoverController,
  PickerController: PickerController, NavParams: NavParams, IonNav: IonNav
};
