"""TypeScript / ES modules → ES2017 CommonJS that WeChat (and esprima 4.0.1) accepts.

The compiler reprints the tree-sitter tree: every node is copied from the source text unless a
handler in ``HANDLERS`` rewrites it, so comments, formatting and (mostly) line numbers
survive, and each rewrite is local and testable. Rewrites, in one pass:

- types go (annotations, generics, ``as``/``!``/``satisfies``, interfaces, overloads, ``declare``);
- newer syntax is lowered (``?.``, ``??``, logical assignment, object spread/rest,
  optional catch binding, numeric separators, ``for await``) — see :mod:`bridge.script.lower`; class
  fields move into constructors — :mod:`bridge.script.classes`;
- ``import``/``export`` become ``require`` and getters on ``exports`` defined before any require, and
  imported names are read as ``mod_1.X`` at each use, so circular imports see live values;
- Angular decorators become the ``X.__ng__`` metadata (:mod:`bridge.script.ngmeta`);
- free browser globals go through the runtime's ``web.js``; DOM access and web login libraries are
  reported where they are used.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tree_sitter import Node

from bridge.diagnostics import Diagnostics
from bridge.project import Project
from bridge.script import classes, helpers, lower, modules
from bridge.script.scope import Scopes, pattern_names, type_scope
from bridge.script.tsparse import Source, parse, string_value

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
# Statements with no runtime meaning: replaced by their line breaks, so later lines keep their numbers.
TYPE_STATEMENTS = frozenset({
    "interface_declaration", "type_alias_declaration", "ambient_declaration", "function_signature",
    "abstract_method_signature", "method_signature", "index_signature",
})


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


@dataclass
class Compiled:
    js: str
    imports: list[Import]


@dataclass(frozen=True)
class Options:
    """How to compile one file. ``locate(specifier)`` → require path relative to the output file, DROP, None."""

    file: str  # path used in diagnostics
    locate: modules.Resolve
    esm: bool = True  # an ES module: strict, exports object; False for CommonJS npm files
    web_globals: frozenset[str] = modules.WEB_GLOBALS  # free browser globals read from the runtime's web.js
    detected_absent: frozenset[str] = frozenset()  # of those, the ones whose `typeof x` test still sees none
    report_web: bool = True  # report DOM access and missing browser APIs (the app's own code, not npm packages)
    node_env: bool = False  # replace process.env.NODE_ENV by "production" (npm code)
    packages_missing: bool = False  # node_modules absent: bridge.npm reports the packages once (PWX304)
    standalone: Callable[[str], bool | None] = field(default=lambda name: None)  # class name → standalone
    verify: bool = True  # parse the output with esprima 4.0.1 (PWX309); npm files skip it: slow, tested instead
    guard_requires: bool = True  # a required module that throws while loading is a stand-in (the app's code)


# ---- public API ------------------------------------------------------------------------------


def transpile_module(project: Project, rel: str, resolve: modules.Resolve, diagnostics: Diagnostics,
                     verify: bool = True) -> str:
    """ES2017 CommonJS for project module ``rel`` (.ts or .js).

    ``resolve(specifier)`` gives the require path relative to the module's output file ("" drops the
    import, None reports it); :func:`bridge.script.modules.resolver` builds one for the standard layout.
    It is also asked for ``modules.WEB_SPECIFIER``, the runtime's web shims. ``verify=False`` leaves the
    esprima gate to the caller (:func:`verify_es2017`), e.g. to run it once on the final output.
    """
    return compile_module(project, rel, resolve, diagnostics, verify).js


def compile_module(project: Project, rel: str, resolve: modules.Resolve, diagnostics: Diagnostics,
                   verify: bool = True) -> Compiled:
    """Like :func:`transpile_module`, also returning the imports (to follow reachable modules in one pass)."""
    module = project.modules.get(rel)
    if module is None:  # a plain .js module, or a .ts file the project reader could not read
        try:
            text = (project.root / rel).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            diagnostics.add("PWX301", f"cannot read: {e}", rel, hint="save it as UTF-8 text")
            text = ""
        source = parse(text)
    else:
        source = module.source

    def standalone(name: str) -> bool | None:
        comp = project.component_at(rel, name)
        return comp.standalone if comp is not None else None

    options = Options(file=rel, locate=resolve, packages_missing=not project.has_node_modules,
                      standalone=standalone, verify=verify)
    compiled = compile_source(source, options, diagnostics)
    out_dir = posixpath.dirname(modules.output_path(rel))
    for imp in compiled.imports:
        if imp.target:
            imp.source = modules.project_source(project, posixpath.normpath(posixpath.join(out_dir, imp.target)))
    return compiled


def module_requires(project: Project, rel: str, resolve: modules.Resolve) -> list[Import]:
    """The imports ``rel`` keeps after type-only imports are dropped (compiles it; diagnostics discarded)."""
    return compile_module(project, rel, resolve, Diagnostics()).imports


def compile_source(source: Source | str, options: Options, diagnostics: Diagnostics) -> Compiled:
    """Compile one parsed file. Bad input gives located diagnostics, never an exception."""
    src = parse(source) if isinstance(source, str) else source
    for line, col, message in src.syntax_errors():
        diagnostics.add("PWX301", message, options.file, line, col,
                        hint="fix the syntax; the file is converted as far as it parses")
    emitter = _Emitter(src, options, diagnostics)
    js = src.restore(emitter.run())
    if options.verify:
        verify_es2017(js, options.file, diagnostics)
    return Compiled(js, emitter.imports)


def verify_es2017(js: str, file: str, diagnostics: Diagnostics) -> None:
    """The gate on emitted JavaScript: PWX309 unless esprima 4.0.1 parses ``js`` as an ES2017 script."""
    import esprima  # here, not at the top: importing it costs ~0.3 s that commands which never verify should not pay

    try:
        esprima.parseScript(js)
    except esprima.Error as e:
        diagnostics.add("PWX309", f"the converted file is not ES2017: {e}", file, getattr(e, "lineNumber", 0),
                        hint="report this with the source line; rewrite the construct in plainer TypeScript")


# ---- the emitter -------------------------------------------------------------------------------

_IDENT = re.compile(r"[A-Za-z_$][\w$]*")
_MARK = re.compile("\x00(\\d+)\x00")


@dataclass
class _ModuleVar:
    name: str
    target: str | None
    specifier: str
    declared: bool = False
    default_interop: bool = False


class _Emitter:
    """One file's compilation state: scopes, module variables, exports, temporaries, helpers."""

    def __init__(self, src: Source, options: Options, diagnostics: Diagnostics):
        self.src = src
        self.opt = options
        self.diags = diagnostics
        self.root = src.tree.root_node
        self.scopes = Scopes(self.root, src.data)
        self.reserved = set(_IDENT.findall(src.text))
        self.imports: list[Import] = []
        self.module_vars: dict[str, _ModuleVar] = {}
        self.bindings: dict[str, tuple[str, str]] = {}  # local import name -> (specifier, imported name)
        self.used: set[str] = set()  # local import names referenced as values
        self.exports: dict[str, Callable[[], str | None]] = {}  # exported name -> its value (None: a type)
        self.temps: list[str] = []
        self.helpers: dict[str, str] = {}  # helper -> its name in this file
        self.deferred: list[Callable[[], str]] = []
        self.reported: set[tuple[str, int, str]] = set()
        self.web_var: str | None = None
        self.web_names: set[str] = set()  # the web globals it reads, which choose the runtime module to require
        self.enum_scope: tuple[str, set[str]] | None = None  # inside an enum body: (enum, member names)

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

    def import_ref(self, local: str) -> str:
        spec, name = self.bindings[local]
        var = self.module_vars[spec]
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
            node = node.child_by_field_name("name")
        if node.type == "type_identifier":
            return self.reference(node, self.text(node), type_scope(node))
        if node.type == "nested_type_identifier":
            module = node.child_by_field_name("module")
            return self.reference(module, self.text(module), type_scope(module)) + "." + \
                self.text(node.child_by_field_name("name"))
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
                return self.import_ref(name)
            return name
        if self.enum_scope is not None and name in self.enum_scope[1]:
            return f"{self.enum_scope[0]}.{name}"
        if name in modules.BUILD_CONSTANTS:
            return modules.BUILD_CONSTANTS[name]
        if name in modules.UNSUPPORTED_GLOBALS and self.opt.report_web:
            code, hint = modules.UNSUPPORTED_GLOBALS[name]
            self.report(code, node, f"'{name}' does not exist in a mini program", hint)
        if name in self.opt.web_globals and not (name in self.opt.detected_absent and _typeof_operand(node)):
            return f"{self.web(name)}.{name}"
        if name in modules.WINDOW_GLOBALS and self.opt.web_globals:
            return f"{self.web('window')}.window.{name}"
        if self.opt.node_env and self.opt.web_globals and name not in modules.JS_GLOBALS and \
                name not in modules.RESERVED_WORDS and name not in self.opt.detected_absent:  # a package's code
            return f"{self.web('window')}.window.{name}"
        return name

    def web(self, name: str) -> str:
        """The variable holding the runtime's web globals, of which the code reads ``name``."""
        if self.web_var is None:
            self.web_var = self.unique("web_1")
        self.web_names.add(name)
        return self.web_var

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
            parts.append('"use strict"; Object.defineProperty(exports, "__esModule", { value: true });')
            if getters:
                parts.append(f"{self.helper('__export')}(exports, {{ {', '.join(getters)} }});")
        if self.guards_requires():
            parts.append(f"var require = require({self.runtime_path(modules.REQUIRE_SPECIFIER)})(require);")
        if self.web_var is not None:
            parts.append(f"var {self.web_var} = require({self.runtime_path(modules.web_specifier(self.web_names))});")
        return " ".join(parts) + (" " if parts else "")

    def guards_requires(self) -> bool:
        """Whether the module's ``require`` is the runtime's guarded one: for the app's modules that require
        other modules than the runtime's (and do not name something ``require`` themselves)."""
        return self.opt.guard_requires and self.scopes.module_binding(self.root, "require") is None and \
            any(i.target and modules.RUNTIME not in i.target for i in self.imports)

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
        return ("\n" + "\n".join(lines) + "\n") if lines else ""

    # ---- imports ----------------------------------------------------------------------------------

    def collect_imports(self) -> None:
        for stmt in self.root.named_children:
            if stmt.type != "import_statement" or _is_type_only(stmt):
                continue
            spec_node = stmt.child_by_field_name("source")
            spec = string_value(self.src, spec_node) if spec_node is not None else None
            if spec is None:
                continue
            self.module_var(spec, stmt)
            clause = next((c for c in stmt.named_children if c.type == "import_clause"), None)
            for part in clause.named_children if clause is not None else ():
                if part.type == "identifier":
                    self.bindings[self.text(part)] = (spec, "default")
                elif part.type == "namespace_import":
                    ident = next(c for c in part.named_children if c.type == "identifier")
                    self.bindings[self.text(ident)] = (spec, "*")
                elif part.type == "named_imports":
                    for s in part.named_children:
                        if s.type == "import_specifier" and not _is_type_only(s):
                            name = s.child_by_field_name("name")
                            alias = s.child_by_field_name("alias")
                            imported = string_value(self.src, name) if name.type == "string" else self.text(name)
                            self.bindings[self.text(alias or name)] = (spec, imported)

    def module_var(self, spec: str, at: Node) -> _ModuleVar:
        var = self.module_vars.get(spec)
        if var is None:
            stem = re.sub(r"\W", "_", spec.rstrip("/").split("/")[-1]).strip("_") or "module"
            target = self.opt.locate(spec)
            var = _ModuleVar(self.unique(f"{stem}_1"), target, spec)
            self.module_vars[spec] = var
            self.check_target(spec, target, at)
            if target != modules.DROP:
                login = modules.login_library(spec)
                if login is not None:
                    self.report_login(login, spec, at)
        return var

    def check_target(self, spec: str, target: str | None, at: Node) -> None:
        if modules.native_plugin(spec):
            self.report("PWX305", at, f"native plugin '{spec}' has no wx equivalent in the runtime: its calls "
                        "reject, as on the web without a native shell",
                        "guard its calls with Capacitor.isNativePlatform(), or use the wx API directly")
        elif target is None and not (modules.is_bare(spec) and self.opt.packages_missing):
            self.report("PWX303", at, f"cannot resolve '{spec}'",
                        "check the path and tsconfig paths, or install the package; the import throws when used")

    def report_login(self, library: str, spec: str, stmt: Node) -> None:
        locals_ = [name for name, (s, _) in self.bindings.items() if s == spec]
        lines = sorted({self.src.position(n)[0] for n in _identifiers(self.root) if self.text(n) in locals_
                        and n.id not in self.scopes.binding_ids})
        where = f" (used on lines {', '.join(map(str, lines))})" if lines else ""
        self.report("PWX501", stmt, f"web login library '{library}'{where}", modules.LOGIN_HINT)

    def require(self, var: _ModuleVar) -> str:
        path = json.dumps(var.target) if var.target else None
        if path is None:
            return self.missing(var.specifier)
        call = f"require({path})"
        return f"{self.helper('__importDefault')}({call})" if var.default_interop else call

    def record(self, spec: str, names: set[str], target: str | None, kind: str, node: Node) -> None:
        self.imports.append(Import(spec, names, target, kind, *self.src.position(node)))

    # ---- dispatch ---------------------------------------------------------------------------------

    def emit(self, node: Node) -> str:
        handler = HANDLERS.get(node.type) if node.is_named else None
        if handler is not None:
            return handler(self, node)
        return self.default(node)

    def default(self, node: Node, replace: dict[int, str] | None = None) -> str:
        """The node's source text with each child emitted (or replaced by ``replace[child.id]``)."""
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
            pos = child.end_byte
        out.append(data[pos:node.end_byte].decode("utf-8"))
        return "".join(out)

    def wrap(self, node: Node, text: str) -> str:
        """Parenthesise a lowered expression unless its position accepts any assignment expression."""
        parent = node.parent
        if parent is None:
            return text
        field_name = _field_of(parent, node)
        if parent.type in _SAFE_PARENTS or (field_name in ("right", "value", "body")
                                             and parent.type in _SAFE_FIELDS):
            return text
        return f"({text})"


