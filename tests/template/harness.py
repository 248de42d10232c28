"""Compile template snippets as the converter does, then check them the ways the output is used:
WeChat's wcc compiles the WXML, esprima 4.0.1 parses the JS, and Node runs the render function and
handlers through adapters/runtime/view.js (run_views.js), rendering wcc's output with the view model."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import esprima

from pwa2wx.diagnostics import Diagnostics
from pwa2wx.output import wechat
from pwa2wx.template import CompiledView, TemplateContext, compile_component, helpers
from pwa2wx.workspace.model import Component, TextSource

HERE = Path(__file__).resolve().parent
NODE = shutil.which("node")
# A WXML mustache may hold a view-model path, a loop variable, or a constant; never a call or a pipe.
PLAIN = re.compile(r"^(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*|true|false|-?\d+(?:\.\d+)?|'[^']*')$")


@dataclass
class Project:
    """The parts of pwa2wx.workspace.project.Project the template compiler reads."""

    components: dict[str, Component] = field(default_factory=dict)
    pipes: dict[str, tuple[str, str]] = field(default_factory=dict)
    modules: dict = field(default_factory=dict)
    directive_attributes: dict = field(default_factory=dict)
    library_pipes: frozenset[str] = frozenset()

    def component_by_selector(self, tag: str) -> Component | None:
        return next((c for c in self.components.values() if c.selector == tag), None)

    def attribute_directives(self, tag: str, names: set[str]) -> list[tuple[str, str]]:
        return []

    def registered_icons(self) -> dict[str, str | None]:
        return {}


def component(html: str, name: str = "TestPage", selector: str | None = None, file: str = "src/app/test.html",
              line: int = 1, col: int = 1, inline: bool = False) -> Component:
    return Component(name=name, rel=file.replace(".html", ".ts"), selector=selector,
                     template=TextSource(html, file, line, col, inline), styles=[], standalone=True, imports=[],
                     meta={})


def icon(name: str) -> str | None:
    return None if name.startswith("missing") else f"pwx-icon pwx-icon-{name}"


def compile_html(html: str, role: str = "page", project: Project | None = None,
                 comp: Component | None = None, navigation: str = "native") -> tuple[CompiledView, Diagnostics]:
    """``html`` compiled as a page (or component); with WeChat's native navigation bar unless ``navigation``
    is "custom", so that a page's WXML is only its template's."""
    diags = Diagnostics()
    ctx = TemplateContext(project=project or Project(), role=role, diagnostics=diags,
                          component_path=lambda c: f"/components/{c.name.lower()}/{c.name.lower()}", icon=icon,
                          navigation=navigation)
    return compile_component(comp or component(html), ctx), diags


def definition(view: CompiledView) -> str:
    """The page's definition as the page file gives it, with each helper file named by its runtime path (the
    driver, run_views.js, requires them)."""
    files = helpers.features(view.render_js + view.handlers_js, view.ids)
    return (f"{{render: {view.render_js}, handlers: {view.handlers_js}, hooks: {json.dumps(view.hooks)}, "
            f"helpers: {json.dumps(files)}}}")


def check_js(view: CompiledView) -> None:
    """The generated JS is ES2017 as esprima 4.0.1 reads it (raises otherwise)."""
    esprima.parseScript(f"var def = {definition(view)};")


def mustaches(wxml: str) -> list[str]:
    return re.findall(r"\{\{(.*?)\}\}", wxml)


def non_plain(wxml: str) -> list[str]:
    """Mustache contents that are not plain paths or constants (wcc would accept calls silently)."""
    return [m for m in mustaches(wxml) if not PLAIN.match(m.strip())]


def wcc_compile(views: dict[str, CompiledView]) -> wechat.CompileResult:
    """Compile page WXML files together with the official wcc; keys are page paths (pages/a/a.wxml)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for page, view in views.items():
            (root / page).parent.mkdir(parents=True, exist_ok=True)
            (root / page).write_text(view.wxml, encoding="utf-8")
        return wechat.wcc(root, list(views), {p: sorted(v.using_components) for p, v in views.items()})


def run(jobs: list[dict], wcc_js: str | None = None) -> list[dict]:
    """Run jobs ({view, state, events, page, host}) in Node; each result has vm, after, patches, text, state."""
    payload = {"wcc": wcc_js, "jobs": [{"def": definition(j["view"]), "state": j.get("state", "{}"),
                                        "events": j.get("events", []), "page": j.get("page"),
                                        "host": j.get("host")} for j in jobs]}
    proc = subprocess.run([NODE, str(HERE / "run_views.js")], input=json.dumps(payload), capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)
