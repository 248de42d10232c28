"""Where a stylesheet import leads: Ionic's own CSS (→ theme files), node_modules, or nowhere.

Ionic's global CSS (``@ionic/angular/css/*.css``) styles shadow-DOM hosts and ``html`` classes that a
mini program does not have, so it is always replaced by the matching adapters/theme files (same output
with or without node_modules). Other package imports resolve in node_modules; without node_modules they
are skipped with an info diagnostic, the theme covering the Ionic look.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlparse

from pwa2wx.diagnostics import line_column
from pwa2wx.script.npm import export_target

if TYPE_CHECKING:
    from pwa2wx.diagnostics import Severity

UTILITIES = ("padding.wxss", "float-elements.wxss", "text-alignment.wxss", "text-transformation.wxss",
             "flex-utils.wxss", "display.wxss")

IONIC_CSS: dict[str, tuple[str, ...] | None] = {
    "core": (),
    "normalize": (),
    "structure": (),
    "typography": (),
    "global.bundle": (),
    "padding": ("padding.wxss",),
    "float-elements": ("float-elements.wxss",),
    "text-alignment": ("text-alignment.wxss",),
    "text-transformation": ("text-transformation.wxss",),
    "flex-utils": ("flex-utils.wxss",),
    "display": ("display.wxss",),
    "utils.bundle": UTILITIES,
    "ionic.bundle": UTILITIES,
    "palettes/dark.always": ("dark-always.wxss",),
    "palettes/dark.system": ("dark-system.wxss",),
}
"""Ionic stylesheet → theme files it becomes; () when the always-imported theme base covers it; a missing
key (dark.class, high-contrast palettes, ionic-swiper) is not converted and gets a diagnostic."""

_IONIC = re.compile(r"^~?(?:(?:\.\./)*node_modules/)?@ionic/(?:angular|core)/css/(?P<name>[\w./-]+?)(?:\.css)?$")

Report = Callable[[str, str, str, int, int, "Severity | None"], None]
"""(code, message, project-relative file, line, col, severity or None)."""


def ionic_css(url: str) -> str | None:
    """The Ionic stylesheet name (``core``, ``palettes/dark.class`` …) an import URL points at, if any."""
    m = _IONIC.match(url)
    return m.group("name") if m else None


class Imports:
    """Resolves imports for one conversion and remembers which theme files the app's styles asked for."""

    def __init__(self, root: Path, has_node_modules: bool, report: Report, include_paths: Sequence[str] = (),
                 dependencies: frozenset[str] = frozenset()):
        self.root = root
        self.node_modules = root / "node_modules" if has_node_modules else None
        self.report = report
        self.include_paths = [root / p for p in include_paths]
        self.dependencies = dependencies
        self.theme: list[str] = []

    def sass_importers(self) -> list:
        """The Sass importer chain: Ionic CSS first, angular.json's includePaths, node_modules, the workspace root
        (`@import 'src/theme/variables'` and `@use '/src/global'`, which Angular's webpack build resolves from
        there), then the skipper of packages that are not installed."""
        chain: list = [_IonicImporter(self), *self.include_paths]
        if self.node_modules is not None:
            chain += [self.node_modules, _TildeImporter(self.node_modules), _PackageImporter(self.node_modules)]
        chain += [self.root, _RootImporter(self.root), _MissingImporter(self)]
        return chain

    def not_installed(self, url: str, containing_url: str) -> bool:
        """Whether ``url`` names a package that is not there: no node_modules at all, a dependency of
        package.json that the install left out (a devDependency such as tailwindcss, with --omit=dev), or a
        relative path into a node_modules package that is missing (``../../node_modules/lib/theme``)."""
        if self.node_modules is None:
            return True
        containing = file_path(containing_url)
        if url.startswith(".") and containing is not None:
            target = Path(os.path.normpath(containing.parent / url))
            if not target.is_relative_to(self.node_modules):
                return False
            parts: Sequence[str] = target.relative_to(self.node_modules).parts
            name = "/".join(parts[:2]) if parts and parts[0].startswith("@") else parts[0] if parts else ""
            return bool(name) and not (self.node_modules / name).is_dir()
        parts = url.removeprefix("~").split("/")
        name = "/".join(parts[:2]) if parts[0].startswith("@") else parts[0]
        return name in self.dependencies and not (self.node_modules / name).is_dir()

    def theme_files(self) -> list[str]:
        """The theme files asked for, in Ionic's order (whatever order the stylesheets named them in)."""
        order = [*UTILITIES, *(f for files in IONIC_CSS.values() if files for f in files)]
        return sorted(self.theme, key=order.index)

    def use_ionic(self, name: str, file: str, line: int, col: int) -> None:
        files = IONIC_CSS.get(name)
        if files is None:
            self.report("PWX204", f"Ionic stylesheet '{name}.css' is not converted (its rules need classes on "
                                  "<html> or elements a mini program does not have)", file, line, col, None)
            return
        for theme_file in files:
            if theme_file not in self.theme:
                self.theme.append(theme_file)

    def find(self, url: str, from_file: str) -> Path | None:
        """A plain CSS import target on disk: relative to the importing file, else in node_modules."""
        name = url[1:] if url.startswith("~") else url
        candidates = [] if url.startswith("~") else [(self.root / from_file).parent / url]
        if self.node_modules is not None:
            candidates.append(self.node_modules / name)
        for path in candidates:
            for candidate in (path, path.with_name(path.name + ".css")):
                if candidate.is_file():
                    return candidate
        return None

    def relative(self, url: str) -> tuple[str, int, int]:
        """Project-relative file of a Sass URL (file: URLs only)."""
        path = file_path(url)
        if path is None:
            return url, 0, 0
        try:
            return path.relative_to(self.root).as_posix(), 0, 0
        except ValueError:
            return path.as_posix(), 0, 0

    def locate(self, url: str, containing_url: str) -> tuple[str, int, int]:
        """Where ``url`` is written inside the stylesheet at ``containing_url`` (first occurrence)."""
        file, _, _ = self.relative(containing_url)
        path = file_path(containing_url)
        try:
            text = path.read_text(encoding="utf-8") if path else ""
        except OSError:
            text = ""
        for quote in ("'", '"', ""):
            index = text.find(quote + url + quote)
            if index >= 0:
                return (file, *line_column(text, index))
        return file, 0, 0


