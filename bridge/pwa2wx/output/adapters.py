"""The files pwa2wx adds to every app from ``adapters/`` (the runtime, the theme, the login adapter), and
pruning them to what the app reaches: every byte counts against WeChat's 2 MB main package."""

from __future__ import annotations

import posixpath

from pwa2wx.output.graph import closure, loads
from pwa2wx.output.layout import ADAPTER_FOLDERS, OWN, adapters_dir

LOGIN_BACKENDS = ("casdoor", "authing", "custom")  # adapters/login/<backend>.js: only the configured one ships


def files(backend: str) -> dict[str, bytes]:
    """Every adapter file, at its output path, with the login adapter for ``backend`` only (none for "none")."""
    root = adapters_dir()
    found = {}
    for file in sorted(root.rglob("*")):
        rel = file.relative_to(root).as_posix()
        if not file.is_file() or rel.startswith(".") or "/." in rel:
            continue
        if rel.startswith("login/") and not _login_file_needed(rel, backend):
            continue
        found[f"{OWN}{rel}"] = file.read_bytes()
    return found


def prune(files: dict[str, bytes]) -> dict[str, bytes]:
    """``files`` without the adapter files nothing reaches.

    Reachability follows literal require() paths and WXSS @imports from everything that is not an
    adapter file (the app's pages, modules, app.js, app.wxss …).
    """
    graph = {path: loads(path, data.decode("utf-8", "replace")) for path, data in files.items()}
    reached = closure(graph, [f for f in files if not f.startswith(ADAPTER_FOLDERS)])
    return {f: b for f, b in files.items() if not f.startswith(ADAPTER_FOLDERS) or f in reached}


def _login_file_needed(rel: str, backend: str) -> bool:
    name = posixpath.basename(rel).removesuffix(".js")
    return backend != "none" and (name == backend or name not in LOGIN_BACKENDS)
