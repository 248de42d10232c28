"""End to end: `pwa2wx convert` on the fixture, then WeChat's own compilers over the output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pwa2wx.commands.check import check
from pwa2wx.screenshot import render_html
from tests import needs
from tests.workspace import copy_fixture


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pwa2wx", *args], capture_output=True, text=True)


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out") / "trailbook"
    proc = run_cli("convert", "fixtures/trailbook", "-o", str(out), "--report", str(out.parent / "report.json"))
    assert proc.returncode == 0, proc.stderr
    return out


def test_output_opens_in_devtools(converted):
    app = json.loads((converted / "app.json").read_text())
    assert app["pages"][0] == "pages/trails/trails"
    for page in app["pages"]:
        for ext in (".js", ".wxml", ".wxss", ".json"):
            assert (converted / (page + ext)).is_file(), page + ext
    config = json.loads((converted / "project.config.json").read_text())
    assert config["appid"] == "touristappid" and config["compileType"] == "miniprogram"
    assert json.loads((converted / "sitemap.json").read_text()) == {"rules": [{"action": "allow", "page": "*"}]}
    assert [t["text"] for t in app["tabBar"]["list"]] == ["Trails", "Notes", "About"]
    assert app["tabBar"]["selectedColor"] == "#2e7d32"
    trails = json.loads((converted / "pages/trails/trails.json").read_text())
    assert trails["navigationBarTitleText"] == "Trails"
    assert trails["navigationBarBackgroundColor"] == "#2e7d32" and trails["navigationBarTextStyle"] == "white"
    assert trails["usingComponents"] == {"app-trail-card": "/components/trail-card/trail-card"}
    # the page draws its ion-header as its navigation bar ([style] navigation = "custom", the default)
    assert trails["navigationStyle"] == "custom"
    wxml = (converted / "pages/trails/trails.wxml").read_text()
    assert '<view class="ion-header pwx-navbar"' in wxml and '<view class="ion-title">Trails</view>' in wxml
    card = json.loads((converted / "components/trail-card/trail-card.json").read_text())
    assert card["component"] is True


def test_official_compilers_accept_every_file(converted):
    findings = check(converted)
    errors = [d for d in findings.diagnostics.items if d.severity == "error"]
    assert not errors, "\n".join(f"{d.location()}: {d.message}" for d in errors)
    assert any(line.startswith("wcc:") for line in findings.lines)


def test_report_and_summary(converted):
    report = json.loads((converted.parent / "report.json").read_text())
    assert report["summary"]["pages"] == 4 and report["summary"]["components"] == 1
    assert report["summary"]["errors"] == 0
    codes = {d["code"] for d in report["diagnostics"]}
    assert "PWX413" in codes  # unused-banner.svg left out


def test_same_input_gives_identical_output(converted, tmp_path):
    again = tmp_path / "again"
    assert run_cli("convert", "fixtures/trailbook", "-o", str(again), "-q").returncode == 0
    first = {p.relative_to(converted).as_posix(): p.read_bytes() for p in converted.rglob("*") if p.is_file()}
    second = {p.relative_to(again).as_posix(): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


def test_source_is_never_modified(tmp_path):
    src = copy_fixture(Path("fixtures/trailbook"), tmp_path / "app")
    before = {p: p.read_bytes() for p in src.rglob("*") if p.is_file()}
    assert run_cli("convert", str(src), "-o", str(tmp_path / "out"), "-q").returncode == 0
    assert {p: p.read_bytes() for p in src.rglob("*") if p.is_file()} == before


def test_output_inside_source_is_refused(tmp_path):
    src = copy_fixture(Path("fixtures/trailbook"), tmp_path / "app")
    proc = run_cli("convert", str(src), "-o", str(src / "dist"))
    assert proc.returncode == 2 and "PWX410" in proc.stderr
    assert not (src / "dist").exists()


def test_version():
    proc = run_cli("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("pwa2wx, version ")


@needs.node
def test_check_cli_reports_sizes(converted):
    proc = run_cli("check", str(converted))
    assert proc.returncode == 0, proc.stderr + proc.stdout
    assert "main package:" in proc.stdout


@pytest.mark.parametrize("source", [
    "import { Geolocation } from '@capacitor/geolocation';\n"
    "export const where = () => Geolocation.getCurrentPosition();",
    "import { Injectable } from '@angular/core';\n"
    "import { Geolocation } from '@awesome-cordova-plugins/geolocation/ngx';\n"
    "@Injectable({ providedIn: 'root' })\n"
    "export class Where { constructor(private geo: Geolocation) {} at() { return this.geo.getCurrentPosition(); } }",
    "export const where = () => navigator.geolocation.getCurrentPosition(() => {});",
])
def test_an_app_asking_for_the_position_declares_it_in_app_json(tmp_path, source):
    """WeChat refuses wx.getLocation unless app.json declares it, with a reason the user is shown."""
    from pwa2wx.build.convert import convert
    from tests.workspace import STANDALONE_MAIN, make_workspace

    src = make_workspace(tmp_path / "app", {
        "src/main.ts": STANDALONE_MAIN.replace("import { routes } from './app/app.routes';",
                                               "import { routes } from './app/app.routes';\nimport './app/where';"),
        "src/app/where.ts": source,
        "src/app/app.component.ts": "import { Component } from '@angular/core';\n"
                                    "@Component({ selector: 'app-root', standalone: true, template: '' })\n"
                                    "export class AppComponent {}\n",
        "src/app/app.routes.ts": "export const routes = [];\n"})
    convert(src, tmp_path / "out")
    app = json.loads((tmp_path / "out" / "app.json").read_text())
    assert app["requiredPrivateInfos"] == ["getLocation"]
    assert app["permission"]["scope.userLocation"]["desc"]


def test_native_navigation_keeps_wechats_bar(tmp_path):
    """[style] navigation = "native": WeChat's bar shows the title, the title-only toolbar is left out."""
    config = tmp_path / "pwa2wx.toml"
    config.write_text('[style]\nnavigation = "native"\n')
    out = tmp_path / "out"
    proc = run_cli("convert", "fixtures/trailbook", "-o", str(out), "--config", str(config), "--quiet")
    assert proc.returncode == 0, proc.stderr
    trails = json.loads((out / "pages/trails/trails.json").read_text())
    assert "navigationStyle" not in trails and trails["navigationBarTitleText"] == "Trails"
    assert trails["navigationBarBackgroundColor"] == "#2e7d32"
    wxml = (out / "pages/trails/trails.wxml").read_text()
    assert "pwx-navbar" not in wxml and "ion-title" not in wxml and "ion-searchbar" in wxml
    assert "ion-back-button" not in (out / "pages/trail-detail/trail-detail.wxml").read_text()
    screen = render_html(out, "pages/trails/trails")
    assert '<div class="nav" style="background:#2e7d32;color:#fff"><b>Trails</b></div>' in screen
