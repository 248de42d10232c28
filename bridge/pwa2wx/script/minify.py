"""Comments and layout out of third-party JavaScript, so npm code costs the main package what it costs a PWA.

An Angular production build minifies every package it bundles; pwa2wx packs packages file by file, and their
published builds are full of licence blocks, doc comments and indentation (a `.src.js` build is mostly
that). This drops comments, indentation and the line breaks no statement needs, and nothing else: the token
stream stays the same, names are not shortened, spaces within a line are kept, and a line break stays
wherever automatic semicolon insertion could read it (it is dropped only next to a token that cannot end or
start a statement). Strings, template literals and regular expressions are found by tree-sitter and copied as
they are; a file it cannot parse cleanly is left unchanged.
"""

from __future__ import annotations

import re
from functools import cache

from tree_sitter import Query, QueryCursor

from pwa2wx.script.tsparse import language, parser

# Kept verbatim ("comment" ones are replaced by the whitespace they stand for).
_VERBATIM = ("string", "template_string", "regex", "hash_bang_line")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[\w$\\\u0080-\uffff]")
# A line break after one of these, or before one of the second set, never ends a statement.
_CONTINUES = frozenset("{([,;:=&|?*%^~<>!")
_CONTINUED = frozenset(")]},;:?=&|*%^>")


@cache
def _query() -> Query:
    names = " ".join(f"({t})" for t in (*_VERBATIM, "comment"))
    return Query(language(), f"[{names}] @keep")


def minify(js: str) -> str:
    """``js`` without comments and needless whitespace (unchanged when it does not parse cleanly)."""
    data = js.encode("utf-8")
    tree = parser().parse(data)
    if tree.root_node.has_error:
        return js
    nodes = QueryCursor(_query()).captures(tree.root_node).get("keep", [])
    pieces: list[str] = []  # alternating code (to squeeze) and verbatim text, code first
    code: list[str] = []
    end = 0
    for node in sorted(nodes, key=lambda n: n.start_byte):
        if node.start_byte < end:  # inside a kept template literal: already copied
            continue
        code.append(data[end:node.start_byte].decode("utf-8"))
        text = data[node.start_byte:node.end_byte].decode("utf-8")
        if node.type == "comment":
            code.append("\n" if "\n" in text else " ")
        else:
            pieces += ["".join(code), text]
            code = []
        end = node.end_byte
    code.append(data[end:].decode("utf-8"))
    pieces.append("".join(code))
    out: list[str] = []
    for i, piece in enumerate(pieces):
        if i % 2:
            out.append(piece)
            continue
        after = pieces[i + 1][:1] if i + 1 < len(pieces) else ""
        out.append(_squeeze(piece, out[-1][-1:] if out else "", after))
    return "".join(out).strip() + "\n"


def _squeeze(code: str, before: str, after: str) -> str:
    """``code`` with each run of whitespace that spans lines reduced to what separates its neighbours
    (``before``/``after``: the characters just outside it). Spaces within a line stay: code that reads its own
    functions' source (``fn.toString().indexOf('keylen, digest')`` in crypto-browserify) still finds it."""
    def gap(m: re.Match[str]) -> str:
        if "\n" not in m.group(0):
            return m.group(0)
        a = code[m.start() - 1] if m.start() else before
        b = code[m.end()] if m.end() < len(code) else after
        member = b == "." and not code[m.end() + 1:m.end() + 2].isdigit()  # `\n.then(`, not `\n.5`
        if a not in _CONTINUES and b not in _CONTINUED and not member:
            return "\n"
        return " " if _joined_differently(a, b) else ""
    return _SPACE.sub(gap, code)


def _joined_differently(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` written side by side would lex as another token (``x - -y``, ``1 .toFixed``,
    ``a / /re/``, ``a < !--b``)."""
    if not a or not b:
        return False
    return bool(_WORD.match(a) and _WORD.match(b)) or (a == b and a in "+-") or (a == "/" and b in "/*") \
        or (a.isdigit() and b == ".") or (a == "<" and b == "!")
