"""Images and audio in the package against WeChat's code quality scan, and ``[assets] compress``.

DevTools' scan (item IMAGE_AND_AUDIO_LIMIT, "图片和音频资源大小应不超过 200K") adds up every file of the
project with one of :data:`SUFFIXES` and passes when the sum is under 200 KB — all files together, not each
one (miniprogram-ci 2.1.42: ``dist/ci/checkCodeQuality.js`` checkImageAndAudioSizeLimit, which sums
``caculateResourceFileSize`` over ``regList.IMAGE_AND_AUDIO_LIMIT`` in ``dist/ci/utils/qualitycheckoption.js``).
Over it, the conversion warns with the files that weigh most and the fixes. With ``[assets] compress = true``
the app's PNG and JPEG assets are re-encoded with Pillow first: PNG to a 256-colour palette (what pngquant and
TinyPNG do), JPEG at quality 80; a file keeps its bytes when that is not smaller.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from PIL import Image

from pwa2wx.diagnostics import Diagnostics, counted

LIMIT = 200 * 1024
SUFFIXES = (".jpg", ".jpeg", ".png", ".svg", ".webp", ".gif", ".flac", ".m4a", ".ogg", ".ape", ".amr", ".wma",
            ".wav", ".mp3", ".mp4", ".aac", ".aiff", ".caf")  # the scan's regList.IMAGE_AND_AUDIO_LIMIT
COMPRESSIBLE = (".png", ".jpg", ".jpeg")
JPEG_QUALITY = 80
HEAVIEST_SHOWN = 5


def recompressed(data: bytes) -> bytes:
    """The PNG or JPEG image ``data`` re-encoded smaller, or ``data`` itself when that is not smaller or Pillow
    cannot read it (an animated PNG, a broken file)."""
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
        encoded = io.BytesIO()
        if image.format == "JPEG":
            rgb = image if image.mode in ("RGB", "L", "CMYK") else image.convert("RGB")
            rgb.save(encoded, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True,
                     exif=image.info.get("exif", b""), icc_profile=image.info.get("icc_profile"))
        elif image.format == "PNG" and not getattr(image, "is_animated", False):
            encoded.write(palette_png(image))
        else:
            return data
    except (OSError, ValueError, Image.DecompressionBombError):
        return data
    smaller = encoded.getvalue()
    return smaller if len(smaller) < len(data) else data


def palette_png(image: Image.Image) -> bytes:
    """``image`` as a 256-colour palette PNG, as pngquant makes them: a photo's look and its alpha at a fraction of
    the size."""
    out = io.BytesIO()
    image.convert("RGBA").quantize(256, method=Image.Quantize.FASTOCTREE).save(out, "PNG", optimize=True)
    return out.getvalue()


def compress(assets: dict[str, bytes], reencode: Callable[[str, bytes], bytes],
             diagnostics: Diagnostics) -> dict[str, bytes]:
    """``assets`` (output path → bytes) with each PNG and JPEG replaced by ``reencode(path, data)`` (the build's
    kept, contained :func:`recompressed`), and an info diagnostic with the bytes that saved."""
    images = [path for path in assets if path.lower().endswith(COMPRESSIBLE)]
    result = dict(assets)
    for path in images:
        result[path] = reencode(path, assets[path])
    if images:
        before, after = sum(len(assets[p]) for p in images), sum(len(result[p]) for p in images)
        smaller = sum(1 for p in images if len(result[p]) < len(assets[p]))
        diagnostics.add("PWX424", f"[assets] compress re-encoded {smaller} of {counted(len(images), 'PNG/JPEG asset')} "
                        f"smaller: {_kb(before)} → {_kb(after)}, {_kb(before - after)} saved", "pwa2wx.toml")
    return result


def check_total(files: dict[str, bytes], compressed: bool, diagnostics: Diagnostics) -> None:
    """Warn when the package's images and audio add up to the scan's limit or more, naming the heaviest."""
    media = sorted(((len(data), path) for path, data in files.items() if path.lower().endswith(SUFFIXES)),
                   key=lambda item: (-item[0], item[1]))
    total = sum(size for size, _ in media)
    if total < LIMIT:
        return
    heaviest = ", ".join(f"{path} {_kb(size)}" for size, path in media[:HEAVIEST_SHOWN])
    more = f", and {len(media) - HEAVIEST_SHOWN} more" if len(media) > HEAVIEST_SHOWN else ""
    fixes = [] if compressed else ["set [assets] compress = true in pwa2wx.toml to re-encode the PNG and JPEG "
                                   "assets, or make them smaller yourself"]
    fixes.append("set [assets] base_url to where the PWA is deployed: images and media over 32 KB then load "
                 "from there instead of the package")
    diagnostics.add("PWX423", f"the package's images and audio add up to {_kb(total)}, over the "
                    f"{LIMIT // 1024} KB WeChat's code quality scan allows them together (IMAGE_AND_AUDIO_LIMIT): "
                    f"{heaviest}{more}", "pwa2wx.toml", hint="; ".join(fixes))


def _kb(n: int) -> str:
    return f"{n / 1024:.1f} KB"
