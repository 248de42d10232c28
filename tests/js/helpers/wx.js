'use strict';
// The runtime tests' `wx`: the headless preview's double (bridge/pwa2wx/preview/wx.js — real HTTP for wx.request,
// storage with WeChat's limits, package files from `root`, UI calls recorded in `calls` and answered with
// answer(name, res)), plus app/system events that tests fire: wx.on<Event>(fn) / wx.off<Event>(fn) and
// wx.emit('<Event>', res).
const preview = require('../../../bridge/pwa2wx/preview/wx.js');

const EVENTS = ['AppShow', 'AppHide', 'WindowResize', 'NetworkStatusChange', 'KeyboardHeightChange'];

function createWx(options) {
  const wx = preview.createWx(options);
  const listeners = {};
  wx.emit = (event, res) => {
    (listeners[event] || []).slice().forEach((fn) => fn(res));
  };
  EVENTS.forEach((event) => {
    wx['on' + event] = (fn) => { (listeners[event] = listeners[event] || []).push(fn); };
    wx['off' + event] = (fn) => {
      const list = listeners[event] || [];
      if (list.indexOf(fn) >= 0) list.splice(list.indexOf(fn), 1);
    };
  });
  wx.getBatteryInfoSync = () => ({ level: 80, isCharging: false });
  return wx;
}

module.exports = { createWx };