def file_path(url: str) -> Path | None:
    parsed = urlparse(url)
    return Path(unquote(parsed.path)) if parsed.scheme == "file" else None


class _IonicImporter:
    """Claims Ionic's CSS: an empty module, the theme file noted for app.wxss."""

    def __init__(self, imports: Imports):
        self.imports = imports

    def canonicalize(self, url: str, containing_url: str) -> str | None:
        name = ionic_css(url)
        if name is None:
            return None
        self.imports.use_ionic(name, *self.imports.locate(url, containing_url))
        return "pwa2wx-theme:" + name

    def load(self, canonical_url: str) -> tuple[str, str]:
        return "", "css"


class _TildeImporter:
    """webpack's ``~pkg/…`` form: a node_modules path."""

    def __init__(self, node_modules: Path):
        self.node_modules = node_modules

    def find_file(self, url: str, containing_url: str) -> str | None:
        if not url.startswith("~"):
            return None
        return (self.node_modules / url[1:]).as_uri()


class _PackageImporter:
    """A package path its package.json ``exports`` maps (``swiper/scss`` → ``swiper/swiper.scss``), with the
    conditions Angular's Sass resolution uses; a bare package name without them, its ``sass`` or ``style`` field
    (``@import "bootstrap"`` → ``bootstrap/scss/bootstrap.scss``), the main fields Angular's resolution reads."""

    CONDITIONS = (("sass", "style", "default"),)
    FIELDS = ("sass", "style")

    def __init__(self, node_modules: Path):
        self.node_modules = node_modules

    def find_file(self, url: str, containing_url: str) -> str | None:
        url = url.removeprefix("~")
        if url.startswith((".", "/")) or ":" in url:
            return None
        parts = url.split("/")
        name = "/".join(parts[:2]) if parts[0].startswith("@") else parts[0]
        try:
            meta = json.loads((self.node_modules / name / "package.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(meta, dict):
            return None
        exports = meta.get("exports")
        target = export_target(exports, "." + url[len(name):], self.CONDITIONS) if exports is not None else None
        if target is None and url == name:
            target = next((meta[f] for f in self.FIELDS if isinstance(meta.get(f), str)
                           and meta[f].endswith((".scss", ".sass", ".css"))), None)
        return (self.node_modules / name / target).as_uri() if target else None


class _RootImporter:
    """A root-absolute URL (``@use '/src/global'``), which Angular's webpack builder resolves from the workspace (its
    resolver's roots): a workspace path, never one outside it."""

    def __init__(self, root: Path):
        self.root = root

    def find_file(self, url: str, containing_url: str) -> str | None:
        if not url.startswith("/") or url.startswith("//"):
            return None
        target = Path(os.path.normpath(self.root / url.lstrip("/")))
        return target.as_uri() if target.is_relative_to(self.root) else None


class _MissingImporter:
    """An import of a package that is not installed becomes an empty module and a diagnostic: info without
    node_modules at all, a warning for a dependency the install left out. Any other unresolved import stays
    Dart Sass's error."""

    def __init__(self, imports: Imports):
        self.imports = imports

    def canonicalize(self, url: str, containing_url: str) -> str | None:
        if url.startswith("pwa2wx-missing:"):
            return url
        if not self.imports.not_installed(url, containing_url):
            return None
        file, line, col = self.imports.locate(url, containing_url)
        if self.imports.node_modules is None:
            self.imports.report("PWX203", f"'{url}' not found (node_modules is not installed): skipped",
                                file, line, col, None)
        else:
            self.imports.report("PWX203", f"'{url}': its package is in package.json but not installed: skipped",
                                file, line, col, "warning")
        return "pwa2wx-missing:" + url

    def load(self, canonical_url: str) -> tuple[str, str]:
        return "", "css"
