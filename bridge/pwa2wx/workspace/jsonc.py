"""JSON with comments and trailing commas, as angular.json and tsconfig.json are written."""

from __future__ import annotations

import json
from typing import Any


class JsoncError(ValueError):
    def __init__(self, message: str, line: int, col: int):
        super().__init__(message)
        self.line, self.col = line, col


def loads(text: str) -> Any:
    try:
        return json.loads(_strip(text))
    except json.JSONDecodeError as e:  # positions survive: stripping keeps every newline and width
        raise JsoncError(e.msg, e.lineno, e.colno) from None


def _strip(text: str) -> str:
    """Blank out comments and trailing commas, keeping every character position."""
    out = list(text)
    i, n = 0, len(text)
    last_sig = prev_sig = -1  # indexes of the last two significant (non-space, non-comment) characters
    while i < n:
        ch = text[i]
        if ch == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            prev_sig, last_sig = last_sig, min(j, n - 1)
            i = j + 1
            continue
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out[i:j] = " " * (j - i)
            i = j
            continue
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out[i:j] = ["\n" if c == "\n" else " " for c in text[i:j]]
            i = j
            continue
        if ch in "]}" and last_sig >= 0 and out[last_sig] == "," and prev_sig >= 0 and text[prev_sig] not in ":,[{":
            out[last_sig] = " "
        if not ch.isspace():
            prev_sig, last_sig = last_sig, i
        i += 1
    return "".join(out)
