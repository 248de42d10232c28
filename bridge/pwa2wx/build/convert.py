"""One conversion, start to finish: project → every output file in memory → atomic write.

The stages are independent (template, style, script, npm); this module only sequences them, decides
where each file goes, and links them together (require paths, usingComponents, app.json).
"""

from __future__ import annotations

import dataclasses
import re
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from pwa2wx.assets import icons, media, selection
from pwa2wx.build.cache import BuildCache, Unit
from pwa2wx.build.progress import Progress
from pwa2wx.build.scripts import ScriptStage
from pwa2wx.build.units import BuildOptions, Runner
from pwa2wx.build.views import View, ViewStage, text_key
from pwa2wx.diagnostics import Diagnostic, Diagnostics, counted, faults
from pwa2wx.output import adapters, appfiles, emit, packages, shared_styles, tabbar, webview_page
from pwa2wx.output.layout import (
    APP_CONFIG,
    GLYPHS,
    NPM,
    OWN,
    PWA_FOLDER,
    PWA_SCRIPT,
)
from pwa2wx.script import modules as script_modules
from pwa2wx.style import StyleCompiler, unused
from pwa2wx.workspace import login, palette, project, routes, webview
from pwa2wx.workspace.config import Config
from pwa2wx.workspace.config import load as load_config
from pwa2wx.workspace.model import Project

_STATIC_URL = re.compile(r'\b(src|poster)="/([^"{}?#]+)"')  # a package file a view names as it is


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
            write: bool = True, *, jobs: int = 1, progress: Progress | None = None) -> Result:
    """Convert the Angular project at ``src`` into a mini program at ``out``.

    Raises ConversionError for problems that stop everything (config, workspace, output folder);
    everything else is a diagnostic on the result. ``jobs`` > 1 compiles templates and modules over that
    many processes; ``progress`` is told how far each stage is.
    """
    started = time.perf_counter()
    with faults.doing("checking the output folder"):
        emit.check_locations(src, out)
    with faults.doing("reading pwa2wx.toml"):
        config = load_config(src, config_file)
    with faults.doing("reading the Angular workspace"):
        proj = project.load(src, project_name)
    with faults.doing("planning pages and routes"):
        planned = plan_project(proj)
    result = build(proj, config, out, BuildCache(), planned, jobs=jobs, progress=progress)
    if write:
        with faults.doing("writing the output folder"):
            emit.write(out, result.files)
    result.seconds = time.perf_counter() - started
    return result


@dataclass
class ProjectPlan:
    """The route plan of a project before placement, and what planning reported."""

    plan: routes.Plan
    diagnostics: list[Diagnostic]


def plan_project(proj: Project) -> ProjectPlan:
    """Plan pages, components and routes (it reads every template: redo it when one changes)."""
    found = Diagnostics()
    return ProjectPlan(routes.plan(proj, found), found.items)


def build(proj: Project, config: Config, out: Path, cache: BuildCache, planned: ProjectPlan, *, jobs: int = 1,
          progress: Progress | None = None, disk_generation: int = 0) -> Result:
    """Every output file, in memory; with subpackages when the main package would pass 2 MB.

    ``cache`` serves the units whose inputs did not change since an earlier build (watch mode), and the
    second pass here; ``disk_generation`` changes whenever a file the style stage may read (a stylesheet,
    an asset) changed on disk.
    """
    options = BuildOptions(cache, jobs, progress, disk_generation)
    first = current = Build(proj, config, packages.Placement(), planned, options)
    first_files = files = current.run()
    if config.get("assets", "base_url") and current.package_sizes(files)[""] > packages.MAIN_PACKAGE_LIMIT:
        # over 2 MB with a place to load assets from: every asset loads from there before any code moves
        first = current = Build(proj, config, packages.Placement(remote_assets=True), planned, options)
        first_files = files = current.run()
    limit = packages.MAIN_PACKAGE_LIMIT

    def split(limit: int) -> packages.Placement:
        placed = packages.split(proj, first.plan, first_files, limit)
        return dataclasses.replace(placed, remote_assets=first.placement.remote_assets)

    placement = split(limit)
    while placement.pages:  # over 2 MB: build again with lazy groups in subpackages
        current = Build(proj, config, placement, planned, options)
        files = current.run()
        over = current.package_sizes(files)[""] - packages.MAIN_PACKAGE_LIMIT
        if over <= 0 or over >= limit:
            break
        limit -= over  # the moved pages' entries in app.json and app.config.js grew the main package: aim lower
        wider = split(limit)
        if wider.pages.keys() == placement.pages.keys():
            break  # nothing more can move
        placement = wider
    app_code = [current.placement.module_output(rel) for rel in proj.modules] + current.scripts.polyfills
    late = packages.late_code(files, current.placement.roots(), app_code)
    if late:  # still over: the largest npm packages and app modules go into subpackages without pages
        current = Build(proj, config, dataclasses.replace(current.placement, late=late), planned, options)
        files = current.run()
    current.scripts.verify(files)
    cache.sweep()
    return Result(out, len(current.plan.pages), len(current.plan.components), files, current.diagnostics,
                  sizes=current.package_sizes(files))


