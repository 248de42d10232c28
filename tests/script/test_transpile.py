# ruff: noqa: E501  (expected output is data: one emitted line per row line)
"""The script compiler, construct by construct: TypeScript in, exact ES2017 CommonJS out.

Each row: name, TypeScript source, the emitted JavaScript (without the first line's
``"use strict"``/``__esModule`` prefix), and the diagnostic codes it reports. Every output also
passes esprima 4.0.1, the gate for old WeChat clients.
"""

from __future__ import annotations

import esprima

from pwa2wx.diagnostics import Diagnostics
from pwa2wx.script import modules
from pwa2wx.script.transpile import Options, compile_source
from tests.tables import table

PREFIX = '"use strict"; Object.defineProperty(exports, "__esModule", { value: true });'


def locate(spec: str) -> str | None:
    """A resolver for a module at the output root's first level (src/x.js)."""
    if spec.startswith("."):
        return spec + ".js"
    runtime = modules.runtime_module(spec)
    if runtime is not None:
        return "../pwa2wx/runtime/" + runtime if runtime else runtime
    return "../miniprogram_npm/" + spec + "/index.js"


def compile_ts(ts: str) -> tuple[str, Diagnostics]:
    diagnostics = Diagnostics()
    js = compile_source(ts, Options(file="x.ts", locate=locate), diagnostics).js
    return js, diagnostics


