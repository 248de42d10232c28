"""The template syntax tree: what the parser builds and every later stage walks.

Mirrors Angular's own ``ml_parser`` nodes (elements, attributes, text, comments, ``@`` blocks, ``@let``)
so Angular's rules can be followed one to one. Positions are 1-based and absolute in ``file`` (an
inline ``template:`` string starts where the string starts in the ``.ts`` file).

Every node lists its ``children`` (leaves an empty tuple), so one :func:`walk` and one
:class:`NodeVisitor` (as in Jinja2's ``nodes.py``) serve every stage instead of a walker per question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

# Angular's whitespace characters (compiler/src/ml_parser/html_whitespaces.ts)
_WS = " \f\n\r\t\v\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_WS_RUN = re.compile(f"[{_WS}]+")
_NOT_WS = re.compile(f"[^{_WS}]")


@dataclass
class Attribute:
    """One attribute as written: ``name`` keeps Angular's syntax (``[hidden]``, ``(click)``, ``*ngIf``, ``#ref``)."""

    name: str
    value: str | None  # entities decoded, interpolations kept as written; None when the attribute has no "="
    line: int
    col: int
    value_line: int = 0  # where the value's first character is (after the quote)
    value_col: int = 0


@dataclass
class Text:
    """Text between tags: entities decoded, ``{{ }}`` kept as written."""

    value: str
    line: int
    col: int
    children: ClassVar[tuple[()]] = ()


@dataclass
class Comment:
    value: str
    line: int
    col: int
    children: ClassVar[tuple[()]] = ()


@dataclass
class Element:
    tag: str  # case kept as written
    attrs: list[Attribute]
    children: list[Node]
    line: int
    col: int
    self_closing: bool = False

    def attr(self, name: str) -> Attribute | None:
        """The first attribute called exactly ``name`` (e.g. ``"tab"``, ``"[routerLink]"``)."""
        return next((a for a in self.attrs if a.name == name), None)


@dataclass
class BlockParameter:
    """One ``;``-separated part of a block's parameters, e.g. ``track item.id``."""

    text: str
    line: int
    col: int


@dataclass
class Block:
    """A control-flow block: ``@if (params) { children }``. Connected blocks (``@else``, ``@empty``)
    are separate siblings, as in Angular's tree; ``@case``/``@default`` are children of ``@switch``."""

    name: str  # "if", "else if", "else", "for", "empty", "switch", "case", "default", "defer", ...
    params: str  # the raw text between the parentheses ("" when there are none)
    children: list[Node]
    line: int
    col: int
    parameters: list[BlockParameter] = field(default_factory=list)


@dataclass
class LetDeclaration:
    """``@let name = value;``"""

    name: str
    value: str
    line: int
    col: int
    value_line: int = 0
    value_col: int = 0
    children: ClassVar[tuple[()]] = ()


Node = Element | Text | Comment | Block | LetDeclaration


def walk(nodes: Iterable[Node], enter: Callable[[Node], bool] | None = None) -> Iterator[Node]:
    """``nodes`` and their descendants in document order; ``enter(node)`` false keeps out of a node's children
    (the node itself is still yielded)."""
    stack = list(reversed(list(nodes)))
    while stack:
        node = stack.pop()
        yield node
        if node.children and (enter is None or enter(node)):
            stack.extend(reversed(node.children))


def elements(nodes: Iterable[Node], enter: Callable[[Node], bool] | None = None) -> Iterator[Element]:
    """The elements :func:`walk` reaches."""
    return (n for n in walk(nodes, enter) if isinstance(n, Element))


def texts(nodes: Iterable[Node]) -> Iterator[Text]:
    return (n for n in walk(nodes) if isinstance(n, Text))


class NodeVisitor:
    """Calls ``visit_<NodeClass>(node, *args)`` for a node, or :meth:`generic_visit` when there is none (which
    visits the children): Jinja2's visitor, with arguments so a compiler can pass where it is."""

    def visit(self, node: Node, *args: Any) -> Any:
        method = getattr(self, "visit_" + type(node).__name__, None)
        return method(node, *args) if method is not None else self.generic_visit(node, *args)

    def generic_visit(self, node: Node, *args: Any) -> Any:
        for child in node.children:
            self.visit(child, *args)


def text_content(nodes: list[Node]) -> str:
    """The text of ``nodes`` and their descendants, whitespace collapsed (e.g. an ``ion-title``'s title)."""
    return " ".join("".join(t.value for t in texts(nodes)).split())


def is_blank(text: str) -> bool:
    """Whitespace only: Angular removes such text nodes (preserveWhitespaces: false)."""
    return _NOT_WS.search(text) is None


def collapse_whitespace(text: str) -> str:
    """Runs of whitespace → one space (Angular keeps single newlines, which a mini program would show)."""
    return _WS_RUN.sub(" ", text)
