"""`pwa2wx check` runs WeChat DevTools' own pipeline (npm miniprogram-ci, the real one, from the tools cache): a
failed compile is a located error, each quality scan item is printed, and without Node.js the rest still runs.
The corpus apps' scans are in test_corpus.py; the converter's side (no type-only modules) is here too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pwa2wx.commands.check import check
from pwa2wx.output import appfiles
from tests import needs
from tests.workspace import STANDALONE_MAIN, make_workspace


def mini_program(folder: Path, wxml: str, pages: list[str]) -> Path:
    """A one-page mini program as DevTools opens it: app files, project.config.json as pwa2wx writes it."""
    files = {
        "app.json": json.dumps(appfiles.app_json("t", pages[:1], location=False, subpackages=[], tabs=[],
                                                 primary="#000000") | {"pages": pages}),
        "app.js": "App({});\n", "app.wxss": "", "sitemap.json": json.dumps(appfiles.SITEMAP),
        "project.config.json": json.dumps(appfiles.project_config("t", "touristappid", "a test")),
        "pages/a/a.js": "Page({ data: { a: 1 } });\n", "pages/a/a.json": "{}", "pages/a/a.wxss": ".a { color: red; }\n",
        "pages/a/a.wxml": wxml,
    }
    for rel, text in files.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text, encoding="utf-8")
    return folder


@needs.node
@pytest.mark.parametrize("wxml,pages,where,words", [
    ('<view class="a">{{ a }}</view>\n<text>b</vie>\n', ["pages/a/a"], ("pages/a/a.wxml", 2, 10), "end tag"),
    ("<view>{{ a }}</view>\n", ["pages/a/a", "pages/gone/gone"], ("app.json", 0, 0), "pages/gone/gone"),
])
def test_a_devtools_compile_error_is_a_located_error(tmp_path, wxml, pages, where, words):
    found = check(mini_program(tmp_path, wxml, pages), compilers=False, devtools=True)
    [error] = [d for d in found.diagnostics.items if d.code == "PWX428"]
    assert (error.file, error.line, error.col) == where and words in error.message and error.severity == "error"
    assert found.devtools["compiled_files"] is None and found.devtools["quality"] == []


def test_without_node_check_says_so_and_does_the_rest(tmp_path, monkeypatch):
    out = mini_program(tmp_path / "mp", "<view>{{ a }}</view>\n", ["pages/a/a"])
    (tmp_path / "bin").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))  # no node, no npm
    found = check(out, compilers=False, devtools=True)
    [missing] = [d for d in found.diagnostics.items if d.code == "PWX415"]
    assert "Node.js is needed to run WeChat DevTools' compile and code quality scan" in missing.message
    assert any(line.startswith("main package:") for line in found.lines) and found.devtools == {}


def test_a_type_only_module_is_not_shipped(tmp_path):
    """An interfaces file compiles to nothing: not shipped (DevTools' scan counts it unused), and not required."""
    from pwa2wx.build.convert import convert

    src = make_workspace(tmp_path / "app", {
        "src/main.ts": STANDALONE_MAIN,
        "src/app/shapes.ts": "export interface Trail { name: string }\nexport type Km = number;\n",
        "src/app/app.component.ts": "import { Component } from '@angular/core';\n"
                                    "import { Trail } from './shapes';\n"
                                    "@Component({ selector: 'app-root', standalone: true, template: '' })\n"
                                    "export class AppComponent { trail: Trail = { name: 'x' }; }\n",
        "src/app/app.routes.ts": "export const routes = [];\n"})
    convert(src, tmp_path / "out")
    shipped = {p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out" / "src").rglob("*.js")}
    assert "src/app/app.component.js" in shipped and "src/app/shapes.js" not in shipped
    assert "shapes" not in (tmp_path / "out" / "src/app/app.component.js").read_text()


def test_a_script_asset_is_not_shipped_even_when_named(tmp_path):
    """A Web Worker's file under assets: nothing in a mini program could load it, so it is left out (PWX431)."""
    from pwa2wx.build.convert import convert

    src = make_workspace(tmp_path / "app", {
        "src/main.ts": STANDALONE_MAIN,
        "src/assets/workers/sum.js": "onmessage = (e) => postMessage(e.data + 1);\n",
        "src/assets/data/n.json": '{"n": 1}\n',
        "src/app/app.component.ts": "import { Component } from '@angular/core';\n"
                                    "@Component({ selector: 'app-root', standalone: true, template: '' })\n"
                                    "export class AppComponent { urls = ['assets/workers/sum.js', "
                                    "'assets/data/n.json']; }\n",
        "src/app/app.routes.ts": "export const routes = [];\n"})
    result = convert(src, tmp_path / "out")
    assert (tmp_path / "out/assets/data/n.json").is_file() and not (tmp_path / "out/assets/workers").exists()
    [left] = [d for d in result.diagnostics.items if d.code == "PWX431"]
    assert "assets/workers/sum.js" in left.message and left.file == "angular.json"


def test_files_the_app_names_at_run_time_are_kept_literally_or_by_their_folder(tmp_path):
    """What keeps a file DevTools sees nothing load: its path as a string, or its folder starting a built path."""
    from pwa2wx.commands.devtools_scan import runtime_named

    (tmp_path / "s.js").write_text("get('assets/data/x.json'); load('./assets/i18n/' + lang + '.json');\n"
                                   "show(`assets/img/${n}.png`);\n")
    files = ["assets/data/x.json", "assets/data/y.json", "assets/i18n/de.json", "assets/img/1.png", "top.json"]
    assert runtime_named(tmp_path, files) == {"assets/data/x.json": "s.js", "assets/i18n/de.json": "s.js",
                                              "assets/img/1.png": "s.js"}
