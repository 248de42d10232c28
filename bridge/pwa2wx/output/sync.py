"""Brings an output folder in line with a build, file by file, for a folder WeChat DevTools has open.

``convert`` swaps the whole folder (:mod:`pwa2wx.output.emit`); DevTools watching that folder would lose it. Watch mode
instead writes only the files whose bytes changed, each atomically (a temporary sibling renamed over it, so
DevTools never reads half a file), app.json last (DevTools recompiles when it changes, and by then every page
it lists is on disk), then deletes the files the build no longer has.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from pwa2wx.output.emit import KEEP_FROM_PREVIOUS

LAST = ("app.json", "project.config.json")
TEMP_SUFFIX = ".pwa2wx-tmp"


@dataclass
class Changes:
    written: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)


def read(out: Path) -> dict[str, bytes]:
    """Every file in ``out`` a build may own (DevTools' private settings excluded), by posix path."""
    if not out.is_dir():
        return {}
    found = {}
    for path in sorted(out.rglob("*")):
        rel = path.relative_to(out).as_posix()
        if path.is_file() and rel not in KEEP_FROM_PREVIOUS and not rel.endswith(TEMP_SUFFIX):
            found[rel] = path.read_bytes()
    return found


def sync(out: Path, on_disk: dict[str, bytes], files: dict[str, bytes]) -> Changes:
    """Make ``out`` hold exactly ``files``, given that it holds ``on_disk`` now."""
    changes = Changes()
    changed = [rel for rel, data in files.items() if on_disk.get(rel) != data]
    for rel in sorted(changed, key=lambda r: (r in LAST, r)):
        _write(out / rel, files[rel])
        changes.written.append(rel)
    for rel in sorted(set(on_disk) - set(files)):
        path = out / rel
        path.unlink(missing_ok=True)
        _remove_empty_parents(path.parent, out)
        changes.deleted.append(rel)
    return changes


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name("." + target.name + TEMP_SUFFIX)  # hidden: DevTools skips dot files
    temp.write_bytes(data)
    os.replace(temp, target)


def _remove_empty_parents(folder: Path, out: Path) -> None:
    while folder != out and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
