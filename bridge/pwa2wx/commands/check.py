"""`pwa2wx check OUT`: is this folder a mini program WeChat will accept?

Reads every WXML as a tree (:mod:`pwa2wx.output.markup`: the broken markup wcc lets through), runs WeChat's
official compilers over every WXML/WXSS, checks app.json against the files on disk, runs WeChat DevTools'
own compile and code quality scan (:mod:`pwa2wx.commands.devtools_scan`), measures the packages against
WeChat's size limits (naming what takes the most room), and lists the request domains to enter in the
admin console (:mod:`pwa2wx.workspace.domains`).
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass, field
from pathlib import Path

from pwa2wx.commands import devtools_scan
from pwa2wx.diagnostics import Diagnostics, listed
from pwa2wx.output import markup, wechat
from pwa2wx.output.graph import closure, late_loads, loads
from pwa2wx.output.layout import LATE_ROOT, NPM, NPM_FOLDER, OWN, PWA_FOLDER
from pwa2wx.workspace import domains

MAIN_LIMIT = 2 * 1024 * 1024
SUBPACKAGE_LIMIT = 2 * 1024 * 1024
TOTAL_LIMIT = 20 * 1024 * 1024
TAB_ICON_LIMIT = 40 * 1024
PAGE_FILES = (".js", ".wxml", ".wxss", ".json")
LARGEST_SHOWN = 5
DOMAIN_CONSOLE = "mp.weixin.qq.com → Development → Development Settings → Server Domain → request"
BUSINESS_CONSOLE = "mp.weixin.qq.com → Development → Development Settings → Business domain"


@dataclass
class Findings:
    diagnostics: Diagnostics = field(default_factory=Diagnostics)
    lines: list[str] = field(default_factory=list)  # human summary printed after the diagnostics
    sizes: dict[str, int] = field(default_factory=dict)  # package root ("" = main) -> bytes
    domains: dict[str, list[str]] = field(default_factory=dict)  # origin -> output files naming it
    business: str | None = None  # the origin the web-view pages show ([webview] url)
    devtools: dict = field(default_factory=dict)  # DevTools' compile and quality scan (devtools_scan.summary)

    def summary(self) -> dict:
        return {"errors": self.diagnostics.count("error"), "warnings": self.diagnostics.count("warning"),
                "infos": self.diagnostics.count("info"), "packages": self.sizes,
                "request_domains": [o for o in self.domains if o.startswith("https://")],
                "business_domains": [self.business] if self.business else [],
                **({"devtools": self.devtools} if self.devtools else {})}


def check(out: Path, compilers: bool = True, devtools: bool = False) -> Findings:
    """``compilers``: run wcc/wcsc; ``devtools``: run DevTools' compile and quality scan (Node, 5 to 40 s)."""
    out = out.resolve()
    found = Findings()
    app = _json(out, "app.json", found)
    if not (out / "project.config.json").is_file():
        found.diagnostics.add("PWX414", "project.config.json is missing: WeChat DevTools cannot open the folder",
                              "project.config.json")
    if app is None:
        return found
    wxml_users = _check_app_json(out, app, found)
    wxml = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.wxml") if NPM_FOLDER not in p.parts)
    for problem in markup.problems(out, wxml):
        found.diagnostics.add("PWX109", problem.message, problem.file, problem.line, problem.col)
    found.lines.append(f"markup: {len(wxml)} WXML files read as trees")
    if compilers:
        _run_compilers(out, wxml, wxml_users, found)
    if devtools:
        devtools_scan.scan(out, found)
    _measure(out, app, found)
    _list_domains(out, found)
    return found


def _json(out: Path, rel: str, found: Findings) -> dict | None:
    try:
        data = json.loads((out / rel).read_text(encoding="utf-8"))
    except FileNotFoundError:
        found.diagnostics.add("PWX414", f"{rel} is missing", rel)
        return None
    except (ValueError, OSError) as e:
        found.diagnostics.add("PWX414", f"{rel} is not valid JSON: {e}", rel)
        return None
    if not isinstance(data, dict):
        found.diagnostics.add("PWX414", f"{rel} must hold a JSON object", rel)
        return None
    return data


