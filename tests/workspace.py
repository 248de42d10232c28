"""Builds small Angular workspaces on disk for tests (real files, as users have them)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

ANGULAR_JSON = {
    "version": 1,
    "projects": {
        "app": {
            "projectType": "application",
            "root": "",
            "sourceRoot": "src",
            "architect": {"build": {"options": {
                "browser": "src/main.ts",
                "tsConfig": "tsconfig.json",
                "assets": [{"glob": "**/*", "input": "src/assets", "output": "assets"}],
                "styles": ["src/global.scss"],
            }}},
        }
    },
}


# A standalone app's src/main.ts: bootstrapApplication with the router on src/app/app.routes.ts.
STANDALONE_MAIN = ("import { bootstrapApplication } from '@angular/platform-browser';\n"
                   "import { provideRouter } from '@angular/router';\n"
                   "import { AppComponent } from './app/app.component';\n"
                   "import { routes } from './app/app.routes';\n"
                   "bootstrapApplication(AppComponent, { providers: [provideRouter(routes)] });\n")


EMPTY_ROOT = ("import { Component } from '@angular/core';\n"
              "@Component({ selector: 'app-root', template: '' })\nexport class AppComponent {}\n")


def one_page_app(home: str) -> dict[str, str]:
    """The files of a standalone app whose one route shows ``HomePage`` of src/app/home.page.ts (``home``)."""
    return {"src/main.ts": STANDALONE_MAIN, "src/app/app.component.ts": EMPTY_ROOT,
            "src/app/app.routes.ts": "import { Routes } from '@angular/router';\n"
                                     "import { HomePage } from './home.page';\n"
                                     "export const routes: Routes = [{ path: '', component: HomePage }];\n",
            "src/app/home.page.ts": home}


def make_workspace(root: Path, files: dict[str, str], angular: dict | None = None,
                   package: dict | None = None) -> Path:
    """Write angular.json, package.json and ``files`` (path → text) under ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "angular.json").write_text(json.dumps(angular or ANGULAR_JSON, indent=2))
    pkg = package or {"name": "demo", "dependencies": {"@angular/core": "^19.0.0"}}
    (root / "package.json").write_text(json.dumps(pkg))
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


FIXTURE_MODULES = Path(__file__).resolve().parent.parent / "fixtures" / "trailbook" / "node_modules"


def link_runtime_packages(root: Path, extra: dict[str, dict[str, str]] | None = None) -> None:
    """Give a generated workspace the fixture's node_modules (rxjs, which every converted app runs on); with
    ``extra`` packages (name → file → text), a node_modules of links to the fixture's packages plus those."""
    if not extra:
        (root / "node_modules").symlink_to(FIXTURE_MODULES)
        return
    for package in FIXTURE_MODULES.iterdir():
        if package.name.startswith("@") and package.is_dir():
            for scoped in package.iterdir():
                (root / "node_modules" / package.name).mkdir(parents=True, exist_ok=True)
                (root / "node_modules" / package.name / scoped.name).symlink_to(scoped)
        elif not package.name.startswith("."):
            (root / "node_modules").mkdir(exist_ok=True)
            (root / "node_modules" / package.name).symlink_to(package)
    for name, files in extra.items():
        for rel, text in files.items():
            path = root / "node_modules" / name / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")


def copy_fixture(src: Path, dst: Path) -> Path:
    """A writable copy of a fixture (without node_modules unless asked)."""
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("node_modules"))
    return dst