def _field_of(parent: Node, child: Node) -> str | None:
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


def _is_type_only(node: Node) -> bool:
    return any(not c.is_named and c.type == "type" for c in node.children)


def _identifiers(root: Node):
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type in ("identifier", "shorthand_property_identifier"):
            yield node
        stack.extend(node.named_children)


# ---- handlers: one per node type that is not copied as is ---------------------------------------


def _import_statement(em: _Emitter, node: Node) -> str:
    if _is_type_only(node):
        return em.blank(node)
    require_clause = next((c for c in node.named_children if c.type == "import_require_clause"), None)
    if require_clause is not None:  # import x = require('y')
        spec = string_value(em.src, require_clause.child_by_field_name("source")) or ""
        var = _ModuleVar(em.text(require_clause.named_children[0]), em.opt.locate(spec), spec)
        em.check_target(spec, var.target, node)
        em.record(spec, {"*"}, var.target, "static", node)
        return f"var {var.name} = {em.require(var)};"
    spec_node = node.child_by_field_name("source")
    spec = string_value(em.src, spec_node) if spec_node is not None else None
    if spec is None:
        return em.blank(node)
    var = em.module_vars[spec]
    clause = next((c for c in node.named_children if c.type == "import_clause"), None)
    locals_ = [name for name, (s, _) in em.bindings.items() if s == spec] if clause is not None else []

    def produce() -> str:
        used = [name for name in locals_ if name in em.used]
        if var.target == modules.DROP or (clause is not None and not used):
            return em.blank(node)  # TypeScript drops imports used only as types
        names = {em.bindings[n][1] for n in used} or {"*"}
        if var.declared:
            em.record(spec, names, var.target, "static", node)
            return em.blank(node)
        var.declared = True
        em.record(spec, names, var.target, "static", node)
        if clause is None:
            return (f"require({json.dumps(var.target)});" if var.target
                    else em.blank(node))
        return f"var {var.name} = {em.require(var)};" + em.blank(node)

    return em.defer(produce)


