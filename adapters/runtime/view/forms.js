'use strict';
// Template-driven and reactive forms in the template: #f="ngForm" and #m="ngModel" references (h.formRef), a
// control the user typed into becoming dirty, a form's submit button, a reactive control's new value. A view
// helper file (view.js createView): the compiled page requires it when its template uses forms.
var forms = require('../angular/forms.js');

/** Angular's validators for a control's static validation attributes (required, minlength …). */
function validators(spec) {
  var V = forms.Validators, out = [];
  if (spec.required) out.push(V.required);
  if (spec.email) out.push(V.email);
  if (spec.minlength) out.push(V.minLength(Number(spec.minlength)));
  if (spec.maxlength) out.push(V.maxLength(Number(spec.maxlength)));
  if (spec.pattern) out.push(V.pattern(spec.pattern));
  if (spec.min !== undefined) out.push(V.min(Number(spec.min)));
  if (spec.max !== undefined) out.push(V.max(Number(spec.max)));
  return out;
}

function readValue(spec) {
  try {
    return typeof spec.value === 'function' ? spec.value() : undefined;
  } catch (e) {
    return undefined;
  }
}

module.exports = function formHelpers(view) {
  var formRefs = {}; // NgForm per #ref and scope
  var models = {}; // NgModel per control name and scope, shared by #f="ngForm" and #m="ngModel"

  function ngModel(scope, name, spec) {
    var key = scope.$p + '#' + name;
    var model = models[key] || (models[key] = new forms.NgModel(name, validators(spec)));
    model.setModel(readValue(spec));
    return model;
  }

  var h = {
    formRef: function (scope, name, spec) {
      var ref;
      if (spec.kind === 'form') {
        var key = scope.$p + '#' + name;
        ref = formRefs[key] || (formRefs[key] = new forms.NgForm());
        Object.keys(spec.controls || {}).forEach(function (control) {
          ref.addControl(ngModel(scope, control, spec.controls[control]));
        });
      } else {
        ref = ngModel(scope, spec.name || name, spec);
      }
      view.refs[name] = ref;
      return ref;
    },
    submit: function (form) {
      if (form && form.onSubmit) form.onSubmit();
    },
    typed: function (scope, name, value) { // the user changed an ngModel control: it becomes dirty
      var model = models[scope.$p + '#' + name];
      if (model) model.viewToModelUpdate(value);
    },
    control: function (control, value) { // a reactive-forms control bound with formControlName/[formControl]
      if (!control) return;
      control.setValue(value);
      control.markAsDirty();
    }
  };
  return { h: h };
};
