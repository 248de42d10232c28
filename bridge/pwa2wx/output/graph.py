"""The output's dependency graph: what a JS or WXSS file loads, and what is reachable from where.

One reading of literal ``require("…")`` and ``@import "…"`` serves the adapter pruning, the request for
packages' names, moving npm files into the subpackage that alone uses them, and `pwa2wx check` (wcsc needs
each file's imports).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable, Mapping

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
    return [_target(path, spec, suffix) for spec in pattern.findall(text)]


_LATE = re.compile(r"""late\.js['"]\)\(\s*['"]([^'"]+)['"]\s*\)""")


def late_loads(text: str) -> list[str]:
    """The files a JS file requires through runtime/late.js (``require("…/late.js")("<path>")``), by the path
    each had in the main package (output/packages.py defer_late)."""
    return _LATE.findall(text)


def _target(path: str, spec: str, suffix: str) -> str:
    """The output-root path ``spec`` names from the file at ``path``."""
    folder = posixpath.dirname(path)
    target = spec.lstrip("/") if spec.startswith("/") else posixpath.normpath(posixpath.join(folder, spec))
    return target if target.endswith((".js", ".wxss")) else target + suffix


def replace_requires(path: str, text: str, call: Callable[[str, str], str | None]) -> str:
    """The JS file at ``path`` with each literal ``require("…")`` whose target (an output-root path) ``call``
    gives an expression for replaced by that expression; ``call`` gets the quote the require was written with,
    to write its own strings with (a require inside a string literal, as minified code holds, stays one)."""
    def replace(m: re.Match[str]) -> str:
        quote = m.group(0)[m.start(1) - m.start() - 1]
        return call(_target(path, m.group(1), ".js"), quote) or m.group(0)

    return _LOADS[".js"].sub(replace, text)


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


def retarget(path: str, text: str, to: str, moved: Mapping[str, str]) -> str:
    """The JS file at ``path``, to be written at ``to``, with each literal require path that reaches a file in
    ``moved`` (old path → new path), or every relative one when the file itself moves, pointing at the new
    places."""
    folder, new_folder = posixpath.dirname(path), posixpath.dirname(to) or "."

    def repoint(m: re.Match[str]) -> str:
        spec = m.group(1)
        if spec.startswith("/"):
            target = moved.get(spec.lstrip("/"))
            return m.group(0) if target is None else m.group(0).replace(spec, "/" + target)
        target = posixpath.normpath(posixpath.join(folder, spec))
        target = target if target.endswith(".js") else target + ".js"
        if not spec.startswith(".") or (target not in moved and to == path):
            return m.group(0)
        new = posixpath.relpath(moved.get(target, target), new_folder)
        new = new if new.startswith("../") else "./" + new
        start, end = m.span(1)
        return m.group(0)[:start - m.start()] + new + m.group(0)[end - m.start():]

    return _LOADS[".js"].sub(repoint, text)
