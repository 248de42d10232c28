"""Ionicons in the mini program: glyph classes for `ion-icon`, PNG files for the tab bar.

`ion-icon` becomes a view whose class carries the glyph as a CSS mask over the text colour, so icons
take `color` as Ionic's do; a renderer without CSS masks shows the glyph's own (black) drawing instead.

The tab bar is native and wants local PNG files (≤ 40 KB, 81×81 recommended): a tab whose `ion-icon`
names an Ionicons glyph gets that glyph rasterised in the tab bar's colours (normal and selected);
otherwise a generated ring (normal) and disc (selected). Both are small and deterministic.
"""

from __future__ import annotations

import re
import struct
import zlib
from urllib.parse import quote

from bridge.svgraster import SvgError, rasterize

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
    glyph = None
    if svg is not None:
        try:
            glyph = rasterize(svg, size, padding=size * PADDING)
        except SvgError:
            glyph = None
    normal = glyph or _ring(size, filled=False)
    selected = glyph or _ring(size, filled=True)
    return _colored(normal, color), _colored(selected, selected_color)


def _colored(coverage: list[list[float]], color: str) -> bytes:
    """A PNG in ``color`` whose alpha is the coverage."""
    size = len(coverage)
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    rows = b"".join(b"\x00" + b"".join(bytes((r, g, b, round(255 * c))) for c in row) for row in coverage)
    return _png(size, size, rows)


def _ring(size: int, filled: bool) -> list[list[float]]:
    """Coverage of a disc (or a ring) centred in the square, by 4×4 supersampling."""
    center, outer = (size - 1) / 2, size * 0.36
    inner = 0.0 if filled else outer - size * 0.09
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            hits = 0
            for sy in range(4):
                for sx in range(4):
                    d = ((x - center + (sx + 0.5) / 4 - 0.5) ** 2 + (y - center + (sy + 0.5) / 4 - 0.5) ** 2) ** 0.5
                    hits += inner <= d <= outer
            row.append(hits / 16)
        rows.append(row)
    return rows


def _png(width: int, height: int, raw: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
