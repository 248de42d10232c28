'use strict';
// IonContent. The page itself scrolls, so ion-content's scroll events are WeChat's onPageScroll, which a page
// has when its ion-content sets [scrollEvents]="true" (template/chrome.py content): that page provides its own
// IonContent, which times the events for its template's handlers and its emitters. Elsewhere an injected
// IonContent is one whose events never fire, as Ionic's without [scrollEvents].
var EventEmitter = require('../angular/core/base.js').EventEmitter;

var QUIET_MS = 120; // a scroll ends when none came for this long, as Ionic's content decides

function pageScrollTo(top, duration) {
  if (typeof wx !== 'undefined' && wx.pageScrollTo) wx.pageScrollTo({ scrollTop: top, duration: duration || 0 });
  return Promise.resolve();
}

// ion-content's methods that scroll (an IonContent's, and a #ref's to an ion-content)
function scrollMethods(target) {
  target.scrollToTop = function (duration) { return pageScrollTo(0, duration); };
  target.scrollToBottom = function (duration) { return pageScrollTo(1e9, duration); };
  target.scrollToPoint = function (x, y, duration) { return pageScrollTo(y || 0, duration); };
  return target;
}

function IonContent() {
  this.ionScrollStart = new EventEmitter();
  this.ionScroll = new EventEmitter();
  this.ionScrollEnd = new EventEmitter();
  this.scrollTop = 0;
  this.scrolling = null;
  scrollMethods(this);
}

// @ViewChild(IonContent): the page's, or one of its own for a view without scroll events (host.js queries)
IonContent.ɵquery = function (host) {
  return host.content || (host.content = new IonContent());
};

IonContent.prototype.getScrollElement = function () {
  return Promise.resolve({ scrollTop: this.scrollTop, scrollLeft: 0 });
};

// One onPageScroll: ionScrollStart first when none is under way, ionScroll with Ionic's scroll detail, and
// ionScrollEnd once the page is quiet; `send(hook, event)` hands each to the page.
IonContent.prototype.scrolled = function (top, send) {
  var self = this, now = Date.now(), s = this.scrolling;
  if (!s) {
    s = this.scrolling = { startY: top, startTime: now, lastY: top, lastTime: now, timer: null };
    send('scrollStart', { type: 'ionScrollStart', detail: { isScrolling: true } });
  }
  var detail = {
    type: 'scroll', scrollTop: top, scrollLeft: 0, startX: 0, startY: s.startY, startTime: s.startTime,
    currentX: 0, currentY: top, deltaX: 0, deltaY: top - s.startY, velocityX: 0,
    velocityY: (top - s.lastY) / Math.max(now - s.lastTime, 1), currentTime: now, isScrolling: true
  };
  s.lastY = top;
  s.lastTime = now;
  this.scrollTop = top;
  send('scroll', { type: 'ionScroll', detail: detail });
  clearTimeout(s.timer);
  s.timer = setTimeout(function () {
    self.scrolling = null;
    send('scrollEnd', { type: 'ionScrollEnd', detail: { isScrolling: false } });
  }, QUIET_MS);
};

module.exports = { IonContent: IonContent, scrollMethods: scrollMethods };
