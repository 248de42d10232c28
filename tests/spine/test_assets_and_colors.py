"""Asset selection by reference, Ionic colours for the native bars, generated tab icons."""

import struct
import zlib

import pytest

from bridge import assets, palette, project, tabicons
from bridge.diagnostics import Diagnostics
from tests.workspace import make_workspace


def test_only_referenced_assets_ship(trailbook):
    diags = Diagnostics()
    chosen = assets.select(project.load(trailbook), [], diags)
    outs = [out for _, out in chosen.files]
    assert "assets/data/trails.json" in outs  # named in code
    assert "assets/img/cedar.svg" in outs  # named in data (trails.json)
    assert "assets/img/unused-banner.svg" not in outs
    [d] = diags.items
    assert d.code == "PWX413" and "unused-banner.svg" in d.message


@pytest.mark.parametrize(("source", "shipped"), [
    ("<img src='assets/img/{{ name }}.jpg'>", ["assets/img/a.jpg", "assets/img/b.jpg"]),
    ("const u = 'assets/img/' + id;", ["assets/img/a.jpg", "assets/img/b.jpg", "assets/img/c.png"]),
    ("const u = `assets/img/${id}.png`;", ["assets/img/c.png"]),
    ("fetch('/assets/img/b.jpg?v=2')", ["assets/img/b.jpg"]),
    ("// nothing", []),
])
def test_dynamic_references_become_patterns(tmp_path, source, shipped):
    files = {"src/app/x.ts": source, "src/assets/img/a.jpg": "a", "src/assets/img/b.jpg": "b",
             "src/assets/img/c.png": "c"}
    root = make_workspace(tmp_path, files)
    chosen = assets.select(project.load(root), [], Diagnostics())
    assert [out for _, out in chosen.files] == shipped


def test_include_forces_assets_in(tmp_path):
    root = make_workspace(tmp_path, {"src/assets/fonts/x.woff": "f"})
    chosen = assets.select(project.load(root), ["assets/fonts/*"], Diagnostics())
    assert [out for _, out in chosen.files] == ["assets/fonts/x.woff"]


def test_palette_reads_the_apps_overrides(trailbook):
    colors = palette.palette(project.load(trailbook))
    assert colors["primary"] == ("#2e7d32", "#ffffff")
    assert colors["danger"] == palette.IONIC_COLORS["danger"]


@pytest.mark.parametrize(("color", "six", "dark"), [
    ("#fff", "#ffffff", False), ("#2E7D32", "#2e7d32", True), ("#ffc409", "#ffc409", False),
    ("#22242880", "#222428", True),
])
def test_hex_and_contrast(color, six, dark):
    assert palette.hex6(color) == six and palette.is_dark(color) is dark


def test_tab_icon_is_a_small_valid_png():
    data = tabicons.tab_icon("#2e7d32", filled=True)
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) < 40 * 1024
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (81, 81)
    idat = data[data.index(b"IDAT") + 4:data.index(b"IEND") - 8]
    raw = zlib.decompress(idat)
    center = raw[40 * (81 * 4 + 1) + 1 + 40 * 4:][:4]
    corner = raw[1:5]
    assert center == bytes((0x2e, 0x7d, 0x32, 255)) and corner[3] == 0
    ring = tabicons.tab_icon("#2e7d32", filled=False)
    assert zlib.decompress(ring[ring.index(b"IDAT") + 4:ring.index(b"IEND") - 8])[
        40 * (81 * 4 + 1) + 1 + 40 * 4 + 3] == 0  # hollow centre
