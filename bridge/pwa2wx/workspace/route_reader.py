"""Angular route arrays in the project's TypeScript → :class:`~pwa2wx.workspace.project.Route` trees:
``RouterModule.forRoot/forChild``, ``provideRouter``, routes constants, ``loadChildren`` into feature NgModules
or routes files, ``loadComponent``, guards and data. Routes that cannot be read are PWX404/PWX406.
"""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from pwa2wx.diagnostics import faults
from pwa2wx.script.tsparse import Call, LazyImport, Opaque, Ref, Source, evaluate
from pwa2wx.workspace.angular import AngularClass
from pwa2wx.workspace.model import Component, Project, Route
from pwa2wx.workspace.symbols import constant_string, listed_values, resolve_export, resolve_import, resolve_symbol


class RouteReader:
    """Builds the route tree from forRoot/provideRouter, following loadChildren into other files."""

    def __init__(self, project: Project):
        self.project = project

    def read(self) -> list[Route]:
        roots = []
        for rel, module in sorted(self.project.modules.items()):
            for call in module.router_calls:
                if call.callee in ("RouterModule.forRoot", "provideRouter") and call.args:
                    roots.extend(self.routes_value(rel, call.args[0], None))
        return roots

    def contained_route(self, rel: str, item: dict[str, Any], group: str | None) -> Route | None:
        """:meth:`route`; a route it fails on is left out (PWX901), the others are read."""
        return faults.contain(lambda: self.route(rel, item, group), lambda: None, self.project.diagnostics.items,
                              "PWX901", "reading a route", rel)

    def routes_value(self, rel: str, value: Any, group: str | None) -> list[Route]:
        """Routes from a literal array, a variable reference, or a spread of arrays."""
        if isinstance(value, Ref):
            target = resolve_symbol(self.project, rel, value.name)
            if target is None:
                self.warn(rel, value.node, f"routes '{value.name}' not found")
                return []
            t_rel, local = target
            node = self.project.modules[t_rel].variables.get(local)
            if node is None:
                return []
            return self.routes_value(t_rel, evaluate(self.project.modules[t_rel].source, node), group)
        if isinstance(value, list):
            out = []
            for item in value:
                if isinstance(item, dict):
                    route = self.contained_route(rel, item, group)
                    if route:
                        out.append(route)
                elif isinstance(item, (Ref, Opaque)) and item.node.type == "spread_element":
                    inner = item.node.named_children[0]
                    out.extend(self.routes_value(rel, evaluate(self.project.modules[rel].source, inner), group))
            return self.reachable(out)
        if isinstance(value, Opaque) and value.node.type == "spread_element":
            return []
        return []

    def route(self, rel: str, item: dict[str, Any], group: str | None) -> Route | None:
        module = self.project.modules[rel]
        any_node = next((v.node for v in item.values() if hasattr(v, "node")), None)
        line, col = module.source.position(any_node.parent.parent) if any_node is not None else (0, 0)
        path = constant_string(self.project, rel, item.get("path", ""))
        if path is None:
            self.warn(rel, getattr(item["path"], "node", None), "route path not understood: read as ''",
                      "write the path as a string, or a constant of one")
            path = ""
        route = Route(path=path, file=rel, line=line, col=col, lazy_group=group)
        redirect = constant_string(self.project, rel, item.get("redirectTo"))
        if redirect is not None:
            route.redirect_to = redirect
        if isinstance(item.get("pathMatch"), str):
            route.path_match = item["pathMatch"]
        if isinstance(item.get("title"), str):
            route.title = item["title"]
        if isinstance(item.get("data"), dict):
            route.data = {k: v for k, v in item["data"].items() if isinstance(v, (str, int, float, bool))}
        for guard in ("canActivate", "canActivateChild", "canMatch", "canDeactivate", "canLoad", "resolve"):
            value = item.get(guard)
            if isinstance(value, list):
                route.guards[guard] = [g for v in value if (g := self.guard(rel, v)) is not None]
        comp = item.get("component")
        if isinstance(comp, Ref):
            route.component = self.component(rel, comp.name, comp.node)
        lazy = item.get("loadComponent")
        if isinstance(lazy, LazyImport):
            route.component = self.lazy_component(rel, lazy)
        children = item.get("children")
        if isinstance(children, (list, Ref)):
            route.children = self.routes_value(rel, children, group)
        load_children = item.get("loadChildren")
        returned = _returned_name(module.source, load_children)
        if isinstance(load_children, str) and "#" in load_children:  # './x/x.module#XModule' (Angular ≤ 8)
            spec, _, member = load_children.partition("#")
            load_children = LazyImport(spec, member, any_node)
        if isinstance(load_children, LazyImport):
            lazy_routes, route.module = self.lazy_children(rel, load_children)
            route.children += lazy_routes
        elif returned is not None and (found := resolve_symbol(self.project, rel, returned.name)) is not None:
            # loadChildren: () => FeatureModule, imported statically: its code stays with the importer's
            loaded, route.module = self.loaded_children(rel, found, returned.node, group)
            route.children += loaded
        elif load_children is not None:
            self.warn(rel, getattr(load_children, "node", None), "loadChildren form not understood",
                      "write loadChildren: () => import('./x').then(m => m.X)")
        return route

    def guard(self, rel: str, value: Any) -> str | tuple[str, str] | None:
        """A guard of a route in ``rel``: the name of one it declares or imports, or one written in the route
        (``() => inject(Auth).ok()``, ``hasRole('admin')``), which the file's compiled code also exports under a name
        of its own (script/emitter.py), as (file, that name)."""
        if isinstance(value, Ref):
            return value.name
        if isinstance(value, (Opaque, Call)) and value.node.type != "spread_element":  # (`...guards`: not read)
            line, col = self.project.modules[rel].source.position(value.node)
            name = f"__pwxGuard{line}_{col}"
            self.project.inline_guards.setdefault(rel, {})[(value.node.start_byte, value.node.end_byte)] = name
            return (rel, name)
        return None

    def component(self, rel: str, name: str, node) -> Component | None:
        target = resolve_symbol(self.project, rel, name)
        comp = self.project.component_at(*target) if target else None
        if comp is None:
            self.error(rel, node, f"routed component '{name}' not found")
        return comp

    def lazy_target(self, rel: str, lazy: LazyImport) -> tuple[str, str] | None:
        target_rel = resolve_import(self.project, rel, lazy.specifier)
        if target_rel is None:
            self.error(rel, lazy.node, f"cannot resolve '{lazy.specifier}'")
            return None
        found = resolve_export(self.project, target_rel, lazy.member or "default")
        if found is None:
            self.error(rel, lazy.node, f"'{lazy.member or 'default'}' is not exported by '{lazy.specifier}'")
        return found

    def lazy_component(self, rel: str, lazy: LazyImport) -> Component | None:
        found = self.lazy_target(rel, lazy)
        if found is None:
            return None
        comp = self.project.component_at(*found)
        if comp is None:
            self.error(rel, lazy.node, f"'{found[1]}' in {found[0]} is not a component")
        return comp

    def lazy_children(self, rel: str, lazy: LazyImport) -> tuple[list[Route], tuple[str, str] | None]:
        """The routes ``loadChildren`` loads, and the NgModule (file, class) they come from if they do."""
        found = self.lazy_target(rel, lazy)
        if found is None:
            return [], None
        return self.loaded_children(rel, found, lazy.node, found[0].removesuffix(".ts"))

    def loaded_children(self, rel: str, found: tuple[str, str], node: Node | None, group: str | None
                        ) -> tuple[list[Route], tuple[str, str] | None]:
        """The routes of ``found`` (file, name): an NgModule's forChild routes, or a routes array."""
        t_rel, local = found
        if t_rel not in self.project.modules:
            return [], None
        module = self.project.modules[t_rel]
        cls = module.angular_class(local)
        if cls is not None and cls.kind == "ngmodule":
            return self.ngmodule_routes(t_rel, cls, group, set()), (t_rel, local)
        routes = module.variables.get(local)
        if routes is not None:
            return self.routes_value(t_rel, evaluate(module.source, routes), group), None
        # Angular builds such an app and fails only when the route is opened: so does the converted app
        self.warn(rel, node, f"loadChildren: '{local}' in {t_rel} is neither an NgModule nor a routes array",
                  "a component is loaded with loadComponent: () => import('./x').then(m => m.X)")
        return [], None

    def ngmodule_routes(self, rel: str, cls: AngularClass, group: str | None, seen: set[str]) -> list[Route]:
        """forChild routes of an NgModule, looking through the NgModules it imports."""
        key = f"{rel}#{cls.name}"
        if key in seen:
            return []
        seen.add(key)
        out: list[Route] = []
        for where, item in listed_values(self.project, rel, cls.meta.get("imports")):
            if isinstance(item, Call) and item.callee == "RouterModule.forChild" and item.args:
                out.extend(self.routes_value(where, item.args[0], group))
            elif isinstance(item, Ref):
                target = resolve_symbol(self.project, where, item.name)
                if target and target[0] in self.project.modules:
                    inner = self.project.modules[target[0]].angular_class(target[1])
                    if inner is not None and inner.kind == "ngmodule":
                        out.extend(self.ngmodule_routes(target[0], inner, group, seen))
        return self.reachable(out)

    def reachable(self, routes: list[Route]) -> list[Route]:
        """The routes of one level Angular can match, in order: a component's route without children after another
        of the same path without children or a canMatch guard is never reached, as Angular takes the first that
        matches (a lazy module importing another's RouterModule.forChild([{ path: '' … }]) after its own); it is
        reported and left out, not made a page no navigation opens."""
        out: list[Route] = []
        for route in routes:
            first = next((r for r in out if r.path == route.path and r.component is not None and not r.children
                          and "canMatch" not in r.guards), None)
            if first is not None and first.component is not None and route.component is not None \
                    and not route.children:
                self.project.diagnostics.add("PWX406", f"route '{route.path}' ({route.component.name}) is never "
                                             f"reached: an earlier route of that path ({first.component.name}) comes "
                                             "first", route.file, route.line, route.col,
                                             hint="remove the route, or give it a path of its own")
                continue
            out.append(route)
        return out

    def error(self, rel: str, node, message: str) -> None:
        line, col = self.project.modules[rel].source.position(node) if node is not None else (0, 0)
        self.project.diagnostics.add("PWX404", message, rel, line, col)

    def warn(self, rel: str, node, message: str, hint: str = "") -> None:
        line, col = self.project.modules[rel].source.position(node) if node is not None else (0, 0)
        self.project.diagnostics.add("PWX406", message, rel, line, col, hint=hint)


def _returned_name(src: Source, value: Any) -> Ref | None:
    """The name ``() => Name`` returns (loadChildren given an NgModule or routes imported statically)."""
    if not isinstance(value, Opaque) or value.node.type != "arrow_function":
        return None
    body = value.node.child_by_field_name("body")
    if body is not None and body.type == "parenthesized_expression":
        body = body.named_children[0]
    return Ref(src.node_text(body), body) if body is not None and body.type == "identifier" else None
