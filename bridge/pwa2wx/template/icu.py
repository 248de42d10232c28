"""ICU messages in template text, Angular's i18n expansions: ``{count, plural, =0 {none} =1 {one item}
other {{{count}} items}}`` and ``{gender, select, male {he} other {they}}``. Each shows the content of the case its
value picks, which may hold interpolations and further ICU messages (as Angular's lexer reads them: inside a case,
``{{`` opens an interpolation and ``{x, plural, …`` a nested message).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pwa2wx.template.expression import interpolation_end

_HEAD = re.compile(r"\{\s*([^,{}]+?)\s*,\s*(plural|select|selectordinal)\s*,")
_CASE = re.compile(r"\s*(=?[\w-]+)\s*\{")


@dataclass
class Interpolation:
    source: str
    offset: int


@dataclass
class Icu:
    switch: str  # the expression whose value picks the case
    offset: int  # of ``switch`` in the text
    kind: str  # plural | select | selectordinal
    end: int  # just after the closing brace
    cases: list[tuple[str, list[str | Interpolation | Icu]]] = field(default_factory=list)  # key → its content


def split(text: str) -> list[tuple[int, str | Icu]]:
    """``text`` as its plain stretches (interpolations still in them) and the ICU messages between them, each with
    its offset; an ICU head that does not parse (a case holding an element) stays text."""
    parts: list[tuple[int, str | Icu]] = []
    start = i = 0
    while (head := _HEAD.search(text, i)) is not None:
        icu = _message(text, head.start())
        if icu is None:
            i = head.end()
            continue
        if head.start() > start:
            parts.append((start, text[start:head.start()]))
        parts.append((head.start(), icu))
        start = i = icu.end
    if start < len(text):
        parts.append((start, text[start:]))
    return parts


def _message(text: str, i: int) -> Icu | None:
    head = _HEAD.match(text, i)
    if head is None:
        return None
    icu = Icu(head[1], head.start(1), head[2], 0)
    j = head.end()
    while True:
        while j < len(text) and text[j].isspace():
            j += 1
        if j < len(text) and text[j] == "}":
            icu.end = j + 1
            return icu if icu.cases else None
        case = _CASE.match(text, j)
        if case is None:
            return None
        content, j = _content(text, case.end())
        if content is None:
            return None
        icu.cases.append((case[1], content))


def _content(text: str, i: int) -> tuple[list[str | Interpolation | Icu] | None, int]:
    """A case's content from just after its ``{`` to its ``}``, and where it ends (None: unclosed)."""
    parts: list[str | Interpolation | Icu] = []
    start = i
    while i < len(text):
        if text.startswith("{{", i):
            end = interpolation_end(text, i + 2)
            if end < 0:
                return None, i
            parts += [text[start:i]] if i > start else []
            parts.append(Interpolation(text[i + 2:end], i + 2))
            i = start = end + 2
        elif text[i] == "{":
            nested = _message(text, i)
            if nested is None:
                return None, i
            parts += [text[start:i]] if i > start else []
            parts.append(nested)
            i = start = nested.end
        elif text[i] == "}":
            parts += [text[start:i]] if i > start else []
            return parts, i + 1
        else:
            i += 1
    return None, i
