// @capacitor/app: state events from wx.onAppShow/onAppHide; info from the mini program's account info.
// 'backButton' and 'appUrlOpen' never fire (WeChat owns the back gesture and deep links).
var core = require('./core.js');

function show(fn) { return function () { fn({ isActive: true }); }; }
function hide(fn) { return function () { fn({ isActive: false }); }; }

// event -> [wx subscriptions to make, each [wx on, wx off, adapt(fn) → wx callback]]
var EVENTS = {
  appStateChange: [['onAppShow', 'offAppShow', show], ['onAppHide', 'offAppHide', hide]],
  resume: [['onAppShow', 'offAppShow', function (fn) { return function () { fn(); }; }]],
  pause: [['onAppHide', 'offAppHide', function (fn) { return function () { fn(); }; }]]
};
var active = [];   // [wx off, callback] pairs, for removeAllListeners

var App = {
  addListener: function (event, fn) {
    var subs = (EVENTS[event] || []).map(function (e) { return [e[0], e[1], e[2](fn)]; });
    return core.listener(function () {
      subs.forEach(function (s) { wx[s[0]](s[2]); active.push([s[1], s[2]]); });
    }, function () {
      subs.forEach(function (s) { wx[s[1]](s[2]); });
    }, fn);
  },
  removeAllListeners: function () {
    active.splice(0).forEach(function (a) { wx[a[0]](a[1]); });
    return Promise.resolve();
  },
  getInfo: function () {
    var mp = wx.getAccountInfoSync().miniProgram;
    return Promise.resolve({ name: '', id: mp.appId, build: mp.version || '', version: mp.version || '' });
  },
  getState: function () { return Promise.resolve({ isActive: true }); },
  getLaunchUrl: function () { return Promise.resolve(undefined); },
  exitApp: function () { wx.exitMiniProgram({}); return Promise.resolve(); },
  minimizeApp: function () { return Promise.resolve(); }
};

module.exports = { App: App };
