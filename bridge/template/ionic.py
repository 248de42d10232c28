"""The Ionic/HTML → WeChat mapping, as data: one table the compiler reads and the tests check row by row.

WXSS has no attribute selectors, so attributes that change how Ionic draws a component become classes
(``a-<attr>-<value>``, ``a-<attr>``); the style compiler imports :data:`LOOK_ATTRIBUTES` and
:func:`look_class` to rewrite ``[slot=start]`` onto the same names.
"""

from __future__ import annotations

import re

# Attributes that change an Ionic component's look (Ionic 4–8), in kebab case as CSS writes them.
LOOK_ATTRIBUTES: tuple[str, ...] = (
    "activated", "alignment", "animated", "button", "checked", "collapse", "color", "detail", "disabled", "edge",
    "expand", "fill", "fixed", "fullscreen", "horizontal", "inset", "justify", "label-placement", "layout", "lines",
    "mode", "offset", "offset-lg", "offset-md", "offset-sm", "offset-xl", "offset-xs", "placement", "position",
    "readonly", "selected", "shape", "side", "size", "size-lg", "size-md", "size-sm", "size-xl", "size-xs", "slot",
    "sticky", "strong", "translucent", "vertical",
)
_LOOK = frozenset(LOOK_ATTRIBUTES)
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def kebab(name: str) -> str:
    """``labelPlacement`` → ``label-placement`` (Angular binds camelCase props; CSS names the attribute)."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"-\1", name).lower()


def is_look_attribute(name: str) -> bool:
    return kebab(name) in _LOOK


def look_class(name: str, value: str | None) -> str:
    """The class for one look attribute: ``a-slot-start``; ``a-button`` for a bare (boolean) attribute."""
    attr = kebab(name)
    if value is None or value == "":
        return f"a-{attr}"
    return f"a-{attr}-{_UNSAFE.sub('_', value.strip())}"
