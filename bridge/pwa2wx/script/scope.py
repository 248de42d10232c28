"""Lexical scopes of a TypeScript/JavaScript file: which declaration an identifier refers to.

The compiler rewrites references to imports (``X`` → ``core_1.X``) and to browser globals
(``fetch`` → the runtime's shim); both must leave a local that shadows the name alone, so every
binding form (var/let/const, functions, classes, parameters, catch, patterns, imports) is recorded
on the node that scopes it, and a reference is resolved by walking up to the nearest scope that
declares its name.
"""

from __future__ import annotations

from dataclasses import dataclass

from tree_sitter import Node

FUNCTIONS = frozenset({
    "function_declaration", "function_expression", "function", "generator_function_declaration",
    "generator_function", "arrow_function", "method_definition", "class_static_block",
})
BLOCKS = frozenset({"program", "statement_block", "for_statement", "for_in_statement", "switch_body", "catch_clause"})
CLASSES = frozenset({"class_declaration", "abstract_class_declaration", "class"})
DECLARED_BY_NAME = frozenset({
    "function_declaration", "generator_function_declaration", "class_declaration", "abstract_class_declaration",
    "enum_declaration", "internal_module", "module",
})


@dataclass(frozen=True)
class Binding:
    kind: str  # import | var | let | const | function | class | param | catch | enum | namespace
    scope: Node
    node: Node  # the declaring identifier


class Scopes:
    """Declarations per scope node, and the set of identifier nodes that are bindings (not references)."""

    def __init__(self, root: Node, text: bytes):
        self._text = text
        self._declared: dict[int, dict[str, Binding]] = {}
        self.binding_ids: set[int] = set()
        self.ambient: set[str] = set()  # `declare const X`: globals something else defines (a script's, the page's)
        self._visit(root)

    def name(self, node: Node) -> str:
        return self._text[node.start_byte:node.end_byte].decode("utf-8")

    def lookup(self, node: Node, name: str | None = None) -> Binding | None:
        """The binding ``name`` (default: the node's text) has at ``node``; None for a free (global) name."""
        name = name if name is not None else self.name(node)
        current: Node | None = node
        while current is not None:
            found = self._declared.get(current.id, {}).get(name)
            if found is not None:
                return found
            current = current.parent
        return None

    def module_binding(self, root: Node, name: str) -> Binding | None:
        return self._declared.get(root.id, {}).get(name)

    # ---- collection ----------------------------------------------------------------------------

    def _declare(self, scope: Node, ident: Node, kind: str) -> None:
        self.binding_ids.add(ident.id)
        names = self._declared.setdefault(scope.id, {})
        names.setdefault(self.name(ident), Binding(kind, scope, ident))

    def _visit(self, root: Node) -> None:
        stack = [root]
        while stack:
            node = stack.pop()
            self._declarations(node)
            stack.extend(node.named_children)

    def _declarations(self, node: Node) -> None:
        t = node.type
        if t == "variable_declarator":
            decl = node.parent
            is_var = decl is not None and decl.type == "variable_declaration"
            kind = "var" if is_var else ("const" if _first_token(decl) == "const" else "let")
            scope = _function_scope(decl) if is_var else _block_scope(decl)
            if decl is not None and decl.parent is not None and decl.parent.type == "ambient_declaration":
                name = node.child_by_field_name("name")
                if name is not None and name.type == "identifier":
                    self.ambient.add(self.name(name))
                return
            self._pattern(node.child_by_field_name("name"), scope, kind)
        elif t in DECLARED_BY_NAME:
            name = node.child_by_field_name("name")
            if name is not None and name.type in ("identifier", "type_identifier"):
                kind = {"enum_declaration": "enum", "internal_module": "namespace", "module": "namespace"}.get(
                    t, "class" if t in CLASSES else "function")
                self._declare(_block_scope(node), name, kind)
        elif t in ("function_expression", "function", "generator_function", "class"):
            name = node.child_by_field_name("name")
            if name is not None and name.type in ("identifier", "type_identifier"):
                self._declare(node, name, "function" if t != "class" else "class")
        elif t == "import_statement":
            for ident in _import_locals(node):
                self._declare(_block_scope(node), ident, "import")
        elif t == "import_alias":  # import A = B.C
            name = node.named_children[0] if node.named_children else None
            if name is not None and name.type == "identifier":
                self._declare(_block_scope(node), name, "const")
        elif t == "catch_clause":
            param = node.child_by_field_name("parameter")
            if param is not None:
                self._pattern(param, node, "catch")
        elif t == "for_in_statement":
            kind_node = node.child_by_field_name("kind")
            if kind_node is not None:
                kind = self.name(kind_node)
                scope = _function_scope(node) if kind == "var" else node
                self._pattern(node.child_by_field_name("left"), scope, kind)
        if t in FUNCTIONS:
            params = node.child_by_field_name("parameters")
            if params is not None:
                for p in params.named_children:
                    if p.type in ("required_parameter", "optional_parameter"):
                        self._pattern(p.child_by_field_name("pattern"), node, "param")
                    else:
                        self._pattern(p, node, "param")
            single = node.child_by_field_name("parameter")  # x => …
            if single is not None:
                self._pattern(single, node, "param")

    def _pattern(self, node: Node | None, scope: Node, kind: str) -> None:
        """Declare every name a binding pattern introduces (defaults and computed keys are references)."""
        if node is None:
            return
        t = node.type
        if t in ("identifier", "shorthand_property_identifier_pattern"):
            self._declare(scope, node, kind)
        elif t in ("object_pattern", "array_pattern"):
            for child in node.named_children:
                self._pattern(child, scope, kind)
        elif t == "pair_pattern":
            self._pattern(node.child_by_field_name("value"), scope, kind)
        elif t in ("assignment_pattern", "object_assignment_pattern"):
            self._pattern(node.child_by_field_name("left"), scope, kind)
        elif t == "rest_pattern":
            for child in node.named_children:
                self._pattern(child, scope, kind)


