"""The emitted WXML as a small tree, and its serializer.

WeChat's renderer shows entities literally (``&amp;`` stays ``&amp;``), so text is written raw and the
one character WXML cannot hold in text, ``<``, goes through a string literal: ``{{'<'}}``.
Whitespace-only text between tags is dropped by wcc, so children are indented only when their parent
holds no text (indenting mixed content would add spaces).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Wx:
    tag: str
    attrs: dict[str, str | None] = field(default_factory=dict)  # WXML-ready (may hold {{path}}); None: bare
    children: list[Wx | str] = field(default_factory=list)  # str: WXML-ready text

    def add_class(self, *names: str) -> None:
        parts = [p for p in (self.attrs.get("class", ""), *names) if p]
        self.attrs["class"] = " ".join(parts)


def text(value: str) -> str:
    """Static text as WXML text: ``<`` and mustache braces through string literals."""
    out = value.replace("{{", "\0").replace("}}", "\1").replace("<", "{{'<'}}")
    return out.replace("\0", "{{'{{'}}").replace("\1", "{{'}}'}}")


def attr_safe(value: str) -> bool:
    """Whether a static attribute value can be written literally (else it goes through the view model)."""
    return not any(ch in value for ch in '"<\n') and "{{" not in value and "}}" not in value


def serialize(nodes: list[Wx | str], indent: int = 0) -> str:
    pad = "  " * indent
    out: list[str] = []
    for node in nodes:
        if isinstance(node, str):
            out.append(pad + node)
        else:
            out.append(pad + _element(node, indent))
    return "\n".join(out)


def _element(node: Wx, indent: int) -> str:
    attrs = "".join(f' {k}="{_line_breaks(v)}"' if v is not None else f" {k}" for k, v in node.attrs.items())
    if not node.children:
        return f"<{node.tag}{attrs}/>"
    if any(isinstance(c, str) for c in node.children):
        inner = "".join(c if isinstance(c, str) else _element(c, 0) for c in node.children)
        return f"<{node.tag}{attrs}>{inner}</{node.tag}>"
    pad = "  " * indent
    inner = serialize(node.children, indent + 1)
    return f"<{node.tag}{attrs}>\n{inner}\n{pad}</{node.tag}>"


def _line_breaks(value: str) -> str:
    """wcc rejects a line break inside an attribute value; a character reference is the same value."""
    return value.replace("\r\n", "\n").replace("\n", "&#10;")


def absolute_url(url: str) -> str:
    """Package files are addressed from the root in WXML (a relative src resolves against the page)."""
    if not url or re.match(r"^([a-z][a-z0-9+.-]*:|/)", url, re.I):
        return url
    return "/" + re.sub(r"^(\./)+", "", url)
