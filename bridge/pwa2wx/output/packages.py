"""Subpackages: when the main package would pass WeChat's 2 MB, lazy route groups move out of it.

A group is the set of pages behind one `loadChildren`. It moves into `packages/<group>/` with the
modules only it reaches, and the npm files only they require (subpackages may require main-package code,
never the reverse). Tab pages and the start page must stay in the main package, and so does anything two
groups share.

When that is not enough, the largest npm packages and app modules the main package still holds move into
subpackages without pages (`packages/late-<n>/`), which app.js loads with `require.async` before the app starts
(WeChat's "subpackage asynchronisation"); code outside one requires their files through runtime/late.js.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from pwa2wx.output.graph import closure, loads, replace_requires, retarget
from pwa2wx.output.layout import LATE_ROOT, NPM, RUNTIME
from pwa2wx.script.modules import output_path, package_name, relative
from pwa2wx.workspace.model import Project
from pwa2wx.workspace.routes import Page, Plan
from pwa2wx.workspace.symbols import resolve_import

MAIN_PACKAGE_LIMIT = 2 * 1024 * 1024
LATE_JS = RUNTIME + "late.js"
# Room kept in the main package for what the subpackages without pages add to it (app.js's require.async calls, late.js,
# the longer requires), and in each of them for its index.
LATE_ROOM = 64 * 1024


@dataclass
class Placement:
    """Which package root ('' = main) each page and project module goes to."""

    pages: dict[str, str] = field(default_factory=dict)  # component key -> root
    components: dict[str, str] = field(default_factory=dict)  # key of a component used as an element -> root
    modules: dict[str, str] = field(default_factory=dict)  # module rel -> root
    late: dict[str, str] = field(default_factory=dict)  # code file -> root of the subpackage without pages it moves to
    remote_assets: bool = False  # every asset loads from [assets] base_url, not only the large ones

    def module_output(self, rel: str) -> str:
        """Where a project module (.ts or .js) lands: same relative path, .js, under its package root."""
        out = output_path(rel)
        root = self.modules.get(rel, "")
        return f"{root}/{out}" if root else out

    def require_path(self, from_file: str, rel: str) -> str:
        """require() path from an output file to the compiled project module ``rel``, wherever it lands."""
        return relative(from_file, self.module_output(rel))

    def final_path(self, path: str) -> str:
        """Where an output file ends up once the code the main package cannot hold has moved (defer_late)."""
        return f"{self.late[path]}/{path}" if path in self.late else path

    def apply(self, plan: Plan) -> None:
        """Prefix moved pages' and components' paths with their package root, in the pages, the components and the
        route table."""
        for key, package in self.components.items():
            plan.components[key] = f"{package}/{plan.components[key]}"
        moved = {}
        for page in plan.pages:
            root = self.pages.get(page.component.key)
            if root:
                moved[page.path] = f"{root}/{page.path}"
                page.path = moved[page.path]
        for entry in plan.routes:
            if entry.page is not None:  # None: no page (a redirect)
                entry.page = moved.get(entry.page, entry.page)

    def roots(self) -> list[str]:
        """Every subpackage root: the moved groups' and then the subpackages without pages."""
        return sorted(set(self.pages.values())) + self.late_roots()

    def late_roots(self) -> list[str]:
        return sorted(set(self.late.values()), key=lambda r: int(r.removeprefix(LATE_ROOT)))


