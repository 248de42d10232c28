// @capacitor/camera on wx.chooseMedia. webPath/path are the temporary file path, which <image src>
// shows directly; base64/dataUrl results read that file. Editing (allowEditing) is not offered.
var wxp = require('../wxp.js');

var CameraResultType = { Uri: 'uri', Base64: 'base64', DataUrl: 'dataUrl' };
var CameraSource = { Prompt: 'PROMPT', Camera: 'CAMERA', Photos: 'PHOTOS' };
var CameraDirection = { Rear: 'REAR', Front: 'FRONT' };

function choose(options, count) {
  var source = options.source === 'CAMERA' ? ['camera'] : options.source === 'PHOTOS' ? ['album'] : ['album', 'camera'];
  return wxp('chooseMedia', { count: count, mediaType: ['image'], sourceType: source,
    sizeType: options.quality !== undefined && options.quality < 100 ? ['compressed'] : ['original'],
    camera: options.direction === 'FRONT' ? 'front' : 'back' })
    .then(function (res) { return res.tempFiles; });
}

function format(path) {
  var m = /\.(\w+)$/.exec(path);
  return m ? m[1].toLowerCase().replace('jpg', 'jpeg') : 'jpeg';
}

function photo(file, resultType) {
  var path = file.tempFilePath;
  var out = { path: path, webPath: path, format: format(path), saved: false };
  if (resultType !== 'base64' && resultType !== 'dataUrl') return Promise.resolve(out);
  return wxp.settled(new Promise(function (resolve, reject) {
    wx.getFileSystemManager().readFile({ filePath: path, encoding: 'base64', fail: reject, success: function (res) {
      if (resultType === 'base64') out.base64String = res.data;
      else out.dataUrl = 'data:image/' + out.format + ';base64,' + res.data;
      resolve(out);
    } });
  }));
}

var granted = function () { return Promise.resolve({ camera: 'granted', photos: 'granted' }); };

var Camera = {
  getPhoto: function (options) {
    options = options || {};
    return choose(options, 1).then(function (files) { return photo(files[0], options.resultType); });
  },
  pickImages: function (options) {
    options = options || {};
    return choose(Object.assign({ source: 'PHOTOS' }, options), options.limit || 9).then(function (files) {
      return { photos: files.map(function (f) { return { path: f.tempFilePath, webPath: f.tempFilePath, format: format(f.tempFilePath) }; }) };
    });
  },
  checkPermissions: granted,   // wx asks the user itself on first use
  requestPermissions: granted
};

module.exports = { Camera: Camera, CameraResultType: CameraResultType, CameraSource: CameraSource,
  CameraDirection: CameraDirection };
