// @capacitor/dialog on wx.showModal (button texts: at most 4 Chinese or 8 Latin characters).
var wxp = require('../wxp.js');

function modal(options, extra) {
  return wxp('showModal', Object.assign({ title: options.title || '', content: options.message || '' }, extra));
}

var Dialog = {
  alert: function (options) {
    return modal(options, { showCancel: false, confirmText: options.buttonTitle || 'OK' }).then(function () {});
  },
  confirm: function (options) {
    return modal(options, { confirmText: options.okButtonTitle || 'OK', cancelText: options.cancelButtonTitle || 'Cancel' })
      .then(function (res) { return { value: !!res.confirm }; });
  },
  prompt: function (options) {
    return modal(options, { editable: true, content: options.inputText || '', placeholderText: options.inputPlaceholder ||
      options.message || '', confirmText: options.okButtonTitle || 'OK', cancelText: options.cancelButtonTitle || 'Cancel' })
      .then(function (res) { return { value: res.confirm ? res.content || '' : '', cancelled: !res.confirm }; });
  }
};

module.exports = { Dialog: Dialog };
