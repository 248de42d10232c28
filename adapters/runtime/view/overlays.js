'use strict';
// Inline ion-modal / ion-popover (template/chrome.py overlay): shown while [isOpen] is true or once its trigger is
// tapped, until its backdrop or dismiss() closes it (one [isOpen] shows then stays closed until [isOpen] turns false,
// as Ionic's does); its present and dismiss events run the app's handlers (the page's hooks "overlay <site>
// <event>"). @ViewChild(IonModal) and (IonPopover) get their control. A view helper file (view.js createView): the
// compiled page requires it when its template has one.
var dom = require('../dom.js');

module.exports = function overlayHelpers(view, host, def, instance) {
  var state = {}; // site -> 'opened' by its trigger, or 'closed' while its [isOpen] is still true
  var shown = {}; // site -> whether the last render showed it

  function fire(site, type, detail) {
    var id = (def.hooks || {})['overlay ' + site + ' ' + type];
    if (id !== undefined) def.handlers[id](instance, view.scopes[''], { type: type, detail: detail || {} }, view.h);
  }

  function dismiss(site, data, role) {
    state[site] = state[site] === 'opened' ? '' : 'closed';
    fire(site, 'willDismiss', { data: data, role: role });
    fire(site, 'didDismiss', { data: data, role: role });
  }

  // @ViewChild(IonModal): dismiss(data, role) closes the shown ones; `el` is an inert element (modal.el.shadowRoot …)
  var control = {
    dismiss: function (data, role) {
      for (var site in shown) if (shown[site]) dismiss(site, data, role);
      view.markForCheck();
      return Promise.resolve(true);
    }
  };
  Object.defineProperty(control, 'el', { get: function () { return dom.element('ion-modal'); } });
  view.inlineOverlays = function () { return control; };

  var h = {
    overlayShown: function (site, isOpen) { // isOpen: its [isOpen] value (undefined without one)
      if (isOpen === false && state[site] === 'closed') state[site] = '';
      var now = state[site] === 'opened' || (!!isOpen && state[site] !== 'closed');
      if (now && !shown[site]) {
        Promise.resolve().then(function () {
          fire(site, 'willPresent');
          fire(site, 'didPresent');
          view.markForCheck();
        });
      }
      return (shown[site] = now);
    },
    overlay: function (action, site) { // its trigger was tapped (open) or its backdrop (close)
      if (action === 'open') state[site] = 'opened';
      else dismiss(site, undefined, 'backdrop');
    }
  };
  return { h: h };
};
