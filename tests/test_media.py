"""Images and audio against WeChat's code quality scan (all together under 200 KB), and ``[assets] compress``,
on images each test draws with Pillow."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter, ImageStat

from pwa2wx.assets import media
from pwa2wx.build.convert import Result, convert
from pwa2wx.diagnostics import ConversionError
from tests.workspace import make_workspace, one_page_app

IMAGES = ("assets/img/hero.png", "assets/img/photo.jpg")


def photo(size: tuple[int, int]) -> Image.Image:
    """A photograph's kind of content: smooth, never flat (blurred noise in each channel)."""
    return Image.merge("RGB", [Image.effect_noise(size, 60).filter(ImageFilter.GaussianBlur(1.5)) for _ in "RGB"])


def encoded(image: Image.Image, fmt: str, **options: object) -> bytes:
    data = io.BytesIO()
    image.save(data, fmt, **options)
    return data.getvalue()


def gallery(root: Path, config: str = "") -> Path:
    make_workspace(root, one_page_app(
        "import { Component } from '@angular/core';\n"
        "@Component({ selector: 'app-home', template: `<p>Gallery</p>"
        "<img src='assets/img/hero.png'><img src='assets/img/photo.jpg'>` })\n"
        "export class HomePage {}\n"))
    (root / "src/assets/img").mkdir(parents=True)
    (root / "src/assets/img/hero.png").write_bytes(encoded(photo((640, 480)).convert("RGBA"), "PNG"))
    (root / "src/assets/img/photo.jpg").write_bytes(encoded(photo((640, 480)), "JPEG", quality=98))
    if config:
        (root / "pwa2wx.toml").write_text(config)
    return root


def converted(tmp_path: Path, config: str = "") -> tuple[Path, Path, Result]:
    src = gallery(tmp_path / "app", config)
    out = tmp_path / "out"
    return src, out, convert(src, out)


def kb(n: int) -> str:
    return f"{n / 1024:.1f} KB"


def test_images_over_the_scans_limit_are_named_with_their_sizes_and_the_fixes(tmp_path):
    src, out, result = converted(tmp_path)
    sizes = {rel: (src / "src" / rel).stat().st_size for rel in IMAGES}
    assert all((out / rel).read_bytes() == (src / "src" / rel).read_bytes() for rel in IMAGES)  # as they were
    [warning] = [d for d in result.diagnostics.items if d.code == "PWX423"]
    assert warning.severity == "warning"
    total = sum(p.stat().st_size for p in out.rglob("*") if p.suffix in media.SUFFIXES)
    assert f"add up to {kb(total)}, over the 200 KB" in warning.message
    assert f"assets/img/hero.png {kb(sizes['assets/img/hero.png'])}, " \
           f"assets/img/photo.jpg {kb(sizes['assets/img/photo.jpg'])}" in warning.message
    assert "[assets] compress = true" in warning.hint and "[assets] base_url" in warning.hint
    assert not [d for d in result.diagnostics.items if d.code == "PWX424"]


def test_compress_reencodes_png_and_jpeg_and_reports_the_bytes_saved(tmp_path):
    src, out, result = converted(tmp_path, "[assets]\ncompress = true\n")
    before = {rel: (src / "src" / rel).read_bytes() for rel in IMAGES}
    after = {rel: (out / rel).read_bytes() for rel in IMAGES}
    for rel in IMAGES:
        original, shipped = Image.open(io.BytesIO(before[rel])), Image.open(io.BytesIO(after[rel]))
        assert len(after[rel]) < len(before[rel])
        assert (shipped.format, shipped.size) == (original.format, original.size)
        difference = ImageStat.Stat(ImageChops.difference(original.convert("RGBA"), shipped.convert("RGBA")))
        assert max(difference.mean) < 8, rel  # the same picture, to the eye
    assert Image.open(io.BytesIO(after["assets/img/hero.png"])).mode == "P"  # a 256-colour palette
    saved = sum(map(len, before.values())) - sum(map(len, after.values()))
    [info] = [d for d in result.diagnostics.items if d.code == "PWX424"]
    assert info.message == (f"[assets] compress re-encoded 2 of 2 PNG/JPEG assets smaller: "
                            f"{kb(sum(map(len, before.values())))} → {kb(sum(map(len, after.values())))}, "
                            f"{kb(saved)} saved")
    total = sum(p.stat().st_size for p in out.rglob("*") if p.suffix in media.SUFFIXES)
    over = [d for d in result.diagnostics.items if d.code == "PWX423"]
    assert bool(over) == (total >= media.LIMIT)
    assert all("compress" not in d.hint and "[assets] base_url" in d.hint for d in over)


def test_with_base_url_the_large_images_leave_the_package_and_the_warning_goes(tmp_path):
    _, out, result = converted(tmp_path, '[assets]\nbase_url = "https://app.example.com"\n')
    assert not (out / "assets/img/hero.png").exists()
    assert not [d for d in result.diagnostics.items if d.code == "PWX423"]


def test_what_pillow_cannot_make_smaller_ships_unchanged():
    animated = io.BytesIO()
    frames = [photo((64, 64)), photo((64, 64))]
    frames[0].save(animated, "PNG", save_all=True, append_images=frames[1:])
    tiny = encoded(Image.new("P", (4, 4)), "PNG", optimize=True)
    for data in (b"\x89PNG but not an image", animated.getvalue(), tiny):
        assert media.recompressed(data) == data


def test_compress_must_be_a_boolean(tmp_path):
    src = gallery(tmp_path / "app", '[assets]\ncompress = "yes"\n')
    with pytest.raises(ConversionError) as raised:
        convert(src, tmp_path / "out")
    d = raised.value.diagnostic
    assert (d.code, d.line, d.message) == ("PWX401", 2, "[assets] compress must be a boolean, got a string")
