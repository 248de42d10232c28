"""How close the converted conference app looks to its PWA: each reference page rendered with ``pwa2wx
screenshot`` and compared with the PWA's own screen by SSIM, so a change to how pages are drawn is measured.

    python bench/visual.py OUT_DIR [--app APP_DIR] [--reference DIR] [--config pwa2wx.toml]

The reference screens (``../shared/reference/conference-app-md``, one PNG per route, file name = route with
``/`` → ``_``) are 375×667 CSS px at 2×; the converted page is rendered the same way. SSIM (scikit-image
``structural_similarity``, data_range 255) is taken on both as grey images scaled to 375×667. OUT_DIR gets
``<page>.png`` (the mini program) and ``<page>-compare.png`` (PWA left, mini program right) per page; the
table (markdown) is printed. Needs Node.js, WeChat's compilers ($PWA2WX_TOOLS), Chromium and scikit-image
(``pip install -e '.[bench]'``). SSIM is a measuring stick, not the goal: look at the pictures.
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


def measure(out: Path, reference: Path, folder: Path) -> dict[str, float]:
    """Route → SSIM for every reference screen, writing the renders and side-by-sides into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)

    def one(pwa: Path) -> tuple[str, float]:
        mini = screenshot(out, route(pwa), folder / pwa.name, width=SIZE[0], height=SIZE[1])
        side_by_side(pwa, mini, folder / f"{pwa.stem}-compare.png")
        return route(pwa), ssim(pwa, mini)

    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(pool.map(one, sorted(reference.glob("*.png"))))


def table(scores: dict[str, float]) -> str:
    """The README's table: one row per page, then the mean and the worst."""
    lines = ["| page | SSIM |", "|---|---|"]
    lines += [f"| {page} | {score:.2f} |" for page, score in scores.items()]
    values = list(scores.values())
    lines.append(f"| **mean** | **{sum(values) / len(values):.2f}** |")
    lines.append(f"| **worst** | **{min(values):.2f}** |")
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
