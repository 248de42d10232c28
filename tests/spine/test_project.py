"""Reading an Angular workspace: components, templates, styles, routes, paths, environment."""

import json
from pathlib import Path

import pytest

from pwa2wx.diagnostics import ConversionError
from pwa2wx.workspace import project, symbols
from tests.workspace import ANGULAR_JSON, make_workspace


def routes_of(p: project.Project) -> list:
    def walk(routes):
        return [(r.path, r.component.name if r.component else None, r.redirect_to, walk(r.children))
                for r in routes]
    return walk(p.routes)


def test_fixture_components_and_routes(trailbook):
    p = project.load(trailbook)
    assert p.name == "trailbook" and p.angular_major == 19 and p.source_root == "src"
    names = sorted(c.name for c in p.components.values())
    assert names == ["AboutPage", "AppComponent", "NotesPage", "TabsPage", "TrailCardComponent",
                     "TrailDetailPage", "TrailsPage"]
    assert p.root_component.name == "AppComponent"
    assert p.pipes == {"distance": ("src/app/pipes/distance.pipe.ts", "DistancePipe")}
    assert routes_of(p) == [("", None, None, [
        ("tabs", "TabsPage", None, [
            ("trails", "TrailsPage", None, []),
            ("trails/:trailId", "TrailDetailPage", None, []),
            ("notes", "NotesPage", None, []),
            ("about", "AboutPage", None, []),
            ("", None, "/tabs/trails", []),
        ]),
        ("", None, "/tabs/trails", []),
    ])]
    assert p.tsconfig_paths == {"@services/*": ["src/app/services/*"]}
    assert p.environment == {"production": False, "apiUrl": "https://api.trailbook.example"}
    assert p.global_styles == ["src/global.scss", "src/theme/variables.scss"]
    assert ("src/assets/data/trails.json", "assets/data/trails.json") in p.assets
    assert not p.diagnostics.items


def test_inline_template_and_styles_keep_their_position(trailbook):
    card = project.load(trailbook).component_by_selector("app-trail-card")
    assert card.template.inline and card.template.file == "src/app/trail-card/trail-card.component.ts"
    source = (trailbook / card.template.file).read_text().splitlines()
    assert source[card.template.line - 1][card.template.col - 1:].startswith("\n") or \
        source[card.template.line - 1][card.template.col - 2] == "`"
    assert "<ion-card>" in card.template.text
    assert len(card.styles) == 1 and "ion-card-title" in card.styles[0].text and card.styles[0].inline


def test_tsconfig_paths_resolve(trailbook):
    p = project.load(trailbook)
    assert symbols.resolve_import(p, "src/app/trails/trails.page.ts", "@services/trail.service") == \
        "src/app/services/trail.service.ts"
    assert symbols.resolve_symbol(p, "src/app/trails/trails.page.ts", "TrailService") == \
        ("src/app/services/trail.service.ts", "TrailService")


NGMODULE_APP = {
    "src/main.ts": "import { platformBrowserDynamic } from '@angular/platform-browser-dynamic';\n"
                   "import { AppModule } from './app/app.module';\n"
                   "platformBrowserDynamic().bootstrapModule(AppModule);\n",
    "src/app/app.module.ts": "import { NgModule } from '@angular/core';\n"
                             "import { AppRoutingModule } from './app-routing.module';\n"
                             "import { AppComponent } from './app.component';\n"
                             "@NgModule({ declarations: [AppComponent], imports: [AppRoutingModule],"
                             " bootstrap: [AppComponent] })\nexport class AppModule {}\n",
    "src/app/app.component.ts": "import { Component } from '@angular/core';\n"
                                "@Component({ selector: 'app-root', template: '<ion-app></ion-app>' })\n"
                                "export class AppComponent {}\n",
    "src/app/app-routing.module.ts": "import { NgModule } from '@angular/core';\n"
                                     "import { RouterModule, Routes } from '@angular/router';\n"
                                     "const routes: Routes = [\n"
                                     "  { path: '', redirectTo: 'home', pathMatch: 'full' },\n"
                                     "  { path: 'home', loadChildren: () => import('./home/home.module')"
                                     ".then(m => m.HomeModule) },\n"
                                     "];\n"
                                     "@NgModule({ imports: [RouterModule.forRoot(routes)], exports: [RouterModule] })\n"
                                     "export class AppRoutingModule {}\n",
    "src/app/home/home.module.ts": "import { NgModule } from '@angular/core';\n"
                                   "import { HomeRoutingModule } from './home-routing.module';\n"
                                   "import { HomePage } from './home.page';\n"
                                   "@NgModule({ imports: [HomeRoutingModule], declarations: [HomePage] })\n"
                                   "export class HomeModule {}\n",
    "src/app/home/home-routing.module.ts": "import { NgModule } from '@angular/core';\n"
                                           "import { RouterModule } from '@angular/router';\n"
                                           "import { HomePage } from './home.page';\n"
                                           "@NgModule({ imports: [RouterModule.forChild([{ path: '', "
                                           "component: HomePage }])] })\n"
                                           "export class HomeRoutingModule {}\n",
    "src/app/home/home.page.ts": "import { Component } from '@angular/core';\n"
                                 "@Component({ selector: 'app-home', templateUrl: './home.page.html',"
                                 " styleUrls: ['./home.page.scss'] })\nexport class HomePage {}\n",
    "src/app/home/home.page.html": "<ion-title>Home</ion-title>",
    "src/app/home/home.page.scss": "",
}


