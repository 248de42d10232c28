"""Control flow: the views (sibling lists) a template is made of, ``@if``/``@for``/``@switch`` blocks, and
the branches and loops they and the structural directives (:mod:`.directives`) come down to.

A branch becomes ``wx:if``/``wx:elif``/``wx:else`` over a view-model boolean, and the render function
computes the branch's values only inside the matching ``if``; a loop becomes ``wx:for`` over a view-model
list built by ``h.each``, each item with its own scope object (so handlers find the real item again).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from pwa2wx.template import refs
from pwa2wx.template.attrs import param_attribute
from pwa2wx.template.expression import ast as A
from pwa2wx.template.expression import js_string
from pwa2wx.template.expressions import paren
from pwa2wx.template.helpers import h, h_open
from pwa2wx.template.nodes import (
    Block,
    Comment,
    Element,
    LetDeclaration,
    Node,
    NodeVisitor,
    Text,
    is_blank,
)
from pwa2wx.template.scope import Env, Scope, Sym
from pwa2wx.template.wxml import Wx

if TYPE_CHECKING:
    from pwa2wx.template.compiler import ViewCompiler

LOOP_VARS = ("index", "count", "first", "last", "even", "odd")


class ControlFlow(NodeVisitor):
    """The control-flow part of a :class:`~pwa2wx.template.compiler.ViewCompiler`; visits sibling nodes."""

    def __init__(self, c: ViewCompiler) -> None:
        self.c = c

    def view(self, nodes: list[Node], env: Env) -> list[Wx | str]:
        """Compile one embedded view: declares its references first (they are visible before use)."""
        refs.declare(self.c, nodes, env)
        return self.nodes(nodes, env)

    def nodes(self, nodes: list[Node], env: Env) -> list[Wx | str]:
        """Compile a list of siblings (an ``@if`` with the ``@else`` blocks that follow it, as one)."""
        out: list[Wx | str] = []
        items = [n for n in nodes if not isinstance(n, Comment)]
        i = 0
        while i < len(items):
            node = items[i]
            i += 1
            connected: list[Block] = []
            if isinstance(node, Block):
                connected, i = connected_blocks(node, items, i)
            out.extend(self.visit(node, env, connected))
        return out

    def visit_Text(self, node: Text, env: Env, connected: list[Block]) -> list[Wx | str]:
        return list(self.c.exprs.text(node, env))

    def visit_Element(self, node: Element, env: Env, connected: list[Block]) -> list[Wx | str]:
        return self.c.elements.element(node, env)

    def visit_LetDeclaration(self, node: LetDeclaration, env: Env, connected: list[Block]) -> list[Wx | str]:
        self.c.exprs.let(node, env)
        return []

    def visit_Block(self, node: Block, env: Env, connected: list[Block]) -> list[Wx | str]:
        return self.block(node, connected, env)

    def block(self, node: Block, connected: list[Block], env: Env) -> list[Wx | str]:
        name = node.name
        if name == "if":
            return self.if_block(node, connected, env)
        if name == "for":
            return self.for_block(node, connected, env)
        if name == "switch":
            return self.switch_block(node, env)
        if name == "defer":
            self.c.diag("PWX105", "@defer: the main content is rendered at once (no lazy loading)", node.line,
                        node.col)
            return self.view(node.children, env)
        self.c.diag("PWX101", f"@{name} block without its @if/@for/@switch/@defer", node.line, node.col)
        return []

    def if_block(self, node: Block, connected: list[Block], env: Env) -> list[Wx | str]:
        branches: list[tuple[A.AST | None, str | None, Block]] = []
        for b in [node, *connected]:
            if b.name == "else":
                branches.append((None, None, b))
                continue
            params = b.parameters
            if not params:
                self.c.diag("PWX101", f"@{b.name} needs a condition", b.line, b.col)
                return []
            cond = self.block_expr(params[0])
            alias = None
            for p in params[1:]:
                m = re.fullmatch(r"as\s+([A-Za-z_$][\w$]*)", p.text.strip())
                if m:
                    alias = m.group(1)
                else:
                    self.c.diag("PWX101", f"unrecognized @{b.name} parameter: {p.text}", p.line, p.col)
            branches.append((cond, alias, b))
        return self.conditional(branches, env)

    def conditional(self, branches: list[tuple], env: Env) -> list[Wx | str]:
        """An if / else-if / else chain of (condition, alias, body): the condition an AST, JS text or None
        (else); the body a Block or a function compiling the branch in the Env it is given."""
        out: list[Wx | str] = []
        opened = 0
        for n, (cond, alias, body) in enumerate(branches):
            scope = env.scope.child()
            benv = replace(env, scope=scope)
            if cond is None:
                content = self.branch(body, benv)
                out.extend(wrap(content, "wx:else", None))
                break
            code = cond if isinstance(cond, str) else self.c.exprs.js(cond, env.scope)
            if alias:
                key = self.c.key(alias)
                self.c.render.line(f"{env.scope.s}.{key} = {code};")
                code = f"{env.scope.s}.{key}"
                scope.names[alias] = Sym("{s}." + key)
            test = self.c.exprs.store(env.scope, f"!!{paren(code)}")
            self.c.render.open(f"if ({env.scope.vm}.{test}) {{")
            content = self.branch(body, benv)
            out.extend(wrap(content, "wx:if" if n == 0 else "wx:elif", "{{" + env.scope.wx + test + "}}"))
            if n < len(branches) - 1:
                self.c.render.middle("} else {")
                opened += 1
            else:
                self.c.render.close()
        for _ in range(opened):
            self.c.render.close()
        return out

    def branch(self, body, env: Env) -> list[Wx | str]:
        if callable(body):
            return body(env)
        return self.view(body.children, env)

    def block_expr(self, param) -> A.AST | None:
        attr = param_attribute(param)
        return self.c.errors.parse(attr, param.text)

    def for_block(self, node: Block, connected: list[Block], env: Env) -> list[Wx | str]:
        params = node.parameters
        m = re.fullmatch(r"\s*([A-Za-z_$][\w$]*)\s+of\s+(.+)", params[0].text, re.S) if params else None
        if m is None:
            self.c.diag("PWX101", "@for loop must have a \"let x of items\" form: @for (item of items; track item.id)",
                        node.line, node.col)
            return []
        item, items_src = m.group(1), m.group(2)
        attr = param_attribute(params[0])
        items_ast = self.c.errors.parse(attr, items_src, base=m.start(2))
        track = None
        aliases: dict[str, str] = {}
        for p in params[1:]:
            t = p.text.strip()
            keyword = re.match(r"(track|let)\s+", t)  # any whitespace after the keyword, as Angular's parser takes
            if keyword and keyword.group(1) == "track":
                track = (self.c.errors.parse(param_attribute(p), t[keyword.end():], base=keyword.end()), p)
            elif keyword:
                for part in t[keyword.end():].split(","):
                    lm = re.fullmatch(r"\s*([A-Za-z_$][\w$]*)\s*=\s*\$(index|count|first|last|even|odd)\s*", part)
                    if lm:
                        aliases[lm.group(1)] = lm.group(2)
                    else:
                        self.c.diag("PWX101", f"invalid @for let parameter: {part.strip()}", p.line, p.col)
            else:
                self.c.diag("PWX101", f"unrecognized @for parameter: {t}", p.line, p.col)
        if track is None:
            self.c.diag("PWX101", "@for loop must have a \"track\" expression", node.line, node.col)
        if items_ast is None:
            return []
        lets = {item: "$implicit", **{f"${v}": v for v in LOOP_VARS}, **aliases}
        empty = next((b for b in connected if b.name == "empty"), None)
        track_ast = track[0] if track else None
        self.c.where_attr = attr
        items = self.c.exprs.js(items_ast, env.scope)
        return self.loop(items, lets, track_ast, lambda e: self.view(node.children, e), env,
                         empty=(lambda e: self.view(empty.children, e)) if empty else None,
                         track_attr=param_attribute(track[1]) if track else None)

    def loop(self, items: str, lets: dict[str, str], track: A.AST | None, body, env: Env, empty=None,
             track_attr=None, track_fn: str | None = None, contexts: bool = False) -> list[Wx | str]:
        """A list in the view model: ``lets`` maps local names to $implicit/index/count/first/...; of ``contexts``
        (a structural directive's views), to the properties of each item, its view's context."""
        parent = env.scope
        depth = parent.depth + 1
        lkey = f"l{self.c.count('l')}"
        item_key = self.c.key("$context" if contexts else next((n for n, v in lets.items() if v == "$implicit"),
                                                               "item"))
        index_key, count_key = self.c.key("$index"), self.c.key("$count")
        inner = Scope(vm=f"${depth}", s=f"s{depth}", wx=f"x{depth}.", depth=depth,
                      path=(parent.path + "." if parent.path else "") + f"{lkey}.{{{{i{depth}}}}}",
                      names=dict(parent.names))
        derived = {"$implicit": "{s}." + item_key, "index": "{s}." + index_key, "count": "{s}." + count_key,
                   "first": f"({{s}}.{index_key} === 0)", "last": f"({{s}}.{index_key} === {{s}}.{count_key} - 1)",
                   "even": f"({{s}}.{index_key} % 2 === 0)", "odd": f"({{s}}.{index_key} % 2 === 1)"}
        for local, what in lets.items():
            if contexts:  # `let t` reads the context's $implicit, `let x = y` its y
                inner.names[local] = Sym(f"{{s}}.{item_key}.{what}")
            elif what in derived:
                inner.names[local] = Sym(derived[what])
            else:
                self.c.diag("PWX104", f"loop variable '{what}' is not known: '{local}' is undefined")
                inner.names[local] = Sym("undefined")
        names = f"[{js_string(item_key)}, {js_string(index_key)}, {js_string(count_key)}]"
        self.c.render.open(f"{parent.vm}.{lkey} = " + h_open("each", items, parent.s, js_string(lkey), names,
                                                             f"function ({inner.s}, {inner.vm}) {{"))
        has_key = False
        if track_fn is not None:
            key = h("key", f"{track_fn}({inner.s}.{index_key}, {inner.s}.{item_key})", f"{inner.s}.{index_key}")
            self.c.render.line(f"{inner.vm}.k = {key};")
            has_key = True
        elif track is not None:
            self.c.where_attr = track_attr
            key = h("key", self.c.exprs.js(track, inner), f"{inner.s}.{index_key}")
            self.c.render.line(f"{inner.vm}.k = {key};")
            has_key = True
        content = body(replace(env, scope=inner))
        self.c.render.close(f"}}, {elements_per_item(content)});")
        attrs = {"wx:for": "{{" + parent.wx + lkey + "}}", "wx:for-item": f"x{depth}", "wx:for-index": f"i{depth}"}
        if has_key:
            attrs["wx:key"] = "k"
        out = wrap_attrs(content, attrs)
        if empty is not None:
            test = self.c.exprs.store(parent, f"!{parent.vm}.{lkey}.length")
            self.c.render.open(f"if ({parent.vm}.{test}) {{")
            out.extend(wrap(empty(replace(env, scope=parent.child())), "wx:if", "{{" + parent.wx + test + "}}"))
            self.c.render.close()
        return out

    def switch_block(self, node: Block, env: Env) -> list[Wx | str]:
        if not node.parameters:
            self.c.diag("PWX101", "@switch needs a value", node.line, node.col)
            return []
        subject = self.block_expr(node.parameters[0])
        if subject is None:
            return []
        t = self.c.render_fn.temp()
        self.c.render.line(f"{t} = {self.c.exprs.js(subject, env.scope)};")
        branches: list[tuple[str | None, None, Block]] = []
        default = None
        for child in node.children:
            if isinstance(child, Block) and child.name == "case" and child.parameters:
                case = self.block_expr(child.parameters[0])
                if case is not None:
                    branches.append((f"{t} === {self.c.exprs.js(case, env.scope)}", None, child))
            elif isinstance(child, Block) and child.name == "default":
                default = child
            elif isinstance(child, (Block, Element)) or isinstance(child, Text) and not is_blank(child.value):
                self.c.diag("PWX101", "@switch block can only contain @case and @default blocks", child.line,
                            child.col)
        if default is not None:
            branches.append((None, None, default))
        return self.conditional(branches, env) if branches else []


def wrap(content: list[Wx | str], directive: str, test: str | None) -> list[Wx | str]:
    """Put wx:if/wx:elif/wx:else on the single element of ``content``, or on a <block> around it."""
    return wrap_attrs(content, {directive: test})


def wrap_attrs(content: list[Wx | str], attrs: Mapping[str, str | None]) -> list[Wx | str]:
    if len(content) == 1 and isinstance(content[0], Wx) and not any(k.startswith("wx:") for k in content[0].attrs) \
            and "slot" not in content[0].attrs:
        node = content[0]
        node.attrs = {**attrs, **node.attrs}
        return [node]
    return [Wx("block", dict(attrs), content)]


def connected_blocks(node: Block, items: Sequence[Node], i: int) -> tuple[list[Block], int]:
    """The @else/@else if (after @if) or @empty (after @for) blocks that follow ``node``."""
    follow = {"if": ("else if", "else"), "for": ("empty",), "defer": ("placeholder", "loading", "error")}.get(node.name)
    connected: list[Block] = []
    if not follow:
        return connected, i
    j = i
    while j < len(items):
        n = items[j]
        if isinstance(n, Text) and is_blank(n.value):
            j += 1
            continue
        if isinstance(n, Block) and n.name in follow:
            connected.append(n)
            j += 1
            i = j
            if n.name == "else":
                break
            continue
        break
    return connected, i


def elements_per_item(content: list[Wx | str]) -> int:
    """The WXML elements one item of a loop creates, those of its inner loops aside (each counts its own): what
    the runtime spends of WeChat's element limit per item (view.js each)."""
    def count(node: Wx | str) -> int:
        if isinstance(node, str) or "wx:for" in node.attrs:
            return 0
        return (node.tag != "block") + sum(count(child) for child in node.children)
    return max(1, sum(count(node) for node in content))
