"""Angular expressions → JavaScript of the render function or of a handler, and values → the view model.

An expression reads template variables from the runtime scope object (``s1.session``), everything else
from the component (``c.title``); a value the WXML shows is stored under a new view-model key (``v3``) and
read as ``{{x1.v3}}``. Constants stay in the WXML.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from pwa2wx.template import icu
from pwa2wx.template.attrs import Binding, value_attribute
from pwa2wx.template.expression import ExpressionError, JsGen, js_string, parse_binding, split_interpolation
from pwa2wx.template.expression import ast as A
from pwa2wx.template.helpers import h
from pwa2wx.template.lexer import Position
from pwa2wx.template.nodes import LetDeclaration, Node, Text, collapse_whitespace, is_blank, texts
from pwa2wx.template.scope import Env, Fn, Scope, Sym
from pwa2wx.template.wxml import absolute_url, attr_safe, text

if TYPE_CHECKING:
    from pwa2wx.template.compiler import ViewCompiler

BUILTIN_PIPES = frozenset({"async", "date", "number", "currency", "percent", "uppercase", "lowercase", "titlecase",
                           "slice", "json", "keyvalue", "i18nPlural", "i18nSelect", "translate"})
NGSP = "\ue500"
_ICU = re.compile(r"\{\s*[\w.$]+\s*,\s*(?:plural|select|selectordinal)\s*,")


class Expressions:
    """The expression part of a :class:`~pwa2wx.template.compiler.ViewCompiler`."""

    def __init__(self, c: ViewCompiler) -> None:
        self.c = c

    def js(self, node: A.AST, scope: Scope, fn: Fn | None = None, handler: bool = False, event: str = "$event") -> str:
        """JS for an expression: in the render function (scope var ``s<n>``) or a handler (``s``)."""
        c = self.c
        fn = fn or c.render_fn
        svar = "s" if handler else scope.s

        def name(ident: str, n: A.AST, write: bool) -> str:
            sym = scope.names.get(ident)
            if sym is not None:
                if sym.kind == "template":
                    c.diag("PWX104", f"template reference '{ident}' used as a value: undefined", *self.where(n))
                    return "undefined"
                if write:
                    c.diag("PWX102", f"Cannot assign to a template variable: {ident}", *self.where(n))
                return scope.read(sym, svar)
            if ident == "$event" and handler:
                return event
            return f"c.{ident}"

        def pipe(node: A.Pipe, value: str, args: list[str]) -> str:
            self.use_pipe(node)
            site = c.count("pipe")
            return h("pipe", str(site), svar, js_string(node.name)) + f".transform({', '.join([value, *args])})"

        return JsGen(name, pipe, fn.temp)(node)

    def where(self, node: A.AST) -> tuple[int, int]:
        """The template position of ``node`` in the attribute being compiled."""
        if self.c.where_attr is None:
            return 0, 0
        return self.c.errors.at(self.c.where_attr, node.start)

    def use_pipe(self, node: A.Pipe) -> None:
        c = self.c
        if node.name in c.ctx.project.pipes:
            c.pipes[node.name] = c.ctx.project.pipes[node.name]
        elif node.name not in BUILTIN_PIPES and node.name not in c.ctx.project.library_pipes:
            line, col = c.errors.at(c.where_attr, node.name_start) if c.where_attr else (0, 0)
            c.diag("PWX104", f"pipe '{node.name}' is neither the app's nor Angular's: unless a library the app "
                   "loads declares it, the value is shown unchanged", line, col,
                   hint="declare the @Pipe in the project, or check that the library declaring it is installed")

    def expr(self, binding: Binding, scope: Scope, conv: str = "raw") -> str | None:
        """JS for a binding's value converted for WXML; None when the expression did not parse."""
        if binding.ast is None:
            return None
        self.c.where_attr = binding.attr
        code = self.js(binding.ast, scope)
        return convert(code, conv)

    def store(self, scope: Scope, code: str) -> str:
        """Store ``code``'s value in the view model under a new key (``v3``)."""
        key = f"v{self.c.count('v')}"
        self.c.render.line(f"{scope.vm}.{key} = {code};")
        return key

    def value(self, scope: Scope, code: str) -> str:
        """Store ``code``'s value in the view model; returns the WXML reading it (``{{x1.v3}}``)."""
        return "{{" + scope.wx + self.store(scope, code) + "}}"

    def constant(self, scope: Scope, value: str) -> str:
        """WXML for a static attribute value: itself, or through the view model when WXML cannot hold it as written
        (a quote, a line break, mustache braces: ``src="{{url'+x}}"``, an interpolation Angular leaves as text)."""
        return value if attr_safe(value) else self.value(scope, js_string(value))

    def bound(self, binding: Binding, scope: Scope, conv: str) -> str | None:
        """WXML for a binding: a constant when the expression is a literal, else a view-model path."""
        const = literal(binding.ast)
        if const is not NOTHING:
            if conv == "bool":
                return "{{true}}" if const else "{{false}}"
            if const is None:
                return None
            if conv == "prop" and not isinstance(const, str):  # a component's input keeps its type: false is
                return "{{" + js_value(const) + "}}"           # no "false", which is truthy
            s = const if isinstance(const, str) else js_value(const)
            if conv == "url":
                s = absolute_url(s)
            return self.constant(scope, s)
        code = self.expr(binding, scope, conv)
        return None if code is None else self.value(scope, code)

    def text(self, node: Text, env: Env) -> list[str]:
        """Text with ``{{ }}``: the WXML text, interpolations read from the view model."""
        value = node.value.replace(NGSP, " ")
        if not env.preserve_ws and is_blank(value):
            return []
        pos = Position(node.value, node.line, node.col)
        self.c.where_attr = value_attribute(node.value, node.line, node.col)
        out: list[str] = []
        for start, part in icu.split(value):
            if isinstance(part, icu.Icu):
                message = self.icu_js(part, env.scope, pos)
                out += [self.value(env.scope, message)] if message else []
                continue
            for is_expr, src, offset in split_interpolation(part):
                offset += start
                if not is_expr:
                    head = _ICU.search(src)
                    if head:
                        self.c.diag("PWX104", "ICU message ({x, plural|select, …}) whose cases hold elements is not "
                                    "converted: shown as text", *pos(offset + head.start()),
                                    hint="keep an ICU case to text and interpolations, or use *ngIf / @switch")
                    out.append(text(src if env.preserve_ws else collapse_whitespace(src)))
                    continue
                ast = self.parsed(src, offset, pos)
                if ast is None:
                    continue
                const = literal(ast)
                out.append(text(js_display(const)) if const is not NOTHING else
                           self.value(env.scope, h("s", self.js(ast, env.scope))))
        return ["".join(out)] if out and "".join(out) else []

    def parsed(self, src: str, offset: int, pos: Position) -> A.AST | None:
        """An interpolation's expression (None, reported, when it does not parse)."""
        try:
            return parse_binding(src, offset)
        except ExpressionError as e:
            self.c.diag("PWX102", f"{e.message} in [{{{{{src}}}}}]", *pos(e.offset))
            return None

    def icu_js(self, message: icu.Icu, scope: Scope, pos: Position) -> str | None:
        """JS for the text of the case an ICU message's value picks: ``=N`` (the value's string), a select's key,
        a plural's ``one`` (the value 1, as English has it; zero/two/few/many never pick), else ``other``."""
        switch = self.parsed(message.switch, message.offset, pos)
        if switch is None:
            return None
        picks, other = [], '""'
        for key, content in message.cases:
            parts = []
            for piece in content:
                if isinstance(piece, str):
                    parts.append(js_string(collapse_whitespace(piece)))
                elif isinstance(piece, icu.Icu):
                    parts.append(self.icu_js(piece, scope, pos) or '""')
                else:
                    ast = self.parsed(piece.source, piece.offset, pos)
                    parts.append(h("s", self.js(ast, scope)) if ast is not None else '""')
            js = " + ".join(parts) or '""'
            if key == "other":
                other = js
            elif key.startswith("=") or message.kind == "select":
                picks.append(f"String(v) === {js_string(key.lstrip('='))} ? {js}")
            elif key == "one":
                picks.append(f"v === 1 ? {js}")
        return f"(function (v) {{ return {' : '.join(picks + [other])}; }})({self.js(switch, scope)})"

    def let(self, node: LetDeclaration, env: Env) -> None:
        """``@let name = value;``: a scope variable the rest of the view reads."""
        c = self.c
        key = c.key(node.name)
        attr = value_attribute(node.value, node.value_line, node.value_col)
        ast = c.errors.parse(attr, node.value)
        code = "undefined"
        if ast is not None:
            c.where_attr = attr
            code = self.js(ast, env.scope)
        c.render.line(f"{env.scope.s}.{key} = {code};")
        env.scope.names[node.name] = Sym("{s}." + key, "let")

    def text_js(self, nodes: list[Node], scope: Scope, fn: Fn | None = None) -> str:
        """JS for the text of ``nodes`` (interpolations stringified), whitespace collapsed and trimmed."""
        parts: list[str] = []
        for t in texts(nodes):
            pos = Position(t.value, t.line, t.col)
            for is_expr, src, offset in split_interpolation(t.value):
                if not is_expr:
                    if src:
                        parts.append(js_string(collapse_whitespace(src)))
                    continue
                ast = self.parsed(src, offset, pos)
                if ast is not None:
                    parts.append(h("s", self.js(ast, scope, fn)))
        if all(p.startswith('"') for p in parts):  # no interpolation: the label is a constant
            return js_string(collapse_whitespace("".join(json.loads(p) for p in parts)).strip())
        return h("trim", " + ".join(parts))


