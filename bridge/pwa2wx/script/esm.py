"""ES module syntax → CommonJS: ``import``/``export`` statements, ``require()`` calls and ``import()``.

Imported names are read as ``mod_1.X`` at each use (:meth:`pwa2wx.script.emitter.Emitter.reference`), so
circular imports see live values; exports become getters on ``exports`` defined before any require.
"""

from __future__ import annotations

import json
from functools import partial

from tree_sitter import Node

from pwa2wx.script import classes, contexts, modules
from pwa2wx.script.emitter import TYPE_STATEMENTS, Emitter, ModuleVar, is_type_only
from pwa2wx.script.scope import pattern_names
from pwa2wx.script.tsparse import required_child, string_value


def import_statement(em: Emitter, node: Node) -> str:
    if is_type_only(node):
        return em.blank(node)
    spec: str | None
    require_clause = next((c for c in node.named_children if c.type == "import_require_clause"), None)
    if require_clause is not None:  # import x = require('y')
        spec = string_value(em.src, required_child(require_clause, "source")) or ""
        var = ModuleVar(em.text(require_clause.named_children[0]), em.opt.locate(spec), spec)
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
        em.check(var, node)
        if clause is None:
            em.record(spec, {"*"}, var.target, "static", node)
            if var.declared or not var.target:
                return em.blank(node)
            var.declared = True
            if _imports_below_code(em):
                em.hoisted.append(f"require({json.dumps(var.target)});")
                return em.blank(node)
            return f"require({json.dumps(var.target)});"
        declared = []
        for source in dict.fromkeys(em.source_of(n) for n in used):  # the module, or the runtime parts it names
            source_var = em.module_vars[source]
            em.record(source, {em.bindings[n][1] for n in used if em.source_of(n) == source}, source_var.target,
                      "static", node)
            if not source_var.declared:
                source_var.declared = True
                declared.append(f"var {source_var.name} = {em.require(source_var)};")
        if _imports_below_code(em):
            em.hoisted += declared
            return em.blank(node)
        return " ".join(declared) + em.blank(node)

    return em.defer(produce)


def _imports_below_code(em: Emitter) -> bool:
    """Whether an import is written below a statement that runs: ES modules run every import before the module's
    code, so then all its imports' requires move to the top, in their order (`const LIST = [A]` above
    `import { A } from './a'` reads A loaded). Asked by every import; the file is read once."""
    if em.imports_below_code is None:
        em.imports_below_code = False
        seen_code = False
        for stmt in em.root.named_children:
            if stmt.type == "import_statement":
                if seen_code:
                    em.imports_below_code = True
                    break
            elif stmt.type != "comment" and stmt.type not in TYPE_STATEMENTS and not _declares_nothing(stmt):
                seen_code = True
    return em.imports_below_code


def _declares_nothing(stmt: Node) -> bool:
    """An export of a type, or a re-export: no code of the module's own runs."""
    if stmt.type != "export_statement":
        return False
    decl = stmt.child_by_field_name("declaration")
    return stmt.child_by_field_name("source") is not None or (decl is not None and decl.type in TYPE_STATEMENTS) \
        or is_type_only(stmt)


def export_statement(em: Emitter, node: Node) -> str:
    if is_type_only(node):
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
        if value.type == "class" and (class_name := value.child_by_field_name("name")) is not None:
            name = em.text(class_name)
            _export_default_class(em, name)
            return classes.class_node(em, value, decorators, None)
        return f"exports.default = {em.emit(value)};"
    clause = next((c for c in node.named_children if c.type == "export_clause"), None)
    if source is not None:
        return _reexport(em, node, source, clause)
    if clause is not None:
        for name, alias in export_specifiers(em, clause):
            em.export(alias or name, name)
        return em.blank(node)
    if any(not c.is_named and c.type == "=" for c in node.children):  # export = x
        expr = node.named_children[-1]
        return f"module.exports = {em.emit(expr)};"
    return em.blank(node)  # export as namespace X


def export_specifiers(em: Emitter, clause: Node) -> list[tuple[str, str | None]]:
    """(name, alias) of an export clause's value specifiers (``export { a, b as c, type T }``: a, b as c). A value
    named ``type``, which JavaScript allows (@ngrx/signals' ``export { …, type, watchState }``), is one tree-sitter
    reads as a type modifier, with an error: such a clause is read from its text, ``type`` being a name unless a name
    other than ``as`` follows it."""
    if not any(c.type == "ERROR" for n in (clause, *clause.named_children) for c in n.children):
        return [(em.text(required_child(s, "name")), em.text(a) if (a := s.child_by_field_name("alias")) else None)
                for s in clause.named_children if s.type == "export_specifier" and not is_type_only(s)]
    out: list[tuple[str, str | None]] = []
    for part in em.text(clause).strip("{} \n").split(","):
        words = part.split()
        if words[:1] == ["type"] and len(words) > 1 and words[1] != "as":
            continue  # a type-only export
        if len(words) == 1:
            out.append((words[0], None))
        elif len(words) == 3 and words[1] == "as":
            out.append((words[0], words[2]))
    return out