def _check_app_json(out: Path, app: dict, found: Findings) -> dict[str, list[str]]:
    """Every page/component exists with its files; returns wxml path → custom component tags used."""
    pages = list(app.get("pages") or [])
    if not pages:
        found.diagnostics.add("PWX414", "app.json lists no pages", "app.json")
    for sub in app.get("subPackages") or app.get("subpackages") or []:
        pages += [posixpath.join(sub.get("root", ""), p) for p in sub.get("pages") or []]
    users: dict[str, list[str]] = {}
    queue = [(p, "page") for p in pages]
    seen = set()
    while queue:
        path, kind = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        missing = [ext for ext in PAGE_FILES if not (out / (path + ext)).is_file()]
        if missing:
            found.diagnostics.add("PWX414", f"{kind} {path} lacks {', '.join(missing)}", "app.json")
            continue
        config = _json(out, path + ".json", found) or {}
        if kind == "component" and config.get("component") is not True:
            found.diagnostics.add("PWX414", f"{path}.json must set \"component\": true", path + ".json")
        using = config.get("usingComponents") or {}
        users[path + ".wxml"] = sorted(using)
        for target in using.values():
            resolved = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                posixpath.join(posixpath.dirname(path), target))
            queue.append((resolved, "component"))
    tab_bar = app.get("tabBar")
    if tab_bar:
        items = tab_bar.get("list") or []
        if not 2 <= len(items) <= 5:
            found.diagnostics.add("PWX414", f"tabBar has {len(items)} items; WeChat needs 2 to 5", "app.json")
        main_pages = set(app.get("pages") or [])
        for item in items:
            if item.get("pagePath") not in main_pages:
                found.diagnostics.add("PWX414", f"tabBar page {item.get('pagePath')} is not a main-package page",
                                      "app.json")
            for key in ("iconPath", "selectedIconPath"):
                icon = item.get(key)
                if icon and not (out / icon).is_file():
                    found.diagnostics.add("PWX414", f"tabBar {key} {icon} is missing", "app.json")
                elif icon and (out / icon).stat().st_size > TAB_ICON_LIMIT:
                    found.diagnostics.add("PWX414", f"tabBar {key} {icon} is over 40 KB", "app.json")
    return users


def _run_compilers(out: Path, wxml: list[str], users: dict[str, list[str]], found: Findings) -> None:
    try:
        wechat.compiler_package()
    except wechat.ToolMissing as e:
        found.diagnostics.add("PWX415", f"WeChat's compilers were not run: {e}", str(out))
        return
    result = wechat.wcc(out, wxml, {k: v for k, v in users.items() if v})
    for m in result.messages:
        found.diagnostics.add("PWX108", f"wcc: {m.message}", m.file, m.line, m.col)
    if not result.ok and not result.messages:
        found.diagnostics.add("PWX108", "wcc failed without a message", str(out))
    components = {path.removesuffix(".wxml") for path in users if _is_component(out, path)}
    wxss = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.wxss") if NPM_FOLDER not in p.parts)
    graph = {rel: set(loads(rel, (out / rel).read_text(encoding="utf-8", errors="replace"))) for rel in wxss}
    for rel in wxss:
        res = wechat.wcsc(out, [rel, *sorted(closure(graph, [rel]) - {rel})],
                          components=int(rel.removesuffix(".wxss") in components))
        for m in res.messages:
            found.diagnostics.add("PWX206", f"wcsc: {m.message}", m.file or rel, m.line, m.col,
                                  severity="error")
    found.lines.append(f"wcc: {len(wxml)} WXML files, wcsc: {len(wxss)} WXSS files checked")


def _is_component(out: Path, wxml: str) -> bool:
    try:
        return json.loads((out / wxml.replace(".wxml", ".json")).read_text()).get("component") is True
    except (OSError, ValueError):
        return False


def _measure(out: Path, app: dict, found: Findings) -> None:
    """Each package against its limit, with the folders that take the most room in it."""
    roots = sorted(sub.get("root", "").strip("/") + "/" for sub in app.get("subPackages") or [])
    sizes = {"": 0, **{r.rstrip("/"): 0 for r in roots}}
    parts: dict[str, dict[str, int]] = {root: {} for root in sizes}
    for file in out.rglob("*"):
        rel = file.relative_to(out).as_posix()
        if not file.is_file() or file.name == "project.private.config.json" or rel.startswith(PWA_FOLDER + "/"):
            continue  # not uploaded (pwa/: the deployed PWA's files, left out by packOptions)
        root = next((r.rstrip("/") for r in roots if rel.startswith(r)), "")
        size = file.stat().st_size
        sizes[root] += size
        part = _contributor(rel.removeprefix(root + "/") if root else rel)
        parts[root][part] = parts[root].get(part, 0) + size
    found.sizes = sizes
    total = sum(sizes.values())
    for root, size in sizes.items():
        limit = MAIN_LIMIT if root == "" else SUBPACKAGE_LIMIT
        label = "main package" if root == "" else f"subpackage {root}"
        found.lines.append(f"{label}: {human_size(size)} of {human_size(limit)} ({size * 100 // limit}%)")
        largest = sorted(parts[root].items(), key=lambda item: (-item[1], item[0]))[:LARGEST_SHOWN]
        found.lines.append("  largest: " + ", ".join(f"{name} {human_size(n)}" for name, n in largest))
        if size > limit:
            heaviest, weight = largest[0]
            found.diagnostics.add("PWX408", f"{label} is {size / 1024 / 1024:.2f} MB, over WeChat's "
                                  f"{limit // 1024 // 1024} MB limit; the heaviest part is {heaviest} "
                                  f"({human_size(weight)})", "app.json",
                                  hint=_advice(out, root, heaviest))
    found.lines.append(f"all packages: {human_size(total)} of {human_size(TOTAL_LIMIT)} "
                       f"({total * 100 // TOTAL_LIMIT}%)")
    if total > TOTAL_LIMIT:
        found.diagnostics.add("PWX408", f"all packages are {total / 1024 / 1024:.2f} MB, over 20 MB", "app.json")


