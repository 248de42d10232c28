# ruff: noqa: E501  (the partially compiled library is data, as ng-packagr writes it: one declaration per line)
"""Every failure class the real apps showed, as a small workspace of our own: it converts with no internal
error and no error diagnostic, passes WeChat's wcc/wcsc, and its page opens in the headless preview showing
what the app shows. (The apps themselves: tests/test_corpus.py and README's table.)

Each row is one class: the page template and component code, plus whatever files the class needs (a
tsconfig, a library in node_modules, a stylesheet, angular.json changes), and the text the page must show.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pwa2wx import preview
from pwa2wx.build.convert import convert
from pwa2wx.commands.check import check
from pwa2wx.output import wechat
from pwa2wx.script import modules
from pwa2wx.workspace import project, symbols
from tests import needs
from tests.workspace import ANGULAR_JSON, EMPTY_ROOT, STANDALONE_MAIN, link_runtime_packages, make_workspace

pytestmark = needs.node


# src/main.ts bootstrapping with the PROVIDERS the home page exports too (a library's NgModule.forRoot())
MAIN_WITH_HOME_PROVIDERS = STANDALONE_MAIN.replace(
    "providers: [provideRouter(routes)]", "providers: [provideRouter(routes), ...PROVIDERS]").replace(
    "import { routes } from './app/app.routes';",
    "import { routes } from './app/app.routes';\nimport { PROVIDERS } from './app/home/home.page';")


@dataclass
class Case:
    template: str  # the home page's template
    shows: list[str]  # text the page must show
    code: str = ""  # the HomePage class body
    imports: str = ""  # lines on top of home.page.ts
    component: str = ""  # extra @Component options of HomePage
    files: dict[str, str] = field(default_factory=dict)
    packages: dict[str, dict[str, str]] = field(default_factory=dict)  # node_modules/<name>/<file>: text
    build: dict = field(default_factory=dict)  # angular.json build options to set
    warnings: set[str] = field(default_factory=set)  # codes the class may report (and must not be errors)
    wx: dict[str, dict] = field(default_factory=dict)  # wx.<name> calls the page must make (with these arguments)


# A library compiled by ng-packagr (partial declarations), as ngx-translate ships: an injectable service with
# constructor dependencies and an NgModule whose forRoot() provides a token; and a class extending one of
# Angular's the runtime does not play (as Angular Material's validators do).
PARTIAL_LIBRARY = {
    "package.json": json.dumps({"name": "fake-i18n", "module": "fesm2022/fake-i18n.mjs", "type": "module",
                                "exports": {".": {"default": "./fesm2022/fake-i18n.mjs"}}}),
    "fesm2022/fake-i18n.mjs": """import * as i0 from '@angular/core';
import { InjectionToken, NgModule, Injectable } from '@angular/core';
import { CheckboxRequiredValidator } from '@angular/forms';
class RequiredOption extends CheckboxRequiredValidator {}
const GREETING = new InjectionToken('GREETING');
class Store { constructor() { this.words = { hello: 'Hello from the library' }; } }
Store.ɵfac = i0.ɵɵngDeclareFactory({ minVersion: "12.0.0", version: "17.0.0", ngImport: i0, type: Store, deps: [], target: i0.ɵɵFactoryTarget.Injectable });
Store.ɵprov = i0.ɵɵngDeclareInjectable({ minVersion: "12.0.0", version: "17.0.0", ngImport: i0, type: Store, providedIn: 'root' });
class I18n { constructor(store, greeting) { this.store = store; this.greeting = greeting; }
  t(key) { return this.greeting + ' ' + this.store.words[key]; } }
I18n.ɵfac = i0.ɵɵngDeclareFactory({ minVersion: "12.0.0", version: "17.0.0", ngImport: i0, type: I18n, deps: [{ token: Store }, { token: GREETING }], target: i0.ɵɵFactoryTarget.Injectable });
I18n.ɵprov = i0.ɵɵngDeclareInjectable({ minVersion: "12.0.0", version: "17.0.0", ngImport: i0, type: I18n });
i0.ɵɵngDeclareClassMetadata({ minVersion: "12.0.0", version: "17.0.0", ngImport: i0, type: I18n, decorators: [{ type: Injectable }] });
class I18nModule { static forRoot() { return { ngModule: I18nModule, providers: [I18n, { provide: GREETING, useValue: '>>' }] }; } }
I18nModule.ɵfac = i0.ɵɵngDeclareFactory({ minVersion: "12.0.0", version: "17.0.0", ngImport: i0, type: I18nModule, deps: [], target: i0.ɵɵFactoryTarget.NgModule });
I18nModule.ɵmod = i0.ɵɵngDeclareNgModule({ minVersion: "14.0.0", version: "17.0.0", ngImport: i0, type: I18nModule });
I18nModule.ɵinj = i0.ɵɵngDeclareInjector({ minVersion: "12.0.0", version: "17.0.0", ngImport: i0, type: I18nModule });
export { GREETING, I18n, I18nModule, RequiredOption, Store };
""",
}

# A library as ngc built them before Ivy (fesm2015): class decorators listed in a static `decorators` for Angular's
# compiler, not called; its root NgModule's constructor sets up what its injectable reads (as NGXS's does).
STATIC_DECORATORS_LIBRARY = {
    "package.json": json.dumps({"name": "ve-registry", "module": "fesm2015/ve-registry.js"}),
    "fesm2015/ve-registry.js": """import { Injectable, NgModule } from '@angular/core';
