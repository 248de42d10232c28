"""Where each import goes, and which browser names the app may not use as is: tables, not code paths.

``locate`` answers for one specifier, in this order: the runtime table (Angular, Ionic, Capacitor …
are played by ``adapters/runtime``), dropped modules (zone.js …), project files (relative or tsconfig
``paths``), then third-party packages through the npm resolver (``pwa2wx.script.npm``). Paths are relative to
the output root; the compiler turns them into relative ``require`` paths.
"""

from __future__ import annotations

import functools
import json
import os
import posixpath
import re
from collections.abc import Callable
from pathlib import Path

from pwa2wx.output.layout import NPM, RUNTIME, adapters_dir
from pwa2wx.workspace.model import Project
from pwa2wx.workspace.symbols import resolve_import, specifier_paths

# Not packages: the names compiled code asks its resolver for to reach the runtime's web shims, and the require
# that stands in for modules that are missing or fail to load.
WEB_SPECIFIER = "@pwa2wx/runtime/web"
GLOBALS_SPECIFIER = "@pwa2wx/runtime/globals"
TIMERS_SPECIFIER = "@pwa2wx/runtime/timers"
REQUIRE_SPECIFIER = "@pwa2wx/runtime/require"
WORKER_SPECIFIER = "@pwa2wx/runtime/worker"  # where a compiled Web Worker script registers (script/workers.py)
INDEXEDDB_SPECIFIER = "@pwa2wx/runtime/indexeddb"
DIGEST_SPECIFIER = "@pwa2wx/runtime/digest"

# specifier -> runtime module (relative to pwa2wx/runtime/). The runtime ships exactly these files.
RUNTIME_MODULES: dict[str, str] = {
    WEB_SPECIFIER: "web.js",
    GLOBALS_SPECIFIER: "globals.js",
    TIMERS_SPECIFIER: "timers.js",
    REQUIRE_SPECIFIER: "require.js",
    WORKER_SPECIFIER: "worker.js",
    INDEXEDDB_SPECIFIER: "indexeddb.js",
    DIGEST_SPECIFIER: "digest.js",
    "@angular/core": "angular/core.js",
    "@angular/core/rxjs-interop": "angular/core.js",
    "@angular/common": "angular/common.js",
    "@angular/common/http": "angular/http.js",
    "@angular/router": "angular/router.js",
    "@angular/forms": "angular/forms.js",
    "@angular/platform-browser": "angular/platform-browser.js",
    "@angular/platform-browser-dynamic": "angular/platform-browser.js",
    "@angular/platform-browser/animations": "angular/animations.js",
    "@angular/animations": "angular/animations.js",
    "@angular/service-worker": "angular/service-worker.js",
    "@ionic/angular": "ionic/angular.js",
    "@ionic/angular/standalone": "ionic/angular.js",
    "@ionic/angular/common": "ionic/angular.js",
    "@ionic/angular/lazy": "ionic/angular.js",
    "@ionic/core": "ionic/angular.js",
    "@ionic/storage": "ionic/storage.js",
    "@ionic/storage-angular": "ionic/storage.js",
    "ionicons": "ionic/icons.js",
    "ionicons/icons": "ionic/icons.js",
    "pwa2wx/login": "../login/index.js",  # the login adapter's AuthService (docs/internals.md "Login adapter")
    "@ionic/pwa-elements": "ionic/pwa-elements.js",
    "@ionic/pwa-elements/loader": "ionic/pwa-elements.js",
    "@ionic/core/loader": "ionic/pwa-elements.js",
    "@capacitor-community/keep-awake": "capacitor/keep-awake.js",
    "@angular/material/dialog": "material/dialog.js",
    "zone.js": "zone-loaded.js",  # its Zone on the window from here on (its other entry points are DROPPED)
    "zone.js/dist/zone": "zone-loaded.js",
}

