"""Reads an Angular workspace into a :class:`Project`: components, services, pipes, routes, assets.

Only reads: the user's project is never written. Works without node_modules (uses them when
present, e.g. for the Angular version and for stylesheet imports).
"""

from __future__ import annotations

import os
import posixpath
import re
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path, PurePosixPath
from typing import Any, overload

from bridge.diagnostics import ConversionError, Diagnostic, Diagnostics, faults
from bridge.script.tsparse import Call, LazyImport, Opaque, Ref, evaluate, required_child
from bridge.workspace import jsonc
from bridge.workspace.angular import AngularClass, ModuleInfo, read_module

TS_SKIP = (".spec.ts", ".d.ts", ".test.ts")
TS_SKIP_NAMES = {"test.ts", "test-setup.ts", "setup-jest.ts"}


@dataclass
class TextSource:
    """Template or style text with where it came from (inline sources are offset inside the .ts)."""

    text: str
    file: str  # project-relative posix path
    line: int = 1  # line of the first character of text in file
    col: int = 1
    inline: bool = False


@dataclass
class Component:
    name: str
    rel: str  # project-relative .ts path
    selector: str | None
    template: TextSource | None
    styles: list[TextSource]
    standalone: bool
    imports: list[str]
    meta: dict[str, Any] = field(repr=False)
    line: int = 1
    col: int = 1

    @property
    def key(self) -> str:
        return f"{self.rel}#{self.name}"


@dataclass
class Route:
    path: str
    file: str
    line: int
    col: int
    component: Component | None = None
    redirect_to: str | None = None
    path_match: str = "prefix"
    children: list[Route] = field(default_factory=list)
    lazy_group: str | None = None  # the loadChildren module/file the route came from, for subpackages
    guards: dict[str, list[str]] = field(default_factory=dict)
    title: str | None = None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class Project:
    root: Path
    name: str
    source_root: str  # project-relative
    angular_major: int | None
    has_node_modules: bool
    global_styles: list[str]  # project-relative paths
    assets: list[tuple[str, str]]  # (project-relative source file, output path)
    tsconfig_paths: dict[str, list[str]]  # pattern -> targets, relative to the project root
    base_url: str | None  # compilerOptions.baseUrl relative to the project root ("." is the root); None: unset
    modules: dict[str, ModuleInfo]  # project-relative .ts path -> module
    components: dict[str, Component]  # key -> component
    pipes: dict[str, tuple[str, str]]  # pipe name -> (rel, class name)
    injectables: dict[str, AngularClass]  # key -> class
    routes: list[Route]
    environment: dict[str, Any]
    main: str | None
    polyfills: list[str]  # angular.json's polyfills, run before main: project files (.ts/.js) and package names
    style_include_paths: list[str]  # stylePreprocessorOptions.includePaths: where Sass also looks for imports
    scripts: list[str]  # global scripts the PWA runs before the app (angular.json scripts, index.html), in order
    dependencies: frozenset[str]  # the packages package.json names (dependencies of every kind)
    diagnostics: Diagnostics
    root_component: Component | None = None  # the bootstrapped shell (AppComponent)
    _by_tag: dict[str, Component] | None = field(default=None, repr=False, compare=False)

    def component_by_selector(self, tag: str) -> Component | None:
        """The component an element of this tag is, if any: the one rule the route planner (which places child
        components) and the template compiler (which uses them) share. Any tag an element selector names
        (Angular does not require a dash: ``selector: 'fee'``), in any case."""
        if self._by_tag is None:  # built on first use: the components are complete once load() returns
            self._by_tag = {}
            for c in sorted(self.components.values(), key=lambda c: c.key):
                for name in _selector_tags(c.selector or ""):
                    self._by_tag.setdefault(name.lower(), c)
        return self._by_tag.get(tag.lower())

    def component_at(self, rel: str, name: str) -> Component | None:
        return self.components.get(f"{rel}#{name}")

    def path(self, rel: str) -> Path:
        return self.root / rel


def _selector_tags(selector: str) -> list[str]:
    return [s.strip() for s in selector.split(",") if re.fullmatch(r"[a-zA-Z][\w-]*", s.strip())]


# ---- loading ---------------------------------------------------------------------------------


