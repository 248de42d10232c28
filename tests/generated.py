"""Random Angular workspaces of the shapes real apps take, and what must hold for every one of them: the
property tests (tests/test_properties.py) and their longer run (bench/properties.py).

A shape says how the app is written — file and folder naming (kebab, camelCase, PascalCase, flat), NgModule
or standalone bootstrap, route kinds (eager, loadComponent, loadChildren to a routes file or a feature
NgModule), a SharedModule declaring and exporting the child components, child selectors with or without a
dash, tsconfig baseUrl forms and path aliases, how a service is imported (relative, 'src/…', alias, barrel
index.ts), decorator or signal inputs and outputs, inline or external templates and styles, where rxjs
operators come from, whether node_modules is there and whether the install left a package out — and
``write`` turns it into files. Every page shows ``page <name>`` and the service's value, so a test can see that it ran.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

from tests.workspace import link_runtime_packages

WORDS = ("trail", "map", "note", "user", "order", "photo", "chart", "inbox")
NAMINGS = ("kebab", "camel", "pascal", "flat")
ROUTE_KINDS = ("eager", "load-component", "routes-file", "feature-module")
SERVICE_IMPORTS = ("relative", "src", "alias", "barrel")
BASE_URLS = ("./", ".", "src", None)


@dataclass(frozen=True)
class Page:
    words: tuple[str, ...]
    route: str  # ROUTE_KINDS
    child: int | None  # index of the child component it uses


@dataclass(frozen=True)
class Child:
    words: tuple[str, ...]
    signals: bool  # input()/output() rather than @Input/@Output
    dashless: bool  # selector: 'notelist' (Angular takes any element name), else 'app-note-list'

    @property
    def tag(self) -> str:
        return "".join(self.words) if self.dashless else "app-" + kebab(self.words)


@dataclass(frozen=True)
class Shape:
    naming: str
    ngmodule: bool  # platformBrowserDynamic().bootstrapModule(AppModule), else bootstrapApplication
    pages: tuple[Page, ...]
    children: tuple[Child, ...]
    base_url: str | None
    service_import: str
    inline_template: bool
    inline_style: bool
    operators_module: bool  # map from 'rxjs/operators' (else from 'rxjs')
    node_modules: bool
    left_out_package: bool  # the service imports a package the install left out (partial node_modules)


def _names(draw, count: int, taken: set[tuple[str, ...]]) -> list[tuple[str, ...]]:
    out = []
    while len(out) < count:
        words = tuple(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=2, unique=True)))
        if words not in taken:
            taken.add(words)
            out.append(words)
    return out


@st.composite
def shapes(draw) -> Shape:
    taken: set[tuple[str, ...]] = set()
    child_names = _names(draw, draw(st.integers(0, 2)), taken)
    children = tuple(Child(words, draw(st.booleans()), draw(st.booleans())) for words in child_names)
    ngmodule = draw(st.booleans())
    kinds = ("eager", "feature-module") if ngmodule else ("eager", "load-component", "routes-file")
    pages = tuple(Page(words, draw(st.sampled_from(kinds)),
                       draw(st.one_of(st.none(), st.integers(0, len(children) - 1))) if children else None)
                  for words in _names(draw, draw(st.integers(1, 3)), taken))
    base_url = draw(st.sampled_from(BASE_URLS))
    imports = [k for k in SERVICE_IMPORTS if not (k == "src" and base_url is None)]
    return Shape(naming=draw(st.sampled_from(NAMINGS)), ngmodule=ngmodule, pages=pages, children=children,
                 base_url=base_url, service_import=draw(st.sampled_from(imports)),
                 inline_template=draw(st.booleans()), inline_style=draw(st.booleans()),
                 operators_module=draw(st.booleans()), node_modules=draw(st.booleans()),
                 left_out_package=draw(st.booleans()))


# ---- names as each naming style writes them


def kebab(words: tuple[str, ...]) -> str:
    return "-".join(words)


def pascal(words: tuple[str, ...]) -> str:
    return "".join(w.title() for w in words)


def stem(shape: Shape, words: tuple[str, ...]) -> str:
    """File and folder stem: user-list, userList, UserList."""
    return {"kebab": kebab(words), "flat": kebab(words), "camel": pascal(words)[0].lower() + pascal(words)[1:],
            "pascal": pascal(words)}[shape.naming]


def folder(shape: Shape, words: tuple[str, ...], kind: str) -> str:
    """The folder of a page or component file (flat: everything in src/app)."""
    if shape.naming == "flat":
        return "src/app"
    return f"src/app/{kind}s/{stem(shape, words)}" if kind == "component" else f"src/app/{stem(shape, words)}"


def module_path(shape: Shape, words: tuple[str, ...], kind: str) -> str:
    return f"{folder(shape, words, kind)}/{stem(shape, words)}.{kind}"


def relative(from_file: str, to_file: str) -> str:
    from_parts, to_parts = from_file.split("/")[:-1], to_file.split("/")
    common = 0
    while common < min(len(from_parts), len(to_parts)) and from_parts[common] == to_parts[common]:
        common += 1
    up = [".."] * (len(from_parts) - common) or ["."]
    return "/".join(up + to_parts[common:])


# ---- files


def service_specifier(shape: Shape, from_file: str) -> str:
    service = "src/app/services/data.service"
    if shape.service_import == "relative":
        return relative(from_file, service)
    if shape.service_import == "barrel":
        return relative(from_file, "src/app/services/index")[:-len("/index")]
    if shape.service_import == "alias":
        return "@app/services/data.service"
    return service if shape.base_url in ("./", ".") else "app/services/data.service"  # "src": baseUrl src


def write(shape: Shape, root: Path) -> Path:
    """The workspace of ``shape`` under ``root`` (node_modules linked when the shape has them)."""
    files: dict[str, str] = {}
    operators = "rxjs/operators" if shape.operators_module else "rxjs"
    left_out = "import * as extra from 'left-out-lib';\n" if shape.left_out_package else ""
    files["src/app/services/data.service.ts"] = (
        f"import {{ Injectable }} from '@angular/core';\nimport {{ of }} from 'rxjs';\n{left_out}"
        f"import {{ map }} from '{operators}';\n"
        "@Injectable({ providedIn: 'root' })\nexport class DataService {\n  value = 'service-ok';\n"
        "  items$ = of([1, 2]).pipe(map((xs) => xs.map((x) => x * 2)));\n"
        + ("  later = () => extra.run();\n" if shape.left_out_package else "") + "}\n")
    files["src/app/services/index.ts"] = "export * from './data.service';\n"
    for child in shape.children:
        files.update(_child(shape, child))
    for page in shape.pages:
        files.update(_page(shape, page))
    files.update(_app(shape))
    compiler: dict = {}
    if shape.base_url is not None:
        compiler["baseUrl"] = shape.base_url
    if shape.service_import == "alias":
        prefix = {"./": "src/app/*", ".": "src/app/*", "src": "app/*", None: "./src/app/*"}[shape.base_url]
        compiler["paths"] = {"@app/*": [prefix]}
    files["tsconfig.json"] = json.dumps({"compilerOptions": compiler}, indent=2)
    files["src/global.scss"] = ".global-marker { color: #333; }\n"
    angular = {"version": 1, "projects": {"app": {"projectType": "application", "root": "", "sourceRoot": "src",
                                                   "architect": {"build": {"options": {
                                                       "browser": "src/main.ts", "tsConfig": "tsconfig.json",
                                                       "styles": ["src/global.scss"]}}}}}}
    files["angular.json"] = json.dumps(angular, indent=2)
    files["package.json"] = json.dumps({"name": "generated", "dependencies": {"@angular/core": "^17.3.0",
                                                                             "rxjs": "~7.8.0"}})
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if shape.node_modules:
        link_runtime_packages(root)
    return root


def _component_ts(shape: Shape, rel: str, decorator_lines: list[str], template: str, style: str,
                  body: str, imports: str) -> dict[str, str]:
    name = rel.rsplit("/", 1)[1]
    files: dict[str, str] = {}
    options = list(decorator_lines)
    if shape.inline_template:
        options.append("template: `" + template + "`")
    else:
        options.append(f"templateUrl: './{name}.html'")
        files[rel + ".html"] = template
    if shape.inline_style:
        options.append("styles: [`" + style + "`]")
    else:
        options.append(f"styleUrls: ['./{name}.scss']")
        files[rel + ".scss"] = style
    files[rel + ".ts"] = imports + "@Component({\n  " + ",\n  ".join(options) + "\n})\n" + body
    return files


def _child(shape: Shape, child: Child) -> dict[str, str]:
    rel = module_path(shape, child.words, "component")
    cls = pascal(child.words) + "Component"
    if child.signals:
        imports = "import { Component, input, output } from '@angular/core';\n"
        body = f"export class {cls} {{\n  label = input('');\n  picked = output<string>();\n}}\n"
        template = '<span class="child" (click)="picked.emit(label())">child {{ label() }}</span>'
    else:
        imports = "import { Component, EventEmitter, Input, Output } from '@angular/core';\n"
        body = (f"export class {cls} {{\n  @Input() label = '';\n"
                "  @Output() picked = new EventEmitter<string>();\n}\n")
        template = '<span class="child" (click)="picked.emit(label)">child {{ label }}</span>'
    decorator = [f"selector: '{child.tag}'", f"standalone: {'false' if shape.ngmodule else 'true'}"]
    return _component_ts(shape, rel, decorator, template, ".child { padding: 2px; }", body, imports)


def _page(shape: Shape, page: Page) -> dict[str, str]:
    rel = module_path(shape, page.words, "page")
    cls = pascal(page.words) + "Page"
    imports = ("import { Component } from '@angular/core';\n"
               f"import {{ DataService }} from '{service_specifier(shape, rel)}';\n")
    uses = ""
    decorator = [f"selector: 'app-{kebab(page.words)}-page'", f"standalone: {'false' if shape.ngmodule else 'true'}"]
    if page.child is not None:
        child = shape.children[page.child]
        child_rel = module_path(shape, child.words, "component")
        child_cls = pascal(child.words) + "Component"
        imports += f"import {{ {child_cls} }} from '{relative(rel, child_rel)}';\n"
        if not shape.ngmodule:
            decorator.append(f"imports: [{child_cls}]")
        uses = f'<{child.tag} [label]="title" (picked)="picked = $event"></{child.tag}>'
    template = (f'<ion-header><ion-toolbar><ion-title>{kebab(page.words)}</ion-title></ion-toolbar></ion-header>'
                f'<ion-content><p class="marker">page {kebab(page.words)}</p><p>{{{{ data.value }}}}</p>{uses}'
                '</ion-content>')
    body = (f"export class {cls} {{\n  title = '{kebab(page.words)}';\n  picked = '';\n"
            "  constructor(public data: DataService) {}\n}\n")
    files = _component_ts(shape, rel, decorator, template, ".marker { font-weight: bold; }", body, imports)
    base = rel.rsplit("/", 1)[0]
    name = rel.rsplit("/", 1)[1].removesuffix(".page")
    if page.route == "routes-file":
        files[f"{base}/{name}.routes.ts"] = (f"import {{ {cls} }} from './{name}.page';\n"
                                             f"export const ROUTES = [{{ path: '', component: {cls} }}];\n")
    if page.route == "feature-module":
        shared = f"import {{ SharedModule }} from '{relative(rel, SHARED_MODULE)}';\n" if shape.children else ""
        routing = f"RouterModule.forChild([{{ path: '', component: {cls} }}])" + (", SharedModule" if shared else "")
        files[f"{base}/{name}.module.ts"] = (
            "import { NgModule } from '@angular/core';\nimport { RouterModule } from '@angular/router';\n"
            f"import {{ {cls} }} from './{name}.page';\n{shared}"
            f"@NgModule({{ declarations: [{cls}],\n  imports: [{routing}] }})\nexport class {cls}Module {{}}\n")
    return files


SHARED_MODULE = "src/app/shared/shared.module"


def _shared(shape: Shape) -> dict[str, str]:
    """An NgModule app's SharedModule: it declares and exports the child components the pages use."""
    imports = "".join(f"import {{ {pascal(c.words)}Component }} from "
                      f"'{relative(SHARED_MODULE, module_path(shape, c.words, 'component'))}';\n"
                      for c in shape.children)
    names = ", ".join(f"{pascal(c.words)}Component" for c in shape.children)
    return {SHARED_MODULE + ".ts": "import { NgModule } from '@angular/core';\n" + imports +
            f"@NgModule({{ declarations: [{names}], exports: [{names}] }})\nexport class SharedModule {{}}\n"}