# Runtime modules cut by feature: an import of a name listed here requires the small file that defines it, so that
# `import { IonicModule } from '@ionic/angular'` does not ship the overlay controllers, nor `FormsModule` the form
# model. Names not listed take the module's rest part (RUNTIME_REST) if it has one, else, as `import * as` does, the
# whole module, which has every part's names besides its own.
# tests/test_runtime_parts.py holds each part to its names and to the whole module's objects.
RUNTIME_PARTS: dict[str, dict[str, tuple[str, ...]]] = {
    "ionic/angular.js": {
        "ionic/module.js": ("IonicModule", "provideIonicAngular", "IonicRouteStrategy"),
        "ionic/config.js": ("Config",),
        "ionic/platform.js": ("Platform", "getPlatforms", "isPlatform"),
        "ionic/overlays.js": ("AlertController", "ActionSheetController", "ToastController", "LoadingController",
                              "ModalController", "PopoverController", "PickerController", "NavParams", "IonNav"),
        "ionic/menus.js": ("MenuController", "menuController"),
        "ionic/navigation.js": ("NavController", "IonRouterOutlet", "IonTabs"),
        "ionic/animations.js": ("DomController", "AnimationController", "GestureController", "createAnimation",
                                "createGesture", "iosTransitionAnimation", "mdTransitionAnimation"),
        "ionic/components.js": ("IonicSafeString", "IonicSlides", *"""
            IonAccordion IonAccordionGroup IonActionSheet IonAlert IonApp IonAvatar IonBackButton IonBackdrop IonBadge
            IonBreadcrumb IonBreadcrumbs IonButton IonButtons IonCard IonCardContent IonCardHeader IonCardSubtitle
            IonCardTitle IonCheckbox IonChip IonCol IonContent IonDatetime IonDatetimeButton IonFab IonFabButton
            IonFabList IonFooter IonGrid IonHeader IonIcon IonImg IonInfiniteScroll IonInfiniteScrollContent IonInput
            IonInputPasswordToggle IonItem IonItemDivider IonItemGroup IonItemOption IonItemOptions IonItemSliding
            IonLabel IonList IonListHeader IonLoading IonMenu IonMenuButton IonMenuToggle IonModal IonNavLink
            IonNote IonPicker IonPickerColumn IonPickerColumnOption IonPickerLegacy IonPopover IonProgressBar IonRadio
            IonRadioGroup IonRange IonRefresher IonRefresherContent IonReorder IonReorderGroup IonRippleEffect
            IonRouterLink IonRouterLinkWithHref IonRow IonSearchbar IonSegment IonSegmentButton IonSegmentContent
            IonSegmentView IonSelect IonSelectModal IonSelectOption IonSkeletonText IonSpinner IonSplitPane IonTab
            IonTabBar IonTabButton IonText IonTextarea IonThumbnail IonTitle IonToast IonToggle IonToolbar
            BooleanValueAccessor NumericValueAccessor SelectValueAccessor TextValueAccessor RouterLinkDelegate
            RouterLinkWithHrefDelegate IonMaxValidator IonMinValidator""".split()),
    },
    "angular/core.js": {
        "angular/core/signals.js": ("signal", "computed", "linkedSignal", "resource", "rxResource", "effect",
                                    "untracked", "isSignal", "input", "model", "viewChild", "viewChildren",
                                    "contentChild", "contentChildren",
                                    "takeUntilDestroyed", "toSignal", "toObservable", "outputFromObservable",
                                    "outputToObservable", "pendingUntilEvent", "PendingTasks",
                                    "ExperimentalPendingTasks", "booleanAttribute",
                                    "numberAttribute"),
        "angular/core/inputs.js": ("OutputEmitterRef", "output"),
        "angular/core/renderer.js": ("Renderer2", "RendererFactory2", "RendererStyleFlags2"),
        "angular/core/dynamic.js": ("createComponent", "ComponentRef", "ViewContainerRef", "ComponentFactoryResolver"),
        "angular/core/libraries.js": ("Component", "Directive", "Pipe", "Injectable", "NgModule", *"""
            ɵɵngDeclareFactory ɵɵngDeclareInjectable ɵɵFactoryTarget ɵɵngDeclareInjector ɵɵngDeclareNgModule
            ɵɵngDeclarePipe ɵɵngDeclareDirective ɵɵngDeclareComponent ɵɵngDeclareClassMetadata
            ɵɵngDeclareClassMetadataAsync ɵɵdefineInjectable ɵɵdefineInjector ɵɵdefineNgModule ɵɵdefinePipe
            ɵɵdefineDirective ɵɵdefineComponent ɵɵinject ɵɵdirectiveInject ɵɵinjectAttribute ɵɵinvalidFactory
            ɵɵgetInheritedFactory ɵɵInheritDefinitionFeature ɵɵNgOnChangesFeature ɵɵProvidersFeature
            ɵɵStandaloneFeature ɵɵsetClassMetadata ɵɵsetNgModuleScope ɵɵsetComponentScope""".split()),
    },
    "angular/forms.js": {
        "angular/forms/module.js": ("FormsModule", "ReactiveFormsModule", "NG_VALUE_ACCESSOR", "NG_VALIDATORS",
                                    "NG_ASYNC_VALIDATORS", *"""
            NgModelGroup FormGroupDirective FormControlDirective FormControlName FormGroupName FormArrayName
            DefaultValueAccessor CheckboxControlValueAccessor SelectControlValueAccessor NumberValueAccessor
            RadioControlValueAccessor RequiredValidator EmailValidator MinLengthValidator MaxLengthValidator
            PatternValidator NgControlStatus NgControlStatusGroup NgSelectOption""".split()),
    },
    "angular/common.js": {
        "angular/common/module.js": ("CommonModule", "NgIf", "NgFor", "NgForOf", "NgClass", "NgStyle", "NgSwitch",
                                     "NgSwitchCase", "NgSwitchDefault", "NgTemplateOutlet", "NgComponentOutlet",
                                     "NgPlural", "NgPluralCase", "NgOptimizedImage", "DOCUMENT"),
        "angular/common/pipes.js": ("DatePipe", "UpperCasePipe", "LowerCasePipe", "TitleCasePipe", "SlicePipe",
                                    "JsonPipe", "KeyValuePipe", "I18nPluralPipe", "I18nSelectPipe", "formatDate"),
        "angular/common/number-pipes.js": ("DecimalPipe", "CurrencyPipe", "PercentPipe", "formatNumber",
                                           "formatPercent"),
        "angular/common/async-pipe.js": ("AsyncPipe",),
        "angular/common/locale.js": ("registerLocaleData", "FormStyle", "TranslationWidth", "FormatWidth", "WeekDay",
                                     "NumberSymbol", "NumberFormatStyle", "Plural", *"""
            getLocaleId getLocaleDayPeriods getLocaleDayNames getLocaleMonthNames getLocaleEraNames
            getLocaleFirstDayOfWeek getLocaleWeekEndRange getLocaleDateFormat getLocaleTimeFormat
            getLocaleDateTimeFormat getLocaleNumberSymbol getLocaleNumberFormat getLocaleCurrencyCode
            getLocaleCurrencySymbol getLocaleCurrencyName getLocaleDirection getLocalePluralCase""".split()),
    },
}
# The part that has every other name of its module (the module's own part aside from its parts above).
RUNTIME_REST = {"angular/core.js": "angular/core/base.js"}
_PART_OF = {module: {name: part for part, names in parts.items() for name in names}
            for module, parts in RUNTIME_PARTS.items()}
