// @ionic/angular's NavController, IonRouterOutlet and IonTabs on the router's module-level API.
var core = require('../angular/core/base.js');
var router = require('../angular/router.js');
var address = require('../address.js');

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
// @ViewChild(IonRouterOutlet): the app's one outlet, WeChat's page stack (host.js queries)
IonRouterOutlet.ɵquery = function (host) { return host.injector.get(IonRouterOutlet); };
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
module.exports = { NavController: NavController, IonRouterOutlet: IonRouterOutlet, IonTabs: IonTabs };
