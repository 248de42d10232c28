"""Angular routes → pages, tab bar, route table and start page."""

from pwa2wx.diagnostics import Diagnostics
from pwa2wx.workspace import project, routes
from tests.workspace import STANDALONE_MAIN, make_workspace


def plan_for(root) -> tuple[routes.Plan, Diagnostics]:
    diags = Diagnostics()
    return routes.plan(project.load(root), diags), diags


def test_fixture_plan(trailbook):
    plan, diags = plan_for(trailbook)
    assert [(p.path, p.urls, p.title, p.toolbar_color) for p in plan.pages] == [
        ("pages/trails/trails", ["tabs/trails"], "Trails", "primary"),
        ("pages/trail-detail/trail-detail", ["tabs/trails/:trailId"], "Trail", "primary"),
        ("pages/notes/notes", ["tabs/notes"], "Notes", "primary"),
        ("pages/about/about", ["tabs/about"], "About Trailbook", "primary"),
    ]
    assert plan.components == {"src/app/trail-card/trail-card.component.ts#TrailCardComponent":
                               "components/trail-card/trail-card"}
    assert [(t.page, t.text, t.icon) for t in plan.tabs] == [
        ("pages/trails/trails", "Trails", "map"),
        ("pages/notes/notes", "Notes", "create"),
        ("pages/about/about", "About", "information-circle"),
    ]
    assert plan.start_url == "/tabs/trails"
    assert [(r.path, r.page, r.redirect_to, r.path_match) for r in plan.routes] == [
        ("tabs/trails", "pages/trails/trails", None, "prefix"),
        ("tabs/trails/:trailId", "pages/trail-detail/trail-detail", None, "prefix"),
        ("tabs/notes", "pages/notes/notes", None, "prefix"),
        ("tabs/about", "pages/about/about", None, "prefix"),
        ("tabs", None, "/tabs/trails", "full"),
        ("", None, "/tabs/trails", "full"),
    ]
    assert not diags.items


def page(name, template, selector=None):
    sel = selector or f"app-{name}"
    cls = name.title().replace("-", "") + "Page"
    return {
        f"src/app/{name}/{name}.page.ts": "import { Component } from '@angular/core';\n"
                                          f"@Component({{ selector: '{sel}', template: `{template}` }})\n"
                                          f"export class {cls} {{}}\n",
    }


def app_with(routes_ts: str, *pages: dict) -> dict:
    files = {"src/app/app.routes.ts": routes_ts,
             "src/main.ts": STANDALONE_MAIN,
             "src/app/app.component.ts": "import { Component } from '@angular/core';\n"
                                         "@Component({ selector: 'app-root', template: '<ion-app>"
                                         "<ion-router-outlet></ion-router-outlet></ion-app>' })\n"
                                         "export class AppComponent {}\n"}
    for p in pages:
        files.update(p)
    return files


def test_start_page_follows_relative_redirects_and_comes_first(tmp_path):
    files = app_with(
        "import { Routes } from '@angular/router';\n"
        "import { ListPage } from './list/list.page';\n"
        "import { HomePage } from './home/home.page';\n"
        "export const routes: Routes = [\n"
        "  { path: 'list/:id', component: ListPage },\n"
        "  { path: 'home', component: HomePage },\n"
        "  { path: '', redirectTo: 'home', pathMatch: 'full' },\n"
        "];\n",
        page("list", "<ion-title>{{ name }}</ion-title>"),
        page("home", "<ion-header><ion-toolbar color='dark'><ion-title> My  Home </ion-title></ion-toolbar>"
                     "</ion-header>"))
    plan, _ = plan_for(make_workspace(tmp_path, files))
    assert [p.path for p in plan.pages] == ["pages/home/home", "pages/list/list"]
    assert plan.start_url == "/home"
    home, lst = plan.pages
    assert (home.title, home.toolbar_color) == ("My Home", "dark")
    assert lst.title is None  # interpolated titles are set at run time


