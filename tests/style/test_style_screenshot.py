"""The screenshot tool: render tree → HTML (tables), and a small mini program through preview, wcsc and Chromium.

The Chromium tests skip cleanly when no Chromium is installed (Debian: apt-get install chromium).
"""

from __future__ import annotations

import json
import shutil
import struct
import zlib
from pathlib import Path

import pytest

from pwa2wx.output import wechat
from pwa2wx.screenshot import chromium, render_html, screenshot, side_by_side
from pwa2wx.screenshot.html import document
from pwa2wx.style.compiler import theme_dir
from tests import needs
from tests.tables import table

NODES = [
    ({"tag": "view", "attr": {"class": "ion-item a-lines-none"}, "children": ["Burt & co"]},
     '<wx-view class="ion-item a-lines-none">Burt &amp; co</wx-view>'),
    ({"tag": "view", "attr": {"hidden": True, "style": "color:red"}, "children": []},
     '<wx-view style="color:red" hidden></wx-view>'),
    ({"tag": "block", "attr": {}, "children": [{"tag": "text", "attr": {}, "children": ["a"]}, "b"]},
     "<wx-text>a</wx-text>b"),
    ({"tag": "image", "attr": {"src": "/a.png", "mode": "aspectFill", "class": "h5-img"}, "children": []},
     '<wx-image class="h5-img" mode="aspectFill"><img src="file:///root/a.png" style="object-fit:cover">'
     "</wx-image>"),
    ({"tag": "image", "attr": {"src": "b.png", "mode": "widthFix"}, "children": []},
     '<wx-image class="fix" mode="widthFix"><img src="file:///root/pages/home/b.png"></wx-image>'),
    ({"tag": "input", "attr": {"placeholder": "Search", "value": ""}, "children": []},
     '<wx-input><span class="ph">Search</span></wx-input>'),
    ({"tag": "switch", "attr": {"checked": True}, "children": []},
     '<wx-switch><i class="on" style="background:#07c160"></i></wx-switch>'),
    ({"tag": "app-card", "is": "components/card/card", "attr": {"class": "app-card"},
      "children": [{"tag": "slot", "attr": {}, "children": ["x"]}]},
     '<app-card class="app-card" is="components/card/card">x</app-card>'),
]


@table("node, html", NODES, name=lambda row: row[0]["tag"])
def test_render_tree_to_html(node, html):
    page = document(Path("/root"), "pages/home/home", [node], "", {}, {"navigationStyle": "custom"}, 375, 667)
    from html import unescape

    inner = page.split('srcdoc="', 1)[1].split('"></iframe>', 1)[0]
    assert unescape(inner).split("<body>", 1)[1].split("</body>", 1)[0] == html


def test_wechat_chrome_from_app_json():
    app = {"window": {"navigationBarTitleText": "Demo", "navigationBarBackgroundColor": "#3880ff"},
           "tabBar": {"selectedColor": "#f00", "list": [{"pagePath": "pages/home/home", "text": "Home"},
                                                        {"pagePath": "pages/b/b", "text": "B"}]}}
    page = document(Path("/root"), "pages/home/home", [], "", app, {"navigationBarTextStyle": "black"}, 375, 667)
    assert '<div class="nav" style="background:#3880ff;color:#000"><b>Demo</b>' in page
    assert 'height:553px"' in page  # 667 - 64 (status + navigation bar) - 50 (tab bar)
    assert '<div style="color:#f00">Home</div><div style="color:#7a7e83">B</div>' in page


# ---- a small mini program, rendered for real -----------------------------------------------------------

APP_JSON = {"pages": ["pages/home/home"], "window": {"navigationBarTitleText": "Home",
                                                     "navigationBarBackgroundColor": "#0054e9",
                                                     "navigationBarTextStyle": "white"},
            "usingComponents": {}}
HOME_WXML = """<view class="ion-content"><view class="ion-list">
<view wx:for="{{names}}" wx:key="*this" class="ion-item"><view class="ion-label">{{item}}</view></view></view>
<card title="{{title}}"><view class="ion-button a-expand-block">Go</view></card></view>"""
CARD_WXML = '<view class="ion-card"><view class="ion-card-header">{{title}}</view><slot/></view>'