def _export_default_class(em: Emitter, name: str) -> None:
    """``export default class HomePage``: the default export, and the class's own name too, which the generated
    page, component and route files require it by (``loadComponent: () => import('./home.page')`` takes the
    default, as Angular does)."""
    em.export("default", name)
    em.export(name, name)


def _export_declaration(em: Emitter, node: Node, decl: Node, is_default: bool, decorators: list[Node]) -> str:
    t = decl.type
    if t in TYPE_STATEMENTS or t in ("interface_declaration", "type_alias_declaration"):
        return em.blank(node)
    if t in ("class_declaration", "abstract_class_declaration"):
        name = em.text(required_child(decl, "name"))
        if is_default:
            _export_default_class(em, name)
        else:
            em.export(name, name)
        return classes.class_node(em, decl, decorators, None)
    if t in ("function_declaration", "generator_function_declaration", "enum_declaration", "internal_module"):
        name = em.text(required_child(decl, "name"))
        em.export("default" if is_default else name, name)
        return em.emit(decl)
    if t in ("lexical_declaration", "variable_declaration"):
        for declarator in decl.named_children:
            if declarator.type == "variable_declarator":
                for ident in pattern_names(declarator.child_by_field_name("name")):
                    em.export(em.text(ident), em.text(ident))
        return em.emit(decl)
    return em.emit(decl)


def _reexport(em: Emitter, node: Node, source: Node, clause: Node | None) -> str:
    spec = string_value(em.src, source) or ""
    var = em.module_var(spec, node)
    namespace = next((c for c in node.named_children if c.type == "namespace_export"), None)
    if clause is None and namespace is None:  # export * from './x'
        em.record(spec, {"*"}, var.target, "reexport", node)
        if var.target in (None, modules.DROP):
            return em.blank(node)
        path = json.dumps(var.target)
        # ES modules bind a barrel's names before any module runs: a module that reads one while the barrel is
        # still loading (an import cycle through it) finds a name whose module has run. The names the project
        # knows are getters from the start; __exportStar adds the others (packages') where the line runs.
        for name in em.opt.star_exports(spec):
            em.exports.setdefault(name, partial("require({}).{}".format, path, name))
        return f"{em.helper('__exportStar')}(require({path}), exports);"
    names = set()
    alias: Node | None
    if namespace is not None:
        alias = next(c for c in namespace.named_children if c.type in ("identifier", "string"))
        em.exports[em.text(alias).strip("'\"")] = lambda: var.name
        names.add("*")
    elif clause is not None:
        for name, exported in export_specifiers(em, clause):
            em.exports[exported or name] = partial("{}.{}".format, var.name, name)
            names.add(name)
    em.record(spec, names, var.target, "reexport", node)
    if var.declared or var.target == modules.DROP:
        return em.blank(node)
    var.declared = True
    return f"var {var.name} = {em.require(var)};"


def require_call(em: Emitter, node: Node) -> str:
    args = required_child(node, "arguments").named_children
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


def dynamic_import(em: Emitter, node: Node) -> str:
    args = required_child(node, "arguments").named_children
    spec = string_value(em.src, args[0]) if args else None
    if spec is None:
        return _computed_import(em, node, args[0]) if args else em.default(node)
    target = em.opt.locate(spec)
    em.record(spec, {"*"}, target, "dynamic", node)
    if target is None:
        em.check_target(spec, target, node)
        return f'Promise.reject(new Error({json.dumps("pwa2wx: cannot resolve " + spec)}))'
    if target == modules.DROP:
        return "Promise.resolve({})"
    path = json.dumps(target)
    return f"Promise.resolve().then(function () {{ return require({path}); }})"


def _computed_import(em: Emitter, node: Node, path: Node) -> str:
    """``import(`./i18n/${lang}.json`)``: every module the path can name ships, keyed by that path (webpack's
    context module); another path rejects as webpack's does."""
    found = contexts.pattern(em.src, path)
    members = em.opt.context(*found) if found else None
    size = sum({m.spec: m.size for m in members or []}.values())
    if not members or size > contexts.MAX_BYTES:
        if members:
            why = f"may load {len(members)} modules ({size // 1024} KB), more than pwa2wx ships for one import"
        elif members is not None:
            why = "names no module in the workspace"
        else:
            why = "is not converted (a path that starts with a string naming a folder is)"
        em.report("PWX308", node, f"import() of a computed path {why}",
                  "import the modules the app uses with fixed paths, e.g. import('./i18n/en.json')")
        return 'Promise.reject(new Error("pwa2wx: import() of a computed path"))'
    loaders = []
    for member in members:
        target = em.opt.locate(member.spec)
        em.record(member.spec, {"*"}, target, "dynamic", node)
        if target:
            loaders.append(f"{json.dumps(member.key)}: function () {{ return require({json.dumps(target)}); }}")
    return f"{em.helper('__importContext')}({{ {', '.join(loaders)} }}, {em.emit(path)})"