def test_route_paths_written_as_constants_are_their_strings(tmp_path):
    """rahul-kr01/mentoring-mobile-app names its paths in a class of static fields (`path: CommonRoutes.AUTH`,
    `` `${CommonRoutes.MENTOR}/:id` ``), which were read as '' (every route the app's guards navigated to failed)."""
    files = app_with(
        "import { Routes } from '@angular/router';\n"
        "import { CommonRoutes, Section, HOME } from './paths';\n"
        "import { ListPage } from './list/list.page';\n"
        "import { HomePage } from './home/home.page';\n"
        "const PAGES = { LIST: 'list' };\n"
        "export const routes: Routes = [\n"
        "  { path: CommonRoutes.AUTH + '/' + HOME, component: HomePage },\n"
        "  { path: `${Section.Items}/${PAGES.LIST}/:id`, component: ListPage },\n"
        "  { path: '', redirectTo: `${CommonRoutes.AUTH}/${HOME}`, pathMatch: 'full' },\n"
        "  { path: pathOf('x'), component: HomePage },\n"
        "];\n",
        {"src/app/paths.ts": "export class CommonRoutes { public static AUTH = 'auth'; static other() {} }\n"
                             "export enum Section { Items = 'items' }\nexport const HOME = 'home';\n"},
        page("list", "<p>list</p>"), page("home", "<p>home</p>"))
    plan, diags = plan_for(make_workspace(tmp_path, files))
    assert [r.path for r in plan.routes if r.page] == ["auth/home", "items/list/:id", ""]
    assert plan.start_url == "/auth/home"
    assert [(d.code, d.line, d.message) for d in project.load(tmp_path).diagnostics.items] == [
        ("PWX406", 10, "route path not understood: read as ''")]


def test_components_used_as_elements_are_not_pages(tmp_path):
    files = app_with(
        "import { HomePage } from './home/home.page';\n"
        "export const routes = [{ path: '', component: HomePage }];\n",
        page("home", "<app-badge></app-badge><app-badge/>"),
        page("badge", "<span>b</span>", selector="app-badge"),
        page("modal", "<p>opened with ModalController</p>"))
    opens = "{ open(modals) { return modals.create({ component: ModalPage }); } }"  # as a ModalController opens it
    files["src/app/home/home.page.ts"] = ("import { BadgePage } from '../badge/badge.page';\n"  # as Angular needs
                                          "import { ModalPage } from '../modal/modal.page';\n"
                                          + files["src/app/home/home.page.ts"].replace("{}", opens))
    files.update(page("unused", "<p>declared, never shown</p>"))
    files.update(page("base", ""))  # a base class of components: extending it or typing with it shows nothing
    files.update(page("listed", "<p>declared through a list</p>"))  # a module's own list of what it declares
    files["src/app/app.module.ts"] = ("import { NgModule } from '@angular/core';\n"
                                      "import { UnusedPage } from './unused/unused.page';\n"
                                      "import { BasePage } from './base/base.page';\n"
                                      "import { ListedPage } from './listed/listed.page';\n"
                                      "export const SHARED = [ListedPage, /* and */ UnusedPage];\n"
                                      "@NgModule({ declarations: [...SHARED], exports: [UnusedPage] })\n"
                                      "export class SharedModule {}\n"
                                      "export class Card extends BasePage { other?: BasePage; }\n")
    files["src/main.ts"] += "import './app/app.module';\n"
    plan, found = plan_for(make_workspace(tmp_path, files))
    assert [p.path for p in plan.pages] == ["pages/home/home", "pages/modal/modal"]
    assert list(plan.components.values()) == ["components/badge/badge"]
    assert [d.message for d in found.items if d.code == "PWX420"] == [
        "3 components no route, template or code shows are left out: BasePage, ListedPage, UnusedPage"]


def test_name_collisions_get_the_class_name(tmp_path):
    files = app_with(
        "import { HomePage } from './a/home.page';\nimport { HomePage as B } from './b/home.page';\n"
        "export const routes = [{ path: 'a', component: HomePage }, { path: 'b', component: B }];\n",
        {"src/app/a/home.page.ts": "import { Component } from '@angular/core';\n"
                                   "@Component({ selector: 'a-home', template: 'a' })\nexport class HomePage {}\n",
         "src/app/b/home.page.ts": "import { Component } from '@angular/core';\n"
                                   "@Component({ selector: 'b-home', template: 'b' })\nexport class HomePage {}\n"})
    plan, _ = plan_for(make_workspace(tmp_path, files))
    assert [p.path for p in plan.pages] == ["pages/home/home", "pages/home-home-page/home-home-page"]