def _app(shape: Shape) -> dict[str, str]:
    routes, eager_imports, declared = [], [], []
    for page in shape.pages:
        rel = module_path(shape, page.words, "page")
        spec = relative("src/app/app.routes.ts", rel)
        cls = pascal(page.words) + "Page"
        path = kebab(page.words)
        base, name = rel.rsplit("/", 1)[0], rel.rsplit("/", 1)[1].removesuffix(".page")
        if page.route == "eager":
            eager_imports.append(f"import {{ {cls} }} from '{spec}';\n")
            routes.append(f"{{ path: '{path}', component: {cls} }}")
            if shape.ngmodule:
                declared.append((cls, spec))
        elif page.route == "load-component":
            routes.append(f"{{ path: '{path}', loadComponent: () => import('{spec}').then(m => m.{cls}) }}")
        elif page.route == "routes-file":
            target = relative("src/app/app.routes.ts", f"{base}/{name}.routes")
            routes.append(f"{{ path: '{path}', loadChildren: () => import('{target}').then(m => m.ROUTES) }}")
        else:
            target = relative("src/app/app.routes.ts", f"{base}/{name}.module")
            routes.append(f"{{ path: '{path}', loadChildren: () => import('{target}').then(m => m.{cls}Module) }}")
    first = kebab(shape.pages[0].words)
    routes.append(f"{{ path: '', redirectTo: '{first}', pathMatch: 'full' }}")
    files = {"src/app/app.routes.ts": "".join(eager_imports) + "export const routes = [\n  " +
             ",\n  ".join(routes) + "\n];\n",
             "src/app/app.component.ts": "import { Component } from '@angular/core';\n"
                                         "@Component({ selector: 'app-root', "
                                         f"standalone: {str(not shape.ngmodule).lower()}, "
                                         "template: '<ion-app><ion-router-outlet></ion-router-outlet></ion-app>' })\n"
                                         "export class AppComponent {}\n"}
    if shape.ngmodule:
        imports = "".join(f"import {{ {cls} }} from '{spec}';\n" for cls, spec in declared)
        names = ", ".join(["AppComponent", *(cls for cls, _ in declared)])
        shared = ""
        if shape.children:
            files.update(_shared(shape))
            imports += f"import {{ SharedModule }} from '{relative('src/app/app.module.ts', SHARED_MODULE)}';\n"
            shared = ", SharedModule"
        files["src/app/app.module.ts"] = (
            "import { NgModule } from '@angular/core';\nimport { RouterModule } from '@angular/router';\n"
            "import { AppComponent } from './app.component';\nimport { routes } from './app.routes';\n" + imports +
            f"@NgModule({{ declarations: [{names}], imports: [RouterModule.forRoot(routes){shared}],\n"
            "  bootstrap: [AppComponent] })\nexport class AppModule {}\n")
        files["src/main.ts"] = ("import { platformBrowserDynamic } from '@angular/platform-browser-dynamic';\n"
                                "import { AppModule } from './app/app.module';\n"
                                "platformBrowserDynamic().bootstrapModule(AppModule);\n")
    else:
        files["src/main.ts"] = ("import { bootstrapApplication } from '@angular/platform-browser';\n"
                                "import { provideRouter } from '@angular/router';\n"
                                "import { AppComponent } from './app/app.component';\n"
                                "import { routes } from './app/app.routes';\n"
                                "bootstrapApplication(AppComponent, { providers: [provideRouter(routes)] });\n")
    return files


