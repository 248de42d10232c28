"""Angular routes → mini program pages, tab bar and the route table the runtime router matches.

Every routed component becomes a page (one page per component, however many URLs reach it);
`ion-tabs` shells become app.json's `tabBar`; components used as child elements become custom
components; the start page is where the empty URL lands after redirects.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from pwa2wx.diagnostics import Diagnostics, faults, listed
from pwa2wx.script.tsparse import required_child
from pwa2wx.template import nodes, parse_template
from pwa2wx.template.projection import is_primary_outlet
from pwa2wx.workspace.model import Component, Project, Route
from pwa2wx.workspace.symbols import resolve_symbol

if TYPE_CHECKING:
    from tree_sitter import Node

MAX_TABS = 5
SHELL = "components/app-shell/app-shell"  # the bootstrapped root component, drawn on every page for its menu
SHELL_FRAME = frozenset({"ion-app", "ion-router-outlet", "router-outlet", "ion-split-pane", "ng-container"})


@dataclass
class Page:
    path: str  # "pages/schedule/schedule"
    component: Component
    urls: list[str] = field(default_factory=list)  # route patterns that open it
    lazy_group: str | None = None  # loadChildren group it came from (subpackage candidate)
    title: str | None = None
    toolbar_color: str | None = None  # Ionic colour name of the page's first toolbar
    # The ion-tabs shells and layouts of the routes above it: its code may inject them (and IonTabs), as Angular's
    # element injectors let a routed component inject the components of the outlets it is in.
    ancestors: list[Component] = field(default_factory=list)
    modules: list[tuple[str, str]] = field(default_factory=list)  # the lazily loaded NgModules above it (Route.module)
    webview: str | None = None  # why the page shows the deployed PWA in a <web-view> (None: it is converted)


@dataclass
class TabItem:
    page: str
    text: str
    icon: str | None  # Ionicons name


Guards = dict[str, list[tuple[str, str]]]
"""Guard kind (canActivate …) → the guards' (module rel, exported name), in the order they run."""


def _merged(first: Guards, then: Guards) -> Guards:
    return {kind: first.get(kind, []) + then.get(kind, []) for kind in {**first, **then}}


@dataclass
class RouteEntry:
    path: str  # full pattern without leading slash: "app/tabs/schedule/session/:sessionId"
    page: str | None = None
    redirect_to: str | None = None
    path_match: str = "prefix"
    guards: Guards = field(default_factory=dict)
    data: dict = field(default_factory=dict)
    # the full patterns of the routes above it, outermost first: each is a level of Angular's ActivatedRoute tree
    # (route.parent), which the route table's flat entries no longer show
    parents: list[str] = field(default_factory=list)
    title: str | None = None


@dataclass
class Plan:
    pages: list[Page]  # app.json order: start page first
    components: dict[str, str]  # component key -> "components/x/x" for components used as elements
    tabs: list[TabItem]
    routes: list[RouteEntry]
    start_url: str  # where "/" lands, e.g. "/tutorial" (may carry params the start page reads)
    shell: str | None = None  # "components/app-shell/app-shell": the root component's side menu, on every page
    # Layouts: components routed with children whose template holds the outlet they show in (a header and footer
    # around a <router-outlet>). Each is a custom component (in ``components``) that wraps its pages' content.
    layouts: set[str] = field(default_factory=set)

    def page_of(self, component: Component) -> Page | None:
        return next((p for p in self.pages if p.component.key == component.key), None)

    def layouts_of(self, page: Page) -> list[Component]:
        """The layouts ``page`` shows in, outermost first."""
        return [a for a in page.ancestors if a.key in self.layouts]


def plan(project: Project, diagnostics: Diagnostics) -> Plan:
    return Planner(project, diagnostics).plan()


