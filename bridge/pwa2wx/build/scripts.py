"""The script stage: the app's TypeScript modules, its global scripts and polyfills, and the npm packages
they import, compiled and packed; then the ES2017 gate over the modules.

Modules are units of work (:mod:`pwa2wx.build.units`): a module whose source and answers did not change is
replayed from the cache, one whose require paths only moved is rewritten (:func:`relocated`).
"""

from __future__ import annotations

import json
import posixpath
import re
from functools import partial
from typing import Any

from pwa2wx.build.cache import Answerers, Recorder, Unit
from pwa2wx.build.parallel import Pending
from pwa2wx.build.units import Runner
from pwa2wx.diagnostics import Diagnostic, Diagnostics, faults
from pwa2wx.output import packages, placeholder
from pwa2wx.output.graph import loads
from pwa2wx.output.layout import GLOBAL_SCRIPTS
from pwa2wx.script import modules as script_modules
from pwa2wx.script import npm
from pwa2wx.script.classic import compile_classic, is_module
from pwa2wx.script.transpile import transpile_module, verify_es2017
from pwa2wx.script.tsparse import parse as parse_js
from pwa2wx.workspace.model import Project

# what a script that works on the page's DOM calls (jQuery, Bootstrap's JS, prism.js's highlightAll): it runs on an
# inert document
_DOM_LIBRARY = re.compile(r"document\.(?:querySelector|getElementsBy|createElement|documentElement|body\b|"
                          r"addEventListener)")


