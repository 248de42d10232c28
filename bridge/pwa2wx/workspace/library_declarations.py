"""What the Angular libraries the app's code imports declare, read from their partial declarations in the ``fesm*``
bundles (Angular matches only the directives and pipes a component imports, and a package nothing imports is not
loaded): the attribute names of their directives (``canvas[baseChart]`` → ``baseChart``), with the element events
their host listeners hear and their outputs' names (``ɵɵngDeclareDirective({ … selector: "canvas[baseChart]",
outputs: {…}, host: { listeners: {…} } … })``), and the names of their pipes (``ɵɵngDeclarePipe({ … name: "transloco"
… })``). An element carrying one of these attribute names may hold a library's directive: the template compiler hands
its attributes and bindings to the runtime (view/directives.js), which matches the selectors the libraries declared
as they loaded and makes the directives, and wires the element's events those directives hear and the template's
handlers of their outputs. A pipe of these names is one the runtime finds as its library loads.
"""

from __future__ import annotations

import re
from pathlib import Path

from pwa2wx.script import modules
from pwa2wx.workspace.model import DirectiveInterface, Project

COMPILED_HERE = ("@angular/", "@ionic/")  # their directives and pipes the template compiler converts itself
BUNDLES = ("fesm2022", "fesm2020", "fesm2015")  # the Angular Package Format's flat ES modules, newest first
_DECLARED = re.compile(r"ɵɵngDeclareDirective\(\{([^;]{0,6000}?)\}\)", re.S)
_SELECTOR = re.compile(r"\bselector: ?([\"'])(.+?)\1")
_PIPE = re.compile(r"ɵɵngDeclarePipe\(\{[^;]{0,600}?\bname: ?[\"']([\w$]+)[\"']")
_ATTRIBUTE = re.compile(r"\[([\w-]+)")
_OBJECT = r"\b{}: \{{([^{{}}]*)\}}"  # a flat object literal of the declaration: outputs: { … }, listeners: { … }
_ENTRY = re.compile(r"(?:\"([^\"]+)\"|'([^']+)'|([\w$]+)) ?: ?(?:\"([^\"]*)\"|'([^']*)')")


def read(project: Project) -> tuple[dict[str, DirectiveInterface], frozenset[str]]:
    """The attribute names in the selectors of the directives the libraries the app's code imports declare, each with
    the events and outputs of the directives that name it; and the names of their pipes."""
    imported = {modules.package_name(spec) for module in project.modules.values()
                for spec in module.static_specifiers if modules.is_bare(spec)}
    names: dict[str, DirectiveInterface] = {}
    pipes: set[str] = set()
    for package in sorted(imported):
        if package.startswith(COMPILED_HERE):
            continue
        folder = project.root / "node_modules" / package
        bundles = next((folder / b for b in BUNDLES if (folder / b).is_dir()), None)
        if bundles is None:
            continue
        for bundle in sorted(bundles.glob("*.mjs")):
            text = _read(bundle)
            pipes.update(_PIPE.findall(text))
            for found in _DECLARED.finditer(text):
                selector = _SELECTOR.search(found[1])
                if selector is None:
                    continue
                declared = _interface(found[1])
                for name in _ATTRIBUTE.findall(selector[2]):
                    names[name] = names.get(name, DirectiveInterface()) | declared
    return names, frozenset(pipes)


def _interface(declaration: str) -> DirectiveInterface:
    """A declaration's outputs (``outputs: { field: "public" }``), the element events of its host listeners
    (``host: { listeners: { "click": "onClick($event)" } }``; not the window's or the document's), and whether its
    host gives classes or styles (``properties: { "class.on": "on" }``, ``classAttribute: "x"``)."""
    def entries(key: str) -> list[tuple[str, str]]:
        found = re.search(_OBJECT.format(key), declaration)
        return [(e[0] or e[1] or e[2], e[3] or e[4]) for e in _ENTRY.findall(found[1])] if found else []
    styled = any(target.startswith(("class", "style")) for target, _ in entries("properties")) or \
        re.search(r"\b(?:class|style)Attribute: ?[\"']", declaration) is not None
    return DirectiveInterface(frozenset(event for event, _ in entries("listeners") if ":" not in event),
                              frozenset(public for _, public in entries("outputs")), styled)


def _read(file: Path) -> str:
    try:
        return file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
