'use strict';
// The forms model: validators, FormControl/FormGroup/FormArray status and values, FormBuilder,
// and NgForm/NgModel as the template compiler drives them.
const test = require('node:test');
const assert = require('node:assert');
const { layout } = require('./helpers/runtime.js');

const rt = layout({ routes: [], tabs: [] });
const forms = rt.require('angular/forms.js');
const { FormControl, FormGroup, FormArray, FormBuilder, Validators, NgForm, NgModel } = forms;

test('validators', () => {
  const c = (v) => ({ value: v });
  assert.deepStrictEqual(Validators.required(c('')), { required: true });
  assert.strictEqual(Validators.required(c('x')), null);
  assert.deepStrictEqual(Validators.email(c('a@')), { email: true });
  assert.strictEqual(Validators.email(c('a@b.co')), null);
  assert.deepStrictEqual(Validators.minLength(3)(c('ab')), { minlength: { requiredLength: 3, actualLength: 2 } });
  assert.deepStrictEqual(Validators.max(5)(c(6)), { max: { max: 5, actual: 6 } });
  assert.strictEqual(Validators.pattern('[a-z]+')(c('abc')), null);
  assert.ok(Validators.pattern('[a-z]+')(c('abc1')).pattern);
  assert.deepStrictEqual(Validators.compose([Validators.required, Validators.minLength(2)])(c('')), { required: true });
});

test('FormGroup value, status, patch, reset, disable and valueChanges', () => {
  const g = new FormGroup({
    name: new FormControl('', Validators.required),
    age: new FormControl(3, [Validators.min(0)]),
    tags: new FormArray([new FormControl('a')])
  });
  assert.strictEqual(g.status, 'INVALID');
  assert.deepStrictEqual(g.get('name').errors, { required: true });
  const values = [];
  g.valueChanges.subscribe((v) => values.push(v.name));
  g.patchValue({ name: 'Burt' });
  assert.ok(g.valid);
  assert.deepStrictEqual(values, ['Burt']);
  g.get('tags').push(new FormControl('b'));
  assert.deepStrictEqual(g.value, { name: 'Burt', age: 3, tags: ['a', 'b'] });
  g.get('age').disable();
  assert.deepStrictEqual(g.value, { name: 'Burt', tags: ['a', 'b'] });
  assert.deepStrictEqual(g.getRawValue(), { name: 'Burt', age: 3, tags: ['a', 'b'] });
  g.get('name').markAsDirty();
  assert.ok(g.dirty);
  g.reset();
  assert.strictEqual(g.get('name').value, '');
  assert.ok(g.pristine && g.invalid);
  assert.ok(g.hasError('required', 'name'));
});

test('FormBuilder arrays and nested groups', () => {
  const fb = new FormBuilder();
  const g = fb.group({ user: fb.group({ email: ['', [Validators.required, Validators.email]] }), items: fb.array(['x']) });
  g.get('user.email').setValue('bad');
  assert.deepStrictEqual(g.get('user.email').errors, { email: true });
  assert.ok(g.invalid);
  assert.strictEqual(g.get('items').at(0).value, 'x');
});

test('NgForm with NgModel controls: valid, value, submitted', () => {
  const form = new NgForm();
  const username = new NgModel('username', Validators.required);
  const password = new NgModel('password', [Validators.required]);
  form.addControl(username);
  form.addControl(password);
  username.setModel('');
  password.setModel('');
  assert.ok(form.invalid && username.pristine);
  const submitted = [];
  form.ngSubmit.subscribe(() => submitted.push(form.value));
  form.onSubmit();
  assert.ok(form.submitted);
  username.viewToModelUpdate('burt');
  password.viewToModelUpdate('pw');
  assert.ok(form.valid && username.dirty);
  assert.deepStrictEqual(form.value, { username: 'burt', password: 'pw' });
  assert.deepStrictEqual(submitted, [{ username: '', password: '' }]);
  form.resetForm();
  assert.ok(!form.submitted && form.invalid);
});

test('add, remove and has validators work on the validators given, by identity, as Angular 12.2+ does', () => {
  // Arno19moller/Boomkyk makes a field optional with controls.parent.removeValidators(Validators.required)
  const c = new FormControl('', [Validators.required, Validators.maxLength(2)]);
  assert.strictEqual(c.hasValidator(Validators.required), true);
  c.removeValidators(Validators.required);
  c.updateValueAndValidity();
  assert.strictEqual(c.hasValidator(Validators.required), false);
  assert.strictEqual(c.valid, true);
  c.setValue('abc');
  assert.deepStrictEqual(Object.keys(c.errors), ['maxlength']);
  c.addValidators([Validators.required, Validators.required]);
  c.setValue('');
  assert.deepStrictEqual(c.errors, { required: true });
  c.clearValidators();
  c.updateValueAndValidity();
  assert.strictEqual(c.valid, true);
});
