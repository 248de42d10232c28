"""Third-party packages the app imports (rxjs, tslib …), packed from node_modules into miniprogram_npm/.

WeChat has no bundler and no Node resolution, so each package is laid out the way WeChat's own
"build npm" does: the folder of the package's CommonJS entry becomes ``miniprogram_npm/<pkg>/``
(rxjs: ``dist/cjs/index.js`` → ``miniprogram_npm/rxjs/index.js``). Only files reachable through
``require`` from the imported entries are copied; every ``require`` is rewritten to a relative path
with ``.js``; ES-module files become CommonJS and everything is lowered to ES2017 by the script
compiler, then minified (comments and layout dropped: bridge/pwa2wx/script/minify.py); JSON files become
``module.exports = …`` modules. Without node_modules, one PWX304 lists what could not be packed.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from pwa2wx.diagnostics import Diagnostic, Diagnostics, faults
from pwa2wx.output import placeholder
from pwa2wx.output.layout import NPM, RUNTIME
from pwa2wx.script import modules
from pwa2wx.script.minify import minify
from pwa2wx.script.transpile import Options, compile_source
from pwa2wx.script.tsparse import is_module_source, parse
from pwa2wx.workspace.model import Project

EMPTY = NPM + "_empty.js"  # what a module the package.json "browser" field maps to false becomes
EMPTY_MODULE = "module.exports = {};\n"
# npm code reads browser globals from the runtime's web.js, but its `typeof document` test answers that there is
# no DOM (true in a mini program), so a library takes its DOM-free path; code that assumes a DOM gets the stub.
NO_DOM = frozenset({"document"})
# Its `typeof Worker` test answers that there are no Web Workers: the runtime runs only the worker scripts of the app's
# own code (script/workers.py), so a library that would make one of its code takes its path without (a `new Worker`
# it makes anyway constructs, fires error and is reported once: runtime/worker.js).
NO_WORKER = frozenset({"Worker"})
# NO_DOM holds but in a module that tests for the window apart from the document (never both in one condition): it
# takes the two to come together, as they do in a browser and on a server, and the window is there, so the document
# is too (the stub). @swimlane/ngx-datatable makes a style object when `typeof document` says so and reads it when
# `typeof window` does: with the document absent it threw as it loaded.
_TYPEOF = r"typeof\s*\(?\s*"
_WINDOW_TEST = re.compile(_TYPEOF + r"window\b")
_BOTH_TESTED = re.compile(_TYPEOF + r"(window|document)\b[^;{}]{0,160}?(?:&&|\|\|)[^;{}]{0,160}?" + _TYPEOF +
                          r"(?!\1\b)(?:window|document)\b")


def absent_globals(text: str) -> frozenset[str]:
    """The globals a package module's `typeof` tests are told are not there (NO_DOM, NO_WORKER)."""
    apart = _WINDOW_TEST.search(text) is not None and _BOTH_TESTED.search(text) is None
    return NO_WORKER if apart else NO_DOM | NO_WORKER


# Export-map conditions, as a bundler targeting browsers has them ("node" never: a mini program is not Node),
# in the order they are tried: CommonJS builds first, ES-module builds after.
CONDITIONS = (("browser", "require", "default"), ("browser", "import", "module", "default"))
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.M)  # maps are not packed: drop the dangling link
EXTENSIONS = ("", ".js", ".cjs", ".mjs", ".json", "/index.js", "/index.cjs", "/index.mjs", "/index.json")


