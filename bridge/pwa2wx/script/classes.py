"""Classes → ES2017 classes: fields into the constructor, statics and decorators after the class.

TypeScript's ``useDefineForClassFields: false`` semantics (what Angular projects compile with):
parameter properties are assigned first, then field initialisers in order, right after ``super(…)``;
fields without an initialiser are not created. Static fields, static blocks, decorators that are not
Angular's (TypeScript's legacy ``__decorate``) and the Angular ``__ng__`` metadata follow the class —
on the line of its closing brace, so the lines after it keep their numbers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tree_sitter import Node

from pwa2wx.script import ngmeta
from pwa2wx.script.tsparse import required_child, string_literal

if TYPE_CHECKING:
    from pwa2wx.script.emitter import Emitter

_PLACEHOLDER = "\x01class\x01"  # a class expression's temporary, allocated only when needed
REMOVED_MEMBERS = frozenset({"method_signature", "abstract_method_signature", "index_signature"})


@dataclass
class Decorator:
    node: Node
    call: Node  # the expression after "@"
    angular: str | None  # the @angular/core export it names (Input, Component …), else None

    @property
    def args(self) -> list[Node]:
        if self.call.type != "call_expression":
            return []
        return [a for a in required_child(self.call, "arguments").named_children if a.type != "comment"]


@dataclass
class Member:
    """A class member as the Angular metadata needs it."""

    name: str
    node: Node
    decorators: list[Decorator]
    type_node: Node | None = None


@dataclass
class ClassInfo:
    name: str
    node: Node
    decorators: list[Decorator]
    members: list[Member] = field(default_factory=list)
    params: list[Node] | None = None  # constructor parameters; None when the class has no constructor
    derived: bool = False


def decorator(em: Emitter, node: Node) -> Decorator:
    call = node.named_children[0]
    fn = call.child_by_field_name("function") if call.type == "call_expression" else call
    return Decorator(node, call, em.angular_name(fn) if fn is not None else None)


def class_node(em: Emitter, node: Node, outer_decorators: list[Node], forced_name: str | None) -> str:
    """One class declaration or expression, with everything that follows it."""
    name_node = node.child_by_field_name("name")
    name = em.text(name_node) if name_node is not None else forced_name
    body = required_child(node, "body")
    heritage = next((c for c in node.children if c.type == "class_heritage"), None)
    derived = heritage is not None and any(c.type == "extends_clause" for c in heritage.named_children)
    is_expression = node.type == "class"
    # how code after the class refers to it (a declaration has a name: only a class expression's is optional)
    ref = _PLACEHOLDER if is_expression else em.text(required_child(node, "name"))
    decorators = [decorator(em, d) for d in outer_decorators + [c for c in node.children if c.type == "decorator"]]
    info = ClassInfo(name or "", node, decorators, derived=derived)

    members, after, inits, ctor = _members(em, body, info, ref)
    prologue = _parameter_properties(em, ctor) + inits
    body_text = _body(em, body, members, ctor, prologue, derived)
    replace = {body.id: body_text}
    text = em.default(node, replace)
    if name_node is None and forced_name is not None:
        text = text.replace("class", f"class {forced_name}", 1)

    meta = ngmeta.metadata(em, info)
    if meta is not None:
        after.append(f"{ref}.__ng__ = {meta}")
    plain = [d for d in decorators if d.angular not in ngmeta.CLASS_KINDS]
    ctor_params = _param_decorators(em, ctor) if ctor is not None else []
    if plain or ctor_params:
        listed = ", ".join([em.emit(d.call) for d in plain] + ctor_params)
        after.append(f"{ref} = {em.helper('__decorate')}([{listed}], {ref})")
    if not after:
        return text
    if is_expression:
        t = em.temp()
        return f"({t} = {text}, {', '.join(after)}, {t})".replace(_PLACEHOLDER, t)
    return text + " " + "; ".join(after) + ";"


def _members(em: Emitter, body: Node, info: ClassInfo, ref: str):
    """Emit each member; returns (member texts by node id, after-class items, field inits, constructor)."""
    texts: dict[int, str] = {}
    after: list[str] = []
    inits: list[str] = []
    ctor = None
    pending: list[Node] = []
    for child in body.children:
        if child.type == "decorator":
            pending.append(child)
            texts[child.id] = em.blank(child)
            continue
        own = [c for c in child.children if c.type == "decorator"] if child.is_named else []
        decorators = [decorator(em, d) for d in pending + own]
        pending = []
        t = child.type
        if t in REMOVED_MEMBERS or _has_token(child, "declare") or (
                t == "public_field_definition" and _has_token(child, "abstract")):
            texts[child.id] = em.blank(child)
        elif t == "method_definition":
            key = _key(em, required_child(child, "name"))
            if key == ".constructor":
                ctor = child
                params = required_child(child, "parameters")
                info.params = [p for p in params.named_children if p.type in ("required_parameter",
                                                                                "optional_parameter")]
                texts[child.id] = ""  # emitted with its prologue by _body
                continue
            info.members.append(Member(key.lstrip("."), child, decorators))
            static = _has_token(child, "static")
            after.extend(_plain_decorators(em, decorators, child, key, f"{ref}" if static else f"{ref}.prototype"))
            texts[child.id] = em.emit(child)
        elif t == "public_field_definition":
            key = _key(em, required_child(child, "name"))
            info.members.append(Member(key.lstrip("."), child, decorators, child.child_by_field_name("type")))
            static = _has_token(child, "static")
            after.extend(_plain_decorators(em, decorators, child, key, ref if static else f"{ref}.prototype"))
            value = child.child_by_field_name("value")
            if value is not None:
                text = em.emit(value)
                if static:
                    after.append(f"{ref}{key} = " + (f"(function () {{ return {text}; }}).call({ref})"
                                                     if _uses_this(value) else text))
                else:
                    inits.append(f"this{key} = {text};")
            texts[child.id] = em.blank(child)
        elif t == "class_static_block":
            after.append(f"(function () {em.emit(required_child(child, 'body'))}).call({ref})")
            texts[child.id] = em.blank(child)
    return texts, after, inits, ctor


def _has_token(node: Node, token: str) -> bool:
    return any(not c.is_named and c.type == token for c in node.children)


def _key(em: Emitter, name: Node) -> str:
    """A member name as a property access suffix: ``.x``, ``["a-b"]``, ``[expr]``."""
    if name.type == "property_identifier":
        return "." + em.text(name)
    if name.type == "private_property_identifier":
        return "." + em.emit(name)
    if name.type == "string":
        return f"[{json.dumps(string_literal(em.src, name))}]"
    if name.type == "computed_property_name":
        return "[" + em.emit(name.named_children[0]) + "]"
    return f"[{em.text(name)}]"


def _uses_this(node: Node) -> bool:
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type == "this":
            return True
        if n.type not in ("function_expression", "function_declaration", "class"):
            stack.extend(n.named_children)
    return False


def _plain_decorators(em: Emitter, decorators: list[Decorator], member: Node, key: str, target: str) -> list[str]:
    """``__decorate([d], X.prototype, "m", null)`` for a member's decorators that are not Angular's."""
    plain = [em.emit(d.call) for d in decorators if d.angular not in ngmeta.MEMBER_DECORATORS]
    params = member.child_by_field_name("parameters")
    if params is not None:
        plain += _param_decorators(em, member)
    if not plain:
        return []
    prop = json.dumps(key[1:]) if key.startswith(".") else key[1:-1]
    desc = "null" if member.type == "method_definition" else "void 0"
    return [f"{em.helper('__decorate')}([{', '.join(plain)}], {target}, {prop}, {desc})"]


def _param_decorators(em: Emitter, method: Node) -> list[str]:
    out = []
    params = required_child(method, "parameters")  # a method's (callers check that a member has them)
    for index, p in enumerate(c for c in params.named_children if c.type != "comment"):
        for d in (decorator(em, c) for c in p.children if c.type == "decorator"):
            if d.angular not in ngmeta.PARAM_DECORATORS:
                out.append(f"{em.helper('__param')}({index}, {em.emit(d.call)})")
    return out


def _parameter_properties(em: Emitter, ctor: Node | None) -> list[str]:
    """``constructor(private a: A)`` → ``this.a = a;``."""
    if ctor is None:
        return []
    out = []
    for p in required_child(ctor, "parameters").named_children:
        if p.type not in ("required_parameter", "optional_parameter"):
            continue
        if any(c.type == "accessibility_modifier" or c.type == "readonly" or c.type == "override_modifier"
               for c in p.children):
            name = em.text(required_child(p, "pattern"))
            out.append(f"this.{name} = {name};")
    return out


def _body(em: Emitter, body: Node, texts: dict[int, str], ctor: Node | None, prologue: list[str],
          derived: bool) -> str:
    if ctor is not None:
        return em.default(body, {**texts, ctor.id: _constructor(em, ctor, prologue, derived)})
    brace = body.children[0] if body.children and body.children[0].type == "{" else None
    if brace is None or not prologue:
        return em.default(body, texts)
    sup = "super(...arguments); " if derived else ""
    return em.default(body, texts, after={brace.id: f" constructor() {{ {sup}{' '.join(prologue)} }}"})


def _constructor(em: Emitter, ctor: Node, prologue: list[str], derived: bool) -> str:
    block = ctor.child_by_field_name("body")
    if block is None:
        return em.blank(ctor)  # an overload signature
    if not prologue:
        return em.emit(ctor)
    anchor = next((s for s in block.named_children if _is_super_call(s)), None) if derived else None
    if anchor is None:
        insert = {block.children[0].id: " " + " ".join(prologue)}
    else:
        semicolon = "" if em.text(anchor).endswith(";") else ";"
        insert = {anchor.id: semicolon + " " + " ".join(prologue)}
    return em.default(ctor, {block.id: em.default(block, after=insert)})


def _is_super_call(stmt: Node) -> bool:
    if stmt.type != "expression_statement" or not stmt.named_children:
        return False
    call = stmt.named_children[0]
    fn = call.child_by_field_name("function") if call.type == "call_expression" else None
    return fn is not None and fn.type == "super"