def _export_statement(em: _Emitter, node: Node) -> str:
    if _is_type_only(node):
        return em.blank(node)
    decl = node.child_by_field_name("declaration")
    value = node.child_by_field_name("value")
    source = node.child_by_field_name("source")
    is_default = any(not c.is_named and c.type == "default" for c in node.children)
    decorators = [c for c in node.children if c.type == "decorator"]
    if decl is not None:  # keep the lines of decorators written before "export"
        lead = "\n" * em.src.data[node.start_byte:decl.start_byte].count(b"\n")
        return lead + _export_declaration(em, node, decl, is_default, decorators)
    if value is not None and is_default:
        if value.type in ("function_expression", "class") and value.child_by_field_name("name") is None:
            name = em.unique("_default")
            em.exports["default"] = lambda: name
            if value.type == "class":
                return classes.class_node(em, value, decorators, name)
            return "function " + name + em.default(value)[len("function"):]
        if value.type == "class":
            name = em.text(value.child_by_field_name("name"))
            em.export("default", name)
            return classes.class_node(em, value, decorators, None)
        return f"exports.default = {em.emit(value)};"
    clause = next((c for c in node.named_children if c.type == "export_clause"), None)
    if source is not None:
        return _reexport(em, node, source, clause)
    if clause is not None:
        for spec in clause.named_children:
            if spec.type == "export_specifier" and not _is_type_only(spec):
                name = em.text(spec.child_by_field_name("name"))
                alias = spec.child_by_field_name("alias")
                em.export(em.text(alias) if alias is not None else name, name)
        return em.blank(node)
    if any(not c.is_named and c.type == "=" for c in node.children):  # export = x
        expr = node.named_children[-1]
        return f"module.exports = {em.emit(expr)};"
    return em.blank(node)  # export as namespace X


