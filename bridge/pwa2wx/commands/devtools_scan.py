"""`pwa2wx check`'s run of WeChat DevTools' own pipeline (:mod:`pwa2wx.output.miniprogram_ci`): a failed compile
is a located error (PWX428); each item of the code quality scan is printed pass/fail, a failing one is a
warning that says what to do (PWX429); files the scan sees no use for but the app names at run time (data it
reads, images its code shows) are kept on purpose, and said so (PWX430).
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import TYPE_CHECKING

from pwa2wx.diagnostics import listed
from pwa2wx.output import miniprogram_ci
from pwa2wx.output.wechat import ToolMissing

if TYPE_CHECKING:
    from pwa2wx.commands.check import Findings

UNUSED_FILES = "CONTAINS_UNUSED_CODES"
NAMING_FILES = (".js", ".wxml", ".wxss", ".json")  # where the app names the files it loads at run time
# Each item (miniprogram-ci's qualitycheckoption.js lists them) by name: what it asks for (its own text reads
# as a failure even when the item passes) and what to do when it fails.
ITEMS = {
    "PACKAGE_SIZE_LIMIT": ("main package under 1.5 MB", "move routes behind loadChildren (they become "
                           "subpackages), or set [assets] base_url so that large assets load from there"),
    "JS_COMPRESS_OPEN": ("JS minified", 'set "minified": true in project.config.json\'s setting '
                         "(pwa2wx convert writes it)"),
    "WXML_COMPRESS_OPEN": ("WXML minified", 'set "minifyWXML": true in project.config.json\'s setting '
                           "(pwa2wx convert writes it)"),
    "WXSS_COMPRESS_OPEN": ("WXSS minified", 'set "minifyWXSS": true in project.config.json\'s setting '
                           "(pwa2wx convert writes it)"),
    "LAZYCODE_LOADING_OPEN": ("components injected as pages use them", 'set "lazyCodeLoading": '
                              '"requiredComponents" in app.json (pwa2wx convert writes it)'),
    "PLUGIN_OVER_SIZE": ("no plugin over 200 KB", "use a smaller plugin"),
    "IMAGE_AND_AUDIO_LIMIT": ("images and audio under 200 KB in all", "set [assets] compress = true in "
                              "pwa2wx.toml, or [assets] base_url so that large files load from where the PWA is "
                              "deployed (the conversion's warning names the heaviest)"),
    "CONTAINS_OTHER_PKG_JS": ("no main-package JS that only subpackages use",
                              "move these files into the subpackage that alone uses them"),
    "CONTAINS_OTHER_PKG_COMPONENTS": ("no main-package component that only subpackages use",
                                      "move these components into the subpackage that alone uses them"),
    "CONTAINS_UNUSED_PLUGINS": ("no unused plugin", "remove these plugins from app.json"),
    "CONTAINS_UNUSED_COMPONENTS": ("no unused component", "remove these components from the usingComponents "
                                   "that list them"),
    UNUSED_FILES: ("no file that nothing loads", "nothing loads these files: delete them from the folder"),
}
_LOCATED = re.compile(r"(\d+):(\d+):\s*(.*)", re.S)  # "57:18:unexpected end tag: vie"


def scan(out: Path, found: Findings) -> None:
    """DevTools' compile and code quality scan of ``out``, into ``found``; without Node.js, a warning saying so."""
    try:
        [result] = miniprogram_ci.run([out])
    except ToolMissing as e:
        found.diagnostics.add("PWX415", f"WeChat DevTools' compile and quality scan were not run: {e}", str(out))
        return
    kept = runtime_named(out, unused_files(result))
    found.devtools = summary(result, kept)
    where = f"WeChat DevTools ({miniprogram_ci.CI_PACKAGE}, {result.seconds:.1f} s)"
    if result.compiled is None:
        found.lines.append(f"{where}: the compile failed")
        match = _LOCATED.fullmatch(result.error)
        line, col, message = (int(match[1]), int(match[2]), match[3]) if match else (0, 0, result.error)
        found.diagnostics.add("PWX428", f"WeChat DevTools' compile: {message}", result.error_file or "app.json",
                              line, col)
        return
    found.lines.append(f"{where}: compiled {len(result.compiled)} files; code quality scan:")
    width = max((len(item.name) for item in result.quality), default=0)
    for item in result.quality:
        _item(item, kept, width, found)


