'use strict';
// Dependency injection: constructor deps from __ng__, inject() in field initialisers, providedIn root
// singletons, provider literals, multi providers, hierarchy flags, InjectionToken factories, errors.
const test = require('node:test');
const assert = require('node:assert');
const { layout } = require('./helpers/runtime.js');

const rt = layout({ routes: [], tabs: [] });
const core = rt.require('angular/core.js');
const { Injector, InjectionToken, inject } = core;

function injectable(C, deps, extra) {
  C.__ng__ = Object.assign({ kind: 'injectable', deps: () => deps || [] }, extra);
  return C;
}

test('constructor deps and inject() in field initialisers resolve root singletons', () => {
  const Storage = injectable(class Storage {}, [], { providedIn: 'root' });
  const User = injectable(class User { constructor(storage) { this.storage = storage; } }, [{ token: Storage }],
    { providedIn: 'root' });
  const Conf = injectable(class Conf { constructor() { this.user = inject(User); } }, [], { providedIn: 'root' });
  const root = new Injector([], null);
  const a = root.get(Conf);
  const page = new Injector([], root);
  assert.strictEqual(page.get(User), a.user);
  assert.strictEqual(a.user.storage, root.get(Storage));
});

test('provider literals: useClass, useValue, useFactory with deps, useExisting, multi', () => {
  const TOKEN = new InjectionToken('cfg');
  const MULTI = new InjectionToken('multi');
  class Base {}
  class Impl {}
  class Alias {}
  class Made { constructor(cfg, missing) { this.args = [cfg.a, missing]; } }
  const inj = new Injector([
    { provide: Base, useClass: Impl },
    { provide: TOKEN, useValue: { a: 1 } },
    { provide: 'f', useFactory: (cfg, missing, same) => [cfg.a, missing, same.a],
      deps: [TOKEN, [new core.Optional(), 'nope'], [new core.Optional(), new core.Inject(TOKEN)]] },
    { provide: Alias, useExisting: Base },
    { provide: Made, deps: [TOKEN, [new core.Optional(), 'nope']] },
    { provide: MULTI, useValue: 1, multi: true },
    [{ provide: MULTI, useFactory: () => 2, multi: true }]
  ]);
  assert.ok(inj.get(Base) instanceof Impl);
  assert.strictEqual(inj.get(Alias), inj.get(Base));
  assert.deepStrictEqual(inj.get('f'), [1, null, 1]);
  assert.deepStrictEqual(inj.get(Made).args, [1, null]);   // a static provider: exactly its deps
  assert.deepStrictEqual(inj.get(MULTI), [1, 2]);
});

test('component-level providers shadow root ones; self, skipSelf and optional flags', () => {
  const Ctl = injectable(class Ctl {}, [], { providedIn: 'root' });
  const root = new Injector([], null);
  const page = new Injector([Ctl], root);
  assert.notStrictEqual(page.get(Ctl), root.get(Ctl));
  assert.strictEqual(page.get(Ctl, undefined, { skipSelf: true }), root.get(Ctl));
  const child = new Injector([], page);
  assert.strictEqual(child.get(Ctl), page.get(Ctl));
  assert.strictEqual(child.get(Ctl, undefined, { self: true, optional: true }), null);
  const Needs = injectable(class { constructor(c) { this.c = c; } }, [{ token: new InjectionToken('x'), optional: true }]);
  assert.strictEqual(child.ɵconstruct(Needs).c, null);
});

test('InjectionToken factories run at root in an injection context; missing tokens throw', () => {
  const Dep = injectable(class Dep {}, [], { providedIn: 'root' });
  const T = new InjectionToken('T', { providedIn: 'root', factory: () => ({ dep: inject(Dep) }) });
  const root = new Injector([], null);
  assert.ok(root.get(T).dep instanceof Dep);
  assert.throws(() => root.get(new InjectionToken('none')), /NG0201: No provider for InjectionToken none/);
  assert.throws(() => inject(Dep), /NG0203/);
});

test('circular dependencies are reported, not a stack overflow', () => {
  const A = injectable(class A {}, [], { providedIn: 'root' });
  const B = injectable(class B { constructor() { this.a = inject(A); } }, [], { providedIn: 'root' });
  A.__ng__.deps = () => [{ token: B }];
  assert.throws(() => new Injector([], null).get(A), /NG0200/);
});

test('NgModules and ModuleWithProviders contribute providers; importProvidersFrom; forwardRef', () => {
  const T = new InjectionToken('t');
  const U = new InjectionToken('u');
  class Inner {}
  Inner.__ng__ = { kind: 'ngmodule', providers: () => [{ provide: T, useValue: 'inner' }] };
  class Outer {}
  Outer.__ng__ = { kind: 'ngmodule', imports: () => [Inner, { ngModule: Inner, providers: [{ provide: U, useValue: 'u' }] }] };
  const inj = new Injector([core.importProvidersFrom(Outer), { provide: 'late', useExisting: core.forwardRef(() => T) }]);
  assert.strictEqual(inj.get(T), 'inner');
  assert.strictEqual(inj.get(U), 'u');
  assert.strictEqual(inj.get('late'), 'inner');
});

