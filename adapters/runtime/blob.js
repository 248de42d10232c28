'use strict';
// Blob and File over bytes in memory: what apps build uploads from and read downloads as. fetch, XMLHttpRequest
// and HttpClient send a body through its ɵbody() (a FormData's too: form-data.js), and URL.createObjectURL
// writes one to a file whose path an <image> shows (url.js).

// UTF-8 without TextEncoder/TextDecoder (absent from older base libraries)
function encodeUtf8(text) {
  var bin = unescape(encodeURIComponent(text));
  var bytes = new Uint8Array(bin.length);
  for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes.buffer;
}

function decodeUtf8(buffer) {
  var bytes = new Uint8Array(buffer);
  var bin = '';
  for (var i = 0; i < bytes.length; i += 8192) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
  return decodeURIComponent(escape(bin));
}

function bytesOf(part) {
  if (part instanceof Blob) return part._bytes;
  if (part instanceof ArrayBuffer) return new Uint8Array(part);
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
  return new Uint8Array(encodeUtf8(String(part)));
}

function joined(parts) {
  var length = 0, at = 0;
  parts.forEach(function (b) { length += b.length; });
  var out = new Uint8Array(length);
  parts.forEach(function (b) { out.set(b, at); at += b.length; });
  return out;
}

class Blob {
  constructor(parts, options) {
    this._bytes = joined(Array.prototype.map.call(parts || [], bytesOf));
    this.type = options && options.type ? String(options.type).toLowerCase() : '';
  }
  get size() { return this._bytes.length; }
  slice(start, end, type) {
    var part = new Blob([], { type: type });
    part._bytes = this._bytes.slice(start, end);
    return part;
  }
  arrayBuffer() { return Promise.resolve(this._bytes.slice().buffer); }
  text() { return Promise.resolve(decodeUtf8(this._bytes.slice().buffer)); }
  ɵbody() { return { bytes: this._bytes.slice().buffer, type: this.type }; }
}

class File extends Blob {
  constructor(parts, name, options) {
    super(parts, options);
    this.name = String(name);
    this.lastModified = options && options.lastModified !== undefined ? Number(options.lastModified) : Date.now();
  }
}

module.exports = { Blob: Blob, File: File, bytesOf: bytesOf, joined: joined, encodeUtf8: encodeUtf8,
  decodeUtf8: decodeUtf8 };
