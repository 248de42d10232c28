"""TypeScript / ES modules → ES2017 CommonJS that WeChat (and esprima 4.0.1) accepts.

The compiler reprints the tree-sitter tree (:mod:`pwa2wx.script.emitter`): every node is copied from the
source text unless a handler in ``HANDLERS`` rewrites it, so comments, formatting and (mostly) line numbers
survive, and each rewrite is local and testable. Rewrites, in one pass:

- types go (annotations, generics, ``as``/``!``/``satisfies``, interfaces, overloads, ``declare``);
- newer syntax is lowered (``?.``, ``??``, logical assignment, object spread/rest,
  optional catch binding, numeric separators, ``for await``) — see :mod:`pwa2wx.script.lower`; class
  fields move into constructors — :mod:`pwa2wx.script.classes`;
- ``import``/``export`` become ``require`` and getters on ``exports`` defined before any require, and
  imported names are read as ``mod_1.X`` at each use, so circular imports see live values
  (:mod:`pwa2wx.script.esm`);
- Angular decorators become the ``X.__ng__`` metadata (:mod:`pwa2wx.script.ngmeta`);
- free browser globals go through the runtime's ``web.js``; DOM access and web login libraries are
  reported where they are used.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial

from tree_sitter import Node

from pwa2wx.diagnostics import Diagnostics
from pwa2wx.script import classes, contexts, esm, lower, modules, workers
from pwa2wx.script.emitter import TYPE_STATEMENTS, Emitter, Handlers, Import
from pwa2wx.script.tsparse import Source, parse, required_child
from pwa2wx.workspace.model import Project
from pwa2wx.workspace.symbols import resolve_import, value_exports


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
    packages_missing: bool = False  # node_modules absent: pwa2wx.script.npm reports the packages once (PWX304)
    standalone: Callable[[str], bool | None] = field(default=lambda name: None)  # class name → standalone
    verify: bool = True  # parse the output with esprima 4.0.1 (PWX309); npm files skip it: slow, tested instead
    guard_requires: bool = True  # a required module that throws while loading is a stand-in (the app's code)
    star_exports: Callable[[str], list[str]] = field(default=lambda spec: [])  # export * from spec: its names
    worker_scripts: bool = False  # compile the Web Worker scripts written as strings (script/workers.py)
    global_object: str = ""  # a worker script's: the variable its free names are read from (script/workers.py)
    worker_module: Callable[[str], tuple[str, str] | None] = field(default=lambda spec: None)  # → (file, its text)
    # (prefix, suffix) → the modules an import() of a computed path `prefix${…}suffix` may load (script/contexts.py)
    context: Callable[[str, str], list[contexts.Member] | None] = field(default=lambda prefix, suffix: None)
    # expressions (their byte span) the compiled file also exports, under these names: guards written in routes
    exported: Mapping[tuple[int, int], str] = field(default_factory=dict)


# ---- public API ------------------------------------------------------------------------------


def transpile_module(project: Project, rel: str, resolve: modules.Resolve, diagnostics: Diagnostics,
                     verify: bool = True) -> str:
    """ES2017 CommonJS for project module ``rel`` (.ts or .js).

    ``resolve(specifier)`` gives the require path relative to the module's output file ("" drops the
    import, None reports it); :func:`pwa2wx.script.modules.resolver` builds one for the standard layout.
    It is also asked for ``modules.WEB_SPECIFIER``, the runtime's web shims. ``verify=False`` leaves the
    esprima gate to the caller (:func:`verify_es2017`), e.g. to run it once on the final output.
    """
    return compile_module(project, rel, resolve, diagnostics, verify).js


def compile_module(project: Project, rel: str, resolve: modules.Resolve, diagnostics: Diagnostics,
                   verify: bool = True) -> Compiled:
    """Like :func:`transpile_module`, also returning the imports (to follow reachable modules in one pass)."""
    module = project.modules.get(rel)
    if rel.endswith(".json"):
        return Compiled(json_module(project, rel, diagnostics), [])
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

    def star_exports(spec: str) -> list[str]:
        target = resolve_import(project, rel, spec)
        return value_exports(project, target) if target is not None else []

    def worker_module(spec: str) -> tuple[str, str] | None:
        target = resolve_import(project, rel, spec)
        module = project.modules.get(target) if target is not None else None
        return (target, module.source.text) if target is not None and module is not None else None

    options = Options(file=rel, locate=resolve, packages_missing=not project.has_node_modules,
                      standalone=standalone, verify=verify, star_exports=star_exports, worker_scripts=True,
                      worker_module=worker_module, context=partial(contexts.members, project, rel),
                      exported=project.inline_guards.get(rel, {}))
    compiled = compile_source(source, options, diagnostics)
    out_dir = posixpath.dirname(modules.output_path(rel))
    for imp in compiled.imports:
        if imp.target:
            imp.source = modules.project_source(project, posixpath.normpath(posixpath.join(out_dir, imp.target)))
    return compiled


def json_module(project: Project, rel: str, diagnostics: Diagnostics) -> str:
    """A JSON file imported as a module: CommonJS exporting its value (re-serialised, so that what reaches the
    package is plain JSON whatever the file's spacing; U+2028/U+2029 escaped, which ES2017 strings cannot hold)."""
    try:
        value = json.loads((project.root / rel).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        diagnostics.add("PWX301", f"cannot read JSON module: {e}", rel, hint="save it as valid UTF-8 JSON")
        value = None
    text = json.dumps(value, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"module.exports = {text};\n"


def module_requires(project: Project, rel: str, resolve: modules.Resolve) -> list[Import]:
    """The imports ``rel`` keeps after type-only imports are dropped (compiles it; diagnostics discarded)."""
    return compile_module(project, rel, resolve, Diagnostics()).imports


def compile_source(source: Source | str, options: Options, diagnostics: Diagnostics) -> Compiled:
    """Compile one parsed file. Bad input gives located diagnostics, never an exception."""
    src = parse(source) if isinstance(source, str) else source
    for line, col, message in src.syntax_errors():
        diagnostics.add("PWX301", message, options.file, line, col,
                        hint="fix the syntax; the file is converted as far as it parses")
    emitter = Emitter(src, options, diagnostics, HANDLERS)
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


# ---- handlers: one per node type that is not copied as is ---------------------------------------


def _identifier(em: Emitter, node: Node) -> str:
    if node.id in em.scopes.binding_ids:
        return em.text(node)
    return em.reference(node, em.text(node))


def _shorthand_property(em: Emitter, node: Node) -> str:
    name = em.text(node)
    value = em.reference(node, name)
    return name if value == name and name != "async" else f"{name}: {value}"  # esprima misreads `{ async }`


def _shorthand_pattern(em: Emitter, node: Node) -> str:
    name = em.text(node)
    return "async: async" if name == "async" else em.default(node)


def _call_expression(em: Emitter, node: Node) -> str:
    fn = node.child_by_field_name("function")
    if fn is not None and fn.type == "import":
        return esm.dynamic_import(em, node)
    if lower.has_optional(node):
        return lower.optional_chain(em, node)
    if (fn is not None and fn.type == "identifier" and em.text(fn) == "require"
            and em.scopes.lookup(fn) is None and not em.opt.global_object):
        return esm.require_call(em, node)
    lower.declared_factory(em, node)
    return em.default(node)


def _member_expression(em: Emitter, node: Node) -> str:
    if lower.has_optional(node):
        return lower.optional_chain(em, node)
    obj = required_child(node, "object")
    prop = required_child(node, "property")
    prop_name = em.text(prop)
    if obj.type == "meta_property" and em.text(obj) == "import.meta":  # (new.target is one too, and stays)
        em.report("PWX308", node, "import.meta does not exist in CommonJS", "read the value from environment.ts")
        return "({})." + prop_name
    if obj.type == "identifier" and em.scopes.lookup(obj) is None:
        name = em.text(obj)
        if em.opt.web_globals and name in modules.WINDOW_ALIASES:
            if prop_name in modules.UNSUPPORTED_GLOBALS and em.opt.report_web:
                code, hint = modules.UNSUPPORTED_GLOBALS[prop_name]
                em.report(code, node, f"'{name}.{prop_name}' does not exist in a mini program", hint)
            if prop_name in em.opt.web_globals and prop_name not in modules.WINDOW_LATER:
                return f"{em.web(prop_name, node)}.{prop_name}"
    if em.opt.node_env and em.text(node) == "process.env.NODE_ENV":
        return '"production"'
    if prop_name == "nativeElement" and em.opt.report_web:
        em.report("PWX302", prop, "nativeElement is not a DOM element in a mini program",
                  modules.DOM_TOKENS[("@angular/core", "ElementRef")])
    return em.default(node)


def _subscript_expression(em: Emitter, node: Node) -> str:
    return lower.optional_chain(em, node) if lower.has_optional(node) else em.default(node)


def _first_value(em: Emitter, node: Node) -> str:
    """``x as T``, ``x satisfies T``, ``x!``: the expression alone."""
    return em.emit(node.named_children[0])


def _type_assertion(em: Emitter, node: Node) -> str:
    """``<T>x``: x; an object literal in parentheses, which an arrow function's body needs (``() => <T>{ a: 1 }``)."""
    value = node.named_children[-1]
    return f"({em.emit(value)})" if value.type == "object" else em.emit(value)


def _blank(em: Emitter, node: Node) -> str:
    return em.blank(node)


def _expression_statement(em: Emitter, node: Node) -> str:
    out = em.default(node)
    if out[:1] in "([`" and em.text(node)[:1] != out[:1]:
        return ";" + out  # a lowered expression now starts with "(": keep it from joining the line above
    return out


# Regular expressions an ES2017 parser rejects but WeChat's engines run: syntax newer than ES2017 (lookbehind,
# named groups, \p{…} escapes; the s, d and v flags), and a class range next to a class escape (/[+-\d]/, which
# browsers take). Such a literal is built at run time instead.
_NEWER_REGEX = re.compile(r"\\[pP]\{|\(\?<[=!]|\(\?<[A-Za-z_$]|\\k<"
                          r"|\[(?:[^\]\\]|\\.)*?(?:-\\[dDwWsS]|\\[dDwWsS]-[^\]])")


def _regex(em: Emitter, node: Node) -> str:
    pattern = node.child_by_field_name("pattern")
    flags = node.child_by_field_name("flags")
    body = em.text(pattern) if pattern is not None else ""
    flag_text = em.text(flags) if flags is not None else ""
    if not _NEWER_REGEX.search(body) and not set(flag_text) & set("sdv"):
        return em.default(node)
    return f"new RegExp({json.dumps(body)}, {json.dumps(flag_text)})"


def _number(em: Emitter, node: Node) -> str:
    text = em.text(node).replace("_", "")
    if text.endswith("n"):  # a BigInt literal (ES2020): the same value from BigInt(), which parses as ES2017
        em.report("PWX307", node, f"BigInt literal {em.text(node)} becomes BigInt(\"{text[:-1]}\")",
                  "it needs a WeChat client with BigInt (base library 2.x on current iOS and Android)")
        return f'BigInt("{text[:-1]}")'
    return text


def _private_name(em: Emitter, node: Node) -> str:
    em.report("PWX307", node, f"private field {em.text(node)} becomes an ordinary property",
              "ES2017 has no #private fields; the name stays unique but is visible to other code")
    return "__private_" + em.text(node)[1:]


def _catch_clause(em: Emitter, node: Node) -> str:
    if node.child_by_field_name("parameter") is not None:
        return em.default(node)
    body = required_child(node, "body")
    return f"catch ({em.unique('_error')}) " + em.emit(body)


def _formal_parameters(em: Emitter, node: Node) -> str:
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


def _class(em: Emitter, node: Node) -> str:
    return classes.class_node(em, node, [], None)


HANDLERS: Handlers = {
    "import_statement": esm.import_statement,
    "export_statement": esm.export_statement,
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
    "string": workers.string_literal,
    "template_string": workers.string_literal,
    "new_expression": workers.new_url,
    **{t: _blank for t in TYPE_STATEMENTS},
    **lower.HANDLERS,
}
