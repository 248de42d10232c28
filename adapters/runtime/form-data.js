'use strict';
// FormData: name/value pairs an upload is built from, sent (fetch, XMLHttpRequest, HttpClient) through ɵbody() as
// multipart/form-data, as a browser encodes it.
var blob = require('./blob.js');
var Blob = blob.Blob, File = blob.File, bytesOf = blob.bytesOf;

// name/value pairs; a Blob value becomes a File (named 'blob' unless a filename is given), as in browsers
function entry(name, value, filename) {
  if (!(value instanceof Blob)) return [String(name), String(value)];
  if (filename !== undefined || !(value instanceof File)) {
    value = new File([value], filename !== undefined ? filename : 'blob', { type: value.type });
  }
  return [String(name), value];
}

function quoted(name) {
  return String(name).replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
}

class FormData {
  constructor() {
    this._entries = [];
    this._boundary = '----pwa2wxFormBoundary' + Math.random().toString(36).slice(2, 14);
  }
  append(name, value, filename) { this._entries.push(entry(name, value, filename)); }
  set(name, value, filename) {
    var at = this._entries.findIndex(function (e) { return e[0] === String(name); });
    this.delete(name);
    this._entries.splice(at < 0 ? this._entries.length : at, 0, entry(name, value, filename));
  }
  delete(name) { this._entries = this._entries.filter(function (e) { return e[0] !== String(name); }); }
  get(name) {
    var found = this._entries.filter(function (e) { return e[0] === String(name); })[0];
    return found ? found[1] : null;
  }
  getAll(name) {
    return this._entries.filter(function (e) { return e[0] === String(name); }).map(function (e) { return e[1]; });
  }
  has(name) { return this.get(name) !== null; }
  forEach(fn, self) {
    var form = this;
    this._entries.forEach(function (e) { fn.call(self, e[1], e[0], form); });
  }
  entries() { return this._entries.map(function (e) { return [e[0], e[1]]; })[Symbol.iterator](); }
  keys() { return this._entries.map(function (e) { return e[0]; })[Symbol.iterator](); }
  values() { return this._entries.map(function (e) { return e[1]; })[Symbol.iterator](); }
  [Symbol.iterator]() { return this.entries(); }
  // multipart/form-data, as a browser encodes it (RFC 7578)
  ɵbody() {
    var b = this._boundary, parts = [];
    this._entries.forEach(function (e) {
      var head = '--' + b + '\r\nContent-Disposition: form-data; name="' + quoted(e[0]) + '"';
      if (e[1] instanceof File) {
        head += '; filename="' + quoted(e[1].name) + '"\r\nContent-Type: ' +
          (e[1].type || 'application/octet-stream');
      }
      parts.push(bytesOf(head + '\r\n\r\n'), bytesOf(e[1]), bytesOf('\r\n'));
    });
    parts.push(bytesOf('--' + b + '--\r\n'));
    return { bytes: blob.joined(parts).buffer, type: 'multipart/form-data; boundary=' + b };
  }
}

module.exports = { FormData: FormData };
