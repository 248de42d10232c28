"""Which members of the browser's ``window`` a module reads: a module that reads none web.js adds requires the
runtime's small ``globals.js`` instead (``modules.web_specifier``), so an app whose code only listens for window
events or opens links ships no fetch, Web Storage or URL shims it does not use.

Reads through a name are followed: ``window.open(…)``, ``(window as any).cordova``, ``typeof window``, and the
members read through a constant alias (``const win = window; win.google``). Any other use hands the window on as a
value, whose members cannot be known (None: the module takes web.js).
"""

from __future__ import annotations

from collections.abc import Callable

from tree_sitter import Node

from pwa2wx.script.scope import Scopes

# Expressions that are their operand at run time: `(window as any).x` reads x of the window.
TRANSPARENT = frozenset({"parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression",
                         "type_assertion"})
NAMES = frozenset({"identifier", "shorthand_property_identifier"})


def members_read(ref: Node, scopes: Scopes, text: Callable[[Node], str], follow_alias: bool = True) -> set[str] | None:
    """The window members read through ``ref``, a reference to the window; None when it escapes as a value."""
    use = ref
    while use.parent is not None and use.parent.type in TRANSPARENT:
        use = use.parent
    parent = use.parent
    if parent is None:
        return None
    if parent.type == "member_expression" and _is(parent.child_by_field_name("object"), use):
        prop = parent.child_by_field_name("property")
        return {text(prop)} if prop is not None and prop.type == "property_identifier" else None
    if parent.type == "unary_expression" and text(parent).startswith("typeof"):
        return set()
    if follow_alias and parent.type == "variable_declarator" and _is(parent.child_by_field_name("value"), use):
        return _alias_reads(parent, scopes, text)
    return None


def _alias_reads(declarator: Node, scopes: Scopes, text: Callable[[Node], str]) -> set[str] | None:
    """The members read through ``const alias = window``: the union over the alias's references."""
    name = declarator.child_by_field_name("name")
    declaration = declarator.parent
    if name is None or name.type != "identifier" or declaration is None or not text(declaration).startswith("const"):
        return None
    binding = scopes.lookup(name)
    if binding is None or not _is(binding.node, name):
        return None
    reads: set[str] = set()
    stack = [binding.scope]
    while stack:
        node = stack.pop()
        stack.extend(node.named_children)
        if node.type not in NAMES or _is(node, name) or text(node) != text(name):
            continue
        found = scopes.lookup(node, text(node))
        if found is None or not _is(found.node, name):
            continue
        through = members_read(node, scopes, text, follow_alias=False)
        if through is None:
            return None
        reads |= through
    return reads


def _is(a: Node | None, b: Node) -> bool:
    return a is not None and a.id == b.id