class ScriptStage:
    """One pass's scripts: fills ``files`` (output path → bytes) and says where each module went."""

    def __init__(self, project: Project, placement: packages.Placement, runner: Runner):
        self.project = project
        self.placement = placement
        self.runner = runner
        self.diagnostics = runner.diagnostics
        self.files: dict[str, bytes] = {}
        self.modules: dict[str, str] = {}  # project module -> its output path
        self.failed: dict[str, list[Diagnostic]] = {}  # project module -> its errors
        self.polyfills: list[str] = []  # output paths of angular.json's polyfills: the app requires them first

    def put(self, path: str, text: str) -> None:
        self.files[path] = text.encode("utf-8")

    def run(self, roots: list[str], scripts: bool = True) -> None:
        """Compile every project module reachable from ``roots`` (the views' classes, pipes, bootstrap and
        guards), the global scripts and polyfills (unless not ``scripts``: an app that runs none of its code), and
        the npm files they reach (the runtime's rxjs at least).

        Breadth first, one wave of modules at a time: the modules a wave imports are the next wave.
        """
        packed = Diagnostics()
        packer = npm.Packer(self.project, packed)
        found: set[str] = set()

        def resolve(rel: str, spec: str) -> str | None:
            target = script_modules.locate(self.project, rel, spec, packer.resolve)
            source = script_modules.project_source(self.project, target)
            if source is not None:  # a project module: it may live in a subpackage
                found.add(source)
                target = self.placement.module_output(source)
            return script_modules.relative(self.placement.module_output(rel), target) if target else target

        if scripts:
            self.emit_global_scripts()
            roots = roots + self.locate_polyfills(packer)
        standalone = self.standalone_classes()
        done: set[str] = set()
        wave = sorted(set(roots))
        while wave:
            done.update(wave)
            found.clear()
            keys = [("script", rel, source_text(self.project, rel), standalone.get(rel, ()),
                     self.project.has_node_modules) for rel in wave]
            units = self.runner.units(keys, wave, {"resolve": resolve}, self.compile_script, "scripts",
                                      len(done) - len(wave), self.relocate)
            for rel, unit in zip(wave, units, strict=True):
                errors = [d for d in unit.diagnostics if d.severity == "error"]
                if errors:
                    self.failed[rel] = errors
                js = placeholder.module_js(rel, errors) if errors else unit.value
                self.put(self.placement.module_output(rel), js)
                self.modules[rel] = self.placement.module_output(rel)
            wave = sorted(found - done)
        self.drop_unloaded(set(roots), packer)
        self.files.update(self.pack(packer, packed, self.imported_names(packer)))

    def drop_unloaded(self, roots: set[str], packer: npm.Packer) -> None:
        """Modules and package entries that nothing requires are not shipped: the compiler reaches them through
        imports it then elides (only types: interfaces, a class used as a type), and WeChat DevTools' code quality
        scan counts files nothing loads against the app. The views, bootstrap and polyfills (``roots``) stay,
        and so do the package entries the polyfills and the runtime need. The files are read once."""
        graph = {path: loads(path, data.decode("utf-8")) for path, data in self.files.items()}
        while True:
            required = {target for targets in graph.values() for target in targets}
            unloaded = [rel for rel, out in self.modules.items() if rel not in roots and out not in required]
            if not unloaded:
                break
            for rel in unloaded:
                out = self.modules.pop(rel)
                del self.files[out], graph[out]
        for entry in set(packer.entries) - required - set(self.polyfills):
            del packer.entries[entry]

    def emit_global_scripts(self) -> None:
        """The PWA's classic scripts (angular.json scripts, index.html), run before the polyfills and main."""
        for n, rel in enumerate(self.project.scripts, 1):
            out = f"{GLOBAL_SCRIPTS}{n}-{posixpath.basename(rel)}"
            text = self.runner.contain(partial((self.project.root / rel).read_text, encoding="utf-8"), lambda: None,
                                       "PWX905", "reading the script", rel)
            if text is not None and is_module(text):
                self.diagnostics.add("PWX422", f"global script '{rel}' is an ES module (import/export), which a "
                                     "browser does not run as a classic script either: not run", "angular.json",
                                     hint="import it from your code instead")
                continue
            if text is not None and _DOM_LIBRARY.search(text):
                self.diagnostics.add("PWX302", f"global script '{rel}' works on the page's DOM: it runs on the "
                                     "runtime's inert document, so what it does to the page does not show",
                                     "angular.json", hint="use a component or a wx API for what it does")
            js = None if text is None else self.runner.contain(
                partial(self.runner.memo, compile_classic, text, rel, out), lambda: None, "PWX905",
                "compiling the script", rel)
            if js is not None:
                self.put(out, js)
                self.polyfills.append(out)

    def locate_polyfills(self, packer: npm.Packer) -> list[str]:
        """Where each polyfill of angular.json is in the output (``self.polyfills``); the project modules
        among them, which are compiled with the app's. Those a mini program has no use for (zone.js) go."""
        modules = []
        for entry in self.project.polyfills:
            if entry in self.project.modules or entry.endswith(".js") and (self.project.root / entry).is_file():
                modules.append(entry)
                self.polyfills.append(self.placement.module_output(entry))
                continue
            target = script_modules.locate(self.project, self.project.main or "", entry, packer.resolve)
            if target:
                self.polyfills.append(target)
            elif target is None:
                self.diagnostics.add("PWX303", f"polyfill '{entry}' not found: not run", "angular.json",
                                     hint="install it (npm install), or remove it from angular.json's polyfills")
        return modules

    def compile_script(self, rel: str, answerers: Answerers) -> Unit:
        recorder = Recorder(answerers)
        resolve = recorder.ask("resolve")
        return recorder.unit(faults.contain(
            lambda: transpile_module(self.project, rel, lambda spec: resolve(rel, spec), recorder.diagnostics,
                                     verify=False),
            str, recorder.diagnostics.items, "PWX905", "compiling the module", rel))

    def relocate(self, unit: Unit, answers: list[Any]) -> Unit | None:
        moved = relocated(unit, answers)
        if moved is not None:
            self.runner.options.relocated[moved.value] = unit.value
        return moved

    def start_checks(self) -> None:
        """Start the ES2017 gate (esprima) on the first pass's modules: the checking is the longest stage after
        compiling, and with --jobs it runs in other processes meanwhile. What a second pass changes is
        rewritten (same verdict) or checked at the end."""
        if self.runner.options.checks:
            return
        items = [(rel, js) for rel, out in sorted(self.modules.items())
                 if not self.runner.cache.has(("verify", rel, js := self.files[out].decode("utf-8")))]
        self.runner.options.checks.append((items, Pending(_verify_one, items, self.runner.options.jobs)))

    def verify(self, files: dict[str, bytes]) -> None:
        """The gate's verdicts for the final output's modules.

        A module whose require paths were rewritten (:func:`relocated`) keeps the verdict of the text it was
        rewritten from: one JSON string literal replaced by another in a call's argument changes neither
        whether esprima accepts the script nor the line of an error (the only position PWX309 reports).
        """
        for items, pending in self.runner.options.checks:
            for (rel, js), unit in zip(items, pending.results(), strict=True):
                self.runner.cache.store(("verify", rel, js), unit)
        self.runner.options.checks.clear()
        final = self.placement.final_path
        items = [(rel, files[final(out)].decode("utf-8")) for rel, out in sorted(self.modules.items())]
        for rel, js in items:
            original = self.runner.options.relocated.get(js)
            if original is not None and self.runner.cache.has(("verify", rel, original)):
                unit = self.runner.cache.lookup(("verify", rel, original), {})  # stored, and it asks no questions
                if unit is not None:
                    self.runner.cache.store(("verify", rel, js), unit)
        self.runner.options.relocated.clear()
        self.runner.units([("verify", rel, js) for rel, js in items], items, {}, _verify, "checks")

    def standalone_classes(self) -> dict[str, tuple[tuple[str, bool], ...]]:
        """Module → (component class, standalone) of its components: the script compiler reads them."""
        found: dict[str, list[tuple[str, bool]]] = {}
        for comp in self.project.components.values():
            found.setdefault(comp.rel, []).append((comp.name, comp.standalone))
        return {rel: tuple(sorted(items)) for rel, items in found.items()}

    def imported_names(self, packer: npm.Packer) -> dict[str, frozenset[str] | None]:
        """Package entry (output path) → the names the app's modules and the runtime import from it; None when
        a module takes the whole module (``import * as``, ``export *``, a plain .js module, a side effect)."""
        entries = {packer.resolve(spec): set(modules_names) for spec, modules_names in
                   (("rxjs", script_modules.RUNTIME_RXJS), ("rxjs/operators", ()))}
        names: dict[str, set[str] | None] = {out: found for out, found in entries.items() if out is not None}
        for rel, out_path in sorted(self.modules.items()):
            required = set(loads(out_path, self.files[out_path].decode("utf-8")))
            module = self.project.modules.get(rel)
            bindings = [] if module is None else \
                [(b.specifier, b.name) for b in module.imports.values()] + \
                [(spec, name) for spec, name, _alias in module.reexports]
            for entry in required & set(packer.entries):
                imported = {name for spec, name in bindings if packer.output_of(spec) == entry}
                if not imported or imported & {None, "*", "default"} or names.get(entry, set()) is None:
                    names[entry] = None
                elif (known := names.setdefault(entry, set())) is not None:  # always: a None entry went above
                    known.update(name for name in imported if name is not None)  # all are: a None name took it too
        return {entry: None if found is None else frozenset(found) for entry, found in names.items()}

    def pack(self, packer: npm.Packer, packed: Diagnostics,
             names: dict[str, frozenset[str] | None]) -> dict[str, bytes]:
        """The npm files the modules reached; the same entries give the same files (node_modules is fixed)."""
        key = ("npm", tuple(sorted((out, str(file)) for out, file in packer.entries.items())),
               tuple(sorted(packer.missing)), tuple(sorted(names.items(), key=lambda kv: kv[0])))
        unit = self.runner.cache.lookup(key, {})
        if unit is None:
            unit = Unit(packer.files(names), packed.items)
        self.runner.cache.store(key, unit)
        self.diagnostics.extend(unit.diagnostics)
        return unit.value


