"""Ionicons in the mini program: glyph classes for `ion-icon`, PNG files for the tab bar.

`ion-icon` becomes a view whose class carries the glyph as a CSS mask over the text colour, so icons
take `color` as Ionic's do; a renderer without CSS masks shows the glyph's own (black) drawing instead.

The tab bar is native and wants local PNG files (≤ 40 KB, 81×81 recommended): a tab whose `ion-icon`
names an Ionicons glyph gets that glyph drawn by resvg in the tab bar's colours (normal and selected);
otherwise a ring (normal) and a disc (selected). Both are small and deterministic.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import resvg_py

SIZE = 81
PADDING = 0.06  # of the size: WeChat draws tab icons at 27px, Ionic its glyphs at 24px


GLYPH_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

_GLYPH_BASE = (
    ".pwx-icon{background-repeat:no-repeat;background-position:center;background-size:contain}\n"
    "@supports (-webkit-mask-image:none){.pwx-icon{background-image:none !important;"
    "background-color:currentColor;-webkit-mask-repeat:no-repeat;-webkit-mask-position:center;"
    "-webkit-mask-size:contain}}\n"
)


def glyph_class(name: str) -> str:
    """The classes an ion-icon of this glyph gets."""
    return f"pwx-icon pwx-icon-{name}"


def glyph_styles(svgs: dict[str, str]) -> str:
    """WXSS drawing each glyph (name → SVG text): a mask where masks work, a background image otherwise."""
    rules = [_GLYPH_BASE]
    for name in sorted(svgs):
        url = _data_url(svgs[name])
        rules.append(f".pwx-icon-{name}{{background-image:{url};-webkit-mask-image:{url}}}\n")
    return "".join(rules)


def _data_url(svg: str) -> str:
    """A compact, WXSS-safe data URL (percent-encoded, not base64: about a third smaller)."""
    text = " ".join(svg.replace('"', "'").split())
    return 'url("data:image/svg+xml,' + quote(text, safe=" =:/',.-_;()") + '")'


def tab_icons(svg: str | None, color: str, selected_color: str, size: int = SIZE) -> tuple[bytes, bytes]:
    """The normal and the selected PNG: the SVG glyph in each colour (``#rrggbb``), or the ring and disc."""
    return _tab_icon(svg, color, size, filled=False), _tab_icon(svg, selected_color, size, filled=True)


def _tab_icon(svg: str | None, color: str, size: int, filled: bool) -> bytes:
    """One tab icon drawn by resvg: the glyph fitted in the square (less the padding) and filled and stroked
    in ``color`` (its `currentColor` too); a glyph resvg cannot read falls back to the ring or disc."""
    if svg is not None:
        glyph = _ROOT.sub(lambda m: _fitted(m.group(0), size, color), svg.split("?>", 1)[-1], count=1)
        try:
            return _render(glyph, size)
        except ValueError:
            pass
    center, outer, width = size / 2, size * 0.36, size * 0.09
    circle = f'<circle cx="{center}" cy="{center}" r="{outer}" fill="{color}"/>' if filled else \
        f'<circle cx="{center}" cy="{center}" r="{outer - width / 2}" fill="none" stroke="{color}" ' \
        f'stroke-width="{width}"/>'
    return _render(circle, size)


_ROOT = re.compile(r"<svg\b[^>]*>")


def _fitted(root: str, size: int, color: str) -> str:
    """The glyph's root tag placed inside the icon: its own width and height replaced by the padded box."""
    pad = size * PADDING
    attrs = re.sub(r"\s(?:width|height|x|y)=(\"[^\"]*\"|'[^']*')", "", root[4:-1])
    return (f'<svg x="{pad}" y="{pad}" width="{size - 2 * pad}" height="{size - 2 * pad}" fill="{color}" '
            f'color="{color}"{attrs}>')


def _render(body: str, size: int) -> bytes:
    return bytes(resvg_py.svg_to_bytes(svg_string=f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" '
                                                  f'height="{size}" viewBox="0 0 {size} {size}">{body}</svg>'))


def ionicon_svg(project_root: Path, name: str) -> str | None:
    """An Ionicons glyph from the project's node_modules (None without them or for an unknown name)."""
    if not GLYPH_NAME.fullmatch(name):
        return None
    svg = project_root / "node_modules" / "ionicons" / "dist" / "svg" / f"{name}.svg"
    return svg.read_text(encoding="utf-8", errors="replace") if svg.is_file() else None
