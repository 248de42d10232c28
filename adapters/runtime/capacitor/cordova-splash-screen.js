// @awesome-cordova-plugins/splash-screen (and @ionic-native/splash-screen, in Ionic 4/5 starters): WeChat shows
// and hides its own launch screen, so show() and hide() do nothing.
function SplashScreen() {}
SplashScreen.__ng__ = { kind: 'injectable', providedIn: 'root' };
SplashScreen.prototype.show = SplashScreen.prototype.hide = function () {};

module.exports = { SplashScreen: SplashScreen };
