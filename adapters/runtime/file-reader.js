'use strict';
// FileReader: a Blob's bytes as a data URL (a photo shown from one), text or an ArrayBuffer, read after the current
// task, then load and loadend, as a browser does; and the base64 of data URLs, which atob/btoa share (web.js).
var dom = require('./dom.js');
var timers = require('./timers.js');   // the app's handlers run, then change detection
var blobs = require('./blob.js');
var Blob = blobs.Blob;

var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// base64 of bytes (an array of 0–255)
function base64(bytes) {
  var out = '';
  for (var i = 0; i < bytes.length; i += 3) {
    var n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];   // undefined is 0
    out += B64[n >> 18 & 63] + B64[n >> 12 & 63] + (i + 1 < bytes.length ? B64[n >> 6 & 63] : '=') +
      (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return out;
}


class FileReader extends dom.EventTarget {
  constructor() {
    super();
    this.readyState = 0;
    this.result = null;
    this.error = null;
  }
  readAsArrayBuffer(blob) { this._read(blob, function (bytes) { return bytes.slice().buffer; }); }
  readAsText(blob) { this._read(blob, function (bytes) { return blobs.decodeUtf8(bytes.slice().buffer); }); }
  readAsBinaryString(blob) {
    this._read(blob, function (bytes) {
      return Array.prototype.map.call(bytes, function (c) { return String.fromCharCode(c); }).join('');
    });
  }
  readAsDataURL(blob) {
    this._read(blob, function (bytes) {
      return 'data:' + (blob.type || 'application/octet-stream') + ';base64,' + base64(bytes);
    });
  }
  abort() {
    clearTimeout(this._timer);
    this.readyState = 2;
    this._fire('abort');
  }
  _read(blob, as) {
    if (!(blob instanceof Blob)) {
      throw new TypeError("Failed to execute 'read' on 'FileReader': parameter 1 is not of type 'Blob'.");
    }
    var self = this;
    this.readyState = 1;
    this._fire('loadstart');
    this._timer = timers.setTimeout(function () {
      self.result = as(blob._bytes);
      self.readyState = 2;
      self._fire('load');
    });
  }
  _fire(type) {
    this.dispatchEvent(new dom.Event(type));
    if (type !== 'loadstart') this.dispatchEvent(new dom.Event('loadend'));
  }
}
FileReader.EMPTY = 0;
FileReader.LOADING = 1;
FileReader.DONE = 2;

module.exports = { FileReader: FileReader, base64: base64, B64: B64 };