def _export_declaration(em: _Emitter, node: Node, decl: Node, is_default: bool, decorators: list[Node]) -> str:
    t = decl.type
    if t in TYPE_STATEMENTS or t in ("interface_declaration", "type_alias_declaration"):
        return em.blank(node)
    if t in ("class_declaration", "abstract_class_declaration"):
        name = em.text(decl.child_by_field_name("name"))
        em.export("default" if is_default else name, name)
        return classes.class_node(em, decl, decorators, None)
    if t in ("function_declaration", "generator_function_declaration", "enum_declaration", "internal_module"):
        name = em.text(decl.child_by_field_name("name"))
        em.export("default" if is_default else name, name)
        return em.emit(decl)
    if t in ("lexical_declaration", "variable_declaration"):
        for declarator in decl.named_children:
            if declarator.type == "variable_declarator":
                for ident in pattern_names(declarator.child_by_field_name("name")):
                    em.export(em.text(ident), em.text(ident))
        return em.emit(decl)
    return em.emit(decl)


def _reexport(em: _Emitter, node: Node, source: Node, clause: Node | None) -> str:
    spec = string_value(em.src, source) or ""
    var = em.module_var(spec, node)
    namespace = next((c for c in node.named_children if c.type == "namespace_export"), None)
    if clause is None and namespace is None:  # export * from './x'
        em.record(spec, {"*"}, var.target, "reexport", node)
        if var.target in (None, modules.DROP):
            return em.blank(node)
        path = json.dumps(var.target)
        return f"{em.helper('__exportStar')}(require({path}), exports);"
    names = set()
    if namespace is not None:
        alias = next(c for c in namespace.named_children if c.type in ("identifier", "string"))
        em.exports[em.text(alias).strip("'\"")] = lambda: var.name
        names.add("*")
    else:
        for s in clause.named_children:
            if s.type == "export_specifier" and not _is_type_only(s):
                name = em.text(s.child_by_field_name("name"))
                alias = s.child_by_field_name("alias")
                em.exports[em.text(alias) if alias is not None else name] = lambda name=name: f"{var.name}.{name}"
                names.add(name)
    em.record(spec, names, var.target, "reexport", node)
    if var.declared or var.target == modules.DROP:
        return em.blank(node)
    var.declared = True
    return f"var {var.name} = {em.require(var)};"