def _item(item: miniprogram_ci.QualityItem, kept: dict[str, str], width: int, found: Findings) -> None:
    """One line per item; a failing item is a warning with what to do, unless all it lists is kept on purpose."""
    files = [str(file) for file in item.detail] if isinstance(item.detail, list) else []
    explained = item.name == UNUSED_FILES and files and all(file in kept for file in files)
    state = "pass" if item.passed else "kept" if explained else "FAIL"
    what, advice = ITEMS.get(item.name, (item.text, f"see {item.doc_url}"))
    found.lines.append(f"  {state}  {item.name:<{width}}  {what}")
    if item.name == UNUSED_FILES:
        for file in files:
            if file in kept:
                found.lines.append(f"        {file}: kept, the app loads it at run time ({kept[file]} names it)")
                found.diagnostics.add("PWX430", f"DevTools' dependency analysis sees nothing load this file, but "
                                      f"{kept[file]} names it: kept, the app loads it at run time", file)
    if item.passed or explained:
        return
    unexplained = [file for file in files if file not in kept]
    shown = f": {listed(unexplained, 8)}" if unexplained else ""
    found.diagnostics.add("PWX429", f"WeChat DevTools' code quality scan: {item.name} ({what}) fails{shown}",
                          "project.config.json" if item.name.endswith("_COMPRESS_OPEN") else "app.json", hint=advice)


def unused_files(result: miniprogram_ci.PipelineResult) -> list[str]:
    """The files DevTools' dependency analysis sees nothing load."""
    for item in result.quality:
        if item.name == UNUSED_FILES and isinstance(item.detail, list):
            return [str(file) for file in item.detail]
    return []


def runtime_named(out: Path, files: list[str]) -> dict[str, str]:
    """Which of ``files`` (package paths) the app's code, its packages' code or its data names as a string, and
    the first file that does: data the app reads (HttpClient.get('assets/data/data.json')), a library's
    translations. A folder named as the start of a path built at run time ('assets/i18n/' + lang + '.json')
    names the files in it, as it does for the conversion's choice of assets."""
    if not files:
        return {}
    folders: dict[str, list[str]] = {}
    for file in files:
        folders.setdefault(posixpath.dirname(file) + "/", []).append(file)
    alternatives = [re.escape(file) for file in sorted(files, key=len, reverse=True)]
    alternatives += [re.escape(folder) + r"(?=['\"`]|\$\{)" for folder in sorted(folders) if folder != "/"]
    name = re.compile("|".join(alternatives))
    named: dict[str, str] = {}
    for path in sorted(out.rglob("*")):
        if path.suffix not in NAMING_FILES or not path.is_file():
            continue
        rel = path.relative_to(out).as_posix()
        for match in name.finditer(path.read_text(encoding="utf-8", errors="replace")):
            for file in folders.get(match[0], [match[0]]):
                if file != rel:
                    named.setdefault(file, rel)
    return named


def summary(result: miniprogram_ci.PipelineResult, kept: dict[str, str]) -> dict:
    """What the reports carry: the compile's outcome, and each scan item with its outcome and findings."""
    return {"package": miniprogram_ci.CI_PACKAGE, "seconds": round(result.seconds, 1),
            "compiled_files": None if result.compiled is None else len(result.compiled),
            "compile_error": result.error or None,
            "quality": [{"name": item.name, "passed": item.passed, "asks": ITEMS.get(item.name, (item.text,))[0],
                         "detail": item.detail} for item in result.quality],
            "kept": kept}
