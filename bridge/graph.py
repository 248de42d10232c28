"""The output's dependency graph: what a JS or WXSS file loads, and what is reachable from where.

One reading of literal ``require("…")`` and ``@import "…"`` serves the adapter pruning, the request for
packages' names and `pwa2wx check` (wcsc needs each file's imports).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Mapping

_LOADS = {
    ".js": re.compile(r"""\brequire\(\s*['"]([^'"]+)['"]\s*\)"""),
    ".wxss": re.compile(r"""@import\s+(?:url\()?["']([^"']+)["']"""),
}


def loads(path: str, text: str) -> list[str]:
    """Output-root paths a JS or WXSS file at ``path`` loads (root-absolute or relative specifiers; a missing
    extension is the file's own). Other files load nothing."""
    suffix = posixpath.splitext(path)[1]
    pattern = _LOADS.get(suffix)
    if pattern is None:
        return []
    folder = posixpath.dirname(path)
    found = []
    for spec in pattern.findall(text):
        target = spec.lstrip("/") if spec.startswith("/") else posixpath.normpath(posixpath.join(folder, spec))
        found.append(target if target.endswith((".js", ".wxss")) else target + suffix)
    return found


def closure(graph: Mapping[str, Iterable[str]], roots: Iterable[str]) -> set[str]:
    """Every node reachable from ``roots`` (roots included)."""
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(graph.get(node, ()))
    return seen