class Planner:
    def __init__(self, project: Project, diagnostics: Diagnostics):
        self.project = project
        self.diagnostics = diagnostics
        self.templates: dict[str, list[nodes.Node]] = {}
        self.names: dict[str, str] = {}  # component key -> short name
        self.taken: set[str] = set()
        self.pages: dict[str, Page] = {}  # component key -> page
        self.routes: list[RouteEntry] = []
        self.shells: list[tuple[Component, str]] = []  # (ion-tabs component, its full path)
        self.layouts: set[str] = set()  # keys of the layouts routes show pages in

    def plan(self) -> Plan:
        p = self.project
        shell_keys = {p.root_component.key} if p.root_component else set()
        shell = self._shell(p.root_component) if p.root_component is not None else None
        self._flatten(p.routes, "", ())
        used = self._used_as_elements() | self.layouts
        if not p.routes:
            self.diagnostics.add("PWX412", "no Angular routes found: every page-like component becomes a page",
                                 p.main or p.source_root)
        opened = code_references(p)
        unshown = []
        shell_keys |= {shell.key for shell, _ in self.shells}
        for comp in sorted(p.components.values(), key=lambda c: c.key):
            # Not routed, not a child element, not a shell: opened by ModalController/PopoverController …
            if comp.key not in self.pages and comp.key not in used and comp.key not in shell_keys \
                    and not self._is_tabs_shell(comp):
                if comp.key in opened:
                    self._page_for(comp, None)
                else:  # … or by nothing: declared, but no route, template or code shows it
                    unshown.append(comp.name)
        if unshown:
            self.diagnostics.add("PWX420", f"{len(unshown)} components no route, template or code shows are left "
                                 f"out: {listed(unshown, 5)}",
                                 p.main or "angular.json", hint="a component your code opens (ModalController."
                                 "create({ component: X })) names it outside @NgModule/@Component metadata")
        tabs = self._tabs()
        start_url, start_page = self._start()
        pages = list(self.pages.values())
        if start_page is not None:
            pages.sort(key=lambda pg: pg.path != start_page)  # stable: start first, rest in route order
        components = {key: f"components/{self._name(p.components[key])}/{self._name(p.components[key])}"
                      for key in sorted(used)}
        return Plan(pages, components, tabs, self.routes, start_url, shell, self.layouts)

    # ---- naming ----------------------------------------------------------------------------

    def _name(self, comp: Component) -> str:
        if comp.key in self.names:
            return self.names[comp.key]
        stem = comp.rel.rsplit("/", 1)[-1].removesuffix(".ts")
        for suffix in (".page", ".component", ".modal", ".popover"):
            stem = stem.removesuffix(suffix)
        name = re.sub(r"[^a-z0-9-]+", "-", stem.lower()).strip("-") or "page"
        if name in self.taken:
            name = f"{name}-{_kebab(comp.name)}"
        n, base = 2, name
        while name in self.taken:
            name, n = f"{base}-{n}", n + 1
        self.taken.add(name)
        self.names[comp.key] = name
        return name

    # ---- templates -------------------------------------------------------------------------

    def template(self, comp: Component) -> list[nodes.Node]:
        if comp.key not in self.templates:
            self.templates[comp.key] = template_tree(comp)
        return self.templates[comp.key]

    def _is_tabs_shell(self, comp: Component, route: Route | None = None) -> bool:
        """Its template has an <ion-tabs>, or (routed with children, which show in it) a component it uses does. A
        page whose template draws a tab-bar component of the app's but has no child routes stays a page, as does one
        whose <ion-tabs> (in its footer) only holds buttons with links to other pages: no button names a tab."""
        if route is not None and route.children:
            return any(el.tag == "ion-tabs" for _, el in self._composed(comp))
        drawn = list(elements(self.template(comp)))
        return any(el.tag == "ion-tabs" for el in drawn) and (route is None or any(
            el.tag == "ion-tab-button" and attr(el, "tab") is not None for el in drawn))

    def _composed(self, comp: Component) -> Iterator[tuple[Component, nodes.Element]]:
        """The elements ``comp`` draws, each with the component whose template has it: its template's, and those of
        the app's components it uses as elements (a tabs page whose <ion-tabs> is a child component's)."""
        todo, seen = [comp], {comp.key}
        while todo:
            owner = todo.pop(0)
            for el in elements(self.template(owner)):
                yield owner, el
                child = self.project.component_by_selector(el.tag)
                if child is not None and child.key not in seen:
                    seen.add(child.key)
                    todo.append(child)

    def _is_layout(self, comp: Component, route: Route) -> bool:
        """Routed with children that show in its own primary outlet."""
        return bool(route.children) and any(is_primary_outlet(el) for el in elements(self.template(comp)))

    def _used_as_elements(self) -> set[str]:
        """Components some template uses as an element (itself included: a tree that nests itself)."""
        used: set[str] = set()
        for comp in self.project.components.values():
            for el in elements(self.template(comp)):
                child = self.project.component_by_selector(el.tag)
                if child is not None:
                    used.add(child.key)
        return used

    def _shell(self, root: Component) -> str | None:
        """The root component is drawn on every page when it holds a side menu; other content of it (a
        global header, say) is otherwise not shown, which PWX411 says."""
        tree = self.template(root)
        if any(el.tag == "ion-menu" for el in elements(tree)):
            self.taken.add(SHELL.rsplit("/", 1)[-1])
            return SHELL
        extra = next((el for el in elements(tree) if el.tag not in SHELL_FRAME), None)
        if extra is not None:
            self.diagnostics.add("PWX411", f"<{extra.tag}> in the app shell ({root.name}) is not shown: pages are "
                                 "WeChat pages", root.template.file if root.template else root.rel,
                                 extra.line, extra.col, hint="move it into the pages (or a component they use)")
        return None

    # ---- routes ----------------------------------------------------------------------------

    def _flatten(self, routes: list[Route], prefix: str, shells: tuple[Component, ...],
                 inherited: dict | None = None, guarded: Guards | None = None,
                 modules: tuple[tuple[str, str], ...] = (), parents: tuple[str, ...] = ()) -> None:
        """Route entries of ``routes`` under ``prefix`` and the tabs ``shells`` above it; ``inherited`` is the
        data of a parent whose children take it (Angular's 'emptyOnly' inheritance: a componentless parent's
        data, or any parent's for a '' child); ``guarded``: the guards of the routes above, which run when one
        of their children activates; ``modules``: the lazily loaded NgModules above; ``parents``: the full
        patterns of the routes above."""
        for route in routes:
            faults.contain(partial(self._flatten_one, route, prefix, shells, inherited or {}, guarded or {}, modules,
                                   parents),
                           lambda: None, self.diagnostics.items, "PWX902",
                           f"planning the route '{_join(prefix, route.path)}'", route.file)

    def _flatten_one(self, route: Route, prefix: str, shells: tuple[Component, ...], inherited: dict,
                     guarded: Guards, modules: tuple[tuple[str, str], ...], parents: tuple[str, ...]) -> None:
        full = _join(prefix, route.path)
        data = {**inherited, **route.data}
        own = self._guards(route)
        # a page's entry holds the guards of its route and of the routes above it, in Angular's order (parents
        # first): a route's canActivateChild runs for its children only, its canDeactivate for itself only
        entry_guards = _merged(guarded, {k: v for k, v in own.items() if k != "canActivateChild"})
        below = _merged(guarded, {k: v for k, v in own.items() if k != "canDeactivate"})
        if route.redirect_to is not None:
            target = route.redirect_to
            if not target.startswith("/"):  # relative redirects resolve against the parent's path
                target = "/" + _join(prefix, target)
            self.routes.append(RouteEntry(full, redirect_to=target, path_match=route.path_match))
            return
        comp = route.component
        if comp is not None and self._is_tabs_shell(comp, route):
            self.shells.append((comp, full))
            shells = (*shells, comp)
        elif comp is not None and self._is_layout(comp, route):
            self.layouts.add(comp.key)
            shells = (*shells, comp)
        elif comp is not None:
            page = self._page_for(comp, route.lazy_group)
            if not page.urls:
                page.ancestors = list(shells)
                page.modules = list(modules)
            page.urls.append(full)
            if page.title is None:
                page.title = route.title
            self.routes.append(RouteEntry(full, page=page.path, path_match=route.path_match,
                                          guards=entry_guards, data=data, title=route.title, parents=list(parents)))
        if route.module is not None:
            modules = (*modules, route.module)
        for child in route.children:  # one at a time: route order is matching order
            self._flatten([child], full, shells, data if comp is None or not child.path else None, below, modules,
                          (*parents, full))

    def _guards(self, route: Route) -> Guards:
        out = {}
        for kind, names in route.guards.items():
            resolved = [n if isinstance(n, tuple) else resolve_symbol(self.project, route.file, n) for n in names]
            out[kind] = [r for r in resolved if r is not None]
            for name in [n for n, r in zip(names, resolved, strict=True) if r is None]:
                self.diagnostics.add("PWX432", f"route guard {name} ({kind} of '{route.path}') is not the app's own "
                                     "code (a package's class): the page opens without it", route.file, route.line,
                                     route.col, hint=f"guard with a function of your code that calls it: {kind}: "
                                     f"[(route, state) => inject({name}).{kind}(route, state)]")
        return out

    def _page_for(self, comp: Component, group: str | None) -> Page:
        if comp.key not in self.pages:
            name = self._name(comp)
            tree = self.template(comp)
            title = next((t for el in elements(tree) if el.tag == "ion-title" for t in [text_of(el)] if t), None)
            color = next((attr(el, "color") for el in elements(tree) if el.tag == "ion-toolbar"), None)
            self.pages[comp.key] = Page(f"pages/{name}/{name}", comp, lazy_group=group, title=title,
                                        toolbar_color=color)
        return self.pages[comp.key]

    def _start(self) -> tuple[str, str | None]:
        page, url = match(self.routes, "/")
        if page is None and self.pages:
            first = next(iter(self.pages.values()))
            return "/" + (first.urls[0] if first.urls else ""), first.path
        return url, page

    # ---- tabs ------------------------------------------------------------------------------

    def _tabs(self) -> list[TabItem]:
        items: list[TabItem] = []
        for shell, full in self.shells:
            for owner, el in self._composed(shell):
                if el.tag != "ion-tab-button":
                    continue
                src = owner.template.file if owner.template else owner.rel
                tab, href, link = attr(el, "tab"), attr(el, "href"), router_link(el)
                if not tab and not href and not link:
                    self.diagnostics.add("PWX406", "ion-tab-button without tab, href or routerLink: not in the tab bar",
                                         src, el.line, el.col, hint="name its child route: tab=\"<path>\"")
                    continue
                # its tab's child route, else where its link leads (a tab whose routerLink Ionic follows on a tap)
                urls = ["/" + _join(full, tab)] if tab else []
                urls += [u if u.startswith("/") else "/" + _join(full, u) for u in (href, link) if u]
                page = next((found for found, _ in (match(self.routes, u) for u in urls) if found is not None), None)
                if page is None:
                    self.diagnostics.add("PWX406", f"tab '{tab or href or link}' does not lead to a page", src,
                                         el.line, el.col)
                    continue
                label = next((text_of(c) for c in elements(el.children) if c.tag == "ion-label"), "") \
                    or text_of(el) or tab or ""
                icon = next((attr(c, "name") or attr(c, "icon") for c in elements(el.children)
                             if c.tag == "ion-icon"), None)
                if all(i.page != page for i in items):
                    items.append(TabItem(page, label.strip(), icon))
        if len(items) > MAX_TABS:
            self.diagnostics.add("PWX407", f"{len(items)} tabs: WeChat's tab bar holds at most {MAX_TABS}; "
                                 f"the rest are plain pages", self.shells[0][0].rel)
            items = items[:MAX_TABS]
        if len(items) == 1:
            self.diagnostics.add("PWX407", "a single tab: WeChat's tab bar needs at least 2, so it is left out",
                                 self.shells[0][0].rel)
            items = []
        return items


