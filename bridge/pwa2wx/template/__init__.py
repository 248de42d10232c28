"""Angular templates → WXML + a view-model render function + an event handler table.

Pipeline (one job per module): :mod:`.lexer` → :mod:`.parser` (nodes in :mod:`.nodes`) →
:mod:`.compiler` (with Angular expressions from :mod:`.expression` and the Ionic/HTML → WeChat table
in :mod:`.ionic`). The JavaScript half runs in the mini program: ``adapters/runtime/view.js`` and
``adapters/runtime/pipes.js``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pwa2wx.diagnostics import Diagnostic
from pwa2wx.template.lexer import Position
from pwa2wx.template.nodes import Attribute, Block, Comment, Element, LetDeclaration, Node, Text, text_content
from pwa2wx.template.parser import parse

if TYPE_CHECKING:
    from pwa2wx.diagnostics import Diagnostics
    from pwa2wx.workspace.model import Component, Project

__all__ = ["Attribute", "Block", "Comment", "CompiledView", "Element", "LetDeclaration", "Node", "TemplateContext",
           "Text", "compile_component", "parse_template", "text_content"]


def parse_template(text: str, file: str, line: int = 1, col: int = 1) -> tuple[list[Node], list[Diagnostic]]:
    """Parse Angular template text; positions are absolute in ``file`` (the text starts at line/col).

    The nodes are shared between callers (a template is read by the route planner, its own compilation and
    every parent reading its ``ng-content`` slots, and again in watch mode): treat them as read-only."""
    nodes, diagnostics = _parse(text, file, line, col)
    return list(nodes), list(diagnostics)


@functools.lru_cache(maxsize=4096)
def _parse(text: str, file: str, line: int, col: int) -> tuple[tuple[Node, ...], tuple[Diagnostic, ...]]:
    nodes, errors = parse(text, Position(text, line, col))
    return tuple(nodes), tuple(Diagnostic(file, ln, cl, "error", "PWX101", message) for message, ln, cl in errors)


parse_template.cache_clear = _parse.cache_clear  # type: ignore[attr-defined]  # benchmarks time cold parses


@dataclass
class TemplateContext:
    """What compiling one component's template needs from the rest of the conversion."""

    project: Project
    role: str  # "page" | "component"
    diagnostics: Diagnostics
    component_path: Callable[[Component], str]  # child component → absolute mini-program path (usingComponents)
    icon: Callable[[str], str | None]  # ion-icon name → the classes that draw its glyph, None when missing
    navigation: str = "custom"  # [style] navigation: "custom" (the page's ion-header is the bar) | "native"


@dataclass
class CompiledView:
    wxml: str
    render_js: str  # ``function (c, h, $0) { … fills $0 …; return $0; }``
    handlers_js: str  # ``[function (c, s, $event, h) { … }, …]``
    using_components: dict[str, str] = field(default_factory=dict)  # WXML tag → component path
    hooks: dict[str, int] = field(default_factory=dict)  # page event → handler id
    title: str | None = None  # static ion-title text of the page header (native navigation bar)
    pipes: dict[str, tuple[str, str]] = field(default_factory=dict)  # app pipe name → (.ts path, class) used
    directives: list[tuple[str, str]] = field(default_factory=list)  # the app's attribute directives (.ts, class)
    # its elements' static ids and their tags, which document.getElementById finds (runtime dom.js)
    ids: dict[str, str] = field(default_factory=dict)


def compile_component(component: Component, ctx: TemplateContext) -> CompiledView:
    """Compile ``component``'s template (diagnostics go to ``ctx.diagnostics``)."""
    from pwa2wx.template.compiler import compile_view

    return compile_view(component, ctx)
