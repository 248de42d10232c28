"""Global rules no class of the app can match are left out of app.wxss; what the app can build stays."""

from __future__ import annotations

from pathlib import Path

from pwa2wx.build.convert import convert
from pwa2wx.style.unused import prune
from tests.workspace import link_runtime_packages, make_workspace, one_page_app

GLOBAL = """
.used { color: red; }
.unused { color: blue; }
.unused, .also-used { margin: 0; }
.fa-house:before { content: "h"; }
.x:not(.never) { padding: 0; }
p { line-height: 1.5; }
@media (min-width: 768px) { .unused { display: none; } .used { display: flex; } }
@keyframes spin { from { opacity: 0; } }
"""


def app(root: Path, keep: list[str] | None = None) -> Path:
    make_workspace(root, {
        **one_page_app("import { Component } from '@angular/core';\n"
                       "@Component({ selector: 'app-home', template: `<p class=\"used also-used x\">Hi</p>"
                       "<i [class]=\"'fa-' + icon\"></i>` })\n"
                       "export class HomePage { icon = 'house'; }\n"),
        "src/global.scss": GLOBAL,
    })
    if keep is not None:
        (root / "pwa2wx.toml").write_text(f"[style]\nkeep_classes = {keep!r}\n".replace("'", '"'))
    link_runtime_packages(root)
    return root


def test_rules_no_class_of_the_app_matches_are_left_out(tmp_path):
    result = convert(app(tmp_path / "app"), tmp_path / "out")
    wxss = (tmp_path / "out" / "app.wxss").read_text()
    assert ".used{color:red}" in wxss and ".also-used{margin:0}" in wxss  # the unused half of the list goes
    assert ".fa-house:before" in wxss  # its prefix is a string the code builds classes from
    assert ".x:not(.never)" in wxss and ".h5-p{line-height:1.5}" in wxss and "@keyframes spin" in wxss
    assert ".unused" not in wxss and "@media (min-width: 768px){\n.used{display:flex}\n}" in wxss
    [info] = [d for d in result.diagnostics.items if d.code == "PWX210"]
    assert info.message.startswith("2 rules of the global styles") and info.file == "src/global.scss"


def test_keep_classes_keeps_them(tmp_path):
    convert(app(tmp_path / "app", keep=["unused*"]), tmp_path / "out")
    assert ".unused{color:blue}" in (tmp_path / "out" / "app.wxss").read_text()


def test_a_stylesheet_whose_classes_are_all_used_is_left_as_it_is():
    wxss = ".a{color:red}\n@media (min-width: 1px){\n.b{margin:0}\n}\n"
    assert prune(wxss, ['<view class="a b"/>']).wxss == wxss
