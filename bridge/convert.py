"""One conversion, start to finish: project → every output file in memory → atomic write.

The stages are independent (template, style, script, npm); this module only sequences them, decides
where each file goes, and links them together (require paths, usingComponents, app.json).
"""

from __future__ import annotations

import json
import posixpath
import re
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from bridge import assets, emit, icons, login, npm, packages, palette, project, routes
from bridge.config import Config
from bridge.config import load as load_config
from bridge.diagnostics import Diagnostics
from bridge.graph import closure
from bridge.project import Component, Project
from bridge.script import modules as script_modules
from bridge.script.transpile import transpile_module
from bridge.style import StyleCompiler
from bridge.template import TemplateContext, compile_component

BASE_LIBRARY = "3.3.4"
RUNTIME = "pwa2wx/runtime"
TAB_COLOR = "#666666"  # unselected tab text and icons (Ionic md's tab bar grey)
APP_CONFIG = "pwa2wx/app.config.js"
ICONS = "pwa2wx/icons"
GLYPHS = "pwa2wx/icons/glyphs.wxss"


@dataclass
class Result:
    out: Path
    pages: int
    components: int
    files: dict[str, bytes]
    diagnostics: Diagnostics
    seconds: float = 0.0
    sizes: dict[str, int] = field(default_factory=dict)  # package root ("" = main) -> bytes

    @property
    def size(self) -> int:
        return sum(len(b) for b in self.files.values())

    def summary(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "components": self.components,
            "errors": self.diagnostics.count("error"),
            "warnings": self.diagnostics.count("warning"),
            "infos": self.diagnostics.count("info"),
            "output_bytes": self.size,
            "main_package_bytes": self.sizes.get("", self.size),
            "seconds": round(self.seconds, 3),
        }


def convert(src: Path, out: Path, config_file: Path | None = None, project_name: str | None = None,
            write: bool = True) -> Result:
    """Convert the Angular project at ``src`` into a mini program at ``out``.

    Raises ConversionError for problems that stop everything (config, workspace, output folder);
    everything else is a diagnostic on the result.
    """
    started = time.perf_counter()
    emit.check_locations(src, out)
    config = load_config(src, config_file)
    proj = project.load(src, project_name)
    build = Build(proj, config, packages.Placement())
    files = build.run()
    placement = packages.split(proj, build.plan, files)
    if placement.pages:  # over 2 MB: build again with lazy groups in subpackages
        build = Build(proj, config, placement)
        files = build.run()
    result = Result(out, len(build.plan.pages), len(build.plan.components), files, build.diagnostics,
                    sizes=build.package_sizes(files))
    if write:
        emit.write(out, files)
    result.seconds = time.perf_counter() - started
    return result


