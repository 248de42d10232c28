"""What one TypeScript file declares for Angular: imports, exports, decorated classes, router calls.

This is the read-only view the project reader needs (which components exist, where their
templates are, which routes are declared). The script compiler reuses the same parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tree_sitter import Node

from pwa2wx.script.tsparse import Call, Source, evaluate, parse, required_child, string_value

ANGULAR_DECORATORS = {
    "Component": "component",
    "Injectable": "injectable",
    "Pipe": "pipe",
    "Directive": "directive",
    "NgModule": "ngmodule",
}

ROUTER_CALLS = ("RouterModule.forRoot", "RouterModule.forChild", "provideRouter")
BOOTSTRAP_CALLS = ("bootstrapApplication",)


@dataclass(frozen=True)
class ImportBinding:
    specifier: str
    name: str  # imported name, "*" for a namespace import, "default" for a default import


@dataclass
class AngularClass:
    name: str
    kind: str  # component | injectable | pipe | directive | ngmodule
    meta: dict[str, Any]
    line: int
    col: int
    exported: bool
    node: Node = field(repr=False)
    meta_node: Node | None = field(default=None, repr=False)  # the decorator's object literal


@dataclass
class ModuleInfo:
    file: Path
    source: Source
    imports: dict[str, ImportBinding] = field(default_factory=dict)
    static_specifiers: list[str] = field(default_factory=list)  # every static import/re-export source
    dynamic_specifiers: list[str] = field(default_factory=list)  # import('…') with a literal path (lazy routes)
    exports: dict[str, str] = field(default_factory=dict)  # exported name -> local name
    types: set[str] = field(default_factory=set)  # the interfaces and type aliases it declares (no run-time value)
    reexports: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # (spec, name, alias)
    classes: list[AngularClass] = field(default_factory=list)
    variables: dict[str, Node] = field(default_factory=dict)
    router_calls: list[Call] = field(default_factory=list)
    bootstrap_calls: list[Call] = field(default_factory=list)

    def angular_class(self, name: str) -> AngularClass | None:
        return next((c for c in self.classes if c.name == name), None)


# What makes a class field a writable signal, which a two-way [(ngModel)] reads by calling and sets (Angular 17.2+)
SIGNAL_FACTORIES = frozenset({"signal", "model", "model.required", "linkedSignal"})


def writable_signals(module: ModuleInfo, name: str) -> frozenset[str]:
    """The fields of class ``name`` that ``module`` initialises with a writable signal (``x = signal('')``)."""
    cls = module.angular_class(name)
    body = cls.node.child_by_field_name("body") if cls is not None else None
    found = set()
    for member in body.named_children if body is not None else []:
        key, value = member.child_by_field_name("name"), member.child_by_field_name("value")
        if member.type == "public_field_definition" and key is not None and value is not None and \
                value.type == "call_expression" and \
                module.source.node_text(required_child(value, "function")) in SIGNAL_FACTORIES:
            found.add(module.source.node_text(key))
    return frozenset(found)


def read_module(file: Path, text: str) -> ModuleInfo:
    src = parse(text)
    info = ModuleInfo(file, src)
    for stmt in src.tree.root_node.named_children:
        _statement(info, stmt, exported=False)
    _find_calls(info, src.tree.root_node)
    return info


def _statement(info: ModuleInfo, stmt: Node, exported: bool) -> None:
    src = info.source
    t = stmt.type
    if t == "import_statement":
        _import(info, stmt)
    elif t == "export_statement":
        _export(info, stmt)
    elif t == "class_declaration" or t == "abstract_class_declaration":
        _class(info, stmt, [], exported)
    elif t in ("lexical_declaration", "variable_declaration"):
        for decl in stmt.named_children:
            if decl.type == "variable_declarator":
                name = decl.child_by_field_name("name")
                value = decl.child_by_field_name("value")
                if name is not None and name.type == "identifier" and value is not None:
                    local = src.node_text(name)
                    info.variables[local] = value
                    if exported:
                        info.exports[local] = local
    elif t in ("function_declaration", "enum_declaration", "interface_declaration", "type_alias_declaration"):
        name = stmt.child_by_field_name("name")
        if t in ("interface_declaration", "type_alias_declaration") and name is not None:
            info.types.add(src.node_text(name))
        if exported and name is not None:
            info.exports[src.node_text(name)] = src.node_text(name)


def _import(info: ModuleInfo, stmt: Node) -> None:
    src = info.source
    source_node = stmt.child_by_field_name("source")
    if source_node is None:
        return
    spec = string_value(src, source_node) or ""
    info.static_specifiers.append(spec)
    clause = next((c for c in stmt.named_children if c.type == "import_clause"), None)
    if clause is None:
        return
    for part in clause.named_children:
        if part.type == "identifier":
            info.imports[src.node_text(part)] = ImportBinding(spec, "default")
        elif part.type == "namespace_import":
            ident = next(c for c in part.named_children if c.type == "identifier")
            info.imports[src.node_text(ident)] = ImportBinding(spec, "*")
        elif part.type == "named_imports":
            for s in part.named_children:
                if s.type != "import_specifier":
                    continue
                name = required_child(s, "name")
                alias = s.child_by_field_name("alias")
                info.imports[src.node_text(alias or name)] = ImportBinding(spec, src.node_text(name))


def _export(info: ModuleInfo, stmt: Node) -> None:
    src = info.source
    decorators = [c for c in stmt.named_children if c.type == "decorator"]
    decl = stmt.child_by_field_name("declaration")
    source_node = stmt.child_by_field_name("source")
    is_default = any(c.type == "default" for c in stmt.children)
    if decl is not None:
        if decl.type in ("class_declaration", "abstract_class_declaration"):
            name = _class(info, decl, decorators, True)
            if is_default and name:
                info.exports["default"] = name
        else:
            _statement(info, decl, exported=True)
            if is_default:
                name_node = decl.child_by_field_name("name")
                if name_node is not None:
                    info.exports["default"] = src.node_text(name_node)
        return
    clause = next((c for c in stmt.named_children if c.type == "export_clause"), None)
    spec = string_value(src, source_node) if source_node is not None else None
    if spec is not None:
        info.static_specifiers.append(spec)
    if clause is not None:
        for s in clause.named_children:
            if s.type != "export_specifier":
                continue
            name = src.node_text(required_child(s, "name"))
            alias_node = s.child_by_field_name("alias")
            alias = src.node_text(alias_node) if alias_node is not None else name
            if spec is not None:
                info.reexports.append((spec, name, alias))
            else:
                info.exports[alias] = name
    elif spec is not None:  # export * from './x'
        info.reexports.append((spec, None, None))
    elif is_default:
        value = stmt.child_by_field_name("value")
        if value is not None and value.type == "identifier":
            info.exports["default"] = src.node_text(value)


def _class(info: ModuleInfo, decl: Node, outer_decorators: list[Node], exported: bool) -> str | None:
    src = info.source
    name_node = decl.child_by_field_name("name")
    if name_node is None:
        return None
    name = src.node_text(name_node)
    if exported:
        info.exports[name] = name
    decorators = outer_decorators + [c for c in decl.children if c.type == "decorator"]
    for dec in decorators:
        call = dec.named_children[0] if dec.named_children else None
        if call is None:
            continue
        meta_node = None
        if call.type == "call_expression":
            fn = src.node_text(required_child(call, "function"))
            args = required_child(call, "arguments").named_children
            meta_node = args[0] if args else None
            meta = evaluate(src, meta_node) if meta_node is not None else {}
        else:
            fn, meta = src.node_text(call), {}
        kind = ANGULAR_DECORATORS.get(fn)
        if kind is None:
            continue
        line, col = src.position(dec)
        info.classes.append(AngularClass(name, kind, meta if isinstance(meta, dict) else {}, line, col,
                                         exported, decl, meta_node))
    return name


def _find_calls(info: ModuleInfo, root: Node) -> None:
    """Router configuration and bootstrap calls anywhere in the file (they nest in providers), and the modules
    its routes load lazily."""
    src = info.source
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "call_expression":
            fn = node.child_by_field_name("function")
            name = src.node_text(fn) if fn is not None else ""
            if fn is not None and fn.type == "import":
                args = node.child_by_field_name("arguments")
                spec = string_value(src, args.named_children[0]) if args is not None and args.named_children else None
                if spec is not None:
                    info.dynamic_specifiers.append(spec)
            if name in ROUTER_CALLS or name in BOOTSTRAP_CALLS:
                value = evaluate(src, node)
                if isinstance(value, Call):
                    (info.router_calls if name in ROUTER_CALLS else info.bootstrap_calls).append(value)
        elif node.type == "pair" and src.node_text(required_child(node, "key")) == "loadChildren":
            spec = string_value(src, required_child(node, "value"))  # './x/x.module#XModule' (Angular ≤ 8)
            if spec is not None and "#" in spec:
                info.dynamic_specifiers.append(spec.partition("#")[0])
        stack.extend(reversed(node.named_children))