def problems(shape: Shape, root: Path) -> list[str]:
    """What goes wrong converting the workspace of ``shape`` (written under ``root``): a raised exception or an
    internal error, an error diagnostic, a WXML/WXSS file wcc/wcsc reject, a page that does not open and show
    its text. Without node_modules the app cannot start (no rxjs): its pages are not opened."""
    from pwa2wx import preview
    from pwa2wx.build.convert import convert
    from pwa2wx.commands.check import check

    src, out = write(shape, root / "app"), root / "out"
    result = convert(src, out)
    found = [f"{d.location()}: {d.code}: {d.message}" for d in result.diagnostics.items
             if d.severity == "error" or d.code.startswith("PWX9")
             or (shape.node_modules and d.code == "PWX303" and "left-out-lib" not in d.message)]
    found += [f"check: {d.location()}: {d.message}" for d in check(out).diagnostics.items if d.severity == "error"]
    if not shape.node_modules:
        return found
    for page in shape.pages:
        name = kebab(page.words)
        shown = preview.run(out, "/" + name)
        expected = [f"page {name}", "service-ok"] + ([f"child {name}"] if page.child is not None else [])
        if any(text not in shown.text for text in expected) or shown.errors:
            found.append(f"/{name}: {shown.text!r} {shown.errors[:2]}")
    return found