class Build:
    """Holds the state of one conversion while the stages fill ``files``."""

    def __init__(self, proj: Project, config: Config, placement: packages.Placement):
        self.project = proj
        self.config = config
        self.placement = placement
        self.diagnostics = Diagnostics(list(proj.diagnostics.items))  # each build reports afresh
        self.files: dict[str, bytes] = {}
        self.plan = routes.plan(proj, self.diagnostics)
        placement.apply(self.plan)
        self.colors = palette.palette(proj)
        self.icons: dict[str, str] = {}  # Ionicons glyph name -> SVG text, for the ion-icons templates use
        self.pipe_modules: set[str] = set()  # modules of the app pipes templates use
        self.asset_roots: list[str] = []  # top folders of the app's assets: URLs under them are read locally
        self.jinja = jinja2.Environment(loader=jinja2.PackageLoader("bridge", "templates_out"),
                                        keep_trailing_newline=True, autoescape=False)
        self.jinja.filters["js"] = lambda v: json.dumps(v, ensure_ascii=False, sort_keys=False)

    def run(self) -> dict[str, bytes]:
        login.check(self.project, self.config, self.diagnostics)
        styles = StyleCompiler(self.project, self.config, self.diagnostics)
        try:
            for page in self.plan.pages:
                self.emit_view(page.component, page.path, "page", styles, page)
            for key, path in self.plan.components.items():
                self.emit_view(self.project.components[key], path, "component", styles, None)
            app_wxss = styles.app()
            if self.icons:  # ion-icon glyphs: app.wxss reaches every page and component
                self.put(GLYPHS, icons.glyph_styles(self.icons))
                app_wxss = f'@import "{GLYPHS}";\n' + app_wxss
            self.put("app.wxss", app_wxss)
            for rel_out, data in styles.assets().items():
                self.files[rel_out] = data
        finally:
            styles.close()
        self.emit_scripts()
        self.emit_assets()
        self.emit_adapters()
        self.emit_app()
        return dict(sorted(_prune_adapters(self.files).items()))

    def put(self, path: str, text: str) -> None:
        self.files[path] = text.encode("utf-8")

    # ---- pages and components --------------------------------------------------------------

    def emit_view(self, comp: Component, path: str, role: str, styles: StyleCompiler,
                  page: routes.Page | None) -> None:
        ctx = TemplateContext(project=self.project, role=role, diagnostics=self.diagnostics,
                              component_path=lambda c: "/" + self.plan.components[c.key], icon=self.icon)
        view = compile_component(comp, ctx)
        self.put(path + ".wxml", view.wxml)
        self.put(path + ".wxss", styles.component(comp, role))
        self.put(path + ".js", self.jinja.get_template("page.js.j2").render(
            source=comp.template.file if comp.template else comp.rel,
            runtime=script_modules.relative(path, f"{RUNTIME}/index.js"),
            kind=role, route=path, module=self.require_path(path, comp.rel),
            class_name=comp.name,
            render=view.render_js, handlers=view.handlers_js, hooks=json.dumps(view.hooks, sort_keys=True),
            pipes=[(name, self.require_path(path + ".js", rel), cls) for name, (rel, cls) in view.pipes.items()]))
        self.pipe_modules.update(rel for rel, _ in view.pipes.values())
        config: dict[str, Any] = {}
        if role == "component":
            config["component"] = True
            config["styleIsolation"] = "apply-shared"
        elif page is not None:
            config.update(self.page_window(page, view.title))
            if "pullDownRefresh" in view.hooks:
                config["enablePullDownRefresh"] = True
        config["usingComponents"] = dict(sorted(view.using_components.items()))
        self.put(path + ".json", json.dumps(config, indent=2, ensure_ascii=False) + "\n")

    def page_window(self, page: routes.Page, title: str | None) -> dict[str, str]:
        window = {"navigationBarTitleText": title or page.title or ""}
        if page.toolbar_color and page.toolbar_color in self.colors:
            base, contrast = self.colors[page.toolbar_color]
            window["navigationBarBackgroundColor"] = base
            window["navigationBarTextStyle"] = "white" if palette.is_dark(base) else "black"
        return window

    def icon(self, name: str) -> str | None:
        """The classes of an ion-icon glyph (its SVG read from node_modules on first use), None if unknown."""
        if name not in self.icons:
            svg = self.ionicon_svg(name)
            if svg is None:
                return None
            self.icons[name] = svg
        return icons.glyph_class(name)

    def ionicon_svg(self, name: str) -> str | None:
        """An Ionicons glyph from the project's node_modules (None without them or for an unknown name)."""
        if not icons.GLYPH_NAME.fullmatch(name):
            return None
        svg = self.project.root / "node_modules" / "ionicons" / "dist" / "svg" / f"{name}.svg"
        return svg.read_text(encoding="utf-8") if svg.is_file() else None

    # ---- scripts ---------------------------------------------------------------------------

    def emit_scripts(self) -> None:
        """Compile every project module reachable from the pages, components, bootstrap and guards."""
        packer = npm.Packer(self.project, self.diagnostics)
        roots = [c.rel for c in self.view_components()] + sorted(self.pipe_modules)
        if self.project.main in self.project.modules:
            roots.append(self.project.main)
        roots += [m for entry in self.plan.routes for refs in entry.guards.values() for m, _ in refs]
        done: set[str] = set()
        queue = sorted(set(roots))
        while queue:
            rel = queue.pop(0)
            if rel in done:
                continue
            done.add(rel)
            out_path = self.placement.module_output(rel)
            found: list[str] = []

            def resolve(spec: str, rel: str = rel, out_path: str = out_path, found: list[str] = found) -> str | None:
                target = script_modules.locate(self.project, rel, spec, packer.resolve)
                source = script_modules.project_source(self.project, target)
                if source is not None:  # a project module: it may live in a subpackage
                    found.append(source)
                    target = self.placement.module_output(source)
                return script_modules.relative(out_path, target) if target else target

            self.put(out_path, transpile_module(self.project, rel, resolve, self.diagnostics))
            queue.extend(sorted(set(found) - done))
        self.files.update(packer.files())

    def view_components(self) -> list[Component]:
        return [p.component for p in self.plan.pages] + \
            [self.project.components[k] for k in self.plan.components]

    # ---- assets, adapters, app files -------------------------------------------------------

    def emit_assets(self) -> None:
        chosen = assets.select(self.project, self.config.get("assets", "include"), self.diagnostics)
        for src, out in chosen.files:
            self.files[out] = (self.project.root / src).read_bytes()
        self.asset_roots = sorted({out.split("/", 1)[0] for _, out in self.project.assets if "/" in out})

    def emit_adapters(self) -> None:
        root = adapters_dir()
        backend = self.config.get("login", "backend")
        for file in sorted(root.rglob("*")):
            rel = file.relative_to(root).as_posix()
            if not file.is_file() or rel.startswith(".") or "/." in rel:
                continue
            if rel.startswith("login/") and not _login_file_needed(rel, backend):
                continue
            self.files[f"pwa2wx/{rel}"] = file.read_bytes()

    def emit_app(self) -> None:
        cfg, plan, proj = self.config, self.plan, self.project
        name = cfg.get("app", "name") or proj.name
        primary = self.colors["primary"][0]
        roots = self.placement.roots()
        app_json: dict[str, Any] = {
            "pages": [p.path for p in plan.pages if not any(p.path.startswith(r + "/") for r in roots)],
            "window": {
                "navigationBarBackgroundColor": "#ffffff",
                "navigationBarTextStyle": "black",
                "navigationBarTitleText": name,
                "backgroundColor": "#ffffff",
            },
            "style": "v2",
            "sitemapLocation": "sitemap.json",
        }
        if self.uses_location():
            app_json["requiredPrivateInfos"] = ["getLocation"]
            app_json["permission"] = {"scope.userLocation": {"desc": "Your location is used by this app's maps"}}
        if roots:
            app_json["subPackages"] = [
                {"root": r, "name": r.rsplit("/", 1)[-1],
                 "pages": [p.path.removeprefix(r + "/") for p in plan.pages if p.path.startswith(r + "/")]}
                for r in roots]
            self.diagnostics.add("PWX409", f"the main package would pass 2 MB: {', '.join(roots)} moved into "
                                 "subpackages", "angular.json")
        if plan.tabs:
            tab_list = []
            for i, tab in enumerate(plan.tabs):
                normal, selected = f"{ICONS}/tab-{i}.png", f"{ICONS}/tab-{i}-active.png"
                svg = self.ionicon_svg(tab.icon) if tab.icon else None
                self.files[normal], self.files[selected] = icons.tab_icons(svg, TAB_COLOR, primary)
                tab_list.append({"pagePath": tab.page, "text": tab.text or tab.page.rsplit("/", 1)[-1],
                                 "iconPath": normal, "selectedIconPath": selected})
            app_json["tabBar"] = {"color": TAB_COLOR, "selectedColor": primary, "backgroundColor": "#ffffff",
                                  "borderStyle": "black", "list": tab_list}
        self.put("app.json", json.dumps(app_json, indent=2, ensure_ascii=False) + "\n")
        self.put("sitemap.json", json.dumps({"rules": [{"action": "allow", "page": "*"}]}, indent=2) + "\n")
        self.put("project.config.json", json.dumps({
            "description": f"Generated by pwa2wx from {proj.name}",
            "appid": cfg.get("app", "appid"),
            "projectname": name,
            "compileType": "miniprogram",
            "libVersion": BASE_LIBRARY,
            "setting": {"es6": True, "enhance": True, "postcss": True, "minified": True, "urlCheck": True,
                        "ignoreDevUnusedFiles": False, "ignoreUploadUnusedFiles": False},
            "condition": {},
        }, indent=2, ensure_ascii=False) + "\n")
        self.put("app.js", self.jinja.get_template("app.js.j2").render())
        self.put(APP_CONFIG, self.jinja.get_template("app.config.js.j2").render(
            routes=[self.route_for_js(r) for r in plan.routes],
            pages=[{"path": p.path, "module": self.require_path(APP_CONFIG, p.component.rel),
                    "class_name": p.component.name, "package": self.placement.pages.get(p.component.key, "")}
                   for p in plan.pages],
            tabs=[t.page for t in plan.tabs],
            start=plan.pages[0].path if plan.pages else "",
            start_url=plan.start_url,
            api={"base": cfg.get("api", "base")},
            login={_camel(key): value for key, value in cfg.values["login"].items()},
            environment=proj.environment,
            assets=self.asset_roots,
            mode=cfg.get("style", "mode"),
            main=self.require_path(APP_CONFIG, proj.main) if proj.main in proj.modules else None,
        ))

    def uses_location(self) -> bool:
        """Whether the app's code asks for the position (WeChat wants getLocation declared in app.json)."""
        return any(path.endswith(".js") and not path.startswith(("pwa2wx/", "miniprogram_npm/"))
                   and (b"navigator.geolocation" in data or b"capacitor/geolocation.js" in data)
                   for path, data in self.files.items())

    def require_path(self, from_file: str, rel: str) -> str:
        """require() path from an output file to the compiled project module ``rel``."""
        return script_modules.relative(from_file, self.placement.module_output(rel))

    def route_for_js(self, entry: routes.RouteEntry) -> routes.RouteEntry:
        """The entry with guard modules as require paths from pwa2wx/app.config.js."""
        guards = {kind: [(self.require_path(APP_CONFIG, m), name) for m, name in refs]
                  for kind, refs in entry.guards.items()}
        return routes.RouteEntry(entry.path, entry.page, entry.redirect_to, entry.path_match, guards, entry.data,
                                 entry.title)

    def package_sizes(self, files: dict[str, bytes]) -> dict[str, int]:
        """Bytes per package root ('' = main)."""
        roots = self.placement.roots()
        sizes = {"": 0, **dict.fromkeys(roots, 0)}
        for path, data in files.items():
            sizes[next((r for r in roots if path.startswith(r + "/")), "")] += len(data)
        return sizes