def load(root: Path, project_name: str | None = None) -> Project:
    root = root.resolve()
    diags = Diagnostics()
    ws_file = root / "angular.json"
    if not ws_file.is_file():
        raise ConversionError(Diagnostic(str(root), 0, 0, "error", "PWX402",
                                         f"no angular.json in {root}",
                                         "point pwa2wx at the folder that holds angular.json"))
    shape = WorkspaceShape(ws_file)
    workspace = shape.expect(_read_json(ws_file, "angular.json"), dict, "")
    name, proj = _pick_project(workspace, project_name, ws_file, shape)
    targets = shape.expect(proj.get("architect") or proj.get("targets") or {}, dict, f"projects.{name}.architect")
    build_target = shape.expect(targets.get("build") or {}, dict, f"projects.{name}.architect.build")
    where = f"projects.{name}.architect.build.options"
    options = shape.expect(build_target.get("options") or {}, dict, where)
    for key in ("styles", "assets"):
        for i, entry in enumerate(shape.expect(options.get(key, []), list, f"{where}.{key}")):
            if not isinstance(entry, str):
                shape.expect(entry, dict, f"{where}.{key}[{i}]")
                for field in ("input", "glob", "output"):
                    if field in entry:
                        shape.expect(entry[field], str, f"{where}.{key}[{i}].{field}")
    for key in ("tsConfig", "browser", "main"):
        if key in options:
            shape.expect(options[key], str, f"{where}.{key}")
    preprocessor = shape.expect(options.get("stylePreprocessorOptions") or {}, dict,
                                f"{where}.stylePreprocessorOptions")
    include_paths = shape.expect(preprocessor.get("includePaths") or [], list,
                                 f"{where}.stylePreprocessorOptions.includePaths")
    for i, entry in enumerate(include_paths):
        shape.expect(entry, str, f"{where}.stylePreprocessorOptions.includePaths[{i}]")
    polyfills = options.get("polyfills") or []
    for i, entry in enumerate(polyfills := [polyfills] if isinstance(polyfills, str) else polyfills):
        shape.expect(entry, str, f"{where}.polyfills[{i}]")
    source_root = shape.expect(proj.get("sourceRoot") or str(PurePosixPath(proj.get("root") or "", "src")), str,
                               f"projects.{name}.sourceRoot")
    package = _read_package(root, diags)
    tsconfig = options.get("tsConfig") or "tsconfig.json"
    paths, base_url = _tsconfig_paths(root, tsconfig, diags)
    has_nm = (root / "node_modules").is_dir()

    project = Project(
        root=root,
        name=str(package.get("name") or name),
        source_root=source_root.strip("/"),
        angular_major=_angular_major(root, package),
        has_node_modules=has_nm,
        global_styles=[s for s in (_style_entry(e) for e in options.get("styles", [])) if s],
        assets=_assets(root, options.get("assets", []), source_root, diags, f"{where}.assets"),
        tsconfig_paths=paths,
        base_url=base_url,
        modules={},
        components={},
        pipes={},
        injectables={},
        routes=[],
        environment={},
        main=_workspace_path(options.get("browser") or options.get("main")),
        polyfills=[_workspace_path(p) for p in shape.expect(polyfills, list, f"{where}.polyfills")],
        style_include_paths=[p for p in include_paths if _inside(root, root / p)],
        scripts=_global_scripts(root, options, source_root, diags),
        dependencies=frozenset(name for key in ("dependencies", "devDependencies", "peerDependencies",
                                                "optionalDependencies")
                               if isinstance(package.get(key), dict) for name in package[key]),
        diagnostics=diags,
    )
    _read_modules(project)
    live = _reachable(project)
    for rel in sorted(project.modules if live is None else live):
        for line, col, message in project.modules[rel].source.syntax_errors():
            diags.add("PWX301", message, rel, line, col, hint="fix the syntax; the rest of the project still converts")
    _collect_classes(project, live)
    found = project.diagnostics.items
    project.root_component = faults.contain(lambda: _root_component(project), lambda: None, found, "PWX901",
                                            "finding the bootstrapped component", project.main or source_root)
    project.routes = RouteReader(project).read()
    env = f"{project.source_root}/environments/environment.ts"
    project.environment = faults.contain(lambda: _environment(project), dict, found, "PWX901",
                                         "reading the environment values", env)
    return project


def _read_json(path: Path, label: str) -> Any:
    try:
        return jsonc.loads(path.read_text(encoding="utf-8"))
    except jsonc.JsoncError as e:
        raise ConversionError(Diagnostic(str(path), e.line, e.col, "error", "PWX402",
                                         f"{label} is not valid JSON: {e}")) from None
    except OSError as e:
        raise ConversionError(Diagnostic(str(path), 0, 0, "error", "PWX402", f"cannot read {label}: {e}")) from None