CASES = [
    ('types',
     'let a: number = 1; function f<T>(x: T, y?: string): T { return x as T; }',
     'let a = 1; function f(x, y) { return x; }',
     []),
    ('assertions',
     'const v = <any>w!; const s = x satisfies Y; let d!: number;',
     'const v = w; const s = x; let d;',
     []),
    ('type-only statements',
     """\
interface I { a: string }
type T = string;
declare const g: any;
function o(a: string): void;
function o(a) {}""",
     """\




function o(a) {}""",
     []),
    ('enum',
     "enum E { A = 1, B, C = 'c', D = A | 4 }",
     'var E; (function (E) { E[E["A"] = 1] = "A"; E[E["B"] = 2] = "B"; E["C"] = \'c\'; E[E["D"] = E.A | 4] = "D"; })(E || (E = {}));',
     []),
    ('const enum',
     'const enum F { X, Y }',
     'var F; (function (F) { F[F["X"] = 0] = "X"; F[F["Y"] = 1] = "Y"; })(F || (F = {}));',
     []),
    ('optional chaining',
     'a?.b.c; a?.[0]; a.b?.(1); f?.(); a?.b?.c;',
     """\
a == null ? void 0 : a.b.c; a == null ? void 0 : a[0]; ;(_a = a.b) == null ? void 0 : _a.call(a, 1); f == null ? void 0 : f(); ;(_b = a == null ? void 0 : a.b) == null ? void 0 : _b.c;
var _a, _b;
""",
     []),
    ('nullish coalescing',
     "x = f()?.g ?? 'd';",
     """\
x = (_b = ((_a = f()) == null ? void 0 : _a.g)) != null ? _b : 'd';
var _a, _b;
""",
     []),
    ('logical assignment; exponent kept (ES2016, and BigInt-safe)',
     'a ||= 1; o.p &&= 2; g().q ??= 3; n **= 2; m = 2 ** 3;',
     """\
a || (a = 1); o.p && (o.p = 2); ;(_b = (_a = g()).q) != null ? _b : (_a.q = 3); n **= 2; m = 2 ** 3;
var _a, _b;
""",
     []),
    ('object spread',
     'const o = { a, ...b, c: 1 };',
     'const o = Object.assign({ a},  b, { c: 1 });',
     []),
    ('object rest',
     'const { p, q: r, ...rest } = obj;',
     """\
const { p, q: r } = _a = obj, rest = __rest(_a, ["p", "q"]);
var _a;
function __rest(s, e) { var t = {}; for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0) t[p] = s[p]; return t; }
""",
     []),
    ('object rest in parameters: a method, a function with a default, an arrow with an expression body '
     '(@jsverse/transloco)',
     "class T { handle({ value, ...rest }: O) { return f(value, rest); } }\n"
     "function g({ a, ...r } = {}, n) { return [a, r, n]; }\nconst h = async ({ k, ...o }) => ({ k, o });",
     """\
class T { handle(_params) { let { value } = _params, rest = __rest(_params, ["value"]); return f(value, rest); } }
function g(_params_2 = {}, n) { let { a } = _params_2, r = __rest(_params_2, ["a"]); return [a, r, n]; }
const h = async (_params_3) => { let { k } = _params_3, o = __rest(_params_3, ["k"]); return (({ k, o })); };
function __rest(s, e) { var t = {}; for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0) t[p] = s[p]; return t; }
""",
     []),
    ('raw NUL characters in a string (libsodium-sumo embeds its wasm so): tree-sitter reads a NUL as the end',
     "var w = '\0asm\1\0\0'; function g() { return w; }",
     "var w = '\\x00asm\1\\x00\\x00'; function g() { return w; }",
     []),
    ('optional catch binding',
     'try { f(); } catch { g(); }',
     'try { f(); } catch (_error) { g(); }',
     []),
    ('numeric separators',
     'const n = 1_000_000;',
     'const n = 1000000;',
     []),
    ('a function type with a parameter named any; a method name and its parameters on two lines',
     "let f: (any) => string; const g = (any) => any.x;\nclass A {\n  constructor\n  (private a: B) {}\n}",
     "let f; const g = (any) => any.x;\nclass A {\n  constructor(\n   a) { this.a = a;}\n}",
     []),
    ('regular expressions newer than ES2017 are built at run time',
     r"const a = /\p{L}+/u; const b = /(?<=x)y/; const c = /(?<y>\d{4})\/x/; const d = /a.b/s; const e = /ok/g;",
     r'const a = new RegExp("\\p{L}+", "u"); const b = new RegExp("(?<=x)y", ""); '
     r'const c = new RegExp("(?<y>\\d{4})\\/x", ""); const d = new RegExp("a.b", "s"); const e = /ok/g;',
     []),
    ("an @angular/core name the runtime does not give is reported where code uses it (an interface is no value)",
     "import { afterNextRender, OnInit } from '@angular/core';\nclass A implements OnInit { ngOnInit() { afterNextRender(() => {}); } }",
     'var core_base_1 = require("../pwa2wx/runtime/angular/core/base.js");\nclass A  { ngOnInit() { core_base_1.afterNextRender(() => {}); } }',
     ["PWX305"]),
    ('a constructor parameter named as its type still injects the imported class',
     "import { Injectable } from '@angular/core';\nimport { Notify } from './notify';\n@Injectable()\n"
     "class A { constructor(private Notify: Notify) {} }",
     'require = require("../pwa2wx/runtime/require.js")(require);\nvar notify_1 = require("./notify.js");\n\nclass A { constructor( Notify) { this.Notify = Notify;} } '
     'A.__ng__ = { kind: "injectable", deps: function () { return [{ token: notify_1.Notify }]; } };',
     []),
    ('a class range next to a class escape, and a shorthand property named async (esprima rejects both)',
     r"const r = /[+-\d]/; const ok = /[a-z\d]/; const f = ({ async }) => async; const o = { async, b };",
     r'const r = new RegExp("[+-\\d]", ""); const ok = /[a-z\d]/; const f = ({ async: async }) => async; '
     r'const o = { async: async, b };',
     []),
    ('BigInt literals',
     'const r = [0n, (1n << BigInt(e)) - 1n, 0xffn, 1_000n];',
     'const r = [BigInt("0"), (BigInt("1") << BigInt(e)) - BigInt("1"), BigInt("0xff"), BigInt("1000")];',
     ['PWX307']),  # reported once per file
    ('for await',
     'async function f() { for await (const x of xs) { use(x); } }',
     """\
async function f() { for (var _step, _iterator = __asyncValues(xs); !(_step = await _iterator.next()).done;) { const x = await _step.value; { use(x); } } }
function __asyncValues(o) { var m = typeof Symbol === "function" && Symbol.asyncIterator && o[Symbol.asyncIterator]; return m ? m.call(o) : o[Symbol.iterator](); }
""",
     ['PWX307']),
    ('class fields and parameter properties',
     'class A { x = 1; static y = 2; constructor(private a: string, public b = 3) { this.z(); } }',
     'class A { ; ; constructor( a,  b = 3) { this.a = a; this.b = b; this.x = 1; this.z(); } } A.y = 2;',
     []),
    ('derived class without constructor',
     'class B extends C { x = 1; }',
     'class B extends C { constructor() { super(...arguments); this.x = 1; } ; }',
     []),
    ('derived class with super',
     'class D extends C { constructor(readonly r: R) { super(r); go(); } }',
     'class D extends C { constructor( r) { super(r); this.r = r; go(); } }',
     []),
    ('abstract, declare, private, static block',
     'abstract class E { abstract m(): void; declare d: number; #p = 1; static { init(); } get v(): number { return this.#p; } }',
     ' class E { constructor() { this.__private_p = 1; } ; ; ;  get v() { return this.__private_p; } } (function () { init(); }).call(E);',
     ['PWX307']),
    ('new.target kept, import.meta reported (Chart.js 4 reads its controllers\' element types off new.target)',
     'class C { constructor() { this.t = new.target.type; this.u = import.meta.url; } }',
     'class C { constructor() { this.t = new.target.type; this.u = ({}).url; } }',
     ['PWX308']),
    ('class expression with static',
     'const K = class { static s = 1; };',
     """\
const K = (_a = class { ; }, _a.s = 1, _a);
var _a;
""",
     []),
    ('angular component',
     """\
import { Component, Input, Output, EventEmitter, ViewChild, HostListener, Optional, Inject } from '@angular/core';
import { Svc, TOKEN } from './svc';
@Component({ selector: 'app-x', imports: [Svc], providers: [{ provide: TOKEN, useValue: 1 }] })
export class X {
  @Input() name: string;
  @Input({ alias: 'v', required: true }) value!: number;
  @Output() changed = new EventEmitter<string>();
  @ViewChild('list', { static: true }) list: any;
  constructor(private svc: Svc, @Optional() @Inject(TOKEN) tok: string) {}
  @HostListener('window:resize', ['$event']) onResize(e: Event) {}
}""",
     """\
__export(exports, { "X": function () { return X; } }); require = require("../pwa2wx/runtime/require.js")(require); var core_base_1 = require("../pwa2wx/runtime/angular/core/base.js");
var svc_1 = require("./svc.js");

class X {
  ;
  ;
  ;
  ;
  constructor( svc,   tok) { this.svc = svc; this.changed = new core_base_1.EventEmitter();}
   onResize(e) {}
} X.__ng__ = { kind: "component", selector: 'app-x', deps: function () { return [{ token: svc_1.Svc }, { token: svc_1.TOKEN, optional: true, self: false, skipSelf: false, host: false }]; }, inputs: { name: { alias: "name", required: false }, value: { alias: 'v', required: true } }, outputs: { changed: "changed" }, queries: { list: { selector: 'list', first: true, static: true } }, hostListeners: [ { event: 'window:resize', method: "onResize", args: function ($event) { return [$event]; } } ], providers: function () { return [{ provide: svc_1.TOKEN, useValue: 1 }]; }, imports: function () { return [svc_1.Svc]; } };
function __export(e, g) { for (var k in g) Object.defineProperty(e, k, { enumerable: true, get: g[k] }); }
""",
     []),
    ('angular injectable, pipe, ngmodule',
     """\
import { Injectable, Pipe, NgModule } from '@angular/core';
@Injectable({ providedIn: 'root' }) export class S {}
@Pipe({ name: 'up', standalone: true }) export class P { transform(v: string) { return v.toUpperCase(); } }
@NgModule({ declarations: [P], imports: [], providers: [S] }) export class M {}""",
     """\
__export(exports, { "S": function () { return S; }, "P": function () { return P; }, "M": function () { return M; } });
class S {} S.__ng__ = { kind: "injectable", deps: function () { return []; }, providedIn: 'root' };
class P { transform(v) { return v.toUpperCase(); } } P.__ng__ = { kind: "pipe", deps: function () { return []; }, name: 'up', pure: true, standalone: true };
class M {} M.__ng__ = { kind: "ngmodule", deps: function () { return []; }, providers: function () { return [S]; }, imports: function () { return []; }, declarations: function () { return [P]; } };
function __export(e, g) { for (var k in g) Object.defineProperty(e, k, { enumerable: true, get: g[k] }); }
""",
     []),
    ('a component that is also @Injectable({ providedIn }): injectable from the root too',
     """\
import { Component, Injectable } from '@angular/core';
@Component({ selector: 'app-m', template: '' })
@Injectable({ providedIn: 'root' })
export class M {}""",
     """\
__export(exports, { "M": function () { return M; } });


class M {} M.__ng__ = { kind: "component", selector: 'app-m', deps: function () { return []; }, providedIn: 'root' };
function __export(e, g) { for (var k in g) Object.defineProperty(e, k, { enumerable: true, get: g[k] }); }
""",
     []),
    ('plain decorators',
     """\
function log(t: any, k: string) {}
class L { @log m() {} }""",
     """\
function log(t, k) {}
class L {  m() {} } __decorate([log], L.prototype, "m", null);
function __decorate(ds, target, key, desc) { var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d; for (var i = ds.length - 1; i >= 0; i--) if (d = ds[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r; return c > 3 && r && Object.defineProperty(target, key, r), r; }
""",
     []),
    ('imports and local exports',
     """\
import D, { a, b as c } from './m';
import * as ns from 'lib';
import type { T } from './t';
import { type U, V } from './u';
import './side';
export { a, c as d };
export default D;
const v: T = ns.x + V;""",
     """\
__export(exports, { "a": function () { return m_1.a; }, "d": function () { return m_1.b; } }); require = require("../pwa2wx/runtime/require.js")(require); var m_1 = __importDefault(require("./m.js"));
var lib_1 = require("../miniprogram_npm/lib/index.js");

var u_1 = require("./u.js");
require("./side.js");

exports.default = m_1.default;
const v = lib_1.x + u_1.V;
function __export(e, g) { for (var k in g) Object.defineProperty(e, k, { enumerable: true, get: g[k] }); }
function __importDefault(m) { return m && m.__esModule ? m : Object.assign({ default: m }, m); }
""",
     []),
    ('re-exports and default class',
     """\
export * from './all';
export { x as y } from './some';
export * as nsx from './nsx';
export const e1 = 1, { e2 } = o;
export function fn() {}
export default class {}""",
     """\
__export(exports, { "y": function () { return some_1.x; }, "nsx": function () { return nsx_1; }, "e1": function () { return e1; }, "e2": function () { return e2; }, "fn": function () { return fn; }, "default": function () { return _default; } }); require = require("../pwa2wx/runtime/require.js")(require); __exportStar(require("./all.js"), exports);
var some_1 = require("./some.js");
var nsx_1 = require("./nsx.js");
const e1 = 1, { e2 } = o;
function fn() {}
class _default {}
function __export(e, g) { for (var k in g) Object.defineProperty(e, k, { enumerable: true, get: g[k] }); }
function __exportStar(m, e) { Object.keys(m).forEach(function (k) { if (k !== "default" && !Object.prototype.hasOwnProperty.call(e, k)) Object.defineProperty(e, k, { enumerable: true, get: function () { return m[k]; } }); }); }
""",
     []),
    ('lazy import',
     "const lazy = () => import('./pages/p').then(m => m.P);",
     'require = require("../pwa2wx/runtime/require.js")(require); const lazy = () => Promise.resolve().then(function () { return require("./pages/p.js"); }).then(m => m.P);',
     []),
    ('web globals and shadowing',
     """\
import { document } from 'ionicons/icons';
const location = 'madison';
function f(fetch) { return fetch(location, document); }
window.localStorage.setItem('a', '1'); fetch('/x'); new XMLHttpRequest(); document.querySelector('a');""",
     """\
var web_1 = require("../pwa2wx/runtime/web.js"); var icons_1 = require("../pwa2wx/runtime/ionic/icons.js");
const location = 'madison';
function f(fetch) { return fetch(location, icons_1.document); }
web_1.localStorage.setItem('a', '1'); web_1.fetch('/x'); new web_1.XMLHttpRequest(); icons_1.document.querySelector('a');""",
     []),
    ('timers alone come from runtime/timers.js, not all of web.js',
     "setTimeout(f, 1); window.setInterval(g, 2); clearTimeout(0);",
     'var web_1 = require("../pwa2wx/runtime/timers.js"); web_1.setTimeout(f, 1); web_1.setInterval(g, 2); clearTimeout(0);',
     []),
    ('window events, links and a constant alias of the window come from runtime/globals.js, not all of web.js',
     "window.addEventListener('user:login', f); window.dispatchEvent(new CustomEvent('user:login'));\n"
     "(window as any).cordova; typeof window; location.reload();\n"
     "function maps() { const win = window; return win.google || window.open('https://maps'); }",
     'var web_1 = require("../pwa2wx/runtime/globals.js"); web_1.window.addEventListener(\'user:login\', f); '
     "web_1.window.dispatchEvent(new web_1.CustomEvent('user:login'));\n"
     "(web_1.window).cordova; typeof web_1.window; web_1.location.reload();\n"
     "function maps() { const win = web_1.window; return win.google || web_1.window.open('https://maps'); }",
     []),
    ('a window member web.js adds takes web.js',
     "const w = window.innerWidth;",
     'var web_1 = require("../pwa2wx/runtime/web.js"); const w = web_1.innerWidth;',
     []),
    ('the window handed on takes web.js',
     "register(self);",
     'var web_1 = require("../pwa2wx/runtime/web.js"); register(web_1.self);',
     []),
    ('a window alias that is not a constant takes web.js',
     "let win = window; win.open('/x');",
     'var web_1 = require("../pwa2wx/runtime/web.js"); let win = web_1.window; win.open(\'/x\');',
     []),
    ('namespace',
     'namespace N { export const x = 1; export function f() { return x; } }',
     'var N; (function (N) { const x = 1; N.x = x; function f() { return x; } N.f = f; })(N || (N = {}));',
     []),
    ('namespace without a block',  # TypeScript: '{' expected; tree-sitter parses it without an error
     'namespace N\nconst y = 2;',
     ';\nconst y = 2;',
     []),
    ('a type assertion of an object literal as an arrow body (Umair160295/birnana-user-app: PWX309 on every page)',
     "const f = (d: any) => <Order>{ a: 1, b: d }; const g = <any>{ c: 2 };",
     "const f = (d) => ({ a: 1, b: d }); const g = ({ c: 2 });",
     []),
    ("a value named type in an export list (@ngrx/signals: its `type` and the name after it were not exported)",
     "function a() {} function type() {} function b() {}\nexport { a, type, b };\nexport { type as t, a as c };",
     '__export(exports, { "a": function () { return a; }, "type": function () { return type; }, '
     '"b": function () { return b; }, "t": function () { return type; }, "c": function () { return a; } }); '
     "function a() {} function type() {} function b() {}\n\n\n"
     "function __export(e, g) { for (var k in g) Object.defineProperty(e, k, { enumerable: true, get: g[k] }); }\n",
     []),
    ('login library',
     """\
import { OAuthService } from 'angular-oauth2-oidc';
class A { constructor(private o: OAuthService) {} login() { this.o.initCodeFlow(); } }""",
     """\

class A { constructor( o) { this.o = o;} login() { this.o.initCodeFlow(); } }""",
     ['PWX501']),
    ('a minifier\'s class named as (@googlemaps/markerclusterer\'s UMD build), beside TypeScript\'s x as T',
     'class as{static from(t){return new as(t)}constructor(t=64){this.t=t}}\nconst k = (as.from(1) as any);',
     'class as{static from(t){return new as(t)}constructor(t=64){this.t=t}}\nconst k = (as.from(1));',
     []),
    ('Firebase\'s compat auth is a login library too (MatiasQuaroni/DACS signs in with it)',
     """\
import { AngularFireAuth } from '@angular/fire/compat/auth';
class A { constructor(private auth: AngularFireAuth) {} }""",
     """\

class A { constructor( auth) { this.auth = auth;} }""",
     ['PWX501']),
    ('package import',
     """\
import { missing } from 'not-installed-pkg';
missing();
""",
     """\
require = require("../pwa2wx/runtime/require.js")(require); var not_installed_pkg_1 = require("../miniprogram_npm/not-installed-pkg/index.js");
not_installed_pkg_1.missing();
""",
     []),
    ('signal inputs, model, output, host metadata',
     """\
import { Component, input, model, output } from '@angular/core';
@Component({ selector: 'x-y', host: { '(click)': 'go($event)', '[class.on]': 'active', role: 'button' } })
export class Y { a = input<string>(); b = input.required<number>({ alias: 'bee' }); c = model(0); d = output<string>(); active = false; go(e) {} }""",
     """\
__export(exports, { "Y": function () { return Y; } }); var core_signals_1 = require("../pwa2wx/runtime/angular/core/signals.js"); var core_inputs_1 = require("../pwa2wx/runtime/angular/core/inputs.js");

class Y { constructor() { this.a = core_signals_1.input(); this.b = core_signals_1.input.required({ alias: 'bee' }); this.c = core_signals_1.model(0); this.d = core_inputs_1.output(); this.active = false; } ; ; ; ; ; go(e) {} } Y.__ng__ = { kind: "component", selector: 'x-y', deps: function () { return []; }, inputs: { a: { alias: "a", required: false }, b: { alias: 'bee', required: true }, c: { alias: "c", required: false } }, outputs: { cChange: "cChange", d: "d" }, hostListeners: [ { event: "click", method: "go", args: function ($event) { return [$event]; } } ], hostBindings: [ { target: "class.on", property: "active" } ], hostAttributes: { "role": "button" } };
function __export(e, g) { for (var k in g) Object.defineProperty(e, k, { enumerable: true, get: g[k] }); }
""",
     []),
    ('native plugins',
     """\
import { Camera } from '@capacitor/camera';
import { InAppBrowser } from '@awesome-cordova-plugins/in-app-browser/ngx';
import { BarcodeScanner } from '@awesome-cordova-plugins/barcode-scanner/ngx';
InAppBrowser.create('x'); Camera.getPhoto(); BarcodeScanner.scan();""",
     """\
var camera_1 = require("../pwa2wx/runtime/capacitor/camera.js");
var ngx_1 = require("../pwa2wx/runtime/capacitor/in-app-browser.js");
var ngx_2 = require("../pwa2wx/runtime/capacitor/cordova.js");
ngx_1.InAppBrowser.create('x'); camera_1.Camera.getPhoto(); ngx_2.BarcodeScanner.scan();""",
     ['PWX305']),
    ('globals a production build defines',  # Angular 19's animations/async reads ngDevMode bare
     "if (typeof ngDevMode === 'undefined' || ngDevMode) { warn(); } const dev = ngDevMode && ngJitMode;\n"
     "function f(ngDevMode) { return ngDevMode; }",
     "if (typeof false === 'undefined' || false) { warn(); } const dev = false && false;\n"
     "function f(ngDevMode) { return ngDevMode; }",
     []),
    ('modifier words as member names',  # TypeScript reads them as names; tree-sitter needs a stand-in
     "class A { abstract: string = 'x'; accessor = 2; abstract() { return this.abstract; } }\n"
     "abstract class B { protected abstract run(): void; }\nconst o = { abstract: 1 }; let abstract = o.abstract;",
     "class A { constructor() { this.abstract = 'x'; this.accessor = 2; } ; ; abstract() { return this.abstract; } }\n"
     " class B { ; }\nconst o = { abstract: 1 }; let abstract = o.abstract;",
     []),
]


@table("name, ts, expected, codes", CASES)
def test_construct(name: str, ts: str, expected: str, codes: list[str]) -> None:
    js, diagnostics = compile_ts(ts)
    assert js.startswith(PREFIX)
    assert js.removeprefix(PREFIX).removeprefix(" ") == expected
    assert sorted({d.code for d in diagnostics.items}) == codes
    esprima.parseScript(js)


def test_an_unresolved_import_is_reported_only_when_the_code_keeps_it() -> None:
    """JuanLongines/reciclica-app-tuto imports `initializeApp` from a subpath its package does not export and never
    uses it: TypeScript drops the import, and so does the compiled file, but PWX303 said it could not resolve."""
    ts = ("import { initializeApp } from 'absent/sub';\nimport { used } from 'absent-too';\nimport 'absent-effect';\n"
          "export const x = used;\n")
    diagnostics = Diagnostics()
    js = compile_source(ts, Options(file="x.ts", locate=lambda spec: None), diagnostics).js
    assert "absent/sub" not in js
    assert sorted(d.message for d in diagnostics.items) == ["cannot resolve 'absent-effect'",
                                                          "cannot resolve 'absent-too'"]