class Registry { }
Registry.state = 'the root module was never created';
Registry.decorators = [{ type: Injectable, args: [{ providedIn: 'root' }] }];
class RegistryRootModule { constructor(registry) { Registry.state = 'set up by the root module'; } }
RegistryRootModule.decorators = [{ type: NgModule }];
RegistryRootModule.ctorParameters = () => [{ type: Registry }];
class RegistryModule { static forRoot() { return { ngModule: RegistryRootModule, providers: [] }; } }
RegistryModule.decorators = [{ type: NgModule, args: [{}] }];
export { Registry, RegistryModule, RegistryRootModule };
""",
}

# A library in Angular's pre-Ivy format (View Engine), as a UMD bundle: decorators applied at load time.
VIEW_ENGINE_LIBRARY = {
    "package.json": json.dumps({"name": "old-avatar", "main": "bundles/old-avatar.umd.js"}),
    "bundles/old-avatar.umd.js": """(function (global, factory) {
  typeof exports === 'object' && typeof module !== 'undefined' ? factory(exports, require('@angular/core')) :
  factory((global['old-avatar'] = {}), global.ng.core);
}(this, function (exports, core) { 'use strict';
  function __decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc, d;
    for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : d(target, key, r)) || r;
    return r;
  }
  function __param(index, decorator) { return function (target, key) { decorator(target, key, index); }; }
  var AVATAR_CONFIG = new core.InjectionToken('avatar.config');
  var AvatarConfig = (function () {
    function AvatarConfig(config) { this.colors = (config && config.colors) || ['plain']; }
    AvatarConfig.ctorParameters = function () { return [
      { type: undefined, decorators: [{ type: core.Optional }, { type: core.Inject, args: [AVATAR_CONFIG] }] }]; };
    AvatarConfig = __decorate([core.Injectable({ providedIn: 'root' }), __param(0, core.Optional()),
      __param(0, core.Inject(AVATAR_CONFIG))], AvatarConfig);
    return AvatarConfig;
  }());
  exports.AVATAR_CONFIG = AVATAR_CONFIG;
  exports.AvatarConfig = AvatarConfig;
}));
""",
}

def charts3(statics: str) -> dict[str, str]:
    """A package shaped as chart.js 3 is: a UMD bundle as main, whose Chart gets ``statics``, and an ES module build
    as module."""
    return {
        "package.json": json.dumps({"name": "charts3", "main": "dist/charts.js", "module": "dist/charts.mjs"}),
        "dist/charts.js": "(function (global, factory) {\n  typeof exports === 'object' && typeof module !== "
                          "'undefined' ? module.exports = factory() :\n  typeof define === 'function' && "
                          "define.amd ? define(factory) : (global.Chart = factory());\n})(this, function () "
                          f"{{ function Chart() {{}} {statics} return Chart; }});\n",
        "dist/charts.mjs": "export class Chart {}\nexport const registerables = ['title', 'legend'];\n"}


# A component whose base class declares its inputs and an output its template emits (abgdazarya/DPA-Ionic)
INHERITED_INPUTS = Case(
    '<news-item [news]="{ title: \'Inherited news\' }" [loading]="false" (picked)="n = n + 1"></news-item>'
    '<p>picked {{ n }}</p>', ["Inherited news", "picked 0"],
    "n = 0;", component="imports: [NewsItem],",
    imports="import { NewsItem } from '../news/news.item';\n",
    files={"src/app/news/base.ts":
           "import { Component, EventEmitter, Input, Output } from '@angular/core';\n"
           "@Component({ template: '' })\n"
           "export class NewsItemBase { @Input() news: any; @Input() loading = true; "
           "@Output() picked = new EventEmitter<void>(); }\n",
           "src/app/news/news.item.ts":
           "import { Component } from '@angular/core';\nimport { NewsItemBase } from './base';\n"
           "@Component({ selector: 'news-item', standalone: true, "
           "template: '<span (click)=\"picked.emit()\">{{ loading ? \\'loading\\' : news.title }}</span>' })\n"
           "export class NewsItem extends NewsItemBase {}\n"})


CASES = {
    "a package the app imports is not installed (the npm packing crash)": Case(
        '<p>{{ ready }}</p>', ["packed anyway"], "ready = 'packed anyway'; maybe = () => missingLib.go();",
        "import * as missingLib from 'not-installed-lib';\nimport { of } from 'rxjs';\n",
        warnings={"PWX304", "PWX303"}),
    "a child component: a selector without a dash, a camelCase folder, an input named $parents, (keydown.tab)": Case(
        '<fee [amount]="3" [$parents]="2" fxShow.xs="false" (keydown.tab)="x()"></fee>', ["fee 3 of 2"],
        component="imports: [FeeBoxComponent],",
        imports="import { FeeBoxComponent } from '../feeBox/feeBox.component';\n",
        files={"src/app/feeBox/feeBox.component.ts":
               "import { Component, Input } from '@angular/core';\n"
               "@Component({ selector: 'fee', standalone: true, template: '<span>fee {{ amount }} of {{ $parents }}</span>' })\n"
               "export class FeeBoxComponent { @Input() amount = 0; @Input() $parents = 0; }\n"}),
    "a component whose inputs and outputs its base class declares, and an input bound to false (abgdazarya/"
    "DPA-Ionic's news items: `class NewsFooterWebItem extends NewsFooterItemBase {}`, `[loading]=\"false\"`)":
        INHERITED_INPUTS,
    "an import of a file in node_modules by its path under tsconfig's baseUrl './' (salmanbhatti52/uae360's "
    "`import Cleave from 'node_modules/cleave.js/dist/cleave-esm.min.js'`)": Case(
        '<p>{{ shown }}</p>', ["card 4111 111111"], "shown = new Cleave('4111111').format();",
        "import Cleave from 'node_modules/tiny-cleave/dist/cleave-esm.min.js';\n",
        files={"tsconfig.json": json.dumps({"compilerOptions": {"baseUrl": "./"}})},
        packages={"tiny-cleave": {"package.json": json.dumps({"name": "tiny-cleave", "main": "dist/cleave.js"}),
                                  "dist/cleave-esm.min.js": "export default class Cleave { constructor(v) { this.v = v; }\n"
                                                            "  format() { return 'card ' + this.v.slice(0, 4) + ' 111' + "
                                                            "this.v.slice(4); } }\n"}}),
    "a JSON module through tsconfig paths (litospayaso/tato's `import appPages from '@resources/appPages.json'`)": Case(
        '<p>{{ pages[0].title }} and {{ pkg.name }}</p>', ["Analysis and tato"],
        "pages = appPages; pkg = info;",
        "import appPages from '@resources/appPages.json';\nimport info from 'src/info.json';\n",
        files={"tsconfig.json": json.dumps({"compilerOptions": {
            "baseUrl": "./", "resolveJsonModule": True, "paths": {"@resources/*": ["./src/resources/*"]}}}),
               "src/resources/appPages.json": json.dumps([{"title": "Analysis"}]),
               "src/info.json": json.dumps({"name": "tato"})}),
    "imports from 'src/…' with tsconfig baseUrl './'": Case(
        '<p>{{ svc.name }}</p>', ["from src/"], "constructor(public svc: NameService) {}",
        "import { NameService } from 'src/app/name.service';\n",
        files={"tsconfig.json": json.dumps({"compilerOptions": {"baseUrl": "./"}}),
               "src/app/name.service.ts": "import { Injectable } from '@angular/core';\n"
                                          "@Injectable({ providedIn: 'root' })\n"
                                          "export class NameService { name = 'from src/'; }\n"}),
    "template literals with trailing commas, a member named abstract, ES2018 regexes, { async }, BigInt": Case(
        '<p [ngClass]="{\n  on: true,\n  off: false,\n}">{{ abstract }} {{ ok }}</p>', ["summary yes"],
        "abstract = 'summary'; accessor = 1; big = 2n ** 3n;\n"
        "ok = /(?<=a)b/.test('ab') && /[+-\\d]/.test('+') && (({ async }) => async)({ async: true }) ? 'yes' : 'no';",
        "import { NgClass } from '@angular/common';\n", component="imports: [NgClass],"),
    "stylesheets wcsc rejected: empty @keyframes, 'x:host', '.a > :last-child', an empty custom property, "
    ":not(.a:first-child)": Case(
        '<p class="a"><span>styled</span></p>', ["styled"],
        component="styles: ['ion-col.text:host { color: red } .a > :last-child { color: blue } "
                  ".b { color: red; --tw-ring: } .c > :not(.d:first-child) + .e { margin: 0 }'],",
        files={"src/global.scss": "@keyframes none {}\n.c { margin: 0 }\n"}),
    "attributes whose {{ does not close (Nevi-14/futplay_mobile's `src=\"{{url'+x }}\"`, which Angular leaves as "
    "text): wcc rejected the whole app": Case(
        '<img src="{{url\'+x.y }}"><ion-img src="{{a\'"></ion-img><ion-icon src="{{b"></ion-icon>'
        '<p title="{{ oops" aria-label="}} x {{">shown text</p>', ["shown text"]),
    "@angular/common's locale data (enrique-lozano/Monekin's getLocaleDayNames(…).slice() read undefined)": Case(
        "<p>{{ shown }}</p>", ["Sun Mon|S|Su|0|lun|M/d/yy|USD"],
        "shown = '';\nngOnInit() {\n"
        "  const fr: any[] = ['fr']; fr[3] = [['D', 'L'], ['dim.', 'lun.'], ['dimanche', 'lundi']];\n"
        "  registerLocaleData(fr);\n"
        "  this.shown = [getLocaleDayNames('en-US', FormStyle.Standalone, TranslationWidth.Abbreviated).slice(0, 2)"
        ".join(' '), getLocaleDayNames('en', FormStyle.Format, TranslationWidth.Narrow)[0],\n"
        "    getLocaleDayNames('de', FormStyle.Format, TranslationWidth.Short)[0], getLocaleFirstDayOfWeek('en'),\n"
        "    getLocaleDayNames('fr', FormStyle.Standalone, TranslationWidth.Short)[1].slice(0, 3),\n"
        "    getLocaleDateFormat('en-US', FormatWidth.Short), getLocaleCurrencyCode('en')].join('|'); }",
        "import { FormStyle, FormatWidth, TranslationWidth, getLocaleCurrencyCode, getLocaleDateFormat, "
        "getLocaleDayNames, getLocaleFirstDayOfWeek, registerLocaleData } from '@angular/common';\n"),
    "d3's document.createElementNS (shikharbajpai/IonicProject), svg.js's setAttributeNS and Quill's "
    "document.execCommand (Alfinace/pi-varotra), the global `event` outside a handler (baphometapopis/ionicApp) and "
    "getElementsByTagName of an Ionic tag (enrique-lozano/Monekin's `[0].classList`) threw": Case(
        "<ion-fab></ion-fab><p>{{ shown }}</p>", ["dom ok SVG 0"],
        "shown = '';\nngOnInit() { const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');\n"
        "  document.getElementsByTagName('ion-fab')[0].classList.remove('hide');\n"
        "  svg.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:xlink', 'http://www.w3.org/1999/xlink');\n"
        "  if (svg.getElementsByTagName('defs').length) { return; }\n"
        "  document.execCommand('enableObjectResizing', false, false);\n"
        "  this.shown = 'dom ok ' + svg.tagName + ' ' + document.getElementsByTagName('p').length + (event || ''); }"),
    "a component with both templateUrl and template (Wo-Jan/CinemaApp's profile: Angular takes the file)": Case(
        "<p>inline template</p>", ["the template file"],
        component="templateUrl: './home.file.html',",
        files={"src/app/home/home.file.html": "<p>the template file</p>"}),
    "an import of a package folder by its path into node_modules (cayetano1999/chatrealtime's "
    "'../../node_modules/firebase/app': PWX303, and initializeApp threw on every page)": Case(
        "<p>{{ shown }}</p>", ["started app x"], "shown = 'started ' + fakeApp.initializeApp({ name: 'x' });",
        "import * as fakeApp from '../../../node_modules/fake-sub/app';\n",
        packages={"fake-sub": {"package.json": json.dumps({"name": "fake-sub", "main": "index.js"}),
                               "index.js": "module.exports = {};\n",
                               "app/package.json": json.dumps({"name": "fake-sub/app", "main": "dist/index.cjs.js",
                                                               "browser": "dist/index.browser.js"}),
                               "app/dist/index.cjs.js": "exports.initializeApp = function () { return 'node'; };\n",
                               "app/dist/index.browser.js": "exports.initializeApp = function (c) { "
                                                            "return 'app ' + c.name; };\n"}}),
    "jQuery from a CDN in index.html, which a local plugin script needs (velan11/infant: '$ is not a function' on "
    "all 38 pages): the installed package's copy runs": Case(
        "<p>{{ shown }}</p>", ["plugin saw function jq"], "shown = 'plugin saw ' + (window as any).pluginSaw;",
        files={"src/index.html": '<!doctype html><html><head><script src="https://ajax.googleapis.com/ajax/libs/'
                                 'jquery/3.6.0/jquery.min.js"></script><script src="assets/js/plugin.js"></script>'
                                 '</head><body><app-root></app-root></body></html>',
               "src/assets/js/plugin.js": "window.pluginSaw = typeof $ + ' ' + $();\n"},
        packages={"jquery": {"package.json": json.dumps({"name": "jquery", "main": "dist/jquery.js"}),
                             "dist/jquery.min.js": "window.jQuery = window.$ = function () { return 'jq'; };\n"}},
        warnings={"PWX302"}),
    "a component style whose last block is left open (dkellycollins/amiibos-ionic-angular's progress bar)": Case(
        '<p class="bar">open block</p>', ["open block"],
        component="styles: [`\n  .bar { color: red; }\n  .bar span {\n    margin: 0;\n  `],",
        warnings={"PWX204"}),
    "a library compiled by Angular (partial declarations), its NgModule's forRoot providers": Case(
        '<p>{{ i18n.t("hello") }}</p>', [">> Hello from the library"], "constructor(public i18n: I18n) {}",
        "import { I18n, I18nModule } from 'fake-i18n';\nimport { importProvidersFrom } from '@angular/core';\n"
        "export const PROVIDERS = [importProvidersFrom(I18nModule.forRoot())];\n",
        files={"src/main.ts": MAIN_WITH_HOME_PROVIDERS},
        packages={"fake-i18n": PARTIAL_LIBRARY}),
    "a package's browser build (package.json browser map), another version nested in it": Case(
        '<p>{{ iso }} {{ nested }}</p>', ["browser-build v2"],
        "iso = iso.kind; nested = iso.inner;", "import * as iso from 'iso-lib';\n",
        packages={"iso-lib": {"package.json": json.dumps({"name": "iso-lib", "main": "node.js",
                                                          "browser": {"./node.js": "./browser.js", "fs": False}}),
                              "node.js": "module.exports = { kind: require('fs') && 'node-build' };\n",
                              "browser.js": "var fs = require('fs'); var inner = require('inner-lib');\n"
                                            "module.exports = { kind: 'browser-build', inner: inner.v, fs: fs };\n",
                              "node_modules/inner-lib/package.json": json.dumps({"name": "inner-lib"}),
                              "node_modules/inner-lib/index.js": "exports.v = 'v2';\n"},
                  "inner-lib": {"package.json": json.dumps({"name": "inner-lib"}), "index.js": "exports.v = 'v1';\n"}}),
    "angular.json polyfills run before main": Case(
        '<p>{{ flag }}</p>', ["polyfilled"], "flag = (window as any).appFlag;",
        files={"src/polyfills.ts": "import 'zone.js';\n(window as any).appFlag = 'polyfilled';\n"},
        build={"polyfills": ["zone.js", "./src/polyfills.ts"]}),
    "zone flags set before zone.js, which checks that window.Zone is not there yet (sumaris-net/sumaris-app's "
    "@rx-angular zone-flags)": Case(
        '<p>{{ flag }}</p>', ["flags before zone.js, then object"], "flag = (window as any).zoneOrder;",
        files={"src/zone-flags.ts": "import { order } from 'zone-config';\n(window as any).zoneOrder = order();\n",
               "src/polyfills.ts": "import './zone-flags';\nimport 'zone.js';\n"
                                   "(window as any).zoneOrder += ', then ' + typeof (window as any).Zone;\n"},
        packages={"zone-config": {"package.json": json.dumps({"name": "zone-config"}),  # window.Zone, as it reads
                                  "index.js": "exports.order = function () { return window.Zone === undefined ?\n"
                                              "  'flags before zone.js' : 'zone.js came first'; };\n"}},
        build={"polyfills": ["./src/polyfills.ts"]}),
    "a component file nothing imports, with a template that is gone; angular.json's main written './src/…'": Case(
        '<p>alive</p>', ["alive"], files={"src/app/old/old.page.ts": (
            "import { Component } from '@angular/core';\n"
            "@Component({ selector: 'app-old', templateUrl: './gone.html' })\nexport class OldPage {}\n")},
        build={"browser": "./src/main.ts"}, warnings={"PWX419"}),
    "a constructor parameter named as its type": Case(
        '<p>{{ Greeter.hi }}</p>', ["hi there"], "constructor(public Greeter: Greeter) {}",
        "import { Greeter } from '../greeter';\n",
        files={"src/app/greeter.ts": "import { Injectable } from '@angular/core';\n"
                                     "@Injectable({ providedIn: 'root' })\nexport class Greeter { hi = 'hi there'; }\n"}),
    "*ngSwitchCase below its [ngSwitch]; an attribute value with a line break": Case(
        '<div [ngSwitch]="kind"><h3>Kinds</h3><section><p *ngSwitchCase="\'b\'">case b</p></section>'
        '<p *ngSwitchDefault>none</p></div><ion-label id="\'to\'+\n  id">x</ion-label>', ["Kinds", "case b"],
        "kind = 'b';", "import { NgSwitch, NgSwitchCase, NgSwitchDefault } from '@angular/common';\n",
        component="imports: [NgSwitch, NgSwitchCase, NgSwitchDefault],"),
    "a package that reads another's global (leaflet-easybutton's bare L, which leaflet puts on window)": Case(
        "<p>{{ text }} {{ size }}</p>", ["plugin on 1 0"], "text = (core as any).plugin(); size = (core as any).EMPTY.size;",
        "import * as core from 'map-core';\nimport 'map-plugin';\n",
        packages={"map-core": {"package.json": json.dumps({"name": "map-core", "main": "index.js"}),
                               "index.js": "exports.version = '1';\nwindow.L = exports;\n"},
                  "map-plugin": {"package.json": json.dumps({"name": "map-plugin", "main": "index.js"}),
                                 "index.js": "L.plugin = function () { return 'plugin on ' + L.version; };\n"
                                             "if (typeof define === 'function' && define.amd) { define([], L); }\n"
                                             # Firestore's `new` + comment + class: `new` is no global
                                             "L.EMPTY = new\n// an empty node\nclass { constructor() { "
                                             "this.size = 0; } };\n"}}),
    "a UMD bundle as main and an ES module build as module (chart.js 3's registerables)": Case(
        "<p>{{ n }} parts</p>", ["2 parts"], "n = [...registerables].length + (Chart ? 0 : 10);",
        "import { Chart, registerables } from 'charts3';\n",
        packages={"charts3": charts3("Chart.Title = 1;")}),
    "that package's helpers/ folder, whose main reads the UMD bundle's .helpers (chart.js 3's chart.js/helpers, "
    "which chartjs-plugin-datalabels imports: eduardosanchezbonilla/FrontIonicFeYConsuelo)": Case(
        "<p>{{ shown }}</p>", ["merged: a b, 2 parts"],
        "shown = 'merged: ' + Object.keys(merge({ a: 1 }, { b: 2 })).join(' ') + ', ' + registerables.length + ' parts';",
        "import { registerables } from 'charts3';\nimport { merge } from 'charts3/helpers';\n",
        packages={"charts3": {
            **charts3("Chart.helpers = { merge: Object.assign };"),
            "dist/helpers.mjs": "export function merge(a, b) { return Object.assign({}, a, b); }\n",
            "helpers/package.json": json.dumps({"name": "charts3-helpers", "private": True, "main": "helpers.js",
                                                "module": "helpers.mjs"}),
            "helpers/helpers.js": "module.exports = require('..').helpers;\n",
            "helpers/helpers.mjs": "export * from '../dist/helpers.mjs';\n"}}),
    "FormsModule.withConfig and ReactiveFormsModule.withConfig in the bootstrap providers": Case(
        "<p>{{ greeting }}</p>", ["hi from main"], "greeting = inject(GREETING);",
        "import { inject } from '@angular/core';\nimport { GREETING } from '../../greeting';\n",
        files={"src/greeting.ts": "import { InjectionToken } from '@angular/core';\n"
                                  "export const GREETING = new InjectionToken<string>('greeting');\n",
               "src/main.ts": "import { bootstrapApplication } from '@angular/platform-browser';\n"
                              "import { importProvidersFrom } from '@angular/core';\n"
                              "import { provideRouter } from '@angular/router';\n"
                              "import { FormsModule, ReactiveFormsModule } from '@angular/forms';\n"
                              "import { AppComponent } from './app/app.component';\n"
                              "import { routes } from './app/app.routes';\nimport { GREETING } from './greeting';\n"
                              "bootstrapApplication(AppComponent, { providers: [provideRouter(routes), "
                              "importProvidersFrom(FormsModule.withConfig({ callSetDisabledState: 'always' }), "
                              "ReactiveFormsModule.withConfig({ warnOnNgModelWithFormControl: 'never' })), "
                              "{ provide: GREETING, useValue: 'hi from main' }] });\n"}),
    "global scripts: index.html's env.js, then angular.json's scripts (a UMD library, a DOM one), before the app": Case(
        "<p>{{ name }} {{ size }} {{ version }} {{ dom }}</p>", ["local 3 v1 ready"],
        "name = (window as any)['env'].name; size = (window as any).tiny.size([1, 2, 3]); "
        "version = (window as any).TINY_VERSION; dom = (window as any).domUser;",
        # (a script in a comment is not loaded: Paul201510539/beehicle_ionic's commented-out Google Maps scripts)
        files={"src/index.html": '<html><head><script src="assets/env.js"></script>'
                                 '<script src="https://maps.example.com/api.js"></script>\n'
                                 '<!-- old one\n<script src="assets/legacy.js"></script> -->'
                                 '</head><body><app-root></app-root></body></html>',
               "src/assets/env.js": '(function (window) { window["env"] = { name: "local" }; })(this);\n',
               "src/assets/legacy.js": 'window.legacy = true;\n',
               "src/vendor/tiny.umd.js": '(function (g, f) { typeof exports === "object" && typeof module !== '
                                         '"undefined" ? module.exports = f() : (g.tiny = f()); })(this, function '
                                         '() { return { size: function (a) { return a.length; } }; });\n'
                                         'var TINY_VERSION = "v1";\n'},
        build={"scripts": ["src/vendor/tiny.umd.js", "node_modules/dom-lib/dom.js", "node_modules/dom-lib/user.js",
                           "node_modules/dom-lib/dom.mjs"]}, warnings={"PWX302", "PWX422"},
        # prism.js and Bootstrap's JS work on the DOM: they query it through Element.prototype, and the next script
        # reads what they left on globalThis (the window in a browser); an ES module is no classic script
        packages={"dom-lib": {"dom.js": "(function (g) { var found = Element.prototype.querySelectorAll.call("
                                        "document.documentElement, '[data-toggle]'); document.addEventListener("
                                        "'DOMContentLoaded', function () { document.body.querySelector('.x'); }); "
                                        "g.domLib = { ready: found.length === 0 }; })(this);\n",
                              "user.js": "(function (lib) { window.domUser = lib && lib.ready ? 'ready' : 'none'; })"
                                         "(globalThis.domLib);\n",
                              "dom.mjs": "import { x } from 'elsewhere';\nwindow.esm = x;\n"}}),
    "Sass: includePaths, the workspace root, package exports (swiper/scss), a devDependency not installed": Case(
        '<p class="padded">sassy</p>', ["sassy"],
        files={"src/global.scss": "@import 'mixins';\n@import 'slider/scss';\n@import 'tailwindcss/base';\n"
                                  "@import 'src/scss/variables';\n"  # from the workspace root (GonnaOrder)
                                  ".padded { @include pad; color: $ink; }\n",
               "src/theme/_mixins.scss": "@mixin pad { padding: 2px; }\n",
               "src/scss/_variables.scss": "$ink: #123456;\n"},
        packages={"slider": {"package.json": json.dumps({"name": "slider", "exports": {"./scss": "./slider.scss"}}),
                             "slider.scss": ".slider { display: block; }\n"}},
        build={"stylePreprocessorOptions": {"includePaths": ["src/theme"]}}, warnings={"PWX203"}),
    "assets a library ships (angular.json copies them from node_modules), named only in its own code": Case(
        '<p>{{ words }}</p>', ["Hallo from the library's assets"],
        "words = ''; ngOnInit() { loadCommon().then((t: any) => this.words = t.hello); }",
        "import { loadCommon } from 'common-i18n';\n",
        packages={"common-i18n": {"package.json": json.dumps({"name": "common-i18n", "main": "index.js"}),
                                  "index.js": "exports.loadCommon = () => fetch('./assets/i18n-common/de.json')"
                                              ".then(r => r.json());\n",
                                  "src/assets/i18n-common/de.json": '{"hello": "Hallo from the library\'s assets"}'}},
        build={"assets": [{"glob": "**/*", "input": "src/assets", "output": "assets"},
                          {"glob": "**/*", "input": "node_modules/common-i18n/src/assets", "output": "assets"}]}),
    "a tab page injects its tabs shell component and IonTabs": Case(
        '<p>{{ shell.label }} on {{ tabs.getSelected() }}</p>', ["tabs shell started on home"],
        "constructor(public shell: TabsPage, public tabs: IonTabs) {}",
        "import { IonTabs } from '@ionic/angular';\nimport { TabsPage } from '../tabs/tabs.page';\n",
        files={"src/app/tabs/tabs.page.ts":
               "import { Component, OnInit } from '@angular/core';\n"
               "@Component({ selector: 'app-tabs', standalone: true, template: '<ion-tabs><ion-tab-bar slot=\"bottom\">"
               "<ion-tab-button tab=\"home\"><ion-label>Home</ion-label></ion-tab-button>"
               "<ion-tab-button tab=\"two\"><ion-label>Two</ion-label></ion-tab-button></ion-tab-bar></ion-tabs>' })\n"
               "export class TabsPage implements OnInit { label = 'tabs shell'; ngOnInit() { this.label += ' started'; } }\n",
               "src/app/two/two.page.ts": "import { Component } from '@angular/core';\n"
                                          "@Component({ selector: 'app-two', standalone: true, template: '<p>two</p>' })\n"
                                          "export class TwoPage {}\n",
               "src/app/app.routes.ts": "import { HomePage } from './home/home.page';\nimport { TabsPage } from './tabs/tabs.page';\n"
                                        "import { TwoPage } from './two/two.page';\n"
                                        "export const routes = [{ path: '', redirectTo: '/tabs/home', pathMatch: 'full' },\n"
                                        "  { path: 'tabs', component: TabsPage, children: [{ path: 'home', component: HomePage },\n"
                                        "    { path: 'two', component: TwoPage }] }];\n"}),
    "a service injects from the Cordova plugins folder, a missing module and a View Engine library": Case(
        '<p>{{ notes.title }}</p>', ["notes in plain"], "constructor(public notes: NotesService) {}",
        "import { NotesService } from 'src/app/notes.service';\n",
        files={"tsconfig.json": json.dumps({"compilerOptions": {"baseUrl": "./"}}),
               "src/app/notes.service.ts":
               "import { Injectable } from '@angular/core';\n"
               "import { FCM } from 'plugins/cordova-plugin-fcm-x/ionic/ngx/FCM';\n"
               "import { Gone } from 'src/app/generated/gone';\nimport { AvatarConfig } from 'old-avatar';\n"
               "@Injectable({ providedIn: 'root' })\nexport class NotesService {\n  title: string;\n"
               "  constructor(private fcm: FCM, private gone: Gone, avatar: AvatarConfig) {\n"
               "    this.title = 'notes in ' + avatar.colors[0];\n  }\n}\n"},
        packages={"old-avatar": VIEW_ENGINE_LIBRARY}, warnings={"PWX303", "PWX305"}),
    "a module throws while it loads (a canvas it measures with, a library wanting a DOM), a child's too": Case(
        '<p>{{ title }}</p><app-meter></app-meter>', ["loads anyway", "meter"],
        "title = 'loads anyway'; constructor(public audio: AudioService) {}",
        "import { AudioService } from '../audio.service';\nimport { MeterComponent } from '../meter.component';\n",
        component="imports: [MeterComponent],",
        files={"src/app/meter.component.ts":
               "import { Component } from '@angular/core';\n"
               "const width = (document.createElement('canvas') as any).getContext('2d').measureText('x').width;\n"
               "@Component({ selector: 'app-meter', standalone: true, template: '<span>meter</span>' })\n"
               "export class MeterComponent { level = width; }\n",
               "src/app/audio.service.ts":
               "import { Injectable } from '@angular/core';\nimport * as jq from 'dom-lib';\n"
               "@Injectable({ providedIn: 'root' })\nexport class AudioService { start() { return jq; } }\n"},
        packages={"dom-lib": {"package.json": json.dumps({"name": "dom-lib"}),
                              "index.js": "module.exports = document.createElement('div');\n"}},
        warnings={"PWX302"}),
    "a Web Worker made of a string constant another module exports (airgap-vault's entropy workers)": Case(
        '<p>{{ reply }}</p>', ["digest of abc: h(abc) after 1"],
        "reply = 'waiting';\n"
        "constructor() { hashWorker.onmessage = (event: MessageEvent) => { this.reply = event.data.hash; };\n"
        "  hashWorker.postMessage({ call: 'update', text: 'abc' }); hashWorker.postMessage({ call: 'digest' }); }",
        "import { hashWorker } from '../entropy';\n",
        files={"src/assets/workers/hashWorker.ts":
               "// self.importScripts('sha3.min.js') replaced to work in blob\n"
               "const hashWorkerJS = `!function(){var n=\"object\"==typeof window,i=n?window:{};"
               "!n&&\"object\"==typeof self&&(i=self);var S={sha3_256:function(t){return \"h(\"+t+\")\"}};"
               "if(\"object\"==typeof module&&module.exports)module.exports=S;else for(var k in S)i[k]=S[k]}();\n"
               "let text = '', updates = 0\n"
               "self.onmessage = function (event) {\n"
               "  if (event.data.call === 'update') { text += event.data.text; updates++ }\n"
               "  if (event.data.call === 'digest') self.postMessage({ hash: 'digest of ' + text + ': ' +\n"
               "    sha3_256(text) + ' after ' + updates })\n"
               "}\n`\nexport default hashWorkerJS\n",
               "src/app/entropy.ts": "import hashWorkerJS from '../assets/workers/hashWorker';\n"
                                     "const blobURL: string = window.URL.createObjectURL(new Blob([hashWorkerJS]));\n"
                                     "export const hashWorker: Worker = new Worker(blobURL);\n"}),
    "the Angular CLI's web worker: new Worker(new URL('../app.worker', import.meta.url)), a module that imports": Case(
        '<p>{{ reply }}</p>', ["worker response to hello: 42"],
        "reply = 'waiting';\n"
        "constructor() { if (typeof Worker !== 'undefined') {\n"
        "  const worker = new Worker(new URL('../app.worker', import.meta.url), { type: 'module' });\n"
        "  worker.onmessage = ({ data }) => { this.reply = data; };\n  worker.postMessage('hello'); } }",
        files={"src/app/app.worker.ts": "/// <reference lib=\"webworker\" />\nimport { double } from './math';\n\n"
                                        "addEventListener('message', ({ data }) => {\n"
                                        "  const response = `worker response to ${data}: ${double(21)}`;\n"
                                        "  postMessage(response);\n});\n",
               "src/app/math.ts": "export function double(n: number): number { return n * 2; }\n"}),
    "Angular Universal's browser side: bootstrap on DOMContentLoaded, TransferState; getComputedStyle": Case(
        '<p>{{ state.get(key, "no server state") }} {{ look }}</p>', ["no server state unstyled"],
        "key = makeStateKey<string>('greeting'); look = getComputedStyle(document.body).getPropertyValue('color') "
        "|| 'unstyled'; constructor(public state: TransferState) {}",
        "import { TransferState, makeStateKey } from '@angular/platform-browser';\n",
        files={"src/main.ts": STANDALONE_MAIN.replace(
            "bootstrapApplication(AppComponent, { providers: [provideRouter(routes)] });",
            "import { importProvidersFrom } from '@angular/core';\nimport { BrowserModule } from '@angular/platform-browser';\n"
            "document.addEventListener('DOMContentLoaded', () => bootstrapApplication(AppComponent, { providers: [\n"
            "  provideRouter(routes), importProvidersFrom(BrowserModule.withServerTransition({ appId: 'serverApp' }))] }));")},
        warnings={"PWX302"}),
    "a file copied to the top read by URL; a <link> appended to the head; screen; an element's rect": Case(
        '<div #box><p>{{ shown }} {{ top }}</p></div>', ["config read, css fallback, screen 0"],
        "shown = ''; top = -1; @ViewChild('box') box!: ElementRef;\n"
        "async ngOnInit() { const cfg = await (await fetch('app-config.json')).json();\n"
        "  const css = await new Promise(done => { const link = document.createElement('link');\n"
        "    link.onload = () => done('css loaded'); link.onerror = () => done('css fallback');\n"
        "    document.getElementsByTagName('head')[0].appendChild(link); });\n"
        "  this.shown = `${cfg.state}, ${css}, ${screen.width > 0 ? 'screen' : 'no screen'}`; }\n"
        "ngAfterViewInit() { this.top = this.box.nativeElement.getBoundingClientRect().top; }",
        "import { ElementRef, ViewChild } from '@angular/core';\n",
        files={"app-config.json": '{"state": "config read"}'},
        build={"assets": [{"glob": "**/*", "input": "src/assets", "output": "assets"},
                          {"glob": "app-config.json", "input": "./", "output": "./"}]},
        warnings={"PWX302"}),
    "globals real code tests against: URL, URLSearchParams, ErrorEvent, TextEncoder, structuredClone": Case(
        '<p>{{ shown }}</p>', ["https://api.example.com/v1/items?id=3&q=a+b 5 ErrorEvent copy"],
        "shown = [new URL('items?id=3', 'https://api.example.com/v1/').href + '&' + new URLSearchParams({ q: 'a b' }),\n"
        "  new TextEncoder().encode('héllo').length - 1, new ErrorEvent('error') instanceof Event ? 'ErrorEvent' : '',\n"
        "  structuredClone({ a: 'copy' }).a].join(' ');"),
    "an Ionic 5 app: @ionic-native StatusBar and SplashScreen, Capacitor 2's Plugins.Storage": Case(
        '<p>{{ stored }}</p>', ["kept in Storage"],
        "stored = ''; constructor(statusBar: StatusBar, splash: SplashScreen) {\n"
        "  statusBar.styleLightContent(); statusBar.backgroundColorByHexString('#3880ff'); splash.hide(); }\n"
        "async ngOnInit() { await Plugins.Storage.set({ key: 'note', value: 'kept in Storage' });\n"
        "  this.stored = (await Plugins.Storage.get({ key: 'note' })).value; }",
        "import { StatusBar } from '@ionic-native/status-bar/ngx';\n"
        "import { SplashScreen } from '@ionic-native/splash-screen/ngx';\nimport { Plugins } from '@capacitor/core';\n",
        wx={"setNavigationBarColor": {"frontColor": "#ffffff", "backgroundColor": "#3880ff"}}),
    "a pre-Ivy library's class decorators listed in a static `decorators` (dkellycollins/amiibos-ionic-angular's NGXS)": Case(
        '<p>{{ state }}</p>', ["set up by the root module"], "state = Registry.state;",
        "import { Registry, RegistryModule } from 've-registry';\nimport { importProvidersFrom } from '@angular/core';\n"
        "export const PROVIDERS = [importProvidersFrom(RegistryModule.forRoot())];\n",
        files={"src/main.ts": MAIN_WITH_HOME_PROVIDERS},
        packages={"ve-registry": STATIC_DECORATORS_LIBRARY}),
    "a Capacitor 2 plugin package registers its web implementation (dkellycollins/amiibos-ionic-angular's auth)": Case(
        '<p>{{ shown }}</p>', ["echoed on the web: hi"],
        "shown = ''; async ngOnInit() { this.shown = (await Plugins.Echo.echo({ value: 'hi' })).value; }",
        "import 'cap-echo';\nimport { Plugins } from '@capacitor/core';\n",
        packages={"cap-echo": {"package.json": json.dumps({"name": "cap-echo", "main": "web.js"}),
                               "web.js": "const { WebPlugin, registerWebPlugin } = require('@capacitor/core');\n"
                                         "class EchoWeb extends WebPlugin {\n"
                                         "  constructor() { super({ name: 'Echo', platforms: ['web'] }); }\n"
                                         "  echo(o) { return Promise.resolve({ value: 'echoed on the web: ' + o.value }); } }\n"
                                         "const Echo = new EchoWeb();\nregisterWebPlugin(Echo);\nexports.Echo = Echo;\n"}}),
    "*ngrxLet and *rxLet show their observable's latest value as a local (airgap-wallet's module list), and "
    "<ng-template [rxLet]> (andritiana/stkNationaly's whole article page)": Case(
        '<ng-container *ngrxLet="modules$ as modules"><p *ngIf="modules.value.length > 0">'
        '{{ modules.value.join(\', \') }}</p></ng-container><p *rxLet="count$; let count">{{ count }} installed</p>'
        '<ng-template [rxLet]="count$" rxLetStrategy="native" let-n><p>article {{ n }}</p></ng-template>',
        ["alpha, beta", "2 installed", "article 2"],
        "modules$ = of({ value: ['alpha', 'beta'] }); count$ = of(2);", "import { of } from 'rxjs';\n",
        warnings={"PWX105"}),
    "start-up code behind platform.is(hybrid) calls an app's own native plugin (airgap-wallet's AppInfo)": Case(
        "<p>{{ state }}</p>", ["web start-up done"],
        "state = 'starting'; constructor(private platform: Platform) {}\n"
        "async ngOnInit() { if (this.platform.is('hybrid')) { await AppInfo.get(); } this.state = 'web start-up done'; }",
        "import { Platform } from '@ionic/angular';\nimport { registerPlugin } from '@capacitor/core';\n"
        "const AppInfo = registerPlugin<{ get(): Promise<unknown> }>('AppInfo');\n"),
    "a template reference to a child component is its instance (a method called from the template)": Case(
        '<app-meter #meter></app-meter><p>{{ meter.isDragging() ? "dragging" : "idle" }} {{ meter.level }}</p>',
        ["idle 7"], component="imports: [MeterComponent],",
        imports="import { MeterComponent } from '../meter.component';\n",
        files={"src/app/meter.component.ts":
               "import { Component, signal } from '@angular/core';\n"
               "@Component({ selector: 'app-meter', standalone: true, template: '<span>meter</span>' })\n"
               "export class MeterComponent { level = 7; isDragging = signal(false); }\n"}),
    "Node globals the app's polyfills put on window (Buffer, global, process) for its npm code": Case(
        '<p>{{ coin }}</p>', ["buf:hi shared browser"], "coin = coin.describe();",
        "import * as coin from 'coin-lib';\n",
        files={"src/polyfills.ts": "import { Buffer } from 'buffer';\n(window as any).global = window;\n"
                                   "(window as any).Buffer = Buffer;\n(window as any).process = { browser: true };\n"
                                   "(window as any).shared = 'shared';\n"},
        packages={"buffer": {"package.json": json.dumps({"name": "buffer"}),
                             "index.js": "exports.Buffer = { from: (s) => ({ toString: () => 'buf:' + s }) };\n"},
                  "coin-lib": {"package.json": json.dumps({"name": "coin-lib"}),
                               "index.js": "exports.describe = () => [Buffer.from('hi').toString(), global.shared,\n"
                                           "  process.browser ? 'browser' : 'node'].join(' ');\n"}},
        build={"polyfills": ["zone.js", "./src/polyfills.ts"]}),
    "an import written below the code that uses it (Tarikul-islam-shazan/bank-microservice-user-app-mx-ionic-5's shared components)": Case(
        '<p>{{ names }}</p>', ["Badge, Chip"], "names = PARTS.map((p) => p.label).join(', ');",
        "import { PARTS } from '../parts';\n",
        files={"src/app/parts.ts": "import { Badge } from './badge';\nexport const PARTS = [Badge, Chip];\n"
                                   "import 'zone.js';\nimport { Chip } from './chip';\n",
               "src/app/badge.ts": "export class Badge { static label = 'Badge'; }\n",
               "src/app/chip.ts": "export class Chip { static label = 'Chip'; }\n"}),
    "a package that wraps IndexedDB's prototypes at load, as idb 3 (Firebase 7's installations) does (the bank app)": Case(
        '<p>{{ shown }}</p>', ["wrapped: x, version 1"],
        "shown = ''; async ngOnInit() { this.shown = 'wrapped: ' + await openDb(); }",
        "import { openDb } from 'tiny-idb';\n",
        packages={"tiny-idb": {"package.json": json.dumps({"name": "tiny-idb"}),
                               "index.js": "['get', 'count'].forEach((m) => { if (m in IDBIndex.prototype) {} });\n"
                                           "['put'].forEach((m) => { if (m in IDBObjectStore.prototype) {} });\n"
                                           "exports.openDb = () => new Promise((resolve) => { const r = indexedDB.open('x');\n"
                                           "  r.onsuccess = () => resolve(`${r.result.name}, version ${r.result.version}`); });\n"}}),
    "crypto.subtle.digest in a package, as RxDB hashes its documents (GUMRI/Snacks-menu: error UT8 on every page)": Case(
        '<p>{{ shown }}</p>', ["sha-256 of abc: ba7816bf8f01cfea"],
        "shown = ''; async ngOnInit() { this.shown = 'sha-256 of abc: ' + (await hash('abc')).slice(0, 16); }",
        "import { hash } from 'tiny-hash';\n",
        packages={"tiny-hash": {"package.json": json.dumps({"name": "tiny-hash"}),
                                "index.js": "exports.hash = async (text) => {\n"
                                            "  if (typeof crypto === 'undefined' || !crypto.subtle) throw new Error('UT8');\n"
                                            "  const buf = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));\n"
                                            "  return Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join(''); };\n"}}),
    "a Cordova plugin named neither cordova-plugin-* nor @awesome-cordova-plugins/* (salmanbhatti52/uae360's "
    "onesignal-cordova-plugin): its package.json says so, and its calls reject as in the PWA's browser": Case(
        '<p>{{ shown }}</p>', ["push: rejected"],
        "shown = '';\nngOnInit() { OneSignal.setAppId('x').catch(() => { this.shown = 'push: rejected'; }); }",
        "import OneSignal from 'push-cordova-plugin';\n",
        packages={"push-cordova-plugin": {
            "package.json": json.dumps({"name": "push-cordova-plugin", "main": "index.js",
                                        "cordova": {"id": "push-cordova-plugin", "platforms": ["android", "ios"]}}),
            "index.js": "exports.default = { setAppId(id) { window.cordova.exec(() => {}, () => {}, 'Push', 'init', "
                        "[id]); } };\n"}}, warnings={"PWX305"}),
    "a global an angular.json script defines, which the app declares (litospayaso/tato: `declare const Chess: any`, "
    "chess.js among its scripts)": Case(
        '<p>{{ shown }}</p>', ["from a script, 8 by 8"], "shown = new Chess().x + ', ' + board.size;",
        "declare const Chess: any;\ndeclare var board: { size: string };\n",
        files={"src/vendor/chess.js": "var Chess = function () { this.x = 'from a script'; };\n"
                                      "var board = { size: '8 by 8' };\n"},
        build={"scripts": ["src/vendor/chess.js"]}),
    "a package that tests for the document and, apart, for the window (@swimlane/ngx-datatable: ujangaripin24/"
    "probable-octo-guide, Snowbases/project-task-crud)": Case(
        '<p>{{ shown }}</p>', ["table loaded: none"], "shown = 'table loaded: ' + (transform || 'none');",
        "import { transform } from 'tiny-table';\n",
        packages={"tiny-table": {"package.json": json.dumps({"name": "tiny-table"}),
                                 "index.js": "const testStyle = typeof document !== 'undefined' ? "
                                             "document.createElement('div').style : undefined;\n"
                                             "function prefixed(p) { return testStyle[p] !== undefined ? p : undefined; }\n"
                                             "exports.transform = typeof window !== 'undefined' ? prefixed('transform') "
                                             ": undefined;\n"}}),
    "a library reading the global object as @angular/core's ɵglobal (@rx-angular/cdk's unpatched Promise: "
    "andritiana/stkNationaly)": Case(
        '<p>{{ shown }}</p>', ["resolved on the global Promise"], "shown = ''; ngOnInit() { settled.then(() => { "
        "this.shown = 'resolved on the global Promise'; }); }",
        "import { settled } from 'tiny-cdk';\n",
        packages={"tiny-cdk": {"package.json": json.dumps({"name": "tiny-cdk", "module": "index.mjs"}),
                               "index.mjs": "import { \u0275global } from '@angular/core';\n"
                                            "const api = (name) => \u0275global['__zone_symbol__' + name] || "
                                            "\u0275global[name];\nexport const settled = api('Promise').resolve();\n"}}),
    "a library whose factory names a token declared below its class (@taiga-ui/addon-mobile's "
    "TUI_PULL_TO_REFRESH_THRESHOLD: kudiluv/auto-maps)": Case(
        '<p>pull at {{ t.v }}</p>', ["pull at 50"], "constructor(public t: Threshold) {}",
        "import { Threshold } from 'tiny-pull';\n",
        packages={"tiny-pull": {"package.json": json.dumps({"name": "tiny-pull", "module": "index.mjs"}),
                                "index.mjs": "import * as i0 from '@angular/core';\n"
                                             "import { InjectionToken } from '@angular/core';\n"
                                             "class Threshold { constructor(v) { this.v = v; } }\n"
                                             "Threshold.\u0275fac = i0.\u0275\u0275ngDeclareFactory({ minVersion: '12.0.0', "
                                             "version: '16.0.0', ngImport: i0, type: Threshold, deps: [{ token: THRESHOLD }], "
                                             "target: i0.\u0275\u0275FactoryTarget.Injectable });\n"
                                             "Threshold.\u0275prov = i0.\u0275\u0275ngDeclareInjectable({ minVersion: '12.0.0', "
                                             "version: '16.0.0', ngImport: i0, type: Threshold, providedIn: 'root' });\n"
                                             "const THRESHOLD = new InjectionToken('threshold', { factory: () => 50 });\n"
                                             "export { Threshold, THRESHOLD };\n"}}),
    "IndexedDB found on the global object, as Dexie and localforage look for it (GUMRI/Snacks-menu's RxDB)": Case(
        '<p>{{ shown }}</p>', ["kept tea under 1"],
        "shown = ''; async ngOnInit() { this.shown = await keep('tea'); }",
        "import { keep } from 'tiny-store';\n",
        packages={"tiny-store": {"package.json": json.dumps({"name": "tiny-store"}),
                                 "index.js": "var g = typeof globalThis !== 'undefined' ? globalThis : self;\n"
                                             "var idb = g.indexedDB || g.webkitIndexedDB;\n"
                                             "exports.keep = (v) => new Promise((resolve) => { const r = idb.open('s', 1);\n"
                                             "  r.onupgradeneeded = () => r.result.createObjectStore('s', { autoIncrement: true });\n"
                                             "  r.onsuccess = () => { const put = r.result.transaction('s', 'readwrite')"
                                             ".objectStore('s').put(v);\n"
                                             "    put.onsuccess = () => resolve(`kept ${v} under ${put.result}`); }; });\n"}}),
    "LocationStrategy injected and read as Angular's default PathLocationStrategy (Tarikul-islam-shazan/bank-microservice-user-app-mx-ionic-5)": Case(
        '<p>{{ shown }}</p>', ["path /"],
        "shown = ''; constructor(strategy: LocationStrategy) {\n"
        "  this.shown = strategy instanceof PathLocationStrategy ? 'path ' + strategy.path() : 'no path'; }",
        "import { LocationStrategy, PathLocationStrategy } from '@angular/common';\n"),
    "Blob, FormData and FileReader, read from the window too (Amelivs/bikeboard's `window.Blob`)": Case(
        '<p>{{ shown }}</p>', ["window.Blob: a.txt 4 bytes, read tile"],
        "shown = '';\n"
        "ngOnInit() { const blob = new (window as any).Blob(['tile'], { type: 'text/plain' });\n"
        "  const form = new FormData(); form.append('f', blob, 'a.txt'); const reader = new FileReader();\n"
        "  reader.onload = () => { this.shown = `${blob instanceof Blob ? 'window.Blob' : 'other'}: `\n"
        "    + `${(form.get('f') as File).name} ${blob.size} bytes, read ${reader.result}`; };\n"
        "  reader.readAsText(blob); }"),
    "performance.now() in a package, and an Image preloaded in code (brianmuguluma/metatrader-5's limiter, "
    "alvarobozser/adventures' Phaser)": Case(
        '<p>{{ shown }}</p>', ["limited from 0 ms or more; picture: error"],
        "shown = '';\n"
        "ngOnInit() { const limiter = new Limiter(); const img = new Image();\n"
        "  img.onerror = () => { this.shown = `limited from ${limiter.started >= 0 ? '0 ms or more' : '?'}; picture: error`; };\n"
        "  img.src = 'assets/missing.png'; }",
        "import { Limiter } from 'tiny-limiter';\n",
        packages={"tiny-limiter": {"package.json": json.dumps({"name": "tiny-limiter"}),
                                   "index.js": "exports.Limiter = class { constructor() { this.started = performance.now(); } };\n"}}),
    "a component that is also @Injectable({ providedIn: 'root' }), injected by the page that opens it "
    "(timok19/pixo-editor's image modal)": Case(
        '<p>{{ opener.describe() }}</p>', ["the modal's opener, injected"], "constructor(public opener: ImageModal) {}",
        "import { ImageModal } from '../image-modal';\n",
        files={"src/app/image-modal.ts":
               "import { Component, Injectable } from '@angular/core';\n"
               "@Component({ selector: 'app-image-modal', standalone: true, template: '<p>modal</p>' })\n"
               "@Injectable({ providedIn: 'root' })\n"
               "export class ImageModal { describe() { return \"the modal's opener, injected\"; } }\n"}),
    "an input whose name starts with a capital, [Challenge]=\"c\" (tortuc/Ionic-Sportyeah-App; wcc rejected "
    "-challenge)": Case(
        '<app-card [Challenge]="picked"></app-card>', ["card of the week"], "picked = { title: 'the week' };",
        "import { CardComponent } from '../card';\n", component="imports: [CardComponent],",
        files={"src/app/card.ts": "import { Component, Input } from '@angular/core';\n"
                                  "@Component({ selector: 'app-card', standalone: true,\n"
                                  "  template: '<p>card of {{ Challenge?.title }}</p>' })\n"
                                  "export class CardComponent { @Input() Challenge: { title: string } | undefined; }\n"}),
    "a JSON file imported as a module (resolveJsonModule), default and named (bikeboard's seeding data)": Case(
        '<p>{{ shown }}</p>', ["2 maps, first Alps; v1.2"],
        "shown = `${seed.maps.length} maps, first ${seed.maps[0]}; v${version}`;",
        "import seed from '../seed.json';\nimport { version } from '../../../package-info.json';\n",
        files={"tsconfig.json": json.dumps({"compilerOptions": {"resolveJsonModule": True,
                                                                "allowSyntheticDefaultImports": True}}),
               "src/app/seed.json": json.dumps({"maps": ["Alps", "Jura"], "line": "a\u2028b"}),
               "package-info.json": '{ "version": "1.2" }'}),
    "a parameter typed Window, provided as { provide: Window, useValue: window } (bikeboard's services)": Case(
        '<p>{{ shown }}</p>', ["the window, injected"],
        "shown = ''; constructor(private win: Window) { this.shown = win === window ? 'the window, injected' : 'other'; }",
        component="providers: [{ provide: Window, useValue: window }],"),
    "a minified conditional before a decimal number, `t?.5*e:0`, in a package (bikeboard's maplibre-gl)": Case(
        '<p>{{ shown }}</p>', ["scaled 4 0"], "shown = `scaled ${scale(1, 8)} ${scale(0, 8)}`;",
        "import { scale } from 'mini-geo';\n",
        packages={"mini-geo": {"package.json": json.dumps({"name": "mini-geo"}),
                               "index.js": "exports.scale=function(t,e){var s='x?.5';return t?.5*e:0};\n"}}),
    "a service makes a Renderer2 with RendererFactory2 to set a theme class (AndrewJBateman/ionic-angular-news-app)": Case(
        '<p>{{ theme.mode }}</p>', ["dark theme set"], "constructor(public theme: ThemeService) { theme.dark(); }",
        "import { ThemeService } from '../theme.service';\n",
        files={"src/app/theme.service.ts":
               "import { Inject, Injectable, Renderer2, RendererFactory2 } from '@angular/core';\n"
               "import { DOCUMENT } from '@angular/common';\n"
               "@Injectable({ providedIn: 'root' })\nexport class ThemeService {\n  mode = 'light'; private renderer: Renderer2;\n"
               "  constructor(factory: RendererFactory2, @Inject(DOCUMENT) private doc: Document) {\n"
               "    this.renderer = factory.createRenderer(null, null); }\n"
               "  dark() { this.renderer.addClass(this.doc.body, 'dark'); this.renderer.setStyle(this.doc.body, 'color', 'red');\n"
               "    const off = this.renderer.listen('window', 'resize', () => {}); off(); this.mode = 'dark theme set'; }\n}\n"},
        warnings={"PWX302"}),
    "a barrel read back while it loads: an import cycle through `export *` (riccardoFasan/ionic-angular-signals-crm)": Case(
        '<p>{{ shown }}</p>', ["first sorted up"], "shown = `first sorted ${store.defaults[0].order}`;",
        "import { store } from '../util';\n",
        files={"src/app/util/index.ts": "export * from './sorter';\nexport * from './store';\nexport * from './order';\n",
               "src/app/util/sorter.ts": "import { Order } from './order';\nexport const byOrder = (o: Order) => o;\n",
               "src/app/util/store.ts": "import { DEFAULTS } from '../defaults';\nexport const store = { defaults: DEFAULTS };\n",
               "src/app/util/order.ts": "export interface Sorting { order: Order }\nexport enum Order { Up = 'up', Down = 'down' }\n",
               "src/app/defaults.ts": "import { Order, Sorting } from './util';\n"
                                      "export const DEFAULTS: Sorting[] = [{ order: Order.Up }];\n"}),
    "a page's hostDirectives provide what it injects (riccardoFasan/ionic-angular-signals-crm's list pages)": Case(
        '<p>{{ handler.describe() }}</p>', ["tags handled by the directive"],
        "handler = inject(HANDLER); directive = inject(TagsDirective);",
        "import { inject } from '@angular/core';\nimport { HANDLER, TagsDirective } from '../tags.directive';\n",
        component="hostDirectives: [{ directive: TagsDirective }],",
        files={"src/app/tags.directive.ts":
               "import { Directive, InjectionToken, Injectable } from '@angular/core';\n"
               "export const HANDLER = new InjectionToken<{ describe(): string }>('Handler');\n"
               "@Injectable()\nexport class TagsHandler { describe() { return 'tags handled by the directive'; } }\n"
               "@Directive({ selector: '[appInner]', standalone: true })\nexport class InnerDirective {}\n"
               "@Directive({ selector: '[appTags]', standalone: true, hostDirectives: [InnerDirective],\n"
               "  providers: [{ provide: HANDLER, useClass: TagsHandler }] })\nexport class TagsDirective {}\n"}),
    "a component in another component's template reads its inputs in ngOnInit (aleemkhowaja/mobile_app_ionic's "
    "ps-dropdown-lov in ps-lov-file-types)": Case(
        "<app-lov></app-lov>", ["dropdown of list 452"], component="imports: [LovComponent],",
        imports="import { LovComponent } from '../lov.component';\n",
        files={"src/app/lov.component.ts":
               "import { Component, Input, OnInit } from '@angular/core';\n"
               "@Component({ selector: 'app-dropdown', standalone: true, template: '<p>{{ shown }}</p>' })\n"
               "export class DropdownComponent implements OnInit {\n"
               "  @Input() options: { lovTypeId: number };\n  shown = '';\n"
               "  ngOnInit() { this.shown = 'dropdown of list ' + this.options.lovTypeId; } }\n"
               "@Component({ selector: 'app-lov', standalone: true, imports: [DropdownComponent],\n"
               "  template: '<app-dropdown [options]=\"defaults\"></app-dropdown>' })\n"
               "export class LovComponent { defaults = { lovTypeId: 452 }; }\n"}),
    "a child's input bound to undefined at first: the value that comes later is no first change "
    "(dynamic-angular-form-json builds its form on a change that is not the first)": Case(
        "<app-form [jsonFormData]=\"formData\"></app-form>", ["controls: 2"], component="imports: [FormComponent],",
        code="formData: any;\nconstructor(private http: HttpClient) {}\n"
             "ngOnInit() { this.http.get('assets/form.json').subscribe(d => { this.formData = d; }); }",
        imports="import { FormComponent } from '../form.component';\n"
                "import { HttpClient, provideHttpClient } from '@angular/common/http';\n"
                "export const PROVIDERS = [provideHttpClient()];\n",
        files={"src/main.ts": MAIN_WITH_HOME_PROVIDERS,
               "src/assets/form.json": '{"controls": [{"name": "a"}, {"name": "b"}]}',
               "src/app/form.component.ts":
               "import { Component, Input, OnChanges, SimpleChanges } from '@angular/core';\n"
               "@Component({ selector: 'app-form', standalone: true, template: '<p>{{ built }}</p>' })\n"
               "export class FormComponent implements OnChanges {\n"
               "  @Input() jsonFormData: { controls: object[] };\n  built = 'no controls';\n"
               "  ngOnChanges(changes: SimpleChanges) {\n"
               "    if (!changes['jsonFormData'].firstChange) this.built = 'controls: ' + this.jsonFormData.controls.length; } }\n"}),
    "a component that declares no constructor injects what its base class's constructor asks for "
    "(DPA-Ionic's list parts extend a container component)": Case(
        "<app-part></app-part>", ["3 news from the repository"], component="imports: [PartComponent],",
        imports="import { PartComponent } from '../part.component';\n",
        files={"src/app/part.component.ts":
               "import { Component, Injectable, OnInit } from '@angular/core';\n"
               "@Injectable({ providedIn: 'root' }) export class NewsRepository { count() { return 3; } }\n"
               "@Component({ selector: 'app-container', standalone: true, template: '' })\n"
               "export class ContainerComponent implements OnInit {\n  shown = '';\n"
               "  constructor(protected repo: NewsRepository) {}\n"
               "  ngOnInit() { this.shown = this.repo.count() + ' news from the repository'; } }\n"
               "@Component({ selector: 'app-part', standalone: true, template: '<p>{{ shown }}</p>' })\n"
               "export class PartComponent extends ContainerComponent { label = 'part'; }\n"}),
    "a page turns route reuse off to reload on the same URL (DPA-Ionic's detail page)": Case(
        "<p>{{ shown }}</p>", ["reloads on the same URL"],
        "shown = '';\nconstructor(private router: Router) {}\n"
        "ngOnInit() { this.router.routeReuseStrategy.shouldReuseRoute = () => false;\n"
        "  this.router.onSameUrlNavigation = 'reload';\n"
        "  this.shown = this.router.onSameUrlNavigation + 's on the same URL'; }",
        "import { Router } from '@angular/router';\n"),
    "a sound played with new Audio(src) (SirPerzifal/focus-security's ping and error alerts, GonnaOrder's "
    "notification sound)": Case(
        "<p>{{ shown }}</p>", ["ping played"],
        "shown = '';\nping = new Audio('assets/sound/Ping Alert.mp3');\n"
        "ngOnInit() { this.ping.onended = () => { this.shown = 'ping played'; }; this.ping.play(); }",
        files={"src/assets/sound/Ping Alert.mp3": "ID3"},
        wx={"InnerAudioContext.play": {"src": "/assets/sound/Ping Alert.mp3"}}),
    "@capacitor/filesystem writes and reads a file (23 imports in the real apps, reported as unsupported before)":
    Case("<p>{{ shown }}</p>", ["read back: saved offline"],
         "shown = '';\nasync ngOnInit() {\n"
         "  await Filesystem.writeFile({ path: 'cache/a.txt', data: 'saved offline', directory: Directory.Data,\n"
         "    encoding: Encoding.UTF8, recursive: true });\n"
         "  const file = await Filesystem.readFile({ path: 'cache/a.txt', directory: Directory.Data, "
         "encoding: Encoding.UTF8 });\n  this.shown = 'read back: ' + file.data; }",
         "import { Filesystem, Directory, Encoding } from '@capacitor/filesystem';\n"),
    "@ViewChild(IonRouterOutlet, { static: true }) read in ngOnInit (ICCICOE's app component and about page)": Case(
        "<p>{{ shown }}</p>", ["can go back: false"],
        "@ViewChild(IonRouterOutlet, { static: true }) routerOutlet: IonRouterOutlet;\nshown = '';\n"
        "ngOnInit() { this.shown = 'can go back: ' + this.routerOutlet.canGoBack(); }",
        "import { ViewChild } from '@angular/core';\nimport { IonRouterOutlet } from '@ionic/angular/standalone';\n"),
    "an HTML file's body read through DOMParser (aleemkhowaja/mobile_app_ionic's html viewer)": Case(
        "<p>{{ shown }}</p>", ["Read the terms"],
        "shown = '';\n"
        "ngOnInit() { const doc = new DOMParser().parseFromString('<html><head><title>T</title></head>'\n"
        "  + '<body><b>Read the terms</b></body></html>', 'text/html');\n"
        "  this.shown = doc.getElementsByTagName('body')[0].innerHTML.replace(/<[^>]+>/g, ''); }"),
    "a UMD library that takes the window's document as jQuery does: only one of nodeType 9, whose nodes it builds "
    "and reads back (mehdi-git1/ionic-app-larifi's jQuery)": Case(
        "<p>{{ shown }}</p>", ["loaded: INPUT"], "shown = $.probe;", "import * as $ from 'tiny-query';\n",
        packages={"tiny-query": {
            "package.json": json.dumps({"name": "tiny-query", "main": "dist/tiny-query.js"}),
            "dist/tiny-query.js":
                "(function (global, factory) {\n"
                "  module.exports = global.document ? factory(global) : function () { throw new Error('no document'); };\n"
                "})(typeof window !== 'undefined' ? window : this, function (window) {\n"
                "  var preferred = window.document, document;\n"
                "  function setDocument(doc) { if (doc.nodeType !== 9 || !doc.documentElement) return; document = doc; }\n"
                "  setDocument(preferred);\n"
                "  var fragment = document.createDocumentFragment();\n"
                "  var div = fragment.appendChild(document.createElement('div'));\n"
                "  div.appendChild(document.createElement('input'));\n"
                "  return { probe: 'loaded: ' + div.cloneNode(true).lastChild.nodeName };\n"
                "});\n"}}),
    "import() of a computed path: a translation file per language, a locale module of a package "
    "(0fromaamir/GonnaOrder's language service and dayjs locales)": Case(
        "<p>{{ shown }}</p>", ["fr: Bonjour, locale fr, missing: Cannot find module '../../assets/i18n/xx.json'"],
        "shown = '';\nasync ngOnInit() {\n"
        "  const lang = 'fr';\n"
        "  const words = await import(`../../assets/i18n/${lang}.json`);\n"
        "  const locale = await import('tiny-dates/locale/' + lang);\n"
        "  const missing = await import(`../../assets/i18n/${'xx'}.json`).catch((e) => e.message);\n"
        "  this.shown = lang + ': ' + words.hello + ', locale ' + locale.name + ', missing: ' + missing; }",
        files={"src/assets/i18n/fr.json": '{"hello": "Bonjour"}', "src/assets/i18n/en.json": '{"hello": "Hello"}'},
        packages={"tiny-dates": {"package.json": json.dumps({"name": "tiny-dates", "main": "index.js"}),
                                 "index.js": "module.exports = {};\n",
                                 "locale/fr.js": "module.exports = { name: 'fr' };\n",
                                 "locale/de.js": "module.exports = { name: 'de' };\n"}}),
    "a global stylesheet named by its package path in angular.json (GUMRI/Snacks-menu's "
    "'@angular/material/prebuilt-themes/azure-blue.css'), and a global script alike": Case(
        '<p class="themed">{{ shown }}</p>', ["themed by the package, script ran"], "shown = 'themed by the package, ' + (window as any).ran;",
        build={"styles": ["tiny-theme/themes/blue.css", "src/global.scss"], "scripts": ["tiny-theme/boot.js"]},
        packages={"tiny-theme": {"package.json": json.dumps({"name": "tiny-theme"}),
                                 "themes/blue.css": ".themed { color: blue; }\n",
                                 "boot.js": "window.ran = 'script ran';\n"}}),
    "alert() and requestAnimationFrame() called bare (ManuelMoralesColl/CarbikFrontend's error messages, "
    "Arno19moller/Boomkyk's animation)": Case(
        "<p>{{ shown }}</p>", ["frame drawn"],
        "shown = '';\nngOnInit() { alert('Error loading vehicles');\n"
        "  requestAnimationFrame(() => { this.shown = 'frame drawn'; }); }",
        wx={"showModal": {"content": "Error loading vehicles", "showCancel": False}}),
    "Capacitor 3's @capacitor/storage keeps the language, and translations load from a URL climbing out of the "
    "page's folder ('../../../assets/i18n/'), as a browser resolves it from the root (crislaez/InfoDexCl, YgoInfo)":
    Case("<p>{{ shown }}</p>", ["es: Hola"],
         "shown = '';\nconstructor(private http: HttpClient) {}\n"
         "async ngOnInit() { await Storage.set({ key: 'lang', value: 'es' });\n"
         "  const lang = (await Storage.get({ key: 'lang' })).value;\n"
         "  this.http.get<any>('../../../assets/i18n/' + lang + '.json').subscribe((t) => this.shown = lang + ': ' + t.hello); }",
         "import { Storage } from '@capacitor/storage';\nimport { HttpClient } from '@angular/common/http';\n",
         files={"src/assets/i18n/es.json": '{"hello": "Hola"}'},
         build={"assets": ["src/assets"]}),
    "an HttpBackend the app provides around Angular's HttpXhrBackend (thondaswaroop/ilaunchr_ecommerce_v1's "
    "ionic-native-http-connection-backend), getCurrentNavigation() in the constructor of a page WeChat opened, "
    "@ViewChildren matching nothing, and an element's shadowRoot (rahul-kr01/mentoring-mobile-app)": Case(
        "<p>{{ shown }}</p>", ["via the fallback: Hola; extras {}; cards 0; shadow DIV"],
        "@ViewChildren('card') cards: QueryList<any>;\nshown = '';\nextras = '';\n"
        "constructor(private http: HttpClient, router: Router) {\n"
        "  this.extras = JSON.stringify(router.getCurrentNavigation()!.extras.state || {}); }\n"
        "ngAfterViewInit() { this.http.get<any>('assets/i18n/es.json').subscribe((t) => this.shown = t.via + ': ' + t.hello\n"
        "  + '; extras ' + this.extras + '; cards ' + this.cards.toArray().length\n"
        "  + '; shadow ' + document.createElement('ion-menu').shadowRoot!.querySelector('.menu-inner')!.tagName); }",
        "import { HttpClient, HttpBackend, HttpXhrBackend, HttpRequest, HttpResponse, provideHttpClient } "
        "from '@angular/common/http';\nimport { Router } from '@angular/router';\n"
        "import { QueryList, ViewChildren } from '@angular/core';\nimport { map } from 'rxjs/operators';\n"
        "class Fallback implements HttpBackend {\n  constructor(private xhr: HttpXhrBackend) {}\n"
        "  handle(req: HttpRequest<any>) { return this.xhr.handle(req).pipe(map((e: any) => e instanceof HttpResponse\n"
        "    ? e.clone({ body: { ...e.body, via: 'via the fallback' } }) : e)); } }\n"
        "export const PROVIDERS = [provideHttpClient(), { provide: HttpBackend, useClass: Fallback, deps: [HttpXhrBackend] }];\n",
        files={"src/assets/i18n/es.json": '{"hello": "Hola"}', "src/main.ts": MAIN_WITH_HOME_PROVIDERS},
        build={"assets": ["src/assets"]}),
    "signal queries: viewChild.required('input') on a native element, viewChildren of a ref in a loop "
    "(jhonatan0912/palacio-chino-premium's chat popover focuses its input)": Case(
        '<input #input>@for (n of [1, 2, 3]; track n) {<p #note>{{ n }}</p>}<p>{{ shown }}</p>',
        ["found INPUT, focus function, 3 notes, 0 others"],
        "input = viewChild.required<ElementRef>('input');\nnotes = viewChildren<ElementRef>('note');\n"
        "others = viewChildren<ElementRef>('other');\nshown = '';\n"
        "ngAfterViewInit() { const el = this.input().nativeElement; el.focus();\n"
        "  this.shown = 'found ' + el.tagName + ', focus ' + typeof el.focus + ', ' + this.notes().length + ' notes, '\n"
        "    + this.others().length + ' others'; }",
        "import { ElementRef, viewChild, viewChildren } from '@angular/core';\n"),
    "document.getElementById of an id a template gives an element (0fromaamir/GonnaOrder's admin pages hide their "
    "parent's tabs by id, palacio-chino-premium scrolls its chat): an inert element; an id no template has: null": Case(
        '<div id="chat__history"><p>{{ shown }}</p></div>', ["tabs hidden, chat scrolled, other null"],
        "shown = '';\nngOnInit() { document.getElementById('chat__history')!.style.display = 'none';\n"
        "  document.getElementById('chat__history')!.scrollTo({ top: 0 });\n"
        "  this.shown = 'tabs hidden, chat scrolled, other ' + document.getElementById('nowhere'); }"),
    "document.getElementById of a template's <canvas> is a canvas with a 2d context (Damian1007/appGanadera draws "
    "its Chart.js charts on one; it was a div without getContext)": Case(
        '<canvas id="chart" width="200" height="100"></canvas><p>{{ shown }}</p>', ["CANVAS draws: yes"],
        "shown = '';\nngAfterViewInit() { const canvas = document.getElementById('chart') as HTMLCanvasElement;\n"
        "  const ctx = canvas.getContext('2d')!; ctx.fillStyle = 'red'; ctx.fillRect(0, 0, 10, 10);\n"
        "  this.shown = canvas.tagName + ' draws: ' + (ctx.canvas === canvas ? 'yes' : 'no'); }",
        warnings={"PWX302"}, wx={"createOffscreenCanvas": {"type": "2d"}}),
    "a root service listening to the keyboard, the app state and the network in its constructor "
    "(leaderinyou2025/ydms-ionic-app's KeyboardService: the preview's wx had no onKeyboardHeightChange, so every "
    "page injecting it was blank)": Case(
        "<p>{{ shown }}</p>", ["keyboard hidden, listening"],
        "watch = inject(Watch);\nshown = '';\nasync ngOnInit() { await this.watch.stop();\n"
        "  this.shown = 'keyboard ' + (this.watch.height ? 'shown' : 'hidden') + ', listening'; }",
        "import { Injectable, inject } from '@angular/core';\nimport { Keyboard } from '@capacitor/keyboard';\n"
        "import { App } from '@capacitor/app';\nimport { Network } from '@capacitor/network';\n"
        "@Injectable({ providedIn: 'root' }) class Watch {\n  height = 0; handles: any[] = [];\n"
        "  constructor() { this.handles.push(Keyboard.addListener('keyboardWillShow', i => this.height = i.keyboardHeight),\n"
        "    App.addListener('resume', () => {}), Network.addListener('networkStatusChange', () => {})); }\n"
        "  async stop() { for (const h of this.handles) await (await h).remove(); } }\n"),
    "injector.get(LOCATION_INITIALIZED, Promise.resolve(null)).then(…), ngx-translate's initializer (sergiubalauca/"
    "task-logger-app: 'locationInitialized.then is not a function' on every page): a token nobody provides gives "
    "the fallback": Case(
        "<p>{{ shown }}</p>", ["location fallback, optional null"],
        "shown = '';\ninjector = inject(Injector);\noptional = inject(LOCATION_INITIALIZED, { optional: true });\n"
        "ngOnInit() { this.injector.get(LOCATION_INITIALIZED, Promise.resolve('fallback')).then(v => {\n"
        "  this.shown = 'location ' + v + ', optional ' + this.optional; }); }",
        "import { Injector, inject } from '@angular/core';\nimport { LOCATION_INITIALIZED } from '@angular/common';\n"),
    "a community Capacitor plugin registered with a web implementation runs it, as the PWA does "
    "(leaderinyou2025/ydms-ionic-app's @capacitor-community/native-audio: its preload rejected on every page)": Case(
        "<p>{{ shown }}</p>", ["preloaded a, then UNIMPLEMENTED: Not implemented on web."],
        "shown = '';\nasync ngOnInit() { const r = await FakeAudio.preload({ assetId: 'a' });\n"
        "  try { await FakeAudio.getDuration(); } catch (e: any) {\n"
        "    this.shown = 'preloaded ' + r.id + ', then ' + e.code + ': ' + e.message; } }",
        "import { FakeAudio } from '@capacitor-community/fake-audio';\n",
        packages={"@capacitor-community/fake-audio": {
            # its main is a browser-global build (reading window.capacitorExports), as the real plugins' is
            "package.json": json.dumps({"name": "@capacitor-community/fake-audio", "main": "dist/plugin.js",
                                        "module": "dist/esm/index.js"}),
            "dist/plugin.js": "var capacitorFakeAudio = (function (exports, core) {\n  'use strict';\n"
                              "  exports.FakeAudio = core.registerPlugin('FakeAudio', {});\n  return exports;\n"
                              "})({}, capacitorExports);\n",
            "dist/esm/index.js": "import { registerPlugin } from '@capacitor/core';\n"
                                 "const FakeAudio = registerPlugin('FakeAudio', {\n"
                                 "  web: () => import('./web').then(m => new m.FakeAudioWeb()),\n});\n"
                                 "export { FakeAudio };\n",
            "dist/esm/web.js": "import { WebPlugin } from '@capacitor/core';\n"
                               "export class FakeAudioWeb extends WebPlugin {\n"
                               "  async preload(o) { return { id: o.assetId }; }\n"
                               "  async getDuration() { throw this.unimplemented('Not implemented on web.'); }\n}\n"}}),
    "@ViewChild(IonContent)'s getScrollElement() is an element whose style code sets (leaderinyou2025/ydms-ionic-app "
    "hides its overflow on 19 pages: 'Cannot set properties of undefined')": Case(
        "<ion-content><p>{{ shown }}</p></ion-content>", ["scroll element DIV at 0"],
        "@ViewChild(IonContent, { static: true }) content!: IonContent;\nshown = '';\n"
        "async ngOnInit() { const el = await this.content.getScrollElement(); el.style.overflowY = 'hidden';\n"
        "  this.shown = 'scroll element ' + el.tagName + ' at ' + el.scrollTop; }",
        "import { ViewChild } from '@angular/core';\nimport { IonContent } from '@ionic/angular';\n"),
    "ion-datetime's slotted title and buttons show beside its picker (sergiubalauca/task-logger-app's time picker "
    "modal: its Done button was dropped, so its confirm() could not be reached)": Case(
        '<ion-datetime presentation="time" [(ngModel)]="time"><span slot="title">Start time</span>'
        '<ion-buttons slot="buttons"><ion-button (click)="done()">Done</ion-button></ion-buttons></ion-datetime>'
        '<p>{{ shown }}</p>', ["Start time\n09:30\nDone"],
        "time = '09:30';\nshown = '';\ndone() { this.shown = 'picked ' + this.time; }",
        "import { FormsModule } from '@angular/forms';\n", component="imports: [FormsModule],",
        warnings={"PWX105"}),
    "a { static: true } query of a template reference read in ngOnInit (vagnersabadi/awesome-components-ionic's "
    "accordion sets its content's height there)": Case(
        '<div #accordionContent><p>{{ shown }}</p></div>', ["collapsed in ngOnInit: an object"],
        "@ViewChild('accordionContent', { static: true }) elementView: any;\nshown = '';\n"
        "constructor(private renderer: Renderer2) {}\n"
        "ngOnInit() { this.renderer.setStyle(this.elementView.nativeElement, 'height', '0px');\n"
        "  this.shown = 'collapsed in ngOnInit: an ' + typeof this.elementView.nativeElement; }",
        "import { Renderer2, ViewChild } from '@angular/core';\n", warnings={"PWX302"}),
    "PendingTasks (Angular 19+, which @angular/fire 20 wraps every call in), a relative URL against "
    "document.baseURI (Stencil's loader in stickyamp/dreameo), and a folder named like a module "
    "(services/export-pdf.service.ts/, which was PWX301 'Is a directory')": Case(
        "<p>{{ shown }}</p>", ["task done, base /home, pdf ready"],
        "shown = '';\ntasks = inject(PendingTasks);\n"
        "async ngOnInit() { const done = this.tasks.add(); done();\n"
        "  await this.tasks.run(async () => {});\n"
        "  this.shown = 'task done, base ' + new URL('./home', document.baseURI).pathname + ', ' + pdf(); }",
        "import { inject, PendingTasks } from '@angular/core';\n"
        "import { pdf } from '../services/export-pdf.service.ts/export-pdf.service';\n",
        files={"src/app/services/export-pdf.service.ts/export-pdf.service.ts":
               "export function pdf() { return 'pdf ready'; }\n"}),
    "a package puts its engine on globalThis and its plugin reads it as a bare global (FullCalendar's VDOM, "
    "aleemkhowaja/mobile_app_ionic's calendar pages)": Case(
        "<p>{{ shown }}</p>", ["plugin sees the core: yes"],
        "shown = plugin.check();", "import 'tiny-core';\nimport * as plugin from 'tiny-plugin';\n",
        packages={"tiny-core": {"package.json": json.dumps({"name": "tiny-core", "main": "index.js"}),
                                "index.js": "var g = typeof globalThis !== 'undefined' ? globalThis : window;\n"
                                            "g.TinyVDom = { ok: 'yes' };\n"},
                  "tiny-plugin": {"package.json": json.dumps({"name": "tiny-plugin", "main": "index.js"}),
                                  "index.js": "if (typeof TinyVDom === 'undefined') throw new Error('import the core');\n"
                                              "exports.check = function () { return 'plugin sees the core: ' + TinyVDom.ok; };\n"}}),
    "a service the root component provides (its own `providers`), injected by the root and by a routed page: one "
    "instance (stickyamp/dreameo's DreamService behind an abstract class)": Case(
        "<p>{{ shown }}</p>", ["the root's dream service, seen by the root: yes"],
        "shown = '';\nconstructor(private dreams: DreamService, private root: AppComponent) {}\n"
        "ngOnInit() { this.shown = this.dreams.name + ', seen by the root: ' + (this.root.dreams === this.dreams ? 'yes' : 'no'); }",
        "import { AppComponent } from '../app.component';\nimport { DreamService } from '../dreams';\n",
        files={"src/app/dreams.ts": "export abstract class DreamService { abstract name: string; }\n"
                                    "export class LocalDreams extends DreamService { name = \"the root's dream service\"; }\n",
               "src/app/app.component.ts": "import { Component } from '@angular/core';\n"
                                           "import { DreamService, LocalDreams } from './dreams';\n"
                                           "@Component({ selector: 'app-root', standalone: true, "
                                           "template: '<ion-app><ion-router-outlet></ion-router-outlet></ion-app>',\n"
                                           "  providers: [{ provide: DreamService, useClass: LocalDreams }] })\n"
                                           "export class AppComponent { constructor(public dreams: DreamService) {} }\n"}),
    "Node's events and assert required by a package when the app did not install them (Koilp/wallet-ionic's wallet "
    "libraries require 'assert'), and the app's own 'events' package when it did": Case(
        "<p>{{ shown }}</p>", ["ticked twice, checked, AssertionError; installed: the app's events"],
        "shown = feed.run() + '; installed: ' + feed.installed();", "import * as feed from 'tiny-feed';\n",
        packages={"tiny-feed": {"package.json": json.dumps({"name": "tiny-feed", "main": "index.js"}),
                                "index.js": "var EventEmitter = require('events').EventEmitter;\n"
                                            "var assert = require('node:assert');\n"
                                            "exports.run = function () { var feed = new EventEmitter(), n = 0;\n"
                                            "  feed.on('tick', function (by) { n += by; }); feed.emit('tick', 1); feed.emit('tick', 1);\n"
                                            "  assert.strictEqual(n, 2, 'two ticks'); var caught = '';\n"
                                            "  try { assert.deepStrictEqual({ a: [1] }, { a: [2] }); } catch (e) { caught = e.name; }\n"
                                            "  return 'ticked twice, checked, ' + caught; };\n"
                                            "exports.installed = function () { return require('own-events').kind(); };\n"},
                  "own-events": {"package.json": json.dumps({"name": "own-events", "main": "index.js"}),
                                 "index.js": "module.exports = require('events');\n",
                                 "node_modules/events/package.json": json.dumps({"name": "events", "main": "events.js"}),
                                 "node_modules/events/events.js": "exports.kind = function () { return \"the app's events\"; };\n"}}),
    "createComponent() of a splash component appended to the document, then removed and destroyed "
    "(stickyamp/dreameo's SplashService): made with its dependencies, its ngOnInit and ngOnDestroy run": Case(
        "<p>{{ shown }}</p>", ["splash for Dreameo: init, destroy"],
        "shown = '';\nconstructor(private appRef: ApplicationRef, private injector: EnvironmentInjector) {}\n"
        "ngOnInit() { const ref = createComponent(SplashComponent, { environmentInjector: this.injector });\n"
        "  ref.setInput('title', 'Dreameo'); this.appRef.attachView(ref.hostView);\n"
        "  const el = (ref.hostView as any).rootNodes[0]; document.body.appendChild(el);\n"
        "  el.parentNode.removeChild(el); this.appRef.detachView(ref.hostView); ref.destroy();\n"
        "  this.shown = 'splash for ' + ref.instance.title + ': ' + SplashComponent.log.join(', '); }",
        "import { ApplicationRef, EnvironmentInjector, createComponent } from '@angular/core';\n"
        "import { SplashComponent } from '../splash.component';\n",
        files={"src/app/splash.component.ts": "import { Component, ElementRef, Input } from '@angular/core';\n"
                                              "@Component({ selector: 'app-splash', standalone: true, template: '<p>Welcome</p>' })\n"
                                              "export class SplashComponent { static log: string[] = []; @Input() title = '';\n"
                                              "  constructor(public el: ElementRef) {}\n"
                                              "  ngOnInit() { SplashComponent.log.push('init'); }\n"
                                              "  ngOnDestroy() { SplashComponent.log.push('destroy'); } }\n"},
        warnings={"PWX302"}),
    "Ionic's own Stencil loader called in main.ts, and the window's members read bare: customElements, innerWidth, "
    "matchMedia (Alhessan/reminderApp's start-up; Arpapiemonte/openoise-meter)": Case(
        "<p>{{ shown }}</p>", ["ion-content defined: false, 390 wide, dark: false"],
        "shown = 'ion-content defined: ' + !!customElements.get('ion-content') + ', ' + innerWidth + ' wide, dark: '\n"
        "  + matchMedia('(prefers-color-scheme: dark)').matches;",
        files={"src/main.ts": STANDALONE_MAIN + "import { defineCustomElements } from '@ionic/core/loader';\n"
                                                "defineCustomElements(window);\n"}),
    "a component's own element read through an injected ElementRef (Alhessan/reminderApp's dialog focuses its first "
    "input), and a <style> whose sheet takes rules (plotly.js adds its own as it loads in Arpapiemonte/openoise-meter)":
    Case("<p>{{ shown }}</p>", ["APP-HOME, input found: true, 1 rule"],
         "shown = '';\nconstructor(private el: ElementRef) {}\n"
         "ngOnInit() { const host = this.el.nativeElement; host.classList.add('ready');\n"
         "  const style = document.createElement('style'); document.head.appendChild(style);\n"
         "  style.sheet!.insertRule('.modebar { display: none }', 0);\n"
         "  this.shown = host.tagName + ', input found: ' + !!host.querySelector('input') + ', '\n"
         "    + style.sheet!.cssRules.length + ' rule'; }",
         "import { ElementRef } from '@angular/core';\n", warnings={"PWX302"}),
    "@capacitor-community/keep-awake keeps the screen on while a measurement runs (Arpapiemonte/openoise-meter's "
    "start-up, which stopped at its rejection)": Case(
        "<p>{{ shown }}</p>", ["supported: true, kept awake: true"],
        "shown = '';\nasync ngOnInit() { const s = await KeepAwake.isSupported(); await KeepAwake.keepAwake();\n"
        "  this.shown = 'supported: ' + s.isSupported + ', kept awake: ' + (await KeepAwake.isKeptAwake()).isKeptAwake; }",
        "import { KeepAwake } from '@capacitor-community/keep-awake';\n",
        wx={"setKeepScreenOn": {"keepScreenOn": True}}),
    "linkedSignal() persisted by an effect (thred/badewanne-oesterreich's persisted signals, Angular 19)": Case(
        "<p>{{ station() }} of {{ stations().length }}, stored {{ stored }}</p>", ["Wien of 2, stored Wien"],
        "stations = signal(['Linz', 'Graz']);\nstored = '';\n"
        "station = Object.assign(linkedSignal(() => this.stations()[0]), { reset: () => this.station.set(this.stations()[0]) });\n"
        "constructor() { effect(() => { this.stored = this.station(); }); }\n"
        "ngOnInit() { this.station.set('Wien'); this.stations.set(['Wien', 'Salzburg']); }",
        "import { effect, linkedSignal, signal } from '@angular/core';\n"),
    "resource() loads the signed-in user for the id a signal holds (GUMRI/Snacks-menu's AuthService, Angular 19)":
    Case("<p>{{ user.isLoading() ? 'loading' : user.value()?.name }} ({{ user.status() }})</p>", ["Ana (resolved)"],
         "id = signal('u1');\n"
         "user = resource({ request: () => this.id(), loader: ({ request }) => Promise.resolve({ name: request === 'u1' ? 'Ana' : '?' }),\n"
         "  defaultValue: null });",
         "import { resource, signal } from '@angular/core';\n"),
    "a <canvas> made in code and drawn on (plotly.js's and Phaser's probes in Arpapiemonte/openoise-meter and "
    "alvarobozser/adventures; a signature pad in SirPerzifal/focus-security): its 2d context is WeChat's offscreen "
    "canvas's; a WebGL context is null, as where a browser has none": Case(
        "<p>{{ shown }}</p>", ["2d: drawn, 18 px wide; webgl: null"],
        "shown = '';\nngOnInit() { const canvas = document.createElement('canvas');\n"
        "  const ctx = canvas.getContext('2d')!; ctx.fillStyle = 'red'; ctx.fillRect(0, 0, 10, 10);\n"
        "  this.shown = '2d: drawn, ' + ctx.measureText('abc').width + ' px wide; webgl: '\n"
        "    + document.createElement('canvas').getContext('webgl'); }",
        warnings={"PWX302"}, wx={"createOffscreenCanvas": {"type": "2d"}}),
    "an event made the DOM's older way, document.createEvent() then initEvent()/initCustomEvent() (Firebase's, in "
    "GUMRI/Snacks-menu)": Case(
        "<p>{{ shown }}</p>", ["heard ping, then pong with 7"],
        "shown = '';\nngOnInit() { const heard: string[] = [];\n"
        "  window.addEventListener('ping', (e) => heard.push(e.type));\n"
        "  window.addEventListener('pong', (e: any) => heard.push(e.type + ' with ' + e.detail));\n"
        "  const ping = document.createEvent('Event'); ping.initEvent('ping', true, true); window.dispatchEvent(ping);\n"
        "  const pong = document.createEvent('CustomEvent') as CustomEvent; pong.initCustomEvent('pong', false, false, 7);\n"
        "  window.dispatchEvent(pong);\n  this.shown = 'heard ' + heard.join(', then '); }",
        warnings={"PWX302"}),
    "components made in an injected ViewContainerRef, from ComponentFactoryResolver's factory or the class "
    "(IvanMmonteiro/frutify-ionic-strapi's calendar, aleemkhowaja/mobile_app_ionic's dynamic loader)": Case(
        "<p>{{ shown }}</p>", ["made 2 cells (1 0), day 2, left 0, init init destroy destroy"],
        "shown = '';\nconstructor(private vcr: ViewContainerRef, private cfr: ComponentFactoryResolver) {}\n"
        "ngOnInit() { const a = this.vcr.createComponent(this.cfr.resolveComponentFactory(CellComponent));\n"
        "  const b = this.vcr.createComponent(CellComponent, { index: 0 }); b.setInput('day', 2);\n"
        "  const order = [this.vcr.indexOf(a.hostView), this.vcr.indexOf(b.hostView)].join(' ');\n"
        "  const n = this.vcr.length; this.vcr.clear();\n"
        "  this.shown = 'made ' + n + ' cells (' + order + '), day ' + b.instance.day + ', left ' + this.vcr.length\n"
        "    + ', ' + CellComponent.log.join(' '); }",
        "import { Input, ViewContainerRef, ComponentFactoryResolver } from '@angular/core';\n"
        "@Component({ selector: 'app-cell', standalone: true, template: '<p>{{ day }}</p>' })\n"
        "class CellComponent { static log: string[] = []; @Input() day = 1; ngOnInit() { CellComponent.log.push('init'); }\n"
        "  ngOnDestroy() { CellComponent.log.push('destroy'); } }\n"),
    "a layout: a routed component whose header and footer surround the <router-outlet> its child routes show in "
    "(jhonatan0912/palacio-chino-premium's home, 0fromaamir/GonnaOrder's admin sections); a child injects it": Case(
        "<p>{{ shown }}</p>", ["Palacio header", "in the layout of 2 links", "Palacio footer"],
        "shown = '';\nconstructor(private layout: LayoutComponent) {}\n"
        "ngOnInit() { this.shown = 'in the layout of ' + this.layout.links.length + ' links'; }",
        "import { LayoutComponent } from '../layout.component';\n",
        files={"src/app/layout.component.ts": "import { Component } from '@angular/core';\n"
                                              "import { RouterOutlet } from '@angular/router';\n"
                                              "@Component({ selector: 'app-layout', standalone: true, imports: [RouterOutlet],\n"
                                              "  template: '<header>Palacio header</header><main><router-outlet /></main>"
                                              "<footer>Palacio footer</footer>' })\n"
                                              "export class LayoutComponent { links = ['menu', 'galery']; }\n",
               "src/app/app.routes.ts": "import { HomePage } from './home/home.page';\n"
                                        "import { LayoutComponent } from './layout.component';\n"
                                        "export const routes = [{ path: '', component: LayoutComponent, children: [\n"
                                        "  { path: '', component: HomePage }] }];\n"}),
    "a package probing the global object for Node (libsodium's emscripten build: `globalThis.process?.versions?.node`, "
    "then `process.argv`) takes its browser branch, as in WeChat's engine": Case(
        "<p>{{ where }}</p>", ["runs in a browser 0 undefined"], "where = where;", "import { where } from 'probe';\n",
        packages={"probe": {"package.json": json.dumps({"name": "probe", "main": "index.js"}),
                            "index.js": "var isNode = globalThis.process?.versions?.node && "
                                        "globalThis.process?.type != 'renderer';\n"
                                        "var args = isNode ? process.argv.slice(2) : [];\n"
                                        "exports.where = isNode ? 'node' : 'runs in a browser ' + args.length + ' ' + "
                                        "typeof globalThis.Buffer;\n"}}),
}


def workspace(root: Path, case: Case) -> Path:
    page = (f"import {{ Component }} from '@angular/core';\n{case.imports}"
            f"@Component({{ selector: 'app-home', standalone: true, {case.component}\n"
            f"  template: `{case.template}` }})\nexport class HomePage {{ {case.code} }}\n")
    files = {"src/main.ts": STANDALONE_MAIN,
             "src/app/app.component.ts": "import { Component } from '@angular/core';\n"
                                         "@Component({ selector: 'app-root', standalone: true, "
                                         "template: '<ion-app><ion-router-outlet></ion-router-outlet></ion-app>' })\n"
                                         "export class AppComponent {}\n",
             "src/app/app.routes.ts": "import { HomePage } from './home/home.page';\n"
                                      "export const routes = [{ path: '', component: HomePage }];\n",
             "src/app/home/home.page.ts": page, "src/global.scss": "", **case.files}
    angular = json.loads(json.dumps(ANGULAR_JSON))
    angular["projects"]["app"]["architect"]["build"]["options"].update(case.build)
    dependencies = {"@angular/core": "^19.0.0", "tailwindcss": "^3.4.0", **{name: "*" for name in case.packages}}
    make_workspace(root, files, angular=angular, package={"name": "app", "dependencies": dependencies})
    link_runtime_packages(root, case.packages)
    return root


def opened(tmp_path: Path, case: Case, actions: list | None = None):
    """The case's workspace converted, and its home page opened in the preview with ``actions``."""
    out = tmp_path / "out"
    result = convert(workspace(tmp_path / "app", case), out)
    return result, preview.run(out, "pages/home/home", actions=actions)