class WorkspaceShape:
    """Checks the angular.json values pwa2wx reads have the JSON types Angular's schema gives them."""

    def __init__(self, file: Path):
        self.file = file
        self.lines = file.read_text(encoding="utf-8", errors="replace").splitlines()

    def expect(self, value: Any, kind: type, where: str) -> Any:
        if isinstance(value, kind):
            return value
        names: dict[type, str] = {dict: "an object", list: "a list", str: "a string"}
        name = names[kind]
        key = where.rsplit(".", 1)[-1].split("[")[0]
        line = next((n for n, text in enumerate(self.lines, 1) if f'"{key}"' in text), 0) if key else 0
        col = self.lines[line - 1].find(f'"{key}"') + 1 if line else 0
        raise ConversionError(Diagnostic(str(self.file), line, col, "error", "PWX402",
                                         f"angular.json: {where or 'the file'} must be {name}"))


def _pick_project(workspace: dict, wanted: str | None, ws_file: Path, shape: WorkspaceShape) -> tuple[str, dict]:
    projects = shape.expect(workspace.get("projects") or {}, dict, "projects")
    for key, value in projects.items():
        shape.expect(value, dict, f"projects.{key}")
    apps = {k: v for k, v in projects.items() if v.get("projectType", "application") == "application"}
    if wanted:
        if wanted not in projects:
            raise ConversionError(Diagnostic(str(ws_file), 0, 0, "error", "PWX403",
                                             f"no project '{wanted}' in angular.json",
                                             f"projects: {', '.join(sorted(projects)) or 'none'}"))
        return wanted, projects[wanted]
    if len(apps) == 1:
        return next(iter(apps.items()))
    default = workspace.get("defaultProject")
    if isinstance(default, str) and default in apps:
        return default, apps[default]
    if not apps:
        raise ConversionError(Diagnostic(str(ws_file), 0, 0, "error", "PWX402",
                                         "angular.json declares no application project"))
    raise ConversionError(Diagnostic(str(ws_file), 0, 0, "error", "PWX403",
                                     f"angular.json has {len(apps)} application projects",
                                     f"pass --project with one of: {', '.join(sorted(apps))}"))


def _read_package(root: Path, diags: Diagnostics | None = None) -> dict:
    """package.json (missing: {}); an unreadable one is reported when ``diags`` is given."""
    file = root / "package.json"
    try:
        return jsonc.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as e:
        if diags is not None:
            _unreadable(diags, file, root, e, "the app name and Angular version are guessed")
        return {}


def _unreadable(diags: Diagnostics, file: Path, root: Path, error: Exception, instead: str) -> None:
    line, col = (error.line, error.col) if isinstance(error, jsonc.JsoncError) else (0, 0)
    diags.add("PWX416", f"{file.name} is not readable: {error}", Path(os.path.relpath(file, root)).as_posix(),
              line, col, hint=instead)


def _angular_major(root: Path, package: dict) -> int | None:
    installed = root / "node_modules" / "@angular" / "core" / "package.json"
    version = ""
    if installed.is_file():
        version = _read_package(installed.parent).get("version", "")
    if not version:
        deps = {**package.get("devDependencies", {}), **package.get("dependencies", {})}
        version = deps.get("@angular/core", "")
    m = re.search(r"(\d+)", version)
    return int(m.group(1)) if m else None