test('Injector, DestroyRef and ngOnDestroy of created services', () => {
  const log = [];
  const Svc = injectable(class Svc { ngOnDestroy() { log.push('svc'); } }, []);
  const inj = new Injector([Svc], new Injector([], null));
  assert.strictEqual(inj.get(Injector), inj);
  inj.get(Svc);
  inj.get(core.DestroyRef).onDestroy(() => log.push('ref'));
  inj.destroy();
  assert.deepStrictEqual(log, ['ref', 'svc']);
});

test('bootstrap: root providers, APP_INITIALIZER (promise, observable) before the root component', async () => {
  const rx = rt.rxjs();
  const log = [];
  const CONFIG = new InjectionToken('config');
  class AppComponent { constructor() { log.push('app:' + inject(CONFIG)); } ngOnInit() { log.push('init'); } }
  AppComponent.__ng__ = { kind: 'component', deps: () => [] };
  const pb = rt.require('angular/platform-browser.js');
  const ref = await pb.bootstrapApplication(AppComponent, { providers: [
    { provide: CONFIG, useValue: 'c' },
    { provide: core.APP_INITIALIZER, multi: true, useValue: () => new Promise((r) => setTimeout(() => { log.push('a'); r(); }, 5)) },
    core.provideAppInitializer(() => rx.timer(1).pipe(rx.map(() => log.push('b'))))
  ] });
  // initializers run side by side (as Angular runs them); the root component waits for all of them
  assert.deepStrictEqual(log.slice(0, 2).sort().concat(log.slice(2)), ['a', 'b', 'app:c', 'init']);
  assert.ok(ref.components[0] instanceof AppComponent);
  let ran = false;
  core.ɵwhenReady(() => { ran = true; });
  assert.ok(ran, 'hosts run at once after bootstrap');
});

// Libraries as ng-packagr (partial declarations) and older Angular (full Ivy definitions) compile them.
test('partially compiled library classes: factories, injectables, pipes and NgModule providers', () => {
  const i0 = core;
  class Store {}
  Store.ɵfac = i0.ɵɵngDeclareFactory({ minVersion: '12.0.0', version: '16.0.0', ngImport: i0, type: Store, deps: [],
    target: i0.ɵɵFactoryTarget.Injectable });
  Store.ɵprov = i0.ɵɵngDeclareInjectable({ minVersion: '12.0.0', version: '16.0.0', ngImport: i0, type: Store,
    providedIn: 'root' });
  const LANG = new InjectionToken('lang');
  class Translate { constructor(store, lang) { this.store = store; this.lang = lang; } }
  Translate.ɵfac = i0.ɵɵngDeclareFactory({ ngImport: i0, type: Translate,
    deps: [{ token: Store }, { token: LANG, optional: true }], target: i0.ɵɵFactoryTarget.Injectable });
  Translate.ɵprov = i0.ɵɵngDeclareInjectable({ ngImport: i0, type: Translate });
  class TranslatePipe { constructor(t) { this.t = t; } }
  TranslatePipe.ɵfac = i0.ɵɵngDeclareFactory({ ngImport: i0, type: TranslatePipe, deps: [{ token: Translate }],
    target: i0.ɵɵFactoryTarget.Pipe });
  TranslatePipe.ɵpipe = i0.ɵɵngDeclarePipe({ ngImport: i0, type: TranslatePipe, name: 'translate', pure: false });
  TranslatePipe.ɵprov = i0.ɵɵngDeclareInjectable({ ngImport: i0, type: TranslatePipe });
  class TranslateModule {}
  TranslateModule.ɵmod = i0.ɵɵngDeclareNgModule({ ngImport: i0, type: TranslateModule, declarations: [TranslatePipe] });
  TranslateModule.ɵinj = i0.ɵɵngDeclareInjector({ ngImport: i0, type: TranslateModule,
    providers: [{ provide: LANG, useValue: 'zh' }] });
  i0.ɵɵngDeclareClassMetadata({ ngImport: i0, type: TranslateModule, decorators: [{ type: i0.NgModule }] });
  // a factory provider declared with the class (NgXs's config), and a token whose factory injects INJECTOR
  class Config { constructor(lang) { this.lang = lang; } }
  Config.ɵprov = i0.ɵɵngDeclareInjectable({ ngImport: i0, type: Config, providedIn: 'root',
    useFactory: (lang) => new Config(lang), deps: [{ token: LANG }] });
  const STRATEGY = new InjectionToken('strategy', { providedIn: 'root',
    factory: () => i0.inject(i0.INJECTOR).get(Config).lang + ' strategy' });
  class Sub extends Translate {}
  Sub.ɵfac = i0.ɵɵngDeclareFactory({ ngImport: i0, type: Sub, deps: null, target: i0.ɵɵFactoryTarget.Injectable });

  const root = new Injector([TranslateModule], null);
  const t = root.get(Translate);
  assert.strictEqual(t.store, root.get(Store));
  assert.strictEqual(t.lang, 'zh');
  assert.deepStrictEqual([TranslatePipe.__ng__.kind, TranslatePipe.__ng__.name, TranslatePipe.__ng__.pure],
    ['pipe', 'translate', false]);
  assert.strictEqual(root.ɵconstruct(TranslatePipe).t, t);
  assert.strictEqual(root.ɵconstruct(Sub).store, t.store);   // deps null: the parent's constructor deps
  assert.deepStrictEqual([root.get(Config).lang, root.get(STRATEGY)], ['zh', 'zh strategy']);
  assert.strictEqual(new i0.Version('16.2.1').minor, '2');
});

