"""Global style rules no element of the mini program can match, left out of app.wxss.

A PWA's global styles often carry a whole CSS framework (Bootstrap, Font Awesome, a prebuilt Tailwind) of
which its templates use a few classes: a browser caches the file, a mini program counts every byte against
its 2 MB. A selector is kept when each class it names is one the converted app can put on an element: a word
of its WXML or its own JavaScript (the app's code, the runtime, app.json), a class whose prefix that code
writes as a string to build names from (``'fa-' + icon``, `` `ion-color-${c}` ``), or one matching
``[style] keep_classes``. Rules without classes (tags, ``page``, ``:host``), ``@font-face`` and
``@keyframes`` stay.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable
from dataclasses import dataclass

import tinycss2

_WORD = re.compile(r"[A-Za-z0-9_-]+")
_PREFIX = re.compile(r"""['"`]([A-Za-z][A-Za-z0-9_]*-)(?:['"`]|\$\{)""")  # 'fa-' + x, `ion-color-${c}`
_CLASS = re.compile(r"\.(-?[A-Za-z_][A-Za-z0-9_-]*)")
_NOT = re.compile(r":not\([^)]*\)")  # `.a:not(.b)` matches without b
_NESTED = frozenset({"media", "supports"})


@dataclass(frozen=True)
class Pruned:
    wxss: str
    rules: int  # rules left out
    size: int  # bytes left out


def prune(wxss: str, code: Iterable[str], keep: Iterable[str] = ()) -> Pruned:
    """``wxss`` without the selectors ``code`` (the app's WXML and JS texts) gives no element a class for."""
    words: set[str] = set()
    prefixes: set[str] = set()
    for text in code:
        words.update(_WORD.findall(text))
        prefixes.update(_PREFIX.findall(text))
    patterns, starts = tuple(keep), tuple(prefixes)

    def used(name: str) -> bool:
        return name in words or name.startswith(starts) or any(fnmatch.fnmatchcase(name, p) for p in patterns)

    dropped = [0, 0]

    def rules(nodes: list) -> str:
        out = []
        for node in nodes:
            if node.type == "qualified-rule":
                selectors = [s for s in tinycss2.serialize(node.prelude).split(",")
                             if all(used(name) for name in _CLASS.findall(_NOT.sub("", s)))]
                if not selectors:
                    dropped[0] += 1
                    dropped[1] += len(node.serialize())
                    continue
                out.append(",".join(s.strip() for s in selectors) + "{" + tinycss2.serialize(node.content) + "}")
            elif node.type == "at-rule" and node.lower_at_keyword in _NESTED and node.content is not None:
                inner = rules(tinycss2.parse_rule_list(node.content, skip_whitespace=True, skip_comments=True))
                if inner:
                    out.append(f"@{node.at_keyword}{tinycss2.serialize(node.prelude)}{{\n{inner}}}")
            elif node.type == "at-rule":
                out.append(node.serialize())
        return "".join(line + "\n" for line in out)

    kept = rules(tinycss2.parse_stylesheet(wxss, skip_whitespace=True, skip_comments=True))
    return Pruned(kept, *dropped) if dropped[0] else Pruned(wxss, 0, 0)
