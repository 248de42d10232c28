'use strict';
// Audio (HTMLAudioElement): a sound code plays (`new Audio('assets/sound/ping.mp3').play()`), on WeChat's
// InnerAudioContext. Its src is a package path or where [assets] base_url serves it, as a picture's; its events
// are the element's: canplay, play, pause, ended, timeupdate, waiting, seeked, and error (with `error.code`).
var dom = require('./dom.js');
var address = require('./address.js');

var EVENTS = { Canplay: 'canplay', Play: 'play', Pause: 'pause', Ended: 'ended', TimeUpdate: 'timeupdate',
  Waiting: 'waiting', Seeked: 'seeked' };
// InnerAudioContext's errCode → MediaError's code (10002 network → MEDIA_ERR_NETWORK, 10004 format → …_DECODE,
// 10003 file → …_SRC_NOT_SUPPORTED; the rest is aborted)
var MEDIA_ERRORS = { 10002: 2, 10003: 4, 10004: 3 };

class Audio extends dom.EventTarget {
  constructor(src) {
    super();
    var self = this;
    var ctx = this._ctx = wx.createInnerAudioContext();
    this._src = '';
    this._volume = 1;
    this._muted = false;
    this.error = null;
    this.preload = 'auto';
    Object.keys(EVENTS).forEach(function (k) {
      ctx['on' + k](function () { self.dispatchEvent(new dom.Event(EVENTS[k])); });
    });
    ctx.onError(function (res) {
      self.error = { code: MEDIA_ERRORS[res.errCode] || 1, message: res.errMsg || '' };
      self.dispatchEvent(new dom.Event('error'));
    });
    if (src !== undefined) this.src = src;
  }
  get src() { return this._src; }
  set src(value) {
    this._src = String(value);
    this.error = null;
    this._ctx.src = address.assetUrl(value);
  }
  get currentTime() { return this._ctx.currentTime; }
  set currentTime(seconds) { this._ctx.seek(Number(seconds) || 0); }
  get duration() { return this._ctx.duration || NaN; }
  get paused() { return this._ctx.paused; }
  get loop() { return this._ctx.loop; }
  set loop(on) { this._ctx.loop = !!on; }
  get autoplay() { return this._ctx.autoplay; }
  set autoplay(on) { this._ctx.autoplay = !!on; }
  get playbackRate() { return this._ctx.playbackRate; }
  set playbackRate(rate) { this._ctx.playbackRate = rate; }
  get volume() { return this._volume; }
  set volume(v) { this._volume = v; this._ctx.volume = this._muted ? 0 : v; }
  get muted() { return this._muted; }
  set muted(on) { this._muted = !!on; this._ctx.volume = on ? 0 : this._volume; }
  // resolves once it plays; rejects as a browser does when the source cannot be played
  play() {
    var self = this;
    return new Promise(function (resolve, reject) {
      function settle(e) {
        self.removeEventListener('play', settle);
        self.removeEventListener('error', settle);
        if (e.type === 'play') resolve();
        else reject(new dom.DOMException('Failed to load because no supported source was found.', 'NotSupportedError'));
      }
      self.addEventListener('play', settle);
      self.addEventListener('error', settle);
      self._ctx.play();
    });
  }
  pause() { this._ctx.pause(); }
  load() {}
}

module.exports = { Audio: Audio };
