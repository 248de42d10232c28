// wx's callback APIs as promises: wxp('showModal', {title: 'x'}) → Promise<res>; failures reject with an
// Error carrying wx's errMsg (e.g. 'showActionSheet:fail cancel'). Like every async completion in the
// runtime, settling schedules change detection (after the app's own callbacks have run).
var ticks = require('./ticks.js');

function settled(promise) {
  return promise.then(function (v) { ticks.tick(); return v; }, function (e) { ticks.tick(); throw e; });
}

function wxp(name, options) {
  return settled(new Promise(function (resolve, reject) {
    wx[name](Object.assign({}, options, {
      success: resolve,
      fail: function (res) {
        var e = new Error((res && res.errMsg) || name + ':fail');
        e.errMsg = e.message;
        reject(e);
      }
    }));
  }));
}

// a synchronous wx call (storage, files) as a plugin's promise: what it throws rejects
function settledCall(fn) {
  return settled(new Promise(function (resolve) { resolve(fn()); }));
}

wxp.settled = settled;
wxp.settledCall = settledCall;
module.exports = wxp;
