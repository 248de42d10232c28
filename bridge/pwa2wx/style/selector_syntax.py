"""Reading a CSS selector: tinycss2's prelude tokens → compounds of simple selectors, and back to text.

:mod:`pwa2wx.style.selectors` rewrites what this reads; a selector this cannot read is dropped with PWX202.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import tinycss2
from tinycss2 import ast

from pwa2wx.style.values import serialize

if TYPE_CHECKING:
    from pwa2wx.diagnostics import Severity

LEGACY_PSEUDO_ELEMENTS = frozenset({"before", "after", "first-line", "first-letter"})
DEEP = frozenset({"ng-deep"})
"""Pseudo-elements that pierce view encapsulation: become a descendant combinator."""


@dataclass
class Issue:
    code: str
    message: str
    severity: Severity | None = None  # None: the code's default


class Drop(Exception):
    """This selector never matches in the mini program (``issue`` None: known false at build time)."""

    def __init__(self, issue: Issue | None = None):
        super().__init__(issue.message if issue else "")
        self.issue = issue


@dataclass
class Simple:
    kind: str  # tag | universal | class | id | attr | pseudo | element
    name: str
    legacy: bool = False  # pseudo-element written with one colon (":before")
    args: list | None = None  # attribute block or pseudo function arguments (tinycss2 tokens)


def attr_parts(simple: Simple) -> tuple[str, str, str, str]:
    """(name, operator, value, flags) of an attribute selector; operator "|" flags a namespace."""
    tokens = [t for t in simple.args or [] if t.type not in ("whitespace", "comment")]
    if any(t.type == "literal" and t.value == "|" and i < 2 for i, t in enumerate(tokens)):
        return "", "|", "", ""
    name = tokens[0].value if tokens and tokens[0].type == "ident" else ""
    op = "".join(t.value for t in tokens[1:] if t.type == "literal")
    values = [t for t in tokens[1:] if t.type in ("ident", "string", "number")]
    value = str(values[0].value) if values else ""
    flags = values[1].value if len(values) > 1 else ""
    return name, op, value, flags


def split(tokens: list, literal: str) -> list[list]:
    groups: list[list] = [[]]
    for token in tokens:
        if token.type == "literal" and token.value == literal:
            groups.append([])
        else:
            groups[-1].append(token)
    return [g for g in groups if any(t.type not in ("whitespace", "comment") for t in g)]


def parse_complex(tokens: list) -> list[tuple[str, list[Simple]]]:
    """[(combinator, compound)]; the first combinator is "" and ``::ng-deep`` becomes the combinator "deep"."""
    parts: list[tuple[str, list[Simple]]] = []
    combinator = ""
    compound: list[Simple] = []
    tokens = [t for t in tokens if t.type != "comment"]
    i = 0
    while i < len(tokens):
        token = tokens[i]
        kind = token.type
        if kind == "whitespace" or (kind == "literal" and token.value in (">", "+", "~")):
            if compound:
                parts.append((combinator, compound))
                compound, combinator = [], " "
            if kind == "literal":
                combinator = token.value
        elif kind == "ident":
            compound.append(Simple("tag", token.value))
        elif kind == "literal" and token.value == "*":
            compound.append(Simple("universal", "*"))
        elif kind == "literal" and token.value == "." and i + 1 < len(tokens) and tokens[i + 1].type == "ident":
            i += 1
            compound.append(Simple("class", tokens[i].value))
        elif kind == "hash":
            compound.append(Simple("id", token.value))
        elif kind == "[] block":
            compound.append(Simple("attr", "", args=token.content))
        elif kind == "literal" and token.value == ":":
            double = i + 1 < len(tokens) and tokens[i + 1].type == "literal" and tokens[i + 1].value == ":"
            i += 2 if double else 1
            if i >= len(tokens) or tokens[i].type not in ("ident", "function"):
                raise Drop(Issue("PWX202", "a selector has ':' without a pseudo-class name"))
            nxt = tokens[i]
            name = nxt.lower_name if nxt.type == "function" else nxt.value
            args = nxt.arguments if nxt.type == "function" else None
            if double and name.lower() in DEEP:
                if compound:
                    parts.append((combinator, compound))
                    compound = []
                combinator = "deep"
            elif double or name.lower() in LEGACY_PSEUDO_ELEMENTS:
                compound.append(Simple("element", name, legacy=not double, args=args))
            else:
                compound.append(Simple("pseudo", name, args=args))
        else:
            raise Drop(Issue("PWX202", f"unexpected '{serialize([token])}' in a selector"))
        i += 1
    if compound:
        parts.append((combinator, compound))
    return parts


def render(simples: list[Simple]) -> str:
    out = ""
    for s in simples:
        out += {"tag": s.name, "universal": "*", "class": "." + s.name, "id": "#" + s.name}.get(s.kind, "")
        if s.kind == "attr":
            out += "[" + serialize(s.args or []) + "]"
        elif s.kind in ("pseudo", "element"):
            out += (":" if s.kind == "pseudo" else "::") + s.name
            if s.args is not None:
                out += "(" + serialize(s.args) + ")"
    return out


def parse_selector(text: str) -> list[ast.Node]:
    """Prelude tokens of ``text`` (tests and the theme checker use this)."""
    return tinycss2.parse_one_rule(text + "{}").prelude