PART_PREFIX = "@pwa2wx/runtime/"  # a part's specifier: the prefix, then its path without .js

# Cordova plugin wrappers the runtime plays: <name> of @awesome-cordova-plugins/<name> (and its ngx entry), the
# same under @ionic-native/ -> runtime file.
CORDOVA_WRAPPERS = {
    "in-app-browser": "capacitor/in-app-browser.js",
    "geolocation": "capacitor/cordova-geolocation.js",
    "status-bar": "capacitor/cordova-status-bar.js",
    "splash-screen": "capacitor/cordova-splash-screen.js",
    "http": "capacitor/cordova-http.js",
}

# @capacitor/<name> -> capacitor/<name>.js for these plugins; others as NATIVE_PLUGINS below.
CAPACITOR_PLUGINS = (
    "core", "app", "browser", "camera", "clipboard", "device", "dialog", "filesystem", "geolocation", "haptics",
    "keyboard", "network", "preferences", "screen-orientation", "share", "splash-screen", "status-bar", "toast",
)
# Capacitor 3's plugins Capacitor 4 renamed: @capacitor/storage is @capacitor/preferences (its `Storage` export)
CAPACITOR_RENAMED = {"storage": "preferences"}

# Native (Cordova/Capacitor) plugins the runtime does not play: not packed, reported (PWX305); their exports
# are stand-ins (NATIVE_STAND_IN) the app can inject and call, whose calls reject, as on the web without Cordova.
# A Capacitor plugin installed with a web implementation is packed instead and runs it (plugin_module).
NATIVE_PLUGINS = ("@capacitor/", "@capacitor-community/", "@capawesome/", "@capawesome-team/")
NATIVE_STAND_IN = "capacitor/native.js"
# The same for Cordova plugins, whose calls the PWA's browser could not make either (they say so).
CORDOVA_PLUGINS = ("@awesome-cordova-plugins/", "@ionic-native/", "cordova-plugin-")
CORDOVA_STAND_IN = "capacitor/cordova.js"
# An import from the plugins/ folder `cordova prepare` writes (not committed): a Cordova plugin's own code
CORDOVA_PLUGINS_FOLDER = re.compile(r"(^|/)plugins/cordova-plugin-")

# Imported only for their side effects in a browser build; nothing to run in a mini program.
DROPPED = ("zone.js", "@angular/compiler", "@angular/localize/init")

# Packages the runtime itself requires from miniprogram_npm/ (docs/internals.md "rxjs inside the runtime").
RUNTIME_NPM = ("rxjs", "rxjs/operators")
# The names the runtime takes from rxjs (through runtime/rx.js): the packer keeps these and the app's own in
# rxjs's index, and packs only the modules behind them. tests/test_npm.py keeps this in step with adapters/.
RUNTIME_RXJS = frozenset({"BehaviorSubject", "NEVER", "Observable", "Subject", "defer", "filter", "firstValueFrom",
                          "lastValueFrom", "map", "of", "takeUntil", "throwError"})