@pytest.mark.parametrize("name", CASES)
def test_a_failure_class_from_a_real_app_converts_checks_and_opens(tmp_path, name):
    case = CASES[name]
    src, out = workspace(tmp_path / "app", case), tmp_path / "out"
    result = convert(src, out)
    problems = [d for d in result.diagnostics.items
                if d.severity == "error" or d.code.startswith("PWX9") or d.code in {"PWX303", "PWX304"} - case.warnings]
    assert problems == []
    assert [d for d in check(out).diagnostics.items if d.severity == "error"] == []
    shown = preview.run(out, "pages/home/home")
    assert [e for e in shown.errors if e.get("source") in ("open", "harness", "uncaught")] == []
    for text in case.shows:
        assert text in shown.text, (text, shown.text, shown.errors)
    for name, args in case.wx.items():
        assert any(args.items() <= (call or {}).items() for call in shown.calls(name)), (name, shown.calls(name))


DEXIE_PAGE = Case(
    '<ion-button (click)="add()">Add</ion-button><p *ngFor="let t of todos">{{ t.id }}. {{ t.title }}</p>'
    '<p>{{ todos.length }} todos</p>', [],
    "db = new TodoDb(); todos: { id?: number; title: string }[] = [];\n"
    "async ngOnInit() { if (!(await this.db.todos.count())) await this.db.todos.add({ title: 'Buy tea' }); "
    "await this.load(); }\n"
    "async add() { await this.db.transaction('rw', this.db.todos, async () => {\n"
    "  if (!(await this.db.todos.where('title').equals('Walk').count())) await this.db.todos.add({ title: 'Walk' }); });\n"
    "  await this.load(); }\n"
    "async load() { this.todos = await this.db.todos.orderBy('id').toArray(); }",
    "import Dexie, { Table } from 'dexie';\nimport { IonButton } from '@ionic/angular/standalone';\n"
    "class TodoDb extends Dexie { todos!: Table<{ id?: number; title: string }, number>;\n"
    "  constructor() { super('todos'); this.version(1).stores({ todos: '++id, title' }); } }\n",
    "imports: [IonButton],", packages={"dexie": {}})  # a node_modules of its own, where the test links the tools' Dexie


