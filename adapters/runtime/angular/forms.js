'use strict';
// @angular/forms: the form model (controls, validators, NgForm/NgModel) for code that reads `form.valid` or builds
// reactive forms, and what forms/module.js declares. Template bindings ([(ngModel)], [formControl]) are compiled
// into view-model paths and handlers by the template compiler; the directive classes are markers.
var core = require('./core/base.js');
var standIns = require('./stand-ins.js');
var declarations = require('./forms/module.js');

function empty(v) {
  return v === null || v === undefined || ((typeof v === 'string' || Array.isArray(v)) && v.length === 0);
}

// RFC-ish e-mail check, the pattern Angular uses
var EMAIL = /^(?=.{1,254}$)(?=.{1,64}@)[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

var Validators = {
  required: function (c) { return empty(c.value) ? { required: true } : null; },
  requiredTrue: function (c) { return c.value === true ? null : { required: true }; },
  email: function (c) { return empty(c.value) || EMAIL.test(c.value) ? null : { email: true }; },
  nullValidator: function () { return null; },
  min: function (min) {
    return function (c) {
      var v = parseFloat(c.value);
      return !empty(c.value) && !isNaN(v) && v < min ? { min: { min: min, actual: c.value } } : null;
    };
  },
  max: function (max) {
    return function (c) {
      var v = parseFloat(c.value);
      return !empty(c.value) && !isNaN(v) && v > max ? { max: { max: max, actual: c.value } } : null;
    };
  },
  minLength: function (n) {
    return function (c) {
      var len = c.value && c.value.length;
      return !empty(c.value) && len < n ? { minlength: { requiredLength: n, actualLength: len } } : null;
    };
  },
  maxLength: function (n) {
    return function (c) {
      var len = c.value && c.value.length;
      return len > n ? { maxlength: { requiredLength: n, actualLength: len } } : null;
    };
  },
  pattern: function (p) {
    var re = typeof p === 'string' ? new RegExp('^' + p.replace(/^\^/, '').replace(/\$$/, '') + '$') : p;
    return function (c) {
      if (empty(c.value) || re.test(c.value)) return null;
      return { pattern: { requiredPattern: String(re), actualValue: c.value } };
    };
  },
  compose: function (list) {
    var fns = (list || []).filter(Boolean);
    if (!fns.length) return null;
    return function (c) {
      var errors = null;
      fns.forEach(function (fn) {
        var e = fn(c);
        if (e) errors = Object.assign(errors || {}, e);
      });
      return errors;
    };
  }
};

// A control's validators as given (a function, a list, or the options' `validators`): the list, which
// add/remove/hasValidator work on as Angular's do, by identity
function validatorList(v) {
  if (v && !Array.isArray(v) && typeof v === 'object') v = v.validators;
  return (Array.isArray(v) ? v : [v]).filter(Boolean);
}

class AbstractControl {
  constructor(validator) {
    this.setValidators(validator);
    this.parent = null;
    this.errors = null;
    this.status = 'VALID';
    this.pristine = true;
    this.touched = false;
    this.valueChanges = new core.EventEmitter();
    this.statusChanges = new core.EventEmitter();
  }
  get valid() { return this.status === 'VALID'; }
  get invalid() { return this.status === 'INVALID'; }
  get pending() { return this.status === 'PENDING'; }
  get disabled() { return this.status === 'DISABLED'; }
  get enabled() { return this.status !== 'DISABLED'; }
  get dirty() { return !this.pristine; }
  get untouched() { return !this.touched; }
  get root() { return this.parent ? this.parent.root : this; }
  setValidators(v) {
    this._validators = validatorList(v);
    this.validator = this._validators.length > 1 ? Validators.compose(this._validators) : this._validators[0] || null;
  }
  addValidators(v) {
    this.setValidators(this._validators.concat(validatorList(v).filter(function (f) { return !this.hasValidator(f); }, this)));
  }
  removeValidators(v) {
    var gone = validatorList(v);
    this.setValidators(this._validators.filter(function (f) { return gone.indexOf(f) < 0; }));
  }
  clearValidators() { this.setValidators(null); }
  hasValidator(fn) { return this._validators.indexOf(fn) >= 0; }
  setErrors(errors) {
    this.errors = errors;
    this.status = this._status();
  }
  getError(code, path) {
    var c = path ? this.get(path) : this;
    return c && c.errors ? c.errors[code] : null;
  }
  hasError(code, path) { return !!this.getError(code, path); }
  markAsTouched() { this.touched = true; }
  markAsUntouched() { this.touched = false; }
  markAllAsTouched() {
    this.touched = true;
    this._children().forEach(function (c) { c.markAllAsTouched(); });
  }
  markAsDirty() {
    this.pristine = false;
    if (this.parent) this.parent.markAsDirty();
  }
  markAsPristine() {
    this.pristine = true;
    this._children().forEach(function (c) { c.markAsPristine(); });
  }
  disable(opts) {
    this.status = 'DISABLED';
    this.errors = null;
    this._children().forEach(function (c) { c.disable({ onlySelf: true }); });
    this.updateValueAndValidity(opts);
  }
  enable(opts) {
    this.status = 'VALID';
    this._children().forEach(function (c) { c.enable({ onlySelf: true }); });
    this.updateValueAndValidity(opts);
  }
  get(path) {
    var parts = Array.isArray(path) ? path : String(path).split('.');
    return parts.reduce(function (c, key) { return c && c.controls ? c.controls[key] || null : null; }, this);
  }
  updateValueAndValidity(opts) {
    opts = opts || {};
    this._updateValue();
    if (this.status !== 'DISABLED') {
      this.errors = this.validator ? this.validator(this) : null;
      this.status = this._status();
    }
    if (opts.emitEvent !== false) {
      this.valueChanges.emit(this.value);
      this.statusChanges.emit(this.status);
    }
    if (this.parent && !opts.onlySelf) this.parent.updateValueAndValidity(opts);
  }
  _status() {
    if (this.status === 'DISABLED') return 'DISABLED';
    if (this.errors) return 'INVALID';
    return this._children().some(function (c) { return c.invalid; }) ? 'INVALID' : 'VALID';
  }
  _children() { return []; }
  _updateValue() {}
}

class FormControl extends AbstractControl {
  constructor(state, validator) {
    super(validator);
    var boxed = state !== null && typeof state === 'object' && 'value' in state && 'disabled' in state;
    this.defaultValue = boxed ? state.value : state === undefined ? null : state;
    this.value = this.defaultValue;
    if (boxed && state.disabled) this.status = 'DISABLED';
    this.updateValueAndValidity({ onlySelf: true, emitEvent: false });
  }
  setValue(value, opts) {
    this.value = value;
    this.updateValueAndValidity(opts);
  }
  patchValue(value, opts) { this.setValue(value, opts); }
  reset(state, opts) {
    this.value = state === undefined ? this.defaultValue : state;
    this.pristine = true;
    this.touched = false;
    this.updateValueAndValidity(opts);
  }
  getRawValue() { return this.value; }
}

class FormGroup extends AbstractControl {
  constructor(controls, validator) {
    super(validator);
    this.controls = {};
    Object.keys(controls || {}).forEach(function (k) { this._add(k, controls[k]); }, this);
    this.updateValueAndValidity({ onlySelf: true, emitEvent: false });
  }
  _add(name, control) {
    control.parent = this;
    this.controls[name] = control;
  }
  _children() {
    var controls = this.controls;
    return Object.keys(controls).map(function (k) { return controls[k]; });
  }
  _updateValue() {
    var value = Array.isArray(this.controls) ? [] : {};
    Object.keys(this.controls).forEach(function (k) {
      if (this.controls[k].enabled || this.disabled) value[k] = this.controls[k].value;
    }, this);
    this.value = value;
  }
  addControl(name, control, opts) {
    this._add(name, control);
    this.updateValueAndValidity(opts);
  }
  setControl(name, control, opts) { this.addControl(name, control, opts); }
  removeControl(name, opts) {
    delete this.controls[name];
    this.updateValueAndValidity(opts);
  }
  contains(name) { return !!this.controls[name] && this.controls[name].enabled; }
  setValue(value, opts) {
    Object.keys(value).forEach(function (k) {
      this.controls[k].setValue(value[k], { onlySelf: true, emitEvent: opts && opts.emitEvent });
    }, this);
    this.updateValueAndValidity(opts);
  }
  patchValue(value, opts) {
    Object.keys(value || {}).forEach(function (k) {
      var c = this.controls[k];
      if (c) c.patchValue(value[k], { onlySelf: true, emitEvent: opts && opts.emitEvent });
    }, this);
    this.updateValueAndValidity(opts);
  }
  reset(value, opts) {
    value = value || {};
    Object.keys(this.controls).forEach(function (k) {
      this.controls[k].reset(value[k], { onlySelf: true, emitEvent: opts && opts.emitEvent });
    }, this);
    this.pristine = true;
    this.touched = false;
    this.updateValueAndValidity(opts);
  }
  getRawValue() {
    var out = Array.isArray(this.controls) ? [] : {};
    Object.keys(this.controls).forEach(function (k) { out[k] = this.controls[k].getRawValue(); }, this);
    return out;
  }
}

// A FormGroup whose controls are an array
class FormArray extends FormGroup {
  constructor(controls, validator) {
    super({}, validator);
    this.controls = [];
    (controls || []).forEach(function (c) { this._add(this.controls.length, c); }, this);
    this.updateValueAndValidity({ onlySelf: true, emitEvent: false });
  }
  get length() { return this.controls.length; }
  at(i) { return this.controls[i < 0 ? this.controls.length + i : i]; }
  push(control, opts) { this.insert(this.controls.length, control, opts); }
  insert(i, control, opts) {
    control.parent = this;
    this.controls.splice(i, 0, control);
    this.updateValueAndValidity(opts);
  }
  removeAt(i, opts) {
    this.controls.splice(i, 1);
    this.updateValueAndValidity(opts);
  }
  clear(opts) {
    this.controls.splice(0);
    this.updateValueAndValidity(opts);
  }
  setValue(value, opts) { FormGroup.prototype.setValue.call(this, value, opts); }
  reset(value, opts) { FormGroup.prototype.reset.call(this, value || [], opts); }
}

class FormBuilder {
  control(state, validator) { return new FormControl(state, validator); }
  array(items, validator) { return new FormArray(items.map(this._control, this), validator); }
  group(config, options) {
    var controls = {};
    Object.keys(config).forEach(function (k) { controls[k] = this._control(config[k]); }, this);
    return new FormGroup(controls, options);
  }
  record(config, options) { return this.group(config, options); }
  // fb.group({ name: ['', Validators.required], sub: fb.group(…), plain: 'x' })
  _control(c) {
    if (c instanceof AbstractControl) return c;
    return Array.isArray(c) ? new FormControl(c[0], c[1]) : new FormControl(c);
  }
  get nonNullable() { return this; }
}
FormBuilder.__ng__ = { providedIn: 'root' };

// NgForm / NgModel: what `#f="ngForm"` and `#m="ngModel"` refer to. The template compiler keeps one
// NgForm per <form> and calls addControl / viewToModelUpdate as the inputs change.
class NgModel {
  constructor(name, validators) {
    this.name = name || null;
    this.control = new FormControl(null, validators);
    this.update = new core.EventEmitter();
  }
  get value() { return this.control.value; }
  get valid() { return this.control.valid; }
  get invalid() { return this.control.invalid; }
  get errors() { return this.control.errors; }
  get dirty() { return this.control.dirty; }
  get pristine() { return this.control.pristine; }
  get touched() { return this.control.touched; }
  get untouched() { return this.control.untouched; }
  hasError(code) { return this.control.hasError(code); }
  // the model changed in code: the control follows without marking it dirty
  setModel(value) {
    if (value !== this.control.value) this.control.setValue(value, { emitEvent: false });
  }
  // the user typed: the control becomes dirty and the model setter runs
  viewToModelUpdate(value) {
    this.control.markAsDirty();
    this.control.setValue(value);
    this.update.emit(value);
  }
}

class NgForm {
  constructor() {
    this.form = new FormGroup({});
    this.submitted = false;
    this.ngSubmit = new core.EventEmitter();
  }
  get controls() { return this.form.controls; }
  get value() { return this.form.value; }
  get valid() { return this.form.valid; }
  get invalid() { return this.form.invalid; }
  get errors() { return this.form.errors; }
  get dirty() { return this.form.dirty; }
  get pristine() { return this.form.pristine; }
  get touched() { return this.form.touched; }
  addControl(model) {
    if (this.form.controls[model.name] !== model.control) this.form.addControl(model.name, model.control);
  }
  removeControl(model) { this.form.removeControl(model.name); }
  getControl(model) { return this.form.controls[model.name]; }
  setValue(value) { this.form.setValue(value); }
  onSubmit(event) {
    this.submitted = true;
    this.ngSubmit.emit(event);
    return false;
  }
  resetForm(value) {
    this.form.reset(value);
    this.submitted = false;
  }
}

module.exports = Object.assign({
  AbstractControl: AbstractControl, FormControl: FormControl, FormGroup: FormGroup, FormArray: FormArray,
  FormRecord: FormGroup, UntypedFormControl: FormControl, UntypedFormGroup: FormGroup,
  UntypedFormArray: FormArray, FormBuilder: FormBuilder, UntypedFormBuilder: FormBuilder,
  NonNullableFormBuilder: FormBuilder, Validators: Validators, NgForm: NgForm, NgModel: NgModel
}, declarations);
module.exports = standIns(module.exports);
