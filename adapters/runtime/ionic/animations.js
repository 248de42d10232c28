// Ionic's animations, gestures and DOM scheduling: no DOM to animate; chainable no-ops.
function createAnimation() {
  var a = new Proxy(function () {}, {
    get: function (t, key) {
      if (key === 'then') return undefined;
      if (key === 'play') return function () { return Promise.resolve(); };
      return function () { return a; };
    }
  });
  return a;
}
function createGesture() {
  return { enable: function () {}, destroy: function () {} };
}
function DomController() {}
DomController.__ng__ = { kind: 'injectable', providedIn: 'root' };
DomController.prototype.read = DomController.prototype.write = function (fn) { setTimeout(function () { fn(Date.now()); }, 0); };

function injectable(create) {
  function Service() {}
  Service.__ng__ = { kind: 'injectable', providedIn: 'root' };
  Service.prototype.create = create;
  return Service;
}

module.exports = {
  DomController: DomController, AnimationController: injectable(createAnimation),
  GestureController: injectable(createGesture), createAnimation: createAnimation, createGesture: createGesture,
  iosTransitionAnimation: createAnimation, mdTransitionAnimation: createAnimation
};