def mini_program(root: Path) -> Path:
    shutil.copytree(theme_dir(), root / "pwa2wx" / "theme")
    files = {
        "app.js": "App({});\n",
        "app.json": json.dumps(APP_JSON),
        "app.wxss": '@import "pwa2wx/theme/core.wxss";\n@import "pwa2wx/theme/components.wxss";\n'
                    '@import "pwa2wx/theme/md.wxss";\n',
        "pages/home/home.js": "Component({ data: { names: ['Burt Bear', 'Charlie Cheetah'], title: 'Card' } });\n",
        "pages/home/home.json": json.dumps({"usingComponents": {"card": "/components/card/card"}}),
        "pages/home/home.wxml": HOME_WXML,
        "pages/home/home.wxss": ".ion-label{letter-spacing:1rpx}\n",
        "components/card/card.js": "Component({ properties: { title: { type: String, value: '' } } });\n",
        "components/card/card.json": json.dumps({"component": True, "styleIsolation": "apply-shared"}),
        "components/card/card.wxml": CARD_WXML,
        "components/card/card.wxss": ":host{display:block}\n",
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def tools():
    if shutil.which("node") is None:
        needs.unavailable("Node.js is not installed")
    try:
        wechat.compiler_package(install=False)
    except wechat.ToolMissing as e:
        needs.unavailable(str(e))


def test_page_renders_with_its_data_components_and_css(tools, tmp_path):
    from html import unescape

    html = unescape(render_html(mini_program(tmp_path / "mp"), "pages/home/home"))
    assert "Burt Bear" in html and "Charlie Cheetah" in html
    assert 'is="components/card/card"' in html and "Go</wx-view>" in html  # slot filled
    assert ".ion-item{" in html  # the theme, through wcsc
    assert "letter-spacing:0.5px" in html  # rpx resolved for a 375px wide screen


def pixel(png: Path, x: int, y: int) -> tuple[int, int, int]:
    """RGB of one pixel of an 8-bit RGB(A) PNG (what Chromium writes)."""
    data = png.read_bytes()
    width, height, depth, kind = struct.unpack(">IIBB", data[16:26])
    assert depth == 8 and kind in (2, 6)
    chunks, pos = b"", 8
    while pos < len(data):
        (size,), name = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        if name == b"IDAT":
            chunks += data[pos + 8:pos + 8 + size]
        pos += size + 12
    raw, bpp = zlib.decompress(chunks), 4 if kind == 6 else 3
    stride, rows, prev = width * bpp, [], bytearray(width * bpp)
    for row in range(y + 1):
        line = raw[row * (stride + 1):(row + 1) * (stride + 1)]
        kind_, out = line[0], bytearray(line[1:])
        for i in range(stride):
            a = out[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            pred = {0: 0, 1: a, 2: b, 3: (a + b) // 2}.get(kind_)
            if pred is None:  # Paeth
                p = a + b - c
                pred = min((abs(p - a), 0, a), (abs(p - b), 1, b), (abs(p - c), 2, c))[2]
            out[i] = (out[i] + pred) & 255
        rows.append(out)
        prev = out
    return tuple(rows[y][x * bpp:x * bpp + 3])


def test_screenshot(tools, tmp_path):
    if chromium() is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    root = mini_program(tmp_path / "mp")
    png = screenshot(root, "pages/home/home", tmp_path / "home.png", scale=1)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png.read_bytes()[16:24]) == (375, 667)
    assert pixel(png, 5, 30) == (0, 84, 233)  # the navigation bar's colour
    both = side_by_side(png, png, tmp_path / "both.png", scale=1)
    assert struct.unpack(">II", both.read_bytes()[16:24])[0] == 2 * 375 + 40


def test_screenshot_of_the_app_area(tools, tmp_path):
    """--app-area: the 375×667 picture is what the app draws below the status bar (the phone is 687 px tall)."""
    if chromium() is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    root = mini_program(tmp_path / "mp")
    whole = screenshot(root, "pages/home/home", tmp_path / "whole.png", scale=1)
    area = screenshot(root, "pages/home/home", tmp_path / "area.png", scale=1, app_area=True)
    assert struct.unpack(">II", area.read_bytes()[16:24]) == (375, 667)
    assert pixel(whole, 5, 50) == (0, 84, 233) and pixel(area, 5, 50) != (0, 84, 233)  # the bar ends 20 px higher
    assert pixel(area, 5, 40) == (0, 84, 233)


def test_fullscreen_content_reaches_under_the_header(tools, tmp_path):
    """``<ion-content [fullscreen]="true">`` reaches under the header as Ionic's does on a phone: the block every
    starter centres in it with ``position: absolute; top: 50%`` is centred on the screen, status bar included, not
    in the room below the header (28 px lower)."""
    from PIL import Image

    from pwa2wx.build.convert import convert
    from tests import corpus

    if chromium() is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    app = "starter-angular-blank"
    convert(corpus.app(app), tmp_path / "out", project_name=corpus.project(app))
    png = screenshot(tmp_path / "out", "pages/home/home", tmp_path / "home.png", scale=1)
    grey = Image.open(png).convert("L")
    inked = [y for y in range(120, 600) if grey.crop((60, y, 315, y + 1)).getextrema()[0] < 100]
    assert abs((inked[0] + inked[-1]) / 2 - 667 / 2) <= 3, (inked[0], inked[-1])
