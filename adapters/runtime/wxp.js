// wx's callback APIs as promises: wxp('showModal', {title: 'x'}) → Promise<res>; failures reject with an
// Error carrying wx's errMsg (e.g. 'showActionSheet:fail cancel').
module.exports = function wxp(name, options) {
  return new Promise(function (resolve, reject) {
    wx[name](Object.assign({}, options, {
      success: resolve,
      fail: function (res) {
        var e = new Error((res && res.errMsg) || name + ':fail');
        e.errMsg = e.message;
        reject(e);
      }
    }));
  });
};