# Free references to these names become ``<web.js>.<name>`` (docs/internals.md "Web API shims").
WEB_GLOBALS = frozenset({
    "fetch", "Request", "Response", "Headers", "AbortController", "XMLHttpRequest", "localStorage",
    "sessionStorage", "location", "navigator", "window", "document", "Event", "CustomEvent", "EventTarget",
    "AbortSignal", "setTimeout", "setInterval", "self", "CSS", "crypto", "Node", "Element", "HTMLElement",
    "HTMLAnchorElement", "HTMLInputElement", "HTMLImageElement", "HTMLCanvasElement", "HTMLVideoElement",
    "HTMLIFrameElement", "Zone", "getComputedStyle", "screen", "WebSocket", "ErrorEvent", "StorageEvent",
    "DOMException", "URL", "history", "Window",
    "URLSearchParams", "TextEncoder", "TextDecoder", "structuredClone", "queueMicrotask", "atob", "btoa",
    "Blob", "File", "FormData", "FileReader", "Image", "Audio", "HTMLAudioElement", "performance", "Worker",
    "MessageEvent", "BroadcastChannel", "Notification", "DOMParser", "requestAnimationFrame", "cancelAnimationFrame",
    "alert",
    "MutationObserver", "ResizeObserver", "IntersectionObserver",
    "customElements", "postMessage", "scrollTo", "matchMedia", "innerWidth", "innerHeight", "devicePixelRatio",
    "event",
})
# IndexedDB's globals, served by runtime/indexeddb.js (on wx storage), which free references read.
INDEXEDDB_GLOBALS = frozenset({
    "indexedDB", "IDBFactory", "IDBDatabase", "IDBTransaction", "IDBObjectStore", "IDBIndex", "IDBCursor",
    "IDBCursorWithValue", "IDBKeyRange", "IDBRequest", "IDBOpenDBRequest", "IDBVersionChangeEvent",
})
# Runtime parts that only code naming one of their words ships: a module whose code names one (as an identifier, a
# property or in a string) requires the part before it runs, and the part puts what it serves where libraries look for
# it (IndexedDB on the window and the global object, as Dexie's `_global.indexedDB` reads it; crypto.subtle.digest).
REQUIRED_ON_MENTION: dict[str, frozenset[str]] = {
    INDEXEDDB_SPECIFIER: INDEXEDDB_GLOBALS,
    DIGEST_SPECIFIER: frozenset({"subtle"}),
}
# Web globals that are on the window only from some point on (zone.js's Zone, once the app imports zone.js:
# zone-loaded.js): `window.Zone` reads the window, not the shim's export, so that code that must run before zone.js
# finds it not there yet (@rx-angular's zone flags).
WINDOW_LATER = frozenset({"Zone"})
# The web globals runtime/timers.js also serves: code whose only browser globals they are (rxjs's schedulers, in every
# app) requires that file instead of web.js, so an app whose code reads no other browser global ships no web.js.
TIMER_GLOBALS = frozenset({"setTimeout", "setInterval"})
# The web globals runtime/globals.js serves (the events, the document stub, the address, the timers), on which web.js
# builds: code whose browser globals are all among these, and that reads none of the window members WEB_WINDOW
# names, requires that file instead of web.js (the conference app: window events, window.open, CustomEvent).
LIGHT_GLOBALS = frozenset({
    "window", "self", "document", "location", "history", "Event", "CustomEvent", "ErrorEvent", "StorageEvent",
    "DOMException", "EventTarget", "AbortController", "AbortSignal", "setTimeout", "setInterval",
    "MutationObserver", "ResizeObserver", "IntersectionObserver",
})
# The members web.js adds to globals.js's window (tests/test_web_globals.py holds this to the two files).
WEB_WINDOW = frozenset("""
    Array ArrayBuffer Audio BigInt Blob Boolean BroadcastChannel CSS DOMParser DataView Date Element Error
    EvalError File FileReader Float32Array Float64Array FormData Function HTMLAnchorElement HTMLAudioElement
    HTMLCanvasElement HTMLElement HTMLIFrameElement HTMLImageElement HTMLInputElement HTMLVideoElement Headers
    Image Infinity Int16Array Int32Array Int8Array Intl JSON Map Math MessageEvent NaN Node Notification Number
    Object Promise Proxy RangeError ReferenceError Reflect RegExp Request Response Set String Symbol SyntaxError
    TextDecoder TextEncoder TypeError URIError URL URLSearchParams Uint16Array Uint32Array Uint8Array
    Uint8ClampedArray WeakMap WeakSet WebSocket Window Worker XMLHttpRequest alert atob btoa
    cancelAnimationFrame console crypto customElements decodeURI decodeURIComponent devicePixelRatio encodeURI
    encodeURIComponent fetch getComputedStyle innerHeight innerWidth isFinite isNaN localStorage matchMedia
    navigator parseFloat parseInt performance postMessage queueMicrotask requestAnimationFrame screen scrollTo
    sessionStorage structuredClone
""".split())


