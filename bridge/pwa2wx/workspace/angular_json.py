"""The workspace's configuration files as Angular reads them: angular.json (the project, its build options,
styles, assets and scripts), tsconfig.json (paths and baseUrl, following ``extends``) and package.json.

Values Angular's schema types are checked here (:class:`WorkspaceShape`: a wrong type stops the conversion
with PWX402); inputs and outputs outside the project are refused as Angular refuses them.
"""

from __future__ import annotations

import os
import posixpath
import re
from pathlib import Path, PurePosixPath
from typing import Any, overload

from pwa2wx.diagnostics import ConversionError, Diagnostic, Diagnostics, line_column
from pwa2wx.workspace import jsonc


def read_json(path: Path, label: str) -> Any:
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


def pick_project(workspace: dict, wanted: str | None, ws_file: Path, shape: WorkspaceShape) -> tuple[str, dict]:
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


def read_package(root: Path, diags: Diagnostics | None = None) -> dict:
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


def angular_major(root: Path, package: dict) -> int | None:
    installed = root / "node_modules" / "@angular" / "core" / "package.json"
    version = ""
    if installed.is_file():
        version = read_package(installed.parent).get("version", "")
    if not version:
        deps = {**package.get("devDependencies", {}), **package.get("dependencies", {})}
        version = deps.get("@angular/core", "")
    m = re.search(r"(\d+)", version)
    return int(m.group(1)) if m else None


def tsconfig_paths(root: Path, name: str, diags: Diagnostics) -> tuple[dict[str, list[str]], str | None]:
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


def global_entry(root: Path, entry: Any) -> str | None:
    """The workspace path of a ``styles`` or ``scripts`` entry the app injects. One that is not a file of the
    workspace is a package's (``@angular/material/prebuilt-themes/azure-blue.css``), as the Angular CLI resolves it."""
    if isinstance(entry, dict) and entry.get("inject", True) is not False:
        entry = entry.get("input")
    if not isinstance(entry, str):
        return None
    path = entry
    package = "node_modules/" + path.removeprefix("~")
    return package if not path.startswith(".") and not (root / path).is_file() and (root / package).is_file() else path


def assets(root: Path, entries: list, source_root: str, diags: Diagnostics, where: str) -> list[tuple[str, str]]:
    """Expand angular.json asset entries into (source file, output path) pairs, sorted.

    As Angular does, an entry that reads from outside the workspace or writes outside the output folder is
    refused (PWX418): the package is uploaded to WeChat, and nothing from elsewhere on the machine may reach it.
    """
    found: dict[str, str] = {}
    for i, entry in enumerate(entries):
        key = entry if isinstance(entry, str) else entry.get("input", "") if isinstance(entry, dict) else ""
        if not inside(root, root / key):
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
                if not f.is_file() or not inside(root, f):  # a glob or a link may still lead out
                    continue
                rel_in = f.relative_to(input_dir).as_posix()
                if any(PurePosixPath(rel_in).match(pattern) for pattern in ignore):
                    continue
                out = PurePosixPath(output.lstrip("/").strip("./") or ".", rel_in)
                found[f.relative_to(root).as_posix()] = os.path.normpath(out.as_posix())
    return sorted(found.items())


_SCRIPT_TAG = re.compile(r"""<script\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']""", re.I)