def test_ngmodule_app_routes_and_declared_components(tmp_path):
    p = project.load(make_workspace(tmp_path, NGMODULE_APP, package={"name": "ng", "dependencies": {
        "@angular/core": "~17.3.0"}}))
    assert p.angular_major == 17
    assert routes_of(p) == [("", None, "home", []), ("home", None, None, [("", "HomePage", None, [])])]
    home = p.component_by_selector("app-home")
    assert home.standalone is False and home.template.text == "<ion-title>Home</ion-title>"
    assert p.root_component.name == "AppComponent"
    assert p.routes[1].children[0].lazy_group == "src/app/home/home.module"


def test_missing_template_file_is_located(tmp_path):
    files = dict(NGMODULE_APP)
    del files["src/app/home/home.page.html"]
    p = project.load(make_workspace(tmp_path, files))
    [d] = [d for d in p.diagnostics.items if d.code == "PWX405"]
    assert d.file == "src/app/home/home.page.ts" and d.line == 2 and "home.page.html" in d.message


def test_ts_syntax_error_is_located_and_the_rest_still_reads(tmp_path):
    files = dict(NGMODULE_APP)
    files["src/app/broken.ts"] = "export const x = {\n  a: 1,\n  b: ;\n};\n"
    files["src/main.ts"] += "import { x } from './app/broken';\n"
    p = project.load(make_workspace(tmp_path, files))
    errors = [d for d in p.diagnostics.items if d.code == "PWX301"]
    assert errors and errors[0].file == "src/app/broken.ts" and errors[0].line == 3
    assert p.component_by_selector("app-home") is not None


def test_files_main_never_imports_are_not_part_of_the_app(tmp_path):
    """As ng build: a leftover component (with a template that is gone) and a broken file nothing imports."""
    files = dict(NGMODULE_APP)
    files["src/app/old/old.page.ts"] = ("import { Component } from '@angular/core';\n"
                                        "@Component({ selector: 'app-old', templateUrl: './gone.html' })\n"
                                        "export class OldPage {}\n")
    files["src/app/scratch.ts"] = "export const x = {\n  b: ;\n};\n"
    p = project.load(make_workspace(tmp_path, files))
    assert p.component_by_selector("app-old") is None and p.component_by_selector("app-home") is not None
    assert [d.code for d in p.diagnostics.items] == ["PWX419"]
    assert "2 TypeScript files" in p.diagnostics.items[0].message


def test_unknown_routed_component_is_an_error(tmp_path):
    files = dict(NGMODULE_APP)
    files["src/app/home/home-routing.module.ts"] = files["src/app/home/home-routing.module.ts"].replace(
        "component: HomePage", "component: MissingPage")
    p = project.load(make_workspace(tmp_path, files))
    [d] = [d for d in p.diagnostics.items if d.code == "PWX404"]
    assert "MissingPage" in d.message and d.file == "src/app/home/home-routing.module.ts"


def test_no_angular_json(tmp_path):
    with pytest.raises(ConversionError) as err:
        project.load(tmp_path)
    assert err.value.diagnostic.code == "PWX402"


def test_several_projects_need_a_choice(tmp_path):
    ws = {"projects": {"a": ANGULAR_JSON["projects"]["app"], "b": ANGULAR_JSON["projects"]["app"]}}
    root = make_workspace(tmp_path, NGMODULE_APP, angular=ws)
    with pytest.raises(ConversionError) as err:
        project.load(root)
    assert err.value.diagnostic.code == "PWX403" and "a, b" in err.value.diagnostic.hint
    assert project.load(root, "b").name == "demo"
    with pytest.raises(ConversionError):
        project.load(root, "c")
    listed = make_workspace(tmp_path / "listed", NGMODULE_APP, angular={**ws, "defaultProject": ["b"]})
    with pytest.raises(ConversionError) as err:  # a defaultProject that is not a name names none
        project.load(listed)
    assert err.value.diagnostic.code == "PWX403"


def test_standalone_default_follows_angular_version(tmp_path):
    files = {"src/app/x.component.ts": "import { Component } from '@angular/core';\n"
                                       "@Component({ selector: 'app-x', template: '' })\nexport class X {}\n"}
    for version, expected in (("^19.0.0", True), ("^18.2.0", False)):
        root = make_workspace(Path(tmp_path / version), files,
                              package={"name": "v", "dependencies": {"@angular/core": version}})
        assert project.load(root).component_by_selector("app-x").standalone is expected