# ---- helpers ---------------------------------------------------------------------------------


def template_tree(comp: Component) -> list[nodes.Node]:
    """The parsed template of ``comp`` ([] without one); its errors (and crashes) are the template stage's to report."""
    t = comp.template
    if t is None:
        return []
    return faults.contain(lambda: parse_template(t.text, t.file, t.line, t.col)[0], list, [], "PWX902", "", "")


def match(entries: list[RouteEntry], url: str, depth: int = 0) -> tuple[str | None, str]:
    """(page path, final url) for a URL, following redirects as the runtime router does."""
    segments = [s for s in url.split("?")[0].strip("/").split("/") if s]
    for entry in entries:
        pattern = [s for s in entry.path.split("/") if s]
        if entry.redirect_to is not None:
            full = entry.path_match == "full"
            if (full and len(pattern) == len(segments) or not full and len(pattern) <= len(segments)) \
                    and _segments_match(pattern, segments[:len(pattern)]) and depth < 10:
                rest = segments[len(pattern):]
                return match(entries, "/".join([entry.redirect_to.strip("/"), *rest]), depth + 1)
        elif entry.page is not None and len(pattern) == len(segments) and _segments_match(pattern, segments):
            return entry.page, "/" + "/".join(segments)
    return None, "/" + "/".join(segments)


