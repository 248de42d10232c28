"""Output bytes before and after a change: converts every corpus app with two revisions of pwa2wx and diffs.

    python bench/outputdiff.py [--against REV] [--app NAME ...] [--keep DIR]

A restructuring must not change what pwa2wx writes. This checks it on the real apps in ``../shared/corpus``
(prepared as the tests prepare them: tests/corpus.py): REV (default ``HEAD``) is checked out into a temporary
git worktree, each app is converted once with it and once with the working tree, and every output file is
compared byte for byte. Prints one line per app and the first lines that differ; exits 1 when any file differs.
"""

from __future__ import annotations

import argparse
import difflib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import corpus  # noqa: E402


def convert(code: Path, app: str, out: Path) -> None:
    """Convert corpus app ``app`` into ``out`` with the pwa2wx whose source is at ``code``."""
    # the import package is pwa2wx in bridge/ (revisions before it was named so: bridge, at the root)
    package, path = ("pwa2wx", code / "bridge") if (code / "bridge" / "pwa2wx").is_dir() else ("bridge", code)
    args = [sys.executable, "-m", package, "convert", str(corpus.app(app)), "-o", str(out), "-q"]
    if corpus.project(app):
        args += ["--project", corpus.project(app)]
    env = {**os.environ, "PYTHONPATH": str(path)}
    proc = subprocess.run(args, cwd=code, env=env, capture_output=True, text=True)
    if proc.returncode not in (0, 1) or not out.is_dir():  # 1 with no output: it stopped (PWX999)
        raise SystemExit(f"{app}: pwa2wx at {code} exited {proc.returncode}\n{proc.stderr[-2000:]}")


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def differences(before: Path, after: Path) -> list[str]:
    """One entry per path that is missing on a side or differs, with the first differing lines."""
    old, new = files(before), files(after)
    found = []
    for path in sorted(old.keys() | new.keys()):
        if path not in new or path not in old:
            found.append(f"  {'only before' if path in old else 'only after'}: {path}")
        elif old[path] != new[path]:
            lines = difflib.unified_diff(old[path].decode("utf-8", "replace").splitlines(),
                                         new[path].decode("utf-8", "replace").splitlines(), lineterm="", n=0)
            shown = [line[:160] for line in list(lines)[2:8]]
            found.append(f"  differs: {path}\n" + "\n".join("    " + line for line in shown))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", default="HEAD", help="the revision to compare the working tree with")
    parser.add_argument("--app", action="append", help="a corpus app (default: all of them)")
    parser.add_argument("--keep", type=Path, help="write both outputs under this folder and keep them")
    args = parser.parse_args()
    apps = args.app or corpus.names()
    with tempfile.TemporaryDirectory(prefix="pwa2wx-outputdiff-") as tmp:
        work = args.keep or Path(tmp)
        before_code = Path(tmp) / "before-code"
        subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(before_code), args.against],
                       cwd=ROOT, check=True)
        try:
            changed = 0
            for app in apps:
                before, after = work / "before" / app, work / "after" / app
                convert(before_code, app, before)
                convert(ROOT, app, after)
                found = differences(before, after)
                changed += bool(found)
                print(f"{app}: {'identical' if not found else f'{len(found)} files differ'}", flush=True)
                for line in found[:20]:
                    print(line)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(before_code)], cwd=ROOT, check=True)
    print(f"{len(apps) - changed} of {len(apps)} apps: output unchanged")
    sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
