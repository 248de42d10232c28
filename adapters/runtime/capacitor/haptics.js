// @capacitor/haptics on wx.vibrateShort (light/medium/heavy) and wx.vibrateLong (a fixed 400 ms).
var ImpactStyle = { Heavy: 'HEAVY', Medium: 'MEDIUM', Light: 'LIGHT' };
var NotificationType = { Success: 'SUCCESS', Warning: 'WARNING', Error: 'ERROR' };

function short(type) {
  wx.vibrateShort({ type: type });
  return Promise.resolve();
}

var Haptics = {
  impact: function (options) { return short(String(options && options.style || 'HEAVY').toLowerCase()); },
  notification: function () { return short('medium'); },
  vibrate: function () { wx.vibrateLong({}); return Promise.resolve(); },
  selectionStart: function () { return Promise.resolve(); },
  selectionChanged: function () { return short('light'); },
  selectionEnd: function () { return Promise.resolve(); }
};

module.exports = { Haptics: Haptics, ImpactStyle: ImpactStyle, NotificationType: NotificationType };
