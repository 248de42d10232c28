"""The stable diagnostic codes: one row per code, its default severity and what it means.

Ranges: PWX1xx templates, PWX2xx styles, PWX3xx scripts, PWX4xx project/routes/config, PWX5xx login,
PWX9xx internal errors (a bug in pwa2wx, caught at the unit of work it happened in: see pwa2wx.diagnostics.faults).
A code's meaning never changes once released; README's table is checked against this one by a test.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from pwa2wx.diagnostics import Severity


class Code(NamedTuple):
    severity: Severity
    summary: str


CODES: dict[str, Code] = {
    # templates
    "PWX101": Code("error", "template syntax error"),
    "PWX102": Code("error", "template expression syntax error"),
    "PWX103": Code("warning", "unknown element: rendered as a view that keeps its children"),
    "PWX104": Code("warning", "template construct not converted"),
    "PWX105": Code("info", "template construct converted approximately"),
    "PWX106": Code("warning", "[innerHTML] rendered with rich-text"),
    "PWX107": Code("warning", "ion-icon without an Ionicons image"),
    "PWX108": Code("error", "WXML rejected by WeChat's compiler (wcc)"),
    "PWX109": Code("error", "WXML markup broken in a way wcc lets through (unclosed, stray, leftover binding text)"),
    # styles
    "PWX201": Code("error", "SCSS/CSS syntax error"),
    "PWX202": Code("warning", "selector not supported by WXSS: rule dropped"),
    "PWX203": Code("info", "stylesheet import skipped (not found without node_modules)"),
    "PWX204": Code("warning", "style construct converted approximately"),
    "PWX205": Code("warning", "asset referenced from a stylesheet not found"),
    "PWX206": Code("error", "WXSS rejected by WeChat's compiler (wcsc)"),
    "PWX207": Code("warning", "CSS at-rule not supported by WXSS: dropped"),
    "PWX208": Code("info", "stylesheet file loaded from [assets] base_url: upload it there"),
    "PWX209": Code("warning", "Tailwind CSS not run: its utility classes are missing"),
    "PWX210": Code("info", "global style rules that no class of the app can match are left out"),
    "PWX211": Code("info", "large stylesheet image inlined as a smaller copy"),
    # scripts
    "PWX301": Code("error", "TypeScript syntax error"),
    "PWX302": Code("warning", "DOM access has no equivalent in a mini program"),
    "PWX303": Code("warning", "import not resolved"),
    "PWX304": Code("warning", "npm packages missing: node_modules not installed"),
    "PWX305": Code("warning", "browser or native API without a wx equivalent"),
    "PWX306": Code("info", "API mapped approximately onto wx"),
    "PWX307": Code("info", "TypeScript/JavaScript construct lowered approximately"),
    "PWX308": Code("warning", "TypeScript/JavaScript construct not converted"),
    "PWX309": Code("error", "converted JavaScript is not ES2017 (esprima rejects it)"),
    "PWX310": Code("warning", "Angular metadata not understood"),
    "PWX311": Code("error", "rxjs, which Angular and the runtime need, is not installed"),
    # project, routes, config
    "PWX401": Code("error", "configuration error"),
    "PWX402": Code("error", "Angular workspace not readable"),
    "PWX403": Code("error", "several Angular projects: choose one with --project"),
    "PWX404": Code("error", "routed component not found"),
    "PWX405": Code("error", "template or style file not found"),
    "PWX406": Code("warning", "route not converted"),
    "PWX407": Code("warning", "tab bar adjusted to WeChat's limits"),
    "PWX408": Code("warning", "package size over WeChat's limit"),
    "PWX409": Code("info", "routes moved into a subpackage"),
    "PWX410": Code("error", "output directory refused"),
    "PWX411": Code("warning", "app shell content not converted"),
    "PWX412": Code("info", "no routes found: every page component becomes a page"),
    "PWX413": Code("info", "assets not referenced by the app are left out of the package"),
    "PWX414": Code("error", "mini program folder inconsistent (app.json, page files, tab bar)"),
    "PWX415": Code("warning", "WeChat's official compilers not available"),
    "PWX416": Code("warning", "project file not readable (tsconfig.json, package.json): its settings are ignored"),
    "PWX417": Code("warning", "component metadata that is not a literal is not read"),
    "PWX418": Code("error", "asset outside the project or the output folder: not copied"),
    "PWX419": Code("info", "files the app never imports are left out, as ng build leaves them out"),
    "PWX420": Code("info", "components nothing shows (no route, element or code that opens them) are left out"),
    "PWX421": Code("info", "large assets load from [assets] base_url instead of the package"),
    "PWX422": Code("warning", "a script the PWA loads (index.html, angular.json scripts) is not run"),
    "PWX423": Code("warning", "images and audio in the package add up to over 200 KB (WeChat's code quality scan)"),
    "PWX424": Code("info", "[assets] compress re-encoded PNG and JPEG assets smaller"),
    "PWX425": Code("warning", "a [webview] route leads to no page of the app"),
    "PWX426": Code("info", "pages shown as the deployed PWA in a <web-view>"),
    "PWX427": Code("warning", "a page that cannot convert is shown as the deployed PWA in a <web-view> (fallback)"),
    "PWX428": Code("error", "mini program rejected by WeChat DevTools' compile (miniprogram-ci)"),
    "PWX429": Code("warning", "an item of WeChat DevTools' code quality scan fails"),
    "PWX430": Code("info", "a file DevTools' analysis sees nothing load is kept: the app names it at run time"),
    "PWX431": Code("info", "script assets (Web Workers, script tags) are left out: a mini program cannot load them"),
    "PWX432": Code("warning", "a route guard that is a package's class is not run: the page opens without it"),
    # login
    "PWX501": Code("warning", "web login flow detected: replace with the injected WeChat login"),
    "PWX502": Code("error", "login configuration incomplete"),
    "PWX503": Code("warning", "login or API origin is not https: WeChat refuses it outside DevTools"),
    "PWX504": Code("info", "origins to add to the mini program's request domain list"),
    # internal errors: a bug in pwa2wx, confined to the unit it happened in
    "PWX901": Code("error", "internal error while reading a source file: it is left out"),
    "PWX902": Code("error", "internal error while planning pages and routes"),
    "PWX903": Code("error", "internal error while compiling a template: a placeholder is written"),
    "PWX904": Code("error", "internal error while compiling a stylesheet: it is left out"),
    "PWX905": Code("error", "internal error while compiling a module: it throws when loaded"),
    "PWX906": Code("error", "internal error while packing an npm package file: it throws when loaded"),
    "PWX907": Code("error", "internal error while writing a page's or component's files: a placeholder is written"),
    "PWX908": Code("error", "internal error while copying an asset or icon: it is left out"),
    "PWX909": Code("error", "internal error while checking converted JavaScript"),
    "PWX999": Code("error", "internal error that stopped the command"),
}
