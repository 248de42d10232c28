'use strict';
// IonContent. The page itself scrolls, so ion-content's scroll events are WeChat's onPageScroll, which a page
// has when its ion-content sets [scrollEvents]="true" (template/chrome.py content): that page provides its own
// IonContent, whose emitters page-scroll.js feeds. Elsewhere an injected IonContent is one whose events never
// fire, as Ionic's without [scrollEvents].
var EventEmitter = require('../angular/core/base.js').EventEmitter;
var dom = require('../dom.js');

function pageScrollTo(top, duration) {
  if (typeof wx !== 'undefined' && wx.pageScrollTo) wx.pageScrollTo({ scrollTop: top, duration: duration || 0 });
  return Promise.resolve();
}

// ion-content's methods that scroll (an IonContent's, and a #ref's to an ion-content); its scroll element is inert
function scrollMethods(target) {
  target.getScrollElement = function () {
    return Promise.resolve(Object.assign(dom.element('div'), { scrollTop: target.scrollTop || 0, scrollLeft: 0 }));
  };
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
  scrollMethods(this);
}

// @ViewChild(IonContent): the page's, or one of its own for a view without scroll events (host.js queries)
IonContent.ɵquery = function (host) {
  return host.content || (host.content = new IonContent());
};

module.exports = { IonContent: IonContent, scrollMethods: scrollMethods };
