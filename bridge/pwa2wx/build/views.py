"""The view stage: each page's and component's template compiled (one unit each), then its four files
(.wxml, .wxss, .js, .json) written, or a placeholder when the template or its class did not convert.

The Ionicons the templates name are collected here (:attr:`ViewStage.icons`): app.wxss carries their glyphs.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Literal

from pwa2wx.assets import icons
from pwa2wx.build.cache import Answerers, Recorder, Unit
from pwa2wx.build.scripts import module_text
from pwa2wx.build.units import Runner
from pwa2wx.diagnostics import Diagnostic, faults
from pwa2wx.output import appfiles, packages, placeholder, tabbar, webview_page
from pwa2wx.output.layout import RUNTIME
from pwa2wx.script import modules as script_modules
from pwa2wx.template import CompiledView, TemplateContext, chrome, compile_component
from pwa2wx.template import helpers as template_helpers
from pwa2wx.workspace import routes, webview
from pwa2wx.workspace.model import Component, Project, TextSource

SHELL_TAG = "app-shell"  # the app's side menu, as a component every page draws


@dataclass(frozen=True)
class View:
    """A page or custom component to emit: the component, its role and its output path."""

    component: Component
    role: Literal["page", "component"]
    path: str
    page: routes.Page | None


class ViewStage:
    """One pass's views: ``compile`` their templates, then ``emit`` each one's files into ``files``."""

    def __init__(self, project: Project, plan: routes.Plan, placement: packages.Placement, runner: Runner,
                 colors: dict[str, tuple[str, str]], navigation: str, fallback: bool = False):
        self.project = project
        self.fallback = fallback  # [webview] fallback: a page that does not convert shows the deployed PWA
        self.plan = plan
        self.placement = placement
        self.runner = runner
        self.colors = colors
        self.navigation = navigation  # [style] navigation
        by_path = {p.path: p for p in plan.pages}
        self.tab_pages = [by_path[t.page] for t in plan.tabs if t.page in by_path]
        self.diagnostics = runner.diagnostics
        self.files: dict[str, bytes] = {}
        self.failed: dict[str, list[Diagnostic]] = {}  # component key -> its template's errors
        self.icons: dict[str, str] = {}  # Ionicons glyph name -> SVG text, for the ion-icons templates use

    def put(self, path: str, text: str) -> None:
        self.files[path] = text.encode("utf-8")

    def compile(self, views: list[View]) -> list[CompiledView]:
        """Each view's template, from the cache when neither it nor what it reads changed."""
        surface = self.runner.cache.derived(template_surface, self.project)
        answerers = self.answerers()
        keys = [("template", v.component.key, v.role, text_key(v.component.template),
                 module_text(self.project, v.component.rel), surface, self.navigation) for v in views]
        units = self.runner.units(keys, views, answerers, self.compile_one, "templates")
        for view, unit in zip(views, units, strict=True):
            errors = [d for d in unit.diagnostics if d.severity == "error"]
            if errors:
                self.failed[view.component.key] = errors
        return [unit.value for unit in units]

    def answerers(self) -> Answerers:
        def child(key: str) -> tuple[str, tuple | None]:  # its path, and its template (the parent reads its slots)
            return "/" + self.plan.components[key], text_key(self.project.components[key].template)

        return {"child": child, "icon": self.icon}

    def compile_one(self, view: View, answerers: Answerers) -> Unit:
        recorder = Recorder(answerers)
        child, icon = recorder.ask("child"), recorder.ask("icon")
        ctx = TemplateContext(project=self.project, role=view.role, diagnostics=recorder.diagnostics,
                              component_path=lambda c: child(c.key)[0], icon=icon, navigation=self.navigation)
        comp = view.component
        return recorder.unit(faults.contain(
            lambda: compile_component(comp, ctx), lambda: CompiledView("", "function () { return {}; }", "[]"),
            recorder.diagnostics.items, "PWX903", f"compiling the template of {comp.name}",
            comp.template.file if comp.template else comp.rel))

    def icon(self, name: str) -> str | None:
        """The classes of an ion-icon glyph (its SVG read on first use: Ionicons' from node_modules, or the app's own
        that addIcons names), None if unknown."""
        if name not in self.icons:
            svg = icons.ionicon_svg(self.project.root, name) or self.own_icon(name)
            if svg is None:
                return None
            self.icons[name] = svg
        return icons.glyph_class(name)

    def own_icon(self, name: str) -> str | None:
        """The SVG of an icon the app registers with a URL of its assets (``addIcons({ 'low-beam':
        './assets/icon/low-beam.svg' })``), as the PWA serves it."""
        url = self.project.registered_icons().get(name)
        served = url.split("?")[0].lstrip("./").lstrip("/") if url else None
        source = next((src for src, out in self.project.assets if out == served), None)
        try:
            return (self.project.root / source).read_text(encoding="utf-8", errors="replace") if source else None
        except OSError:
            return None

    def emit(self, view: View, compiled: CompiledView, wxss: str,
             failed_modules: dict[str, list[Diagnostic]]) -> None:
        """A page's or component's four files; when its template or its class (``failed_modules``) did not convert,
        a placeholder, or with ``[webview] fallback`` a page's web-view page."""
        comp = view.component
        failed = self.failed.get(comp.key, []) + failed_modules.get(comp.rel, [])
        if not failed:
            found: list[Diagnostic] = []
            faults.contain(lambda: self.emit_converted(view, compiled, wxss), lambda: None, found, "PWX907",
                           f"writing the files of {comp.name}", comp.rel)
            self.diagnostics.extend(found)
            failed = found
        if failed and self.fallback and view.page is not None:
            first = min(failed)
            webview.fall_back(view.page, f"its conversion reported errors ({first.code} {first.message})",
                              self.diagnostics)
            self.emit_webview(view.page, compiled.title)
        elif failed:
            self.emit_placeholder(view, compiled.title, failed)

    def emit_webview(self, page: routes.Page, title: str | None = None) -> None:
        """The files of a page that shows the deployed PWA (under WeChat's own bar: a <web-view> fills the page and
        takes no custom navigation bar)."""
        window = appfiles.page_window(page, title, self.colors, "native")
        for path, text in webview_page.page_files(page.path, window, page.component.rel).items():
            self.put(path, text)

    def emit_placeholder(self, view: View, title: str | None, failed: list[Diagnostic]) -> None:
        """The view's four files saying it was not converted, and why."""
        self.put(view.path + ".wxml", placeholder.wxml(failed))
        self.put(view.path + ".wxss", "")
        self.put(view.path + ".js", placeholder.view_js(view.role, view.component.rel))
        config: dict[str, Any] = {"component": True} if view.role == "component" else \
            appfiles.page_window(view.page, title, self.colors, self.navigation) if view.page is not None else {}
        self.put(view.path + ".json", appfiles.dumps({**config, "usingComponents": {}}))

    def emit_converted(self, view: View, compiled: CompiledView, wxss: str) -> None:
        comp, path = view.component, view.path
        using = dict(compiled.using_components)
        wxml = compiled.wxml
        tab = tabbar.tab_of(view.page, self.tab_pages) if view.page is not None else None
        if tab is not None or view.page in self.tab_pages:  # the PWA's tab bar: room for it, and on a page
            wxml += tabbar.page_wxml(tab)                     # under the tabs that is not a tab, the bar
            wxss += tabbar.PAGE_WXSS
        if tab is not None:
            using[tabbar.TAG] = "/" + tabbar.COMPONENT
        if view.page is not None:  # the layouts it shows in, around its content
            layouts = [(layout_tag(self.plan.components[a.key]), "/" + self.plan.components[a.key])
                       for a in self.plan.layouts_of(view.page)]
            wxml = in_layouts(wxml, [tag for tag, _ in layouts])
            using.update(layouts)
        if view.page is not None and self.plan.shell:  # the app's side menu, drawn over the page when open
            using[SHELL_TAG] = "/" + self.plan.shell
            wxml += f"<{SHELL_TAG}/>\n"
        self.put(path + ".wxml", wxml)
        self.put(path + ".wxss", wxss)
        require = self.placement.require_path
        ancestors = view.page.ancestors if view.page else []
        modules = view.page.modules if view.page else []
        self.put(path + ".js", appfiles.render("page.js.j2",
            source=comp.template.file if comp.template else comp.rel,
            runtime=script_modules.relative(path, RUNTIME + ("index.js" if view.role == "page" else "component.js")),
            kind=view.role, shell=path == self.plan.shell, route=path,
            layout=view.role == "component" and comp.key in self.plan.layouts, module=require(path, comp.rel),
            class_name=comp.name,
            ancestors=[(require(path, a.rel), a.name) for a in ancestors],
            modules=[(require(path, rel), name) for rel, name in modules],
            render=compiled.render_js, handlers=compiled.handlers_js,
            hooks=json.dumps(compiled.hooks, sort_keys=True),
            content=(script_modules.relative(path, RUNTIME + "ionic/page-scroll.js") if "scroll" in compiled.hooks
                     else None),
            helpers=[script_modules.relative(path, RUNTIME + f)
                     for f in template_helpers.features(compiled.render_js + compiled.handlers_js, compiled.ids)],
            pipes=[(name, require(path + ".js", rel), cls) for name, (rel, cls) in compiled.pipes.items()],
            directives=[(require(path + ".js", rel), cls) for rel, cls in compiled.directives]))
        config: dict[str, Any] = {}
        if view.role == "component":
            config["component"] = True
            config["styleIsolation"] = "apply-shared"
        elif view.page is not None:
            config.update(appfiles.page_window(view.page, compiled.title, self.colors, self.navigation))
            if "pullDownRefresh" in compiled.hooks:
                config["enablePullDownRefresh"] = True
        config["usingComponents"] = dict(sorted(using.items()))
        self.put(path + ".json", appfiles.dumps(config))


def layout_tag(path: str) -> str:
    """The element a page wraps its content in to show in the layout at ``path`` ("components/home/home")."""
    return "layout-" + path.rsplit("/", 1)[-1]


def in_layouts(wxml: str, tags: list[str]) -> str:
    """A page's markup inside its layouts' elements (``tags``, outermost first), below its room for the status bar."""
    top, body = "", wxml
    if wxml.startswith(f'<view class="{chrome.STATUS_BAR}"'):
        top, _, body = wxml.partition("\n")
        top += "\n"
    for tag in reversed(tags):
        body = f"<{tag}>\n{body}</{tag}>\n"
    return top + body


def template_surface(proj: Project) -> str:
    """What compiling one template reads of the rest of the project (besides its children's templates, which
    it asks for): every component's selector and metadata, and the pipe table."""
    components = [(c.key, c.selector, c.standalone, c.imports, c.meta) for c in proj.components.values()]
    return hashlib.sha256(repr((components, sorted(proj.pipes.items()))).encode()).hexdigest()


def text_key(source: TextSource | None) -> tuple | None:
    return None if source is None else (source.text, source.file, source.line, source.col, source.inline)
