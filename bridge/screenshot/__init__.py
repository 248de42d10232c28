"""Screenshots of a converted page: the mini program rendered to PNG, to compare with the PWA side by side.

WeChat's own compilers do the work a phone would: wcc turns every WXML file into render functions,
wcsc every WXSS file into CSS. ``render.js`` runs the page's JS in a small host (``simulator.js``) to get
its data, renders the page (and its custom components) to HTML styled by that CSS inside a drawing of
WeChat's navigation and tab bars, and headless Chromium takes the picture.

    python -m bridge.screenshot OUT pages/schedule/schedule -o schedule.png
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bridge import wechat

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


def render_html(out: Path, page: str, *, query: dict | None = None, data: dict | None = None, width: int = 375,
                height: int = 667, settle_ms: int = 300, max_ms: int = 5000) -> str:
    """The page as one HTML document. ``data`` renders that data instead of running the page's JS."""
    out = out.resolve()
    node = shutil.which("node")
    if node is None:
        raise ScreenshotError("Node.js is needed to render mini-program pages: install Node.js 18+")
    if not (out / f"{page}.wxml").is_file():
        raise ScreenshotError(f"{out}: no page {page} (no {page}.wxml)")
    with tempfile.TemporaryDirectory(prefix="pwa2wx-shot-") as tmp:
        work = Path(tmp)
        (work / "wcc.js").write_text(_wcc(out), encoding="utf-8")
        (work / "wcsc.txt").write_text(_wcsc(out), encoding="utf-8")
        job = {"root": str(out), "page": page, "query": query or {}, "data": data, "width": width,
               "height": height, "settleMs": settle_ms, "maxMs": max_ms, "wcc": str(work / "wcc.js"),
               "wcsc": str(work / "wcsc.txt"), "output": str(work / "page.html")}
        (work / "job.json").write_text(json.dumps(job), encoding="utf-8")
        proc = subprocess.run([node, str(HERE / "render.js"), str(work / "job.json")], capture_output=True,
                              text=True, cwd=out, timeout=max_ms / 1000 + 60)
        if proc.returncode != 0:
            raise ScreenshotError(f"rendering {page} failed: {proc.stderr.strip()[-2000:]}")
        return (work / "page.html").read_text(encoding="utf-8")


def screenshot(out: Path, page: str, png: Path, *, query: dict | None = None, data: dict | None = None,
               width: int = 375, height: int = 667, scale: float = 2) -> Path:
    """Render ``page`` of the mini program in ``out`` to ``png`` (width×height CSS px at ``scale``)."""
    browser = chromium()
    if browser is None:
        raise ScreenshotError("Chromium is needed for screenshots: install it (Debian: apt-get install chromium) "
                              "or set PWA2WX_CHROMIUM to a Chrome/Chromium binary")
    html = render_html(out, page, query=query, data=data, width=width, height=height)
    png = png.resolve()
    png.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pwa2wx-shot-") as tmp:
        doc = Path(tmp) / "page.html"
        doc.write_text(html, encoding="utf-8")
        args = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--allow-file-access-from-files", f"--user-data-dir={Path(tmp) / 'profile'}",
                f"--window-size={width},{height}", f"--force-device-scale-factor={scale}",
                "--virtual-time-budget=2000", "--run-all-compositor-stages-before-draw", f"--screenshot={png}",
                doc.as_uri()]
        proc = subprocess.run(args, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0 or not png.is_file():
        raise ScreenshotError(f"Chromium failed: {proc.stderr.strip()[-1000:]}")
    return png


def _wcc(out: Path) -> str:
    """Every WXML file compiled together, custom-component tags declared, as DevTools does."""
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.wxml") if "miniprogram_npm" not in p.parts)
    components: dict[str, list[str]] = {}
    for rel in files:
        using = _json(out / rel.replace(".wxml", ".json")).get("usingComponents") or {}
        if using:
            components[rel] = sorted(using)
    result = wechat.wcc(out, files, components)
    if not result.ok:
        raise ScreenshotError("wcc: " + "; ".join(f"{m.file}:{m.line}:{m.col} {m.message}" for m in result.messages))
    return result.output


def _wcsc(out: Path) -> str:
    """Every WXSS file compiled together (so @import resolves), pages and components first."""
    files = sorted("./" + p.relative_to(out).as_posix() for p in out.rglob("*.wxss")
                   if "miniprogram_npm" not in p.parts)
    roots = [f for f in files if (out / f).with_suffix(".json").is_file()]
    rest = [f for f in files if f not in roots]
    proc = subprocess.run([str(wechat._binary("wcsc")), "-db", "-pc", str(len(roots)), *roots, *rest], cwd=out,
                          capture_output=True)
    if proc.returncode != 0:
        raise ScreenshotError("wcsc: " + proc.stderr.decode("utf-8", "replace").strip())
    return proc.stdout.decode("utf-8", "replace")


def _json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bridge.screenshot", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="a converted mini program folder")
    parser.add_argument("page", help="page path, e.g. pages/schedule/schedule")
    parser.add_argument("-o", "--png", type=Path, required=True, help="PNG file to write")
    parser.add_argument("--query", default="{}", help="page query as JSON (onLoad options)")
    parser.add_argument("--data", type=Path, help="JSON file with the page data to render instead of running JS")
    parser.add_argument("--size", default="375x667", help="viewport in CSS px (default 375x667)")
    parser.add_argument("--scale", type=float, default=2, help="device pixel ratio (default 2)")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    data = json.loads(args.data.read_text(encoding="utf-8")) if args.data else None
    try:
        screenshot(args.out, args.page, args.png, query=json.loads(args.query), data=data, width=width,
                   height=height, scale=args.scale)
    except (ScreenshotError, wechat.ToolMissing, subprocess.TimeoutExpired) as e:
        print(f"pwa2wx screenshot: {e}", file=sys.stderr)
        return 2
    print(args.png)
    return 0
