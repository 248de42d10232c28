"""Headless preview: run a converted mini program in Node with doubles of ``wx`` and WeChat's framework.

``run(out_dir, page, query, actions)`` compiles the output's WXML with WeChat's official ``wcc``, loads
``app.js`` and the page in Node (``main.js`` beside this file), waits until the app is idle, performs the
actions and returns what the page shows, the ``wx`` calls it made and every runtime error.

``page`` is a page path (``pages/session-detail/session-detail``, opened as WeChat opens it, with
``query``) or an Angular URL (``/app/tabs/schedule/session/1``, opened through the app's router).
Actions, run in order, each followed by a wait until the app is idle again:

- ``{"tap": "Burt Bear"}`` — the innermost visible element whose text contains it; or
  ``{"tap": {"selector": ".ion-item h3", "index": 1}}`` / ``{"tap": {"text": "…", "index": 0}}``
- ``{"input": {"selector": "input"}, "value": "ionic"}`` — sets the value and fires ``input``
- ``{"event": <target>, "type": "change", "detail": {…}}`` — any other element event
- ``{"swipe": <target>, "dx": -120}`` — a horizontal swipe (touchstart, then touchend ``dx`` px away)
- ``{"navigate": "/app/tabs/speakers"}`` (the app's router), ``{"open": "pages/x/x", "query": {…}}``
  (``wx.reLaunch``), ``{"switchTab": "pages/x/x"}`` (a tab bar tap), ``{"back": 1}``
- ``{"answer": "showModal", "with": {"confirm": false}}`` — the next answer of that ``wx`` API
- ``{"wait": 500}``, ``{"pullDownRefresh": true}``, ``{"reachBottom": true}``, ``{"scroll": 300}`` (the page
  scrolled to 300 px)
"""

from __future__ import annotations

import functools
import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pwa2wx.output import wechat
from pwa2wx.output.layout import NPM_FOLDER

HARNESS = Path(__file__).with_name("main.js")


@dataclass
class PreviewResult:
    text: str  # the visible text of the page on top, one text node per line
    tree: list[Any]  # its composed render tree: {tag, attr, children[, is]} and text strings
    wx_calls: list[dict[str, Any]]  # {name, args} in call order
    errors: list[dict[str, Any]]  # {source, message, stack}: runtime, framework, compiler and harness errors
    data: dict[str, Any] | None  # the page's data (its view model)
    route: str | None = None  # the page on top after the actions
    title: str = ""  # its own navigation bar title (its json's or the one it set; '' when app.json's shows)
    stack: list[str] = field(default_factory=list)
    steps: list[dict[str, Any]] = field(default_factory=list)  # {action, route, text} after each action
    logs: list[str] = field(default_factory=list)  # the app's console output
    stats: dict[str, int] = field(default_factory=dict)  # setData calls and bytes
    storage: dict[str, Any] = field(default_factory=dict)  # wx storage after the actions

    def calls(self, name: str) -> list[Any]:
        """The arguments of every ``wx.<name>`` call."""
        return [c.get("args") for c in self.wx_calls if c.get("name") == name]


def _compile_wxml(out: Path, work: Path) -> tuple[Path | None, list[dict[str, Any]]]:
    """The app's WXML compiled by wcc into ``work``/gwx.js (None when wcc fails), and wcc's messages."""
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.wxml")
                   if NPM_FOLDER not in p.relative_to(out).parts)
    stamps = tuple((rel, *_stamp(out / rel), *_stamp(out / (rel[: -len(".wxml")] + ".json"))) for rel in files)
    output, errors = _wcc_output(out, stamps)
    if output is None:
        return None, errors
    gwx = work / "gwx.js"
    gwx.write_text(output, encoding="utf-8")
    return gwx, errors


def _stamp(path: Path) -> tuple[int, int]:
    """When a file last changed and its size ((0, 0) when it is not there)."""
    try:
        info = path.stat()
    except OSError:
        return 0, 0
    return info.st_mtime_ns, info.st_size


@functools.lru_cache(maxsize=4)
def _wcc_output(out: Path, stamps: tuple) -> tuple[str | None, list[dict[str, Any]]]:
    """wcc's output for the WXML files ``stamps`` lists, kept while none of them changes: opening page after
    page of one app compiles it once."""
    files = [stamp[0] for stamp in stamps]
    components: dict[str, list[str]] = {}
    for rel in files:
        json_file = out / (rel[: -len(".wxml")] + ".json")
        if json_file.is_file():
            using = json.loads(json_file.read_text(encoding="utf-8")).get("usingComponents") or {}
            if using:
                components[rel] = sorted(using)
    if not files:
        return None, []
    result = wechat.wcc(out, files, components)
    errors = [{"source": "wcc", "message": f"{m.file}:{m.line}:{m.col}: {m.message}", "stack": []}
              for m in result.messages]
    return (result.output if result.ok else None), errors


def run(out_dir: Path, page: str, query: dict | None = None, actions: list | None = None, *,
        hosts: dict[str, str] | None = None, storage: dict[str, Any] | None = None,
        answers: dict[str, list[dict[str, Any]]] | None = None, system: dict[str, Any] | None = None,
        settle_ms: int = 10000, timeout: float = 120.0) -> PreviewResult:
    """Open ``page`` of the mini program in ``out_dir`` headlessly and run ``actions`` on it.

    ``hosts`` maps an origin the app requests to another (``{"https://api.example.com":
    "http://127.0.0.1:8080"}``); ``storage`` seeds wx storage before launch (key → value); ``answers``
    queues replies of ``wx`` APIs before launch (``{"login": [{"code": "c1"}]}``), as the ``answer`` action does;
    ``system`` overrides what ``wx.getSystemInfoSync`` and ``wx.getWindowInfo`` say of the device (``windowWidth``,
    ``statusBarHeight`` …; the capsule follows them).
    """
    node = shutil.which("node")
    if node is None:
        raise wechat.ToolMissing("Node.js 18+ is needed for the preview: install it from https://nodejs.org")
    out = Path(out_dir).resolve()
    with tempfile.TemporaryDirectory(prefix="pwa2wx-preview-") as tmp:
        work = Path(tmp)
        gwx, compile_errors = _compile_wxml(out, work)
        request = {"root": str(out), "page": page, "query": query or {}, "actions": actions or [],
                   "gwx": str(gwx) if gwx else None, "hosts": hosts or {}, "storage": storage or {},
                   "answers": answers or {}, "system": system or {}, "settleMs": settle_ms}
        (work / "request.json").write_text(json.dumps(request), encoding="utf-8")
        result_file = work / "result.json"
        # --no-warnings: Node's own process warnings (V8's "Invalid asm.js" on a package's asm.js code, which a
        # browser shows as a warning) would reach the harness's console.error as the app's errors
        proc = subprocess.run([node, "--no-warnings", str(HARNESS), str(work / "request.json"), str(result_file)],
                              capture_output=True, text=True, timeout=timeout)
        if not result_file.is_file():
            raise RuntimeError(f"preview harness failed (exit {proc.returncode}): {proc.stderr.strip()[-2000:]}")
        raw = json.loads(result_file.read_text(encoding="utf-8"))
    return PreviewResult(text=raw.get("text", ""), tree=raw.get("tree", []), wx_calls=raw.get("wx_calls", []),
                         errors=compile_errors + raw.get("errors", []), data=raw.get("data"),
                         route=raw.get("route"), title=raw.get("title", ""), stack=raw.get("stack", []),
                         steps=raw.get("steps", []),
                         logs=raw.get("logs", []), stats=raw.get("stats", {}), storage=raw.get("storage", {}))