def split(project: Project, plan: Plan, files: dict[str, bytes], limit: int = MAIN_PACKAGE_LIMIT) -> Placement:
    """Move the largest lazy groups out until the main package fits (or nothing more can move)."""
    placement = Placement()
    main_size = sum(len(b) for b in files.values())
    if main_size <= limit:
        return placement
    fixed = {t.page for t in plan.tabs} | ({plan.pages[0].path} if plan.pages else set())
    groups: dict[str, list] = defaultdict(list)
    for page in plan.pages:
        if page.lazy_group and page.path not in fixed:
            groups[page.lazy_group].append(page)
    graph = _static_graph(project)
    grouped = {p.component.key for pages in groups.values() for p in pages}
    shown_in = _shown_only_in(plan, files, {p.path: g for g, pages in groups.items() for p in pages})
    main_roots = [project.main] if project.main else []
    main_roots += [rel for p in plan.pages if p.component.key not in grouped for rel in _starts(p)]
    main_roots += [key.split("#")[0] for key in plan.components if key not in shown_in]
    main_roots += [m for entry in plan.routes for refs in entry.guards.values() for m, _ in refs]
    main_reach = closure(graph, main_roots)
    # a group's pages, the module loadChildren loads (its NgModule or routes file, which imports the pages) and the
    # components only its pages show
    reach = {g: closure(graph, [rel for p in pages for rel in _starts(p)] + [m for m in (f"{g}.ts",) if m in graph]
                        + [key.split("#")[0] for key, group in shown_in.items() if group == g]) - main_reach
             for g, pages in groups.items()}

    reached_twice = _reached_more_than_once(reach.values())
    exclusive = {g: r - reached_twice for g, r in reach.items()}
    paths = sorted(files)
    views = {g: [p.path for p in pages] + [plan.components[key] for key, group in shown_in.items() if group == g]
             for g, pages in groups.items()}
    code = {g: {f for view in views[g] for f in _starting_with(paths, view + ".")} |
            {output_path(m) for m in exclusive[g]} for g in groups}
    owner_of = {f: g for g, group_files in code.items() for f in group_files}
    npm_gain: dict[str, int] = defaultdict(int)
    for path, group in npm_owners(files, lambda f: owner_of.get(f, "")).items():
        npm_gain[group] += len(files[path])

    def gain(group: str) -> int:
        """Bytes leaving the main package with the group: its pages' files, its own modules and npm files."""
        return sum(len(files.get(f, b"")) for f in code[group]) + npm_gain[group]

    gains = {g: gain(g) for g in groups}
    taken: set[str] = set()
    for group in sorted(groups, key=lambda g: (-gains[g], g)):
        if main_size <= limit:
            break
        root = "packages/" + _slug(group, taken)
        main_size -= gains[group]
        for page in groups[group]:
            placement.pages[page.component.key] = root
        placement.components.update({key: root for key, g in shown_in.items() if g == group})
        for rel in exclusive[group]:
            placement.modules[rel] = root
    return placement


def _shown_only_in(plan: Plan, files: dict[str, bytes], group_of: dict[str, str]) -> dict[str, str]:
    """Component key → the lazy group whose pages alone show the component (in their views or inside other
    components'), from the views' usingComponents; ``group_of``: page path → its group. WeChat lets a subpackage's
    pages use its own components, so such a component moves with the group."""
    key_of = {path: key for key, path in plan.components.items()}
    users: dict[str, set[str]] = defaultdict(set)  # a component's path -> the views that list it
    for path, data in files.items():
        view = path.removesuffix(".json")
        if path.endswith(".json") and view + ".wxml" in files:
            for target in json.loads(data).get("usingComponents", {}).values():
                users[target.lstrip("/")].add(view)
    shown_in = {}
    for path, key in key_of.items():
        groups, seen, stack = set(), {path}, [path]
        while stack:
            for user in users[stack.pop()]:
                if user not in key_of:
                    groups.add(group_of.get(user, ""))  # a page (or the side menu) of the main package: ""
                elif user not in seen:
                    seen.add(user)
                    stack.append(user)
        if len(groups) == 1 and "" not in groups:
            shown_in[key] = groups.pop()
    return shown_in


def _starts(page: Page) -> list[str]:
    """The project modules a page requires as it starts (page.js.j2): its component, the tabs shells above it and
    the lazily loaded NgModules it is under, wherever their routes came from."""
    return [page.component.rel, *(a.rel for a in page.ancestors), *(m for m, _ in page.modules)]


def _reached_more_than_once(reaches: Iterable[set[str]]) -> set[str]:
    seen: set[str] = set()
    twice: set[str] = set()
    for reach in reaches:
        twice |= seen & reach
        seen |= reach
    return twice