def web_specifier(names: set[str], window_reads: set[str] | None) -> str:
    """The runtime module that serves compiled code the web globals ``names``, which reads the window members
    ``window_reads`` (None: it hands the window on, so any) (docs/internals.md "Web API shims")."""
    if names <= TIMER_GLOBALS:
        return TIMERS_SPECIFIER
    if names <= LIGHT_GLOBALS and window_reads is not None and not window_reads & WEB_WINDOW:
        return GLOBALS_SPECIFIER
    return WEB_SPECIFIER


# Node's globals that browser apps hand npm code on `window` in their polyfills (`window.global = window`,
# `window.Buffer = Buffer`, `window.process = {...}`), as webpack 5 builds need: free references read them
# there, as in the browser (and are undefined when the app gives none, as in WeChat).
WINDOW_GLOBALS = frozenset({"Buffer", "process", "global"})
# Globals Angular's production build defines (@angular/build's esbuild `define`): Angular's own code reads
# them bare (`ngDevMode && …`, Angular 19's animations/async), and nothing else defines them.
BUILD_CONSTANTS = {"ngDevMode": "false", "ngJitMode": "false", "ngI18nClosureMode": "false"}
# The globals a mini program has (the language's, WeChat's, the module system's): any other free name in a
# package's code is one a browser finds on the window (leaflet-easybutton's `L`, which leaflet put there), and
# reads from the runtime's window.
JS_GLOBALS = frozenset({
    "Object", "Function", "Array", "String", "Number", "Boolean", "Symbol", "BigInt", "Date", "RegExp", "Math",
    "JSON", "Reflect", "Proxy", "Intl", "Promise", "Map", "Set", "WeakMap", "WeakSet", "WeakRef",
    "FinalizationRegistry", "Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError",
    "URIError", "AggregateError", "ArrayBuffer", "SharedArrayBuffer", "DataView", "Atomics", "Int8Array",
    "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "Float32Array",
    "Float64Array", "BigInt64Array", "BigUint64Array", "WebAssembly", "WXWebAssembly", "parseInt", "parseFloat",
    "isNaN", "isFinite", "encodeURI", "encodeURIComponent", "decodeURI", "decodeURIComponent", "escape",
    "unescape", "eval", "undefined", "NaN", "Infinity", "arguments", "globalThis", "console", "setTimeout",
    "clearTimeout", "setInterval", "clearInterval", "require", "module", "exports", "__filename", "__dirname",
    "wx", "getApp", "getCurrentPages", "App", "Page", "Component", "Behavior", "requirePlugin", "__wxConfig",
})
# The globals a Web Worker's script reads as they are (the language's and the engine's); it reads any other from its
# own global scope (runtime/worker.js), as the module system's, the page's and WeChat's are not a worker's: a UMD
# library in the script then takes its browser branch and puts itself on `self` (script/workers.py).
WORKER_LANGUAGE = JS_GLOBALS - {
    "require", "module", "exports", "__filename", "__dirname", "globalThis", "wx", "getApp", "getCurrentPages",
    "App", "Page", "Component", "Behavior", "requirePlugin", "__wxConfig",
}
# Words tree-sitter may hand over as identifiers where it reads past a comment (`new /* … */ class {}`): never
# a global.
RESERVED_WORDS = frozenset({
    "new", "class", "function", "this", "super", "typeof", "void", "delete", "in", "instanceof", "of", "yield",
    "await", "async", "let", "static", "get", "set", "var", "const", "return", "throw", "if", "else", "for",
    "while", "do", "switch", "case", "default", "break", "continue", "try", "catch", "finally", "import",
    "export", "extends", "with", "debugger", "null", "true", "false", "enum", "implements", "interface",
    "package", "private", "protected", "public",
})
# ``window.fetch``, ``globalThis.localStorage`` … read the shim as well.
WINDOW_ALIASES = frozenset({"window", "globalThis", "self"})

DOM_HINT = ("a mini program has no DOM: bind the value in the template ([class.x], [style.x], *ngIf …), "
            "or use wx.createSelectorQuery() for sizes and positions")
# Free globals (or window.<name>) that a mini program lacks: (code, what to do instead).
UNSUPPORTED_GLOBALS: dict[str, tuple[str, str]] = {
    "document": ("PWX302", "the runtime's document is a stub that does nothing; " + DOM_HINT),
    "MutationObserver": ("PWX302", "the runtime's observes nothing (no DOM changes to see); " + DOM_HINT),
    "IntersectionObserver": ("PWX302", "the runtime's observes nothing; use wx.createIntersectionObserver(component)"),
    "ResizeObserver": ("PWX302", "the runtime's observes nothing (nothing is laid out); " + DOM_HINT),
    "getComputedStyle": ("PWX302", DOM_HINT),
    "HTMLElement": ("PWX302", DOM_HINT),
    "customElements": ("PWX302", "custom elements do not exist in a mini program; use a component"),
    "confirm": ("PWX305", "it answers at once in a browser; use Ionic's AlertController or wx.showModal, which "
                "answer later"),
    "prompt": ("PWX305", "use Ionic's AlertController with an input, or wx.showModal({ editable: true })"),
    "matchMedia": ("PWX305", "use wx.getSystemInfoSync() (theme, windowWidth)"),
    "caches": ("PWX305", "use wx.getFileSystemManager() for offline files"),
}

