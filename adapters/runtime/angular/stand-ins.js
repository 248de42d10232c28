'use strict';
// What an Angular package exports and the runtime does not play: a library that extends it or provides it
// (Angular Material's validators extend @angular/forms' CheckboxRequiredValidator) still loads. Each name
// the runtime's module lacks is a class with no behaviour, the same one each time.
module.exports = function standIns(exported) {
  var made = {};
  return new Proxy(exported, {
    get: function (target, name) {
      if (name in target || typeof name !== 'string' || name === 'then' || name === '__esModule') return target[name];
      if (!made[name]) {
        made[name] = function () {};
        Object.defineProperty(made[name], 'name', { value: name });
      }
      return made[name];
    }
  });
};
