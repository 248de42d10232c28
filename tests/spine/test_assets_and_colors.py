"""Asset selection by reference, Ionic colours for the native bars, generated tab icons."""

import io
import struct

import pytest
from PIL import Image

from pwa2wx.assets import icons, selection
from pwa2wx.diagnostics import Diagnostics
from pwa2wx.workspace import palette, project
from tests.tables import table
from tests.workspace import make_workspace


def test_only_referenced_assets_ship(trailbook):
    diags = Diagnostics()
    chosen = selection.select(project.load(trailbook), [], diags)
    outs = [out for _, out in chosen.files]
    assert "assets/data/trails.json" in outs  # named in code
    assert "assets/img/cedar.svg" in outs  # named in data (trails.json)
    assert "assets/img/unused-banner.svg" not in outs
    [d] = diags.items
    assert d.code == "PWX413" and "unused-banner.svg" in d.message


@table("source, shipped", [
    ("<img src='assets/img/{{ name }}.jpg'>", ["assets/img/a.jpg", "assets/img/b.jpg"]),
    ("const u = 'assets/img/' + id;", ["assets/img/Ping Alert.mp3", "assets/img/a.jpg", "assets/img/b.jpg",
                                       "assets/img/c.png"]),
    ("const u = `assets/img/${id}.png`;", ["assets/img/c.png"]),
    ("fetch('/assets/img/b.jpg?v=2')", ["assets/img/b.jpg"]),
    # a quoted name with a space (SirPerzifal/focus-security's 'assets/sound/Ping Alert.mp3'), and with a dynamic part
    ("new Audio('assets/img/Ping Alert.mp3')", ["assets/img/Ping Alert.mp3"]),
    ("const u = `assets/img/${kind} Alert.mp3`;", ["assets/img/Ping Alert.mp3"]),
    ("// nothing", []),
])
def test_dynamic_references_become_patterns(tmp_path, source, shipped):
    files = {"src/app/x.ts": source, "src/assets/img/a.jpg": "a", "src/assets/img/b.jpg": "b",
             "src/assets/img/c.png": "c", "src/assets/img/Ping Alert.mp3": "p"}
    root = make_workspace(tmp_path, files)
    chosen = selection.select(project.load(root), [], Diagnostics())
    assert [out for _, out in chosen.files] == shipped


def test_include_forces_assets_in(tmp_path):
    root = make_workspace(tmp_path, {"src/assets/fonts/x.woff": "f"})
    chosen = selection.select(project.load(root), ["assets/fonts/*"], Diagnostics())
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


def rgba(png: bytes, x: int, y: int) -> tuple[int, int, int, int]:
    return Image.open(io.BytesIO(png)).convert("RGBA").getpixel((x, y))


def test_tab_icons_without_a_glyph_are_a_ring_and_a_disc():
    normal, selected = icons.tab_icons(None, "#666666", "#2e7d32")
    for png in (normal, selected):
        assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) < 40 * 1024
        assert struct.unpack(">II", png[16:24]) == (81, 81)
    assert rgba(selected, 40, 40) == (0x2e, 0x7d, 0x32, 255)  # filled centre
    assert rgba(normal, 40, 40)[3] == 0 and rgba(normal, 0, 0)[3] == 0  # hollow ring
    assert rgba(normal, 40, 12) == (0x66, 0x66, 0x66, 255)  # on the ring


def test_tab_icons_draw_the_glyph_in_both_colours():
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="256"/></svg>'
    normal, selected = icons.tab_icons(svg, "#666666", "#2e7d32")
    assert rgba(normal, 40, 20) == (0x66, 0x66, 0x66, 255)
    assert rgba(selected, 40, 20) == (0x2e, 0x7d, 0x32, 255)
    assert rgba(selected, 40, 60)[3] == 0  # the lower half is empty


def test_tab_icons_draw_a_stroked_glyph_in_its_current_colour():
    svg = ('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="24" '
           'height="24"><path d="M0 256h512" fill="none" stroke="currentColor" stroke-width="64"/></svg>')
    normal, _ = icons.tab_icons(svg, "#666666", "#2e7d32")
    assert rgba(normal, 40, 40) == (0x66, 0x66, 0x66, 255) and rgba(normal, 40, 20)[3] == 0


def test_a_glyph_that_does_not_parse_gets_the_ring():
    assert icons.tab_icons("<svg><path d=", "#666666", "#2e7d32") == icons.tab_icons(None, "#666666", "#2e7d32")
