'use strict';
// @capacitor-community/keep-awake on wx.setKeepScreenOn: the screen stays on while the mini program is in front.
var wxp = require('../wxp.js');

var kept = false;

function keep(on) {
  return wxp('setKeepScreenOn', { keepScreenOn: on }).then(function () { kept = on; });
}

var KeepAwake = {
  keepAwake: function () { return keep(true); },
  allowSleep: function () { return keep(false); },
  isSupported: function () { return Promise.resolve({ isSupported: true }); },
  isKeptAwake: function () { return Promise.resolve({ isKeptAwake: kept }); }
};

module.exports = { KeepAwake: KeepAwake };
