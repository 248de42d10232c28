"""The attribute names of the directives Angular libraries declare (``canvas[baseChart]`` → ``baseChart``), read from
their partial declarations (``ɵɵngDeclareDirective({ … selector: "canvas[baseChart]" … })`` in the ``fesm*``
bundles) of the packages the app's code imports (Angular matches only the directives a component imports, and a
package nothing imports is not loaded). An element carrying one of these names may hold a library's directive: the
template compiler hands its attributes and bindings to the runtime (view/directives.js), which matches the selectors
the libraries declared as they loaded and makes the directives.

Angular's own packages and Ionic's are left out: the template compiler converts their directives itself.
"""

from __future__ import annotations

import re
from pathlib import Path

from pwa2wx.script import modules
from pwa2wx.workspace.model import Project

COMPILED_HERE = ("@angular/", "@ionic/")
BUNDLES = ("fesm2022", "fesm2020", "fesm2015")  # the Angular Package Format's flat ES modules, newest first
_DECLARED = re.compile(r"ɵɵngDeclareDirective\(\{[^;]{0,800}?\bselector: ?([\"'])(.+?)\1", re.S)
_ATTRIBUTE = re.compile(r"\[([\w-]+)")


def attribute_names(project: Project) -> frozenset[str]:
    """The attribute names in the selectors of the directives the libraries the app's code imports declare."""
    imported = {modules.package_name(spec) for module in project.modules.values()
                for spec in module.static_specifiers if modules.is_bare(spec)}
    names: set[str] = set()
    for package in sorted(imported):
        if package.startswith(COMPILED_HERE):
            continue
        folder = project.root / "node_modules" / package
        bundles = next((folder / b for b in BUNDLES if (folder / b).is_dir()), None)
        if bundles is None:
            continue
        for bundle in sorted(bundles.glob("*.mjs")):
            for found in _DECLARED.finditer(_read(bundle)):
                names.update(_ATTRIBUTE.findall(found[2]))
    return frozenset(names)


def _read(file: Path) -> str:
    try:
        return file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