def _tsconfig_paths(root: Path, name: str, diags: Diagnostics) -> tuple[dict[str, list[str]], str | None]:
    """compilerOptions.paths (targets made relative to the project root) and baseUrl, following ``extends``
    chains inside the project. As TypeScript reads them: ``paths`` targets are relative to baseUrl, or
    without one to the tsconfig file that declares them; ``"baseUrl": "./"`` is the project root, not unset."""
    paths: dict[str, list[str]] = {}
    declared_in = "."  # folder of the tsconfig that declares the paths in effect
    base_url: str | None = None
    seen = set()
    file = root / name
    chain = []
    while file.is_file() and file not in seen:
        seen.add(file)
        try:
            data = jsonc.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            _unreadable(diags, file, root, e, "its compilerOptions (paths, baseUrl) are ignored")
            break
        chain.append((file, data.get("compilerOptions") or {}))
        ext = data.get("extends")
        if not isinstance(ext, str) or not ext.startswith("."):
            break
        file = (file.parent / ext).resolve()
        if file.suffix != ".json":
            file = file.with_suffix(".json")
    for cfg_file, options in reversed(chain):  # nearest file wins
        rel_dir = os.path.relpath(cfg_file.parent, root)
        if isinstance(options.get("baseUrl"), str):
            base_url = os.path.normpath(os.path.join(rel_dir, options["baseUrl"])).replace(os.sep, "/")
        if isinstance(options.get("paths"), dict):
            declared_in = rel_dir
            paths = {k: [t for t in v if isinstance(t, str)] for k, v in options["paths"].items()
                     if isinstance(v, list)}
    base = base_url if base_url is not None else declared_in
    rooted = {k: [os.path.normpath(os.path.join(base, t)).replace(os.sep, "/") for t in v] for k, v in paths.items()}
    return rooted, base_url


def _style_entry(entry: Any) -> str | None:
    if isinstance(entry, str):
        return entry
    if isinstance(entry, dict) and entry.get("inject", True) is not False:
        return entry.get("input")
    return None


def _assets(root: Path, entries: list, source_root: str, diags: Diagnostics, where: str) -> list[tuple[str, str]]:
    """Expand angular.json asset entries into (source file, output path) pairs, sorted.

    As Angular does, an entry that reads from outside the workspace or writes outside the output folder is
    refused (PWX418): the package is uploaded to WeChat, and nothing from elsewhere on the machine may reach it.
    """
    found: dict[str, str] = {}
    for i, entry in enumerate(entries):
        key = entry if isinstance(entry, str) else entry.get("input", "") if isinstance(entry, dict) else ""
        if not _inside(root, root / key):
            diags.add("PWX418", f"angular.json: {where}[{i}] reads '{key}', outside the project: not copied",
                      "angular.json", hint="copy the files into the project (e.g. src/assets) and list them there")
            continue
        if isinstance(entry, dict) and _climbs(entry.get("output", "")):
            diags.add("PWX418", f"angular.json: {where}[{i}] writes to '{entry['output']}', outside the output "
                      "folder: not copied", "angular.json", hint="use an output path inside the app, e.g. 'assets'")
            continue
        if isinstance(entry, str):
            src = root / entry
            if src.is_dir():
                base = PurePosixPath(entry).relative_to(source_root) if entry.startswith(source_root + "/") \
                    else PurePosixPath(PurePosixPath(entry).name)
                for f in sorted(src.rglob("*")):
                    if f.is_file():
                        found[f.relative_to(root).as_posix()] = (base / f.relative_to(src).as_posix()).as_posix()
            elif src.is_file():
                rel = PurePosixPath(entry)
                out = rel.relative_to(source_root) if entry.startswith(source_root + "/") else PurePosixPath(rel.name)
                found[rel.as_posix()] = out.as_posix()
        elif isinstance(entry, dict):
            input_dir = root / entry.get("input", "")
            output = entry.get("output", "")
            if not input_dir.is_dir():
                continue
            ignore = entry.get("ignore") or []
            for f in sorted(input_dir.glob(entry.get("glob", "**/*"))):
                if not f.is_file() or not _inside(root, f):  # a glob or a link may still lead out
                    continue
                rel_in = f.relative_to(input_dir).as_posix()
                if any(PurePosixPath(rel_in).match(pattern) for pattern in ignore):
                    continue
                out = PurePosixPath(output.lstrip("/").strip("./") or ".", rel_in)
                found[f.relative_to(root).as_posix()] = os.path.normpath(out.as_posix())
    return sorted(found.items())


_SCRIPT_TAG = re.compile(r"""<script\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']""", re.I)


