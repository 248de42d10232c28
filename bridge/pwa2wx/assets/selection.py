"""Which of the PWA's assets go into the package.

A mini program's main package is capped at 2 MB, and PWAs carry web-only files (manifest icons,
archives, the Ionicons SVG set for the web component). So an asset ships only when the app's
templates, code or data files, or the code of a package it imports, name it — literally
(`assets/img/a.png`, a file copied to the top as `ps-config.json`) or as a pattern with a dynamic part
(`assets/img/{{name}}.jpg`, `'assets/img/' + id`).
Stylesheet references are the style stage's.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from pwa2wx.diagnostics import Diagnostics, counted, listed
from pwa2wx.style.urls import INLINE_LIMIT
from pwa2wx.workspace.model import Project

# Asset inputs that are never shipped as files: the ion-icon stage copies the icons it uses.
SKIPPED_INPUTS = ("node_modules/ionicons/",)
# Data files whose text can name other assets (e.g. data.json → speaker photos).
DATA_SUFFIXES = (".json", ".txt", ".csv", ".xml", ".md")
# What an <image>, <video> or <audio> shows, fonts (wx.loadFontFace) and documents (wx.downloadFile +
# wx.openDocument): what `pwa2wx check` advises [assets] base_url for.
MEDIA_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".ico", ".avif",
                  ".mp4", ".webm", ".mov", ".m4v", ".mp3", ".m4a", ".aac", ".wav", ".ogg",
                  ".woff", ".woff2", ".ttf", ".otf", ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx")

# Scripts a web page loads by URL (a Web Worker, a <script src>): a mini program runs only the JavaScript it loads
# as modules, so in the package nothing could load them (index.html's and angular.json's scripts are compiled
# by the script stage).
SCRIPT_SUFFIXES = (".js", ".mjs")
# Files only the package can serve: WXWebAssembly loads a package file. Every other asset is shown or read from a
# URL as well (media, fonts, documents; data the app's code requests, which the runtime sends to the URL): with
# [assets] base_url, those over the inline limit load from there (the deployed PWA serves them at the same paths)
# instead of taking room in the package.
PACKAGE_ONLY_SUFFIXES = (".wasm",)

_DYNAMIC = re.compile(r"\{\{.*?\}\}|\$\{.*?\}")


@dataclass(frozen=True)
class Selection:
    files: list[tuple[str, str]]  # (project-relative source, output path): copied into the package
    left_out: list[tuple[str, str]]
    remote: list[tuple[str, str]] = field(default_factory=list)  # shown from [assets] base_url


def served_remotely(project: Project, selection: Selection, base_url: str, diagnostics: Diagnostics,
                    every: bool = False) -> Selection:
    """The selection with its files over the inline limit (``every``: all its files) loaded from ``base_url``
    (when set), but those only the package can serve."""
    if not base_url:
        return selection
    sizes = {src: (project.root / src).stat().st_size for src, _ in selection.files}
    over = 0 if every else INLINE_LIMIT
    remote = [(src, out) for src, out in selection.files
              if not out.lower().endswith(PACKAGE_ONLY_SUFFIXES) and sizes[src] > over]
    if remote:
        size = sum(sizes[src] for src, _ in remote)
        shown = counted(len(remote), "asset")
        why = f"each over {over // 1024} KB" if over else \
            "all of them: with the small ones the main package was over 2 MB"
        diagnostics.add("PWX421", f"{shown} ({size // 1024} KB, {why}) load from "
                        f"{base_url.rstrip('/')}/… instead of the package",
                        "pwa2wx.toml", hint="your deployed PWA serves them at those paths; else upload the app's "
                        "assets folder there")
    kept = [item for item in selection.files if item not in remote]
    return Selection(kept, selection.left_out, remote)


def select(project: Project, include: list[str], diagnostics: Diagnostics,
           package_code: Iterable[str] = ()) -> Selection:
    """Referenced assets, plus those matching the ``[assets] include`` globs (output paths).

    ``package_code``: the texts of the npm files packed for the app — a library that ships assets for the app's
    angular.json to copy (translations, icons) names them in its own code, not in the app's."""
    candidates = [(src, out) for src, out in project.assets if not src.startswith(SKIPPED_INPUTS)]
    patterns = _patterns(project, candidates, package_code) | set(include)
    chosen: list[tuple[str, str]] = []
    left: list[tuple[str, str]] = []
    scripts: list[str] = []
    for src, out in candidates:
        if out.endswith(SCRIPT_SUFFIXES) and not any(_matches(out, p) for p in include):
            scripts.append(out)
        else:
            (chosen if any(_matches(out, p) for p in patterns) else left).append((src, out))
    if scripts:
        shown = listed(scripts, 5)
        diagnostics.add("PWX431", f"{counted(len(scripts), 'script asset')} left out of the package, as nothing in "
                        f"a mini program can load a script by URL (a Web Worker, a <script src>): {shown}",
                        "angular.json", hint="import the code as a module instead (a worker: a module made with "
                        "new Worker(new URL('./x.worker', import.meta.url)), or its script as a string constant: "
                        "README, Worker); [assets] include ships them anyway")
    if left:
        size = sum((project.root / src).stat().st_size for src, _ in left)
        shown = listed([out for _, out in left], 5)
        diagnostics.add("PWX413", f"left out of the package as no template, code or data names them: "
                        f"{counted(len(left), 'asset')} ({size // 1024} KB): {shown}", "angular.json",
                        hint="reference them from code, or list them in [assets] include")
    return Selection(chosen, left)


def _patterns(project: Project, candidates: list[tuple[str, str]], package_code: Iterable[str]) -> set[str]:
    texts = [m.source.text for m in project.modules.values()] + list(package_code)
    texts += [c.template.text for c in project.components.values() if c.template]
    texts += _data_texts(project, candidates)
    names = {PurePosixPath(out).parts[0] for _, out in candidates if len(PurePosixPath(out).parts) > 1}
    found: set[str] = set()
    for _, out in candidates:  # a file copied to the top (angular.json `"output": "./"`): named as it is
        if "/" not in out and any(re.search(rf"(?<![\w-]){re.escape(out)}(?![\w-])", text) for text in texts):
            found.add(out)
    for folder in names:
        reference = re.compile(rf"(?<![\w-]){re.escape(folder)}/(?:{_DYNAMIC.pattern}|[^\s'\"`()<>{{}}$])*")
        # a quoted name may hold spaces ('assets/sound/Ping Alert.mp3')
        quoted = re.compile(rf"(['\"`])({re.escape(folder)}/(?:{_DYNAMIC.pattern}|[^'\"`\n<>{{}}$])*?)\1")
        for text in texts:
            whole = {m.start(2): m.group(2) for m in quoted.finditer(text)}
            named = list(whole.values()) + [m.group(0) for m in reference.finditer(text) if m.start() not in whole]
            for name in named:
                found.add(_DYNAMIC.sub("*", name).split("?")[0].split("#")[0])
    return found


def _data_texts(project: Project, candidates: list[tuple[str, str]]) -> list[str]:
    out = []
    for src, _ in candidates:
        if src.endswith(DATA_SUFFIXES):
            try:
                out.append((project.root / src).read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                continue
    return out


def _matches(path: str, pattern: str) -> bool:
    if pattern.endswith("/") or "*" not in pattern and not PurePosixPath(pattern).suffix:
        return path.startswith(pattern.rstrip("/") + "/")  # a folder named in code: everything under it
    return fnmatch.fnmatchcase(path, pattern)
