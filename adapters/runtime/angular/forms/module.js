'use strict';
// What NgModules and components name of @angular/forms: FormsModule, ReactiveFormsModule, the directive classes
// (markers: the template compiler compiles their bindings) and the value-accessor tokens. The form model is
// forms.js's.
var core = require('../core/base.js');

function Marker() {}
// the modules' options (callSetDisabledState, warnOnNgModelWithFormControl) change nothing the runtime does
function FormsModule() {}
function ReactiveFormsModule() {}
[FormsModule, ReactiveFormsModule].forEach(function (M) {
  M.withConfig = function () { return { ngModule: M, providers: [] }; };
});
var NG_VALUE_ACCESSOR = new core.InjectionToken('NgValueAccessor');
var NG_VALIDATORS = new core.InjectionToken('NgValidators');
var NG_ASYNC_VALIDATORS = new core.InjectionToken('NgAsyncValidators');

module.exports = {
  NG_VALUE_ACCESSOR: NG_VALUE_ACCESSOR, NG_VALIDATORS: NG_VALIDATORS, NG_ASYNC_VALIDATORS: NG_ASYNC_VALIDATORS,
  FormsModule: FormsModule, ReactiveFormsModule: ReactiveFormsModule, NgModelGroup: Marker, FormGroupDirective: Marker,
  FormControlDirective: Marker, FormControlName: Marker, FormGroupName: Marker, FormArrayName: Marker,
  DefaultValueAccessor: Marker, CheckboxControlValueAccessor: Marker, SelectControlValueAccessor: Marker,
  NumberValueAccessor: Marker, RadioControlValueAccessor: Marker, RequiredValidator: Marker,
  EmailValidator: Marker, MinLengthValidator: Marker, MaxLengthValidator: Marker, PatternValidator: Marker,
  NgControlStatus: Marker, NgControlStatusGroup: Marker, NgSelectOption: Marker
};