def test_dexie_keeps_its_data_in_wx_storage_across_starts(tmp_path):
    """task-logger-app, Snacks-menu (RxDB's Dexie storage): Dexie, the real package, on the runtime's IndexedDB,
    with a transaction that awaits inside (Dexie's zones swap the global Promise). What a tap adds is in wx storage,
    and the next start of the app lists it."""
    src = workspace(tmp_path / "app", DEXIE_PAGE)
    (src / "node_modules" / "dexie").symlink_to(wechat.tools_dir() / "node_modules" / "dexie")
    out = tmp_path / "out"
    result = convert(src, out)
    assert [d for d in result.diagnostics.items if d.severity == "error" or d.code.startswith("PWX30")] == []
    first = preview.run(out, "pages/home/home", actions=[{"tap": "Add"}])
    assert first.errors == []
    assert "1. Buy tea" in first.text and "2. Walk" in first.text and "2 todos" in first.text
    assert any(key.startswith("idb.") for key in first.storage)
    again = preview.run(out, "pages/home/home", storage=first.storage)
    assert again.errors == []
    assert "1. Buy tea" in again.text and "2. Walk" in again.text and "2 todos" in again.text


def test_a_dom_library_among_the_global_scripts_runs_on_the_inert_document_and_an_es_module_is_not_run(tmp_path):
    case = CASES["global scripts: index.html's env.js, then angular.json's scripts (a UMD library, a DOM one), before the app"]
    result = convert(workspace(tmp_path / "app", case), tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out" / "pwa2wx" / "scripts").iterdir()) == \
        ["1-env.js", "2-tiny.umd.js", "3-dom.js", "4-user.js"]
    said = {code: [d.message for d in result.diagnostics.items if d.code == code] for code in ("PWX302", "PWX422")}
    assert said["PWX302"] == ["global script 'node_modules/dom-lib/dom.js' works on the page's DOM: it runs on the "
                              "runtime's inert document, so what it does to the page does not show"]
    assert "global script 'node_modules/dom-lib/dom.mjs' is an ES module (import/export), which a browser does not " \
        "run as a classic script either: not run" in said["PWX422"]
    assert any("https://maps.example.com/api.js" in m for m in said["PWX422"])


# airgap-wallet's pages: a module that loadChildren loads provides the token its page injects (NG0201 without it)
LAZY_MODULE_PROVIDERS = {
    "src/app/app.routes.ts": "export const routes = [{ path: '', redirectTo: 'list', pathMatch: 'full' },\n"
                             "  { path: 'list', loadChildren: () => import('./list/list.module').then(m => m.ListModule) }];\n",
    "src/app/list/list.module.ts":
        "import { InjectionToken, NgModule } from '@angular/core';\nimport { RouterModule } from '@angular/router';\n"
        "import { ListPage } from './list.page';\nimport { Counter } from './counter';\n"
        "export const FACADE = new InjectionToken<{ name: string }>('Facade');\n"
        "export function facade(counter: Counter) { counter.count++; return { name: 'facade of the list module' }; }\n"
        "@NgModule({ declarations: [ListPage], imports: [RouterModule.forChild([{ path: '', component: ListPage }])],\n"
        "  providers: [Counter, { provide: FACADE, useFactory: facade, deps: [Counter] }] })\n"
        "export class ListModule { constructor(counter: Counter) { counter.count += 10; } }\n",
    "src/app/list/counter.ts": "export class Counter { count = 0; }\n",
    "src/app/list/list.page.ts":
        "import { Component, Inject } from '@angular/core';\nimport { FACADE } from './list.module';\n"
        "import { Counter } from './counter';\n"
        "@Component({ selector: 'app-list', template: '<p>{{ facade.name }}, count {{ counter.count }}</p>' })\n"
        "export class ListPage { constructor(@Inject(FACADE) public facade: { name: string }, public counter: Counter) {} }\n",
}


def test_a_page_behind_loadchildren_injects_what_its_ngmodule_provides(tmp_path):
    src = make_workspace(tmp_path / "app", {"src/main.ts": STANDALONE_MAIN, "src/global.scss": "",
                                            "src/app/app.component.ts": EMPTY_ROOT, **LAZY_MODULE_PROVIDERS})
    link_runtime_packages(src)
    out = tmp_path / "out"
    result = convert(src, out)
    assert [d for d in result.diagnostics.items if d.severity == "error"] == []
    page = next(p for p in json.loads((out / "app.json").read_text())["pages"] + [
        f"{s['root']}/{p}" for s in json.loads((out / "app.json").read_text()).get("subPackages", [])
        for p in s["pages"]] if p.endswith("list/list"))
    shown = preview.run(out, page)
    assert shown.errors == []
    # the module and the factory ran once, in the module's injector: one Counter for the module and the page
    assert "facade of the list module, count 11" in shown.text


def test_a_page_behind_loadchildren_returning_a_module_imported_statically(tmp_path):
    """bikeboard: ``loadChildren: () => MapModule`` (the module imported at the top, not with import()): its
    routes are the app's, and its providers are the page's, as with a lazily loaded module."""
    routes = ("import { ListModule } from './list/list.module';\n"
              "export const routes = [{ path: '', redirectTo: 'list', pathMatch: 'full' },\n"
              "  { path: 'list', loadChildren: () => ListModule }];\n")
    src = make_workspace(tmp_path / "app", {"src/main.ts": STANDALONE_MAIN, "src/global.scss": "",
                                            "src/app/app.component.ts": EMPTY_ROOT, **LAZY_MODULE_PROVIDERS,
                                            "src/app/app.routes.ts": routes})
    link_runtime_packages(src)
    out = tmp_path / "out"
    result = convert(src, out)
    assert [d for d in result.diagnostics.items if d.severity == "error" or d.code == "PWX406"] == []
    assert "pages/list/list" in json.loads((out / "app.json").read_text())["pages"]
    shown = preview.run(out, "pages/list/list")
    assert shown.errors == []
    assert "facade of the list module, count 11" in shown.text


def test_a_binding_that_throws_leaves_what_angular_shows(tmp_path):
    """ionic-app-larifi's settings page reads the signed-in user's profiles in an *ngIf before the user loaded: Angular
    logs the error and the page keeps the values its bindings set before it (the page was blank here)."""
    case = Case('<ion-content><h1>Settings</h1><p>{{ title }}</p><p *ngIf="user.isAdmin">admin</p><p>{{ footer }}</p>'
                '</ion-content>', [], "title = 'version 2'; footer = 'the footer'; user: any;")
    _, shown = opened(tmp_path, case)
    assert shown.text == "Settings\nversion 2"
    # logged as Angular's ErrorHandler logs it: on each change detection that meets it
    assert {e["message"] for e in shown.errors} == {"Cannot read properties of undefined (reading 'isAdmin')"}


def test_a_list_longer_than_wechat_draws_shows_its_first_items_not_a_blank_page(tmp_path):
    """airgap-vault's BIP39 word list (2,048 items of several elements): WeChat's template engine stops a page at
    16,000 elements ("Dom limit exceeded", the preview runs wcc's own engine), which left the page blank."""
    case = Case('<ion-list><ion-item *ngFor="let w of words; let i = index"><ion-label><h2>{{ w }}</h2>'
                '<p>number {{ i }}</p></ion-label></ion-item></ion-list>', [],
                "words = Array.from({ length: 5000 }, (_, i) => 'word' + i);")
    _, shown = opened(tmp_path, case)
    assert shown.errors == []
    # 4 elements an item: 15,000 of WeChat's 16,000 for the list, the rest for the page around it
    assert "word3749" in shown.text and "word3750" not in shown.text
    assert [line for line in shown.logs if "of the 5000 items of list" in line] == [
        "warn: pwa2wx: 3750 of the 5000 items of list l0 shown: WeChat draws at most 16,000 elements on a page"]


def test_view_child_of_ion_content_and_ion_infinite_scroll(tmp_path):
    """@ViewChild(IonContent) (28 times in the real apps: scrollToBottom in chats, scrollToTop) and
    @ViewChild(IonInfiniteScroll) (its `disabled` once everything loaded) were undefined."""
    case = Case('<ion-content><p>pages {{ pages }}</p><ion-button (click)="content.scrollToTop(300)">Top</ion-button>'
                '<ion-infinite-scroll (ionInfinite)="more($event)"><ion-infinite-scroll-content>'
                '</ion-infinite-scroll-content></ion-infinite-scroll></ion-content>', [],
                "@ViewChild(IonContent) content: IonContent;\n@ViewChild(IonInfiniteScroll) infinite: IonInfiniteScroll;\n"
                "pages = 1;\nmore(e: any) { this.pages++; if (this.pages === 3) this.infinite.disabled = true; "
                "e.target.complete(); }",
                "import { ViewChild } from '@angular/core';\n"
                "import { IonContent, IonInfiniteScroll } from '@ionic/angular/standalone';\n")
    _, shown = opened(tmp_path, case, [{"reachBottom": True}] * 3 + [{"tap": "Top"}])
    assert shown.errors == []
    assert [step["text"].split("\n")[0] for step in shown.steps] == ["pages 2", "pages 3", "pages 3", "pages 3"]
    assert shown.calls("pageScrollTo") == [{"scrollTop": 0, "duration": 300}]


def test_view_child_of_an_inline_modal_dismisses_it(tmp_path):
    """Ionic's inline modal example (GS-Calculator, SkillHub): @ViewChild(IonModal) and modal.dismiss() in confirm(),
    which threw before the rest of confirm() ran; Boomkyk reads the modal's element (`modal['el'].shadowRoot`)."""
    case = Case('<ion-button id="open-modal">Open</ion-button><p>{{ message }}</p>'
                '<ion-modal trigger="open-modal"><ng-template><ion-content><p>In the modal</p>'
                '<ion-button (click)="confirm()">Confirm</ion-button></ion-content></ng-template></ion-modal>', [],
                "@ViewChild(IonModal) modal: IonModal;\nmessage = 'none';\n"
                "confirm() { this.modal.dismiss('Ada', 'confirm');\n"
                "  this.message = (this.modal as any).el.shadowRoot.querySelector('.modal-wrapper') ? 'confirmed' : ''; }",
                "import { ViewChild } from '@angular/core';\nimport { IonModal } from '@ionic/angular/standalone';\n")
    _, shown = opened(tmp_path, case, [{"tap": "Open"}, {"tap": "Confirm"}])
    assert shown.errors == []
    assert [("In the modal" in step["text"], "confirmed" in step["text"]) for step in shown.steps] == [
        (True, False), (False, True)]


def test_inline_overlays_run_their_present_and_dismiss_handlers(tmp_path):
    """Ionic's inline modal patterns (Damian1007/appGanadera, Arno19moller/Boomkyk, viajes-front-ionic): [isOpen] with
    (didDismiss) setting it false again, so a backdrop tap leaves it closed and it opens again; a trigger's modal
    whose (willDismiss) reads the role and data dismiss() gave. The events were dropped (PWX104 "never fires")."""
    case = Case('<ion-button (click)="isOpen = true">Pick</ion-button><p>{{ log }}</p>'
                '<ion-modal [isOpen]="isOpen" (didPresent)="log = log + \' shown\'" '
                '(didDismiss)="isOpen = false; log = log + \' closed by \' + $event.detail.role">'
                '<ng-template><ion-content><p>Picker</p></ion-content></ng-template></ion-modal>'
                '<ion-button (click)="locked = true">Lock</ion-button><ion-modal [isOpen]="locked" '
                '[backdropDismiss]="false"><ng-template><p>Locked</p></ng-template></ion-modal>'
                '<ion-button id="open-modal">Name</ion-button>'
                '<ion-modal trigger="open-modal" (willDismiss)="onWillDismiss($event)"><ng-template><ion-content>'
                '<ion-button (click)="modal.dismiss(\'Ada\', \'confirm\')">Confirm</ion-button>'
                '</ion-content></ng-template></ion-modal>', [],
                "@ViewChild(IonModal) modal: IonModal;\nisOpen = false;\nlocked = false;\nlog = 'log:';\n"
                "onWillDismiss(ev: any) { if (ev.detail.role === 'confirm') this.log = 'Hello, ' + ev.detail.data + '!'; }",
                "import { ViewChild } from '@angular/core';\nimport { IonModal } from '@ionic/angular/standalone';\n")
    backdrop = {"tap": {"selector": ".pwx-overlay-backdrop"}}
    result, shown = opened(tmp_path, case, [{"tap": "Pick"}, backdrop, {"tap": "Pick"}, backdrop, {"tap": "Name"},
                                            {"tap": "Confirm"}, {"tap": "Lock"}, backdrop])
    assert [d for d in result.diagnostics.items if d.code == "PWX104"] == []
    assert shown.errors == []
    assert [[line for line in step["text"].split("\n") if line not in ("Pick", "Name", "Lock")]
            for step in shown.steps] == [
        ["log: shown", "Picker"], ["log: shown closed by backdrop"], ["log: shown closed by backdrop shown", "Picker"],
        ["log: shown closed by backdrop shown closed by backdrop"],
        ["log: shown closed by backdrop shown closed by backdrop", "Confirm"], ["Hello, Ada!"],
        ["Hello, Ada!", "Locked"], ["Hello, Ada!", "Locked"]]  # [backdropDismiss]="false": the tap does nothing


def test_a_closed_inline_overlays_bindings_are_not_evaluated(tmp_path):
    """ToKoel/foodTracker: its add-entry modal shows `{{ addEntryVm.date | date }}`, undefined until an entry is picked;
    Angular makes the modal's template when it opens, the render computed it while closed and threw."""
    case = Case('<ion-button (click)="pick()">Pick</ion-button><ion-modal [isOpen]="!!entry"><ng-template>'
                "<h2>{{ entry.date | date: 'dd.MM.yyyy' }}</h2><p>{{ entry.name }}</p></ng-template></ion-modal>", [],
                "entry: any;\npick() { this.entry = { date: new Date(2024, 0, 2), name: 'Tea' }; }",
                "import { DatePipe } from '@angular/common';\n", "imports: [DatePipe],")
    _, shown = opened(tmp_path, case, [{"tap": "Pick"}])
    assert shown.errors == []
    assert [step["text"].split("\n") for step in shown.steps] == [["Pick", "02.01.2024", "Tea"]]


def test_an_image_that_fails_to_load_runs_its_error_handler(tmp_path):
    """Arno19moller/Boomkyk swaps a broken picture for a placeholder on (error) / (ionError); they never fired."""
    case = Case('<img [src]="photo" (error)="photo = \'assets/none.png\'; log = log + \'img \'">'
                '<ion-img src="assets/x.png" (ionError)="log = log + \'ion-img\'"></ion-img><p>{{ log }} {{ photo }}</p>',
                [], "photo = 'https://example.com/gone.png';\nlog = 'failed:';")
    result, shown = opened(tmp_path, case, [
        {"event": {"selector": "image"}, "type": "error", "detail": {"errMsg": "GET 404"}},
        {"event": {"selector": "image", "index": 1}, "type": "error", "detail": {"errMsg": "GET 404"}}])
    assert [d for d in result.diagnostics.items if d.code == "PWX104"] == []
    assert shown.errors == []
    assert [step["text"] for step in shown.steps] == ["failed:img assets/none.png", "failed:img ion-img assets/none.png"]


def test_view_child_and_view_children_of_a_child_components_class(tmp_path):
    """@ViewChild(ToastComponent), @ViewChild(PsComplexExchangeComponent) … (about 30 in the real apps: a page
    calling its child's methods) were undefined: only #ref queries were answered."""
    case = Case('<app-counter></app-counter><app-counter></app-counter><ion-button (click)="bump()">Bump</ion-button>'
                '<p>{{ summary }}</p>', [],
                "@ViewChild(CounterComponent) first: CounterComponent;\n"
                "@ViewChildren(CounterComponent) all: QueryList<CounterComponent>;\nsummary = '';\n"
                "bump() { this.first.add(5); this.summary = this.all.toArray().map(c => c.count).join(' and ') + "
                "' of ' + this.all.length; }",
                "import { ViewChild, ViewChildren, QueryList } from '@angular/core';\n"
                "import { CounterComponent } from '../counter.component';\n",
                "imports: [CounterComponent],",
                files={"src/app/counter.component.ts":
                       "import { Component } from '@angular/core';\n"
                       "@Component({ selector: 'app-counter', standalone: true, template: '<p>count {{ count }}</p>' })\n"
                       "export class CounterComponent { count = 1; add(n: number) { this.count += n; } }\n"})
    _, shown = opened(tmp_path, case, [{"tap": "Bump"}])
    assert shown.errors == []
    assert "6 and 1 of 2" in shown.text and "count 6" in shown.text, shown.text


def test_two_way_binding_to_a_signal_passes_its_value_and_sets_it(tmp_path):
    """Arno19moller/Boomkyk binds `[(selected)]="selected"` to a parent's signal() and a child's model(): the child got
    the signal itself, and its change replaced the parent's signal with the value. Also two forms Angular accepts
    that were rejected: a non-null assertion as the target (jhonatan0912/palacio-chino-premium), and a line break
    after @for's `track` (GUMRI/Snacks-menu)."""
    case = Case('<app-picker [(selected)]="selected" [(count)]="cart.count!"></app-picker>\n'
                '<p>parent has {{ selected() }} and {{ cart.count }}</p>\n'
                '@for (x of items; track\n  $index) {<span>{{ x }};</span>}',
                [], "selected = signal('tea');\ncart: { count?: number } = { count: 1 };\nitems = ['a', 'b'];",
                "import { signal } from '@angular/core';\nimport { PickerComponent } from '../picker.component';\n",
                "imports: [PickerComponent],",
                files={"src/app/picker.component.ts":
                       "import { Component, model } from '@angular/core';\n"
                       "@Component({ selector: 'app-picker', standalone: true, template: '<p>child has {{ selected() }} "
                       "and {{ count() }}</p><ion-button (click)=\"pick()\">Pick</ion-button>' })\n"
                       "export class PickerComponent { selected = model.required<string>(); count = model(0);\n"
                       "  pick() { this.selected.set(this.selected().toUpperCase() + '!'); this.count.update(n => n + 1); } }\n"})
    result, shown = opened(tmp_path, case, [{"tap": "Pick"}, {"tap": "Pick"}])
    assert [d for d in result.diagnostics.items if d.severity == "error"] == []
    assert shown.errors == []
    assert [step["text"].split("\n") for step in shown.steps] == [
        ["child has TEA! and 2", "Pick", "parent has TEA! and 2", "a;", "b;"],
        ["child has TEA!! and 3", "Pick", "parent has TEA!! and 3", "a;", "b;"]]


def test_view_children_changes_emits_when_the_list_changes(tmp_path):
    """A chat scrolls to its last message on `@ViewChildren('msg').changes` (`changes` was undefined), and a query
    of a reference in an *ngFor holds every row, in template order."""
    case = Case('<ion-button (click)="items.push(items.length + 1)">Add</ion-button>'
                '<p #msg *ngFor="let i of items">row {{ i }}</p><p>{{ shown }}</p>', [],
                "@ViewChildren('msg') msgs: QueryList<any>;\nitems = [1, 2];\nshown = '';\nseen = 0;\n"
                "ngAfterViewInit() { this.shown = this.msgs.length + ' rows';\n"
                "  this.msgs.changes.subscribe((list: QueryList<any>) => { this.seen++;\n"
                "    this.shown = list.length + ' rows, changed ' + this.seen + ' times, last ' + list.last.tagName; }); }",
                "import { QueryList, ViewChildren } from '@angular/core';\n")
    _, shown = opened(tmp_path, case, [{"tap": "Add"}, {"tap": "Add"}])
    assert shown.errors == []
    assert [step["text"].split("\n")[-1] for step in shown.steps] == [
        "3 rows, changed 1 times, last P", "4 rows, changed 2 times, last P"]


def test_ng_model_bound_to_a_signal_reads_and_sets_it(tmp_path):
    """Angular 17.2+ binds [(ngModel)] to a signal field (`query = signal('')`); it showed '[Signal: …]' and typing
    replaced the signal with the text."""
    case = Case('<ion-searchbar [(ngModel)]="query" showCancelButton="always"></ion-searchbar>'
                '<input [(ngModel)]="name"><p>query {{ query() }}, name {{ name() }}, length {{ length() }}</p>', [],
                "query = signal('tea');\nname = model('Ada');\nlength = computed(() => this.query().length);",
                "import { computed, model, signal } from '@angular/core';\nimport { FormsModule } from '@angular/forms';\n",
                "imports: [FormsModule],")
    _, shown = opened(tmp_path, case, [{"input": {"selector": "input"}, "value": "coffee"},
                                       {"input": {"selector": "input", "index": 1}, "value": "Bo"}, {"tap": "Cancel"}])
    assert shown.errors == []
    assert [step["text"].split("\n")[-1] for step in shown.steps] == [
        "query coffee, name Ada, length 6", "query coffee, name Bo, length 6", "query , name Bo, length 0"]


def test_ion_content_scroll_events_reach_the_template_and_an_injected_ion_content(tmp_path):
    """Ionic-Sportyeah-App loads more on (ionScrollEnd); DPA-Ionic's list parts inject IonContent and subscribe to
    its ionScroll (which threw: the injected IonContent had no events)."""
    case = Case('<ion-content [scrollEvents]="true" (ionScrollStart)="starts = starts + 1"\n'
                '  (ionScroll)="top = $event.detail.scrollTop" (ionScrollEnd)="ends = ends + 1">\n'
                '  <p>top {{ top }}, starts {{ starts }}, ends {{ ends }}</p><app-loader></app-loader></ion-content>',
                [], "top = 0; starts = 0; ends = 0;", "import { LoaderComponent } from '../loader.component';\n",
                "imports: [LoaderComponent],",
                files={"src/app/loader.component.ts":
                       "import { Component, OnInit } from '@angular/core';\n"
                       "import { IonContent } from '@ionic/angular';\n"
                       "@Component({ selector: 'app-loader', standalone: true, template: '<p>loaded {{ loaded }}</p>' })\n"
                       "export class LoaderComponent implements OnInit {\n  loaded = 10;\n"
                       "  constructor(private parent: IonContent) {}\n"
                       "  ngOnInit() { this.parent.ionScrollEnd.subscribe(() => { this.loaded += 10; }); } }\n"})
    _, shown = opened(tmp_path, case, [{"scroll": 120}, {"scroll": 300}])
    assert shown.errors == []
    # the preview waits until the page is idle after each action: each scroll has ended before the next
    assert ["top 120, starts 1, ends 1\nloaded 20", "top 300, starts 2, ends 2\nloaded 30"] == \
        [step["text"] for step in shown.steps]


@pytest.mark.parametrize("name", ["a parameter typed Window, provided as { provide: Window, useValue: window } "
                                  "(bikeboard's services)",
                                  "a service makes a Renderer2 with RendererFactory2 to set a theme class "
                                  "(AndrewJBateman/ionic-angular-news-app)",
                                  "a page's hostDirectives provide what it injects "
                                  "(riccardoFasan/ionic-angular-signals-crm's list pages)",
                                  "a Web Worker made of a string constant another module exports (airgap-vault's "
                                  "entropy workers)",
                                  "the Angular CLI's web worker: new Worker(new URL('../app.worker', import.meta.url)), "
                                  "a module that imports"])
def test_a_class_whose_failure_was_a_logged_error_opens_without_any(tmp_path, name):
    """Classes whose symptom was an error Angular logs (not a crash): the page logs none."""
    assert opened(tmp_path, CASES[name])[1].errors == []


def test_an_import_with_a_trailing_slash_is_the_module_a_relative_import_names(tmp_path):
    """Tarikul-islam-shazan/bank-microservice-user-app-mx-ionic-5: ``from '@app/…/facade/'`` (tsconfig paths, a
    trailing slash) was read as a second module ``facade//index.ts``, which the subpackage split placed apart from
    ``facade/index.ts``: a moved page required a file that was not beside it."""
    case = Case("<p>home</p>", ["home"], files={
        "tsconfig.json": json.dumps({"compilerOptions": {"baseUrl": "./", "paths": {"@app/*": ["src/app/*"]}}}),
        "src/app/facade/index.ts": "export const facade = 1;\n"})
    loaded = project.load(workspace(tmp_path / "app", case))
    for spec in ("@app/facade/", "@app/facade", "../facade/", "src/app/facade/"):
        assert symbols.resolve_import(loaded, "src/app/home/home.page.ts", spec) == "src/app/facade/index.ts", spec


def test_a_lazy_route_in_angular_8s_string_form_is_a_page(tmp_path):
    """TJOSERAFAEL/check-it (Angular 7): ``loadChildren: './home/home.module#HomeModule'`` was PWX406, and the
    modules it names were never read (PWX419): the app's tab pages were missing."""
    files = {
        "src/main.ts": "import { platformBrowserDynamic } from '@angular/platform-browser-dynamic';\n"
                       "import { AppModule } from './app/app.module';\n"
                       "platformBrowserDynamic().bootstrapModule(AppModule);\n",
        "src/app/app.module.ts": "import { NgModule } from '@angular/core';\nimport { RouterModule } from '@angular/router';\n"
                                 "import { AppComponent } from './app.component';\n"
                                 "@NgModule({ declarations: [AppComponent], bootstrap: [AppComponent], imports: [\n"
                                 "  RouterModule.forRoot([{ path: '', loadChildren: './home/home.module#HomeModule' }])] })\n"
                                 "export class AppModule {}\n",
        "src/app/app.component.ts": EMPTY_ROOT,
        "src/app/home/home.module.ts": "import { NgModule } from '@angular/core';\nimport { RouterModule } from '@angular/router';\n"
                                       "import { HomePage } from './home.page';\n"
                                       "@NgModule({ declarations: [HomePage],\n"
                                       "  imports: [RouterModule.forChild([{ path: '', component: HomePage }])] })\n"
                                       "export class HomeModule {}\n",
        "src/app/home/home.page.ts": "import { Component } from '@angular/core';\n"
                                     "@Component({ selector: 'app-home', template: '<p>home of an Angular 7 app</p>' })\n"
                                     "export class HomePage {}\n",
        "src/global.scss": ""}
    src = make_workspace(tmp_path / "app", files)
    link_runtime_packages(src)
    out = tmp_path / "out"
    result = convert(src, out)
    assert [d for d in result.diagnostics.items if d.severity == "error" or d.code in ("PWX406", "PWX419")] == []
    assert json.loads((out / "app.json").read_text())["pages"] == ["pages/home/home"]
    shown = preview.run(out, "pages/home/home")
    assert shown.errors == [] and "home of an Angular 7 app" in shown.text


def test_icons_the_app_registers_are_every_components(tmp_path):
    """hegigj/mercedes-benz-c300 registers its icons once, in AppComponent (`addIcons({ caretBack, 'low-beam':
    './assets/icon/low-beam.svg' })`): a child's `<ion-icon [name]="icon()">`, whose name its parent passes, drew
    nothing (only the child's own imports were candidates), and the app's own SVG had no glyph (PWX107). Ionic's
    registry is global: both draw."""
    case = Case('<app-kid icon="caret-back"></app-kid><ion-icon name="low-beam"></ion-icon>', [], "",
                "import { IonIcon } from '@ionic/angular/standalone';\nimport { KidComponent } from '../kid';\n",
                "imports: [IonIcon, KidComponent],",
                files={"src/app/app.component.ts":
                       "import { Component } from '@angular/core';\nimport { addIcons } from 'ionicons';\n"
                       "import { caretBack } from 'ionicons/icons';\n"
                       "@Component({ selector: 'app-root', standalone: true, "
                       "template: '<ion-app><ion-router-outlet></ion-router-outlet></ion-app>' })\n"
                       "export class AppComponent { constructor() { addIcons({ caretBack, "
                       "'low-beam': './assets/icon/low-beam.svg' }); } }\n",
                       "src/app/kid.ts": "import { Component, input } from '@angular/core';\n"
                                         "import { IonIcon } from '@ionic/angular/standalone';\n"
                                         "@Component({ selector: 'app-kid', standalone: true, imports: [IonIcon], "
                                         "template: '<ion-icon [name]=\"icon()\"></ion-icon>' })\n"
                                         "export class KidComponent { icon = input.required<string>(); }\n",
                       "src/assets/icon/low-beam.svg": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8">'
                                                       '<path d="M0 0h8v8H0z"/></svg>'})
    result, shown = opened(tmp_path, case)
    assert shown.errors == [] and [d.message for d in result.diagnostics.items if d.code == "PWX107"] == []
    glyphs = (tmp_path / "out" / "pwa2wx" / "icons" / "glyphs.wxss").read_text(encoding="utf-8")
    assert ".pwx-icon-caret-back{" in glyphs and ".pwx-icon-low-beam{" in glyphs
    drawn = {c for n in elements_of(shown.tree) for c in n.get("attr", {}).get("class", "").split()}
    assert {"pwx-icon-caret-back", "pwx-icon-low-beam"} <= drawn


def test_a_form_group_on_any_element_binds_its_controls(tmp_path):
    """tanaka-kenny/ionic-firebase-starter's sign-in form is `<div [formGroup]="formGroup">` (FormGroupDirective's
    selector is the attribute): its inputs were bound to nothing (PWX104 on [formGroup]), so what was typed never
    reached the group and its sign-in button stayed disabled. Any element's [formGroup] binds the controls in it."""
    case = Case('<div class="form" [formGroup]="fg"><ion-input formControlName="email"></ion-input></div>'
                '<p>email {{ fg.value.email }} valid {{ fg.valid }}</p>', [],
                "fg = new FormGroup({ email: new FormControl('', Validators.required) });",
                "import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';\n"
                "import { IonInput } from '@ionic/angular/standalone';\n",
                "imports: [ReactiveFormsModule, IonInput],")
    result, first = opened(tmp_path, case)
    assert first.errors == [] and "valid false" in first.text
    assert [d.message for d in result.diagnostics.items if d.code == "PWX104"] == []
    typed = preview.run(tmp_path / "out", "pages/home/home", actions=[{"input": {"selector": "input"},
                                                                        "value": "a@b.c"}])
    assert "email a@b.c valid true" in typed.text, typed.text


def test_an_inputs_reference_has_its_value(tmp_path):
    """gabihenandez/ProgramacionMovil counts characters with `{{ userCont.value.length }}` of `<input #userCont
    [(ngModel)]>`: the reference had no value ("Cannot read properties of undefined (reading 'length')" on four
    pages). An input's reference has the value its binding holds, or what was typed into one nothing binds."""
    case = Case('<input #bound [(ngModel)]="name"><ion-input #free></ion-input>'
                '<p>bound {{ bound.value.length }} free {{ free.value }}.</p>', [], "name = 'abc';",
                "import { FormsModule } from '@angular/forms';\nimport { IonInput } from '@ionic/angular/standalone';\n",
                "imports: [FormsModule, IonInput],")
    result, first = opened(tmp_path, case)
    assert first.errors == [] and "bound 3 free ." in first.text, first.text
    typed = preview.run(tmp_path / "out", "pages/home/home", actions=[
        {"input": {"selector": "input", "index": 0}, "value": "abcdef"},
        {"input": {"selector": "input", "index": 1}, "value": "typed"}])
    assert typed.errors == [] and "bound 6 free typed." in typed.text, typed.text


def test_accordions_open_and_close_on_their_headers(tmp_path):
    """contato12/initialProject's side menu is an ion-accordion-group: the theme hid every accordion's content until a
    class nothing set, and a tap on a header did nothing, so its menu showed two headers and no page could be reached
    (the preview's text still held the hidden content). An accordion opens and closes on its header's tap, those the
    group's value names start open, and one opens at a time unless the group is multiple."""
    case = Case('<ion-accordion-group value="b"><ion-accordion value="a"><ion-item slot="header"><ion-label>Head A'
                '</ion-label></ion-item><div slot="content">Body A</div></ion-accordion>'
                '<ion-accordion value="b"><ion-item slot="header"><ion-label>Head B</ion-label></ion-item>'
                '<div slot="content">Body B</div></ion-accordion></ion-accordion-group>'
                '<ion-accordion-group [multiple]="true"><ion-accordion *ngFor="let n of [1, 2]"><ion-item slot="header">'
                '<ion-label>Many {{ n }}</ion-label></ion-item><div slot="content">Inside {{ n }}</div></ion-accordion>'
                '</ion-accordion-group>', [], "",
                "import { IonicModule } from '@ionic/angular';\nimport { NgFor } from '@angular/common';\n",
                "imports: [IonicModule, NgFor],")

    def expanded(shown) -> list[bool]:
        return ["accordion-expanded" in n["attr"]["class"].split() for n in elements_of(shown.tree)
                if "ion-accordion" in n.get("attr", {}).get("class", "").split()]

    result, first = opened(tmp_path, case)
    assert first.errors == [] and [d for d in result.diagnostics.items if d.code in ("PWX104", "PWX105")] == []
    assert expanded(first) == [False, True, False, False]
    out = tmp_path / "out"
    later = preview.run(out, "pages/home/home", actions=[{"tap": "Head A"}, {"tap": "Many 1"}, {"tap": "Many 2"}])
    assert later.errors == [] and expanded(later) == [True, False, True, True]
    again = preview.run(out, "pages/home/home", actions=[{"tap": "Head B"}])
    assert expanded(again) == [False, False, False, False]


def test_an_ion_nav_inside_a_page_does_not_take_its_place(tmp_path):
    """manghina/showcase's pdf page has `<ion-nav [root]="component">` in its toolbar: the page gave its place to that
    root's page (its home), so the pdf page never showed. Only an ion-nav that is the page's takes its place; one
    inside it is reported and the page shows."""
    case = Case('<ion-header><ion-toolbar><ion-nav [root]="other"></ion-nav><ion-title>Doc</ion-title></ion-toolbar>'
                '</ion-header><ion-content><p>the pdf page</p></ion-content>', [],
                "other = APage;", "import { IonicModule } from '@ionic/angular';\nimport { APage } from '../ab.page';\n",
                "imports: [IonicModule],", files=TAB_PAGES)
    result, shown = opened(tmp_path, case)
    assert shown.errors == [] and shown.route == "pages/home/home" and "the pdf page" in shown.text
    assert [d.message for d in result.diagnostics.items if d.code == "PWX104"] == [
        "ion-nav inside the page is not converted: its root is not shown"]


def test_a_modal_holding_only_an_ion_nav_shows_its_root_page(tmp_path):
    """Amelivs/bikeboard: its settings modal is ``<ion-nav [root]="rootPage">``, which was dropped (an empty
    page); the root page pushes the next with IonNav and closes the modal with ModalController."""
    nav = ("import { Component } from '@angular/core';\nimport { SettingsPage } from './settings.page';\n"
           "@Component({ selector: 'app-settings-nav', standalone: true,\n"
           "  template: '<ion-nav [root]=\"root\" [rootParams]=\"{ unit: \\'km\\' }\"></ion-nav>' })\n"
           "export class SettingsNav { root = SettingsPage; }\n")
    settings = ("import { Component, Input } from '@angular/core';\n"
                "import { IonNav, ModalController } from '@ionic/angular/standalone';\n"
                "import { AboutPage } from './about.page';\n"
                "@Component({ selector: 'app-settings', standalone: true, template:\n"
                "  '<p>settings in {{ unit }}</p><button (click)=\"more()\">More</button>"
                "<button (click)=\"close()\">Close</button>' })\n"
                "export class SettingsPage { @Input() unit = '';\n"
                "  constructor(private nav: IonNav, private modals: ModalController) {}\n"
                "  more() { this.nav.push(AboutPage, { from: 'settings' }); }\n"
                "  close() { this.modals.dismiss('closed'); } }\n")
    about = ("import { Component, Input } from '@angular/core';\n"
             "@Component({ selector: 'app-about', standalone: true, template: '<p>about, from {{ from }}</p>' })\n"
             "export class AboutPage { @Input() from = ''; }\n")
    case = Case("<button (click)=\"open()\">Settings</button><p>{{ said }}</p>", ["Settings"],
                "said = ''; constructor(private modals: ModalController) {}\n"
                "async open() { const m = await this.modals.create({ component: SettingsNav }); await m.present();\n"
                "  this.said = 'modal ' + (await m.onDidDismiss()).data; }",
                "import { ModalController } from '@ionic/angular/standalone';\nimport { SettingsNav } from './settings-nav';\n",
                files={"src/app/home/settings-nav.ts": nav, "src/app/home/settings.page.ts": settings,
                       "src/app/home/about.page.ts": about})
    result, shown = opened(tmp_path, case, [{"tap": "Settings"}, {"tap": "More"}, {"back": 1}, {"tap": "Close"}])
    assert [d for d in result.diagnostics.items if d.severity == "error" or d.code == "PWX105"] == []
    assert shown.errors == []
    assert [(s["route"], s["text"].splitlines()[0]) for s in shown.steps] == [
        ("pages/settings/settings", "settings in km"), ("pages/about/about", "about, from settings"),
        ("pages/settings/settings", "settings in km"), ("pages/home/home", "Settings")]
    assert "modal closed" in shown.text


def test_an_angular_material_dialog_is_the_components_page(tmp_path):
    """0fromaamir/GonnaOrder: its dialogs (MatDialog.open(Component, { data }), MAT_DIALOG_DATA, MatDialogRef,
    mat-dialog-close) were Material's CDK overlay, which needs a DOM: opened on their own, the pages threw while
    injecting MatDialogRef. A dialog is now the component's page, as a modal is."""
    confirm = ("import { Component, Inject } from '@angular/core';\n"
               "import { MAT_DIALOG_DATA, MatDialogRef, MatDialogModule } from '@angular/material/dialog';\n"
               "@Component({ selector: 'app-confirm', standalone: true, imports: [MatDialogModule], template: `\n"
               "  <h2 mat-dialog-title>Delete {{ data?.name }}?</h2><mat-dialog-content>It cannot be undone\n"
               "  </mat-dialog-content><div mat-dialog-actions><button mat-dialog-close>Keep</button>\n"
               "  <button (click)=\"yes()\">Yes</button></div>` })\n"
               "export class ConfirmDialog {\n"
               "  constructor(@Inject(MAT_DIALOG_DATA) public data: { name: string },\n"
               "              private ref: MatDialogRef<ConfirmDialog>) {}\n"
               "  yes() { this.ref.close('deleted ' + this.data.name); } }\n")
    case = Case("<button (click)=\"ask()\">Ask</button><p>answer: {{ answer }}</p>", ["Ask"],
                "answer = 'none'; constructor(private dialog: MatDialog) {}\n"
                "ask() { this.dialog.open(ConfirmDialog, { data: { name: 'Tapas' } }).afterClosed()\n"
                "  .subscribe((r: string) => this.answer = JSON.stringify(r)); }",
                "import { MatDialog } from '@angular/material/dialog';\nimport { ConfirmDialog } from './confirm';\n",
                files={"src/app/home/confirm.ts": confirm})
    out = tmp_path / "out"
    result = convert(workspace(tmp_path / "app", case), out)
    shown = preview.run(out, "pages/home/home", actions=[{"tap": "Ask"}, {"tap": "Keep"}, {"tap": "Ask"}, {"tap": "Yes"}])
    assert [d for d in result.diagnostics.items if d.severity == "error" or d.code in ("PWX103", "PWX104", "PWX417")] == []
    assert shown.errors == []
    assert [(s["route"], s["text"].splitlines()[0]) for s in shown.steps] == [
        ("pages/confirm/confirm", "Delete Tapas?"), ("pages/home/home", "Ask"),
        ("pages/confirm/confirm", "Delete Tapas?"), ("pages/home/home", "Ask")]
    assert [s["text"].splitlines()[-1] for s in shown.steps if s["route"] == "pages/home/home"] == \
        ['answer: ""', 'answer: "deleted Tapas"']
    alone = preview.run(out, "pages/confirm/confirm")  # a dialog's page opened on its own: no data, no crash
    assert alone.errors == [] and "Delete ?" in alone.text


def test_a_side_menu_layout_opens_from_its_pages_and_lives_once(tmp_path):
    """RobertWasHere/ICCICOE: a routed page holds the ion-menu and the <ion-router-outlet> its child routes show in.
    It was a page of its own, and its children were pages without the menu. Now each child page is drawn inside it:
    its ion-menu-button opens the layout's menu, whose links go to the other child, drawn in the same menu; the
    layout's class is created once."""
    layout = ("import { Component } from '@angular/core';\n"
              "import { IonicModule } from '@ionic/angular';\nimport { RouterModule } from '@angular/router';\n"
              "@Component({ selector: 'app-sidenav', standalone: true, imports: [IonicModule, RouterModule], template: `\n"
              "  <ion-app><ion-menu contentId='content'><ion-content><ion-list>\n"
              "    <ion-menu-toggle><ion-item routerLink='/main/other'>Other page</ion-item></ion-menu-toggle>\n"
              "  </ion-list><p>Menu opened {{ created }} times</p></ion-content></ion-menu>\n"
              "  <ion-router-outlet id='content'></ion-router-outlet></ion-app>` })\n"
              "export class SidenavPage { static made = 0; created = ++SidenavPage.made; }\n")
    other = ("import { Component } from '@angular/core';\n"
             "@Component({ selector: 'app-other', standalone: true, template: '<p>The other page</p>' })\n"
             "export class OtherPage {}\n")
    routes = ("import { HomePage } from './home/home.page';\nimport { OtherPage } from './other.page';\n"
              "import { SidenavPage } from './sidenav.page';\n"
              "export const routes = [{ path: '', redirectTo: 'main/home', pathMatch: 'full' },\n"
              "  { path: 'main', component: SidenavPage, children: [\n"
              "    { path: 'home', component: HomePage }, { path: 'other', component: OtherPage }] }];\n")
    case = Case("<ion-header><ion-toolbar><ion-buttons slot='start'><ion-menu-button></ion-menu-button>"
                "</ion-buttons><ion-title>Home</ion-title></ion-toolbar></ion-header><p>The home page</p>", [],
                imports="import { IonicModule } from '@ionic/angular';\n", component="imports: [IonicModule],",
                files={"src/app/sidenav.page.ts": layout, "src/app/other.page.ts": other,
                       "src/app/app.routes.ts": routes})
    menu_button = {"tap": {"selector": ".ion-menu-button"}}
    result, shown = opened(tmp_path, case, [menu_button])
    assert [d for d in result.diagnostics.items if d.severity == "error"] == []
    assert not (tmp_path / "out/pages/sidenav").exists()  # the layout is no page of its own
    assert shown.errors == [] and "show-menu" in json.dumps(shown.tree)
    then = preview.run(tmp_path / "out", "pages/home/home", actions=[menu_button, {"tap": "Other page"}])
    assert then.errors == [] and then.route == "pages/other/other"
    assert "The other page" in then.text and "Menu opened 1 times" in then.text


def test_a_file_input_opens_wechats_picker_and_its_change_handler_gets_the_files(tmp_path):
    """<input type="file"> (in 15 of the real apps: SirPerzifal/focus-security's receipts, Ionic-Sportyeah's posts,
    GonnaOrder's catalogs) was a text input (PWX104). It is a "Choose File" button: a tap, a hidden input's
    #ref.click() or its <label for>, opens WeChat's picker (images: wx.chooseMedia; a PDF: wx.chooseMessageFile), and (change) gets the
    chosen files as File objects, readable as a browser's."""
    case = Case(
        '<img src="assets/photo.png"><a href="assets/terms.pdf">Terms</a>'  # (which ship them in the package)
        '<input type="file" accept="image/*" (change)="photo($event)">'
        '<input type="file" #doc accept=".pdf" class="hidden" (change)="pdf($event)">'
        '<button (click)="doc.click()">Attach</button>'
        '<input type="file" id="receipt" hidden (change)="receipt($event)"><label for="receipt">Upload receipt</label>'
        '<p>{{ shown }}</p>', ["Choose File"],
        "shown = '';\n"
        "photo(e: any) { const f = e.target.files[0]; const r = new FileReader();\n"
        "  r.onload = () => this.shown = f.name + ' ' + f.type + ' ' + f.size + ' bytes, '\n"
        "    + (r.result as string).split(',')[0] + ', value ' + e.target.value; r.readAsDataURL(f); }\n"
        "pdf(e: any) { this.shown = 'attached ' + e.target.files[0].name + ' (' + e.target.files[0].type + ')'; }\n"
        "receipt(e: any) { this.shown = 'receipt ' + e.target.files.length; }",
        files={"src/assets/photo.png": "PNGDATA", "src/assets/terms.pdf": "%PDF-1.4"},
        build={"assets": ["src/assets"]})
    result, shown = opened(tmp_path, case, [
        {"answer": "chooseMedia", "with": {"tempFiles": [{"tempFilePath": "/assets/photo.png", "fileType": "image"}]}},
        {"tap": "Choose File"},
        {"answer": "chooseMessageFile", "with": {"tempFiles": [{"path": "/assets/terms.pdf", "name": "terms.pdf"}]}},
        {"tap": "Attach"},
        {"answer": "chooseMessageFile", "with": {"tempFiles": [{"path": "/assets/terms.pdf", "name": "terms.pdf"}]}},
        {"tap": "Upload receipt"}])
    assert [d for d in result.diagnostics.items if d.severity == "error" or d.code == "PWX104"] == []
    assert shown.errors == []
    photo, attached, receipt = (s["text"] for s in shown.steps if s["action"].get("tap"))
    assert "photo.png image/png 7 bytes, data:image/png;base64, value C:\\fakepath\\photo.png" in photo
    assert "attached terms.pdf (application/pdf)" in attached
    assert "receipt 1" in receipt  # through its <label for>
    assert shown.calls("chooseMedia")[0]["mediaType"] == ["image"] and shown.calls("chooseMessageFile")


def test_a_packages_asm_js_that_v8_does_not_validate_logs_no_error(tmp_path):
    """Arpapiemonte/openoise-meter's fourier-transform ships asm.js that V8 declines to validate; it runs as plain
    JavaScript, and a browser shows a console warning. Node printed its process warning through console.error, which
    the preview took for the app's error on every page."""
    case = Case("<p>{{ shown }}</p>", ["spectrum 7"], "shown = 'spectrum ' + fft.f(7);", "import * as fft from 'tiny-fft';\n",
                packages={"tiny-fft": {"package.json": json.dumps({"name": "tiny-fft", "main": "asm.js"}),
                                       "asm.js": "module.exports = (function (stdlib) { 'use asm'; function f(x) { "
                                                 "x = x | 0; return +(x); } return { f: f }; })(globalThis);\n"}})
    result, shown = opened(tmp_path, case)
    assert shown.errors == [] and "spectrum 7" in shown.text


def test_a_component_exported_as_the_default_is_its_page(tmp_path):
    """RyanViers/pizza-app writes every component `export default class X` and lazy-loads it with
    `loadComponent: () => import('./home/home.page')` (Angular takes the default export). The generated page required
    the class by its name, which the module did not export: no page of the app started."""
    home = ("import { Component } from '@angular/core';\n"
            "@Component({ selector: 'app-home', standalone: true, template: '<p>{{ shown }}</p>' })\n"
            "export default class HomePage { shown = 'the default export, started'; }\n")
    routes = "export const routes = [{ path: '', loadComponent: () => import('./home/home.page') }];\n"
    case = Case("", [], files={"src/app/home/home.page.ts": home, "src/app/app.routes.ts": routes})
    result, shown = opened(tmp_path, case)
    assert [d for d in result.diagnostics.items if d.severity == "error"] == []
    assert shown.errors == [] and "the default export, started" in shown.text


def test_a_templates_canvas_draws_on_the_pages_canvas(tmp_path):
    """A chart drawn on a template's <canvas id> (Chart.js: getContext('2d'), a gradient, fills) showed nowhere:
    it drew on an offscreen canvas only. What is drawn before WeChat gives the page's canvas node is drawn on it
    when it comes, and what is drawn after, as it is."""
    case = Case('<canvas id="chart"></canvas><ion-button (click)="more()">More</ion-button><p>{{ shown }}</p>', [],
                "shown = '';\nctx!: CanvasRenderingContext2D;\n"
                "ngOnInit() { const canvas = document.getElementById('chart') as HTMLCanvasElement;\n"
                "  canvas.width = 200; this.ctx = canvas.getContext('2d')!;\n"
                "  const fade = this.ctx.createLinearGradient(0, 0, 0, 100); fade.addColorStop(0, 'red');\n"
                "  this.ctx.fillStyle = fade; this.ctx.fillRect(0, 0, 10, 10);\n"
                "  this.shown = 'text ' + this.ctx.measureText('abc').width; }\n"
                "more() { this.ctx.fillRect(5, 5, 1, 1); (document.getElementById('chart') as HTMLCanvasElement).width = 50; }",
                warnings={"PWX302"})
    _, shown = opened(tmp_path, case, [{"tap": "More"}])
    assert shown.errors == []
    assert "text 18" in shown.text
    assert shown.calls("canvas#chart.fillRect") == [[0, 0, 10, 10], [5, 5, 1, 1]]
    assert shown.calls("canvas#chart.width") == [[200], [50]]  # as it came, then as code set it


def test_a_canvas_reference_draws_on_the_pages_canvas(tmp_path):
    """@ViewChild('barCanvas') of a <canvas #barCanvas> (vagnersabadi/awesome-components-ionic's Chart.js charts): the
    canvas is given an id, by which its reference's context finds the page's canvas node; its size follows; and the
    context's canvas is the reference (Chart.js checks: LuizMaciel98/Financial-Helper-Ionic-Angular's chart failed,
    "can't acquire context from the given item")."""
    case = Case('<canvas #bar></canvas><p>{{ shown }}</p>', [],
                "@ViewChild('bar') bar!: ElementRef<HTMLCanvasElement>;\nshown = '';\n"
                "ngAfterViewInit() { const canvas = this.bar.nativeElement;\n"
                "  canvas.getContext('2d')!.strokeRect(1, 2, 3, 4); canvas.width = 120;\n"
                "  this.shown = 'width ' + canvas.width + ' same ' + (canvas.getContext('2d')!.canvas === canvas) +\n"
                "    ' length ' + (canvas as any).length; }",  # (Chart.js takes an item with a length for a list)
                "import { ElementRef, ViewChild } from '@angular/core';\n", warnings={"PWX302"})
    _, shown = opened(tmp_path, case)
    assert shown.errors == []
    assert "width 120 same true length undefined" in shown.text
    assert shown.calls("canvas#pwx-canvas-bar.strokeRect") == [[1, 2, 3, 4]]
    assert shown.calls("canvas#pwx-canvas-bar.width") == [[120]]


# A library's attribute directive, as ng2-charts' BaseChartDirective is declared (canvas[baseChart]: the element as its
# ElementRef, inputs, ngOnChanges drawing on the canvas's context), with a root service it logs its hooks in
FAKE_CHARTS = {
    "package.json": json.dumps({"name": "fake-charts", "module": "fesm2022/fake-charts.mjs", "type": "module",
                                "exports": {".": {"default": "./fesm2022/fake-charts.mjs"}}}),
    "fesm2022/fake-charts.mjs": """import * as i0 from '@angular/core';
class ChartLog { constructor() { this.entries = []; } }
ChartLog.ɵfac = i0.ɵɵngDeclareFactory({ minVersion: "12.0.0", version: "17.0.0", ngImport: i0, type: ChartLog, deps: [], target: i0.ɵɵFactoryTarget.Injectable });
ChartLog.ɵprov = i0.ɵɵngDeclareInjectable({ minVersion: "12.0.0", version: "17.0.0", ngImport: i0, type: ChartLog, providedIn: 'root' });
class FakeChartDirective {
  constructor(element, log) { this.log = log; this.ctx = element.nativeElement.getContext('2d'); this.type = 'bar'; }
  ngOnChanges(changes) { this.log.entries.push('changes:' + Object.keys(changes).sort().join('+'));
    this.ctx.fillText(this.label + ' ' + this.type + ' ' + this.data.join(','), 0, 0); }
  ngOnInit() { this.log.entries.push('init'); }
  ngAfterViewInit() { this.log.entries.push('view'); }
  ngOnDestroy() { this.log.entries.push('destroy'); }
}
FakeChartDirective.ɵfac = i0.ɵɵngDeclareFactory({ minVersion: "12.0.0", version: "17.0.0", ngImport: i0, type: FakeChartDirective, deps: [{ token: i0.ElementRef }, { token: ChartLog }], target: i0.ɵɵFactoryTarget.Directive });
FakeChartDirective.ɵdir = i0.ɵɵngDeclareDirective({ minVersion: "14.0.0", version: "17.0.0", type: FakeChartDirective, isStandalone: true, selector: "canvas[fakeChart]", inputs: { data: "data", type: "type", label: ["chartLabel", "label"] }, usesOnChanges: true, ngImport: i0 });
export { ChartLog, FakeChartDirective };
""",
}


def test_the_async_pipe_over_a_child_components_member_before_the_child_started(tmp_path):
    """abgdazarya/DPA-Ionic: `[loading]="detailContainer.loading$ | async"` above `<app-news-detail-container
    #detailContainer>`; WeChat starts the child after the page's first render, Angular before it."""
    case = Case('<p>count {{ box.count$ | async }}</p><counter-box #box></counter-box>', [],
                component="imports: [CounterBox, AsyncPipe],",
                imports="import { AsyncPipe } from '@angular/common';\nimport { CounterBox } from './counter-box';\n",
                files={"src/app/home/counter-box.ts":
                       "import { Component } from '@angular/core';\nimport { of } from 'rxjs';\n"
                       "@Component({ selector: 'counter-box', standalone: true, template: '<span>box</span>' })\n"
                       "export class CounterBox { count$ = of(3); }\n"})
    _, shown = opened(tmp_path, case)
    assert "count 3" in shown.text and shown.errors == [], (shown.text, shown.errors)


def test_a_package_module_binding_its_own_global_this_loads_in_the_preview(tmp_path):
    """tortuc/Ionic-Sportyeah-App: engine.io-client 4's `const globalThis = require("./globalThis.browser.js")`;
    the preview's stand-in for WeChat's global object was declared over it ("Identifier 'globalThis' has already
    been declared" on every page)."""
    case = Case('<p>{{ said }}</p>', [], "said = hello();", "import { hello } from 'own-global';\n",
                packages={"own-global": {"package.json": json.dumps({"name": "own-global", "main": "index.js"}),
                                         "index.js": "const globalThis = require('./g.js');\n"
                                                     "exports.hello = () => 'hi ' + globalThis.name;\n",
                                         "g.js": "module.exports = { name: 'from its own global' };\n"}})
    _, shown = opened(tmp_path, case)
    assert "hi from its own global" in shown.text and shown.errors == [], (shown.text, shown.errors)


def test_an_output_a_base_class_declares_reaches_the_parents_handler(tmp_path):
    _, shown = opened(tmp_path, INHERITED_INPUTS, actions=[{"tap": "Inherited news"}])
    assert "picked 1" in shown.text, (shown.text, shown.errors)


def test_a_librarys_attribute_directive_is_made_on_its_element(tmp_path):
    """ng2-charts' `<canvas baseChart [data]>` drew nothing: a library's attribute directive was not made and its
    bindings were dropped (T0ntow/wallet3, novazer/fg2, prawin3337/society-web). It is made on the element its
    selector matches, with the element as its ElementRef (a canvas draws on the page's), its inputs from the
    bindings and attributes (an aliased one too), its hooks run; gone with its element."""
    case = Case('<canvas *ngIf="shown" fakeChart [data]="values" type="line" chartLabel="Sales"></canvas>'
                '<canvas [data]="values"></canvas>'
                '<ion-button (click)="more()">More</ion-button><ion-button (click)="hide()">Hide</ion-button>'
                "<p>{{ log.entries.join(' ') }}</p>", [],
                "values = [1, 2]; shown = true;\nconstructor(public log: ChartLog) {}\n"
                "more() { this.values = [1, 2, 3]; }\nhide() { this.shown = false; }",
                "import { NgIf } from '@angular/common';\nimport { IonButton } from '@ionic/angular/standalone';\n"
                "import { ChartLog, FakeChartDirective } from 'fake-charts';\n",
                "imports: [NgIf, IonButton, FakeChartDirective],", packages={"fake-charts": FAKE_CHARTS})
    result, shown = opened(tmp_path, case, [{"tap": "More"}, {"tap": "Hide"}, {"tap": "More"}])  # (the last: shows)
    assert shown.errors == []
    assert "changes:data+label+type init view changes:data destroy" in shown.text
    assert shown.calls("canvas#pwx-canvas-d0.fillText") == [["Sales line 1,2", 0, 0], ["Sales line 1,2,3", 0, 0]]
    unconverted = [d.message for d in result.diagnostics.items if d.code == "PWX104"]
    assert unconverted == ["binding [data] on <canvas> is not converted: it has no effect"]  # no directive there


def elements_of(nodes: list):
    """The elements of a preview's render tree, depth first."""
    for n in nodes:
        if isinstance(n, dict):
            yield n
            yield from elements_of(n.get("children", []))


def holding(nodes: list, text: str) -> dict:
    """The element of a preview's render tree whose child is ``text`` (empty if none)."""
    return next((n for n in elements_of(nodes) if text in n.get("children", [])), {})


FAKE_PRESS = {
    "package.json": json.dumps({"name": "fake-press", "module": "fesm2022/fake-press.mjs", "type": "module",
                                "exports": {".": {"default": "./fesm2022/fake-press.mjs"}}}),
    "fesm2022/fake-press.mjs": """import * as i0 from '@angular/core';
class PressService { constructor() { this.label = 'own'; } }
PressService.ɵfac = i0.ɵɵngDeclareFactory({ minVersion: "12.0.0", version: "17.0.0", ngImport: i0, type: PressService, deps: [], target: i0.ɵɵFactoryTarget.Injectable });
PressService.ɵprov = i0.ɵɵngDeclareInjectable({ minVersion: "12.0.0", version: "17.0.0", ngImport: i0, type: PressService });
class PressDirective {
  constructor(service) { this.service = service; this.pressed = new i0.EventEmitter(); this.heard = []; }
  onTap(e) { this.heard.push('tap:' + !!e + ':' + this.service.label); this.pressed.emit(this.heard.join(' ')); }
  typed(value, n) { this.heard.push('typed:' + value + ':' + n); this.pressed.emit(this.heard.join(' ')); }
  resized() { this.heard.push('resized'); }
  width() { return 10 * this.heard.length; }
}
PressDirective.ɵfac = i0.ɵɵngDeclareFactory({ minVersion: "12.0.0", version: "17.0.0", ngImport: i0, type: PressDirective, deps: [{ token: PressService, self: true }], target: i0.ɵɵFactoryTarget.Directive });
PressDirective.ɵdir = i0.ɵɵngDeclareDirective({ minVersion: "14.0.0", version: "17.0.0", type: PressDirective, isStandalone: true, selector: "[fakePress]", providers: [PressService], outputs: { pressed: "fakePressed" }, host: { listeners: { "click": "onTap($event)", "input": "$any(this).typed($event.target.value, $event.type)", "window:resize": "resized()" }, properties: { "class.pressed": "heard.length", "style.width.px": "width()" }, classAttribute: "fake-press" }, ngImport: i0 });
export { PressDirective };
""",
}


def test_a_librarys_directive_hears_its_elements_events_and_its_outputs_reach_the_template(tmp_path):
    """A library directive's host listeners (`host: { listeners: { click: 'onTap($event)' } }`) never heard their
    element, and the template's handler of its output was taken for a DOM event of the element (PWX104): a
    long-press or input-mask library did nothing. It is made with its own providers (ngx-mask injects its
    NgxMaskService from its element: NG0201 on mthesoliver/med-mais-v2's forms). The element's events reach its
    listeners (with the event or paths in it), its outputs reach the template's handlers, and its host's classes and styles are the
    element's."""
    case = Case('<p fakePress (fakePressed)="got = got + \'|\' + $event">press me</p>'
                '<input fakePress (fakePressed)="got = got + \'|\' + $event"><p>got {{ got }}</p>', [], "got = '';",
                "import { PressDirective } from 'fake-press';\n", "imports: [PressDirective],",
                packages={"fake-press": FAKE_PRESS})
    result, shown = opened(tmp_path, case, [{"tap": "press me"},
                                            {"event": {"selector": "input"}, "type": "input", "detail": {"value": "ab"}}])
    assert shown.errors == []
    assert [d.message for d in result.diagnostics.items if d.code == "PWX104"] == []
    assert "got |tap:true:own|typed:ab:input" in shown.text, shown.text  # (one directive on each element)
    pressed = holding(shown.tree, "press me")
    assert pressed["attr"]["class"].split()[-2:] == ["fake-press", "pressed"]
    assert "width: 10px" in pressed["attr"]["style"]


def test_a_select_shows_the_option_picked_whatever_holds_its_value(tmp_path):
    """aribellot/w2m's sort `<ion-select placeholder="Sort by" (ionChange)="doSort($event)">` binds no value: after a
    pick it still read "Sort by" (the picker's index stayed -1), as did a select with a static `value` and one bound
    with formControlName (and a radio group bound so had no radio checked). Each shows its option: an unbound select
    keeps its own value, as Ionic's element does."""
    case = Case('<ion-select placeholder="Sort by" (ionChange)="got = $event.detail.value">'
                '<ion-select-option value="asc">Name Asc</ion-select-option>'
                '<ion-select-option value="desc">Name Desc</ion-select-option></ion-select>'
                '<ion-select value="b"><ion-select-option value="a">Static A</ion-select-option>'
                '<ion-select-option value="b">Static B</ion-select-option></ion-select>'
                '<form [formGroup]="form"><ion-select formControlName="size">'
                '<ion-select-option value="s">Small</ion-select-option>'
                '<ion-select-option value="l">Large</ion-select-option></ion-select>'
                '<ion-radio-group formControlName="size"><ion-radio value="s">S</ion-radio><ion-radio value="l">L'
                '</ion-radio></ion-radio-group></form>'
                "<p>got {{ got }} size {{ form.value.size }}</p>", [],
                "got = '';\nform = new FormGroup({ size: new FormControl('s') });",
                "import { IonicModule } from '@ionic/angular';\n"
                "import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';\n",
                "imports: [IonicModule, ReactiveFormsModule],")
    _, first = opened(tmp_path, case)
    assert first.errors == []
    assert "Sort by" in first.text and "Static B" in first.text and "Small" in first.text, first.text
    radios = [n for n in elements_of(first.tree) if n["tag"] == "radio"]
    assert [r["attr"].get("checked") for r in radios] == [True, False], radios
    shown = preview.run(tmp_path / "out", "pages/home/home", actions=[
        {"event": {"selector": "picker", "index": 0}, "type": "change", "detail": {"value": 1}},
        {"event": {"selector": "picker", "index": 2}, "type": "change", "detail": {"value": 1}}])
    assert shown.errors == []
    assert "Name Desc" in shown.text and "Sort by" not in shown.text, shown.text
    assert "Large" in shown.text and "got desc size l" in shown.text, shown.text


FAKE_TRANSLATE = {
    "package.json": json.dumps({"name": "fake-translate", "module": "fesm2022/fake-translate.mjs", "type": "module",
                                "exports": {".": {"default": "./fesm2022/fake-translate.mjs"}}}),
    "fesm2022/fake-translate.mjs": """import * as i0 from '@angular/core';
const WORDS = { en: { hi: 'Hello' }, fr: { hi: 'Bonjour' } };
const SHOWN = [];
function useFrench() {  // as a language switch updates every view: its context, then detectChanges()
  SHOWN.forEach(d => { d.view.context.$implicit = (k) => d.prefix + WORDS.fr[k]; d.view.context.lang = 'fr';
    d.view.detectChanges(); });
}
class TranslateDirective {
  constructor(tpl, vcr) { this.tpl = tpl; this.vcr = vcr; this.prefix = ''; }
  ngOnInit() {
    this.view = this.vcr.createEmbeddedView(this.tpl, { $implicit: (k) => this.prefix + WORDS.en[k], lang: 'en' });
    SHOWN.push(this);
  }
}
TranslateDirective.ɵfac = i0.ɵɵngDeclareFactory({ minVersion: "12.0.0", version: "17.0.0", ngImport: i0, type: TranslateDirective, deps: [{ token: i0.TemplateRef }, { token: i0.ViewContainerRef }], target: i0.ɵɵFactoryTarget.Directive });
TranslateDirective.ɵdir = i0.ɵɵngDeclareDirective({ minVersion: "14.0.0", version: "17.0.0", type: TranslateDirective, isStandalone: true, selector: "[fakeT]", inputs: { prefix: ["fakeTPrefix", "prefix"] }, ngImport: i0 });
class ShoutPipe { transform(value) { return String(value).toUpperCase() + '!'; } }
ShoutPipe.ɵfac = i0.ɵɵngDeclareFactory({ minVersion: "12.0.0", version: "17.0.0", ngImport: i0, type: ShoutPipe, deps: [], target: i0.ɵɵFactoryTarget.Pipe });
ShoutPipe.ɵpipe = i0.ɵɵngDeclarePipe({ minVersion: "14.0.0", version: "17.0.0", ngImport: i0, type: ShoutPipe, isStandalone: true, name: "shout" });
export { ShoutPipe, TranslateDirective, useFrench };
""",
}


def test_structural_directives_of_the_app_and_of_libraries_make_their_views(tmp_path):
    """enrique-lozano/Monekin's 32 templates under Transloco's `*transloco="let t"` called `c.t(…)`, a field of the
    component (`c.t is not a function` on ~30 pages), and an app's own `*appIfRole` was rendered always: a structural
    directive of the app or of a library is made with its template and a ViewContainerRef, and its content is rendered
    once for each view it makes, its `let` variables read from that view's context (a later change of a context
    shows). One of a package the compiler does not read (`*matCellDef="let row"`, which Material's table renders) is
    not rendered, not rendered with its variables read from the component (mthesoliver/med-mais-v2)."""
    case = Case('<p *fakeT="let t; prefix: \'> \'; let l = lang">{{ t("hi") }} in {{ l }}</p>'
                '<p *appIfRole="\'admin\'; let r; let n = count">admin {{ r }} {{ n }}</p>'
                '<p *appIfRole="\'guest\'">guest view</p>'
                '<p *matCellDef="let row">{{ row.name }}</p>'
                '<ion-button (click)="roles.names = [\'guest\']; french()">Guest</ion-button><p>{{ "hey" | shout }}</p>',
                [],
                "constructor(public roles: Roles) {}\nfrench() { setTimeout(useFrench); }",
                "import { IonButton } from '@ionic/angular/standalone';\n"
                "import { ShoutPipe, TranslateDirective, useFrench } from 'fake-translate';\n"
                "import { IfRoleDirective, Roles } from '../if-role.directive';\n",
                "imports: [IonButton, TranslateDirective, IfRoleDirective, ShoutPipe],",
                packages={"fake-translate": FAKE_TRANSLATE},
                files={"src/app/if-role.directive.ts":
                       "import { Directive, Injectable, Input, TemplateRef, ViewContainerRef } from '@angular/core';\n"
                       "@Injectable({ providedIn: 'root' })\nexport class Roles { names = ['admin']; }\n"
                       "@Directive({ selector: '[appIfRole]', standalone: true })\n"
                       "export class IfRoleDirective {\n"
                       "  private role = '';\n"
                       "  constructor(private tpl: TemplateRef<unknown>, private vcr: ViewContainerRef, "
                       "private roles: Roles) {}\n"
                       "  @Input() set appIfRole(role: string) { this.role = role; }\n"
                       "  ngDoCheck() {\n"
                       "    const on = this.roles.names.includes(this.role);\n"
                       "    if (on && !this.vcr.length) this.vcr.createEmbeddedView(this.tpl, { $implicit: this.role, "
                       "count: 2 });\n"
                       "    if (!on && this.vcr.length) this.vcr.clear();\n  }\n}\n"})
    result, shown = opened(tmp_path, case)
    assert shown.errors == []
    assert "> Hello in en" in shown.text and "admin admin 2" in shown.text and "guest view" not in shown.text
    assert "HEY!" in shown.text  # (the library's pipe, which the compiler knows from its declaration: no PWX104)
    later = preview.run(tmp_path / "out", "pages/home/home", actions=[{"tap": "Guest"}, {"wait": 50}])
    assert later.errors == []
    assert "> Bonjour in fr" in later.text and "guest view" in later.text and "admin admin" not in later.text
    assert [d.message for d in result.diagnostics.items if d.code == "PWX104"] == [
        "structural directive *matCellDef is not converted: its content is not rendered, as its variables (row) have "
        "no values here"]


def test_swiper_angulars_slides_are_wechats_swiper(tmp_path):
    """enrique-lozano/Monekin's intro is swiper/angular's `<swiper [config]>` (Swiper 6–8) of `<ng-template
    swiperSlide>`s: an unknown element (PWX103) whose slides were templates "not rendered (as in Angular)", so the page
    was empty. It is WeChat's swiper, each slide a swiper-item, and a #ref's `swiperRef.slideNext()` moves it; its
    Autoplay module is there (Alfinace/pi-varotra sets `swiperRef.autoplay.running`)."""
    case = Case('<swiper #sw [config]="{ slidesPerView: 1 }" [pagination]="true" (slideChange)="moved = moved + 1">'
                '<ng-template swiperSlide let-data><p>Slide one</p></ng-template>'
                '<ng-template swiperSlide *ngFor="let s of more"><p>{{ s }}</p></ng-template></swiper>'
                '<ion-button (click)="sw.swiperRef.slideNext()">Next</ion-button><p>moved {{ moved }}</p>', [],
                "more = ['Slide two', 'Slide three'];\nmoved = 0;\n@ViewChild('sw') sw: any;\n"
                "ngAfterViewInit() { this.sw.swiperRef.autoplay.running = true; }",
                "import { ViewChild } from '@angular/core';\nimport { NgFor } from '@angular/common';\n"
                "import { IonButton } from '@ionic/angular/standalone';\n",
                "imports: [NgFor, IonButton],")
    result, shown = opened(tmp_path, case, [{"tap": "Next"}])
    assert shown.errors == []
    assert [d.message for d in result.diagnostics.items if d.code in ("PWX103", "PWX104", "PWX105")] == []
    swiper = next(n for n in elements_of(shown.tree) if n["tag"] == "swiper")
    assert [n["tag"] for n in swiper["children"] if isinstance(n, dict)] == ["swiper-item"] * 3
    assert "Slide one" in shown.text and "Slide three" in shown.text and swiper["attr"]["current"] == 1
    swiped = preview.run(tmp_path / "out", "pages/home/home", actions=[
        {"event": {"selector": "swiper"}, "type": "change", "detail": {"current": 2, "source": "touch"}}])
    assert "moved 1" in swiped.text
    assert '<swiper indicator-dots="{{true}}"' in (tmp_path / "out" / "pages/home/home.wxml").read_text(encoding="utf-8")


def test_metadata_lists_held_in_constants_are_read_as_angular_reads_them(tmp_path):
    """`const imports = [IonText]; @Component({ imports })` was an internal error (PWX901 "'Ref' object is not
    iterable") on every component of Dani3l1618/el_mandado, which then had no pages; an NgModule's imports in a
    constant (with its RouterModule.forChild) and its bootstrap list in one are read the same way."""
    case = Case("<ion-text>shorthand imports</ion-text>", ["shorthand imports"], "",
                "import { IonText } from '@ionic/angular/standalone';\nconst imports = [IonText];\n",
                "imports,",
                files={"src/app/app.routes.ts": "import { HomePage } from './home/home.page';\n"
                                                "export const routes = [{ path: '', component: HomePage },\n"
                                                "  { path: 'feat', loadChildren: () => import('./feat.module')"
                                                ".then(m => m.FeatModule) }];\n",
                       "src/app/feat.module.ts": "import { Component, NgModule } from '@angular/core';\n"
                                                 "import { RouterModule } from '@angular/router';\n"
                                                 "@Component({ selector: 'app-feat', standalone: false, "
                                                 "template: '<p>the feature</p>' })\nexport class FeatPage {}\n"
                                                 "const IMPORTS = [RouterModule.forChild([{ path: '', component: "
                                                 "FeatPage }])];\n"
                                                 "@NgModule({ imports: IMPORTS, declarations: [FeatPage] })\n"
                                                 "export class FeatModule {}\n"})
    result, shown = opened(tmp_path, case)
    assert [d for d in result.diagnostics.items if d.code.startswith("PWX9")] == []
    assert "shorthand imports" in shown.text
    app = json.loads((tmp_path / "out" / "app.json").read_text(encoding="utf-8"))
    pages = app["pages"] + [f"{p['root']}/{page}" for p in app.get("subPackages", []) for page in p["pages"]]
    feat = next(page for page in pages if "feat" in page)
    assert "the feature" in preview.run(tmp_path / "out", feat).text


TAB_PAGES = {"src/app/ab.page.ts": "import { Component } from '@angular/core';\n"
                                  "@Component({ selector: 'app-a', standalone: true, template: '<p>page a</p>' })\n"
                                  "export class APage {}\n"
                                  "@Component({ selector: 'app-b', standalone: true, template: '<p>page b</p>' })\n"
                                  "export class BPage {}\n"}


def tab_case(template: str, routes: str) -> Case:
    """A home page of ``template`` (IonicModule, RouterModule) among pages a and b, routed by ``routes``."""
    return Case(template, [], "", "import { IonicModule } from '@ionic/angular';\n"
                "import { RouterModule } from '@angular/router';\n", "imports: [IonicModule, RouterModule],",
                files={**TAB_PAGES, "src/app/app.routes.ts": "import { HomePage } from './home/home.page';\n"
                                                             "import { APage, BPage } from './ab.page';\n"
                                                             f"export const routes = {routes};\n"})


def test_a_pages_own_tab_bar_of_links_is_drawn_on_it(tmp_path):
    """Abbasjalili/Andokala-Ionic-NEW-APP's pages draw an <ion-tabs> in their footer whose buttons are routerLinks to
    other pages, with no child routes: each such page was taken for a tabs shell and left out (13 of its 17 pages,
    its start page among them). It is a page, and its bar is drawn on it; a tap follows the link."""
    case = tab_case('<ion-content>Hi home</ion-content><ion-footer><ion-toolbar><ion-tabs><ion-tab-bar slot="bottom">'
                    '<ion-tab-button [routerDirection]="\'root\'" [routerLink]="[\'/b\']"><ion-label>To B'
                    '</ion-label></ion-tab-button><ion-tab-button routerLink="/home"><ion-label>Home</ion-label>'
                    '</ion-tab-button></ion-tab-bar></ion-tabs></ion-toolbar></ion-footer>',
                    "[{ path: 'home', component: HomePage }, { path: 'a', component: APage }, "
                    "{ path: 'b', component: BPage }]")
    result, shown = opened(tmp_path, case, [{"tap": "To B"}])
    assert [d.message for d in result.diagnostics.items if d.code in ("PWX104", "PWX406")] == []
    app = json.loads((tmp_path / "out" / "app.json").read_text(encoding="utf-8"))
    assert "pages/home/home" in app["pages"] and "tabBar" not in app
    assert shown.route != "pages/home/home" and "page b" in shown.text
    assert "Hi home" in preview.run(tmp_path / "out", "pages/home/home").text


def guarded_case(component: str, routes: str) -> Case:
    """A home page (its class body ``component``) among pages a and b, routed by ``routes``, the code of app.routes.ts
    after its imports of inject, Router and the pages."""
    return Case("<p>home</p>", [], component,
                files={**TAB_PAGES, "src/app/app.routes.ts":
                       "import { inject } from '@angular/core';\nimport { Router } from '@angular/router';\n"
                       "import { HomePage } from './home/home.page';\nimport { APage, BPage } from './ab.page';\n"
                       + routes})


def test_a_guard_that_navigates_and_allows_lets_the_newer_navigation_win(tmp_path):
    """enrique-lozano/Monekin's IntroGuard calls `router.navigateByUrl('/intro')` and returns true: a page WeChat
    opened itself was still made (its ngOnInit and view hooks ran on data the intro sets up, then it was replaced).
    As in Angular, the guard's navigation supersedes the first one: the page is not made."""
    case = guarded_case("ngOnInit() { throw new Error('the guarded page was made'); }",
                        "export const introGuard = () => { inject(Router).navigateByUrl('/a'); return true; };\n"
                        "export const routes = [{ path: 'home', component: HomePage, canActivate: [introGuard] }, "
                        "{ path: 'a', component: APage }, { path: '', redirectTo: 'home', pathMatch: 'full' }];\n")
    result, shown = opened(tmp_path, case)
    assert shown.errors == [], shown.errors
    assert shown.route == "pages/ab/ab" and "page a" in shown.text


def test_guards_written_in_the_route_run(tmp_path):
    """`canActivate: [() => inject(Auth).ok()]` and `[hasRole('admin')]`, guards written in the route (what PWX432's
    own hint suggests), were dropped without a word: the page opened without them. The route's file exports each
    under a name of its own, which the route table runs: a refusal that names a URL redirects, one that allows
    opens."""
    case = guarded_case("", "const hasRole = (role: string) => () => role === 'admin';\n"
                            "export const routes = [{ path: 'home', component: HomePage, canActivate: "
                            "[hasRole('admin'), () => inject(Router).parseUrl('/b')] },\n"
                            "  { path: 'a', component: APage, canActivate: [hasRole('admin'), () => true, ...[]] },\n"
                            "  { path: 'b', component: BPage },\n"
                            "  { path: '', redirectTo: 'home', pathMatch: 'full' }];\n")
    result, shown = opened(tmp_path, case)
    assert [d for d in result.diagnostics.items if d.severity == "error"] == []
    assert shown.errors == [], shown.errors
    assert shown.route == "pages/ab-b-page/ab-b-page" and "page b" in shown.text
    allowed = preview.run(tmp_path / "out", "pages/ab/ab")
    assert allowed.route == "pages/ab/ab" and "page a" in allowed.text


def test_a_tab_button_whose_tab_names_no_route_follows_its_router_link(tmp_path):
    """Mateoilr/salud360's tab buttons name tabs no child route has, and route by their routerLink, as Ionic follows
    it on a tap: they were left out of the tab bar (PWX406), and with one tab left, the bar (PWX407)."""
    case = tab_case('<ion-tabs><ion-tab-bar slot="bottom"><ion-tab-button tab="inicio" routerLink="/home/a">'
                    '<ion-label>A</ion-label></ion-tab-button><ion-tab-button tab="otro" [routerLink]="[\'/b\']">'
                    '<ion-label>B</ion-label></ion-tab-button><ion-tab-button routerLink="/nowhere">'
                    '<ion-label>C</ion-label></ion-tab-button></ion-tab-bar></ion-tabs>',
                    "[{ path: 'home', component: HomePage, children: [{ path: 'a', component: APage }] }, "
                    "{ path: 'b', component: BPage }]")
    result = convert(workspace(tmp_path / "app", case), tmp_path / "out")
    assert [d.message for d in result.diagnostics.items if d.code in ("PWX406", "PWX407")] == [
        "tab '/nowhere' does not lead to a page"]
    app = json.loads((tmp_path / "out" / "app.json").read_text(encoding="utf-8"))
    assert [(tab["pagePath"], tab["text"]) for tab in app["tabBar"]["list"]] == [
        ("pages/ab/ab", "A"), ("pages/ab-b-page/ab-b-page", "B")]


def test_a_package_that_draws_on_the_dom_is_named_where_it_is_imported(tmp_path):
    """CyrilLeblanc/Tagatram's Leaflet map was blank without a word (its `L.map('map')` ran on the inert document);
    the import of a package whose work needs what a mini program has not is reported there, with what to do."""
    case = Case("<div id='map'></div><p>{{ shown }}</p>", ["map set"],
                "shown = '';\nngOnInit() { L.map('map').setView([45, 5], 13); this.shown = 'map set'; }",
                "import * as L from 'leaflet';\n", warnings={"PWX305"},
                packages={"leaflet": {"package.json": json.dumps({"name": "leaflet", "main": "leaflet.js"}),
                                      "leaflet.js": "exports.map = function (id) { var m = { setView: function () "
                                                    "{ return m; } }; return m; };\n"}})
    result, shown = opened(tmp_path, case)
    assert shown.errors == [] and "map set" in shown.text
    said = [(d.code, d.message, d.hint) for d in result.diagnostics.items if "leaflet" in d.message]
    assert said == [("PWX305", "'leaflet' draws its maps on the page's DOM, which a mini program has not: it runs, "
                     "but what it draws does not show", modules.MAP_HINT)]


def test_a_bluetooth_plugin_on_web_bluetooth_is_named_where_it_is_imported(tmp_path):
    """Mukopaje/up-zpos's print service calls `BleClient.initialize()` of @capacitor-community/bluetooth-le, whose web
    implementation needs Web Bluetooth: it rejected on all 38 pages without a word at conversion. It is reported where
    it is imported, with WeChat's own Bluetooth API to use instead."""
    ble = {"package.json": json.dumps({"name": "@capacitor-community/bluetooth-le", "main": "index.js"}),
           "index.js": "var web = { initialize: function () { return Promise.reject(new Error("
                       "'Web Bluetooth API not available in this browser.')); } };\n"
                       "var plugin = registerPlugin('BluetoothLe', { web: function () { return web; } });\n"
                       "function registerPlugin(name, impl) { return impl.web(); }\n"
                       "exports.BleClient = plugin;\n"}
    case = Case("<p>printer</p>", ["printer"], "ngOnInit() { BleClient.initialize().catch(() => {}); }",
                "import { BleClient } from '@capacitor-community/bluetooth-le';\n", warnings={"PWX305"},
                packages={"@capacitor-community/bluetooth-le": ble})
    result, shown = opened(tmp_path, case)
    assert shown.errors == [] and "printer" in shown.text
    assert [(d.code, d.message) for d in result.diagnostics.items if "bluetooth" in d.message] == [
        ("PWX305", "'@capacitor-community/bluetooth-le' runs on its web implementation, Web Bluetooth "
                   "(navigator.bluetooth), which a mini program has not: its calls reject, as in a browser without "
                   "Web Bluetooth")]


def test_an_ionic_controls_event_reaches_the_wrapper_that_listens_to_it(tmp_path):
    """monsieurlamah/IonicHotelManagementApp listens to (ionChange) on the ion-item around its ion-select, as Ionic's
    events bubble: it never fired (PWX104). The control's event runs its own handler, then its ancestors'."""
    case = Case('<ion-list (ionChange)="log = log + \' list\'"><ion-item (ionChange)="log = log + \' item \' + '
                '$event.detail.checked"><ion-toggle (ionChange)="log = log + \' toggle\'"></ion-toggle></ion-item>'
                '</ion-list><p>log:{{ log }}</p>', ["log: toggle item true list"], "log = '';",
                "import { IonicModule } from '@ionic/angular';\n", "imports: [IonicModule],")
    result, shown = opened(tmp_path, case, [{"event": {"selector": "switch"}, "type": "change",
                                             "detail": {"value": True}}])
    assert [d for d in result.diagnostics.items if d.code == "PWX104"] == []
    assert "log: toggle item true list" in shown.text, shown.text


def test_the_apps_own_attribute_directive_is_made_and_hears_its_elements_events(tmp_path):
    """An app's `@Directive({ selector: '[appMark]' })` on an element was never made (sergiubalauca/task-logger-app's
    long-press and throttled buttons did nothing, and nothing said so): it is made with the element, gets its inputs
    (the selector's own binding too), runs its hooks, its @HostListener('click') hears the element's taps, before the
    element's own (click), what its @Output emits reaches the template's handler, and its @HostBinding('class.x')
    gives the element its class. Another directive on the element injects it, and the same element
    (franciscochagas13/ppgti-projeto-dengue's ngx-leaflet layers inject LeafletDirective: NG0201)."""
    case = Case('<p appMarkCount [appMark]="color" markLabel="x" (click)="taps = taps + 1" (marked)="got = $event">'
                'tap me</p>'
                '<ion-button (click)="color = \'blue\'">Blue</ion-button>'
                "<p>{{ log.entries.join(' ') }}; taps {{ taps }}; got {{ got }}</p>", [],
                "color = 'red'; taps = 0; got = '';\nconstructor(public log: MarkLog) {}",
                "import { IonButton } from '@ionic/angular/standalone';\n"
                "import { MarkCountDirective, MarkDirective, MarkLog } from '../mark.directive';\n",
                "imports: [IonButton, MarkDirective, MarkCountDirective],",
                files={"src/app/mark.directive.ts":
                       "import { Directive, ElementRef, EventEmitter, HostBinding, HostListener, Injectable, Input, "
                       "OnChanges, OnInit, "
                       "Output, SimpleChanges } from '@angular/core';\n"
                       "@Injectable({ providedIn: 'root' })\nexport class MarkLog { entries: string[] = []; }\n"
                       "@Directive({ selector: '[appMarkCount]', standalone: true })\n"
                       "export class MarkCountDirective {\n"
                       "  constructor(mark: MarkDirective, log: MarkLog, el: ElementRef) { log.entries.push('sibling ' "
                       "+ (mark instanceof MarkDirective) + ' ' + (el.nativeElement === mark.element)); }\n}\n"
                       "@Directive({ selector: '[appMark]', standalone: true })\n"
                       "export class MarkDirective implements OnChanges, OnInit {\n"
                       "  @Input() appMark = ''; @Input() markLabel = ''; @Output() marked = new EventEmitter<string>();\n"
                       "  @HostBinding('class.marked') get isMarked() { return this.appMark === 'blue'; }\n"
                       "  constructor(private el: ElementRef, private log: MarkLog) {}\n"
                       "  get element() { return this.el.nativeElement; }\n"
                       "  ngOnChanges(c: SimpleChanges) { this.log.entries.push('changes:' + Object.keys(c).sort().join('+')"
                       " + '=' + this.appMark); }\n"
                       "  ngOnInit() { this.log.entries.push('init ' + this.el.nativeElement.tagName + ' ' + this.markLabel); }\n"
                       "  @HostListener('click', ['$event']) tapped(e: Event) { this.log.entries.push('click ' + !!e); "
                       "this.marked.emit('m1'); }\n}\n"})
    _, shown = opened(tmp_path, case, [{"tap": "tap me"}, {"tap": "Blue"}])
    assert shown.errors == []
    assert "changes:appMark+markLabel=red init P x sibling true true click true changes:appMark=blue; taps 1; got m1" \
        in shown.text
    assert "marked" in holding(shown.tree, "tap me")["attr"]["class"].split()


def test_an_output_a_child_emits_during_change_detection_does_not_recurse(tmp_path):
    """leaderinyou2025/ydms-ionic-app's emotion picker emits its @Output in ngDoCheck: the parent's listener ticked
    again inside the tick, without end ("Maximum call stack size exceeded"). It is one more pass after the tick."""
    case = Case('<app-kid (changed)="seen = seen + 1"></app-kid><ion-button (click)="tap()">Tap</ion-button>'
                '<p>{{ seen > 0 ? "seen" : "not seen" }}, tapped {{ taps }}</p>', [],
                "seen = 0;\ntaps = 0;\ntap() { this.taps++; }", "import { KidComponent } from '../kid.component';\n",
                "imports: [KidComponent],",
                files={"src/app/kid.component.ts":
                       "import { Component, DoCheck, EventEmitter, Output } from '@angular/core';\n"
                       "@Component({ selector: 'app-kid', standalone: true, template: '<p>kid</p>' })\n"
                       "export class KidComponent implements DoCheck { @Output() changed = new EventEmitter<number>();\n"
                       "  ngDoCheck() { this.changed.emit(1); } }\n"})
    _, shown = opened(tmp_path, case, [{"tap": "Tap"}])
    assert [e for e in shown.errors if "call stack" in e["message"]] == []
    assert "seen, tapped 1" in shown.text, (shown.text, shown.errors)


def test_slides_follow_their_reference_and_swipes(tmp_path):
    """Swiper element's `.swiper` (sergiubalauca/task-logger-app, ydms-ionic-app) and ion-slides' methods (14 of the
    real apps call slideNext()/slideTo()/getActiveIndex()) did nothing: the swiper showed its first slide whatever
    the code did, and `.swiper` was undefined. The slide shown is the view's; a swipe sets it and runs the outputs."""
    case = Case('<swiper-container #sw (swiperslidechange)="changed($event)">'
                '<swiper-slide *ngFor="let s of slides">{{ s }}</swiper-slide></swiper-container>'
                '<ion-slides #old (ionSlideDidChange)="oldChanged()"><ion-slide>a</ion-slide><ion-slide>b</ion-slide>'
                '</ion-slides><ion-button (click)="next()">Next</ion-button><p>{{ shown }}</p>', [],
                "@ViewChild('sw') sw!: ElementRef;\n@ViewChild('old') old!: any;\nslides = ['one', 'two', 'three'];\n"
                "shown = '';\nheard = 0;\n"
                "ngAfterViewInit() { this.sw.nativeElement.swiper.on('slideChange', () => this.heard++); }\n"
                "async next() { const swiper = this.sw.nativeElement.swiper; swiper.slideNext(); await this.old.slideNext();\n"
                "  this.shown = 'at ' + swiper.activeIndex + (swiper.isEnd ? ' (end)' : '') + ', old at '\n"
                "    + await this.old.getActiveIndex() + ' of ' + await this.old.length(); }\n"
                "changed(e: any) { this.shown = 'swiped to ' + e.detail[0].activeIndex + ', heard ' + this.heard; }\n"
                "async oldChanged() { this.shown += ', old swiped to ' + await this.old.getActiveIndex(); }",
                "import { ElementRef, ViewChild } from '@angular/core';\n", warnings={"PWX302"})
    _, shown = opened(tmp_path, case, [
        {"tap": "Next"}, {"tap": "Next"},
        {"event": {"selector": "swiper"}, "type": "change", "detail": {"current": 0, "source": "touch"}},
        {"event": {"selector": "swiper", "index": 1}, "type": "change", "detail": {"current": 0, "source": "touch"}}])
    assert shown.errors == []
    assert [step["text"].split("\n")[-1] for step in shown.steps] == [
        "at 1, old at 1 of 2", "at 2 (end), old at 1 of 2", "swiped to 0, heard 1", "swiped to 0, heard 1, old swiped to 0"]
    swipers = [n for n in shown.tree if isinstance(n, dict) and n["tag"] == "swiper"]
    assert [s["attr"].get("current") for s in swipers] == [0, 0]
