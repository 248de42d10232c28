// @capacitor/toast on wx.showToast without an icon (two lines of text at most).
var Toast = {
  show: function (options) {
    wx.showToast({ title: options.text, icon: 'none', duration: options.duration === 'long' ? 3500 : 2000 });
    return Promise.resolve();
  }
};

module.exports = { Toast: Toast };
