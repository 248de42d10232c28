// @ionic/angular's Config: what provideIonicAngular(config) / IonicModule.forRoot(config) set, and the mode
// the theme draws.
var address = require('../address.js');

var settings = {};   // from provideIonicAngular(config) / IonicModule.forRoot(config)

function configure(config) {
  Object.assign(settings, config);
}

function Config() {}
Config.__ng__ = { kind: 'injectable', providedIn: 'root' };
Config.prototype.get = function (key, fallback) {
  if (key in settings) return settings[key];
  if (key === 'mode') return address.config().mode || 'md'; // the look the theme draws ([style] mode)
  return fallback === undefined ? null : fallback;
};
Config.prototype.getBoolean = function (key, fallback) {
  var v = this.get(key, fallback === undefined ? false : fallback);
  return typeof v === 'string' ? v === 'true' : !!v;
};
Config.prototype.getNumber = function (key, fallback) {
  var v = parseFloat(this.get(key, fallback));
  return isNaN(v) ? (fallback === undefined ? NaN : fallback) : v;
};
Config.prototype.set = function (key, value) {
  settings[key] = value;
};


module.exports = { Config: Config, configure: configure };