def _camel(key: str) -> str:
    """pwa2wx.toml's snake_case keys as the runtime reads them (attach_token_to → attachTokenTo)."""
    head, *rest = key.split("_")
    return head + "".join(part.title() for part in rest)


def _login_file_needed(rel: str, backend: str) -> bool:
    name = posixpath.basename(rel).removesuffix(".js")
    return backend != "none" and (name == backend or name not in ("casdoor", "authing", "custom"))


_REQUIRE = re.compile(r"""\brequire\(\s*['"]([^'"]+)['"]\s*\)""")
_WXSS_IMPORT = re.compile(r"""@import\s+(?:url\()?["']([^"']+)["']""")
ADAPTER_FOLDERS = ("pwa2wx/runtime/", "pwa2wx/theme/", "pwa2wx/login/")


def _prune_adapters(files: dict[str, bytes]) -> dict[str, bytes]:
    """Ship only the runtime, theme and login files the app reaches (every byte counts against 2 MB).

    Reachability follows literal require() paths and WXSS @imports from everything that is not an
    adapter file (the app's pages, modules, app.js, app.wxss …).
    """
    graph: dict[str, list[str]] = {}
    for path, data in files.items():
        pattern = _REQUIRE if path.endswith(".js") else _WXSS_IMPORT if path.endswith(".wxss") else None
        if pattern is None:
            continue
        folder = posixpath.dirname(path)
        targets = []
        for spec in pattern.findall(data.decode("utf-8", "replace")):
            target = spec.lstrip("/") if spec.startswith("/") else posixpath.normpath(posixpath.join(folder, spec))
            targets.append(target if target.endswith((".js", ".wxss")) else target + posixpath.splitext(path)[1])
        graph[path] = targets
    reached = closure(graph, [f for f in files if not f.startswith(ADAPTER_FOLDERS)])
    return {f: b for f, b in files.items() if not f.startswith(ADAPTER_FOLDERS) or f in reached}


def adapters_dir() -> Path:
    """adapters/ from a source checkout, or its copy inside an installed wheel."""
    packaged = Path(str(resources.files("bridge"))) / "_adapters"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "adapters"

