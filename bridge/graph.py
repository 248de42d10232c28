"""Reachability in a dependency graph (modules, stylesheets): one walk, used wherever we follow edges."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


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