def _global_scripts(root: Path, options: dict, source_root: str, diags: Diagnostics) -> list[str]:
    """The classic scripts a browser runs before the app, in its order: index.html's local ``<script src>``
    (relative to it), then angular.json's ``scripts`` (its deferred scripts.js). A remote or missing one is
    reported (PWX422)."""
    found: list[str] = []
    index = options.get("index")
    index = index.get("input") if isinstance(index, dict) else index
    index_rel = _workspace_path(index if isinstance(index, str) else f"{source_root}/index.html") or ""
    try:
        html = (root / index_rel).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        html = ""
    for m in _SCRIPT_TAG.finditer(html):
        url = m.group(1)
        line = html.count("\n", 0, m.start()) + 1
        if re.match(r"^(?:[a-z]+:)?//", url, re.I):
            diags.add("PWX422", f"index.html loads {url}: a mini program runs only the code in its package",
                      index_rel, line, hint="install the library from npm and import it, or show the pages that "
                                            "need it as web pages (<web-view>)")
            continue
        path = posixpath.normpath(posixpath.join(posixpath.dirname(index_rel), url.split("?")[0].lstrip("/")))
        found.append(_script(root, path, index_rel, diags, line))
    for entry in options.get("scripts") or []:
        rel = _style_entry(entry)  # the same shape: a path, or {input, inject, bundleName}
        if isinstance(rel, str):
            found.append(_script(root, _workspace_path(rel) or rel, "angular.json", diags))
    return [rel for rel in found if rel]


def _script(root: Path, rel: str, where: str, diags: Diagnostics, line: int = 0) -> str:
    if _inside(root, root / rel) and (root / rel).is_file():
        return rel
    diags.add("PWX422", f"global script '{rel}' not found: not run", where, line,
              hint="fix the path, or install the package it is in")
    return ""


@overload
def _workspace_path(path: str) -> str: ...
@overload
def _workspace_path(path: str | None) -> str | None: ...
def _workspace_path(path: str | None) -> str | None:
    """An angular.json file path as the project's modules are keyed ("./src/main.ts" → "src/main.ts"); a
    package name (a polyfill such as "zone.js") stays as it is."""
    if path is None or not path.startswith("."):
        return path
    return PurePosixPath(os.path.normpath(path)).as_posix()


def _inside(root: Path, path: Path) -> bool:
    """Whether ``path`` is in the workspace as written (as Angular checks it: node_modules may be a link)."""
    return Path(os.path.normpath(path)).is_relative_to(root)


def _climbs(output: str) -> bool:
    """Whether an asset output path leaves the output folder: ``..`` past its top (a leading ``/`` is the
    output folder itself, as Angular joins it to its output path)."""
    return os.path.normpath(output.lstrip("/") or ".").split(os.sep)[0] == ".."


def _read_modules(project: Project) -> None:
    src_dir = project.root / project.source_root
    for file in sorted(src_dir.rglob("*.ts")):
        if file.name.endswith(TS_SKIP) or file.name in TS_SKIP_NAMES or "node_modules" in file.parts:
            continue
        rel = file.relative_to(project.root).as_posix()
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            project.diagnostics.add("PWX301", f"cannot read: {e}", rel)
            continue
        module = faults.contain(partial(read_module, file, text), lambda: None, project.diagnostics.items,
                                "PWX901", "reading the module", rel)
        if module is not None:
            project.modules[rel] = module


def _reachable(project: Project) -> set[str] | None:
    """The modules the app loads, as ng build finds them: what main and the polyfills import, statically or
    with import() (lazy routes), followed through the project. Files nothing imports (a component left over
    from a refactoring, a spec helper) are not part of the app. Without a known main, every module counts
    (None)."""
    if project.main not in project.modules:
        return None
    roots = [r for r in [project.main, *project.polyfills] if r in project.modules]
    seen: set[str] = set()
    stack = roots
    while stack:
        rel = stack.pop()
        if rel in seen:
            continue
        seen.add(rel)
        module = project.modules[rel]
        for spec in [*module.static_specifiers, *module.dynamic_specifiers]:
            target = resolve_import(project, rel, spec)
            if target is not None and target in project.modules and target not in seen:
                stack.append(target)
    left_out = len(set(project.modules) - seen)
    if left_out:
        project.diagnostics.add("PWX419", f"{left_out} TypeScript files that main.ts never imports (directly or "
                                "through others) are not part of the app, as for ng build: not converted",
                                project.main or "angular.json")
    return seen


def _collect_classes(project: Project, live: set[str] | None) -> None:
    declared: set[str] = set()
    for module in list(project.modules.values()):  # resolving a name may read another module
        for cls in module.classes:
            if cls.kind == "ngmodule":
                for target in listed_classes(project, _rel(project, module), cls.meta.get("declarations")):
                    declared.add(f"{target[0]}#{target[1]}")
    for rel, module in list(project.modules.items()):
        for cls in module.classes:
            key = f"{rel}#{cls.name}"
            if cls.kind == "component" and (live is None or rel in live):
                comp = faults.contain(partial(_component, project, rel, cls, key in declared),
                                      lambda: None, project.diagnostics.items, "PWX901",
                                      f"reading the component {cls.name}", rel)
                if comp is not None:
                    project.components[key] = comp
            elif cls.kind == "pipe":
                pipe_name = cls.meta.get("name")
                if isinstance(pipe_name, str):
                    project.pipes[pipe_name] = (rel, cls.name)
            elif cls.kind == "injectable":
                project.injectables[key] = cls


