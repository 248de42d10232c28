"""Over 2 MB: lazy route groups (and the modules only they reach) move into subpackages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pwa2wx import preview
from pwa2wx.build.convert import convert
from pwa2wx.commands.check import check
from pwa2wx.output import packages
from pwa2wx.output.graph import loads
from tests import needs
from tests.workspace import EMPTY_ROOT, STANDALONE_MAIN, link_runtime_packages, make_workspace

BIG = 2_300_000  # one module alone is over the 2 MB main-package limit
LABEL = "import { label } from '../shared/format';\n"
EMPTY_SHELL = {"src/main.ts": STANDALONE_MAIN, "src/app/app.component.ts": EMPTY_ROOT}


def component(name: str, template: str, extra_import: str = "", body: str = "", uses: str = "") -> str:
    """A component class ``<Name>Page``; ``uses``: the standalone components its template shows (``from``
    lines are the caller's, in ``extra_import``)."""
    cls = name.title().replace("-", "") + "Page"
    imports = f"standalone: true, imports: [{uses}], " if uses else ""
    return (f"import {{ Component }} from '@angular/core';\n{extra_import}"
            f"@Component({{ selector: 'app-{name}', {imports}template: `{template}` }})\n"
            f"export class {cls} {{ {body} }}\n")


def big_app(root: Path) -> Path:
    files = {
        "src/main.ts": STANDALONE_MAIN,
        "src/app/app.component.ts": "import { Component } from '@angular/core';\n"
                                    "@Component({ selector: 'app-root', template: '<ion-app><ion-router-outlet>"
                                    "</ion-router-outlet></ion-app>' })\nexport class AppComponent {}\n",
        "src/app/app.routes.ts": "import { Routes } from '@angular/router';\n"
                                 "import { HomePage } from './home/home.page';\n"
                                 "export const routes: Routes = [\n"
                                 "  { path: '', component: HomePage },\n"
                                 "  { path: 'reports', loadChildren: () => import('./reports/reports.routes')"
                                 ".then(m => m.REPORT_ROUTES) },\n];\n",
        "src/app/home/home.page.ts": component("home", "<p>{{ title }}</p>", LABEL, "title = label(0);"),
        "src/app/shared/format.ts": "export function label(n: number): string { return 'n=' + n; }\n",
        "src/app/reports/reports.routes.ts": "import { Routes } from '@angular/router';\n"
                                             "import { YearPage } from './year.page';\n"
                                             "import { MonthPage } from './month.page';\n"
                                             "export const REPORT_ROUTES: Routes = [\n"
                                             "  { path: 'year', component: YearPage },\n"
                                             "  { path: 'month', component: MonthPage },\n];\n",
        "src/app/reports/table.ts": "export const TABLE = '" + "x" * BIG + "';\n",
        "src/app/reports/year.page.ts": component(
            "year", "<p>{{ title }} {{ size }}</p><app-legend></app-legend>",
            "import { TABLE } from './table';\nimport { LegendPage } from './legend.component';\n" + LABEL,
            "title = label(2026); size = TABLE.length;", uses="LegendPage"),
        "src/app/reports/month.page.ts": component(
            "month", "<p>Month {{ drawn }}</p><app-badge></app-badge>",
            "import { draw } from 'chart-lib';\nimport { BadgePage } from '../shared/badge.component';\n" + LABEL,
            "title = label(1); drawn = draw('bars');", uses="BadgePage"),
        # components: one only the year page shows (with one inside it), one the home page shows too
        "src/app/reports/legend.component.ts": component(
            "legend", "<span>legend of</span><app-swatch></app-swatch>",
            "import { SwatchPage } from './swatch.component';\n", uses="SwatchPage"),
        "src/app/reports/swatch.component.ts": component("swatch", "<i>swatch</i>", uses=" "),
        "src/app/shared/badge.component.ts": component("badge", "<b>badge</b>", uses=" "),
    }
    make_workspace(root, files)
    link_runtime_packages(root, {  # a package only the group's month page uses, and one home uses too
        "chart-lib": {"package.json": '{"name": "chart-lib", "main": "index.js"}',
                      "index.js": "var fmt = require('fmt-lib');\n"
                                  "exports.draw = function (what) { return fmt.fmt('chart of ' + what); };\n"},
        "fmt-lib": {"package.json": '{"name": "fmt-lib", "main": "lib/fmt.js"}',
                    "lib/fmt.js": "exports.fmt = function (s) { return '[' + s + ']'; };\n"},
    })
    (root / "src/app/home/home.page.ts").write_text(component(
        "home", "<p>{{ title }} {{ shown }}</p><app-badge></app-badge>",
        LABEL + "import { fmt } from 'fmt-lib';\nimport { BadgePage } from '../shared/badge.component';\n",
        "title = label(0); shown = fmt('home');", uses="BadgePage"))
    return root


def converted_once(factory, make_app) -> tuple[Path, object]:
    """(out, result) of the app ``make_app`` writes, converted: one conversion for a module's tests."""
    root = make_app(factory.mktemp(make_app.__name__) / "app")
    out = root.parent / "out"
    return out, convert(root, out)


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    return converted_once(tmp_path_factory, big_app)


def test_group_moves_with_its_own_modules(converted):
    out, result = converted
    app = json.loads((out / "app.json").read_text())
    assert app["pages"] == ["pages/home/home"]
    assert app["subPackages"] == [{"root": "packages/reports", "name": "reports",
                                   "pages": ["pages/year/year", "pages/month/month"]}]
    assert (out / "packages/reports/src/app/reports/table.js").is_file()  # only the group reaches it
    assert (out / "src/app/shared/format.js").is_file()  # the home page uses it too: stays in main
    assert not (out / "src/app/reports/table.js").exists()
    assert (out / "packages/reports/src/app/reports/year.page.js").is_file()
    # and the routes file loadChildren loads, which imports the pages (main-package code requires it only lazily)
    assert (out / "packages/reports/src/app/reports/reports.routes.js").is_file()
    assert result.sizes[""] < 2 * 1024 * 1024 < result.sizes["packages/reports"]
    assert "PWX409" in {d.code for d in result.diagnostics.items}


def test_components_only_the_group_shows_move_with_it(converted):
    """WeChat lets a subpackage's pages use its own components: those only its pages show (directly or inside
    another such component) leave the main package with the group."""
    out, _ = converted
    for name in ("legend", "swatch"):
        assert (out / f"packages/reports/components/{name}/{name}.wxml").is_file()
        assert not (out / f"components/{name}").exists()
    assert (out / "packages/reports/src/app/reports/legend.component.js").is_file()  # and its class
    assert (out / "components/badge/badge.wxml").is_file()  # the home page shows it too
    year = json.loads((out / "packages/reports/pages/year/year.json").read_text())
    assert year["usingComponents"] == {"app-legend": "/packages/reports/components/legend/legend"}


@needs.node
def test_a_moved_component_shows_in_its_page_and_devtools_compiles_it(converted):
    out, _ = converted
    result = preview.run(out, "packages/reports/pages/year/year")
    assert result.errors == [] and "legend of" in result.text and "swatch" in result.text
    scan = check(out, compilers=False, devtools=True).devtools
    assert scan["compile_error"] is None
    assert {i["name"]: i["passed"] for i in scan["quality"]}["CONTAINS_OTHER_PKG_COMPONENTS"] is True


def test_check_measures_each_package(converted):
    out, _ = converted
    findings = check(out)
    assert any(line.startswith("main package:") for line in findings.lines)
    assert any(line.startswith("subpackage packages/reports:") for line in findings.lines)
    assert [d.code for d in findings.diagnostics.items if d.severity == "error"] == []
    assert {d.code for d in findings.diagnostics.items} == {"PWX408"}  # the subpackage itself is over 2 MB


@needs.node
def test_subpackage_page_runs(converted):
    out, _ = converted
    result = preview.run(out, "packages/reports/pages/year/year")
    assert result.errors == [] and f"n=2026 {BIG}" in result.text


def test_npm_code_only_the_group_uses_moves_with_it(converted):
    out, _ = converted
    assert (out / "packages/reports/miniprogram_npm/chart-lib/index.js").is_file()
    assert not (out / "miniprogram_npm/chart-lib").exists()
    assert (out / "miniprogram_npm/fmt-lib/fmt.js").is_file()  # the home page uses it too: stays in main
    month = (out / "packages/reports/src/app/reports/month.page.js").read_text()
    assert 'require("../../../miniprogram_npm/chart-lib/index.js")' in month
    chart = (out / "packages/reports/miniprogram_npm/chart-lib/index.js").read_text()
    assert 'require("../../../../miniprogram_npm/fmt-lib/fmt.js")' in chart


@needs.node
def test_moved_npm_code_runs_from_the_subpackage(converted):
    out, _ = converted
    result = preview.run(out, "packages/reports/pages/month/month")
    assert result.errors == [] and "Month [chart of bars]" in result.text
    assert "n=0 [home]" in preview.run(out, "pages/home/home").text


def three_groups(root: Path) -> Path:
    """Lazy groups a (1 MB of data), b (0.5 MB) and c (a few bytes), each one page."""
    sizes = {"a": 1_000_000, "b": 500_000, "c": 10}
    files = {
        **EMPTY_SHELL,
        "src/app/app.routes.ts": "import { Routes } from '@angular/router';\n"
                                 "import { HomePage } from './home/home.page';\n"
                                 "export const routes: Routes = [{ path: '', component: HomePage },\n" +
                                 "".join(f"  {{ path: '{g}', loadChildren: () => import('./{g}/{g}.routes')"
                                         f".then(m => m.ROUTES) }},\n" for g in sizes) + "];\n",
        "src/app/home/home.page.ts": component("home", "<p>Home</p>"),
    }
    for g, size in sizes.items():
        files[f"src/app/{g}/{g}.routes.ts"] = (f"import {{ Routes }} from '@angular/router';\n"
                                               f"import {{ {g.title()}Page }} from './{g}.page';\n"
                                               f"export const ROUTES: Routes = [\n"
                                               f"  {{ path: '', component: {g.title()}Page }}];\n")
        files[f"src/app/{g}/data.ts"] = f"export const DATA = '{'x' * size}';\n"
        files[f"src/app/{g}/{g}.page.ts"] = component(g, "<p>{{ n }}</p>", "import { DATA } from './data';\n",
                                                      "n = DATA.length;")
    return make_workspace(root, files)


def test_a_main_package_still_over_after_the_move_moves_one_group_more(tmp_path, monkeypatch):
    root = three_groups(tmp_path / "app")
    whole = convert(root, tmp_path / "whole", write=False).files
    gain_a = sum(len(data) for path, data in whole.items()  # what the split counts: its page, its own modules
                 if path.startswith("pages/a/a.") or path in ("src/app/a/a.page.js", "src/app/a/data.js",
                                                              "src/app/a/a.routes.js"))
    # moving group a alone looks enough, but its subPackages entry grows app.json past the limit
    limit = sum(len(data) for data in whole.values()) - gain_a + 10
    monkeypatch.setattr(packages, "MAIN_PACKAGE_LIMIT", limit)
    result = convert(root, tmp_path / "out")
    app = json.loads((tmp_path / "out" / "app.json").read_text())
    assert [sub["root"] for sub in app["subPackages"]] == ["packages/a", "packages/b"]
    assert result.sizes[""] <= limit


def test_check_names_the_heaviest_part_and_who_needs_it(tmp_path):
    root = make_workspace(tmp_path / "app", {
        **EMPTY_SHELL,
        "src/app/app.routes.ts": "import { Routes } from '@angular/router';\n"
                                 "import { HomePage } from './home/home.page';\n"
                                 "export const routes: Routes = [{ path: '', component: HomePage }];\n",
        "src/app/home/home.page.ts": component("home", "<p>{{ n }}</p>", "import { wrap } from 'wrap-lib';\n",
                                               "n = wrap();"),
    })
    link_runtime_packages(root, {
        "wrap-lib": {"package.json": '{"name": "wrap-lib"}', "index.js": "exports.wrap = require('big-lib').size;\n"},
        "big-lib": {"package.json": '{"name": "big-lib"}',
                    "index.js": "exports.size = function () { return '" + "x" * BIG + "'.length; };\n"},
    })
    convert(root, tmp_path / "out")
    [over] = [d for d in check(tmp_path / "out").diagnostics.items if d.code == "PWX408"]
    # the main package fits: big-lib went into a subpackage without pages, which one file of it fills past 2 MB
    assert re.match(r"subpackage packages/late-1 is 2\.\d+ MB, over WeChat's 2 MB limit; the heaviest part is "
                    r"miniprogram_npm/big-lib ", over.message)
    assert over.hint.startswith("the npm package big-lib is required by src/app/home/home.page.js: import it only")


def late_app(root: Path) -> Path:
    """The start page needs three npm packages of 1.1 MB each (one requiring another): no lazy group to move, so
    two of them go into subpackages without pages."""
    root = make_workspace(root, {
        **EMPTY_SHELL, "src/global.scss": "",
        "src/app/app.routes.ts": "import { Routes } from '@angular/router';\n"
                                 "import { HomePage } from './home/home.page';\n"
                                 "export const routes: Routes = [{ path: '', component: HomePage }];\n",
        "src/app/home/home.page.ts": component(
            "home", "<p>{{ shown }}</p>",
            "import { when } from 'time-lib';\nimport { zones } from 'zone-data';\nimport { tiles } from 'map-lib';\n",
            "shown = when('Europe') + ' of ' + zones().length + ', ' + tiles();"),
    })
    filler = "f" * 1_100_000
    link_runtime_packages(root, {
        "time-lib": {"package.json": '{"name": "time-lib"}',
                     "index.js": f"var data = require('zone-data');\nvar table = '{filler}';\n"
                                 "exports.when = function (z) { return z + ' at ' + data.zones().indexOf(z); };\n"},
        "zone-data": {"package.json": '{"name": "zone-data"}',
                      "index.js": f"var all = '{filler}';\n"
                                  "exports.zones = function () { return ['Asia', 'Europe'].concat(all.length); };\n"},
        "map-lib": {"package.json": '{"name": "map-lib"}',
                    "index.js": f"var tiles = '{filler}';\nexports.tiles = function () {{ return 'tiles'; }};\n"},
    })
    return root


@pytest.fixture(scope="module")
def late(tmp_path_factory):
    return converted_once(tmp_path_factory, late_app)


def test_npm_code_the_main_package_cannot_hold_goes_into_subpackages_without_pages(late):
    out, result = late
    app = json.loads((out / "app.json").read_text())
    roots = ["packages/late-1", "packages/late-2"]
    assert app["subPackages"] == [{"root": r, "name": r.removeprefix("packages/"), "pages": []} for r in roots]
    assert result.sizes[""] <= packages.MAIN_PACKAGE_LIMIT
    assert all(result.sizes[r] <= packages.MAIN_PACKAGE_LIMIT for r in roots)
    assert "require.async('./packages/late-1/index.js'), require.async('./packages/late-2/index.js')" in \
        (out / "app.js").read_text()
    moved = {p.parent.name for r in roots for p in (out / r).glob("miniprogram_npm/*/index.js")}
    assert len(moved) == 2 and not any((out / "miniprogram_npm" / name).exists() for name in moved)
    # WeChat refuses a plain require across packages: every require of a moved file from outside its
    # subpackage reads it through late.js (the preview refuses one as WeChat does)
    texts = {str(f.relative_to(out)): f.read_text() for f in out.rglob("*.js")}
    crossing = [(path, target) for path, text in texts.items() for target in loads(path, text)
                if packages.root_of(target, roots) not in ("", packages.root_of(path, roots))]
    assert crossing == []
    home = texts["src/app/home/home.page.js"]
    late_js = 'require("../../../pwa2wx/runtime/late.js")'
    assert all(f'{late_js}("miniprogram_npm/{name}/index.js")' in home for name in moved)
    assert [d for d in result.diagnostics.items if d.severity == "error"] == []


@needs.node
def test_a_page_runs_with_npm_code_from_subpackages_without_pages(late):
    out, _ = late
    result = preview.run(out, "pages/home/home")
    assert result.errors == []
    assert "Europe at 1 of 3, tiles" in result.text


def test_check_and_devtools_accept_subpackages_without_pages(late):
    out, _ = late
    findings = check(out)
    assert [d for d in findings.diagnostics.items if d.severity == "error"] == []
    assert any(line.startswith("subpackage packages/late-2:") for line in findings.lines)


def test_app_modules_every_page_shares_go_into_subpackages_without_pages_too(tmp_path):
    """sumaris-app, GonnaOrder: the app's own services and stores (MBs of modules every page shares) kept the main
    package over 2 MB with no lazy group and no npm package left to move. The largest modules move into
    subpackages without pages as npm code does, the pages and their components staying where they are."""
    filler = "s" * 1_100_000
    root = make_workspace(tmp_path / "app", {
        **EMPTY_SHELL, "src/global.scss": "",
        "src/app/app.routes.ts": "import { Routes } from '@angular/router';\n"
                                 "import { HomePage } from './home/home.page';\n"
                                 "import { ListPage } from './list/list.page';\n"
                                 "export const routes: Routes = [{ path: '', component: HomePage },\n"
                                 "  { path: 'list', component: ListPage }];\n",
        "src/app/home/home.page.ts": component("home", "<p>{{ shown }}</p>",
                                               "import { StoreService } from '../store/store.service';\n",
                                               "shown = new StoreService().describe();"),
        "src/app/list/list.page.ts": component("list", "<p>{{ n }} items</p>",
                                               "import { ITEMS } from '../store/items';\n", "n = ITEMS.length;"),
        "src/app/store/store.service.ts": "import { ITEMS } from './items';\n"
                                          f"const RULES = '{filler}';\n"
                                          "export class StoreService {\n"
                                          "  describe() { return 'store of ' + ITEMS.length + ', rules ' + "
                                          "(RULES.length > 0); }\n}\n",
        "src/app/store/items.ts": f"const BLOB = '{filler}';\nexport const ITEMS = [BLOB.length, 2, 3];\n",
    })
    link_runtime_packages(root)
    out = tmp_path / "out"
    result = convert(root, out)
    app = json.loads((out / "app.json").read_text())
    roots = [s["root"] for s in app["subPackages"]]
    assert roots == ["packages/late-1"] and app["pages"] == ["pages/home/home", "pages/list/list"]
    assert result.sizes[""] <= packages.MAIN_PACKAGE_LIMIT
    moved = sorted(str(p.relative_to(out)) for r in roots for p in (out / r).rglob("*.js") if p.name != "index.js")
    assert moved == ["packages/late-1/src/app/store/store.service.js"]  # the largest: enough to fit
    assert 'require("../../../pwa2wx/runtime/late.js")("src/app/store/store.service.js")' in \
        (out / "src/app/home/home.page.js").read_text()
    # from the subpackage, a plain require of what stayed in the main package
    assert 'require("../../../../../src/app/store/items.js")' in \
        (out / moved[0]).read_text()
    assert [d for d in result.diagnostics.items if d.severity == "error"] == []
    assert [d for d in check(out).diagnostics.items if d.severity == "error"] == []
    home, listed = preview.run(out, "pages/home/home"), preview.run(out, "pages/list/list")
    assert home.errors == listed.errors == []
    assert "store of 3, rules true" in home.text and "3 items" in listed.text


def test_a_tabs_shell_its_main_package_tab_pages_need_stays_with_them(tmp_path):
    """airgap-it/airgap-wallet: its tabs shell (ion-tabs) and the tab pages come from one loadChildren group; the tab
    pages stay in the main package (WeChat's tab bar needs them there), and so must the shell they inject and the
    NgModule they are under: in the subpackage, a tab page's require of them failed as WeChat fails it."""
    tab = "<ion-tabs><ion-tab-bar slot='bottom'><ion-tab-button tab='home'>Home</ion-tab-button>" \
          "<ion-tab-button tab='report'>Report</ion-tab-button></ion-tab-bar></ion-tabs>"
    routes = ("import { Routes } from '@angular/router';\nimport { TabsPage } from './tabs.page';\n"
              "import { HomePage } from './home.page';\nimport { ReportPage } from './report.page';\n"
              "import { DetailPage } from './detail.page';\n"
              "export const ROUTES: Routes = [{ path: '', component: TabsPage, children: [\n"
              "  { path: 'home', component: HomePage }, { path: 'report', component: ReportPage }] },\n"
              "  { path: 'detail', component: DetailPage }];\n")
    root = make_workspace(tmp_path / "app", {
        **EMPTY_SHELL, "src/global.scss": "",
        "src/app/app.routes.ts": "import { Routes } from '@angular/router';\n"
                                 "export const routes: Routes = [\n"
                                 "  { path: '', redirectTo: 'tabs/home', pathMatch: 'full' },\n"
                                 "  { path: 'tabs', loadChildren: () => import('./tabs/tabs.routes')"
                                 ".then(m => m.ROUTES) }];\n",
        "src/app/tabs/tabs.routes.ts": routes,
        "src/app/tabs/tabs.page.ts": component("tabs", tab, body="shown = 'the shell';"),
        "src/app/tabs/home.page.ts": component("home", "<p>home, under the shell</p>"),  # (no import of it)
        "src/app/tabs/report.page.ts": component("report", "<p>Report</p>"),
        "src/app/tabs/detail.page.ts": component("detail", "<p>{{ n }}</p>", "import { TABLE } from './table';\n",
                                                 "n = TABLE.length;"),
        "src/app/tabs/table.ts": "export const TABLE = '" + "x" * BIG + "';\n",
    })
    link_runtime_packages(root)
    out = tmp_path / "out"
    result = convert(root, out)
    app = json.loads((out / "app.json").read_text())
    assert [s["root"] for s in app["subPackages"]] == ["packages/tabs"]  # the detail page and its table moved
    assert (out / "packages/tabs/src/app/tabs/table.js").is_file()
    assert (out / "src/app/tabs/tabs.page.js").is_file()
    assert not (out / "packages/tabs/src/app/tabs/tabs.page.js").exists()
    assert [d for d in result.diagnostics.items if d.severity == "error"] == []
    shown = preview.run(out, "pages/home/home")
    assert shown.errors == [] and "home, under the shell" in shown.text


def test_code_the_main_package_cannot_hold_is_placed_once_a_polyfill_in_an_npm_package_too():
    """app.config.js's polyfills are among the app's code late_code may move; one that is an npm file moves with its
    package, not a second time on its own."""
    files = {"miniprogram_npm/poly/index.js": b"p" * 1_000_000, "src/app/store.js": b"s" * 900_000,
             "src/app/other.js": b"o" * 850_000, "app.wxss": b"w" * 700_000}
    late = packages.late_code(files, [], ["src/app/store.js", "src/app/other.js", "miniprogram_npm/poly/index.js"])
    # counted once, the polyfill's bytes leave once: the app's largest module has to go too
    assert sorted(late) == ["miniprogram_npm/poly/index.js", "src/app/store.js"]
    assert sum(len(data) for path, data in files.items() if path not in late) <= packages.MAIN_PACKAGE_LIMIT


def test_a_require_moved_behind_late_js_keeps_the_quotes_it_was_written_with():
    """The call that replaces a require is written with the quotes the require was: one inside a string literal
    (code that writes code) leaves the string whole."""
    moved = {"miniprogram_npm/b/index.js": "packages/late-1"}
    files = {"miniprogram_npm/a/index.js": b"var s = 'x = require(\"../b/index.js\")'; "
                                           b"var b = require('../b/index.js');",
             "miniprogram_npm/b/index.js": b"module.exports = 1;"}
    out, _ = packages.defer_late(files, moved)
    assert out["miniprogram_npm/a/index.js"].decode() == (
        "var s = 'x = require(\"../../pwa2wx/runtime/late.js\")(\"miniprogram_npm/b/index.js\")'; "
        "var b = require('../../pwa2wx/runtime/late.js')('miniprogram_npm/b/index.js');")
