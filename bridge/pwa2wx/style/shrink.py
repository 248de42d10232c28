"""A smaller copy of a large photo a stylesheet shows, so that it can be inlined: WXSS cannot load a local
file as a background, and a data URL over the inline limit would crowd the 2 MB main package.

The copy is a JPEG (PNG when the image has transparency) no wider than a 2× phone screen, at the best
quality that fits the limit; a file Pillow cannot read gives None and is handled as before.
"""

from __future__ import annotations

import io

from PIL import Image, UnidentifiedImageError

from pwa2wx.assets.media import palette_png

WIDTHS = (750, 600, 480, 375, 300)  # CSS px × device pixel ratio 2, then smaller
QUALITIES = (80, 65, 50, 35)


def smaller_copy(data: bytes, limit: int) -> tuple[bytes, str] | None:
    """(image bytes, MIME type) of ``data`` re-encoded to at most ``limit`` bytes, or None when it cannot be."""
    try:
        opened = Image.open(io.BytesIO(data))
        if opened.width > WIDTHS[0]:  # a JPEG decodes at a fraction of its size (no narrower than needed): faster
            opened.draft("RGB", (WIDTHS[0], max(1, WIDTHS[0] * opened.height // opened.width)))
        opened.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    transparent = False
    if opened.mode in ("RGBA", "LA", "PA", "P") or "transparency" in opened.info:
        lowest_alpha = opened.convert("RGBA").getchannel("A").getextrema()[0]  # one band: (min, max)
        transparent = isinstance(lowest_alpha, int | float) and lowest_alpha < 255
    image = opened.convert("RGBA" if transparent else "RGB")
    for width in WIDTHS:
        scaled = image if image.width <= width else image.resize(
            (width, max(1, round(image.height * width / image.width))), Image.Resampling.LANCZOS, reducing_gap=2.0)
        for quality in QUALITIES if not transparent else (0,):
            if transparent:
                encoded = palette_png(scaled)
            else:
                out = io.BytesIO()
                scaled.save(out, "JPEG", quality=quality)
                encoded = out.getvalue()
            if len(encoded) <= limit:
                return encoded, "image/png" if transparent else "image/jpeg"
    return None