def listed_classes(project: Project, rel: str, value: Any, depth: int = 0) -> list[tuple[str, str]]:
    """The classes (module, name) a metadata list of ``rel`` names, as NgModules write them: a literal array,
    a constant naming one (``declarations: COMPONENTS``), spreads of those (``[...PAGES, X]``), nested arrays."""
    if depth > 20:
        return []
    if isinstance(value, list):
        return [found for item in value for found in listed_classes(project, rel, item, depth + 1)]
    if isinstance(value, Opaque) and value.node.type == "spread_element" and rel in project.modules:
        inner = evaluate(project.modules[rel].source, value.node.named_children[0])
        return listed_classes(project, rel, inner, depth + 1)
    if isinstance(value, Ref):
        target = resolve_symbol(project, rel, value.name)
        if target is None or target[0] not in project.modules:
            return []
        node = project.modules[target[0]].variables.get(target[1])
        if node is None:
            return [target]  # a class
        return listed_classes(project, target[0], evaluate(project.modules[target[0]].source, node), depth + 1)
    return []


def _root_component(project: Project) -> Component | None:
    """The component passed to bootstrapApplication or listed in an NgModule's ``bootstrap``."""
    for rel, module in sorted(project.modules.items()):
        refs = [c.args[0] for c in module.bootstrap_calls if c.args]
        refs += [r for cls in module.classes if cls.kind == "ngmodule" for r in cls.meta.get("bootstrap") or []]
        for ref in refs:
            if isinstance(ref, Ref):
                target = resolve_symbol(project, rel, ref.name)
                if target and project.component_at(*target):
                    return project.component_at(*target)
    return None


def _rel(project: Project, module: ModuleInfo) -> str:
    return module.file.relative_to(project.root).as_posix()


# @Component keys read at conversion time: they must be literals (a string, or a list of strings).
LITERAL_META = {"selector": (str,), "template": (str,), "templateUrl": (str,), "styleUrl": (str,),
                "styleUrls": (list,), "styles": (str, list)}


def _component(project: Project, rel: str, cls: AngularClass, declared: bool) -> Component:
    meta = cls.meta
    module = project.modules[rel]
    for key, kinds in LITERAL_META.items():
        value = meta.get(key)
        items = value if isinstance(value, list) else [value]
        if key in meta and (not isinstance(value, kinds) or not all(isinstance(v, str) for v in items)):
            node = _meta_value_node(module, cls, key)
            line, col = module.source.position(node) if node is not None else (cls.line, cls.col)
            project.diagnostics.add("PWX417", f"{cls.name}: '{key}' is not a literal, so it is not read", rel,
                                    line, col, hint="pwa2wx reads component metadata without running your code: "
                                    "write the value in the decorator")
    folder = PurePosixPath(rel).parent
    template = None
    if isinstance(meta.get("template"), str):
        template = _inline(module, cls, "template", rel)
    elif isinstance(meta.get("templateUrl"), str):
        template = _text_file(project, folder, meta["templateUrl"], rel, cls)
    styles: list[TextSource] = []
    urls = meta["styleUrls"] if isinstance(meta.get("styleUrls"), list) else []
    if isinstance(meta.get("styleUrl"), str):
        urls = [meta["styleUrl"], *urls]
    for url in urls:
        if isinstance(url, str):
            loaded = _text_file(project, folder, url, rel, cls)
            if loaded:
                styles.append(loaded)
    inline_styles = meta.get("styles")
    if isinstance(inline_styles, str):
        inline_styles = [inline_styles]
    if isinstance(inline_styles, list):
        styles.extend(_inline_list(module, cls, rel))
    standalone = meta.get("standalone")
    if not isinstance(standalone, bool):
        standalone = (project.angular_major or 0) >= 19 and not declared
    imports = [r.name for r in meta.get("imports") or [] if isinstance(r, Ref)]
    selector = meta.get("selector") if isinstance(meta.get("selector"), str) else None
    return Component(cls.name, rel, selector, template, styles, standalone, imports, meta, cls.line, cls.col)


