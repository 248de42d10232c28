"""Reads an Angular workspace into a :class:`Project`: components, services, pipes, routes, assets.

Only reads: the user's project is never written. Works without node_modules (uses them when
present, e.g. for the Angular version and for stylesheet imports).
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path, PurePosixPath
from typing import Any

from pwa2wx.diagnostics import ConversionError, Diagnostic, Diagnostics, faults
from pwa2wx.script.tsparse import Call, LazyImport, Opaque, Ref, evaluate, required_child
from pwa2wx.workspace import angular_json, library_declarations
from pwa2wx.workspace.angular import AngularClass, ModuleInfo, read_module
from pwa2wx.workspace.model import Component, Project, TextSource
from pwa2wx.workspace.route_reader import RouteReader
from pwa2wx.workspace.symbols import listed_classes, listed_values, resolve_import, resolve_symbol

TS_SKIP = (".spec.ts", ".d.ts", ".test.ts")
TS_SKIP_NAMES = {"test.ts", "test-setup.ts", "setup-jest.ts"}


# ---- loading ---------------------------------------------------------------------------------


def load(root: Path, project_name: str | None = None) -> Project:
    root = root.resolve()
    diags = Diagnostics()
    ws_file = root / "angular.json"
    if not ws_file.is_file():
        raise ConversionError(Diagnostic(str(root), 0, 0, "error", "PWX402",
                                         f"no angular.json in {root}",
                                         "point pwa2wx at the folder that holds angular.json"))
    shape = angular_json.WorkspaceShape(ws_file)
    workspace = shape.expect(angular_json.read_json(ws_file, "angular.json"), dict, "")
    name, proj = angular_json.pick_project(workspace, project_name, ws_file, shape)
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
    package = angular_json.read_package(root, diags)
    tsconfig = options.get("tsConfig") or "tsconfig.json"
    paths, base_url = angular_json.tsconfig_paths(root, tsconfig, diags)
    has_nm = (root / "node_modules").is_dir()

    project = Project(
        root=root,
        name=str(package.get("name") or name),
        source_root=source_root.strip("/"),
        angular_major=angular_json.angular_major(root, package),
        has_node_modules=has_nm,
        global_styles=[s for s in (angular_json.global_entry(root, e) for e in options.get("styles", [])) if s],
        assets=angular_json.assets(root, options.get("assets", []), source_root, diags, f"{where}.assets"),
        tsconfig_paths=paths,
        base_url=base_url,
        modules={},
        components={},
        pipes={},
        injectables={},
        routes=[],
        environment={},
        main=angular_json.workspace_path(options.get("browser") or options.get("main")),
        polyfills=[angular_json.workspace_path(p) for p in shape.expect(polyfills, list, f"{where}.polyfills")],
        style_include_paths=[p for p in include_paths if angular_json.inside(root, root / p)],
        scripts=angular_json.global_scripts(root, options, source_root, diags),
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
    project.directive_attributes, project.library_pipes = faults.contain(
        partial(library_declarations.read, project), lambda: ({}, frozenset()), found, "PWX901",
        "reading the libraries' directives and pipes", "package.json")
    return project


def _read_modules(project: Project) -> None:
    src_dir = project.root / project.source_root
    for file in sorted(src_dir.rglob("*.ts")):
        if file.name.endswith(TS_SKIP) or file.name in TS_SKIP_NAMES or "node_modules" in file.parts or \
                not file.is_file():  # a folder named like a module (services/export-pdf.service.ts/)
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


def _root_component(project: Project) -> Component | None:
    """The component passed to bootstrapApplication or listed in an NgModule's ``bootstrap``."""
    for rel, module in sorted(project.modules.items()):
        refs = [c.args[0] for c in module.bootstrap_calls if c.args]
        refs += [r for cls in module.classes if cls.kind == "ngmodule"
                 for _, r in listed_values(project, rel, cls.meta.get("bootstrap"))]
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
    if isinstance(meta.get("templateUrl"), str):  # (before `template` when both are there, as Angular's compiler reads)
        template = _text_file(project, folder, meta["templateUrl"], rel, cls)
    elif isinstance(meta.get("template"), str):
        template = _inline(module, cls, "template", rel)
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
    imports = [r.name for _, r in listed_values(project, rel, meta.get("imports")) if isinstance(r, Ref)]
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