def code_references(project: Project) -> set[str]:
    """The components some code names (a modal's ``component: X``, ``entryComponents``), outside the Angular
    metadata that only declares, imports or exports them, the import lines themselves, types, and the
    ``extends`` of a subclass (a base component is not shown by being extended)."""
    found: set[str] = set()
    for rel, module in list(project.modules.items()):
        names = {}
        for local in module.imports:
            target = resolve_symbol(project, rel, local)
            if target is not None and f"{target[0]}#{target[1]}" in project.components:
                names[local] = f"{target[0]}#{target[1]}"
        names.update({c.name: f"{rel}#{c.name}" for c in module.classes if f"{rel}#{c.name}" in project.components})
        if not names:
            continue
        source = module.source
        stack = [source.tree.root_node]
        while stack:
            node = stack.pop()
            if node.type in NOT_SHOWING or node.type == "pair" and \
                    source.node_text(required_child(node, "key")) in DECLARING_KEYS or declarables_list(node):
                continue
            if node.type == "identifier" and source.node_text(node) in names:
                found.add(names[source.node_text(node)])
            stack.extend(node.children)
    return found


def declarables_list(node: Node) -> bool:
    """A module's own list of classes, as NgModules gather what they declare and export (``export const
    COMPONENTS = [HeaderComponent, ...SHARED]``): a top-level constant that is an array of names and spreads only."""
    if node.type != "variable_declarator" or node.parent is None or node.parent.parent is None:
        return False
    value = node.child_by_field_name("value")
    top = node.parent.parent.type == "program" or node.parent.parent.type == "export_statement" and \
        node.parent.parent.parent is not None and node.parent.parent.parent.type == "program"
    return top and value is not None and value.type == "array" and all(
        item.type == "identifier" or item.type == "spread_element" and item.named_children[0].type == "identifier"
        for item in value.named_children if item.type != "comment")