def test_unreadable_tsconfig_and_package_json_are_reported(tmp_path):
    root = make_workspace(tmp_path, NGMODULE_APP)
    (root / "tsconfig.json").write_text('{\n  "compilerOptions": {\n    "paths": ,\n  }\n}\n')
    (root / "package.json").write_text("{ name: }")
    p = project.load(root)
    found = {d.file: d for d in p.diagnostics.items if d.code == "PWX416"}
    assert set(found) == {"tsconfig.json", "package.json"}
    assert (found["tsconfig.json"].line, found["tsconfig.json"].severity) == (3, "warning")
    assert "paths" in found["tsconfig.json"].hint
    assert p.component_by_selector("app-home") is not None  # the rest still reads


def test_non_literal_component_metadata_is_reported(tmp_path):
    files = dict(NGMODULE_APP)
    files["src/app/home/home.page.ts"] = ("import { Component } from '@angular/core';\n"
                                          "const T = '<p>x</p>';\n"
                                          "@Component({ selector: 'app-home', template: T,\n"
                                          "  styleUrls: ['./home.page.scss', STYLE] })\nexport class HomePage {}\n")
    p = project.load(make_workspace(tmp_path, files))
    found = [(d.code, d.line, d.col, d.message) for d in p.diagnostics.items if d.code == "PWX417"]
    assert found == [("PWX417", 3, 46, "HomePage: 'template' is not a literal, so it is not read"),
                     ("PWX417", 4, 14, "HomePage: 'styleUrls' is not a literal, so it is not read")]


@pytest.mark.parametrize(("change", "message"), [
    (lambda ws: ws.update(projects=[1]), "angular.json: projects must be an object"),
    (lambda ws: ws["projects"].update(app=None), "angular.json: projects.app must be an object"),
    (lambda ws: ws["projects"]["app"].update(architect="x"), "angular.json: projects.app.architect must be an object"),
    (lambda ws: ws["projects"]["app"]["architect"]["build"]["options"].update(assets=[5]),
     "angular.json: projects.app.architect.build.options.assets[0] must be an object"),
    (lambda ws: ws["projects"]["app"]["architect"]["build"]["options"].update(styles=[{"input": 5}]),
     "angular.json: projects.app.architect.build.options.styles[0].input must be a string"),
    (lambda ws: ws["projects"]["app"].update(sourceRoot=5), "angular.json: projects.app.sourceRoot must be a string"),
])
def test_angular_json_of_the_wrong_shape_is_a_located_error(tmp_path, change, message):
    workspace = json.loads(json.dumps(ANGULAR_JSON))
    change(workspace)
    root = make_workspace(tmp_path, NGMODULE_APP, angular=workspace)
    with pytest.raises(ConversionError) as err:
        project.load(root)
    d = err.value.diagnostic
    assert (d.code, d.message) == ("PWX402", message) and d.line > 0


def test_ngmodule_declarations_written_as_constants_spreads_and_files_read_on_demand(tmp_path):
    """declarations: COMPONENTS, [...PAGES, X], and a declared component in a file outside src (read when a
    name is resolved, while the NgModules are being read)."""
    files = {"src/app/x.component.ts": "import { Component } from '@angular/core';\n"
                                       "@Component({ selector: 'app-x', template: '' })\nexport class X {}\n",
             "libs/shared/y.component.ts": "import { Component } from '@angular/core';\n"
                                           "@Component({ selector: 'app-y', template: '' })\nexport class Y {}\n",
             "src/app/pages.ts": "import { X } from './x.component';\nexport const PAGES = [X];\n",
             "src/app/app.module.ts": "import { NgModule } from '@angular/core';\nimport { PAGES } from './pages';\n"
                                      "import { Y } from '../../libs/shared/y.component';\n"
                                      "const COMPONENTS = [...PAGES, Y];\n"
                                      "@NgModule({ declarations: COMPONENTS })\nexport class AppModule {}\n"}
    root = make_workspace(tmp_path, files, package={"name": "v", "dependencies": {"@angular/core": "^19.0.0"}})
    p = project.load(root)
    assert p.component_by_selector("app-x").standalone is False  # declared through PAGES
    assert not [d for d in p.diagnostics.items if d.code.startswith("PWX9")]
    assert p.component_by_selector("app-y").standalone is False  # read from libs/ when COMPONENTS was


def test_load_children_then_callback_naming_the_module_itself(tmp_path):
    """.then(m => HomeModule): the callback ignores m and names the (also statically imported) class."""
    files = dict(NGMODULE_APP)
    files["src/app/app-routing.module.ts"] = files["src/app/app-routing.module.ts"].replace(
        ".then(m => m.HomeModule)", ".then(m => HomeModule)")
    p = project.load(make_workspace(tmp_path, files))
    assert routes_of(p) == [("", None, "home", []), ("home", None, None, [("", "HomePage", None, [])])]
    assert not [d for d in p.diagnostics.items if d.severity == "error"]