def _text_file(project: Project, folder: PurePosixPath, url: str, rel: str, cls: AngularClass) -> TextSource | None:
    path = os.path.normpath((folder / url).as_posix())
    full = project.root / path
    try:
        return TextSource(full.read_text(encoding="utf-8"), PurePosixPath(path).as_posix())
    except (OSError, UnicodeDecodeError):
        project.diagnostics.add("PWX405", f"{cls.name}: cannot read '{url}' ({path})", rel, cls.line, cls.col)
        return None


def _inline(module: ModuleInfo, cls: AngularClass, key: str, rel: str) -> TextSource:
    node = _meta_value_node(module, cls, key)
    line, col = module.source.position(node) if node is not None else (1, 1)
    return TextSource(cls.meta[key], rel, line, col + 1, inline=True)  # +1: skip the opening quote


def _inline_list(module: ModuleInfo, cls: AngularClass, rel: str) -> list[TextSource]:
    node = _meta_value_node(module, cls, "styles")
    out: list[TextSource] = []
    if node is None:
        return out
    items = node.named_children if node.type == "array" else [node]
    for item in items:
        value = evaluate(module.source, item)
        if isinstance(value, str):
            line, col = module.source.position(item)
            out.append(TextSource(value, rel, line, col + 1, inline=True))
    return out


def _meta_value_node(module: ModuleInfo, cls: AngularClass, key: str):
    """The syntax node of ``key`` inside the decorator's object literal."""
    if cls.meta_node is None or cls.meta_node.type != "object":
        return None
    for pair in cls.meta_node.named_children:
        if pair.type == "pair" and module.source.node_text(required_child(pair, "key")).strip("'\"") == key:
            return pair.child_by_field_name("value")
    return None


# ---- symbol resolution ------------------------------------------------------------------------


def resolve_import(project: Project, from_rel: str, specifier: str) -> str | None:
    """Project-relative .ts path an import specifier points at, or None for packages."""
    candidates: list[str] = []
    if specifier.startswith("."):
        candidates.append(os.path.normpath(os.path.join(PurePosixPath(from_rel).parent.as_posix(), specifier)))
    else:
        for pattern, targets in project.tsconfig_paths.items():
            if pattern == specifier or (pattern.endswith("*") and specifier.startswith(pattern[:-1])):
                rest = specifier[len(pattern) - 1:] if pattern.endswith("*") else ""
                candidates.extend(t.replace("*", rest) for t in targets)
        if project.base_url is not None:
            candidates.append(os.path.normpath(os.path.join(project.base_url, specifier)))
    for base in candidates:
        base = base.replace(os.sep, "/")
        for option in (base, base + ".ts", base + "/index.ts"):
            if option.endswith(".ts") and (option in project.modules or (project.root / option).is_file()):
                if option not in project.modules:
                    _load_extra_module(project, option)
                return option
        if base.endswith(".js") and base[:-3] + ".ts" in project.modules:
            return base[:-3] + ".ts"
    return None


