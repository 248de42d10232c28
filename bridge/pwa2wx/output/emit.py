"""Writes the mini program folder atomically, and never anywhere near the user's project.

The whole output is built in memory as {posix path: bytes}, written to a temporary sibling folder,
then swapped into place, so a failed or interrupted conversion leaves the previous output intact.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath

from pwa2wx.diagnostics import ConversionError, Diagnostic

# Files WeChat DevTools writes into a project folder that a rebuild must keep.
KEEP_FROM_PREVIOUS = ("project.private.config.json",)


def check_locations(source: Path, out: Path) -> None:
    """Refuse an output folder that is the source, is inside it, or contains it."""
    src, dst = source.resolve(), out.resolve()
    if dst == src or src in dst.parents or dst in src.parents:
        raise ConversionError(Diagnostic(
            str(out), 0, 0, "error", "PWX410",
            f"output folder {out} overlaps the project folder {source}",
            "choose an output folder outside the project, e.g. ../<app>-wx"))
    if dst.exists() and not dst.is_dir():
        raise ConversionError(Diagnostic(str(out), 0, 0, "error", "PWX410", f"{out} exists and is not a folder"))
    if dst.is_dir() and any(dst.iterdir()) and not (dst / "app.json").is_file():
        raise ConversionError(Diagnostic(
            str(out), 0, 0, "error", "PWX410",
            f"{out} is not empty and is not a mini program folder pwa2wx wrote",
            "pass an empty or new folder; pwa2wx replaces its output folder as a whole"))


def write(out: Path, files: dict[str, bytes]) -> None:
    """Replace ``out`` with exactly ``files`` (plus DevTools' private settings kept from before)."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    old: Path | None = None
    try:
        for rel in sorted(files):
            if PurePosixPath(rel).is_absolute() or ".." in PurePosixPath(rel).parts:
                raise ValueError(f"refusing to write '{rel}' outside {out}")  # never happens: a bug if it does
            target = tmp / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(files[rel])
        for keep in KEEP_FROM_PREVIOUS:
            if (out / keep).is_file() and keep not in files:
                shutil.copy2(out / keep, tmp / keep)
        os.chmod(tmp, 0o755)
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.rename(out, old / "previous")
        try:
            os.rename(tmp, out)
        except OSError:
            if old is not None and (old / "previous").exists():
                os.rename(old / "previous", out)  # put the previous output back
            raise
    finally:
        for leftover in (tmp, old):
            if leftover is not None and leftover.exists():
                shutil.rmtree(leftover, ignore_errors=True)
