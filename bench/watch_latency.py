"""Watch mode's rebuild latency after one template edit, on a copy of a real project.

    python bench/watch_latency.py PROJECT_DIR [--template src/app/pages/about/about.html] [--edits 20]

The project is copied to a temporary folder (node_modules linked, never written) and a watch session is
started on the copy. Then the template is edited ``--edits`` times, alternating two texts, and two figures
are taken: ``rebuild_ms``, the session's rebuild (project patched, pages planned, the page compiled from the
cache, changed files written into OUT), and ``save_to_output_ms``, from the save to the new page in OUT
through a real ``pwa2wx watch`` process (file-system events and its 50 ms debounce included).
Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from pwa2wx.commands.watch import Change, Session  # noqa: E402  (after the path set-up, for a run as a script)


def copy_project(src: Path, dst: Path) -> Path:
    """A writable copy of the project, its node_modules linked rather than copied."""
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("node_modules", ".git", "www", ".angular"))
    if (src / "node_modules").is_dir():
        os.symlink((src / "node_modules").resolve(), dst / "node_modules")
    return dst


def first_template(src: Path) -> str:
    return next(p.relative_to(src).as_posix() for p in sorted((src / "src").rglob("*.html"))
                if p.name != "index.html")


def marker(i: int) -> str:
    return f"\n<!-- pwa2wx watch benchmark {i} --><p>edit {i}</p>\n"


def in_process(app: Path, template: Path, edits: int) -> tuple[list[float], list[str]]:
    """Rebuild times, and the output files the edits rewrote."""
    session = Session(app, app.parent / "out-session")
    session.start()
    original, times, written = template.read_text(), [], set()
    for i in range(edits):
        template.write_text(original + marker(i))
        started = time.perf_counter()
        rebuild = session.update([(Change.MODIFIED, str(template))])
        times.append((time.perf_counter() - started) * 1000)
        assert rebuild is not None and rebuild.changes.written, "the edit changed no output file"
        written.update(rebuild.changes.written)
    template.write_text(original)
    return times, sorted(written)


def through_watcher(app: Path, template: Path, page: Path, edits: int) -> list[float]:
    out = app.parent / "out-watch"
    proc = subprocess.Popen([sys.executable, "-m", "pwa2wx", "watch", str(app), "-o", str(out), "-q"],
                            stderr=subprocess.PIPE, text=True, cwd=HERE.parent)
    original, times = template.read_text(), []
    try:
        proc.stderr.readline()  # the first build
        for i in range(edits):
            text = f"edit {i}"
            template.write_text(original + marker(i))
            started = time.perf_counter()
            while text not in (out / page).read_text():
                time.sleep(0.002)
            times.append((time.perf_counter() - started) * 1000)
            proc.stderr.readline()  # its rebuild line
    finally:
        proc.terminate()
        proc.wait()
        template.write_text(original)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("project", type=Path)
    parser.add_argument("--template", help="project-relative template to edit (default: the first one)")
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pwa2wx-watch-bench-") as tmp:
        app = copy_project(args.project.resolve(), Path(tmp) / "app")
        rel = args.template or first_template(app)
        template = app / rel
        session_ms, written = in_process(app, template, args.edits)
        page = next(f for f in written if f.endswith(".wxml"))
        watcher_ms = through_watcher(app, template, Path(page), args.edits)
    print(json.dumps({"project": args.project.name, "template": rel, "edits": args.edits, "rewritten": written,
                      "rebuild_ms": _stats(session_ms), "save_to_output_ms": _stats(watcher_ms)}))


def _stats(ms: list[float]) -> dict:
    return {"median": round(statistics.median(ms), 1), "min": round(min(ms), 1), "max": round(max(ms), 1)}


if __name__ == "__main__":
    main()
