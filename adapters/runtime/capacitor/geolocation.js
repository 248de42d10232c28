// @capacitor/geolocation through navigator.geolocation (wx.getLocation), as Capacitor's web implementation.
// watchPosition reports one position; app.json needs the getLocation declarations (see readme-web).
var navigator = require('../web.js').navigator;

function getCurrentPosition(options) {
  return new Promise(function (resolve, reject) {
    navigator.geolocation.getCurrentPosition(resolve, function (err) {
      var e = new Error(err.message);
      e.code = err.code;
      reject(e);
    }, options);
  });
}

var granted = function () { return Promise.resolve({ location: 'granted', coarseLocation: 'granted' }); };

var Geolocation = {
  getCurrentPosition: getCurrentPosition,
  watchPosition: function (options, callback) {
    getCurrentPosition(options).then(function (p) { callback(p); }, function (e) { callback(null, e); });
    return Promise.resolve('0');
  },
  clearWatch: function () { return Promise.resolve(); },
  checkPermissions: granted,   // wx asks the user itself on first use
  requestPermissions: granted
};

module.exports = { Geolocation: Geolocation };
