"""Lowering of ES2018+ expressions and TypeScript-only statements into ES2017.

Each function takes the emitter (``em``: emit children, allocate temporaries and helpers, report)
and one node, and returns its ES2017 text. Temporaries are module-level ``var``s: every one is read
right after it is assigned, before any user code can run, so sharing them across calls is safe.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from tree_sitter import Node

from pwa2wx.script.scope import pattern_names
from pwa2wx.script.tsparse import required_child, string_literal

if TYPE_CHECKING:
    from pwa2wx.script.emitter import Emitter

_SIMPLE = re.compile(r"[A-Za-z_$][\w$]*")
_CHAIN = {"member_expression": "object", "subscript_expression": "object", "call_expression": "function"}


def _simple(text: str) -> bool:
    """Reading this twice is side-effect free (a variable or ``this``)."""
    return bool(_SIMPLE.fullmatch(text))


# ---- optional chaining --------------------------------------------------------------------------


def _chain(node: Node) -> tuple[Node, list[Node]]:
    """(base, links innermost first) of ``a.b?.c(d)[e]``; parentheses end a chain."""
    links = []
    while node.type in _CHAIN:
        inner = node.child_by_field_name(_CHAIN[node.type])
        if inner is None or inner.type == "import":
            break
        links.append(node)
        node = inner
    links.reverse()
    return node, links


def _is_optional(link: Node) -> bool:
    return any(c.type == "optional_chain" or (not c.is_named and c.type == "?.") for c in link.children)


def has_optional(node: Node) -> bool:
    return any(_is_optional(link) for link in _chain(node)[1])


def optional_chain(em: Emitter, node: Node) -> str:
    """``a?.b.c`` → ``a == null ? void 0 : a.b.c``; calls keep their ``this`` (``o.f?.()`` → ``_b.call(_a)``)."""
    base, links = _chain(node)
    expr = em.emit(base)
    simple = base.type in ("identifier", "this") or _simple(expr)
    prefix = ""
    before = ""  # the object of the last member access, for a following optional call
    access = ""
    for i, link in enumerate(links):
        if _is_optional(link):
            if link.type == "call_expression" and access:
                if _simple(before):
                    this_ref, callee = before, before + access
                else:
                    this_ref = em.temp()
                    callee = f"({this_ref} = {before}){access}"
                fn = em.temp()
                prefix = f"({fn} = {prefix}{callee}) == null ? void 0 : "
                expr = f"{fn}.call({this_ref}" + _call_args(em, link, leading_comma=True) + ")"
                access = ""
                continue
            if prefix == "" and simple and i == 0:
                prefix = f"{expr} == null ? void 0 : "
            else:
                ref = em.temp()
                prefix = f"({ref} = {prefix}{expr}) == null ? void 0 : "
                expr = ref
        before, access = expr, _access(em, link)
        expr = expr + access
        if link.type == "call_expression":
            access = ""
    return em.wrap(node, prefix + expr)


def _access(em: Emitter, link: Node) -> str:
    if link.type == "member_expression":
        return "." + em.emit(required_child(link, "property"))
    if link.type == "subscript_expression":
        return "[" + em.emit(required_child(link, "index")) + "]"
    return "(" + _call_args(em, link, leading_comma=False) + ")"


def _call_args(em: Emitter, call: Node, leading_comma: bool) -> str:
    args = call.child_by_field_name("arguments")
    inner = em.emit(args)[1:-1] if args is not None and args.type == "arguments" else ""
    if leading_comma and inner.strip():
        return ", " + inner
    return inner


# ---- operators -------------------------------------------------------------------------------------


def binary_expression(em: Emitter, node: Node) -> str:
    op = required_child(node, "operator").type
    if op != "??":  # `**` is ES2016 and kept: Math.pow would throw on BigInt operands
        return em.default(node)
    left_node, right_node = required_child(node, "left"), required_child(node, "right")
    left, right = em.emit(left_node), em.emit(right_node)
    if left_node.type in ("identifier", "this") and _simple(left):
        return em.wrap(node, f"{left} != null ? {left} : {right}")
    t = em.temp()
    return em.wrap(node, f"({t} = {left}) != null ? {t} : {right}")


def augmented_assignment(em: Emitter, node: Node) -> str:
    """``a ||= b``, ``a &&= b``, ``a ??= b`` with the target's object evaluated once."""
    op = required_child(node, "operator").type
    if op not in ("||=", "&&=", "??="):
        return em.default(node)
    first, again = _target(em, required_child(node, "left"))
    right = em.emit(required_child(node, "right"))
    if op == "??=":
        if first == again and _simple(first):
            return em.wrap(node, f"{first} != null ? {first} : ({again} = {right})")
        t = em.temp()
        return em.wrap(node, f"({t} = {first}) != null ? {t} : ({again} = {right})")
    return em.wrap(node, f"{first} {op[:2]} ({again} = {right})")


