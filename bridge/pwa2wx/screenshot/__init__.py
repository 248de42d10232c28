"""Screenshots of a converted page: the mini program rendered to PNG, to compare with the PWA side by side.

The headless preview (:mod:`pwa2wx.preview`) runs the page — the app's own JS on doubles of ``wx`` and
WeChat's framework, its WXML through WeChat's ``wcc`` — and returns the composed render tree. WeChat's
``wcsc`` turns the WXSS into the CSS the WebView would insert; :mod:`.html` puts both into one document
with WeChat's navigation and tab bars, and headless Chromium takes the picture.

    pwa2wx screenshot OUT pages/schedule/schedule -o schedule.png
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from pwa2wx import preview
from pwa2wx.output import wechat
from pwa2wx.output.layout import NPM_FOLDER
from pwa2wx.screenshot.html import STATUS_BAR, device, document

HERE = Path(__file__).resolve().parent
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


class ScreenshotError(RuntimeError):
    """A tool is missing or a step failed; the message says which and what to do."""


def chromium() -> str | None:
    """Path of a Chromium/Chrome binary: ``$PWA2WX_CHROMIUM`` or the first on PATH."""
    explicit = os.environ.get("PWA2WX_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).is_file() else None
    return next((found for name in CHROMIUM_NAMES if (found := shutil.which(name))), None)


def render_html(out: Path, page: str, *, query: dict | None = None, actions: list | None = None,
                width: int = 375, height: int = 667, app_area: bool = False) -> str:
    """The screen after opening ``page`` (and running preview ``actions``) as one HTML document.

    ``app_area``: width×height is what the app draws on, below the status bar (as a PWA's screenshot taken in a
    desktop browser, which has none): the phone is the status bar taller, and the document shows it without it.
    """
    out = out.resolve()
    if shutil.which("node") is None:
        raise ScreenshotError("Node.js is needed to render mini-program pages: install Node.js 18+")
    if not (out / f"{page}.wxml").is_file() and not page.startswith("/"):
        raise ScreenshotError(f"{out}: no page {page} (no {page}.wxml)")
    status_bar = STATUS_BAR if app_area else 0
    screen = height + status_bar
    shown = preview.run(out, page, query, actions, system=device(width, screen))
    if not shown.tree and shown.errors:
        raise ScreenshotError(f"{page} rendered nothing: " + "; ".join(e["message"] for e in shown.errors[:3]))
    route = shown.route or page
    css = _css(out, width)
    used = sorted({f"{c}.wxss" for c in _components(shown.tree)})
    sheet = "\n".join(css.get(name, "") for name in ("", "app.wxss", *used, f"{route}.wxss"))
    return document(out, route, shown.tree, sheet, _json(out / "app.json"), _json(out / f"{route}.json"), width,
                    screen, hidden_top=status_bar)


def screenshot(out: Path, page: str, png: Path, *, query: dict | None = None, actions: list | None = None,
               width: int = 375, height: int = 667, scale: float = 2, app_area: bool = False) -> Path:
    """Render ``page`` of the mini program in ``out`` to ``png`` (width×height CSS px at ``scale``; ``app_area``:
    below the status bar, see :func:`render_html`)."""
    html = render_html(out, page, query=query, actions=actions, width=width, height=height, app_area=app_area)
    return _capture(html, png, width, height, scale)


def side_by_side(pwa: Path, mini: Path, png: Path, scale: float = 2) -> Path:
    """One PNG with the PWA's screenshot (left) and the mini program's (right), labelled, for review."""
    width = 375
    html = ('<!doctype html><html><body style="margin:0;display:flex;gap:16px;padding:12px;background:#e5e5e5;'
            'font:13px sans-serif">' + "".join(
                f'<figure style="margin:0"><figcaption style="padding:0 0 6px">{label}</figcaption>'
                f'<img src="{path.resolve().as_uri()}" style="display:block;width:{width}px"></figure>'
                for label, path in (("PWA", pwa), ("mini program", mini))) + "</body></html>")
    return _capture(html, png, 2 * width + 40, 720, scale)


def dom(html: str, width: int = 375, height: int = 667) -> str:
    """The document as Chromium serialises it once its scripts ran (a script can measure the layout into it)."""
    proc = _chromium(html, width, height, 1, "--dump-dom")
    if proc.returncode != 0:
        raise ScreenshotError(f"Chromium failed: {proc.stderr.strip()[-1000:]}")
    return proc.stdout


def _capture(html: str, png: Path, width: int, height: int, scale: float) -> Path:
    png = png.resolve()
    png.parent.mkdir(parents=True, exist_ok=True)
    proc = _chromium(html, width, height, scale, f"--screenshot={png}")
    if proc.returncode != 0 or not png.is_file():
        raise ScreenshotError(f"Chromium failed: {proc.stderr.strip()[-1000:]}")
    return png


def _chromium(html: str, width: int, height: int, scale: float, output: str) -> subprocess.CompletedProcess:
    browser = chromium()
    if browser is None:
        raise ScreenshotError("Chromium is needed for screenshots: install it (Debian: apt-get install chromium) "
                              "or set PWA2WX_CHROMIUM to a Chrome/Chromium binary")
    with tempfile.TemporaryDirectory(prefix="pwa2wx-shot-") as tmp:
        doc = Path(tmp) / "page.html"
        doc.write_text(html, encoding="utf-8")
        args = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--allow-file-access-from-files", f"--window-size={width},{height}",
                f"--force-device-scale-factor={scale}", "--virtual-time-budget=2000",
                "--run-all-compositor-stages-before-draw", output, doc.as_uri()]
        try:
            return subprocess.run(args, capture_output=True, text=True, timeout=60)
        except subprocess.TimeoutExpired:  # headless Chromium now and then hangs on a busy machine: once more
            return subprocess.run(args, capture_output=True, text=True, timeout=120)


def _css(out: Path, width: int) -> dict[str, str]:
    """CSS per WXSS file (and "" for what they share), from every WXSS compiled together as DevTools does."""
    files = sorted("./" + p.relative_to(out).as_posix() for p in out.rglob("*.wxss")
                   if NPM_FOLDER not in p.parts)
    roots = [f for f in files if (out / f).with_suffix(".json").is_file()]
    rest = [f for f in files if f not in roots]
    compiled = wechat.wcsc(out, roots + rest, components=len(roots))
    if not compiled.ok:
        raise ScreenshotError("wcsc: " + "; ".join(m.message for m in compiled.messages))
    with tempfile.TemporaryDirectory(prefix="pwa2wx-shot-") as tmp:
        raw, result = Path(tmp) / "wcsc.txt", Path(tmp) / "css.json"
        raw.write_text(compiled.output, encoding="utf-8")
        node = subprocess.run(["node", str(HERE / "wxss.js"), str(raw), str(width), str(result)],
                              capture_output=True, text=True)
        if node.returncode != 0:
            raise ScreenshotError("reading wcsc's output failed: " + node.stderr.strip()[-1000:])
        return json.loads(result.read_text(encoding="utf-8"))


def _components(nodes: list) -> set[str]:
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, dict):
            if node.get("is"):
                found.add(node["is"].lstrip("/"))
            found |= _components(node.get("children") or [])
    return found


def _json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
