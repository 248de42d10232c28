'use strict';
// <ion-nav [root]="C">: the page gives its place to C's own page (IonNav.setRoot), once per root. A view helper
// file (view.js createView): the compiled page requires it when its template has an ion-nav.
var overlays = require('../ionic/overlays.js');
var core = require('../angular/core/base.js');

module.exports = function navHelpers() {
  var shown = null;
  var h = {
    navRoot: function (component, params) {
      if (typeof component !== 'function' || component === shown) return;
      shown = component;
      setTimeout(function () {   // after this render: the page is on top when it is replaced
        overlays.IonNav.prototype.setRoot(component, params || undefined).catch(core.ɵreportError);
      }, 0);
    }
  };
  return { h: h };
};