def _starting_with(paths: list[str], prefix: str) -> list[str]:
    """The paths (sorted) that start with ``prefix``."""
    start = end = bisect.bisect_left(paths, prefix)
    while end < len(paths) and paths[end].startswith(prefix):
        end += 1
    return paths[start:end]


def _static_graph(project: Project) -> dict[str, set[str]]:
    """Project module → project modules it imports statically (lazy import() edges are not ties)."""
    graph: dict[str, set[str]] = {}
    for rel, module in list(project.modules.items()):
        targets = (resolve_import(project, rel, spec) for spec in module.static_specifiers)
        graph[rel] = {t for t in targets if t is not None}
    return graph


def _slug(group: str, taken: set[str]) -> str:
    """The group's folder name (src/app/pages/admin/admin.module → admin), unique among the groups."""
    parts = group.split("/")
    name = re.sub(r"[^a-z0-9]+", "-", parts[-2].lower() if len(parts) > 1 else parts[-1]).strip("-") or "group"
    if name in taken:
        name = f"{name}-{re.sub(r'[^a-z0-9]+', '-', parts[-1].lower()).strip('-')}"
    taken.add(name)
    return name


def root_of(path: str, roots: Iterable[str]) -> str:
    """The package root (one of ``roots``; '' = the main package) an output file is in."""
    return next((r for r in roots if path.startswith(r + "/")), "")


def npm_owners(files: dict[str, bytes], owner: Callable[[str], str]) -> dict[str, str]:
    """The npm files that one owner's code alone requires (directly or through other npm files), with that
    owner: ``owner(path)`` names what a file of the app belongs to ('' = the main package)."""
    # Every file of the app's own code is a root of its owner, so only edges into npm code are followed
    # (app.config.js requires every page, yet a page's npm code is its owner's need, not the main package's).
    graph = {path: [t for t in loads(path, data.decode("utf-8", "replace")) if t in files and t.startswith(NPM)]
             for path, data in files.items() if path.endswith(".js")}
    reached_by: dict[str, set[str]] = defaultdict(set)
    roots: dict[str, list[str]] = defaultdict(list)
    for path in graph:
        if not path.startswith(NPM):
            roots[owner(path)].append(path)
    for name, code in roots.items():
        for path in closure(graph, code):
            if path.startswith(NPM):
                reached_by[path].add(name)
    return {path: next(iter(names)) for path, names in reached_by.items() if len(names) == 1 and "" not in names}


def move_npm(files: dict[str, bytes], roots: list[str]) -> tuple[dict[str, bytes], dict[str, str]]:
    """The files with each npm file that one subpackage alone requires moved into it (``<root>/miniprogram_npm/
    …``), every require path to or from a moved file rewritten; and the app modules' rewritten texts (new → old),
    whose ES2017 verdict stays that of the old text."""
    moved = {path: f"{root}/{path}" for path, root in npm_owners(files, lambda p: root_of(p, roots)).items()}
    if not moved:
        return files, {}
    return _relocated(files, moved, lambda path, text, to: retarget(path, text, to, moved))


def _relocated(files: dict[str, bytes], moved: dict[str, str], rewrite: Callable[[str, str, str], str]
               ) -> tuple[dict[str, bytes], dict[str, str]]:
    """The files with those in ``moved`` (old path → new) at their new places and each JS file's text through
    ``rewrite(path, text, new path)``; and the app modules' rewritten texts (new → old)."""
    out: dict[str, bytes] = {}
    rewritten: dict[str, str] = {}
    for path, data in files.items():
        to = moved.get(path, path)
        if path.endswith(".js"):
            text = data.decode("utf-8")
            new = rewrite(path, text, to)
            if new != text:
                if not path.startswith(NPM):
                    rewritten[new] = text
                data = new.encode("utf-8")
        out[to] = data
    return dict(sorted(out.items())), rewritten


