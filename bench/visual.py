"""How close the converted conference app looks to its PWA: each reference page rendered with ``pwa2wx
screenshot`` and compared with the PWA's own screen by SSIM, so a change to how pages are drawn is measured.

    python bench/visual.py OUT_DIR [--app APP_DIR] [--reference DIR] [--config pwa2wx.toml]

The reference screens (``../shared/reference/conference-app-md``, one PNG per route, file name = route with
``/`` → ``_``) are 375×667 CSS px at 2×, taken in a desktop browser: all 667 px are the app's, no status bar.
A phone shows a status bar (20 px here) above a mini program, so the same 375×667 screen leaves the app
20 px less and everything lower; SSIM is very sensitive to such a shift. So two figures per page:

- **app area** (the comparison of like with like): the phone is 375×687, its app area below the status bar
  is the PWA's 375×667 viewport, and that area (``pwa2wx screenshot --app-area``) is compared with the PWA's
  screen. Its pictures are the ones written.
- **same screen**: the phone is 375×667 with its status bar, compared as is (the figure before this method).

SSIM (scikit-image ``structural_similarity``, data_range 255) is taken on both as grey images scaled to
375×667. OUT_DIR gets ``<page>.png`` (the mini program's app area) and ``<page>-compare.png`` (PWA left, mini
program right) per page; the table (markdown) is printed. Needs Node.js, WeChat's compilers ($PWA2WX_TOOLS),
Chromium and scikit-image (``pip install -e '.[bench]'``). SSIM is a measuring stick, not the goal: look at the
pictures. What a page draws under the status bar (its first toolbar's background, padded below the bar) is left
out of the app-area figure, as the PWA's screens have nothing there.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy
from PIL import Image
from skimage.metrics import structural_similarity

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bridge"))

from pwa2wx.build.convert import convert  # noqa: E402
from pwa2wx.screenshot import screenshot, side_by_side  # noqa: E402

REFERENCE = ROOT.parent / "shared" / "reference" / "conference-app-md"
APP = "conf-443e4b91"
SIZE = (375, 667)


def route(png: Path) -> str:
    """The route a reference screen shows: its file name with ``_`` → ``/``."""
    return "/" + png.stem.replace("_", "/")


def ssim(a: Path, b: Path) -> float:
    """SSIM of two screenshots as grey images scaled to 375×667."""
    grey = [numpy.asarray(Image.open(p).convert("L").resize(SIZE, Image.Resampling.LANCZOS)) for p in (a, b)]
    return float(structural_similarity(grey[0], grey[1], data_range=255))


def measure(out: Path, reference: Path, folder: Path) -> dict[str, tuple[float, float]]:
    """Route → (SSIM of the app area, SSIM of the same screen) for every reference screen, writing the app-area
    renders and their side-by-sides into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)

    def one(pwa: Path) -> tuple[str, tuple[float, float]]:
        mini = screenshot(out, route(pwa), folder / pwa.name, width=SIZE[0], height=SIZE[1], app_area=True)
        side_by_side(pwa, mini, folder / f"{pwa.stem}-compare.png")
        with tempfile.TemporaryDirectory(prefix="pwa2wx-visual-") as tmp:
            same = screenshot(out, route(pwa), Path(tmp) / pwa.name, width=SIZE[0], height=SIZE[1])
            return route(pwa), (ssim(pwa, mini), ssim(pwa, same))

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(pool.map(one, sorted(reference.glob("*.png"))))


def table(scores: dict[str, tuple[float, float]]) -> str:
    """The README's table: one row per page (the two figures), then the mean and the worst."""
    lines = ["| page | SSIM, app area | SSIM, same screen |", "|---|---|---|"]
    lines += [f"| {page} | {area:.2f} | {same:.2f} |" for page, (area, same) in scores.items()]
    columns = list(zip(*scores.values(), strict=True))
    for name, pick in (("mean", lambda v: sum(v) / len(v)), ("worst", min)):
        lines.append(f"| **{name}** | " + " | ".join(f"**{pick(c):.2f}**" for c in columns) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="where the renders and side-by-side PNGs are written")
    parser.add_argument("--app", type=Path, help=f"the conference app (default: the corpus's {APP}, prepared)")
    parser.add_argument("--reference", type=Path, default=REFERENCE, help="the PWA's screens")
    parser.add_argument("--config", type=Path, help="pwa2wx.toml to convert with")
    args = parser.parse_args()
    if args.app is None:
        from tests import corpus

        args.app = corpus.app(APP)
    with tempfile.TemporaryDirectory(prefix="pwa2wx-visual-") as tmp:
        out = Path(tmp) / "out"
        convert(args.app, out, config_file=args.config)
        print(table(measure(out, args.reference, args.folder)))


if __name__ == "__main__":
    main()
