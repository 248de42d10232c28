// @capacitor/network on wx.getNetworkType and wx.onNetworkStatusChange.
var core = require('./core.js');
var wxp = require('../wxp.js');

function status(type) {
  return { connected: type !== 'none', connectionType: type === 'wifi' || type === 'none' || type === 'unknown' ?
    type : 'cellular' };
}

var Network = {
  getStatus: function () {
    return wxp('getNetworkType').then(function (res) { return status(res.networkType); });
  },
  addListener: function (event, fn) {
    var onChange = function (res) { fn(status(res.networkType)); };
    return core.listener('onNetworkStatusChange', 'offNetworkStatusChange', onChange);
  },
  removeAllListeners: function () { return Promise.resolve(); }
};

module.exports = { Network: Network };
