// @awesome-cordova-plugins/geolocation (and @ionic-native/geolocation): the injectable Geolocation on
// navigator.geolocation (wx.getLocation), as the plugin behaves on the web. watchPosition emits one position
// (or the error, as a value, as the plugin's Observable does).
var navigator = require('../web.js').navigator;
var rx = require('../rx.js');
var capacitor = require('./geolocation.js').Geolocation;

function Geolocation() {}
Geolocation.__ng__ = { kind: 'injectable', providedIn: 'root' };
Geolocation.prototype.getCurrentPosition = function (options) {
  return capacitor.getCurrentPosition(options);
};
Geolocation.prototype.watchPosition = function (options) {
  return new rx.Observable(function (observer) {
    navigator.geolocation.watchPosition(observer.next.bind(observer), observer.next.bind(observer), options);
  });
};

module.exports = { Geolocation: Geolocation };