def pattern_names(node: Node | None) -> list[Node]:
    """The identifiers a binding pattern declares, in order (``{ a, b: [c], ...d }`` → a, c, d)."""
    if node is None:
        return []
    if node.type in ("identifier", "shorthand_property_identifier_pattern"):
        return [node]
    if node.type == "pair_pattern":
        return pattern_names(node.child_by_field_name("value"))
    if node.type in ("assignment_pattern", "object_assignment_pattern"):
        return pattern_names(node.child_by_field_name("left"))
    if node.type in ("object_pattern", "array_pattern", "rest_pattern"):
        return [n for c in node.named_children for n in pattern_names(c)]
    return []


def _first_token(node: Node | None) -> str:
    if node is None or not node.children:
        return ""
    return node.children[0].type


def _function_scope(node: Node | None) -> Node:
    current = node.parent if node is not None else None
    while current is not None and current.type not in FUNCTIONS and current.type != "program":
        current = current.parent
    assert current is not None
    return current


def _block_scope(node: Node | None) -> Node:
    current = node.parent if node is not None else None
    while current is not None and current.type not in BLOCKS and current.type not in FUNCTIONS:
        current = current.parent
    assert current is not None
    return current


def _import_locals(stmt: Node) -> list[Node]:
    """The local identifiers an import statement binds (type-only ones included: they shadow too)."""
    out: list[Node] = []
    require = next((c for c in stmt.named_children if c.type == "import_require_clause"), None)
    if require is not None:  # import x = require('y')
        return [c for c in require.named_children if c.type == "identifier"][:1]
    clause = next((c for c in stmt.named_children if c.type == "import_clause"), None)
    if clause is None:
        return out
    for part in clause.named_children:
        if part.type == "identifier":
            out.append(part)
        elif part.type == "namespace_import":
            out.extend(c for c in part.named_children if c.type == "identifier")
        elif part.type == "named_imports":
            for spec in part.named_children:
                if spec.type == "import_specifier":
                    local = spec.child_by_field_name("alias") or spec.child_by_field_name("name")
                    if local is not None:
                        out.append(local)
    return out


def type_scope(node: Node) -> Node:
    """Where a name in a parameter's type annotation is looked up: outside the function, whose parameters are
    values, not types (``constructor(private Notify: Notify)`` injects the imported class Notify)."""
    current: Node | None = node
    while current is not None and current.type != "formal_parameters":
        current = current.parent
    return current.parent.parent if current is not None and current.parent and current.parent.parent else node