# Angular tokens whose value is a DOM object in a browser: injecting them gets nothing useful here.
DOM_TOKENS: dict[tuple[str, str], str] = {
    ("@angular/common", "DOCUMENT"): "the runtime's document is a stub that does nothing; " + DOM_HINT,
    ("@angular/core", "ElementRef"): "ElementRef.nativeElement is not a DOM element here; " + DOM_HINT,
    ("@angular/core", "Renderer2"): "Renderer2 calls do nothing in a mini program; " + DOM_HINT,
}

# Packages whose work needs what a mini program has not (package or subpath -> what they need, what follows, what to
# do instead): they load and run, but what they draw or deliver does not show, or their calls reject (PWX305 at the
# import).
MAP_HINT = "use WeChat's <map> component (wx.createMapContext), or show the page as the deployed PWA ([webview] routes)"
DRAWN = "it runs, but what it draws does not show"
WEB_ONLY_PACKAGES: dict[str, tuple[str, str, str]] = {
    "leaflet": ("draws its maps on the page's DOM", DRAWN, MAP_HINT),
    "maplibre-gl": ("draws its maps with WebGL on the page's DOM", DRAWN, MAP_HINT),
    "mapbox-gl": ("draws its maps with WebGL on the page's DOM", DRAWN, MAP_HINT),
    "ol": ("(OpenLayers) draws its maps on the page's DOM", DRAWN, MAP_HINT),
    "chessground": ("draws its board on the page's DOM", DRAWN, "draw the board in the template, or on a <canvas>"),
    **{push: ("delivers web push through a service worker", "it runs, but nothing it delivers arrives",
              "WeChat's subscription messages (wx.requestSubscribeMessage) notify the user")
       for push in ("firebase/messaging", "@angular/fire/messaging", "@angular/fire/compat/messaging")},
    "@capacitor-community/bluetooth-le": ("runs on its web implementation, Web Bluetooth (navigator.bluetooth)",
                                          "its calls reject, as in a browser without Web Bluetooth",
                                          "use WeChat's Bluetooth API (wx.openBluetoothAdapter, "
                                          "wx.startBluetoothDevicesDiscovery, wx.createBLEConnection …)"),
}

# Web login libraries: they redirect a browser to an identity provider, which a mini program cannot do.
LOGIN_LIBRARIES = (
    "angular-oauth2-oidc", "angular-auth-oidc-client", "casdoor-js-sdk", "casdoor-angular-sdk",
    "@auth0/auth0-angular", "@auth0/auth0-spa-js", "keycloak-angular", "keycloak-js", "oidc-client",
    "oidc-client-ts", "@azure/msal-angular", "@azure/msal-browser", "@okta/okta-angular", "@okta/okta-auth-js",
    "@angular/fire/auth", "firebase/auth", "@angular/fire/compat/auth", "firebase/compat/auth", "@authing/guard",
    "@authing/guard-angular", "authing-js-sdk",
)
LOGIN_HINT = ("set [login] in pwa2wx.toml: the runtime signs in with wx.login against your identity backend "
              "and attaches the token; remove the web login calls on the listed lines")

DROP = ""  # locate() result for a dropped module: no require is emitted

Resolve = Callable[[str], "str | None"]


def package_name(specifier: str) -> str:
    """``@scope/pkg/sub`` → ``@scope/pkg``; ``pkg/sub`` → ``pkg``."""
    parts = specifier.split("/")
    return "/".join(parts[:2]) if specifier.startswith("@") else parts[0]


def is_bare(specifier: str) -> bool:
    return not specifier.startswith((".", "/"))


def runtime_module(specifier: str) -> str | None:
    """The runtime file (relative to pwa2wx/runtime/) a specifier maps to, DROP for dropped modules, else None."""
    if specifier in RUNTIME_MODULES:
        return RUNTIME_MODULES[specifier]
    if specifier.startswith(PART_PREFIX):
        return specifier.removeprefix(PART_PREFIX) + ".js"
    parts = specifier.split("/")
    plugin = CAPACITOR_RENAMED.get(parts[1], parts[1]) if parts[0] == "@capacitor" and len(parts) > 1 else None
    if plugin in CAPACITOR_PLUGINS:
        return f"capacitor/{plugin}.js"
    if parts[0] in ("@awesome-cordova-plugins", "@ionic-native") and len(parts) > 1 and parts[2:] in ([], ["ngx"]) \
            and parts[1] in CORDOVA_WRAPPERS:
        return CORDOVA_WRAPPERS[parts[1]]
    if specifier.startswith(CORDOVA_PLUGINS) or CORDOVA_PLUGINS_FOLDER.search(specifier):
        return CORDOVA_STAND_IN
    if specifier.startswith(NATIVE_PLUGINS):
        return NATIVE_STAND_IN
    if package_name(specifier) in DROPPED or specifier in DROPPED:
        return DROP
    return None


