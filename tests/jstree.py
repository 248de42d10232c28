"""esprima trees as the tests read them."""

from __future__ import annotations

from collections.abc import Iterator


def nodes(node: object) -> Iterator[object]:
    """``node`` and every esprima node below it, in source order (a stack, not recursion: minified code nests
    deeper than Python's recursion limit)."""
    stack = [node]
    while stack:
        node = stack.pop()
        yield node
        children = [child for value in vars(node).values() for child in (value if isinstance(value, list) else [value])
                    if hasattr(child, "type")]
        stack.extend(reversed(children))
