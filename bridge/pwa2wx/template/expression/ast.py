"""Angular expression AST (the shapes of Angular's ``expression_parser/ast.ts``).

``start``/``end`` are offsets into the parsed source string, so diagnostics point into the template.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class AST:
    start: int
    end: int


@dataclass
class ImplicitReceiver(AST):
    """The component (or a template variable) a bare name is read from."""


@dataclass
class ThisReceiver(AST):
    """``this``: always the component."""


@dataclass
class EmptyExpr(AST):
    pass


@dataclass
class PropertyRead(AST):
    receiver: AST
    name: str
    safe: bool = False  # a?.b


@dataclass
class KeyedRead(AST):
    receiver: AST
    key: AST
    safe: bool = False  # a?.[k]


@dataclass
class Call(AST):
    receiver: AST
    args: list[AST]
    safe: bool = False  # f?.()


@dataclass
class NonNullAssert(AST):
    expression: AST


@dataclass
class Assign(AST):
    target: AST  # PropertyRead or KeyedRead
    op: str  # "=", "+=", ...
    value: AST


@dataclass
class LiteralPrimitive(AST):
    value: object  # str, int, float, bool, None; UNDEFINED for undefined


@dataclass
class LiteralArray(AST):
    items: list[AST]


@dataclass
class LiteralMap(AST):
    keys: list[str]
    values: list[AST]


@dataclass
class TemplateLiteral(AST):
    strings: list[str]  # one more than expressions
    expressions: list[AST]


@dataclass
class Interpolation(AST):
    """``text {{ a }} text`` in an attribute value: strings around the expressions, Angular-stringified."""

    strings: list[str]
    expressions: list[AST]


@dataclass
class Binary(AST):
    op: str
    left: AST
    right: AST


@dataclass
class Unary(AST):
    op: str  # "+", "-", "!", "typeof", "void"
    expression: AST


@dataclass
class Conditional(AST):
    condition: AST
    true_exp: AST
    false_exp: AST


@dataclass
class Pipe(AST):
    expression: AST
    name: str
    args: list[AST] = field(default_factory=list)
    name_start: int = 0


@dataclass
class Chain(AST):
    """Statements of an event binding: ``a = 1; go()``."""

    expressions: list[AST]


class _Undefined:
    def __repr__(self) -> str:
        return "undefined"


UNDEFINED = _Undefined()


# ---- microsyntax (``*ngFor="let x of xs; index as i"``) ----------------------------------------

@dataclass
class ExpressionBinding:
    """``ngForOf: xs`` (value None for the bare directive key, e.g. ``ngFor`` in ``let x of xs``)."""

    key: str
    value: AST | None
    start: int


@dataclass
class VariableBinding:
    """``let x`` (value ``$implicit``), ``index as i`` (name i, value index)."""

    name: str
    value: str
    start: int


TemplateBinding = ExpressionBinding | VariableBinding


def walk(node: AST):
    """Every node below ``node`` (itself included), depth first."""
    yield node
    for value in vars(node).values():
        if isinstance(value, AST):
            yield from walk(value)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield from walk(item)