def test_more_than_five_tabs_are_cut_with_a_warning(tmp_path):
    names = ["t1", "t2", "t3", "t4", "t5", "t6"]
    buttons = "".join(f"<ion-tab-button tab='{n}'><ion-label>{n.upper()}</ion-label></ion-tab-button>" for n in names)
    imports = "".join(f"import {{ {n.title()}Page }} from './{n}/{n}.page';\n" for n in names)
    children = ", ".join(f"{{ path: '{n}', component: {n.title()}Page }}" for n in names)
    files = app_with(
        "import { TabsPage } from './tabs/tabs.page';\n" + imports +
        f"export const routes = [{{ path: 'tabs', component: TabsPage, children: [{children}] }}];\n",
        page("tabs", f"<ion-tabs><ion-tab-bar>{buttons}</ion-tab-bar></ion-tabs>"),
        *[page(n, n) for n in names])
    plan, diags = plan_for(make_workspace(tmp_path, files))
    assert [t.text for t in plan.tabs] == ["T1", "T2", "T3", "T4", "T5"]
    assert "pages/tabs/tabs" not in [p.path for p in plan.pages]  # the ion-tabs shell is not a page
    assert [d.code for d in diags.items] == ["PWX407"]


def test_a_tab_button_without_tab_or_href_is_reported_as_such(tmp_path):
    """salmanbhatti52/uae360 navigates in its tab buttons' (click) handlers: the warning said tab 'None'."""
    files = app_with(
        "import { TabsPage } from './tabs/tabs.page';\nimport { T1Page } from './t1/t1.page';\n"
        "import { T2Page } from './t2/t2.page';\n"
        "export const routes = [{ path: 'tabs', component: TabsPage, children: [{ path: 't1', component: T1Page },\n"
        "  { path: 't2', component: T2Page }] }];\n",
        page("tabs", "<ion-tabs><ion-tab-bar><ion-tab-button tab='t1'>T1</ion-tab-button>"
                     "<ion-tab-button tab='t2'>T2</ion-tab-button>"
                     "<ion-tab-button (click)='home()'>Home</ion-tab-button></ion-tab-bar></ion-tabs>"),
        page("t1", "t1"), page("t2", "t2"))
    plan, diags = plan_for(make_workspace(tmp_path, files))
    assert [t.text for t in plan.tabs] == ["T1", "T2"]
    assert [(d.code, d.message) for d in diags.items] == [
        ("PWX406", "ion-tab-button without tab, href or routerLink: not in the tab bar")]


def shell_app(root_template: str) -> dict:
    files = app_with("import { HomePage } from './home/home.page';\n"
                     "export const routes = [{ path: '', component: HomePage }];\n", page("home", "<p>home</p>"))
    files["src/app/app.component.ts"] = ("import { Component } from '@angular/core';\n"
                                         f"@Component({{ selector: 'app-root', template: `{root_template}` }})\n"
                                         "export class AppComponent {}\n")
    return files


def test_a_root_side_menu_becomes_the_shell_of_every_page(tmp_path):
    plan, diags = plan_for(make_workspace(tmp_path / "menu", shell_app(
        "<ion-app><ion-split-pane><ion-menu><ion-list></ion-list></ion-menu><ion-router-outlet></ion-router-outlet>"
        "</ion-split-pane></ion-app>")))
    assert plan.shell == "components/app-shell/app-shell" and not diags.items
    plan, diags = plan_for(make_workspace(tmp_path / "plain", shell_app(
        "<ion-app><ion-router-outlet></ion-router-outlet></ion-app>")))
    assert plan.shell is None and not diags.items


def test_other_root_content_is_reported(tmp_path):
    plan, diags = plan_for(make_workspace(tmp_path, shell_app(
        "<ion-app><ion-footer>v1.0</ion-footer><ion-router-outlet></ion-router-outlet></ion-app>")))
    assert plan.shell is None
    [d] = diags.items
    assert d.code == "PWX411" and "<ion-footer>" in d.message and d.file == "src/app/app.component.ts"


