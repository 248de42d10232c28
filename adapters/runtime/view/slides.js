'use strict';
// ion-slides and Swiper element (<swiper-container>) in the template: WeChat's <swiper> shows the slide this state
// says (h.slideAt, with how many slides the render made). A swipe, or a new current, fires its change (h.slid),
// which sets it, runs the `.swiper.on()` listeners and gives the element's outputs Swiper's shape ($event.detail[0]
// and $event.target.swiper: the slider). A #ref's IonSlides methods (slideNext(), getActiveIndex(), isEnd() …) and a
// swiper element's `.swiper` (activeIndex, isEnd, slideTo(), on('slideChange') …) read and set it. A view helper
// file (view.js createView): the compiled page requires it when its template has slides.
var CHANGES = ['slideChange', 'activeIndexChange', 'realIndexChange', 'slideChangeTransitionEnd'];

module.exports = function slidesHelpers(view) {
  var state = {}; // scope path#site -> { index, previous, count, on: { event: [listener] }, swiper, methods }

  function slider(key) {
    if (state[key]) return state[key];
    var st = state[key] = { index: 0, previous: 0, count: 0, on: {} };
    function go(i) {
      i = Math.max(0, Math.min(Number(i) || 0, st.count - 1));
      if (i !== st.index) {
        st.previous = st.index;
        st.index = i;
        view.markForCheck();
      }
      return true;
    }
    st.swiper = {
      get activeIndex() { return st.index; },
      get realIndex() { return st.index; },
      get previousIndex() { return st.previous; },
      get isBeginning() { return st.index === 0; },
      get isEnd() { return st.index >= st.count - 1; },
      get slides() { return new Array(st.count); },
      params: {}, allowTouchMove: true, allowSlideNext: true, allowSlidePrev: true, destroyed: false,
      slideNext: function () { return go(st.index + 1); },
      slidePrev: function () { return go(st.index - 1); },
      slideTo: go, slideToLoop: go,
      update: function () {}, updateSize: function () {}, updateSlides: function () {}, destroy: function () {},
      // Swiper's Autoplay module (swiper/angular apps set its `running`): WeChat's swiper plays as its attribute says
      autoplay: { running: false, paused: false, start: function () {}, stop: function () {}, pause: function () {},
        resume: function () {} },
      on: function (event, fn) { (st.on[event] = st.on[event] || []).push(fn); },
      off: function (event, fn) { st.on[event] = (st.on[event] || []).filter(function (f) { return fn && f !== fn; }); }
    };
    function answer(fn) { return function () { return Promise.resolve(fn.apply(null, arguments)); }; }
    st.methods = { // IonSlides' (Ionic 4-6), which resolve
      slideNext: answer(st.swiper.slideNext), slidePrev: answer(st.swiper.slidePrev), slideTo: answer(go),
      getActiveIndex: answer(function () { return st.index; }),
      getPreviousIndex: answer(function () { return st.previous; }),
      isBeginning: answer(function () { return st.swiper.isBeginning; }),
      isEnd: answer(function () { return st.swiper.isEnd; }),
      length: answer(function () { return st.count; }), getSwiper: answer(function () { return st.swiper; })
    };
    return st;
  }
  // a #ref to the slides (refs.js): IonSlides' methods, a swiper element's .swiper, swiper/angular's .swiperRef
  view.slider = function (scope, site, ref) {
    var st = slider(scope.$p + '#' + site);
    Object.assign(ref, st.methods, { swiper: st.swiper, swiperRef: st.swiper });
  };

  var h = {
    slideAt: function (scope, site, count) {
      var st = slider(scope.$p + '#' + site);
      st.count = count;
      st.index = Math.max(0, Math.min(st.index, count - 1));
      return st.index;
    },
    slid: function (scope, site, e) {
      var st = slider(scope.$p + '#' + site);
      var at = e && e.detail && e.detail.current !== undefined ? Number(e.detail.current) : st.index;
      if (at !== st.index) {
        st.previous = st.index;
        st.index = at;
      }
      CHANGES.forEach(function (name) {
        (st.on[name] || []).slice().forEach(function (fn) { fn(st.swiper); });
      });
      var detail = [st.swiper];
      detail.current = at;
      detail.source = e && e.detail ? e.detail.source : '';
      e.detail = detail;
      e.target = { swiper: st.swiper };
    }
  };
  return { h: h };
};
