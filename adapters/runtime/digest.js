'use strict';
// crypto.subtle.digest: SHA-1, SHA-256, SHA-384 and SHA-512 (FIPS 180-4) in JavaScript, as WeChat gives mini program
// code no digest (RxDB hashes its documents with SHA-256; Dexie takes its native promise from a SHA-512 digest; PKCE's
// code challenge is one). Required by every module whose code names `subtle` (script/modules.py REQUIRED_ON_MENTION),
// before it runs. The rest of SubtleCrypto is not there, so code that tests for importKey or encrypt takes its path
// without them. SHA-384/512 work on 64-bit words, as BigInt: without it they reject as unsupported.
var DOMException = require('./dom.js').DOMException;
var crypto = require('./crypto.js').crypto;

function rotr(x, n) {
  return (x >>> n) | (x << (32 - n));
}
function primes(count) {
  var out = [];
  for (var n = 2; out.length < count; n++) {
    if (out.every(function (p) { return n % p !== 0; })) out.push(n);
  }
  return out;
}
// the first 32 bits of the fractional part of x
function fraction(x) {
  return ((x - Math.floor(x)) * 0x100000000) | 0;
}
var SHA256_K = primes(64).map(function (p) { return fraction(Math.cbrt(p)); });
var SHA256_H = primes(8).map(function (p) { return fraction(Math.sqrt(p)); });
var SHA1_K = [0x5a827999, 0x6ed9eba1, 0x8f1bbcdc | 0, 0xca62c1d6 | 0];
var SHA1_H = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0];

// the padded message as big-endian 32-bit words, in blocks of `block` bytes that end with its length in bits
function words(bytes, block) {
  var n = bytes.length;
  var out = new Int32Array(Math.ceil((n + 1 + block / 8) / block) * block / 4);
  for (var i = 0; i < n; i++) out[i >> 2] |= bytes[i] << (24 - (i % 4) * 8);
  out[n >> 2] |= 0x80 << (24 - (n % 4) * 8);
  out[out.length - 2] = Math.floor(n / 0x20000000);
  out[out.length - 1] = n * 8;
  return out;
}
function sha256(h, W) {
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
function sha1(h, W) {
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

// SHA-384/512's 64-bit words: their constants are the first 64 bits of the fractional parts of the cube roots (K)
// and square roots (H: SHA-512 of the first 8 primes, SHA-384 of the next 8) of the first primes, made on first use
var big = typeof BigInt === 'function' ? BigInt : null;
var wide = null;
function root(n, k) {   // the integer k-th root of the BigInt n, by Newton's method from above
  var x = big(Math.ceil(Math.pow(Number(n), 1 / k) * (1 + 1e-9)) + 1);
  for (;;) {
    var y = (big(k - 1) * x + n / power(x, k - 1)) / big(k);
    if (y >= x) return x;
    x = y;
  }
}
function power(x, k) {
  var out = big(1);
  while (k-- > 0) out *= x;
  return out;
}
function constants() {
  if (wide) return wide;
  var mask = (big(1) << big(64)) - big(1);
  var frac = function (p, k) { return root(big(p) << big(64 * k), k) & mask; };
  var ps = primes(80);
  wide = { mask: mask, K: ps.map(function (p) { return frac(p, 3); }),
    H512: ps.slice(0, 8).map(function (p) { return frac(p, 2); }),
    H384: ps.slice(8, 16).map(function (p) { return frac(p, 2); }) };
  return wide;
}
function sha512(h, W) {
  var c = constants(), M = c.mask;
  var r = function (x, n) { return ((x >> big(n)) | (x << big(64 - n))) & M; };
  var sh = function (x, n) { return x >> big(n); };
  for (var t = 0; t < 80; t++) {
    if (t >= 16) {
      var a = W[t - 15], b = W[t - 2];
      W[t] = (W[t - 16] + (r(a, 1) ^ r(a, 8) ^ sh(a, 7)) + W[t - 7] + (r(b, 19) ^ r(b, 61) ^ sh(b, 6))) & M;
    }
    var e = h[4];
    var t1 = h[7] + (r(e, 14) ^ r(e, 18) ^ r(e, 41)) + ((e & h[5]) ^ ((e ^ M) & h[6])) + c.K[t] + W[t];
    var t2 = (r(h[0], 28) ^ r(h[0], 34) ^ r(h[0], 39)) + ((h[0] & h[1]) ^ (h[0] & h[2]) ^ (h[1] & h[2]));
    h.pop();
    h.unshift((t1 + t2) & M);
    h[4] = (h[4] + t1) & M;
  }
}
// name: [compress, initial hash, block bytes, schedule length, words of the digest]
var DIGESTS = {
  'SHA-1': [sha1, function () { return SHA1_H; }, 64, 80, 5],
  'SHA-256': [sha256, function () { return SHA256_H; }, 64, 64, 8],
  'SHA-384': big && [sha512, function () { return constants().H384; }, 128, 80, 6],
  'SHA-512': big && [sha512, function () { return constants().H512; }, 128, 80, 8]
};

function digest(algorithm, data) {
  var known = DIGESTS[String((algorithm && algorithm.name) || algorithm).toUpperCase()];
  if (!known) return Promise.reject(new DOMException('Unrecognized algorithm name', 'NotSupportedError'));
  var bytes = data instanceof ArrayBuffer ? new Uint8Array(data)
    : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  var w = words(bytes, known[2]), hash = known[1]().slice(), wide64 = known[2] === 128;
  var W = wide64 ? [] : new Int32Array(known[3]);
  var mask = wide64 && constants().mask;
  for (var i = 0; i < w.length; i += known[2] / 4) {
    for (var j = 0; j < 16; j++) {
      W[j] = wide64 ? (big(w[i + 2 * j] >>> 0) << big(32)) | big(w[i + 2 * j + 1] >>> 0) : w[i + j];
    }
    var h = hash.slice();
    known[0](h, W);
    hash = hash.map(function (x, k) { return wide64 ? (x + h[k]) & mask : (x + h[k]) | 0; });
  }
  var out = new DataView(new ArrayBuffer(known[4] * (wide64 ? 8 : 4)));
  hash.slice(0, known[4]).forEach(function (x, k) {
    if (!wide64) return out.setInt32(k * 4, x);
    out.setUint32(k * 8, Number(x >> big(32)));
    out.setUint32(k * 8 + 4, Number(x & big(0xffffffff)));
  });
  return Promise.resolve(out.buffer);
}
crypto.subtle = { digest: digest };

module.exports = { digest: digest };