test('full Ivy library classes: factories that inject, defineInjectable, NgModule injector definitions', () => {
  const i0 = core;
  class Http {}
  Http.ɵfac = function Http_Factory(t) { return new (t || Http)(); };
  Http.ɵprov = i0.ɵɵdefineInjectable({ token: Http, factory: Http.ɵfac, providedIn: 'root' });
  const BASE = new InjectionToken('base');
  class Api { constructor(http, base) { this.http = http; this.base = base; } }
  Api.ɵfac = function Api_Factory(t) { return new (t || Api)(i0.ɵɵinject(Http), i0.ɵɵinject(BASE, 8)); };
  Api.ɵprov = i0.ɵɵdefineInjectable({ token: Api, factory: Api.ɵfac });
  class ApiModule {}
  ApiModule.ɵfac = function ApiModule_Factory(t) { return new (t || ApiModule)(); };
  ApiModule.ɵmod = i0.ɵɵdefineNgModule({ type: ApiModule });
  ApiModule.ɵinj = i0.ɵɵdefineInjector({ providers: [Api, { provide: BASE, useValue: '/v1' }] });
  class Child extends Api {}
  let base;
  Child.ɵfac = function Child_Factory(t) { return (base || (base = i0.ɵɵgetInheritedFactory(Child)))(t || Child); };

  const root = new Injector([ApiModule], null);
  const api = root.get(Api);
  assert.strictEqual(api.http, root.get(Http));
  assert.strictEqual(api.base, '/v1');
  const child = root.ɵconstruct(Child);
  assert.ok(child instanceof Child);
  assert.strictEqual(child.base, '/v1');
});

test('pre-Ivy (View Engine) library classes: decorators applied at load time, ctorParameters', () => {
  // as a UMD bundle of Angular <= 8 writes them (tslib's __decorate and __param)
  function __decorate(decorators, target) {
    return decorators.reduceRight((t, d) => (d && d(t)) || t, target);
  }
  function __param(index, decorator) { return (target, key) => decorator(target, key, index); }
  const CONFIG = new InjectionToken('config');
  class Colors {}
  const Colors2 = __decorate([core.Injectable({ providedIn: 'root' })], Colors);
  class Avatar { constructor(colors, config) { this.colors = colors; this.config = config; } }
  Avatar.ctorParameters = () => [{ type: Colors2 },
    { type: undefined, decorators: [{ type: core.Optional }, { type: core.Inject, args: [CONFIG] }] }];
  const Avatar2 = __decorate([core.Injectable(), __param(1, core.Optional()), __param(1, core.Inject(CONFIG))], Avatar);
  class AvatarModule {}
  const Module = __decorate([core.NgModule({ providers: [Avatar2] })], AvatarModule);
  const root = new Injector([Module], null);
  assert.strictEqual(root.get(Avatar).colors, root.get(Colors));
  assert.strictEqual(root.get(Avatar).config, null);
  assert.strictEqual(new Injector([Module, { provide: CONFIG, useValue: 'c' }], null).get(Avatar).config, 'c');
  assert.ok(new core.Optional() instanceof core.Optional);
});

test("names an Angular package exports and the runtime does not play are classes a library can extend", () => {
  const forms = rt.require('angular/forms.js');
  class RequiredOption extends forms.CheckboxRequiredValidator {}
  assert.ok(new RequiredOption() instanceof forms.CheckboxRequiredValidator);
  assert.strictEqual(forms.CheckboxRequiredValidator, forms.CheckboxRequiredValidator);   // the same each time
  assert.strictEqual(typeof forms.FormControl, 'function');   // what it plays is untouched
  assert.strictEqual(forms.then, undefined);   // not a promise
});