class _Nothing:
    pass


NOTHING = _Nothing()


def literal(node: A.AST | None) -> Any:
    """The constant value of a literal expression (``'primary'``, ``true``, ``3``), else NOTHING."""
    if isinstance(node, A.LiteralPrimitive) and node.value is not A.UNDEFINED:
        return node.value
    if isinstance(node, A.Unary) and node.op == "-" and isinstance(node.expression, A.LiteralPrimitive) and \
            isinstance(node.expression.value, (int, float)) and not isinstance(node.expression.value, bool):
        return -node.expression.value
    return NOTHING


def literal_str(node: A.AST | None) -> str | None:
    if isinstance(node, A.LiteralPrimitive) and isinstance(node.value, str):
        return node.value
    return None


def js_value(v: Any) -> str:
    if v is True or v is False:
        return "true" if v else "false"
    return str(v)


def js_display(v: Any) -> str:
    """How Angular interpolation shows a constant (null → '')."""
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return js_value(v)


def convert(code: str, conv: str) -> str:
    """``code`` converted as WXML wants the value: bool, str, url, prop (a custom component's input), two-way (one
    bound with [(x)]) or raw."""
    if conv == "bool":
        return f"!!{paren(code)}"
    if conv == "str":
        return h("s", code)
    if conv == "url":
        return h("url", code)
    if conv == "prop":
        return h("prop", code)
    if conv == "two-way":  # [(x)]="target": the value of a writable signal target, as Angular's ɵɵtwoWayProperty
        return h("prop", h("twoWay", code))
    return code


def paren(code: str) -> str:
    return code if re.fullmatch(r"[\w$.]+|\(.*\)", code) and code.count("(") == code.count(")") else f"({code})"
