// @ionic/angular's Platform on wx's system info and app events.
var core = require('../angular/core/base.js');
var rx = require('../rx.js');
var address = require('../address.js');
var dom = require('../dom.js');

function systemInfo() {
  return wx.getSystemInfoSync();
}

function getPlatforms() {
  var s = systemInfo();
  var os = /android/i.test(s.system) ? 'android' : /ios/i.test(s.system) ? 'ios' : null;
  var tablet = Math.min(s.screenWidth, s.screenHeight) >= 600;
  // neither a native shell ('hybrid', 'capacitor', 'cordova': apps call native-only plugins there, which reject
  // here, as Capacitor.isNativePlatform() says) nor a browser ('mobileweb': apps offer their store app there)
  if (!os) return ['desktop'];
  return [os === 'ios' ? (/ipad/i.test(s.model) ? 'ipad' : 'iphone') : null, os, tablet ? 'tablet' : 'mobile']
    .filter(Boolean);
}

function isPlatform() {
  return getPlatforms().indexOf(arguments[arguments.length - 1]) >= 0;
}

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

module.exports = { Platform: Platform, getPlatforms: getPlatforms, isPlatform: isPlatform };