NOT_SHOWING = frozenset({"import_statement", "export_clause", "class_heritage", "type_annotation", "type_arguments"})
"""Code that names a component without showing it."""
DECLARING_KEYS = frozenset({"declarations", "imports", "exports", "bootstrap", "schemas"})
"""Angular metadata that only declares a component, imports or exports it: naming it there shows nothing."""


def elements(tree: list[nodes.Node]) -> Iterator[nodes.Element]:
    """Every element in document order, looking inside control-flow blocks (iterative: templates nest deep)."""
    stack = [iter(tree)]
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            continue
        if isinstance(node, nodes.Element):
            yield node
        children = getattr(node, "children", None)
        if children:
            stack.append(iter(children))


def router_link(el: nodes.Element) -> str | None:
    """An element's routerLink when it names a fixed URL: ``routerLink="/cart"``, ``[routerLink]="'/cart'"`` or
    ``[routerLink]="['/cart']"``."""
    bound = attr(el, "[routerLink]")
    if bound is not None:
        fixed = re.fullmatch(r"""\s*\[?\s*(['"])([^'"]*)\1\s*\]?\s*""", bound)
        return fixed[2] if fixed else None
    return attr(el, "routerLink")


def attr(el: nodes.Element, name: str) -> str | None:
    """A static attribute's value ('' for a bare attribute), None when absent."""
    return next((a.value or "" for a in el.attrs if a.name == name), None)


def text_of(node: nodes.Node) -> str:
    """Static text content, or '' when it has interpolations (those are set at runtime)."""
    parts: list[str] = []
    for child in getattr(node, "children", []):
        if isinstance(child, nodes.Text):
            if "{{" in child.value:
                return ""
            parts.append(child.value)
        elif isinstance(child, nodes.Element):
            inner = text_of(child)
            parts.append(inner)
    return " ".join(" ".join(parts).split())


def _join(prefix: str, path: str) -> str:
    return "/".join(s for s in (prefix.strip("/"), path.strip("/")) if s)


def _segments_match(pattern: list[str], segments: list[str]) -> bool:
    return all(p.startswith(":") or p == "**" or p == s for p, s in zip(pattern, segments, strict=True))


def _kebab(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()