def _identifier(em: _Emitter, node: Node) -> str:
    if node.id in em.scopes.binding_ids:
        return em.text(node)
    return em.reference(node, em.text(node))


def _shorthand_property(em: _Emitter, node: Node) -> str:
    name = em.text(node)
    value = em.reference(node, name)
    return name if value == name and name != "async" else f"{name}: {value}"  # esprima misreads `{ async }`


def _shorthand_pattern(em: _Emitter, node: Node) -> str:
    name = em.text(node)
    return "async: async" if name == "async" else em.default(node)


def _call_expression(em: _Emitter, node: Node) -> str:
    fn = node.child_by_field_name("function")
    if fn is not None and fn.type == "import":
        return _dynamic_import(em, node)
    if lower.has_optional(node):
        return lower.optional_chain(em, node)
    if (fn is not None and fn.type == "identifier" and em.text(fn) == "require"
            and em.scopes.lookup(fn) is None):
        return _require_call(em, node)
    return em.default(node)


def _require_call(em: _Emitter, node: Node) -> str:
    args = node.child_by_field_name("arguments").named_children
    spec = string_value(em.src, args[0]) if len(args) == 1 else None
    if spec is None:
        return em.default(node)
    target = em.opt.locate(spec)
    em.record(spec, {"*"}, target, "require", node)
    if target is None and not _inside_try(node):
        # a module that is not there: a stand-in that throws when used, so that loading this file (and every
        # file that loads it) still works; a require inside `try` keeps throwing, as code that probes expects
        return em.missing(spec)
    if not target:
        return em.default(node)
    return f"require({json.dumps(target)})"


