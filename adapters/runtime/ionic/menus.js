// @ionic/angular's MenuController: menus are state ({ id, side, enabled, open }) the template binds
// through menuState().
var core = require('../angular/core/base.js');

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

module.exports = { MenuController: MenuController, menuController: new MenuController(), menuState: menuState };
