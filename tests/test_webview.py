"""Hybrid pages ([webview] in pwa2wx.toml): routes shown as the deployed PWA in a <web-view> page.

The trailbook fixture with its About tab and its trail detail route as web-view routes, converted once; WeChat's
wcc checks the pages, and the headless preview opens them as WeChat would (the router, the tab bar, a direct
launch)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pwa2wx import preview
from pwa2wx.build.convert import Result, convert
from pwa2wx.commands.check import check
from pwa2wx.output.webview_page import WXML
from tests import corpus, needs
from tests.workspace import EMPTY_ROOT, STANDALONE_MAIN, link_runtime_packages, make_workspace

ROOT = Path(__file__).resolve().parent.parent
TRAILBOOK = ROOT / "fixtures" / "trailbook"
PWA = "https://trails.example.com"

pytestmark = needs.node  # the headless preview runs the output in Node


def converted(tmp: Path, webview: str, src: Path = TRAILBOOK) -> Result:
    """``src`` converted with ``[webview] url`` and the lines ``webview`` of that section."""
    (tmp / "pwa2wx.toml").write_text(f'[webview]\nurl = "{PWA}"\n{webview}', encoding="utf-8")
    return convert(src, tmp / "out", tmp / "pwa2wx.toml")


@pytest.fixture(scope="module")
def hybrid(tmp_path_factory) -> Result:
    return converted(tmp_path_factory.mktemp("hybrid"),
                     'routes = ["/tabs/about", "/tabs/trails/:trailId", "/nowhere"]\n')


def text(result: Result, path: str) -> str:
    return result.files[path].decode("utf-8")


def test_listed_routes_become_web_view_pages(hybrid):
    assert text(hybrid, "pages/about/about.wxml") == WXML
    assert '<web-view wx:if="{{url}}" src="{{url}}"' in WXML
    assert text(hybrid, "pages/about/about.js").splitlines()[1] == \
        'require("../../pwa2wx/runtime/webview.js").page({ route: "pages/about/about" });'
    assert json.loads(text(hybrid, "pages/about/about.json")) == {
        "navigationBarTitleText": "About Trailbook", "navigationBarBackgroundColor": "#2e7d32",
        "navigationBarTextStyle": "white", "usingComponents": {}}
    assert "pages/trails/trails.wxml" in hybrid.files and "<web-view" not in text(hybrid, "pages/trails/trails.wxml")
    app = json.loads(text(hybrid, "app.json"))
    assert [t["pagePath"] for t in app["tabBar"]["list"]] == ["pages/trails/trails", "pages/notes/notes",
                                                             "pages/about/about"]  # tab routes stay tabs
    assert "custom" not in app["tabBar"]  # a <web-view> would cover a custom tab bar: the about tab keeps WeChat's
    app_config = text(hybrid, "pwa2wx/app.config.js")
    assert f'pwa: "{PWA}"' in app_config
    # ModalController looks pages up by their class: web-view pages have none there
    assert '{ path: "pages/trails/trails", component:' in app_config
    assert '{ path: "pages/about/about", component:' not in app_config
    found = {d.code: d for d in hybrid.diagnostics.items}
    assert found["PWX425"].message == "[webview] routes: '/nowhere' leads to no page of the app"
    assert found["PWX426"].message.startswith("2 pages show the deployed PWA in a <web-view>")


def test_wechat_compilers_accept_the_web_view_pages_and_check_names_the_business_domain(hybrid):
    findings = check(hybrid.out)
    errors = [d for d in findings.diagnostics.items if d.severity == "error"]
    assert not errors, "\n".join(f"{d.location()}: {d.message}" for d in errors)
    assert any(line.startswith("wcc:") for line in findings.lines)
    assert findings.summary()["business_domains"] == [PWA]
    assert PWA not in findings.summary()["request_domains"]  # a web-view shows it: no wx.request goes there
    assert findings.lines[-2:] == [
        "business domain (mp.weixin.qq.com → Development → Development Settings → Business domain):",
        f"  {PWA}  shown by the web-view pages; the console gives a verification file to put at its root "
        f"({PWA}/<file>.txt)"]


def test_converted_pages_open_web_view_routes_with_their_params(hybrid):
    tapped = preview.run(hybrid.out, "pages/trails/trails", actions=[{"tap": "Lantern Lake Trail"}, {"back": 1}])
    assert tapped.errors == []
    opened = tapped.steps[0]
    assert opened["route"] == "pages/trail-detail/trail-detail"
    assert tapped.calls("navigateTo")[0]["url"].startswith("/pages/trail-detail/trail-detail?trailId=")
    assert tapped.steps[1]["route"] == "pages/trails/trails"
    detail = preview.run(hybrid.out, "/tabs/trails/2?from=list")
    assert detail.errors == []
    assert detail.tree[0]["attr"]["src"] == f"{PWA}/tabs/trails/2?from=list"
    tab = preview.run(hybrid.out, "pages/trails/trails", actions=[{"switchTab": "pages/about/about"}])
    assert tab.errors == [] and tab.data == {"url": f"{PWA}/tabs/about"}
    launched = preview.run(hybrid.out, "pages/trail-detail/trail-detail", {"trailId": "3"})
    assert launched.data == {"url": f"{PWA}/tabs/trails/3"}


def test_mode_all_makes_a_shell_of_web_view_pages(tmp_path):
    shell = converted(tmp_path, 'mode = "all"\n')
    app = json.loads(text(shell, "app.json"))
    assert len(app["pages"]) == 4 and len(app["tabBar"]["list"]) == 3
    assert all(text(shell, page + ".wxml") == WXML for page in app["pages"])
    assert not any(p.startswith(("src/", "components/")) for p in shell.files)  # none of the app's code
    assert "bootstrap: function () {  }" in text(shell, "pwa2wx/app.config.js")
    assert "pages: [\n  ]" in text(shell, "pwa2wx/app.config.js")
    assert [d for d in check(shell.out).diagnostics.items if d.severity == "error"] == []
    start = preview.run(shell.out, "pages/trails/trails")
    assert start.errors == [] and start.data == {"url": f"{PWA}/tabs/trails"}


CANNOT_CONVERT = {
    "src/app/app.routes.ts": "import { HomePage } from './home.page';\n"
                             "import { ChartPage } from './chart.page';\n"
                             "import { BrokenPage } from './broken.page';\n"
                             "export const routes = [{ path: '', component: HomePage },\n"
                             "  { path: 'chart', component: ChartPage },\n"
                             "  { path: 'broken/:id', component: BrokenPage }];\n",
    "src/app/home.page.ts": "import { Component } from '@angular/core';\n"
                            "@Component({ selector: 'app-home', template: '<p>home</p>' })\nexport class HomePage {}\n",
    "src/app/chart.page.ts": "import { Component } from '@angular/core';\n"
                             "@Component({ selector: 'app-chart', template: '<mat-card><ngx-charts-bar-vertical "
                             "[results]=\"sales\"></ngx-charts-bar-vertical></mat-card>' })\n"
                             "export class ChartPage { sales = []; }\n",
    "src/app/broken.page.ts": "import { Component } from '@angular/core';\n"
                              "@Component({ selector: 'app-broken', template: '<p>{{ a b }}</p>' })\n"
                              "export class BrokenPage {}\n",
}


@pytest.mark.parametrize("fallback", [True, False])
def test_fallback_shows_pages_that_cannot_convert_as_the_pwa(tmp_path, fallback):
    src = make_workspace(tmp_path / "app", {"src/main.ts": STANDALONE_MAIN, "src/app/app.component.ts": EMPTY_ROOT,
                                            **CANNOT_CONVERT})
    link_runtime_packages(src)
    result = converted(tmp_path, f"fallback = {str(fallback).lower()}\n", src)
    warnings = [d for d in result.diagnostics.items if d.code == "PWX427"]
    if not fallback:
        assert warnings == []
        assert "not converted" in text(result, "pages/broken/broken.wxml")
        assert "<web-view" not in text(result, "pages/chart/chart.wxml")
        return
    assert text(result, "pages/chart/chart.wxml") == WXML and text(result, "pages/broken/broken.wxml") == WXML
    assert "<web-view" not in text(result, "pages/home/home.wxml")
    assert warnings[0].col == CANNOT_CONVERT["src/app/chart.page.ts"].splitlines()[1].index("<mat-card>") + 1
    assert [(d.severity, d.file, d.line, d.message) for d in warnings] == [
        ("warning", "src/app/chart.page.ts", 2, "ChartPage (pages/chart/chart) is shown as the deployed PWA in a "
         "<web-view>: it uses <mat-card> of Angular Material, which has no WXML equivalent"),
        ("warning", "src/app/broken.page.ts", 2, "BrokenPage (pages/broken/broken) is shown as the deployed PWA in a "
         "<web-view>: its conversion reported errors (PWX102 Unexpected token 'b' in [{{ a b }}])"),
    ]
    assert [d for d in check(result.out).diagnostics.items if d.severity == "error"] == []
    broken = preview.run(result.out, "/broken/7")
    assert broken.errors == [] and broken.data == {"url": f"{PWA}/broken/7"}


def test_conference_map_tab_shows_the_pwa(tmp_path):
    """The issue's case: the conference app's map (Google Maps' JavaScript API) as the deployed PWA."""
    conference = converted(tmp_path, 'routes = ["/app/tabs/map"]\n', corpus.app("conf-443e4b91"))
    assert text(conference, "pages/map/map.wxml") == WXML
    tabs = [t["pagePath"] for t in json.loads(text(conference, "app.json"))["tabBar"]["list"]]
    assert tabs == ["pages/schedule/schedule", "pages/speaker-list/speaker-list", "pages/map/map", "pages/about/about"]
    tab_bar = preview.run(conference.out, "pages/schedule/schedule",
                          actions=[{"switchTab": "pages/map/map"}, {"switchTab": "pages/schedule/schedule"}])
    assert tab_bar.errors == []
    assert [s["route"] for s in tab_bar.steps] == ["pages/map/map", "pages/schedule/schedule"]
    assert "Getting Started with Ionic" in tab_bar.steps[1]["text"]
    menu = preview.run(conference.out, "pages/schedule/schedule", actions=[{"tap": "Map"}])  # the side menu's link
    assert menu.errors == [] and menu.calls("switchTab") == [{"url": "/pages/map/map"}]
    assert menu.tree[0]["attr"]["src"] == f"{PWA}/app/tabs/map"