def _target(em: Emitter, left: Node) -> tuple[str, str]:
    """An assignment target twice: the first evaluates its parts into temporaries, the second reuses them."""
    if left.type == "member_expression":
        obj = em.emit(required_child(left, "object"))
        prop = "." + em.emit(required_child(left, "property"))
        if _simple(obj):
            return obj + prop, obj + prop
        t = em.temp()
        return f"({t} = {obj}){prop}", t + prop
    if left.type == "subscript_expression":
        obj = em.emit(required_child(left, "object"))
        index = em.emit(required_child(left, "index"))
        first_obj, again_obj = (obj, obj) if _simple(obj) else (f"({(t := em.temp())} = {obj})", t)
        if _simple(index) or index.strip().startswith(("'", '"')) or index.strip().isdigit():
            return f"{first_obj}[{index}]", f"{again_obj}[{index}]"
        u = em.temp()
        return f"{first_obj}[{u} = {index}]", f"{again_obj}[{u}]"
    text = em.emit(left)
    return text, text


# ---- object spread and rest ------------------------------------------------------------------------


def object_literal(em: Emitter, node: Node) -> str:
    """``{ a, ...b, c: 1 }`` → ``Object.assign({ a: a }, b, { c: 1 })`` (line breaks kept)."""
    members = [c for c in node.named_children]
    if not any(m.type == "spread_element" for m in members):
        return em.default(node)
    data = em.src.data
    args: list[str] = []
    group: list[str] | None = None
    pos = node.start_byte + 1  # after "{"
    carry = ""  # comments, kept in front of the next member
    for member in members:
        lead = carry + data[pos:member.start_byte].decode("utf-8").replace(",", "")
        pos = member.end_byte
        if member.type == "comment":
            carry = lead + em.text(member)
            continue
        carry = ""
        if member.type == "spread_element":
            if group is not None:
                args.append("{" + ",".join(group) + "}")
                group = None
            args.append(lead + em.emit(member.named_children[0]))
        else:
            if group is None:
                group = []
            group.append(lead + em.emit(member))
    tail = carry + data[pos:node.end_byte - 1].decode("utf-8").replace(",", "")
    if group is not None:
        args.append("{" + ",".join(group) + tail + "}")
        tail = ""
    if not args[0].lstrip().startswith("{"):
        args.insert(0, "{}")
    return "Object.assign(" + ", ".join(args) + tail + ")"


def variable_declarator(em: Emitter, node: Node) -> str:
    """``const { a, ...rest } = v`` → ``const { a } = _a = v, rest = __rest(_a, ["a"])``."""
    pattern = required_child(node, "name")
    value = node.child_by_field_name("value")
    if value is None or not _has_rest(pattern):
        return em.default(node)
    t = em.temp()
    return _rest_declarators(em, pattern, f"{t} = {em.emit(value)}", t) or em.default(node)


def _has_rest(pattern: Node | None) -> bool:
    return pattern is not None and pattern.type == "object_pattern" and \
        any(c.type == "rest_pattern" for c in pattern.named_children)


def _rest_declarators(em: Emitter, pattern: Node, value: str, source: str) -> str | None:
    """``{ a, ...rest }`` destructuring ``value`` (whose result ``source`` names) as declarators without object rest:
    ``{ a } = value, rest = __rest(source, ["a"])``; None (reported) after a computed key."""
    keys = []
    kept = []
    rest = None
    for prop in pattern.named_children:
        if prop.type == "rest_pattern":
            rest = prop
            continue
        if prop.type == "comment":
            continue
        key = _pattern_key(em, prop)
        if key is None:
            em.report("PWX308", prop, "object rest after a computed key is not converted",
                      "list the properties by name, or copy the object with Object.assign and delete keys")
            return None
        keys.append(key)
        kept.append(em.emit(prop))
    assert rest is not None
    target = em.emit(rest.named_children[0])
    return f"{{ {', '.join(kept)} }} = {value}, {target} = {em.helper('__rest')}({source}, {json.dumps(keys)})"


