// @capacitor/device from wx.getSystemInfoSync. getId() is a random id kept in wx storage (as Capacitor's
// web implementation keeps one in localStorage): mini programs get no hardware identifier.
var storage = require('../storage.js');
var settled = require('../wxp.js').settled;

var area = storage.area('pwa2wx.');

function answer(value) {
  return settled(Promise.resolve(value));
}

function info() {
  return wx.getSystemInfoSync();
}

function os(s) {
  var m = /^(ios|android|windows|mac)/i.exec(s.system || s.platform || '');
  return m ? m[1].toLowerCase() : 'unknown';
}

var Device = {
  getInfo: function () {
    var s = info();
    var system = os(s);
    return answer({ name: s.model, model: s.model, manufacturer: s.brand,
      platform: system === 'ios' || system === 'android' ? system : 'web', operatingSystem: system,
      osVersion: String(s.system || '').replace(/^\D+/, ''), isVirtual: s.platform === 'devtools',
      webViewVersion: s.SDKVersion, memUsed: undefined });
  },
  getId: function () {
    var id = area.get('deviceId');
    if (!id) {
      id = 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) {
        var r = Math.random() * 16 | 0;
        return (c === 'x' ? r : (r & 3 | 8)).toString(16);
      });
      area.set('deviceId', id);
    }
    return answer({ identifier: id });
  },
  getLanguageCode: function () { return answer({ value: String(info().language).split(/[_-]/)[0] }); },
  getLanguageTag: function () { return answer({ value: String(info().language).replace('_', '-') }); },
  getBatteryInfo: function () {
    var b = wx.getBatteryInfoSync();
    return answer({ batteryLevel: b.level / 100, isCharging: b.isCharging });
  }
};

module.exports = { Device: Device };