def _load_extra_module(project: Project, rel: str) -> None:
    """A module outside sourceRoot (tsconfig paths into libs/): read it on first use."""
    file = project.root / rel
    try:
        project.modules[rel] = read_module(file, file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        pass


def resolve_symbol(project: Project, rel: str, name: str, depth: int = 0) -> tuple[str, str] | None:
    """(file, local name) where ``name`` as seen from ``rel`` is declared, following imports/re-exports."""
    module = project.modules.get(rel)
    if module is None or depth > 20:
        return None
    if name in module.variables or any(c.name == name for c in module.classes) or \
            (name in module.exports.values() and name not in module.imports):
        return rel, name
    binding = module.imports.get(name)
    if binding is not None:
        target = resolve_import(project, rel, binding.specifier)
        if target is None:
            return None
        return resolve_export(project, target, binding.name, depth + 1)
    return None


def resolve_export(project: Project, rel: str, exported: str, depth: int = 0) -> tuple[str, str] | None:
    module = project.modules.get(rel)
    if module is None or depth > 20:
        return None
    if exported in module.exports:
        local = module.exports[exported]
        if local in module.imports:
            return resolve_symbol(project, rel, local, depth + 1)
        return rel, local
    for spec, name, alias in module.reexports:
        if name is None or alias == exported:
            target = resolve_import(project, rel, spec)
            if target:
                found = resolve_export(project, target, exported if name is None else name, depth + 1)
                if found:
                    return found
    return None


# ---- routes ----------------------------------------------------------------------------------


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
            return out
        if isinstance(value, Opaque) and value.node.type == "spread_element":
            return []
        return []

    def route(self, rel: str, item: dict[str, Any], group: str | None) -> Route | None:
        module = self.project.modules[rel]
        any_node = next((v.node for v in item.values() if hasattr(v, "node")), None)
        line, col = module.source.position(any_node.parent.parent) if any_node is not None else (0, 0)
        path = item.get("path", "")
        if not isinstance(path, str):
            path = ""
        route = Route(path=path, file=rel, line=line, col=col, lazy_group=group)
        if isinstance(item.get("redirectTo"), str):
            route.redirect_to = item["redirectTo"]
        if isinstance(item.get("pathMatch"), str):
            route.path_match = item["pathMatch"]
        if isinstance(item.get("title"), str):
            route.title = item["title"]
        if isinstance(item.get("data"), dict):
            route.data = {k: v for k, v in item["data"].items() if isinstance(v, (str, int, float, bool))}
        for guard in ("canActivate", "canActivateChild", "canMatch", "canDeactivate", "canLoad", "resolve"):
            value = item.get(guard)
            if isinstance(value, list):
                route.guards[guard] = [v.name for v in value if isinstance(v, Ref)]
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
        if isinstance(load_children, LazyImport):
            route.children += self.lazy_children(rel, load_children)
        elif load_children is not None:
            self.warn(rel, getattr(load_children, "node", None), "loadChildren form not understood",
                      "write loadChildren: () => import('./x').then(m => m.X)")
        return route

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

    def lazy_children(self, rel: str, lazy: LazyImport) -> list[Route]:
        found = self.lazy_target(rel, lazy)
        if found is None:
            return []
        t_rel, local = found
        group = t_rel.removesuffix(".ts")
        module = self.project.modules[t_rel]
        cls = module.angular_class(local)
        if cls is not None and cls.kind == "ngmodule":
            return self.ngmodule_routes(t_rel, cls, group, set())
        node = module.variables.get(local)
        if node is not None:
            return self.routes_value(t_rel, evaluate(module.source, node), group)
        # Angular builds such an app and fails only when the route is opened: so does the converted app
        self.warn(rel, lazy.node, f"loadChildren: '{local}' in {t_rel} is neither an NgModule nor a routes array",
                  "a component is loaded with loadComponent: () => import('./x').then(m => m.X)")
        return []

    def ngmodule_routes(self, rel: str, cls: AngularClass, group: str, seen: set[str]) -> list[Route]:
        """forChild routes of an NgModule, looking through the NgModules it imports."""
        key = f"{rel}#{cls.name}"
        if key in seen:
            return []
        seen.add(key)
        out: list[Route] = []
        for item in cls.meta.get("imports") or []:
            if isinstance(item, Call) and item.callee == "RouterModule.forChild" and item.args:
                out.extend(self.routes_value(rel, item.args[0], group))
            elif isinstance(item, Ref):
                target = resolve_symbol(self.project, rel, item.name)
                if target and target[0] in self.project.modules:
                    inner = self.project.modules[target[0]].angular_class(target[1])
                    if inner is not None and inner.kind == "ngmodule":
                        out.extend(self.ngmodule_routes(target[0], inner, group, seen))
        return out

    def error(self, rel: str, node, message: str) -> None:
        line, col = self.project.modules[rel].source.position(node) if node is not None else (0, 0)
        self.project.diagnostics.add("PWX404", message, rel, line, col)

    def warn(self, rel: str, node, message: str, hint: str = "") -> None:
        line, col = self.project.modules[rel].source.position(node) if node is not None else (0, 0)
        self.project.diagnostics.add("PWX406", message, rel, line, col, hint=hint)


def _environment(project: Project) -> dict[str, Any]:
    """Literal values of ``export const environment = {…}`` from src/environments/environment.ts."""
    rel = f"{project.source_root}/environments/environment.ts"
    module = project.modules.get(rel)
    if module is None:
        return {}
    node = module.variables.get("environment")
    value = evaluate(module.source, node) if node is not None else {}
    return _plain(value) if isinstance(value, dict) else {}


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if not isinstance(v, (Ref, Call, Opaque, LazyImport))}
    if isinstance(value, list):
        return [_plain(v) for v in value if not isinstance(v, (Ref, Call, Opaque, LazyImport))]
    return value