def function_like(em: Emitter, node: Node) -> str:
    """A parameter that destructures an object with rest, ``f({ a, ...rest }) { … }``, becomes a plain parameter
    destructured first thing in the body: ``f(_params) { let { a } = _params, rest = __rest(_params, ["a"]); … }``
    (an expression body becomes a block that returns it)."""
    params = node.child_by_field_name("parameters")
    body = node.child_by_field_name("body")
    found = [(p, p.child_by_field_name("pattern") or p) for p in params.named_children] if params and body else []
    found = [(p, pattern) for p, pattern in found if _has_rest(pattern)]
    if body is None or not found:
        return em.default(node)
    declared = []
    for _, pattern in found:
        name = em.unique("_params")
        declarators = _rest_declarators(em, pattern, name, name)
        if declarators is None:
            return em.default(node)
        em.replaced[pattern.id] = name
        declared.append(f"let {declarators};")
    prelude = " ".join(declared)
    text = em.emit(body)
    if body.type == "statement_block":
        text = "{ " + prelude + text[1:]
    else:
        text = "{ " + prelude + " return (" + text + "); }"
    return em.default(node, replace={body.id: text})


def _pattern_key(em: Emitter, prop: Node) -> str | None:
    if prop.type == "shorthand_property_identifier_pattern":
        return em.text(prop)
    if prop.type == "object_assignment_pattern":
        return _pattern_key(em, required_child(prop, "left"))
    if prop.type == "pair_pattern":
        key = required_child(prop, "key")
        if key.type == "property_identifier":
            return em.text(key)
        if key.type == "string":
            return string_literal(em.src, key)
        if key.type == "number":
            return em.text(key)
    return None


def rest_pattern(em: Emitter, node: Node) -> str:
    if node.parent is not None and node.parent.type == "object_pattern":
        em.report("PWX308", node, "object rest here is not converted to ES2017",
                  "destructure in a const declaration instead: const { a, ...rest } = value")
    return em.default(node)


# ---- statements ---------------------------------------------------------------------------------------


def for_in_statement(em: Emitter, node: Node) -> str:
    """``for await (const x of xs) s`` → a loop over ``__asyncValues(xs)`` awaiting each step."""
    if not any(not c.is_named and c.type == "await" for c in node.children):
        return em.default(node)
    em.report("PWX307", node, "for await … of lowered to a loop over the async iterator",
              "leaving the loop early (break, return, throw) does not call the iterator's return()")
    kind = node.child_by_field_name("kind")
    left = em.emit(required_child(node, "left"))
    right = em.emit(required_child(node, "right"))
    it, step = em.unique("_iterator"), em.unique("_step")
    declare = (em.text(kind) + " ") if kind is not None else ""
    body = em.emit(required_child(node, "body"))
    return (f"for (var {step}, {it} = {em.helper('__asyncValues')}({right}); !({step} = await {it}.next()).done;) "
            f"{{ {declare}{left} = await {step}.value; {body} }}")


def enum_declaration(em: Emitter, node: Node) -> str:
    """``enum E { A = 1, B, C = 'c' }`` → TypeScript's object with reverse mapping for numbers."""
    name = em.text(required_child(node, "name"))
    body = required_child(node, "body")
    members = [c for c in body.named_children if c.type in ("property_identifier", "enum_assignment", "string")]
    member_names = [string_literal(em.src, m) if m.type == "string" else em.text(m)
                    for m in (required_child(c, "name") if c.type == "enum_assignment" else c for c in members)]
    em.enum_scope = (name, set(member_names))
    statements = []
    previous: int | str | None = -1  # known numeric value of the previous member, or its name
    data = em.src.data
    pos = body.start_byte + 1
    for member, key in zip(members, member_names, strict=True):
        lead = data[pos:member.start_byte].decode("utf-8").replace(",", "")
        pos = member.end_byte
        value_node = member.child_by_field_name("value") if member.type == "enum_assignment" else None
        quoted = json.dumps(key)
        if value_node is not None and value_node.type in ("string", "template_string"):
            statements.append(f"{lead}{name}[{quoted}] = {em.emit(value_node)};")
            previous = None
            continue
        if value_node is not None:
            value = em.emit(value_node)
            previous = int(value) if value.isdigit() else key
        elif isinstance(previous, int):
            previous += 1
            value = str(previous)
        elif previous is None:
            em.report("PWX308", member, f"enum member {key} needs an initializer after a string member")
            value = "void 0"
        else:
            value = f"{name}[{json.dumps(previous)}] + 1"
            previous = key
        statements.append(f"{lead}{name}[{name}[{quoted}] = {value}] = {quoted};")
    em.enum_scope = None
    tail = data[pos:body.end_byte - 1].decode("utf-8").replace(",", "")
    return f"var {name}; (function ({name}) {{{''.join(statements)}{tail}}})({name} || ({name} = {{}}));"


