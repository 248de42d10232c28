'use strict';
// [(x)]="target" on a child component, as Angular 17.2+ binds it: a writable signal as the target gives its value, and
// is set when x changes rather than replaced (ɵɵtwoWayProperty, ɵɵtwoWayBindingSet). A view helper file (view.js
// createView): the compiled page requires it when its template has one.
function isWritableSignal(v) {
  return typeof v === 'function' && typeof v.set === 'function' && typeof v.update === 'function';
}

module.exports = function twoWayHelpers() {
  var h = {
    twoWay: function (value) { return isWritableSignal(value) ? value() : value; },
    twoWaySet: function (target, value) {
      if (!isWritableSignal(target)) return false;
      target.set(value);
      return true;
    }
  };
  return { h: h };
};
