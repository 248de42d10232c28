'use strict';
// crypto.getRandomValues: Web Crypto's is synchronous and WeChat's wx.getRandomValues is not, so the runtime
// draws from a pool of secure random bytes it gathers before the app's code runs (seed, at launch) and
// refills in the background; a draw larger than what is left throws, as a draw over the quota does.
var DOMException = require('./dom.js').DOMException;

var POOL = 4096;
var pool = new Uint8Array(0), drawn = 0, refilling = null;   // refilling: the callbacks waiting for it

function seed(done) {
  if (typeof wx.getRandomValues !== 'function') return done && done();   // base library < 2.15
  if (refilling) return done && refilling.push(done);
  refilling = done ? [done] : [];
  wx.getRandomValues({
    length: POOL,
    success: function (res) {
      var fresh = new Uint8Array(res.randomValues);
      var left = pool.subarray(drawn);
      pool = new Uint8Array(left.length + fresh.length);
      pool.set(left);
      pool.set(fresh, left.length);
      drawn = 0;
    },
    complete: function () {
      var waiting = refilling;
      refilling = null;
      waiting.forEach(function (fn) { fn(); });
    }
  });
}

var crypto = {
  getRandomValues: function (array) {
    var bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    if (bytes.length > 65536) throw new Error('crypto.getRandomValues: at most 65536 bytes at a time');
    if (pool.length - drawn < bytes.length) {
      seed();
      throw new Error('crypto.getRandomValues: no secure random bytes available yet (wx.getRandomValues)');
    }
    bytes.set(pool.subarray(drawn, drawn + bytes.length));
    pool.fill(0, drawn, drawn + bytes.length);   // each byte is used once
    drawn += bytes.length;
    if (pool.length - drawn < POOL / 4) seed();
    return array;
  },
  randomUUID: function () {
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' +
      hex.slice(20);
  }
};

// crypto.subtle.digest: SHA-1 and SHA-256 (FIPS 180-4) in JavaScript, as WeChat gives mini program code no digest
// (RxDB hashes its documents with SHA-256; PKCE's code challenge is one). The rest of SubtleCrypto is not there, so
// code that tests for importKey or encrypt takes its path without them; another digest rejects as unrecognized.
function rotr(x, n) {
  return (x >>> n) | (x << (32 - n));
}
// the first 32 bits of the fractional part of x
function fraction(x) {
  return ((x - Math.floor(x)) * 0x100000000) | 0;
}
var SHA256_K = [], SHA256_H = [];
for (var n = 2; SHA256_K.length < 64; n++) {
  if (![2, 3, 5, 7, 11, 13, 17].some(function (p) { return p < n && n % p === 0; })) {
    if (SHA256_H.length < 8) SHA256_H.push(fraction(Math.sqrt(n)));
    SHA256_K.push(fraction(Math.cbrt(n)));
  }
}
var SHA1_K = [0x5a827999, 0x6ed9eba1, 0x8f1bbcdc | 0, 0xca62c1d6 | 0];
var SHA1_H = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0];

// the padded message as big-endian 32-bit words
function words(bytes) {
  var n = bytes.length;
  var out = new Int32Array(((n + 8) >> 6) * 16 + 16);
  for (var i = 0; i < n; i++) out[i >> 2] |= bytes[i] << (24 - (i % 4) * 8);
  out[n >> 2] |= 0x80 << (24 - (n % 4) * 8);
  out[out.length - 2] = Math.floor(n / 0x20000000);
  out[out.length - 1] = n * 8;
  return out;
}
function sha256(w, h, W) {
  for (var t = 0; t < 64; t++) {
    if (t >= 16) {
      var a = W[t - 15], b = W[t - 2];
      W[t] = W[t - 16] + (rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)) + W[t - 7] + (rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10));
    }
    var e = h[4];
    var t1 = h[7] + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & h[5]) ^ (~e & h[6])) + SHA256_K[t] + W[t];
    var t2 = (rotr(h[0], 2) ^ rotr(h[0], 13) ^ rotr(h[0], 22)) + ((h[0] & h[1]) ^ (h[0] & h[2]) ^ (h[1] & h[2]));
    h.pop();
    h.unshift((t1 + t2) | 0);
    h[4] = (h[4] + t1) | 0;
  }
}
function sha1(w, h, W) {
  for (var t = 0; t < 80; t++) {
    if (t >= 16) W[t] = rotr(W[t - 3] ^ W[t - 8] ^ W[t - 14] ^ W[t - 16], 31);
    var b = h[1], c = h[2], d = h[3];
    var f = t < 20 ? (b & c) | (~b & d) : t >= 40 && t < 60 ? (b & c) | (b & d) | (c & d) : b ^ c ^ d;
    var next = (rotr(h[0], 27) + f + h[4] + SHA1_K[(t / 20) | 0] + W[t]) | 0;
    h.pop();
    h.unshift(next);
    h[2] = rotr(h[2], 2);
  }
}
var DIGESTS = { 'SHA-1': [sha1, SHA1_H, 80], 'SHA-256': [sha256, SHA256_H, 64] };

function digest(algorithm, data) {
  var known = DIGESTS[String((algorithm && algorithm.name) || algorithm).toUpperCase()];
  if (!known) return Promise.reject(new DOMException('Unrecognized algorithm name', 'NotSupportedError'));
  var bytes = data instanceof ArrayBuffer ? new Uint8Array(data)
    : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  var w = words(bytes), hash = known[1].slice(), W = new Int32Array(known[2]);
  for (var i = 0; i < w.length; i += 16) {
    var h = hash.slice();
    W.set(w.subarray(i, i + 16));
    known[0](w, h, W);
    hash = hash.map(function (x, k) { return (x + h[k]) | 0; });
  }
  var out = new DataView(new ArrayBuffer(hash.length * 4));
  hash.forEach(function (x, k) { out.setInt32(k * 4, x); });
  return Promise.resolve(out.buffer);
}
crypto.subtle = { digest: digest };

module.exports = { crypto: crypto, seed: seed };