def test_route_data_is_inherited_as_angular_does_it(tmp_path):
    """A componentless parent's data reaches its children; a '' child takes its parent's."""
    files = app_with(
        "import { HomePage } from './home/home.page';\nimport { ListPage } from './list/list.page';\n"
        "const guard = () => true;\n"
        "export const routes = [{ path: 'home', canActivate: [guard], data: { open: true }, children: [\n"
        "  { path: '', component: HomePage },\n"
        "  { path: 'list', component: ListPage, data: { kind: 'list' }, children: [\n"
        "    { path: '', component: HomePage }, { path: 'x', component: HomePage }] }] }];\n",
        page("home", "<p>h</p>"), page("list", "<p>l</p>"))
    plan, _ = plan_for(make_workspace(tmp_path, files))
    data = {(entry.path, entry.page): entry.data for entry in plan.routes}
    assert ("home", None) not in data  # the guard runs from its children's entries
    assert data[("home", "pages/home/home")] == {"open": True}
    assert data[("home/list", "pages/list/list")] == {"open": True, "kind": "list"}
    assert data[("home/list/x", "pages/home/home")] == {}
    # each entry names the routes above it: the levels of Angular's ActivatedRoute tree (route.parent)
    parents = {(entry.path, entry.page): entry.parents for entry in plan.routes}
    assert parents[("home", "pages/home/home")] == ["home"]
    assert parents[("home/list", "pages/list/list")] == ["home"]
    assert parents[("home/list/x", "pages/home/home")] == ["home", "home/list"]


def test_a_parents_guards_reach_its_children_and_not_its_siblings(tmp_path):
    """ofc-service: `{ path: '', canActivateChild: [NicknameGuard], children }` beside `{ path: 'login' }`, the
    guard sending to login: on login too it would redirect to login forever."""
    files = app_with(
        "import { HomePage } from './home/home.page';\nimport { LoginPage } from './login/login.page';\n"
        "const nickname = () => true;\nconst open = () => true;\nconst leave = () => true;\n"
        "export const routes = [\n"
        "  { path: '', canActivateChild: [nickname], canActivate: [open], canDeactivate: [leave], children: [\n"
        "    { path: 'lobby', component: HomePage }] },\n"
        "  { path: 'login', component: LoginPage }];\n",
        page("home", "<p>h</p>"), page("login", "<p>l</p>"))
    plan, _ = plan_for(make_workspace(tmp_path, files))
    guards = {entry.path: {kind: [name for _, name in refs] for kind, refs in entry.guards.items()}
              for entry in plan.routes}
    assert guards == {"lobby": {"canActivateChild": ["nickname"], "canActivate": ["open"]}, "login": {}}


def test_a_lazy_route_whose_then_callback_is_in_parentheses(tmp_path):
    """greed: `loadComponent: () => import('./x').then((m => m.X))` names the export as well."""
    files = app_with("export const routes = [{ path: 'home', loadComponent: () => import('./home/home.page')"
                     ".then((m => m.HomePage)) }];\n", page("home", "<p>h</p>"))
    plan, diags = plan_for(make_workspace(tmp_path, files))
    assert [p.path for p in plan.pages] == ["pages/home/home"] and diags.items == []


def test_a_guard_that_is_a_packages_class_is_reported_not_dropped_silently(tmp_path):
    """MatiasQuaroni/DACS guards its pages with @angular/fire's AngularFireAuthGuard: the route table had no guard and
    nothing said so (the pages open without signing in)."""
    files = app_with(
        "import { HomePage } from './home/home.page';\n"
        "import { AngularFireAuthGuard } from '@angular/fire/compat/auth-guard';\nconst open = () => true;\n"
        "export const routes = [{ path: 'home', component: HomePage, canActivate: [AngularFireAuthGuard, open] }];\n",
        page("home", "<p>h</p>"))
    plan, diags = plan_for(make_workspace(tmp_path, files))
    assert [[name for _, name in entry.guards["canActivate"]] for entry in plan.routes] == [["open"]]
    [warning] = [d for d in diags.items if d.code == "PWX432"]
    assert "AngularFireAuthGuard (canActivate of 'home')" in warning.message and warning.file.endswith("app.routes.ts")
    assert "inject(AngularFireAuthGuard).canActivate(route, state)" in warning.hint


