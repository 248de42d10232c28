"""The ``h`` helpers of ``adapters/runtime/view.js`` that generated render functions and handlers call,
declared once: each with the parameters the runtime gives it, and the file that gives it. The compiler writes
every call through :func:`h` (or :func:`h_open`), which refuses a name or an argument count not declared here,
and ``tests/template/test_contract.py`` holds this table to the runtime's ``h`` objects both ways.
"""

from __future__ import annotations

import re

# name -> view.js's parameters; a trailing "?" marks one the compiler may leave out
HELPERS: dict[str, tuple[str, ...]] = {
    # render function
    "root": (),
    "each": ("items", "parent", "key", "names", "fn", "weight?"),
    "list": ("items",),
    "s": ("v",),
    "num": ("v",),
    "trim": ("v",),
    "key": ("v", "index"),
    "cls": ("parts",),
    "look": ("name", "value"),
    "style": ("parts",),
    "url": ("url",),
    "prop": ("value",),
    "twoWay": ("value",),
    "pipe": ("site", "scope", "name"),
    "icon": ("name", "table"),
    "eq": ("a", "b"),
    "index": ("list", "value"),
    "option": ("list", "value"),
    "pickerValue": ("value", "mode"),
    "inputType": ("t",),
    "picked": ("scope", "site", "start"),
    "accordionOpen": ("scope", "site", "initial", "group"),
    "active": ("url", "exact"),
    "ref": ("scope", "name", "spec"),
    "formRef": ("scope", "name", "spec"),
    "slideOpen": ("scope", "site"),
    "slideAt": ("scope", "site", "count"),
    "menuOpen": ("id", "side"),
    "title": ("read",),
    "navBar": (),
    "overlayShown": ("site", "isOpen"),
    "canGoBack": ("href",),
    "canGoHome": (),
    "navRoot": ("component", "params"),
    "directive": ("scope", "site", "spec"),
    "directiveEvent": ("scope", "site", "name", "e"),
    "directiveOf": ("scope", "site", "index"),
    "directiveHost": ("scope", "site", "kind"),
    "structural": ("scope", "site", "spec"),
    # handlers
    "event": ("e", "kind", "extra?"),
    "navigate": ("commands", "extras"),
    "menu": ("action", "id"),
    "slide": ("scope", "site", "e"),
    "slid": ("scope", "site", "e"),
    "chooseFiles": ("e", "spec"),
    "open": ("url",),
    "back": ("href",),
    "home": (),
    "overlay": ("action", "site"),
    "submit": ("form",),
    "typed": ("scope", "name", "value"),
    "control": ("control", "value"),
    "dialogClose": ("result",),
    "twoWaySet": ("target", "value"),
    "pick": ("scope", "site", "value"),
    "accordionToggle": ("scope", "site"),
    "refTyped": ("scope", "name", "value"),
}
PROPERTIES = frozenset({"mode"})  # read, not called: h.mode is "ios" or "md"

# The helpers of features a template may not use, each feature a file of the runtime (relative to
# pwa2wx/runtime/) that the compiled page requires when it calls one of them; the others are view.js's own. So a
# page whose template uses no pipe ships no pipes.js, and one without forms no @angular/forms.
FEATURES: dict[str, tuple[str, ...]] = {
    "view/pipes.js": ("pipe",),
    "view/forms.js": ("formRef", "submit", "typed", "control"),
    "view/refs.js": ("ref", "slideOpen", "slide", "refTyped"),
    "view/menus.js": ("menu", "menuOpen"),
    "view/slides.js": ("slideAt", "slid"),
    "view/controls.js": ("index", "option", "pickerValue", "inputType", "picked", "pick"),
    "view/links.js": ("active", "navigate"),
    "view/navbar.js": ("navBar", "canGoBack", "canGoHome", "home", "back"),
    "view/nav.js": ("navRoot",),
    "view/dialogs.js": ("dialogClose",),
    "view/two-way.js": ("twoWay", "twoWaySet"),
    "view/overlays.js": ("overlayShown", "overlay"),
    "view/files.js": ("chooseFiles",),
    "view/accordions.js": ("accordionOpen", "accordionToggle"),
    "view/directives.js": ("directive", "directiveEvent", "directiveOf", "directiveHost", "structural"),
}
# Angular's pipes whose code is a part of pipes.js of its own, which a page requires (as a feature) when its template
# uses one of them; the other BUILTIN_PIPES are pipes.js's.
PIPE_FEATURES: dict[str, tuple[str, ...]] = {
    "pipes/numbers.js": ("number", "percent", "currency"),
    "pipes/async.js": ("async",),
    "pipes/translate.js": ("translate",),
}
_FEATURE_OF = {name: file for file, names in FEATURES.items() for name in names}
_PIPE_FEATURE_OF = {name: file for file, names in PIPE_FEATURES.items() for name in names}
# a <canvas> with an id (its own, or the one refs.canvas_id gives a <canvas #ref>), which code may draw on
CANVAS_FEATURE = "view/canvas.js"
_CALL = re.compile(r"(?<![\w.$])h\.([A-Za-z_$][\w$]*)\(")  # as the compiler writes them: h.<name>(…)
_PIPE = re.compile(r'(?<![\w.$])h\.pipe\(\d+, \w+, "(\w+)"\)')  # h.pipe(site, scope, "name")


def features(js: str, ids: dict[str, str] | None = None) -> list[str]:
    """The feature files (FEATURES, PIPE_FEATURES) whose helpers or pipes the generated ``js`` uses, and
    CANVAS_FEATURE when the view's ``ids`` (id → tag) name a canvas."""
    return sorted({_FEATURE_OF[name] for name in _CALL.findall(js) if name in _FEATURE_OF} |
                  {_PIPE_FEATURE_OF[name] for name in _PIPE.findall(js) if name in _PIPE_FEATURE_OF} |
                  ({CANVAS_FEATURE} if "canvas" in (ids or {}).values() else set()))


def h(name: str, *args: str) -> str:
    """JS calling ``h.<name>(args…)``."""
    return f"h.{name}({', '.join(_checked(name, args))})"


def h_open(name: str, *args: str) -> str:
    """JS opening a call whose last argument, a function, ends on a later line (``h.each(…, function (…) {``);
    the caller writes the ``})`` that closes it."""
    return f"h.{name}({', '.join(_checked(name, args))}"


def h_read(name: str) -> str:
    """JS reading a property of ``h``."""
    if name not in PROPERTIES:
        raise ValueError(f"view.js's h has no property {name!r}")
    return f"h.{name}"


def _checked(name: str, args: tuple[str, ...]) -> tuple[str, ...]:
    params = HELPERS.get(name)
    if params is None:
        raise ValueError(f"view.js's h has no helper {name!r}")
    required = sum(1 for p in params if not p.endswith("?"))
    if not required <= len(args) <= len(params):
        raise ValueError(f"h.{name} takes {', '.join(params) or 'nothing'}: called with {len(args)} arguments")
    return args
