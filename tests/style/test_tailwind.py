"""Tailwind CSS 3 apps: the app's tailwindcss generates the utilities its templates use, wcsc accepts them, and
the escaped names (md:flex, w-1/2) meet the templates' classes under the names WXSS accepts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pwa2wx.build.convert import convert
from pwa2wx.commands.check import check
from tests import needs
from tests.workspace import link_runtime_packages, make_workspace, one_page_app

pytestmark = needs.node

TAILWIND = Path(os.environ["PWA2WX_TOOLS"]) / "node_modules" / "tailwindcss"


def tailwind_app(root: Path, installed: bool) -> Path:
    make_workspace(root, {
        **one_page_app("import { Component } from '@angular/core';\n"
                       "@Component({ selector: 'app-home', template: `<div class=\"md:flex w-1/2 p-4 "
                       "hover:bg-red-500\">Hi</div><p class=\"card\">Card</p>` })\n"
                       "export class HomePage {}\n"),
        "src/global.scss": "@tailwind base;\n@tailwind components;\n@tailwind utilities;\n"
                           "@import '@ionic/angular/css/core.css';\n"  # a plain CSS import: ours, not Tailwind's
                           ".card { @apply font-bold; }\n",
        "tailwind.config.js": "module.exports = { content: ['./src/**/*.{html,ts}'], theme: { extend: {} } };\n",
    }, package={"name": "tw", "dependencies": {"@angular/core": "^19.0.0"},
                "devDependencies": {"tailwindcss": "^3.4.0"}})
    link_runtime_packages(root, {"placeholder-lib": {"index.js": ""}})  # a node_modules folder of links
    if installed:
        (root / "node_modules" / "tailwindcss").symlink_to(TAILWIND)
    return root


def test_the_apps_tailwind_generates_the_utilities_its_templates_use(tmp_path):
    if not TAILWIND.is_dir():
        needs.unavailable(f"tailwindcss is not installed in {TAILWIND.parent} (make tools)")
    out = tmp_path / "out"
    result = convert(tailwind_app(tmp_path / "app", installed=True), out)
    app_wxss = (out / "app.wxss").read_text()
    assert ".w-1_2f_2{width:50%}" in app_wxss and ".p-4{padding:1rem}" in app_wxss
    assert "@media (min-width: 768px){\n.md_3a_flex{display:flex}\n}" in app_wxss
    assert ".card{font-weight:700}" in app_wxss  # @apply
    assert 'class="h5-div md_3a_flex w-1_2f_2 p-4 hover_3a_bg-red-500"' in (out / "pages/home/home.wxml").read_text()
    codes = {d.code: d for d in result.diagnostics.items}
    assert "PWX209" not in codes and "PWX207" not in codes and "PWX202" not in codes
    assert codes["PWX204"].severity == "info" and "Tailwind CSS:" in codes["PWX204"].message
    assert [d for d in check(out).diagnostics.items if d.code == "PWX206"] == []  # wcsc takes it


def test_without_tailwindcss_installed_one_warning_says_how_to_install_it(tmp_path):
    result = convert(tailwind_app(tmp_path / "app", installed=False), tmp_path / "out")
    [warning] = [d for d in result.diagnostics.items if d.code == "PWX209"]
    assert warning.file == "src/global.scss" and "npm ci" in warning.message
    assert "PWX207" not in {d.code for d in result.diagnostics.items}  # the directives are not reported again
    assert ".card{}" not in (tmp_path / "out" / "app.wxss").read_text()


@pytest.mark.parametrize("version", ["4.1.0"])
def test_tailwind_4_is_named_as_not_run(tmp_path, version):
    root = tailwind_app(tmp_path / "app", installed=False)
    (root / "node_modules" / "tailwindcss").mkdir()
    (root / "node_modules" / "tailwindcss" / "package.json").write_text(f'{{"version": "{version}"}}')
    [warning] = [d for d in convert(root, tmp_path / "out").diagnostics.items if d.code == "PWX209"]
    assert f"tailwindcss {version} is installed, and pwa2wx runs Tailwind 3 only" in warning.message
