'use strict';
// Template references to elements and child components (#ref, @ViewChild), and ion-item-sliding's swipe state,
// which an item's #ref closes. A view helper file (view.js createView): the compiled page requires it when its
// template uses them.
var dom = require('../dom.js');
var content = require('../ionic/content.js');

// Methods of Ionic elements code reaches through #refs / @ViewChild (IonList, IonItemSliding, IonContent,
// IonInput, IonModal, IonMenu, IonInfiniteScroll, IonRefresher, swiper …): the element is drawn by WXML,
// so they resolve at once with the neutral answer (0, false, undefined).
var ELEMENT_METHODS = {
  close: undefined, closeOpened: false, closeSlidingItems: false, open: undefined, toggle: undefined,
  setOpen: undefined, isOpen: false, isActive: false, present: undefined, dismiss: true, onDidDismiss: {},
  onWillDismiss: {}, onDidPresent: undefined, complete: undefined, cancel: undefined, confirm: undefined,
  reset: undefined, getProgress: 0, setFocus: undefined, getOpenAmount: 0,
  getSlidingRatio: 0, scrollByPoint: undefined, checkRange: undefined,
  slideNext: undefined, slidePrev: undefined, slideTo: undefined, getActiveIndex: 0, getPreviousIndex: 0,
  update: undefined, updateAutoHeight: undefined, lockSwipes: undefined, startAutoplay: undefined,
  stopAutoplay: undefined, isBeginning: true, isEnd: true, select: undefined, getSelected: undefined,
  setValue: undefined, getValue: undefined, expand: undefined, collapse: undefined
};

var SWIPE = 30; // px a touch must travel to open or close an ion-item-sliding

// an element of the document stub with Ionic's elements' methods; a <canvas> with the converter's id draws on the
// page's (view/canvas.js), its context's canvas being it (Chart.js checks)
function elementRef(spec) {
  var ref = dom.element(spec.tag);
  ref.tag = spec.tag;
  if (spec.id) ref.id = spec.id;
  Object.keys(ELEMENT_METHODS).forEach(function (m) {
    ref[m] = function () { return Promise.resolve(ELEMENT_METHODS[m]); };
  });
  content.scrollMethods(ref);   // ion-content scrolls the page (pages scroll natively)
  ref.nativeElement = ref;
  ref.el = ref;
  // an ion-input's native input (Maskito's element predicate): an inert one too
  var input = null;
  ref.getInputElement = function () {
    return Promise.resolve(input || (input = dom.element(ref.tag === 'ion-textarea' ? 'textarea' : 'input')));
  };
  return ref;
}

// `#name` on a custom component: its instance once the child started (WeChat creates children after their
// owner's first render, where Angular has them already). Until then the element stand-in answers, and any other
// member is a pending one: calling it gives undefined, showing it shows nothing, the async pipe takes it for null
// (`child.loading$ | async`); the owner renders again when the child registers.
function childComponent(view, name, standIn) {
  var pending = {};
  return new Proxy(standIn, {
    get: function (target, k) {
      var child = view.children[name];
      if (child && k in child) return typeof child[k] === 'function' ? child[k].bind(child) : child[k];
      if (child || k in target || typeof k !== 'string') return target[k];
      return pending[k] || (pending[k] = Object.assign(function () {}, { toString: function () { return ''; },
        ɵpending: true }));
    },
    set: function (target, k, v) {
      (view.children[name] || target)[k] = v;
      return true;
    }
  });
}

module.exports = refHelpers;
refHelpers.elementRef = elementRef;   // what an attribute directive gets as its element (view/directives.js)

function refHelpers(view, host) {
  var refCache = {};
  var listed = {}; // name -> the references of that name the render in progress made, in template order
  var slides = {}, slideStart = {}; // ion-item-sliding: open items, and where a touch began (key: path#site)

  // IonItemSliding.close() (key) or IonList.closeSlidingItems() (null: every item)
  function closeSlide(key) {
    return function () {
      if (key === null) slides = {};
      else delete slides[key];
      view.markForCheck();
      return Promise.resolve(true);
    };
  }


  var h = {
    ref: function (scope, name, spec) {
      var key = scope.$p + '#' + name, ref;
      if (spec.kind === 'component') {
        ref = refCache[key] || (refCache[key] = childComponent(view, name, elementRef({ tag: spec.tag })));
      } else {
        ref = refCache[key] || (refCache[key] = elementRef({ tag: spec.tag, id: spec.id }));
        if (spec.slide) ref.close = closeSlide(scope.$p + '#' + spec.slide);
        if (spec.slides) view.slider(scope, spec.slides, ref); // its methods and .swiper (view/slides.js)
        if (spec.file !== undefined) {   // an <input type="file">: click() taps it, which opens the picker
          var input = { dataset: { h: spec.file, p: scope.$p } };
          ref.click = function () { view.dispatch({ type: 'tap', currentTarget: input }); };
        }
        if (spec.tag === 'ion-list') ref.closeSlidingItems = closeSlide(null);
        if ('value' in spec) ref.value = spec.value == null ? '' : String(spec.value);   // an input's
        else if ('typed' in spec && !('value' in ref)) ref.value = spec.typed;
      }
      view.refs[name] = ref;
      if (!(name in listed)) listed[name] = [];
      if (listed[name].indexOf(ref) < 0) listed[name].push(ref);
      return ref;
    },
    refTyped: function (scope, name, value) { refCache[scope.$p + '#' + name].value = value; },
    slideOpen: function (scope, site) { return !!slides[scope.$p + '#' + site]; },
    slide: function (scope, site, e) { // a swipe to the left opens an ion-item-sliding, to the right closes it
      var key = scope.$p + '#' + site;
      var touch = (e.type === 'touchstart' ? e.touches : e.changedTouches || [])[0];
      var x = touch ? touch.clientX : 0;
      if (e.type === 'touchstart') {
        slideStart[key] = x;
        return;
      }
      var dx = x - (key in slideStart ? slideStart[key] : x);
      delete slideStart[key];
      if (dx < -SWIPE) slides[key] = true;
      else if (dx > SWIPE) delete slides[key];
    },
  };
  // what a { static: true } query finds before the first render (host.js): an element stand-in (after it, the
  // render's own reference)
  view.staticRef = function () { return elementRef({ tag: 'div' }); };
  // a query of a name finds every element of the last render that has it (#item in an *ngFor), in template order
  return {
    h: h,
    rendering: function () { listed = {}; },
    rendered: function () { view.refLists = listed; }
  };
}