def global_scripts(root: Path, options: dict, source_root: str, diags: Diagnostics) -> list[str]:
    """The classic scripts a browser runs before the app, in its order: index.html's local ``<script src>``
    (relative to it), then angular.json's ``scripts`` (its deferred scripts.js). A remote or missing one is
    reported (PWX422)."""
    found: list[str] = []
    index = options.get("index")
    index = index.get("input") if isinstance(index, dict) else index
    index_rel = workspace_path(index if isinstance(index, str) else f"{source_root}/index.html") or ""
    try:
        html = (root / index_rel).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        html = ""
    # a script in a comment is not loaded (blanked, so that lines keep their numbers)
    html = re.sub(r"<!--.*?-->", lambda m: re.sub(r"[^\n]", " ", m.group()), html, flags=re.S)
    for m in _SCRIPT_TAG.finditer(html):
        url = m.group(1)
        line = line_column(html, m.start())[0]
        if re.match(r"^(?:[a-z]+:)?//", url, re.I):
            installed = installed_copy(root, url)
            if installed is not None:
                diags.add("PWX422", f"index.html loads {url}: it runs from the installed package instead, "
                          f"{installed}", index_rel, line, severity="info")
                found.append(installed)
                continue
            diags.add("PWX422", f"index.html loads {url}: a mini program runs only the code in its package",
                      index_rel, line, hint="install the library from npm and import it, or show the pages that "
                                            "need it as web pages (<web-view>)")
            continue
        path = posixpath.normpath(posixpath.join(posixpath.dirname(index_rel), url.split("?")[0].lstrip("/")))
        found.append(_script(root, path, index_rel, diags, line))
    for entry in options.get("scripts") or []:
        rel = global_entry(root, entry)
        if isinstance(rel, str):
            found.append(_script(root, workspace_path(rel) or rel, "angular.json", diags))
    return [rel for rel in found if rel]


def installed_copy(root: Path, url: str) -> str | None:
    """The installed package's copy of a script a CDN serves (``…/ajax/libs/jquery/3.6.0/jquery.min.js``,
    ``…/npm/bootstrap@5.3.0/dist/js/bootstrap.bundle.min.js``): the file of that name in a package the URL's path
    names, as node_modules has it (the app's lockfile's version), else None."""
    path = re.sub(r"^(?:[a-z]+:)?//[^/]+", "", url.split("?")[0].split("#")[0], flags=re.I).strip("/").split("/")
    name = path[-1]
    if not name.endswith(".js"):
        return None
    stem = re.sub(r"(?:[.-]\d[\w.-]*)?(?:\.min)?\.js$", "", name)  # jquery-3.6.0.min.js: jquery.min.js
    names = dict.fromkeys([name, stem + (".min.js" if ".min." in name else ".js")])
    for package in dict.fromkeys([*(part.split("@")[0] for part in path[:-1] if part), stem]):
        folder = root / "node_modules" / package
        if not package or not folder.is_dir() or not inside(root / "node_modules", folder):
            continue
        found = sorted((f for n in names for f in folder.glob(f"**/{n}")
                        if "node_modules" not in f.relative_to(folder).parts), key=lambda f: len(f.parts))
        if found:
            return found[0].relative_to(root).as_posix()
    return None


def _script(root: Path, rel: str, where: str, diags: Diagnostics, line: int = 0) -> str:
    if inside(root, root / rel) and (root / rel).is_file():
        return rel
    diags.add("PWX422", f"global script '{rel}' not found: not run", where, line,
              hint="fix the path, or install the package it is in")
    return ""


@overload
def workspace_path(path: str) -> str: ...
@overload
def workspace_path(path: str | None) -> str | None: ...
def workspace_path(path: str | None) -> str | None:
    """An angular.json file path as the project's modules are keyed ("./src/main.ts" → "src/main.ts"); a
    package name (a polyfill such as "zone.js") stays as it is."""
    if path is None or not path.startswith("."):
        return path
    return PurePosixPath(os.path.normpath(path)).as_posix()


def inside(root: Path, path: Path) -> bool:
    """Whether ``path`` is in the workspace as written (as Angular checks it: node_modules may be a link)."""
    return Path(os.path.normpath(path)).is_relative_to(root)


def _climbs(output: str) -> bool:
    """Whether an asset output path leaves the output folder: ``..`` past its top (a leading ``/`` is the
    output folder itself, as Angular joins it to its output path)."""
    return os.path.normpath(output.lstrip("/") or ".").split(os.sep)[0] == ".."
