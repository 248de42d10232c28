"""Files a stylesheet references with url(): inlined as data URLs, or loaded from ``[assets] base_url``.

WXSS cannot load a local file for a background or a font (only https or data URLs work), so small files
are inlined; a file over the limit, or a font, points at ``[assets] base_url`` when the app has one (the user
uploads it there), else an image is inlined as a smaller copy (:mod:`.shrink`), and anything else is reported,
and not copied: in the package it would only take room.
"""

from __future__ import annotations

import base64
import hashlib
import mimetypes
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from pwa2wx.output.layout import COPIED_ASSETS
from pwa2wx.style.shrink import smaller_copy

INLINE_LIMIT = 32 * 1024
"""Largest file inlined as a data URL, in bytes (it lands in the main package, 2 MB in all)."""


# fonts, which load from [assets] base_url when the app has one, whatever their size: an app's many font files (a
# font's weights, its unicode-range subsets) would fill the main package's app.wxss as data URLs
FONTS = (".woff2", ".woff", ".ttf", ".otf", ".eot")
MIME = {".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf", ".otf": "font/otf",
        ".eot": "application/vnd.ms-fontobject", ".svg": "image/svg+xml", ".webp": "image/webp"}

Report = Callable[[str, str, str, int, int], None]
"""(code, message, project-relative file, line, col)."""


class Assets:
    """url() targets for one conversion: resolution, inlining, and the files to copy."""

    def __init__(self, root: Path, source_root: str, assets: list[tuple[str, str]], has_node_modules: bool,
                 report: Report, limit: int = INLINE_LIMIT, base_url: str = ""):
        self.root = root
        self.source_root = source_root
        self.outputs = {out: src for src, out in assets}  # angular.json asset output path → source file
        self.copied = {src: out for src, out in assets}
        self.node_modules = root / "node_modules" if has_node_modules else None
        self.report = report
        self.limit = limit
        self.base_url = base_url.rstrip("/")

    def rewrite(self, url: str, file: str, line: int, col: int) -> str | None:
        """The URL to write for ``url`` found in ``file`` (project-relative), or None to keep it."""
        if not url or url.startswith(("data:", "http:", "https:", "//", "#", "about:")):
            return None
        target = url.split("#", 1)[0].split("?", 1)[0]
        if target.startswith("^"):  # Angular CLI's "as written, from the deployed app's root": the app's root here
            target = "/" + target[1:]
        path = self._find(target, file)
        if path is None:
            self.report("PWX205", f"url({url}): file not found", file, line, col)
            return None
        data = path.read_bytes()
        font = path.suffix.lower() in FONTS and self.base_url
        if len(data) <= self.limit and not font:
            mime = MIME.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
        rel = path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else path.name
        out = self.copied.get(rel) or f"{COPIED_ASSETS}{path.stem}-{hashlib.sha1(data).hexdigest()[:8]}{path.suffix}"
        if self.base_url:
            remote = f"{self.base_url}/{out}"
            why = "a font" if len(data) <= self.limit else f"over the {self.limit // 1024} KB inline limit"
            self.report("PWX208", f"url({url}): {len(data) // 1024} KB, {why}, is loaded from {remote}: upload {rel} "
                                  "there", file, line, col)
            return remote
        smaller = smaller_copy(data, self.limit)
        if smaller is not None:
            copy, mime = smaller
            self.report("PWX211", f"url({url}): {len(data) // 1024} KB, over the {self.limit // 1024} KB inline "
                                  f"limit, is inlined as a smaller copy ({len(copy) // 1024} KB): set [assets] "
                                  "base_url to load the original from your https server", file, line, col)
            return f"data:{mime};base64,{base64.b64encode(copy).decode('ascii')}"
        self.report("PWX204", f"url({url}): {len(data) // 1024} KB is over the {self.limit // 1024} KB inline "
                              "limit, and WXSS cannot load a local file: it does not show on a device (set "
                              "[assets] base_url to load it from your https server, or make it smaller)",
                    file, line, col)
        return "/" + out

    def _find(self, url: str, file: str) -> Path | None:
        candidates: list[Path] = []
        if url.startswith("/"):
            source = self.outputs.get(url.lstrip("/"))
            candidates += [self.root / source] if source else []
            candidates.append(self.root / self.source_root / url.lstrip("/"))
        elif url.startswith("~"):
            candidates += [self.node_modules / url[1:]] if self.node_modules else []
        else:
            candidates.append(self.root / PurePosixPath(file).parent / url)
            candidates.append(self.root / self.source_root / url)
            candidates += [self.node_modules / url] if self.node_modules else []
        for candidate in candidates:
            if candidate.is_file():
                return candidate.resolve()
        return None
