"""The real-app corpus (`../shared/corpus` from the project root): public apps nobody here wrote.

The corpus is read-only, so each app is copied into a cache (`.cache/corpus`, or $PWA2WX_CORPUS_CACHE) and
given node_modules the way its users install them: `npm install --omit=dev --ignore-scripts
--legacy-peer-deps` from its own package.json and lockfile (packages the lock takes from git, which only
GitHub can serve, are left out: a partial install, as some users have). One install serves every app with
the same package.json and lock (the starters), and the cache keeps installs between runs.

Under ``CI=true`` a missing corpus or Node.js fails the tests that need them instead of skipping them.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from tests import needs

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
CACHE = Path(os.environ.get("PWA2WX_CORPUS_CACHE", ROOT / ".cache" / "corpus"))
PROJECTS = {"airgap-wallet-07c7b75b": "app"}  # angular.json has several applications: the one to convert
NPM_INSTALL = ["npm", "install", "--omit=dev", "--ignore-scripts", "--legacy-peer-deps", "--no-audit", "--no-fund",
               "--loglevel=error"]


def names() -> list[str]:
    """The corpus apps, in MANIFEST.tsv order (empty when the corpus is absent)."""
    manifest = CORPUS / "MANIFEST.tsv"
    if not manifest.is_file():
        return sorted(PROJECTS) + ["conf-443e4b91"]  # so that the parameterised tests exist, and fail or skip
    with manifest.open(encoding="utf-8") as f:
        return [row["folder"] for row in csv.DictReader(f, delimiter="\t")]


def app(name: str) -> Path:
    """A prepared copy of corpus app ``name`` (with node_modules): fails under CI, skips elsewhere, if it cannot be."""
    source = CORPUS / name
    if not (source / "angular.json").is_file():
        needs.unavailable(f"the corpus app {source} is not present")
    if shutil.which("npm") is None or shutil.which("node") is None:
        needs.unavailable("Node.js and npm are needed to install the corpus apps' packages")
    copy = CACHE / "apps" / name
    stamp = _digest(source)
    if not (copy / ".pwa2wx-stamp").is_file() or (copy / ".pwa2wx-stamp").read_text() != stamp:
        if copy.exists():
            shutil.rmtree(copy)
        shutil.copytree(source, copy, ignore=shutil.ignore_patterns("node_modules"))
        _writable(copy)
        (copy / ".pwa2wx-stamp").write_text(stamp)
    modules = _installed(source)
    link = copy / "node_modules"
    if not link.is_symlink():
        link.symlink_to(modules, target_is_directory=True)
    return copy


def project(name: str) -> str | None:
    """The --project the app needs."""
    return PROJECTS.get(name)


def _installed(source: Path) -> Path:
    """node_modules for the app's package.json and lock, installed once per distinct pair."""
    files = {n: (source / n).read_bytes() for n in ("package.json", "package-lock.json") if (source / n).is_file()}
    key = hashlib.sha256(b"\0".join(files.get(n, b"") for n in ("package.json", "package-lock.json"))).hexdigest()
    folder = CACHE / "installs" / key[:16]
    done = folder / ".installed"
    if not done.is_file():
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        (folder / "package.json").write_bytes(files["package.json"])
        if "package-lock.json" in files:
            (folder / "package-lock.json").write_text(_registry_only(files["package-lock.json"]), encoding="utf-8")
        proc = subprocess.run(NPM_INSTALL, cwd=folder, capture_output=True, text=True, timeout=1200)
        if proc.returncode != 0:
            pytest.fail(f"npm install for {source.name} failed:\n{proc.stderr[-3000:]}")
        done.write_text("ok")
    return folder / "node_modules"


def _registry_only(lock_text: bytes) -> str:
    """The lockfile without the packages it takes from git (only the npm registry is reachable here)."""
    lock = json.loads(lock_text)
    packages = lock.get("packages") or {}
    git = {path for path, meta in packages.items() if str(meta.get("resolved", "")).startswith("git")}
    names = {path.rsplit("node_modules/", 1)[-1] for path in git}
    for path in git:
        del packages[path]
    for meta in packages.values():
        for section in ("dependencies", "optionalDependencies"):
            for dependency in names & set(meta.get(section) or {}):
                del meta[section][dependency]
    return json.dumps(lock, indent=2)


def _digest(folder: Path) -> str:
    """Changes when any file of the corpus app changes (names, sizes and modification times)."""
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            info = path.stat()
            h.update(f"{path.relative_to(folder)}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _writable(folder: Path) -> None:
    """The corpus is read-only; the copy must be removable and hold a node_modules link."""
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode | stat.S_IWUSR)
