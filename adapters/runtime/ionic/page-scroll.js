'use strict';
// The scroll events of a page whose ion-content sets [scrollEvents]="true" (template/chrome.py content; the page
// requires this file): its onPageScroll positions become Ionic's ionScrollStart, ionScroll and ionScrollEnd, for
// its IonContent's emitters and its template's handlers (index.js).
var IonContent = require('./content.js').IonContent;

var QUIET_MS = 120; // a scroll ends when none came for this long, as Ionic's content decides

// One onPageScroll: ionScrollStart first when none is under way, ionScroll with Ionic's scroll detail, and
// ionScrollEnd once the page is quiet; `send(hook, event)` hands each to the page.
function scrolled(content, top, send) {
  var now = Date.now(), s = content.scrolling;
  if (!s) {
    s = content.scrolling = { startY: top, startTime: now, lastY: top, lastTime: now, timer: null };
    send('scrollStart', { type: 'ionScrollStart', detail: { isScrolling: true } });
  }
  var detail = {
    type: 'scroll', scrollTop: top, scrollLeft: 0, startX: 0, startY: s.startY, startTime: s.startTime,
    currentX: 0, currentY: top, deltaX: 0, deltaY: top - s.startY, velocityX: 0,
    velocityY: (top - s.lastY) / Math.max(now - s.lastTime, 1), currentTime: now, isScrolling: true
  };
  s.lastY = top;
  s.lastTime = now;
  content.scrollTop = top;
  send('scroll', { type: 'ionScroll', detail: detail });
  clearTimeout(s.timer);
  s.timer = setTimeout(function () {
    content.scrolling = null;
    send('scrollEnd', { type: 'ionScrollEnd', detail: { isScrolling: false } });
  }, QUIET_MS);
}

module.exports = { IonContent: IonContent, scrolled: scrolled };
