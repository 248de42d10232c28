"""One file's compilation by reprinting: every node copied from the source text unless a handler rewrites
it (:data:`pwa2wx.script.transpile.HANDLERS`), with the state handlers share — scopes, module variables,
exports, temporaries, helpers — and the module header and footer that make it CommonJS.

A little over 400 lines: :class:`Emitter` is one class whose methods share one file's state; the handlers
that use it live elsewhere (:mod:`pwa2wx.script.transpile`, :mod:`pwa2wx.script.esm`, ``lower``, ``classes``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tree_sitter import Node

from pwa2wx.diagnostics import Diagnostics
from pwa2wx.output.layout import RUNTIME
from pwa2wx.script import helpers, modules, window_use
from pwa2wx.script.scope import Scopes, type_scope
from pwa2wx.script.tsparse import Source, required_child, string_literal, string_value

if TYPE_CHECKING:
    from pwa2wx.script.transpile import Options

Handlers = dict[str, Callable[["Emitter", Node], str]]
"""Node type → the function that prints such a node (the rest are copied with their children printed)."""

# Statements with no runtime meaning: replaced by their line breaks, so later lines keep their numbers.
TYPE_STATEMENTS = frozenset({
    "interface_declaration", "type_alias_declaration", "ambient_declaration", "function_signature",
    "abstract_method_signature", "method_signature", "index_signature",
})

# Named nodes that are pure type syntax wherever they appear in a value position's children.
TYPE_NODES = frozenset({
    "type_annotation", "type_arguments", "type_parameters", "accessibility_modifier", "override_modifier",
    "implements_clause", "type_predicate_annotation", "asserts_annotation", "decorator",
})
# Anonymous tokens that are TypeScript-only inside the given parent.
TS_TOKENS: dict[str, frozenset[str]] = {
    "optional_parameter": frozenset({"?", "readonly"}),
    "required_parameter": frozenset({"readonly"}),
    "method_definition": frozenset({"?", "!"}),
    "abstract_class_declaration": frozenset({"abstract"}),
    "variable_declarator": frozenset({"!"}),
}

@dataclass
class Import:
    """One module this module loads: what the spine follows to find reachable modules and packages."""

    specifier: str
    names: set[str]  # imported names; "*" = the whole module (namespace, side effect, re-export *, import())
    target: str | None  # the require path, modules.DROP, or None when unresolved
    kind: str  # static | dynamic | reexport | require
    line: int = 0
    col: int = 0
    source: str | None = None  # the project file (.ts or .js) target is compiled from (compile_module)


# What every ES module compiles to first.
ESM_PREAMBLE = '"use strict"; Object.defineProperty(exports, "__esModule", { value: true });'
_IDENT = re.compile(r"[A-Za-z_$][\w$]*")
_MARK = re.compile("\x00(\\d+)\x00")


@dataclass
class ModuleVar:
    name: str
    target: str | None
    specifier: str
    declared: bool = False
    default_interop: bool = False
    checked: bool = False  # its target reported (Emitter.check)


class Emitter:
    """One file's compilation state: scopes, module variables, exports, temporaries, helpers."""

    def __init__(self, src: Source, options: Options, diagnostics: Diagnostics, handlers: Handlers):
        self.src = src
        self.handlers = handlers
        self.opt = options
        self.diags = diagnostics
        self.root = src.tree.root_node
        self.scopes = Scopes(self.root, src.data)
        self.reserved = set(_IDENT.findall(src.text))
        self.mentioned = [spec for spec, words in modules.REQUIRED_ON_MENTION.items() if self.reserved & words]
        self.imports: list[Import] = []
        self.module_vars: dict[str, ModuleVar] = {}
        self.bindings: dict[str, tuple[str, str]] = {}  # local import name -> (specifier, imported name)
        self.used: set[str] = set()  # local import names referenced as values
        self.exports: dict[str, Callable[[], str | None]] = {}  # exported name -> its value (None: a type)
        self.temps: list[str] = []
        self.helpers: dict[str, str] = {}  # helper -> its name in this file
        self.deferred: list[Callable[[], str]] = []
        self.hoisted: list[str] = []  # the imports' requires, in order, when one is written below code (esm.py)
        self.imports_below_code: bool | None = None  # whether one is (esm.py: found once per file)
        self.reported: set[tuple[str, int, str]] = set()
        self.web_var: str | None = None
        self.indexeddb_var: str | None = None  # runtime/indexeddb.js, where code reads its globals free
        self.web_names: set[str] = set()  # the web globals it reads, which choose the runtime module to require
        self.window_reads: set[str] | None = set()  # the window members it reads (None: it hands the window on)
        self.enum_scope: tuple[str, set[str]] | None = None  # inside an enum body: (enum, member names)
        self.replaced: dict[int, str] = {}  # node id -> the text it is emitted as, once (lower.function_like)
        self.trailers: list[str] = []  # function declarations written after the code (compiled worker scripts)

    # ---- small services used by lower/ngmeta ------------------------------------------------------

    def text(self, node: Node) -> str:
        return self.src.node_text(node)

    def unique(self, preferred: str) -> str:
        name, n = preferred, 1
        while name in self.reserved:
            n += 1
            name = f"{preferred}_{n}" if not preferred.endswith("_1") else f"{preferred[:-2]}_{n}"
        self.reserved.add(name)
        return name

    def temp(self) -> str:
        """A module-level temporary (safe: each is read right after it is assigned, before user code runs)."""
        letters = "abcdefghijklmnopqrstuvwxyz"
        while True:
            i = len(self.temps)
            candidate = "_" + letters[i % 26] + (str(i // 26) if i >= 26 else "")
            if candidate not in self.reserved:
                self.reserved.add(candidate)
                self.temps.append(candidate)
                return candidate
            self.temps.append("")  # skip a name the file already uses

    def helper(self, name: str) -> str:
        if name not in self.helpers:
            self.helpers[name] = self.unique(name)
        return self.helpers[name]

    def export(self, exported: str, local: str) -> None:
        self.exports[exported] = lambda: self.export_value(local)

    def report(self, code: str, node: Node, message: str, hint: str = "") -> None:
        line, col = self.src.position(node)
        key = (code, line, message)
        if key in self.reported:
            return
        self.reported.add(key)
        self.diags.add(code, message, self.opt.file, line, col, hint=hint)

    def defer(self, produce: Callable[[], str]) -> str:
        """A placeholder filled in at the end (imports: whether they are used is known only then)."""
        self.deferred.append(produce)
        return f"\x00{len(self.deferred) - 1}\x00"

    def blank(self, node: Node) -> str:
        """What a removed statement leaves: its line breaks."""
        return "\n" * self.text(node).count("\n")

    def source_of(self, local: str) -> str:
        """The specifier whose module variable holds import ``local``: its runtime part's, else its own."""
        spec, name = self.bindings[local]
        return modules.runtime_part(spec, name) or spec

    def import_ref(self, local: str) -> str:
        _spec, name = self.bindings[local]
        var = self.module_vars[self.source_of(local)]
        self.used.add(local)
        if name == "*":
            return var.name
        if name == "default":
            var.default_interop = True
        return f"{var.name}.{name}" if _IDENT.fullmatch(name) else f"{var.name}[{json.dumps(name)}]"

    def imported_from(self, node: Node) -> tuple[str, str] | None:
        """(specifier, imported name) when identifier ``node`` refers to an import."""
        binding = self.scopes.lookup(node)
        if binding is None or binding.kind != "import":
            return None
        return self.bindings.get(self.text(node))

    def angular_name(self, node: Node) -> str | None:
        """The @angular/core export an identifier refers to (decorators, tokens), else None."""
        if node.type != "identifier":
            return None
        found = self.imported_from(node)
        if found and modules.runtime_module(found[0]) == "angular/core.js":
            return found[1]
        return None

    def value_of_type(self, type_node: Node) -> str | None:
        """A type annotation as the value it names (``Foo<X>`` → Foo, ``ns.Foo`` → ns.Foo), for DI tokens."""
        node = type_node.named_children[0] if type_node.type == "type_annotation" else type_node
        if node.type == "generic_type":
            node = required_child(node, "name")
        if node.type == "type_identifier":
            return self.reference(node, self.text(node), type_scope(node))
        if node.type == "nested_type_identifier":
            module = required_child(node, "module")
            return self.reference(module, self.text(module), type_scope(module)) + "." + \
                self.text(required_child(node, "name"))
        return None

    def reference(self, node: Node, name: str, at: Node | None = None) -> str:
        """Emit a value reference to ``name`` as seen at ``node`` (or ``at``: imports, shims, DOM reports)."""
        binding = self.scopes.lookup(at or node, name)
        if binding is not None:
            if binding.kind == "import" and name in self.bindings:
                spec, imported = self.bindings[name]
                hint = modules.DOM_TOKENS.get((spec, imported))
                if hint and self.opt.report_web:
                    self.report("PWX302", node, f"{imported} gives DOM access, which a mini program does not have",
                                hint)
                if self.opt.report_web and modules.stand_in(spec, imported):
                    self.report("PWX305", node, f"{imported} of {spec} is not in pwa2wx's runtime: a stand-in that "
                                "does nothing", "do without it, or file an issue")
                return self.import_ref(name)
            return name
        if self.enum_scope is not None and name in self.enum_scope[1]:
            return f"{self.enum_scope[0]}.{name}"
        if name in modules.BUILD_CONSTANTS:
            return modules.BUILD_CONSTANTS[name]
        if self.opt.global_object and name not in modules.WORKER_LANGUAGE and name not in modules.RESERVED_WORDS:
            return f"{self.opt.global_object}.{name}"  # a worker script's global (script/workers.py)
        if name in modules.INDEXEDDB_GLOBALS and self.opt.web_globals:
            self.indexeddb_var = self.indexeddb_var or self.unique("indexeddb_1")
            return f"{self.indexeddb_var}.{name}"
        if name in modules.UNSUPPORTED_GLOBALS and self.opt.report_web:
            code, hint = modules.UNSUPPORTED_GLOBALS[name]
            self.report(code, node, f"'{name}' does not exist in a mini program", hint)
        if name in self.opt.web_globals and not (name in self.opt.detected_absent and typeof_operand(node)):
            return f"{self.web(name, node)}.{name}"
        # on the window: Node's globals apps put there, and any a package's code reads (a browser's globals are the
        # window's) or the app's code declares (`declare const Chess: any`: an angular.json script's, the page's)
        if self.opt.web_globals and (name in modules.WINDOW_GLOBALS or name not in modules.JS_GLOBALS and (
                name in self.scopes.ambient or self.opt.node_env and name not in modules.RESERVED_WORDS and
                name not in self.opt.detected_absent)):
            self.read_window({name})
            return f"{self.web('window')}.window.{name}"
        return name

    def web(self, name: str, at: Node | None = None) -> str:
        """The variable holding the runtime's web globals, of which the code reads ``name``; for the window read at
        ``at``, which members it reads there (without ``at`` the caller notes them)."""
        if self.web_var is None:
            self.web_var = self.unique("web_1")
        self.web_names.add(name)
        if name in modules.WINDOW_ALIASES and at is not None:
            self.read_window(window_use.members_read(at, self.scopes, self.text))
        return self.web_var

    def read_window(self, members: set[str] | None) -> None:
        """Note window members the code reads (None: all of them)."""
        self.window_reads = None if members is None or self.window_reads is None else self.window_reads | members

    # ---- driving --------------------------------------------------------------------------------

    def run(self) -> str:
        self.collect_imports()
        body = self.emit(self.root)
        getters = self.export_getters()  # before imports are settled: export getters use imports too
        body = _MARK.sub(lambda m: self.deferred[int(m.group(1))](), body)
        header = self.header(getters)
        if body.startswith(("\n", "\r")):
            header = header.rstrip(" ")
        return header + body + self.footer()

    def export_getters(self) -> list[str]:
        getters = []
        for exported, produce in self.exports.items():
            value = produce()
            if value is not None:
                getters.append(f"{json.dumps(exported)}: function () {{ return {value}; }}")
        return getters

    def header(self, getters: list[str]) -> str:
        parts = []
        if self.opt.esm:
            parts.append(ESM_PREAMBLE)
            if getters:
                parts.append(f"{self.helper('__export')}(exports, {{ {', '.join(getters)} }});")
        if self.guards_requires():
            # an assignment, not `var require`: a declaration would make every require() of the module local
            # to WeChat's dependency analysis (miniprogram-ci's), which then counts what it loads as unused
            parts.append(f"require = require({self.runtime_path(modules.REQUIRE_SPECIFIER)})(require);")
        if self.web_var is not None:
            module = modules.web_specifier(self.web_names, self.window_reads)
            parts.append(f"var {self.web_var} = require({self.runtime_path(module)});")
        for spec in self.mentioned if self.opt.web_globals else ():
            part = f"require({self.runtime_path(spec)});"
            named = spec == modules.INDEXEDDB_SPECIFIER and self.indexeddb_var
            parts.append(f"var {self.indexeddb_var} = {part}" if named else part)
        parts += self.hoisted
        return " ".join(parts) + (" " if parts else "")

    def guards_requires(self) -> bool:
        """Whether the module's ``require`` is the runtime's guarded one: for the app's modules that require
        other modules than the runtime's (and do not name something ``require`` themselves)."""
        return self.opt.guard_requires and self.scopes.module_binding(self.root, "require") is None and \
            any(i.target and RUNTIME not in i.target for i in self.imports)

    def runtime_path(self, specifier: str) -> str:
        """The JSON require path of a runtime module the compiled code itself needs."""
        return json.dumps(self.opt.locate(specifier) or specifier)

    def missing(self, specifier: str) -> str:
        """A stand-in for a module that is not there, which throws where it is used (runtime/require.js)."""
        return f"require({self.runtime_path(modules.REQUIRE_SPECIFIER)}).missing({json.dumps(specifier)})"

    def export_value(self, local: str) -> str | None:
        binding = self.scopes.module_binding(self.root, local)
        if binding is None:
            return None  # a type, or an ambient declaration: nothing at run time
        if binding.kind == "import":
            return self.import_ref(local) if local in self.bindings else None  # None: a type-only import
        return local

    def footer(self) -> str:
        lines = []
        temps = [t for t in self.temps if t]
        if temps:
            lines.append(f"var {', '.join(temps)};")
        lines.extend(helpers.source(name, self.helpers[name]) for name in sorted(self.helpers))
        lines.extend(self.trailers)
        return ("\n" + "\n".join(lines) + "\n") if lines else ""

    # ---- imports ----------------------------------------------------------------------------------

    def collect_imports(self) -> None:
        for stmt in self.root.named_children:
            if stmt.type != "import_statement" or is_type_only(stmt):
                continue
            spec_node = stmt.child_by_field_name("source")
            spec = string_value(self.src, spec_node) if spec_node is not None else None
            if spec is None:
                continue
            self.module_var(spec, stmt, checked=False)  # (checked once it is kept: esm.import_statement)
            clause = next((c for c in stmt.named_children if c.type == "import_clause"), None)
            before = set(self.bindings)
            for part in clause.named_children if clause is not None else ():
                if part.type == "identifier":
                    self.bindings[self.text(part)] = (spec, "default")
                elif part.type == "namespace_import":
                    ident = next(c for c in part.named_children if c.type == "identifier")
                    self.bindings[self.text(ident)] = (spec, "*")
                elif part.type == "named_imports":
                    for s in part.named_children:
                        if s.type == "import_specifier" and not is_type_only(s):
                            name = required_child(s, "name")
                            alias = s.child_by_field_name("alias")
                            imported = string_literal(self.src, name) if name.type == "string" else self.text(name)
                            self.bindings[self.text(alias or name)] = (spec, imported)
            for local in sorted(self.bindings.keys() - before):
                if self.source_of(local) != spec:
                    self.module_var(self.source_of(local), stmt, of=spec, checked=False)

    def module_var(self, spec: str, at: Node, of: str = "", checked: bool = True) -> ModuleVar:
        """The variable holding module ``spec`` (a runtime part ``of`` a module: named after both); ``checked``:
        whether its target is reported now (an import TypeScript may drop is, once it is kept: :meth:`check`). A
        login library is reported where it is imported, a type only as it may be (a DI token)."""
        var = self.module_vars.get(spec)
        if var is None:
            stem = "_".join(re.sub(r"\W", "_", s.rstrip("/").split("/")[-1]).strip("_") for s in (of, spec) if s) \
                or "module"
            var = ModuleVar(self.unique(f"{stem}_1"), self.opt.locate(spec), spec)
            self.module_vars[spec] = var
            login = modules.login_library(spec) if var.target != modules.DROP else None
            if login is not None:
                self.report_login(login, spec, at)
        if checked:
            self.check(var, at)
        return var

    def check(self, var: ModuleVar, at: Node) -> None:
        """Reports, once, a module that does not resolve or is web-only, where a kept import or a require names it."""
        if not var.checked:
            var.checked = True
            self.check_target(var.specifier, var.target, at)

    def check_target(self, spec: str, target: str | None, at: Node) -> None:
        web_only = modules.web_only_package(spec)
        if web_only is not None and self.opt.report_web:
            needs, effect, hint = web_only
            self.report("PWX305", at, f"'{spec}' {needs}, which a mini program has not: {effect}", hint)
        if target is not None and target.endswith((modules.NATIVE_STAND_IN, modules.CORDOVA_STAND_IN)):
            self.report("PWX305", at, f"native plugin '{spec}' has no wx equivalent in the runtime: its calls "
                        "reject, as on the web without a native shell",
                        "guard its calls with Capacitor.isNativePlatform(), or use the wx API directly")
        elif target is None and not (modules.is_bare(spec) and self.opt.packages_missing):
            self.report("PWX303", at, f"cannot resolve '{spec}'",
                        "check the path and tsconfig paths, or install the package; the import throws when used")

    def report_login(self, library: str, spec: str, stmt: Node) -> None:
        locals_ = [name for name, (s, _) in self.bindings.items() if s == spec]
        lines = sorted({self.src.position(n)[0] for n in identifiers(self.root) if self.text(n) in locals_
                        and n.id not in self.scopes.binding_ids})
        where = f" (used on lines {', '.join(map(str, lines))})" if lines else ""
        self.report("PWX501", stmt, f"web login library '{library}'{where}", modules.LOGIN_HINT)

    def require(self, var: ModuleVar) -> str:
        path = json.dumps(var.target) if var.target else None
        if path is None:
            return self.missing(var.specifier)
        call = f"require({path})"
        return f"{self.helper('__importDefault')}({call})" if var.default_interop else call

    def record(self, spec: str, names: set[str], target: str | None, kind: str, node: Node) -> None:
        self.imports.append(Import(spec, names, target, kind, *self.src.position(node)))

    # ---- dispatch ---------------------------------------------------------------------------------

    def emit(self, node: Node) -> str:
        if node.id in self.replaced:
            return self.replaced.pop(node.id)
        exported = self.opt.exported.get((node.start_byte, node.end_byte)) if node.is_named else None
        if exported is not None:  # (a guard written in a route, which the route table requires by this name)
            return f"(exports.{exported} = {self.emit_node(node)})"
        return self.emit_node(node)

    def emit_node(self, node: Node) -> str:
        handler = self.handlers.get(node.type) if node.is_named else None
        if handler is not None:
            return handler(self, node)
        return self.default(node)

    def default(self, node: Node, replace: dict[int, str] | None = None, after: dict[int, str] | None = None) -> str:
        """The node's source text with each child emitted (or replaced by ``replace[child.id]``, and followed by
        ``after[child.id]``)."""
        if not node.children:
            return self.text(node)
        drop = TS_TOKENS.get(node.type, frozenset())
        data = self.src.data
        out = []
        pos = node.start_byte
        for child in node.children:
            out.append(data[pos:child.start_byte].decode("utf-8"))
            if replace is not None and child.id in replace:
                out.append(replace[child.id])
            elif child.type in TYPE_NODES:
                out.append("" if node.type == "arrow_function" else self.blank(child))  # no line break before =>
            elif not child.is_named and child.type in drop:
                out.append("")
            else:
                out.append(self.emit(child))
            if after is not None and child.id in after:
                out.append(after[child.id])
            pos = child.end_byte
        out.append(data[pos:node.end_byte].decode("utf-8"))
        return "".join(out)

    def wrap(self, node: Node, text: str) -> str:
        """Parenthesise a lowered expression unless its position accepts any assignment expression."""
        parent = node.parent
        if parent is None:
            return text
        field_name = field_of(parent, node)
        if parent.type in _SAFE_PARENTS or (field_name in ("right", "value", "body")
                                             and parent.type in _SAFE_FIELDS):
            return text
        return f"({text})"


def field_of(parent: Node, child: Node) -> str | None:
    for i, c in enumerate(parent.children):
        if c.id == child.id:
            return parent.field_name_for_child(i)
    return None


_SAFE_PARENTS = frozenset({
    "parenthesized_expression", "arguments", "array", "expression_statement", "variable_declarator",
    "return_statement", "pair", "template_substitution", "spread_element", "sequence_expression",
    "throw_statement", "enum_assignment", "public_field_definition",
})
_SAFE_FIELDS = frozenset({
    "assignment_expression", "augmented_assignment_expression", "arrow_function", "assignment_pattern",
    "object_assignment_pattern", "required_parameter", "optional_parameter",
})


def is_type_only(node: Node) -> bool:
    return any(not c.is_named and c.type == "type" for c in node.children)


def identifiers(root: Node):
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type in ("identifier", "shorthand_property_identifier"):
            yield node
        stack.extend(node.named_children)


def typeof_operand(node: Node) -> bool:
    parent = node.parent
    return parent is not None and parent.type == "unary_expression" and parent.children[0].type == "typeof"