def _advice(out: Path, root: str, part: str) -> str:
    """What to do about the heaviest part of an oversized package."""
    from pwa2wx.assets.selection import INLINE_LIMIT, MEDIA_SUFFIXES  # here: the conversion's modules cost check 0.25 s

    if part.startswith(NPM):
        users = sorted(_requirers(out, root, f"{root}/{part}" if root else part))
        shown = listed(users, 3)
        return (f"the npm package {part.removeprefix(NPM)} is required by {shown or 'the app'}: "
                "import it only in modules of routes behind loadChildren (npm code only they use moves into "
                "their subpackage), or import a smaller build or a part of it")
    if part.startswith("assets/") or part.endswith(MEDIA_SUFFIXES):
        return ("set [assets] base_url in pwa2wx.toml to where the PWA is deployed: images and media over "
                f"{INLINE_LIMIT // 1024} KB then load from there instead of the package")
    if part.endswith(".wxss"):
        return "its global stylesheets are that large: import only the parts of CSS libraries the app uses"
    return "move routes behind loadChildren (lazy route groups become subpackages)"


def _requirers(out: Path, root: str, folder: str) -> set[str]:
    """The app's own files in the package at ``root`` that require a file under ``folder``, directly or through
    other npm code; for a subpackage without pages, the files anywhere that require it through runtime/late.js."""
    late = root.startswith(LATE_ROOT)
    base = out / root if root and not late else out
    required_by: dict[str, set[str]] = {}
    for file in base.rglob("*.js"):
        rel = file.relative_to(out).as_posix()
        if not file.is_file() or (not root and rel.startswith("packages/")) or rel == f"{root}/index.js" and late:
            continue  # (a package named des.js is a folder; a subpackage without pages' index requires all of it)
        text = file.read_text(encoding="utf-8", errors="replace")
        targets = loads(rel, text) + ([f"{root}/{key}" for key in late_loads(text)] if late else [])
        for target in targets:
            required_by.setdefault(target, set()).add(rel)
    found: set[str] = set()
    stack = [t for t in required_by if t.startswith(folder + "/")]
    seen = set(stack)
    while stack:
        for user in required_by.get(stack.pop(), ()):
            if user.startswith(OWN):
                found.add("pwa2wx's runtime")
            elif NPM not in user:
                found.add(user)
            elif user not in seen:
                seen.add(user)
                stack.append(user)
    return found


def _contributor(rel: str) -> str:
    """What a file counts towards: its npm package, page, asset folder, or app code folder (src/app/pages)."""
    parts = rel.split("/")
    depth = 3 if parts[0] == "src" else 2
    return "/".join(parts[:depth]) if len(parts) > depth else rel


def human_size(n: int) -> str:
    return f"{n / 1024 / 1024:.2f} MB" if n >= 1024 * 1024 else f"{n / 1024:.1f} KB"


def _list_domains(out: Path, found: Findings) -> None:
    """The origins to add to the request domain list, plain-http ones WeChat refuses (PWX503), and the business
    domain of the web-view pages."""
    found.domains = domains.request_origins(out)
    secure = [o for o in found.domains if o.startswith("https://")]
    found.lines.append(f"request domains ({DOMAIN_CONSOLE}):" if secure else
                       "request domains: none found in the app's code")
    width = max((len(o) for o in secure), default=0)
    found.lines += [f"  {o:<{width}}  {', '.join(found.domains[o])}" for o in secure]
    for origin, files in found.domains.items():
        if not origin.startswith("https://"):
            found.diagnostics.add("PWX503", f"{origin} is not https: WeChat refuses requests to it outside DevTools",
                                  files[0], hint="serve it over https, then add it to the request domain list")
    found.business = domains.business_origin(out)
    if found.business:
        found.lines += [f"business domain ({BUSINESS_CONSOLE}):",
                        f"  {found.business}  shown by the web-view pages; the console gives a verification file to "
                        f"put at its root ({found.business}/<file>.txt)"]
