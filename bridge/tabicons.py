"""Tab bar icons: WeChat wants local PNG files (≤ 40 KB, 81×81 recommended), not SVG or icon fonts.

Without an SVG rasteriser in the dependency set, each tab gets a generated glyph: a ring for the
normal state and a filled disc for the selected one, in the tab bar's colours. Small (≈ 1 KB) and
deterministic. README documents how to supply real icons instead (assets at the same paths).
"""

from __future__ import annotations

import struct
import zlib

SIZE = 81


def tab_icon(color: str, filled: bool, size: int = SIZE) -> bytes:
    """An anti-aliased ring or disc PNG in ``color`` (``#rrggbb``) on a transparent background."""
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    center = (size - 1) / 2
    outer = size * 0.36
    inner = 0.0 if filled else outer - size * 0.09
    rows = []
    for y in range(size):
        row = bytearray([0])  # filter type 0
        for x in range(size):
            coverage = _coverage(x - center, y - center, inner, outer)
            row += bytes((r, g, b, round(255 * coverage)))
        rows.append(bytes(row))
    return _png(size, size, b"".join(rows))


def _coverage(dx: float, dy: float, inner: float, outer: float) -> float:
    """Fraction of a pixel inside the annulus, by 4×4 supersampling."""
    hits = 0
    for sy in range(4):
        for sx in range(4):
            px, py = dx + (sx + 0.5) / 4 - 0.5, dy + (sy + 0.5) / 4 - 0.5
            d = (px * px + py * py) ** 0.5
            hits += inner <= d <= outer
    return hits / 16


def _png(width: int, height: int, raw: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