def _inside_try(node: Node) -> bool:
    parent = node.parent
    while parent is not None and parent.type != "try_statement":
        parent = parent.parent
    return parent is not None


def _dynamic_import(em: _Emitter, node: Node) -> str:
    args = node.child_by_field_name("arguments").named_children
    spec = string_value(em.src, args[0]) if args else None
    if spec is None:
        em.report("PWX308", node, "import() of a computed path is not converted",
                  "import a fixed path, e.g. import('./pages/x')")
        return 'Promise.reject(new Error("pwa2wx: import() of a computed path"))'
    target = em.opt.locate(spec)
    em.record(spec, {"*"}, target, "dynamic", node)
    if target is None:
        em.check_target(spec, target, node)
        return f'Promise.reject(new Error({json.dumps("pwa2wx: cannot resolve " + spec)}))'
    if target == modules.DROP:
        return "Promise.resolve({})"
    path = json.dumps(target)
    return f"Promise.resolve().then(function () {{ return require({path}); }})"


def _member_expression(em: _Emitter, node: Node) -> str:
    if lower.has_optional(node):
        return lower.optional_chain(em, node)
    obj = node.child_by_field_name("object")
    prop = node.child_by_field_name("property")
    prop_name = em.text(prop) if prop is not None else ""
    if obj.type == "meta_property":
        em.report("PWX308", node, "import.meta does not exist in CommonJS", "read the value from environment.ts")
        return "({})." + prop_name
    if obj.type == "identifier" and em.scopes.lookup(obj) is None:
        name = em.text(obj)
        if em.opt.web_globals and name in modules.WINDOW_ALIASES:
            if prop_name in modules.UNSUPPORTED_GLOBALS and em.opt.report_web:
                code, hint = modules.UNSUPPORTED_GLOBALS[prop_name]
                em.report(code, node, f"'{name}.{prop_name}' does not exist in a mini program", hint)
            if prop_name in em.opt.web_globals:
                return f"{em.web(prop_name)}.{prop_name}"
    if em.opt.node_env and em.text(node) == "process.env.NODE_ENV":
        return '"production"'
    if prop_name == "nativeElement" and em.opt.report_web:
        em.report("PWX302", prop, "nativeElement is not a DOM element in a mini program",
                  modules.DOM_TOKENS[("@angular/core", "ElementRef")])
    return em.default(node)


def _subscript_expression(em: _Emitter, node: Node) -> str:
    return lower.optional_chain(em, node) if lower.has_optional(node) else em.default(node)


def _first_value(em: _Emitter, node: Node) -> str:
    """``x as T``, ``x satisfies T``, ``x!``: the expression alone."""
    return em.emit(node.named_children[0])


def _type_assertion(em: _Emitter, node: Node) -> str:
    return em.emit(node.named_children[-1])


def _blank(em: _Emitter, node: Node) -> str:
    return em.blank(node)


