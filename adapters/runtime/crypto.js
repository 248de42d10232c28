'use strict';
// crypto.getRandomValues: Web Crypto's is synchronous and WeChat's wx.getRandomValues is not, so the runtime
// draws from a pool of secure random bytes it gathers before the app's code runs (seed, at launch) and
// refills in the background; a draw larger than what is left throws, as a draw over the quota does.
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

module.exports = { crypto: crypto, seed: seed };