class Package:
    """One installed package: its folder, package.json and the folder its entry lives in.

    ``place`` is its folder under miniprogram_npm/: its name, or for a copy nested in another package's
    node_modules (another version) the path to it, ``node_modules`` written ``_npm`` (DevTools leaves
    node_modules folders out of the package): ``@ethereumjs/util/_npm/ethereum-cryptography``.
    """

    def __init__(self, name: str, folder: Path, place: str | None = None):
        self.name = name
        self.folder = folder
        self.place = place or name
        try:
            self.meta = json.loads((folder / "package.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.meta = {}
        if not isinstance(self.meta, dict):
            self.meta = {}
        browser = self.meta.get("browser")
        self.browser: dict[str, str | bool] = browser if isinstance(browser, dict) else {}  # the browser build's map
        self.module_build = False  # its entry is its `module` build (entry("."), which __init__ calls)
        entry = self.entry(".")
        self.base = entry.parent if isinstance(entry, Path) else folder  # (False: the browser build has none)

    def entry(self, subpath: str) -> Path | Literal[False] | None:
        """The file ``<name><subpath>`` loads (subpath "." or "./x") in a browser build: following ``exports``
        like Node, else its ``browser`` entry or ``main``; False when the browser build has no such module."""
        exports = self.meta.get("exports")
        if exports is not None:
            target = export_target(exports, subpath)
            return self.in_browser(_file(self.folder / target)) if target else None
        if subpath == ".":
            browser = self.meta.get("browser")
            main = browser if isinstance(browser, str) else self.meta.get("main") or self.meta.get("module")
            if not isinstance(main, str):
                main = "index.js"
            module = self.meta.get("module")
            if main == self.meta.get("main") and isinstance(module, str) and _umd(_file(self.folder / main)):
                main = module  # a UMD bundle exports one object; the module build has the names apps import
                self.module_build = True
            return self.in_browser(_file(self.folder / main) or _file(self.folder / "index.js"))
        return self.in_browser(self._nested_module(self.folder / subpath) or _file(self.folder / subpath))

    def _nested_module(self, folder: Path) -> Path | None:
        """A folder of the package with a package.json of its own (chart.js 3's ``helpers/``), when the package is
        taken as its module build: that folder's module build too. Its ``main`` is written against the package's
        (``module.exports = require('..').helpers``, which the module build does not export)."""
        if not self.module_build or not (folder / "package.json").is_file():
            return None
        module = Package(folder.name, folder).meta.get("module")
        return _file(folder / module) if isinstance(module, str) else None

    def in_browser(self, file: Path | None) -> Path | Literal[False] | None:
        """The file the ``browser`` map puts in place of ``file`` (False: an empty module)."""
        if file is None or not self.browser:
            return file
        for key, value in self.browser.items():
            if key.startswith(".") and _file(self.folder / key) == file:
                return value if value is False else _file(self.folder / value) if isinstance(value, str) else file
        return file

    def replacement(self, specifier: str) -> str | bool | None:
        """What the ``browser`` map says a bare ``specifier`` required by this package's files is (False: empty)."""
        value = self.browser.get(specifier)
        return value if value is False or isinstance(value, str) else None

    def output(self, file: Path) -> str:
        """Where a file of this package goes: relative to the entry folder, else under ``_/``."""
        try:
            rel = file.relative_to(self.base).as_posix()
        except ValueError:
            rel = "_/" + file.relative_to(self.folder).as_posix()
        stem, ext = posixpath.splitext(rel)
        rel = rel + ".js" if ext == ".json" else (stem + ".js" if ext in (".mjs", ".cjs") else rel)
        return f"{NPM}{self.place}/{rel}"


def export_target(exports, subpath: str, conditions: tuple[tuple[str, ...], ...] = CONDITIONS) -> str | None:
    """Where package.json ``exports`` sends ``subpath`` ("." or "./x"), for the first set of ``conditions`` that
    picks a target (Node's rules: the first key of an object that is an active condition wins)."""
    if isinstance(exports, str) or isinstance(exports, list) or (
            isinstance(exports, dict) and not any(k.startswith(".") for k in exports)):
        exports = {".": exports}
    if not isinstance(exports, dict):
        return None
    if subpath in exports:
        return _condition(exports[subpath], conditions)
    for key, value in exports.items():  # "./internal/*": "./dist/cjs/internal/*.js"
        if "*" in key:
            prefix, _, suffix = key.partition("*")
            if subpath.startswith(prefix) and subpath.endswith(suffix) and len(subpath) >= len(key) - 1:
                matched = subpath[len(prefix):len(subpath) - len(suffix)]
                target = _condition(value, conditions)
                return target.replace("*", matched) if target else None
    return None


def _condition(value, conditions: tuple[tuple[str, ...], ...]) -> str | None:
    for active in conditions:
        found = _pick(value, active)
        if found:
            return found
    return None


def _pick(value, active: tuple[str, ...]) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return next((f for f in (_pick(v, active) for v in value) if f), None)
    if isinstance(value, dict):
        for key, inner in value.items():
            if key in active:
                found = _pick(inner, active)
                if found:
                    return found
    return None


# a UMD bundle's test for AMD, or the start of a browser-global IIFE (rollup's "iife": `var capacitorApp = (function
# (exports, core) {`, the `main` of @capacitor-community plugins, which reads its dependencies from globals)
_UMD = re.compile(r"typeof\s+define\s*===?\s*['\"]function['\"]\s*&&\s*define\.amd|"
                  r"^\s*var\s+[\w$]+\s*=\s*\(function\s*\(exports\b")


def _umd(file: Path | None) -> bool:
    """Whether a package's ``main`` is a UMD bundle (it picks CommonJS, AMD or a browser global at its top) or a
    browser-global one: its exports are the one object it would put on the window (chart.js 3's ``Chart``), where
    its ``module`` build has the named exports an app imports (``registerables``), which bundlers such as Angular's
    take."""
    try:
        head = file.read_text(encoding="utf-8", errors="replace")[:4000] if file is not None else ""
    except OSError:
        return False
    return bool(_UMD.search(head))


def _file(path: Path) -> Path | None:
    path = Path(os.path.normpath(path))
    for ext in EXTENSIONS:
        candidate = Path(str(path) + ext)
        if candidate.is_file():
            return candidate
    if (path / "package.json").is_file():
        main = Package(path.name, path).entry(".")
        return main if isinstance(main, Path) else None
    return None


class Packer:
    """Resolves package specifiers while the app compiles, then packs what was asked for."""

    def __init__(self, project: Project, diagnostics: Diagnostics):
        self.project = project
        self.diagnostics = diagnostics
        self.packages: dict[str, Package] = {}
        self.entries: dict[str, Path | None] = {}  # output path -> source file to pack (None: the empty module)
        self.missing: set[str] = set()
        self.unresolved: set[tuple[str, str]] = set()

    def resolve(self, specifier: str) -> str | None:
        """Root-relative output path of a bare specifier's entry (``miniprogram_npm/rxjs/index.js``), packed."""
        found = self._locate(specifier)
        if found is None:
            shim = modules.node_shim(specifier)  # a Node built-in the app did not install
            return RUNTIME + shim if shim else None
        out, file = found
        self.entries.setdefault(out, file)
        return out

    def output_of(self, specifier: str) -> str | None:
        """Where a specifier's entry is (or would be) packed, without packing it (or noting it missing: the
        specifier may be a project path, such as a tsconfig alias)."""
        found = self._locate(specifier, asking=True)
        return found[0] if found else None

    def _locate(self, specifier: str, asking: bool = False) -> tuple[str, Path | None] | None:
        if not modules.is_bare(specifier) or modules.plugin_module(self.project.root, specifier) is not None:
            return None  # not a package, or one the runtime plays (native plugins get a stand-in)
        file = self._entry(specifier, self.project.root, asking)
        if file is False:
            return EMPTY, None
        return (self._package_of(file).output(file), file) if file is not None else None

    def files(self, names: dict[str, frozenset[str] | None] | None = None) -> dict[str, bytes]:
        """Every packed file (output path → bytes), following requires from the resolved entries.

        ``names``: entry output path → the names the app imports from it (None: the whole module). A barrel
        (rxjs's index) then keeps only those exports, so the modules behind the rest are not packed — unless
        a package file requires it too, whose names are not known.
        """
        names = names or {}
        for spec in modules.RUNTIME_NPM:  # the runtime's Observables are the app's rxjs (docs/internals.md)
            self.resolve(spec)
        root = self.project.root
        installed = any((folder / "node_modules").is_dir() for folder in [root, *root.parents])
        if "rxjs" in self.missing and installed:  # (without node_modules, PWX304 says to install them)
            self.diagnostics.add("PWX311", "rxjs is not in node_modules: Angular and the runtime need it, so no page "
                                 "can start", "package.json", hint="npm install rxjs (npm leaves a peer dependency "
                                 "out with --legacy-peer-deps when the app does not list it)")
        if self.missing:
            listed = ", ".join(sorted(self.missing))
            self.diagnostics.add("PWX304", f"packages not found in node_modules: {listed}", "package.json",
                                 hint="run npm install (or npm ci) in the project, then convert again")
        out: dict[str, bytes] = {}
        queue = sorted(self.entries.items())
        trimmed: dict[str, Path | None] = {}  # barrels packed last, once every package file said what it requires
        cut: dict[str, Path | None] = {}  # barrels packed with the app's names only
        whole: set[str] = set()
        while queue or trimmed:
            if queue:
                target, file = queue.pop(0)
                if target in out or target in trimmed:
                    continue
                if names.get(target) is not None and target not in whole:
                    trimmed[target] = file
                    continue
                keep = None
            else:
                target = min(trimmed)
                file = trimmed.pop(target)
                keep = None if target in whole else names[target]
                if keep is not None:
                    cut[target] = file
            js, requires = self._contained_compile(file, target, keep) if file is not None else (EMPTY_MODULE, {})
            out[target] = js.encode("utf-8")
            whole.update(requires)
            # a barrel packed cut before a package file that a later one reached requires it: packed again whole
            # (@cosmjs/amino, in a file only another barrel's modules reach, reads @cosmjs/encoding's fromHex)
            for again in sorted(requires.keys() & cut.keys()):
                del out[again]
                requires[again] = cut.pop(again)
            queue.extend(sorted(requires.items()))
        for label, spec in sorted(self.unresolved):
            if modules.is_node_builtin(spec):
                self.diagnostics.add("PWX303", f"Node's '{spec}' (required by a package) is not available in a mini "
                                     "program", label, hint="the require throws if that code path runs; use another "
                                     "package, or install the browser build of that module from npm")
            elif modules.is_bare(spec):
                self.diagnostics.add("PWX303", f"'{spec}' (required by a package) is not installed", label,
                                     hint=f"npm left it out (a peer dependency, with --legacy-peer-deps?): install it "
                                     f"(npm install {modules.package_name(spec)}); until then the require throws if "
                                     "that code path runs")
            else:
                self.diagnostics.add("PWX303", f"'{spec}' (required by a package) is not in the package", label,
                                     hint="the require throws if that code path runs; reinstall the package")
        return out

    # ---- resolution -------------------------------------------------------------------------------

    def _entry(self, specifier: str, from_dir: Path, asking: bool = False) -> Path | Literal[False] | None:
        aliased = self._aliased(specifier)
        if aliased is not None:
            return aliased
        name = modules.package_name(specifier)
        package = self._find(name, from_dir)
        if package is None:
            if from_dir == self.project.root and not asking and modules.node_shim(specifier) is None:
                self.missing.add(name)
            return None
        subpath = "." + specifier[len(name):]
        return package.entry(subpath)

    def _aliased(self, specifier: str) -> Path | Literal[False] | None:
        """What a tsconfig ``paths`` alias into node_modules makes of a specifier, for the app and its packages
        alike, as the Angular CLI resolves them (``"crypto": ["./node_modules/crypto-browserify"]``)."""
        top = self.project.root / "node_modules"
        for pattern, targets in self.project.tsconfig_paths.items():
            star = pattern.endswith("*") and specifier.startswith(pattern[:-1])
            if specifier != pattern and not star:
                continue
            rest = specifier[len(pattern) - 1:] if star else ""
            for target in targets:
                path = Path(os.path.normpath(self.project.root / target.replace("*", rest)))
                if not path.is_relative_to(top) or path == top:
                    continue
                parts = path.relative_to(top).parts
                name = "/".join(parts[:2]) if parts[0].startswith("@") else parts[0]
                package = self._find(name, self.project.root)
                if package is not None:
                    return package.entry("/".join([".", *parts[len(name.split("/")):]]))
        return None

    def _find(self, name: str, from_dir: Path) -> Package | None:
        for folder in [from_dir, *from_dir.parents]:
            candidate = folder / "node_modules" / name
            if (candidate / "package.json").is_file():
                key = str(candidate)
                if key not in self.packages:
                    self.packages[key] = Package(name, candidate, self._place(candidate, name))
                return self.packages[key]
        return None

    def _place(self, folder: Path, name: str) -> str:
        top = self.project.root / "node_modules"
        if not folder.is_relative_to(top):
            return name  # hoisted above the project (a monorepo): one copy
        return folder.relative_to(top).as_posix().replace("/node_modules/", "/_npm/")

    def _package_of(self, file: Path) -> Package:
        best = None
        for package in self.packages.values():
            if file.is_relative_to(package.folder) and (best is None or len(package.folder.parts) > len(
                    best.folder.parts)):
                best = package
        assert best is not None
        return best

    # ---- packing ----------------------------------------------------------------------------------------

    def _contained_compile(self, file: Path, target: str,
                           keep: frozenset[str] | None) -> tuple[str, dict[str, Path | None]]:
        """:meth:`_compile`; a file it fails on becomes a module that throws why (and requires nothing)."""
        found: list[Diagnostic] = []
        label = self._label(file)
        compiled = faults.contain(lambda: self._compile(file, target, keep), lambda: None, found, "PWX906",
                                  f"packing {label}", label)
        self.diagnostics.extend(found)
        return compiled if compiled is not None else (placeholder.module_js(label, found), {})

    def _compile(self, file: Path, target: str,
                 keep: frozenset[str] | None = None) -> tuple[str, dict[str, Path | None]]:
        """One file as ES2017 CommonJS, and the package files its requires reach (output path → file)."""
        text = file.read_text(encoding="utf-8", errors="replace")
        if keep is not None:
            text = trim_barrel(text, keep)
        if file.suffix == ".json":
            return f"module.exports = {text.strip() or 'null'};\n", {}
        requires: dict[str, Path | None] = {}
        label = self._label(file)

        package = self._package_of(file)

        def locate(spec: str) -> str | None:
            runtime = modules.plugin_module(self.project.root, spec)
            if runtime is not None:
                return modules.relative(target, RUNTIME + runtime) if runtime else modules.DROP
            replaced = package.replacement(spec)  # the package's browser build names another module
            if isinstance(replaced, str) and replaced.startswith("."):
                found = package.in_browser(_file(package.folder / replaced))
            else:
                spec = replaced if isinstance(replaced, str) else spec
                found = False if replaced is False else package.in_browser(_file(file.parent / spec)) \
                    if spec.startswith(".") else self._entry(spec, file.parent)
            if found is False:
                requires[EMPTY] = None
                return modules.relative(target, EMPTY)
            if found is None:
                shim = modules.node_shim(spec)  # a Node built-in the app did not install
                if shim:
                    return modules.relative(target, RUNTIME + shim)
                self.unresolved.add((label, spec))
                return None
            out = self._package_of(found).output(found)
            requires[out] = found
            return modules.relative(target, out)

        source = parse(text)
        esm = is_module_source(source)
        scratch = Diagnostics()
        options = Options(file=label, locate=locate, esm=esm, detected_absent=absent_globals(text),
                          report_web=False, node_env=True, verify=False, guard_requires=False)
        compiled = compile_source(source, options, scratch)
        for d in scratch.items:
            if d.code in ("PWX309", "PWX308"):
                self.diagnostics.add(d.code, d.message, d.file, d.line, d.col, hint=d.hint)
        return minify(_SOURCE_MAP.sub("", compiled.js)), requires

    def _label(self, file: Path) -> str:
        try:
            return file.relative_to(self.project.root).as_posix()
        except ValueError:
            return file.as_posix()


# A CommonJS barrel (rxjs's index): `var x_1 = require("./x");` lines and one getter per exported name.
_BARREL_REQUIRE = re.compile(r'^var (\w+) = require\("[^"]+"\);$')
_BARREL_EXPORT = re.compile(r'^Object\.defineProperty\(exports, "(\w+)", \{ enumerable: true, '
                            r'get: function \(\) \{ return (\w+)\.\w+; \} \}\);$')


def trim_barrel(text: str, keep: frozenset[str]) -> str:
    """A barrel with only the getters of ``keep`` and the requires they read; any other text unchanged."""
    exports = [m.groups() for m in map(_BARREL_EXPORT.match, text.splitlines()) if m]
    read = {var for _name, var in exports}
    needed = {var for name, var in exports if name in keep}
    lines = []
    for line in text.splitlines(keepends=True):
        export = _BARREL_EXPORT.match(line.rstrip())
        require = _BARREL_REQUIRE.match(line.rstrip())
        if export and export.group(1) not in keep or require and require.group(1) in read - needed:
            continue
        lines.append(line)
    return "".join(lines)


def pack(project: Project, specifiers: Iterable[str], diagnostics: Diagnostics) -> dict[str, bytes]:
    """Pack the given bare specifiers (and what they require) — :class:`Packer` without compiling the app."""
    packer = Packer(project, diagnostics)
    for spec in specifiers:
        packer.resolve(spec)
    return packer.files()


def packed_size(files: dict[str, bytes]) -> int:
    return sum(len(v) for k, v in files.items() if k.startswith(NPM))
