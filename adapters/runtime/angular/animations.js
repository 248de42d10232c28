'use strict';
// @angular/animations and @angular/platform-browser/animations: WXML has no Angular animation renderer
// (the template compiler reports [@trigger] bindings), so the builders return inert metadata.
var standIns = require('./stand-ins.js');

function metadata(type) {
  return function () { return { type: type, args: Array.prototype.slice.call(arguments) }; };
}

function NoopAnimationPlayer() {}
['play', 'pause', 'restart', 'finish', 'destroy', 'reset', 'init', 'setPosition'].forEach(function (name) {
  NoopAnimationPlayer.prototype[name] = function () {};
});
NoopAnimationPlayer.prototype.onDone = function (fn) { fn(); };
NoopAnimationPlayer.prototype.onStart = NoopAnimationPlayer.prototype.onDone;
NoopAnimationPlayer.prototype.onDestroy = function () {};
NoopAnimationPlayer.prototype.hasStarted = function () { return false; };
NoopAnimationPlayer.prototype.getPosition = function () { return 0; };

function AnimationBuilder() {}
AnimationBuilder.__ng__ = { providedIn: 'root' };
AnimationBuilder.prototype.build = function () {
  return { create: function () { return new NoopAnimationPlayer(); } };
};

function Marker() {}
function noProviders() {
  return [];
}

module.exports = {
  trigger: metadata('trigger'), state: metadata('state'), style: metadata('style'), animate: metadata('animate'),
  transition: metadata('transition'), group: metadata('group'), sequence: metadata('sequence'),
  keyframes: metadata('keyframes'), query: metadata('query'), stagger: metadata('stagger'),
  animateChild: metadata('animateChild'), useAnimation: metadata('useAnimation'), animation: metadata('animation'),
  AUTO_STYLE: '*', AnimationBuilder: AnimationBuilder, NoopAnimationPlayer: NoopAnimationPlayer,
  BrowserAnimationsModule: Marker, NoopAnimationsModule: Marker, provideAnimations: noProviders,
  provideAnimationsAsync: noProviders, provideNoopAnimations: noProviders
};
module.exports = standIns(module.exports);