def _expression_statement(em: _Emitter, node: Node) -> str:
    out = em.default(node)
    if out[:1] in "([`" and em.text(node)[:1] != out[:1]:
        return ";" + out  # a lowered expression now starts with "(": keep it from joining the line above
    return out


# Regular expressions an ES2017 parser rejects but WeChat's engines run: syntax newer than ES2017 (lookbehind,
# named groups, \p{…} escapes; the s, d and v flags), and a class range next to a class escape (/[+-\d]/, which
# browsers take). Such a literal is built at run time instead.
_NEWER_REGEX = re.compile(r"\\[pP]\{|\(\?<[=!]|\(\?<[A-Za-z_$]|\\k<"
                          r"|\[(?:[^\]\\]|\\.)*?(?:-\\[dDwWsS]|\\[dDwWsS]-[^\]])")


def _regex(em: _Emitter, node: Node) -> str:
    pattern = node.child_by_field_name("pattern")
    flags = node.child_by_field_name("flags")
    body = em.text(pattern) if pattern is not None else ""
    flag_text = em.text(flags) if flags is not None else ""
    if not _NEWER_REGEX.search(body) and not set(flag_text) & set("sdv"):
        return em.default(node)
    return f"new RegExp({json.dumps(body)}, {json.dumps(flag_text)})"


def _typeof_operand(node: Node) -> bool:
    parent = node.parent
    return parent is not None and parent.type == "unary_expression" and parent.children[0].type == "typeof"


def _number(em: _Emitter, node: Node) -> str:
    text = em.text(node).replace("_", "")
    if text.endswith("n"):  # a BigInt literal (ES2020): the same value from BigInt(), which parses as ES2017
        em.report("PWX307", node, f"BigInt literal {em.text(node)} becomes BigInt(\"{text[:-1]}\")",
                  "it needs a WeChat client with BigInt (base library 2.x on current iOS and Android)")
        return f'BigInt("{text[:-1]}")'
    return text


def _private_name(em: _Emitter, node: Node) -> str:
    em.report("PWX307", node, f"private field {em.text(node)} becomes an ordinary property",
              "ES2017 has no #private fields; the name stays unique but is visible to other code")
    return "__private_" + em.text(node)[1:]


def _catch_clause(em: _Emitter, node: Node) -> str:
    if node.child_by_field_name("parameter") is not None:
        return em.default(node)
    body = node.child_by_field_name("body")
    return f"catch ({em.unique('_error')}) " + em.emit(body)


def _formal_parameters(em: _Emitter, node: Node) -> str:
    """Parameters without types, modifiers, decorators and a ``this`` parameter."""
    replace: dict[int, str] = {}
    children = node.children
    for i, child in enumerate(children):
        pattern = child.child_by_field_name("pattern") if child.is_named else None
        if pattern is not None and pattern.type == "this":
            replace[child.id] = ""
            if i + 1 < len(children) and children[i + 1].type == ",":
                replace[children[i + 1].id] = ""
    return em.default(node, replace)


def _class(em: _Emitter, node: Node) -> str:
    return classes.class_node(em, node, [], None)


HANDLERS: dict[str, Callable[[_Emitter, Node], str]] = {
    "import_statement": _import_statement,
    "export_statement": _export_statement,
    "identifier": _identifier,
    "shorthand_property_identifier": _shorthand_property,
    "shorthand_property_identifier_pattern": _shorthand_pattern,
    "call_expression": _call_expression,
    "member_expression": _member_expression,
    "subscript_expression": _subscript_expression,
    "as_expression": _first_value,
    "satisfies_expression": _first_value,
    "non_null_expression": _first_value,
    "type_assertion": _type_assertion,
    "expression_statement": _expression_statement,
    "number": _number,
    "regex": _regex,
    "private_property_identifier": _private_name,
    "catch_clause": _catch_clause,
    "formal_parameters": _formal_parameters,
    "class_declaration": _class,
    "abstract_class_declaration": _class,
    "class": _class,
    "import_alias": lambda em, node: "var " + em.default(node)[len("import"):].lstrip(),
    **{t: _blank for t in TYPE_STATEMENTS},
    **lower.HANDLERS,
}