def late_code(files: dict[str, bytes], roots: list[str], app_code: Iterable[str] = (),
              limit: int = MAIN_PACKAGE_LIMIT) -> dict[str, str]:
    """Code file → the subpackage without pages it moves to, when the main package is still over ``limit`` with
    the lazy groups moved out: the largest npm packages and files of ``app_code`` (its modules and global scripts,
    as output paths) it holds, until it fits, packed into subpackages of ``limit`` bytes (a package larger than
    that spread over several). Nothing requires those before the app starts: pages, components and app.config.js
    require them when they run. The runtime's own npm code (rxjs) stays."""
    main = {path: len(data) for path, data in files.items() if root_of(path, roots) == ""}
    over = sum(main.values()) - (limit - LATE_ROOM)
    if over <= 0:
        return {}
    # what the runtime itself requires (rxjs), through its own files and npm code only (it reads the app's config,
    # which names every page)
    own = (RUNTIME, NPM)
    graph = {path: [t for t in loads(path, files[path].decode("utf-8", "replace")) if t.startswith(own)]
             for path in main if path.endswith(".js") and path.startswith(own)}
    pinned = closure(graph, [path for path in main if path.startswith(RUNTIME)])
    units: dict[str, list[str]] = defaultdict(list)  # an npm package, or one file of the app's code: moved whole
    for path in sorted(main):
        if path.startswith(NPM) and path.endswith(".js") and path not in pinned:
            units[package_name(path.removeprefix(NPM))].append(path)
    units.update({path: [path] for path in sorted(set(app_code) & main.keys())  # (an npm polyfill is its package's)
                  if path.endswith(".js") and not path.startswith(NPM)})
    size = {name: sum(main[f] for f in paths) for name, paths in units.items()}
    room = limit - LATE_ROOM
    bins: list[list[str]] = []
    free: list[int] = []
    for name in sorted(size, key=lambda n: (-size[n], n)):
        if over <= 0:
            break
        over -= size[name]
        fits = next((i for i, f in enumerate(free) if f >= size[name]), None)
        if fits is not None:
            bins[fits] += units[name]
            free[fits] -= size[name]
            continue
        bins.append([])
        free.append(room)
        for path in units[name]:  # in path order; a package larger than a subpackage takes several
            if bins[-1] and free[-1] < main[path]:
                bins.append([])
                free.append(room)
            bins[-1].append(path)
            free[-1] -= main[path]
    return {path: f"{LATE_ROOT}{n}" for n, paths in enumerate(bins, 1) for path in paths}


def defer_late(files: dict[str, bytes], late: dict[str, str]) -> tuple[dict[str, bytes], dict[str, str]]:
    """The files with the code files ``late`` places moved into their subpackages without pages; a require of one
    from outside its subpackage becomes ``require("…/late.js")("<its old path>")``, and each subpackage gets an
    ``index.js`` that requires those files on demand. Also the app modules' rewritten texts (new → old)."""
    moved = {path: f"{root}/{path}" for path, root in late.items() if path in files}
    if not moved:
        return files, {}
    key_of = {new: old for old, new in moved.items()}
    roots = sorted(set(late.values()))
    wanted: dict[str, set[str]] = defaultdict(set)  # root -> its files code outside it requires

    def rewrite(path: str, text: str, to: str) -> str:
        here = root_of(to, roots)

        def through_late(target: str, quote: str) -> str | None:
            old = key_of.get(target)
            if old is None or late[old] == here:
                return None
            wanted[late[old]].add(old)
            return f"require({quote}{relative(to, LATE_JS)}{quote})({quote}{old}{quote})"

        return replace_requires(to, retarget(path, text, to, moved), through_late)

    out, rewritten = _relocated(files, moved, rewrite)
    for root in roots:  # app.js loads each one's index
        entries = ",\n".join(f"  {json.dumps(p)}: function () {{ return require({json.dumps('./' + p)}); }}"
                             for p in sorted(wanted[root]))
        out[f"{root}/index.js"] = (f"// Generated by pwa2wx: the files of this subpackage that code outside it "
                                   f"requires (pwa2wx/runtime/late.js).\nmodule.exports = {{\n{entries}\n}};\n"
                                   ).encode()
    return dict(sorted(out.items())), rewritten
