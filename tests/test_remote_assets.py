"""With ``[assets] base_url``, images over the inline limit load from there instead of taking package room."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pwa2wx import preview
from pwa2wx.build.convert import convert
from tests import needs
from tests.workspace import link_runtime_packages, make_workspace, one_page_app

BASE = "https://app.example.com/pwa"
BIG = 40 * 1024  # over the 32 KB inline limit


def gallery(root: Path, base_url: str | None) -> Path:
    make_workspace(root, one_page_app(
        "import { Component } from '@angular/core';\n"
        "@Component({ selector: 'app-home', template: `<p>Gallery</p>"
        "<img class='hero' src='assets/img/hero.jpg'>"
        "<ion-img class='photo' [src]=\"'assets/img/' + name + '.jpg'\"></ion-img>"
        "<img class='icon' src='assets/img/icon.png'><p>{{ said }}</p>` })\n"
        "export class HomePage { name = 'photo'; said = '';\n"
        "  constructor() { fetch('assets/i18n/fr.json').then(r => r.json()).then(t => this.said = t.HELLO); } }\n"))
    (root / "src/assets/img").mkdir(parents=True)
    (root / "src/assets/img/hero.jpg").write_bytes(b"\xff" * BIG)
    (root / "src/assets/img/photo.jpg").write_bytes(b"\xfe" * BIG)
    (root / "src/assets/img/icon.png").write_bytes(b"\x89PNG" + b"\0" * 100)
    (root / "src/assets/i18n").mkdir()
    (root / "src/assets/i18n/fr.json").write_text(json.dumps({"HELLO": "Bonjour", "PAD": "p" * BIG}))
    if base_url:
        (root / "pwa2wx.toml").write_text(f'[assets]\nbase_url = "{base_url}"\n')
    link_runtime_packages(root)
    return root


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    root = gallery(tmp_path_factory.mktemp("remote") / "app", BASE + "/")
    out = root.parent / "out"
    return out, convert(root, out)


def test_large_images_are_not_packed_and_static_urls_point_at_the_base(converted):
    out, result = converted
    assert not (out / "assets/img/hero.jpg").exists() and not (out / "assets/img/photo.jpg").exists()
    assert (out / "assets/img/icon.png").is_file()  # small: stays in the package
    wxml = (out / "pages/home/home.wxml").read_text()
    assert f'src="{BASE}/assets/img/hero.jpg"' in wxml and 'src="/assets/img/icon.png"' in wxml
    [info] = [d for d in result.diagnostics.items if d.code == "PWX421"]
    assert f"3 assets (120 KB, each over 32 KB) load from {BASE}/" in info.message
    assert not (out / "assets/i18n/fr.json").exists()  # data the app requests, as large: from the base too


@needs.node
def test_bound_urls_point_at_the_base_at_run_time(converted):
    out, _ = converted
    run = preview.run(out, "pages/home/home")
    assert f'"src": "{BASE}/assets/img/photo.jpg"' in json.dumps(run.tree)
    assert [args["url"] for args in run.calls("request")] == [f"{BASE}/assets/i18n/fr.json"]


def test_without_a_base_url_every_referenced_image_is_packed(tmp_path):
    root = gallery(tmp_path / "app", None)
    result = convert(root, tmp_path / "out")
    assert (tmp_path / "out/assets/img/hero.jpg").is_file() and (tmp_path / "out/assets/img/photo.jpg").is_file()
    assert "PWX421" not in {d.code for d in result.diagnostics.items}


def test_when_the_small_ones_fill_the_main_package_every_asset_loads_from_the_base(tmp_path):
    """mobile_app_ionic: 2,683 assets of a few KB each, which a bound [src] names by a pattern (2.5 MB), kept the
    main package over 2 MB with [assets] base_url set. (DPA-Ionic: and the passes that move lazy route groups out
    next, as a 2 MB route group here needs, kept them.)"""
    root = gallery(tmp_path / "app", BASE)
    routes = root / "src/app/app.routes.ts"
    routes.write_text(routes.read_text().replace(
        "];", ", { path: 'report', loadChildren: () => import('./report.routes').then(m => m.ROUTES) }];"))
    (root / "src/app/report.routes.ts").write_text(
        "import { Component } from '@angular/core';\nimport { Routes } from '@angular/router';\n"
        "@Component({ selector: 'app-report', template: '<p>{{ n }}</p>' })\n"
        f"export class ReportPage {{ n = '{'r' * 2_200_000}'.length; }}\n"
        "export const ROUTES: Routes = [{ path: '', component: ReportPage }];\n")
    for n in range(80):
        (root / f"src/assets/img/flag-{n}.png").write_bytes(b"\x89PNG" + bytes([n]) * 30_000)
    home = root / "src/app/home.page.ts"
    flag = "<img [src]=\"'assets/img/flag-' + n + '.png'\">"
    home.write_text(home.read_text().replace("<p>Gallery</p>", "<p>Gallery</p>" + flag)
                    .replace("name = 'photo';", "name = 'photo'; n = 3;"))
    out = tmp_path / "out"
    result = convert(root, out)
    assert result.sizes[""] < 2 * 1024 * 1024 and not list((out / "assets").rglob("*.png"))
    assert list(result.sizes) == ["", "packages/app"]  # the route group (in src/app)
    [info] = [d for d in result.diagnostics.items if d.code == "PWX421"]
    assert info.message.startswith("84 assets (")
    assert "all of them: with the small ones the main package was over 2 MB" in info.message
    run = preview.run(out, "pages/home/home")
    assert f'"src": "{BASE}/assets/img/flag-3.png"' in json.dumps(run.tree)