def internal_module(em: Emitter, node: Node) -> str:
    """``namespace N { export const x = 1 }`` → an IIFE filling ``N`` (namespaces with only types vanish)."""
    name_node = required_child(node, "name")
    body = node.child_by_field_name("body")
    if body is None:  # `namespace N` with no block (TypeScript's "'{' expected"): nothing at run time
        return em.blank(node)
    if name_node.type != "identifier":
        em.report("PWX308", node, "dotted namespace names are not converted", "nest the namespaces")
        return em.blank(node)
    name = em.text(name_node)
    statements = [c for c in body.named_children if c.type != "comment"]
    if all(_type_only_statement(s) for s in statements):
        return em.blank(node)
    out = []
    data = em.src.data
    pos = body.start_byte + 1
    for stmt in body.named_children:
        out.append(data[pos:stmt.start_byte].decode("utf-8"))
        pos = stmt.end_byte
        decl = stmt.child_by_field_name("declaration") if stmt.type == "export_statement" else None
        if decl is None:
            out.append(em.emit(stmt))
            continue
        out.append(em.emit(decl))
        for local in _declared_names(em, decl):
            out.append(f" {name}.{local} = {local};")
    out.append(data[pos:body.end_byte - 1].decode("utf-8"))
    return f"var {name}; (function ({name}) {{{''.join(out)}}})({name} || ({name} = {{}}));"


def _type_only_statement(stmt: Node) -> bool:
    if stmt.type == "export_statement":
        decl = stmt.child_by_field_name("declaration")
        return decl is not None and _type_only_statement(decl)
    return stmt.type in ("interface_declaration", "type_alias_declaration", "ambient_declaration")


def _declared_names(em: Emitter, decl: Node) -> list[str]:
    if decl.type in ("lexical_declaration", "variable_declaration"):
        return [em.text(n) for d in decl.named_children if d.type == "variable_declarator"
                for n in pattern_names(d.child_by_field_name("name"))]
    name = decl.child_by_field_name("name")
    if name is None or _type_only_statement(decl):
        return []
    return [em.text(name)]


def declared_factory(em: Emitter, node: Node) -> None:
    """A library's ``X.ɵfac = i0.ɵɵngDeclareFactory({ …, deps: [{ token: T }] })``: the deps list is read when the
    factory first runs, as Angular's linker makes it a factory function (Taiga UI declares a token after the class
    whose factory names it: read at once, it is in its temporal dead zone). Sets the list's text to a function
    returning it (the runtime's declareFactory takes either)."""
    fn = node.child_by_field_name("function")
    name = fn.child_by_field_name("property") if fn is not None and fn.type == "member_expression" else fn
    args = node.child_by_field_name("arguments")
    if name is None or args is None or em.text(name) != "ɵɵngDeclareFactory":  # (not the callee's whole text:
        return                                                                 # a long call chain's is long)
    declaration = next((a for a in args.named_children if a.type == "object"), None)
    deps = next((p.child_by_field_name("value") for p in (declaration.named_children if declaration else [])
                 if p.type == "pair" and em.text(required_child(p, "key")) == "deps"), None)
    if deps is not None and deps.type == "array":
        em.replaced[deps.id] = f"function () {{ return {em.emit(deps)}; }}"


def generator(em: Emitter, node: Node) -> str:
    """Async generators are ES2018 with no small lowering: reported, left as written."""
    tokens = {c.type for c in node.children if not c.is_named}
    if "async" in tokens and "*" in tokens:
        em.report("PWX308", node, "async generator functions are not ES2017",
                  "return an Observable (rxjs) or an array of promises instead")
    return function_like(em, node)


HANDLERS = {
    "generator_function_declaration": generator,
    "generator_function": generator,
    "method_definition": generator,
    "function_declaration": function_like,
    "function_expression": function_like,
    "function": function_like,
    "arrow_function": function_like,
    "binary_expression": binary_expression,
    "augmented_assignment_expression": augmented_assignment,
    "object": object_literal,
    "variable_declarator": variable_declarator,
    "rest_pattern": rest_pattern,
    "for_in_statement": for_in_statement,
    "enum_declaration": enum_declaration,
    "internal_module": internal_module,
}
