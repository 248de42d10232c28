"""Which pages show the deployed PWA in a ``<web-view>`` instead of being converted (``[webview]`` in pwa2wx.toml).

A page is the unit: the routes ``[webview] routes`` lists make their pages web-view pages (every URL of such a
page then shows through the web-view, as one component is one page); ``mode = "all"`` makes every page one;
``fallback = true`` makes one of a page that uses a component library whose elements cannot become WXML.
Pages whose conversion reports errors fall back later, when the view stage knows it (:mod:`pwa2wx.build.views`).
"""

from __future__ import annotations

from pwa2wx.diagnostics import Diagnostics, listed
from pwa2wx.template import nodes
from pwa2wx.workspace.config import CONFIG_NAME, Config
from pwa2wx.workspace.model import Component
from pwa2wx.workspace.routes import Page, Plan, elements, match, template_tree

WEB_ONLY = {  # element name prefix -> the library it belongs to: drawn in the DOM, no WXML equivalent
    "mat-": "Angular Material",
    "ngx-charts-": "ngx-charts",
    "mwl-calendar": "angular-calendar",
    "full-calendar": "FullCalendar",
    "google-map": "@angular/google-maps",
}


def mark(plan: Plan, config: Config, diagnostics: Diagnostics) -> None:
    """Set ``webview`` (the reason) on the pages of ``plan`` that show the deployed PWA."""
    if not config.get("webview", "url"):
        return
    where = str(config.file or CONFIG_NAME)
    if config.get("webview", "mode") == "all":
        for page in plan.pages:
            page.webview = '[webview] mode = "all"'
        plan.components, plan.shell = {}, None  # nothing is converted: no page draws them
        return
    by_path = {p.path: p for p in plan.pages}
    for route in config.get("webview", "routes"):
        path = _page_of(plan, route)
        if path is None:
            diagnostics.add("PWX425", f"[webview] routes: '{route}' leads to no page of the app", where,
                            hint="list the URL of an Angular route (\"/app/tabs/map\", \"/speakers/:id\")")
            continue
        page = by_path[path]
        if page.webview is None:
            page.webview = f"[webview] routes lists {route}"
    if config.get("webview", "fallback"):
        for page in plan.pages:
            found = None if page.webview else web_only_element(page.component)
            if found is not None:
                el, library = found
                fall_back(page, f"it uses <{el.tag}> of {library}, which has no WXML equivalent", diagnostics,
                          el.line, el.col)
    shown = [p for p in plan.pages if p.webview]
    if shown:
        diagnostics.add("PWX426", f"{len(shown)} pages show the deployed PWA in a <web-view>: "
                        f"{listed([p.path for p in shown], 5)}", where,
                        hint="add the PWA's domain as a business domain in the admin console (pwa2wx check says "
                             "how)")


def fall_back(page: Page, why: str, diagnostics: Diagnostics, line: int = 0, col: int = 0) -> None:
    """``[webview] fallback``: the page shows the deployed PWA because ``why``, which a warning says (at ``line`` of
    its template, else where the template starts)."""
    page.webview = f"fallback: {why}"
    comp = page.component
    where = comp.template or comp
    diagnostics.add("PWX427", f"{comp.name} ({page.path}) is shown as the deployed PWA in a <web-view>: {why}",
                    comp.template.file if comp.template else comp.rel, line or where.line, col or where.col)


def web_only_element(comp: Component) -> tuple[nodes.Element, str] | None:
    """The first element of ``comp``'s template that belongs to a DOM-only library, and the library."""
    return next(((el, name) for el in elements(template_tree(comp)) for prefix, name in WEB_ONLY.items()
                 if el.tag.startswith(prefix)), None)


def _page_of(plan: Plan, route: str) -> str | None:
    """The page a listed route names: a route pattern as the app writes it, else a URL the router matches."""
    pattern = route.strip("/")
    exact = next((e.page for e in plan.routes if e.page is not None and e.path == pattern), None)
    return exact or match(plan.routes, route)[0]