# Node built-ins npm code requires that the runtime serves when the app has not installed the npm package of that
# name (which a browser build would take instead): runtime file per name.
NODE_SHIMS = {"events": "node/events.js", "assert": "node/assert.js"}


# Node's built-in modules: what a package that requires one wants is Node's, which a browser and a mini program lack
NODE_BUILTINS = frozenset({
    "assert", "async_hooks", "buffer", "child_process", "cluster", "console", "constants", "crypto", "dgram", "dns",
    "domain", "events", "fs", "http", "http2", "https", "inspector", "module", "net", "os", "path", "perf_hooks",
    "process", "punycode", "querystring", "readline", "repl", "stream", "string_decoder", "sys", "timers", "tls",
    "tty", "url", "util", "v8", "vm", "worker_threads", "zlib"})


def is_node_builtin(specifier: str) -> bool:
    """``fs``, ``node:crypto``, ``stream/web``: one of Node's own modules."""
    return specifier.startswith("node:") or specifier.split("/")[0] in NODE_BUILTINS


def node_shim(specifier: str) -> str | None:
    """The runtime file serving a Node built-in (``events``, ``node:events``), else None."""
    return NODE_SHIMS.get(specifier.removeprefix("node:"))


@functools.cache
def _runtime_names(module: str) -> frozenset[str]:
    """Every name a runtime module cut into parts gives: its parts' (RUNTIME_PARTS) and its rest part's, read from
    that file's ``module.exports = { … }``."""
    text = (adapters_dir() / "runtime" / RUNTIME_REST[module]).read_text(encoding="utf-8")
    start = text.index("module.exports = {")
    exported = re.findall(r"([\w$ɵ]+)\s*:", text[start:text.index("\n};", start)])
    return frozenset(exported).union(*RUNTIME_PARTS[module].values())


def stand_in(specifier: str, name: str) -> bool:
    """Whether ``name`` of ``specifier`` (``afterRender`` of ``@angular/core``) is one the runtime does not give: the
    module's stand-ins.js makes it a class without behaviour, so that code naming it still loads."""
    module = RUNTIME_MODULES.get(specifier) or ""
    return module in RUNTIME_REST and name not in ("*", "default") and name not in _runtime_names(module)


def runtime_part(specifier: str, name: str) -> str | None:
    """The specifier of the runtime part that defines ``name`` when ``specifier``'s runtime module is cut into
    parts (RUNTIME_PARTS), else None."""
    module = RUNTIME_MODULES.get(specifier) or ""
    part = _PART_OF.get(module, {}).get(name) or (RUNTIME_REST.get(module) if name not in ("*", "default") else None)
    return None if part is None else PART_PREFIX + part.removesuffix(".js")


def plugin_module(root: Path, specifier: str) -> str | None:
    """:func:`runtime_module` for a project at ``root``: a Capacitor plugin installed with a web implementation
    (``registerPlugin('X', { web: … })``) is none, as the PWA runs that implementation: it is packed and runs on
    the runtime's ``registerPlugin`` (and browser globals) instead of the stand-in. A package whose package.json
    says it is a Cordova plugin (its ``cordova`` entry names the plugin's id: onesignal-cordova-plugin) gets the
    Cordova stand-in, whatever its name."""
    found = runtime_module(specifier)
    if found == NATIVE_STAND_IN and _has_web_implementation(root, package_name(specifier)):
        return None
    plugin = _package_meta(root, package_name(specifier)).get("cordova") if found is None and is_bare(specifier) \
        else None
    if isinstance(plugin, dict) and "id" in plugin:  # not a build for Cordova apps (@firebase/auth's "cordova": path)
        return CORDOVA_STAND_IN
    return found


_REGISTERS_WEB = re.compile(r"registerPlugin\(\s*['\"][\w.-]+['\"]\s*,\s*\{[^}]*?\bweb\s*:")