def relocated(unit: Unit, answers: list[Any]) -> Unit | None:
    """A compiled module whose require paths changed (it or its imports moved into a subpackage), with the
    paths rewritten instead of compiling it again.

    Exact because the script compiler writes a resolved path into its output only as the JSON string
    argument of a ``require`` call, and every such call's path is an answer to one of its questions. So the
    ``require("…")`` calls of the code (not comments or strings: the output is parsed) are rewritten. Any
    other change of answer (a path that became unresolvable or dropped) compiles the module again.
    """
    moved: dict[str, str] = {}
    for (_, _, old), new in zip(unit.questions, answers, strict=True):
        if old == new:
            continue
        if not (isinstance(old, str) and old and isinstance(new, str) and new) or moved.get(old, new) != new:
            return None
        moved[old] = new
    source = parse_js(unit.value)
    data, edits = source.data, []
    stack = [source.tree.root_node]
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        callee, args = node.child_by_field_name("function"), node.child_by_field_name("arguments")
        if node.type != "call_expression" or callee is None or args is None or source.node_text(callee) != "require":
            continue
        literal = args.named_children[0] if args.named_child_count == 1 else None
        if literal is not None and literal.type == "string" and source.node_text(literal).startswith('"'):
            path = json.loads(source.node_text(literal))
            if path in moved:
                edits.append((literal.start_byte, literal.end_byte, json.dumps(moved[path]).encode()))
    for start, end, text in sorted(edits, reverse=True):
        data = data[:start] + text + data[end:]
    return Unit(data.decode("utf-8"), unit.diagnostics,
                [(name, args, new) for (name, args, _), new in zip(unit.questions, answers, strict=True)])


def _verify(item: tuple[str, str], answerers: Answerers) -> Unit:
    return _verify_one(item)


def _verify_one(item: tuple[str, str]) -> Unit:
    """The gate on one module: (module, its JavaScript) → a unit holding its PWX309 diagnostic, if any."""
    found = Diagnostics()
    faults.contain(lambda: verify_es2017(item[1], item[0], found), lambda: None, found.items, "PWX909",
                   "checking the converted module", item[0])
    return Unit(None, found.items)


def module_text(proj: Project, rel: str) -> str | None:
    """The TypeScript source of project module ``rel`` (None for a plain .js module or one not read)."""
    module = proj.modules.get(rel)
    return module.source.text if module is not None else None


def source_text(proj: Project, rel: str) -> str:
    """The text a project module compiles from (a plain .js module is read from disk)."""
    text = module_text(proj, rel)
    if text is not None:
        return text
    try:
        return (proj.root / rel).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
