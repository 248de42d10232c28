'use strict';
// ion-menu drawers in the template: open while the menu controller says so (h.menuOpen), and the taps of
// ion-menu-toggle / ion-menu-button (h.menu). A view helper file (view.js createView): the compiled page requires
// it when its template has a menu.
var menus = require('../ionic/menus.js');

module.exports = function menuHelpers(view, host) {
  var h = {
    menu: function (action, id) {
      if (typeof host.menu === 'function') return host.menu(action, id || undefined);
      return menus.menuController[action](id || undefined);
    },
    menuOpen: function (id, side) { // an ion-menu drawer: open while the menu controller says so
      return menus.menuState(id || null, side).open;
    }
  };
  return { h: h };
};
