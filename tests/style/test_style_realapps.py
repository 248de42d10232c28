"""Real Ionic apps (the corpus, prepared by tests/corpus.py): every WXSS the style stage writes passes wcsc.

Each component's styles are compiled for both roles (page and component), app.wxss with the theme it imports, and
wcsc must report no error and, for component WXSS, no "Some selectors are not allowed" message.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pwa2wx.diagnostics import Diagnostics
from pwa2wx.output import wechat
from pwa2wx.style import StyleCompiler
from pwa2wx.style.compiler import theme_dir
from pwa2wx.workspace import config as config_module
from pwa2wx.workspace import project as project_module
from tests import corpus, needs

APPS = ["conf-443e4b91", "conf-330cc004", "photo-gallery-cf305c91",
        *(f"starter-angular{kind}-{name}" for kind in ("", "-standalone")
          for name in ("blank", "tabs", "sidemenu", "list"))]


def wcsc_problems(root: Path, rel: str, component: bool, imports: list[str] | None = None) -> list[str]:
    result = wechat.wcsc(root, [rel, *(imports or [])], components=int(component))
    return [f"{m.file or rel}:{m.line}:{m.col}: {m.message}" for m in result.messages] + (
        [] if result.ok else [f"{rel}: wcsc failed"])


@pytest.fixture(scope="module")
def tools():
    try:
        wechat.compiler_package(install=False)
    except wechat.ToolMissing as e:
        needs.unavailable(str(e))


@pytest.mark.parametrize("app", APPS)
def test_every_wxss_passes_wcsc(app, tools, tmp_path):
    root = corpus.app(app)
    project = project_module.load(root)
    diagnostics = Diagnostics()
    styles = StyleCompiler(project, config_module.defaults(), diagnostics)
    shutil.copytree(theme_dir(), tmp_path / "pwa2wx" / "theme")
    theme = sorted(f"pwa2wx/theme/{p.name}" for p in (tmp_path / "pwa2wx" / "theme").glob("*.wxss"))
    files: dict[str, tuple[str, bool]] = {"app.wxss": (styles.app(), False)}
    for n, comp in enumerate(sorted(project.components.values(), key=lambda c: c.key)):
        files[f"pages/p{n}/p{n}.wxss"] = (styles.component(comp, "page"), False)
        files[f"components/c{n}/c{n}.wxss"] = (styles.component(comp, "component"), True)
    styles.close()
    problems = []
    for rel, (text, component) in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
        problems += wcsc_problems(tmp_path, rel, component, theme if rel == "app.wxss" else None)
    assert problems == []
    assert [d for d in diagnostics.items if d.severity == "error"] == []


def test_theme_passes_wcsc(tools, tmp_path):
    shutil.copytree(theme_dir(), tmp_path / "theme")
    problems = []
    for file in sorted((tmp_path / "theme").glob("*.wxss")):
        problems += wcsc_problems(tmp_path, f"theme/{file.name}", False)
    assert problems == []
