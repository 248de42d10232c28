// @capacitor/splash-screen: WeChat shows and hides its own launch screen; both calls are no-ops.
var done = function () { return Promise.resolve(); };

module.exports = { SplashScreen: { show: done, hide: done } };
