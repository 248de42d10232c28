"""``ion-select`` / ``select`` → WeChat's ``picker``: the render function collects the options (through
``@for``/``@if``/``*ngFor``/``*ngIf`` around them) into a list of values and one of labels, and the picker's
value is an index into them.

A ``kind`` of :mod:`.ionic`'s table (see :mod:`.shapes` for how kinds reach the compiler).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from pwa2wx.template import forms
from pwa2wx.template.attrs import Attrs, param_attribute, read_attrs
from pwa2wx.template.expression import ExpressionError, js_string, parse_template_bindings
from pwa2wx.template.expression import ast as A
from pwa2wx.template.helpers import h
from pwa2wx.template.nodes import Block, Element, Node, NodeVisitor
from pwa2wx.template.scope import Env, Helper, Sym
from pwa2wx.template.wxml import Wx

if TYPE_CHECKING:
    from pwa2wx.template.compiler import ViewCompiler
    from pwa2wx.template.rows import Tag


def select(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """ion-select / select → picker: options collected by the render function; the value is an index."""
    from pwa2wx.template.ionic import tag_class  # (the table imports this module)

    outer, native, handler = forms.control(c, el, attrs, row, env, wrapper=None)
    scope = env.scope
    values = c.key("$options")
    labels = c.exprs.store(scope, "[]")
    c.render.line(f"{scope.s}.{values} = [];")
    Options(c, f"{scope.s}.{values}", f"{scope.vm}.{labels}").collect(el.children, env)
    b = forms.value_binding(c, attrs, env)
    if b is not None:
        current = c.exprs.expr(b, scope) or "undefined"  # (unparsable: PWX102)
    else:  # nothing binds its value: it keeps the option picked, as Ionic's element does, from its value attribute on
        site = str(c.count("select"))
        start = attrs.static_value("value")
        current = h("picked", scope.s, site, js_string(start) if start is not None else "undefined")
        handler.add("change", Helper("pick", ("s", site, "$event.detail.value")))
    index = c.exprs.store(scope, h("index", f"{scope.s}.{values}", current))
    shown = c.exprs.store(scope, f"{scope.vm}.{index} >= 0 ? {scope.vm}.{labels}[{scope.vm}.{index}] : "
                          f"{js_string(attrs.static_value('placeholder') or '')}")
    native.attrs["range"] = "{{" + scope.wx + labels + "}}"
    native.attrs["value"] = "{{" + scope.wx + index + "}}"
    handler.adapters["change"] = ('"select"', f"s.{values}")
    if "multiple" in attrs.static and attrs.static_value("multiple") != "false":
        c.diag("PWX105", "ion-select multiple: the picker selects one value", el.line, el.col)
    c.handlers.attach(native, handler, scope, el)
    native.attrs["class"] = native.attrs.get("class", tag_class(el.tag))
    native.children = forms.label(c, attrs, env) + [
        Wx("view", {"class": "select-text"}, ["{{" + scope.wx + shown + "}}"])]
    return [native]


def option(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    c.note_once("PWX104", "option-outside", f"<{el.tag}> outside a select is not rendered", el)
    return []


class Options(NodeVisitor):
    """Render-function code pushing each option's value and label (JS arrays ``values`` and ``labels``)."""

    def __init__(self, c: ViewCompiler, values: str, labels: str) -> None:
        self.c = c
        self.values = values
        self.labels = labels

    def collect(self, nodes: list[Node], env: Env) -> None:
        for node in nodes:
            self.visit(node, env)

    def generic_visit(self, node: Node, env: Env) -> None:
        """Text, comments and other blocks hold no options."""

    def visit_Block(self, node: Block, env: Env) -> None:
        c = self.c
        if node.name == "for":
            m = re.fullmatch(r"\s*([A-Za-z_$][\w$]*)\s+of\s+(.+)", node.parameters[0].text, re.S) \
                if node.parameters else None
            items = c.errors.parse(param_attribute(node.parameters[0]), m.group(2), base=m.start(2)) if m else None
            if m is not None and items is not None:
                self.loop(m.group(1), items, env, lambda e: self.collect(node.children, e))
        elif node.name in ("if", "else if", "else", "switch", "case", "default"):
            c.note_once("PWX105", "option-if", "options inside @if/@switch are always listed", node)
            self.collect(node.children, env)

    def visit_Element(self, node: Element, env: Env) -> None:
        from pwa2wx.template.ionic import lookup  # (the table imports this module)

        c = self.c
        attrs = read_attrs(node.attrs, c.errors)
        row = lookup(node.tag)
        if attrs.structural is not None:
            self.directive(node, attrs, env)
        elif row is not None and row.kind is option:
            label = c.exprs.text_js(node.children, env.scope)
            b = attrs.props.get("value") or attrs.props.get("ngValue")
            value = c.exprs.expr(b, env.scope) if b is not None else None
            if value is None:
                value = js_string(attrs.static_value("value") or "") if "value" in attrs.static else label
            c.render.line(f"{self.values}.push({value}); {self.labels}.push({label});")
        else:
            self.collect(node.children, env)

    def directive(self, node: Element, attrs: Attrs, env: Env) -> None:
        """``*ngFor`` / ``*ngIf`` on an option (or an ng-container around options)."""
        c = self.c
        b = attrs.structural
        assert b is not None  # (called for an element with a *directive)
        stripped = Element(node.tag, [a for a in node.attrs if a is not b.attr], node.children, node.line, node.col)
        try:
            bindings = parse_template_bindings(b.name, b.value or "")
        except ExpressionError as e:
            c.diag("PWX102", f"{e.message} in [{b.value}]", *c.errors.at(b.attr, e.offset))
            return
        inputs = {x.key: x.value for x in bindings if isinstance(x, A.ExpressionBinding)}
        item = next((x.name for x in bindings if isinstance(x, A.VariableBinding) and x.value == "$implicit"), None)
        items, cond = inputs.get("ngForOf"), inputs.get("ngIf")
        if b.name == "ngFor" and items is not None and item:
            self.loop(item, items, env, lambda e: self.collect([stripped], e))
        elif b.name == "ngIf" and cond is not None:
            c.where_attr = b.attr
            c.render.open(f"if ({c.exprs.js(cond, env.scope)}) {{")
            self.collect([stripped], env)
            c.render.close()
        else:
            c.note_once("PWX105", "option-structural", f"*{b.name} on an option: the option is always listed", node)
            self.collect([stripped], env)

    def loop(self, name: str, items: A.AST, env: Env, body: Callable[[Env], None]) -> None:
        """A plain JS loop over ``items`` with ``name`` in a child scope (options make no view-model list)."""
        c = self.c
        parent = env.scope
        inner = parent.child(s=f"o{c.count('o')}")
        key = c.key(name)
        inner.names[name] = Sym("{s}." + key)
        c.render.open(h("list", c.exprs.js(items, parent)) + ".forEach(function (item) {")
        c.render.line(f"var {inner.s} = Object.create({parent.s}); {inner.s}.{key} = item;")
        body(replace(env, scope=inner))
        c.render.close("});")
