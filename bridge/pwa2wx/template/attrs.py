"""An element's attributes sorted by Angular's binding syntax, with their expressions parsed once.

``[x]``/``bind-x`` property, ``(x)``/``on-x`` event, ``[(x)]``/``bindon-x`` two-way, ``#x``/``ref-x``
reference, ``let-x`` template variable, ``*x`` structural directive; a plain attribute whose value holds
``{{ }}`` is a property binding too (as in Angular).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pwa2wx.template.expression import ExpressionError, parse_action, parse_binding, split_interpolation
from pwa2wx.template.expression import ast as A
from pwa2wx.template.lexer import Position
from pwa2wx.template.names import kebab
from pwa2wx.template.nodes import Attribute, BlockParameter


@dataclass
class Binding:
    name: str  # the target: "hidden", "class.active", "ngModel", "click", "keyup.enter"
    attr: Attribute
    ast: A.AST | None = None  # bound value (None: static or unparsable)
    value: str | None = None  # static value


@dataclass
class Attrs:
    static: dict[str, Binding] = field(default_factory=dict)
    props: dict[str, Binding] = field(default_factory=dict)
    events: list[Binding] = field(default_factory=list)
    two_way: dict[str, Binding] = field(default_factory=dict)
    refs: list[Binding] = field(default_factory=list)  # name: the reference, value: exportAs ("ngForm")
    lets: list[Binding] = field(default_factory=list)  # name: local, value: context key ("$implicit")
    structural: Binding | None = None
    animations: list[Binding] = field(default_factory=list)

    def has(self, name: str) -> bool:
        return name in self.static or name in self.props or name in self.two_way

    def static_value(self, name: str, default: str | None = None) -> str | None:
        """A plain attribute's value ("" when bare), found by its camelCase or kebab-case name."""
        b = self.static.get(name) or self.static.get(kebab(name))
        return default if b is None else (b.value if b.value is not None else "")


class Errors:
    """Reports an expression error at its place in the template (PWX102)."""

    def __init__(self, report):
        self.report = report  # (message, line, col) -> None

    def at(self, attr: Attribute, offset: int) -> tuple[int, int]:
        if attr.value is None or not attr.value_line:
            return attr.line, attr.col
        return Position(attr.value, attr.value_line, attr.value_col)(offset)

    def parse(self, attr: Attribute, src: str, action: bool = False, base: int = 0) -> A.AST | None:
        try:
            return (parse_action if action else parse_binding)(src, base)
        except ExpressionError as e:
            line, col = self.at(attr, e.offset)
            self.report(f"{e.message} in [{attr.value}]", line, col)
            return None

    def interpolation(self, attr: Attribute, text: str) -> A.AST | None:
        """``/x/{{ id }}`` → Interpolation; None when it has no ``{{ }}`` or does not parse."""
        parts = split_interpolation(text)
        if not any(is_expr for is_expr, _, _ in parts):
            return None
        strings, exprs = [""], []
        for is_expr, src, offset in parts:
            if is_expr:
                node = self.parse(attr, src, base=offset)
                if node is None:
                    return None
                exprs.append(node)
                strings.append("")
            else:
                strings[-1] += src
        return A.Interpolation(0, len(text), strings, exprs)


def value_attribute(text: str, line: int, col: int) -> Attribute:
    """An attribute standing for expression text outside attributes (@let values, block parameters), so
    expression errors are placed the same way."""
    return Attribute("", text, line, col, line, col)


def param_attribute(param: BlockParameter) -> Attribute:
    return value_attribute(param.text, param.line, param.col)


def assignable(node: A.AST) -> bool:
    return isinstance(node, (A.PropertyRead, A.KeyedRead)) and not node.safe


def read_attrs(attrs: list[Attribute], errors: Errors) -> Attrs:
    out = Attrs()
    for attr in attrs:
        name, value = attr.name, attr.value
        src = value or ""
        if name.startswith("*"):
            out.structural = Binding(name[1:], attr, value=src)
        elif name.startswith("[(") and name.endswith(")]") or name.startswith("bindon-"):
            target = name[2:-2] if name.startswith("[(") else name[7:]
            node = errors.parse(attr, src)
            while isinstance(node, A.NonNullAssert):  # [(x)]="item.count!": Angular assigns to item.count
                node = node.expression
            if node is not None and not assignable(node):
                line, col = errors.at(attr, 0)
                errors.report(f"Unsupported expression in a two-way binding (it must be assignable) in [{src}]",
                              line, col)
                node = None
            out.two_way[target] = Binding(target, attr, node)
        elif name.startswith("[@") or name.startswith("(@") or name.startswith("@"):
            out.animations.append(Binding(name, attr, value=src))
        elif name.startswith("[") and name.endswith("]") or name.startswith("bind-"):
            target = name[1:-1] if name.startswith("[") else name[5:]
            out.props[target] = Binding(target, attr, errors.parse(attr, src))
        elif name.startswith("(") and name.endswith(")") or name.startswith("on-"):
            target = name[1:-1] if name.startswith("(") else name[3:]
            out.events.append(Binding(target, attr, errors.parse(attr, src, action=True)))
        elif name.startswith("#") or name.startswith("ref-"):
            out.refs.append(Binding(name[1:] if name.startswith("#") else name[4:], attr, value=value or ""))
        elif name.startswith("let-"):
            out.lets.append(Binding(name[4:], attr, value=value or "$implicit"))
        elif value is not None and "{{" in value:
            node = errors.interpolation(attr, value)
            if node is not None:
                out.props[name] = Binding(name, attr, node)
            else:
                out.static[name] = Binding(name, attr, value=value)
        else:
            out.static[name] = Binding(name, attr, value=value)
    return out