@functools.lru_cache(maxsize=256)
def _package_meta(root: Path, package: str) -> dict:
    """The installed package's package.json ({} when it is not there or not an object)."""
    try:
        meta = json.loads((root / "node_modules" / package / "package.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


@functools.lru_cache(maxsize=256)
def _has_web_implementation(root: Path, package: str) -> bool:
    folder = root / "node_modules" / package
    meta = _package_meta(root, package)
    entries = [meta[key] for key in ("module", "main") if isinstance(meta.get(key), str)]
    try:
        return any(_REGISTERS_WEB.search((folder / entry).read_text(encoding="utf-8", errors="replace"))
                   for entry in entries if (folder / entry).is_file())
    except OSError:
        return False


def web_only_package(specifier: str) -> tuple[str, str, str] | None:
    """What the package ``specifier`` needs that a mini program has not, what follows, and what to do instead
    (WEB_ONLY_PACKAGES)."""
    return next((found for name, found in WEB_ONLY_PACKAGES.items()
                 if specifier == name or specifier.startswith(name + "/")), None)


def login_library(specifier: str) -> str | None:
    return next((lib for lib in LOGIN_LIBRARIES if specifier == lib or specifier.startswith(lib + "/")), None)


def relative(from_out: str, target: str) -> str:
    """A require path from output file ``from_out`` to output file ``target`` (both root-relative)."""
    rel = posixpath.relpath(target, posixpath.dirname(from_out) or ".")
    return rel if rel.startswith("../") else "./" + rel


def resolver(project: Project, rel: str, npm_resolve: Resolve) -> Resolve:
    """The require-path resolver for project module ``rel`` in the standard layout (docs/internals.md)."""
    out = output_path(rel)

    def resolve(specifier: str) -> str | None:
        target = locate(project, rel, specifier, npm_resolve)
        return relative(out, target) if target else target

    return resolve


def locate(project: Project, rel: str, specifier: str, npm_resolve: Resolve) -> str | None:
    """Root-relative output path for ``specifier`` imported by project file ``rel``; DROP; None if unknown."""
    found = plugin_module(project.root, specifier)
    if found is not None:
        return RUNTIME + found if found else DROP
    target = resolve_import(project, rel, specifier) or _project_js(project, rel, specifier)
    if target is not None:
        return output_path(target)
    package = _through_node_modules(project, rel, specifier)
    if package is not None:
        return npm_resolve(package)
    return npm_resolve(specifier) if is_bare(specifier) and not _in_base_url(project, specifier) else None


def _through_node_modules(project: Project, rel: str, specifier: str) -> str | None:
    """A path into node_modules, as ng build finds it: ``node_modules/cleave.js/dist/cleave-esm.min.js`` through
    tsconfig's baseUrl, or ``../../node_modules/firebase/app`` from the importing file: the package path it names
    (``cleave.js/dist/cleave-esm.min.js``, ``firebase/app``: a folder its package.json describes resolves as one)."""
    if specifier.startswith("."):
        base = posixpath.dirname(rel)
    elif project.base_url is not None and is_bare(specifier):
        base = project.base_url
    else:
        return None
    parts = posixpath.normpath(posixpath.join(base, specifier)).split("/")
    return "/".join(parts[1:]) if parts[0] == "node_modules" and len(parts) > 1 else None


def _in_base_url(project: Project, specifier: str) -> bool:
    """A path into a folder of the project under tsconfig's baseUrl (``src/app/gone``): not a package."""
    if project.base_url is None:
        return False
    return (project.root / project.base_url / specifier.split("/", 1)[0]).is_dir()


def _project_js(project: Project, rel: str, specifier: str) -> str | None:
    """A plain .js module of the project (``import { darkStyle } from './map-dark-style'``), or a JSON file
    imported as a module (tsconfig ``resolveJsonModule``: ``import data from '../seed.json'``), relative or through
    tsconfig ``paths`` and ``baseUrl`` (``@resources/pages.json``); not a package's file."""
    for found in specifier_paths(project, rel, specifier):
        base = posixpath.normpath(found.replace(os.sep, "/"))
        for option in (base, base + ".js", base + "/index.js"):
            if option.endswith((".js", ".json")) and not option.startswith(("../", "node_modules/")) and \
                    (project.root / option).is_file():
                return option
    return None


def project_source(project: Project, target: str | None) -> str | None:
    """The project file (.ts or .js) an output path is compiled from; None for runtime and npm files."""
    if not target or target.startswith((RUNTIME, NPM)):
        return None
    ts = target[:-3] + ".ts"
    if ts in project.modules or (project.root / ts).is_file():
        return ts
    if target.endswith(".json.js") and (project.root / target[:-3]).is_file():
        return target[:-3]
    return target if (project.root / target).is_file() else None


def output_path(rel: str) -> str:
    """Where a project .ts module is emitted (docs/internals.md "Output layout"); a JSON module becomes
    ``x.json.js``, as a mini program's ``require`` loads .js files only."""
    if rel.endswith(".json"):
        return rel + ".js"
    return rel[:-3] + ".js" if rel.endswith(".ts") else rel


def runtime_module_list() -> list[str]:
    """Every runtime file the table can point at (the runtime must ship each)."""
    parts = {part for module_parts in RUNTIME_PARTS.values() for part in module_parts} | set(RUNTIME_REST.values())
    files = set(RUNTIME_MODULES.values()) | parts | {f"capacitor/{p}.js" for p in CAPACITOR_PLUGINS} \
        | {NATIVE_STAND_IN, CORDOVA_STAND_IN} | set(CORDOVA_WRAPPERS.values()) | set(NODE_SHIMS.values())
    return sorted(posixpath.normpath(RUNTIME + f) for f in files)