class Build:
    """Holds the state of one conversion while the stages fill ``files``."""

    def __init__(self, proj: Project, config: Config, placement: packages.Placement, planned: ProjectPlan,
                 options: BuildOptions):
        self.project = proj
        self.config = config
        self.placement = placement
        self.options = options
        self.cache = options.cache
        self.diagnostics = Diagnostics(list(proj.diagnostics.items) + planned.diagnostics)  # each build reports afresh
        self.files: dict[str, bytes] = {}
        self.plan = _placed(planned.plan, placement)
        webview.mark(self.plan, config, self.diagnostics)
        self.native = [p for p in self.plan.pages if not p.webview]  # the pages converted, not shown as the PWA
        # every page shows the deployed PWA ([webview] mode = "all"): none of the app's code ships
        self.pwa_only = bool(self.plan.pages) and not self.native
        self.colors = palette.palette(proj)
        self.pipe_modules: set[str] = set()  # modules of the app pipes templates use
        # the ids templates give elements, and their tags (document.getElementById finds them)
        self.element_ids: dict[str, str] = {}
        self.asset_roots: list[str] = []  # top folders and files of the app's assets: their URLs read locally
        self.remote_assets: dict[str, str] = {}  # output path of an asset served from [assets] base_url -> its URL
        self.runner = Runner(options, self.diagnostics)
        self.scripts = ScriptStage(proj, placement, self.runner)
        self.views = ViewStage(proj, self.plan, placement, self.runner, self.colors,
                               config.get("style", "navigation"), fallback=config.get("webview", "fallback"))

    def run(self) -> dict[str, bytes]:
        self.diagnostics.extend(self.cache.derived(_login_findings, self.project, self.config))
        views = [View(p.component, "page", p.path, p) for p in self.native] + \
            [View(self.project.components[key], "component", path, None) for key, path in self.plan.components.items()]
        if self.plan.shell and self.project.root_component is not None:
            views.append(View(self.project.root_component, "component", self.plan.shell, None))
        with faults.doing("compiling templates"):
            compiled = self.views.compile(views)
        self.pipe_modules.update(rel for view in compiled for rel, _ in view.pipes.values())
        self.element_ids = dict(sorted(item for view in compiled for item in view.ids.items()))
        with faults.doing("compiling TypeScript modules and npm packages"):
            self.scripts.run(self.script_roots() if not self.pwa_only else [], scripts=not self.pwa_only)
            self.files.update(self.scripts.files)
            self.scripts.start_checks()  # runs in the background with --jobs, while the styles and the rest are done
        with faults.doing("compiling stylesheets"):
            styles = self.compile_styles(views)
        with faults.doing("writing pages and components"):
            native_keys = {p.component.key for p in self.native}
            wxss = styles.value["views"]
            for view, template in zip(views, compiled, strict=True):
                self.views.emit(view, template, wxss[view.component.key, view.role], self.scripts.failed)
            for page in self.plan.pages:
                if page.webview and page.component.key not in native_keys:
                    self.views.emit_webview(page)
            self.files.update(self.views.files)
        with faults.doing("writing icons, assets and the app's files"):
            app_wxss = styles.value["app"]
            if self.views.icons:  # ion-icon glyphs: app.wxss reaches every page and component
                self.put(GLYPHS, self.runner.contain(lambda: icons.glyph_styles(self.views.icons), str, "PWX908",
                                                     "drawing the ion-icon glyphs", "node_modules/ionicons"))
                app_wxss = f'@import "{GLYPHS}";\n' + app_wxss
            self.put("app.wxss", app_wxss)
            self.emit_assets()
            self.point_at_remote_assets()
            self.files.update(adapters.files(self.config.get("login", "backend")))
            self.emit_app()
            self.prune_global_styles()
            files = adapters.prune(self.files)
            media.check_total(files, self.config.get("assets", "compress"), self.diagnostics)
        with faults.doing("writing once the leading rules several stylesheets share"):
            files = shared_styles.hoist(files, self.placement.roots())
        if self.placement.roots():
            with faults.doing("moving npm files into the subpackages that alone use them"):
                files, rewritten = packages.move_npm(files, self.placement.roots())
                self.options.relocated.update(rewritten)
        if self.placement.late:
            with faults.doing("moving code into subpackages without pages"):
                files, rewritten = packages.defer_late(files, self.placement.late)
                relocated = self.options.relocated  # moved first: the verdict is still the first text's
                relocated.update({new: relocated.get(old, old) for new, old in rewritten.items()})
        return dict(sorted(files.items()))

    def put(self, path: str, text: str) -> None:
        self.files[path] = text.encode("utf-8")

    # ---- pages and components --------------------------------------------------------------

    def compile_styles(self, views: list[View]) -> Unit:
        """The style stage, as one unit: stylesheets share state (Dart Sass, global variables)."""
        key = ("styles", self.project.root, self.project.source_root, tuple(self.project.global_styles),
               tuple(self.project.assets), self.project.has_node_modules, tuple(self.project.style_include_paths),
               self.project.dependencies, self.config.get("style", "mode"),
               self.config.get("style", "px_to_rpx"), self.options.disk_generation,
               tuple((v.component.key, v.role, tuple(text_key(s) for s in v.component.styles)) for v in views))
        unit = self.cache.lookup(key, {})
        if unit is None:
            found = Diagnostics()
            styles = StyleCompiler(self.project, self.config, found)
            try:
                wxss = {}
                for done, view in enumerate(views, 1):
                    comp = view.component
                    wxss[comp.key, view.role] = faults.contain(
                        partial(styles.component, comp, view.role), str, found.items, "PWX904",
                        f"compiling the styles of {comp.name}", comp.styles[0].file if comp.styles else comp.rel)
                    self.runner.tell("styles", done, len(views))
                app = faults.contain(styles.app, str, found.items, "PWX904", "compiling the global styles",
                                     self.project.global_styles[0] if self.project.global_styles else "angular.json")
                unit = Unit({"views": wxss, "app": app}, found.items)
            finally:
                styles.close()
            self.cache.store(key, unit)
        self.diagnostics.extend(unit.diagnostics)
        return unit

    # ---- scripts ---------------------------------------------------------------------------

    def script_roots(self) -> list[str]:
        """The modules every other one is reached from: the views' classes and their ancestors', the lazily loaded
        NgModules above them, the pipes templates use, the bootstrap module and the route guards."""
        roots = [p.component.rel for p in self.native] + \
            [self.project.components[k].rel for k in self.plan.components] + sorted(self.pipe_modules)
        roots += [a.rel for p in self.native for a in p.ancestors]
        roots += [rel for p in self.native for rel, _ in p.modules]
        if (main := self.main()) is not None:
            roots.append(main)
        roots += [m for entry in self.plan.routes for refs in entry.guards.values() for m, _ in refs]
        return roots

    # ---- assets, adapters, app files -------------------------------------------------------

    def emit_assets(self) -> None:
        package_code = (data.decode("utf-8", "replace") for out, data in self.files.items()
                        if out.startswith(NPM) and out.endswith(".js"))
        chosen = selection.select(self.project, self.config.get("assets", "include"), self.diagnostics, package_code)
        base_url = self.config.get("assets", "base_url")
        chosen = selection.served_remotely(self.project, chosen, base_url, self.diagnostics,
                                           every=self.placement.remote_assets)
        self.remote_assets = {out: f"{base_url.rstrip('/')}/{out}"
                              for _, out in chosen.remote}
        copied: dict[str, bytes] = {}
        for src, out in chosen.files:
            data = self.runner.contain((self.project.root / src).read_bytes, lambda: None, "PWX908",
                                       "copying the asset", src)
            if data is not None:
                copied[out] = data
        if self.config.get("assets", "compress"):
            sources = {out: src for src, out in chosen.files}
            copied = media.compress(copied, lambda out, data: self.runner.contain(
                lambda: self.runner.memo(media.recompressed, data), lambda: data, "PWX908",
                "re-encoding the image for [assets] compress (it ships unchanged)", sources[out]), self.diagnostics)
        self.files.update(copied)
        self.asset_roots = sorted({out.split("/", 1)[0] for _, out in self.project.assets if "/" in out}
                                  | {out for _, out in chosen.files if "/" not in out})

    def prune_global_styles(self) -> None:
        """app.wxss without the rules of global stylesheets that no class of the app's views or code can match."""
        code = (data.decode("utf-8", "replace") for path, data in self.files.items()
                if path.endswith((".wxml", ".js", ".json")) and not path.startswith(NPM))
        pruned = self.runner.contain(lambda: unused.prune(self.files["app.wxss"].decode("utf-8"), code,
                                                          self.config.get("style", "keep_classes")),
                                     lambda: None, "PWX904", "leaving unused global styles out", "angular.json")
        if pruned is not None and pruned.rules:
            self.put("app.wxss", pruned.wxss)
            self.diagnostics.add("PWX210", f"{counted(pruned.rules, 'rule')} of the global styles "
                                 f"({pruned.size // 1024} KB) match no class the app's templates or code name: "
                                 "left out of app.wxss",
                                 self.project.global_styles[0] if self.project.global_styles else "angular.json",
                                 hint="a class the app builds in a way pwa2wx cannot see: list it in [style] "
                                      "keep_classes")

    def point_at_remote_assets(self) -> None:
        """Static URLs in the views that name an asset served from ``[assets] base_url`` point there (the runtime
        does the same for bound ones, from app.config.js)."""
        if not self.remote_assets:
            return
        def repoint(m: re.Match[str]) -> str:
            remote = self.remote_assets.get(m.group(2))
            return f'{m.group(1)}="{remote}"' if remote else m.group(0)
        for path, data in self.files.items():
            if path.endswith(".wxml"):
                self.files[path] = _STATIC_URL.sub(repoint, data.decode("utf-8")).encode("utf-8")

    def emit_app(self) -> None:
        """app.json, sitemap.json, project.config.json, app.js, pwa2wx/app.config.js, and the tab icons."""
        cfg, plan, proj = self.config, self.plan, self.project
        name = cfg.get("app", "name") or proj.name
        primary = self.colors["primary"][0]
        roots = self.placement.roots()
        subpackages = [{"root": r, "name": r.rsplit("/", 1)[-1],
                        "pages": [p.path.removeprefix(r + "/") for p in plan.pages if p.path.startswith(r + "/")]}
                       for r in roots]
        if roots:
            self.diagnostics.add("PWX409", f"the main package would pass 2 MB: {', '.join(roots)} moved into "
                                 "subpackages", "angular.json")
        tab_pages = {t.page for t in plan.tabs}
        self.put("app.json", appfiles.dumps(appfiles.app_json(
            name, [p.path for p in plan.pages if not any(p.path.startswith(r + "/") for r in roots)],
            location=self.uses_location(), subpackages=subpackages, tabs=self.emit_tab_bar(primary),
            primary=primary,
            # a <web-view> covers the page, and a custom tab bar with it: a tab showing the PWA keeps WeChat's
            custom_tab_bar=not any(p.webview for p in plan.pages if p.path in tab_pages))))
        self.put("sitemap.json", appfiles.dumps(appfiles.SITEMAP))
        pwa = cfg.get("webview", "url")
        if pwa:
            self.put(PWA_SCRIPT, webview_page.pwa_script(pwa, plan))
        self.put("project.config.json", appfiles.dumps(appfiles.project_config(
            name, cfg.get("app", "appid"), proj.name, [PWA_FOLDER] if pwa else None)))
        self.put("app.js", appfiles.render("app.js.j2", late=self.placement.late_roots()))
        self.put(APP_CONFIG, appfiles.render(
            "app.config.js.j2",
            routes=[self.route_for_js(r) for r in plan.routes],
            pages=[{"path": p.path, "module": self.placement.require_path(APP_CONFIG, p.component.rel),
                    "class_name": p.component.name, "package": self.placement.pages.get(p.component.key, "")}
                   for p in plan.pages if not p.webview],  # the pages ModalController may open: converted ones
            tabs=[t.page for t in plan.tabs],
            start=plan.pages[0].path if plan.pages else "",
            start_url=plan.start_url,
            api={"base": cfg.get("api", "base")},
            login={appfiles.camel(key): value for key, value in cfg.values["login"].items()},
            environment=proj.environment,
            assets=self.asset_roots,
            remote_assets=self.remote_assets,
            mode=cfg.get("style", "mode"),
            element_ids=self.element_ids,
            main=self.placement.require_path(APP_CONFIG, main) if (main := self.main()) is not None else None,
            polyfills=[script_modules.relative(APP_CONFIG, p) for p in self.scripts.polyfills],
            pwa=pwa,
            handoff=cfg.get("webview", "handoff"),
        ))

    def main(self) -> str | None:
        """The app's main module, which bootstraps it; None without one, or when every page shows the deployed PWA
        (a shell of web-view pages, ``[webview] mode = "all"``, carries none of the app's code)."""
        main = self.project.main
        return main if main in self.project.modules and not self.pwa_only else None

    def emit_tab_bar(self, primary: str) -> list[dict[str, str]]:
        """Each tab's two PNG icons (drawn from its Ionicon), the custom tab bar drawing them as ion-tab-bar
        (output/tabbar.py), and the app.json tab bar entries."""
        entries = appfiles.tab_entries(self.plan.tabs)
        for tab, entry in zip(self.plan.tabs, entries, strict=True):
            svg = icons.ionicon_svg(self.project.root, tab.icon) if tab.icon else None
            self.files[entry["iconPath"]], self.files[entry["selectedIconPath"]] = self.runner.contain(
                partial(self.runner.memo, icons.tab_icons, svg, appfiles.TAB_COLOR, primary),
                lambda: self.runner.memo(icons.tab_icons, None, appfiles.TAB_COLOR, primary), "PWX908",
                f"drawing the tab icon '{tab.icon}'", "node_modules/ionicons")
        if entries:
            for path, text in tabbar.component_files(entries, appfiles.TAB_COLOR, primary).items():
                self.put(path, text)
        return entries

    def uses_location(self) -> bool:
        """Whether the app's code asks for the position (WeChat wants getLocation declared in app.json)."""
        return any(path.endswith(".js") and not path.startswith((OWN, NPM))
                   and (b"navigator.geolocation" in data or b"capacitor/geolocation.js" in data
                        or b"capacitor/cordova-geolocation.js" in data)
                   for path, data in self.files.items())

    def route_for_js(self, entry: routes.RouteEntry) -> routes.RouteEntry:
        """The entry with guard modules as require paths from pwa2wx/app.config.js (none in a shell of web-view
        pages: its app code is not there, and the web-view pages run no guards)."""
        guards = {kind: [(self.placement.require_path(APP_CONFIG, m), name) for m, name in refs]
                  for kind, refs in entry.guards.items()} if not self.pwa_only else {}
        return dataclasses.replace(entry, guards=guards)

    def package_sizes(self, files: dict[str, bytes]) -> dict[str, int]:
        """Bytes per package root ('' = main)."""
        roots = self.placement.roots()
        sizes = {"": 0, **dict.fromkeys(roots, 0)}
        for path, data in files.items():
            sizes[packages.root_of(path, roots)] += len(data)
        return sizes


def _login_findings(proj: Project, config: Config) -> list[Diagnostic]:
    """What stands between the app and a WeChat sign-in (:func:`pwa2wx.workspace.login.check`): once per project."""
    found = Diagnostics()
    login.check(proj, config, found)
    return found.items


def _placed(base: routes.Plan, placement: packages.Placement) -> routes.Plan:
    """A copy of the plan with the moved pages' and components' paths under their subpackage (the base plan stays
    as is)."""
    plan = dataclasses.replace(base, pages=[dataclasses.replace(p) for p in base.pages],
                               routes=[dataclasses.replace(r) for r in base.routes], components=dict(base.components))
    placement.apply(plan)
    return plan
