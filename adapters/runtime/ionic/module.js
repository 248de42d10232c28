// IonicModule, provideIonicAngular and IonicRouteStrategy: what an app's root module or bootstrap names.
var configure = require('./config.js').configure;

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

module.exports = {
  IonicModule: IonicModule, provideIonicAngular: provideIonicAngular, IonicRouteStrategy: IonicRouteStrategy
};