def test_a_tabs_page_whose_ion_tabs_is_a_child_components_is_a_tabs_shell(tmp_path):
    """MatiasQuaroni/DACS: TabsPage's template is `<tabs></tabs>`, a component holding <ion-tabs>. The page was a page
    of its own (its start page, blank) and the app had no tab bar."""
    files = app_with(
        "import { TabsPage } from './tabs/tabs.page';\nimport { APage } from './a/a.page';\n"
        "import { BPage } from './b/b.page';\n"
        "export const routes = [{ path: '', redirectTo: 'tabs/a', pathMatch: 'full' },\n"
        "  { path: 'tabs', component: TabsPage, children: [{ path: 'a', component: APage },\n"
        "    { path: 'b', component: BPage }, { path: '', redirectTo: 'a', pathMatch: 'full' }] }];\n",
        {"src/app/tabs/tabs.page.ts": "import { Component } from '@angular/core';\n"
                                      "import { TabHolderPage } from '../tab-holder/tab-holder.page';\n"
                                      "@Component({ selector: 'app-tabs', standalone: true, imports: [TabHolderPage], "
                                      "template: '<app-tab-holder></app-tab-holder>' })\nexport class TabsPage {}\n"},
        page("tab-holder", "<ion-tabs><ion-tab-bar slot='bottom'><ion-tab-button tab='a'><ion-label>A</ion-label>"
             "</ion-tab-button><ion-tab-button tab='b'><ion-label>B</ion-label></ion-tab-button></ion-tab-bar>"
             "</ion-tabs>"),
        page("a", "<p>a</p>"), page("b", "<p>b</p>"))
    plan, diags = plan_for(make_workspace(tmp_path, files))
    assert [t.text for t in plan.tabs] == ["A", "B"]
    assert "pages/tabs/tabs" not in [p.path for p in plan.pages]
    assert plan.pages[0].path == "pages/a/a"
    assert [d.code for d in diags.items if d.severity != "info"] == []


def test_a_page_drawing_a_tab_bar_component_without_child_routes_stays_a_page(tmp_path):
    """Damian1007/appGanadera draws its own <app-tabs> (an <ion-tabs> inside) at the foot of ten pages that have no
    child routes: they are pages, not tabs shells (they were left out)."""
    files = app_with(
        "import { FincaPage } from './finca/finca.page';\n"
        "export const routes = [{ path: 'finca', component: FincaPage }];\n",
        {"src/app/finca/finca.page.ts": "import { Component } from '@angular/core';\n"
                                        "import { TabHolderPage } from '../tab-holder/tab-holder.page';\n"
                                        "@Component({ selector: 'app-finca', standalone: true, "
                                        "imports: [TabHolderPage], "
                                        "template: '<p>finca</p><app-tab-holder></app-tab-holder>' })\n"
                                        "export class FincaPage {}\n"},
        page("tab-holder", "<ion-tabs><ion-tab-bar slot='bottom'><ion-tab-button tab='a'>A</ion-tab-button>"
             "</ion-tab-bar></ion-tabs>"))
    plan, _ = plan_for(make_workspace(tmp_path, files))
    assert [p.path for p in plan.pages] == ["pages/finca/finca"]


def test_a_route_an_earlier_one_of_its_path_always_takes_is_no_page(tmp_path):
    """sivakumar-vrna/ecommerce-Ui-master's author module imports its routing module (`path: ''` → its details) and
    then the books module, whose own `RouterModule.forChild([{ path: '', component: AuthorBooksComponent }])` Angular
    never reaches: it was a page, opened without the input its parent gives it. It is left out and reported."""
    files = app_with(
        "import { Routes } from '@angular/router';\n"
        "export const routes: Routes = [\n"
        "  { path: 'author', loadChildren: () => import('./author.module').then(m => m.AuthorModule) },\n"
        "];\n",
        {"src/app/author.module.ts":
         "import { NgModule } from '@angular/core';\nimport { RouterModule } from '@angular/router';\n"
         "import { DetailsPage } from './details/details.page';\nimport { BooksModule } from './books.module';\n"
         "@NgModule({ imports: [RouterModule.forChild([{ path: '', component: DetailsPage }]), BooksModule] })\n"
         "export class AuthorModule {}\n",
         "src/app/books.module.ts":
         "import { NgModule } from '@angular/core';\nimport { RouterModule } from '@angular/router';\n"
         "import { BooksPage } from './books/books.page';\n"
         "@NgModule({ imports: [RouterModule.forChild([{ path: '', component: BooksPage }, "
         "{ path: 'all', component: BooksPage }])] })\n"
         "export class BooksModule {}\n"},
        page("details", "<p>details</p>"), page("books", "<p>books</p>"))
    plan, _ = plan_for(make_workspace(tmp_path, files))
    assert [(r.path, r.page) for r in plan.routes if r.page] == [("author", "pages/details/details"),
                                                                ("author/all", "pages/books/books")]
    assert [(d.code, d.file, d.message) for d in project.load(tmp_path).diagnostics.items] == [
        ("PWX406", "src/app/books.module.ts", "route '' (BooksPage) is never reached: an earlier route of that path "
                                              "(DetailsPage) comes first")]
