"""Compiles one component's template into WXML + a view-model render function + a handler table.

WXML cannot call methods or pipes, so every dynamic value is computed by the render function and the
WXML reads it as a plain path (``{{v3}}``, ``{{x1.v5}}``); control flow becomes ``wx:if``/``wx:for`` over
view-model booleans and lists, and the render function only evaluates a branch's expressions when the
branch is shown (``@if (session) { {{session.name}} }`` never reads ``null.name``). Events go through one
method, ``$on``, with ``data-h`` (handler id) and ``data-p`` (the loop item path); see
``adapters/runtime/view.js``.

:class:`ViewCompiler` is the state of one compilation; the work is done by parts it holds, each in its own
module: :mod:`.expressions` (Angular expressions → render-function JS), :mod:`.flow` (views, blocks,
branches, loops), :mod:`.directives` (structural directives and Angular's own elements), :mod:`.elements`
(one element and its attributes), :mod:`.handlers` (event handlers), :mod:`.projection` (child components
and ``ng-content``), and :mod:`.refs` and :mod:`.chrome` (page title) as functions of the compiler. Element
shapes come from the table in :mod:`.ionic`, whose rows name their builder (a function of :mod:`.shapes`,
:mod:`.forms`, :mod:`.options` or :mod:`.chrome`); those reach the parts through the compiler they are
given, as the table imports them.
"""

from __future__ import annotations

import re

from pwa2wx.template import CompiledView, TemplateContext, chrome, forms, parse_template
from pwa2wx.template.attrs import Errors
from pwa2wx.template.directives import Directives
from pwa2wx.template.elements import Elements
from pwa2wx.template.expression import ast as A
from pwa2wx.template.expressions import Expressions
from pwa2wx.template.flow import ControlFlow
from pwa2wx.template.handlers import Handlers
from pwa2wx.template.helpers import h
from pwa2wx.template.nodes import Attribute, Element, Node
from pwa2wx.template.projection import Projection
from pwa2wx.template.scope import Env, Fn, Scope, Writer
from pwa2wx.template.wxml import serialize
from pwa2wx.workspace.angular import writable_signals


class ViewCompiler:
    """One template's compilation: what the parts write (render function, handlers, usingComponents …)."""

    def __init__(self, component, ctx: TemplateContext):
        self.comp = component
        self.ctx = ctx
        self.file = component.template.file if component.template else component.rel
        self.errors = Errors(lambda message, line, col: self.diag("PWX102", message, line, col))
        self.render = Writer()
        self.render_fn = Fn()
        self.handler_code: list[str] = []  # the handler table's functions, by handler id
        self.counts: dict[str, int] = {}
        self.keys: set[str] = set()
        self.using: dict[str, str] = {}
        self.hooks: dict[str, int] = {}
        self.pipes: dict[str, tuple[str, str]] = {}
        self.directive_classes: list[tuple[str, str]] = []  # the app's attribute directives its elements have
        self.ids: dict[str, str] = {}  # static id → its element's tag
        self.signals: frozenset[str] | None = None  # the component's writable signal fields (read when needed)
        self.in_native_bar: set[int] = set()  # ids of the header elements the native navigation bar replaces
        self.navigation_header: Element | None = None  # the ion-header drawn as the page's navigation bar
        self.status_bar_above = False  # the page starts below the status bar (no header at its top)
        self.overlay_triggers: dict[str, str] = {}  # id of an inline overlay's trigger element -> its site
        self.page_navs: set[int] = set()  # ids of the ion-navs that are the page's (chrome.page_navs)
        self.file_handlers: dict[int, int] = {}  # id of an <input type="file"> -> its handler (forms.file_handler)
        self.file_inputs: dict[str, Element] = {}  # the id attribute of an <input type="file"> -> the input
        self.noted: set[tuple[str, str]] = set()
        self.where_attr: Attribute | None = None  # the attribute whose expression is being generated
        self.exprs = Expressions(self)
        self.flow = ControlFlow(self)
        self.directives = Directives(self)
        self.elements = Elements(self)
        self.handlers = Handlers(self)
        self.projection = Projection(self)

    def compile(self) -> CompiledView:
        tpl = self.comp.template
        nodes: list[Node] = []
        if tpl is not None:
            nodes, diags = parse_template(tpl.text, tpl.file, tpl.line, tpl.col)
            self.ctx.diagnostics.extend(diags)
        self.render.line(f"var s0 = {h('root')};")
        chrome.runtime_title(self, nodes)
        self.in_native_bar = chrome.native_bar_elements(self, nodes)
        self.navigation_header = chrome.navigation_header(self, nodes)
        self.status_bar_above = not any(n is self.navigation_header for n in nodes)
        self.overlay_triggers = chrome.overlay_triggers(nodes)
        self.file_inputs = forms.file_inputs(nodes)
        self.page_navs = chrome.page_navs(nodes)
        body = self.flow.view(nodes, Env(Scope()))
        if self.status_bar_above:
            body = chrome.status_bar(self) + body
        self.render.line("return $0;")
        temps = self.render_fn.declaration()
        # it fills the view model it is handed, so the values set before one that throws still show (view.js)
        render = "function (c, h, $0) {\n" + (f"  {temps}\n" if temps else "") + self.render.text() + "\n}"
        handlers = "[" + ",\n".join(self.handler_code) + "]" if self.handler_code else "[]"
        return CompiledView(wxml=serialize(body) + "\n", render_js=render, handlers_js=handlers,
                            using_components=dict(sorted(self.using.items())), hooks=dict(self.hooks),
                            title=chrome.page_title(self, nodes), pipes=dict(sorted(self.pipes.items())),
                            directives=list(self.directive_classes),
                            ids=dict(sorted(self.ids.items())))

    def signal_field(self, ast: A.AST | None, scope: Scope) -> bool:
        """Whether ``ast`` reads a field of the component that holds a writable signal (not a template name)."""
        if self.signals is None:
            module = self.ctx.project.modules.get(self.comp.rel)
            self.signals = writable_signals(module, self.comp.name) if module is not None else frozenset()
        return isinstance(ast, A.PropertyRead) and isinstance(ast.receiver, A.ImplicitReceiver) and \
            ast.name in self.signals and ast.name not in scope.names

    def diag(self, code: str, message: str, line: int = 0, col: int = 0, hint: str = "") -> None:
        self.ctx.diagnostics.add(code, message, self.file, line, col, hint=hint)

    def note_once(self, code: str, key: str, message: str, node, hint: str = "") -> None:
        """Report ``message`` at ``node`` the first time ``key`` comes up in this template."""
        if (code, key) not in self.noted:
            self.noted.add((code, key))
            self.diag(code, message, node.line, node.col, hint)

    def directive_index(self, directive: tuple[str, str]) -> int:
        """The index of an app's directive (.ts path, class) in the view's list (``def.directives``)."""
        if directive not in self.directive_classes:
            self.directive_classes.append(directive)
        return self.directive_classes.index(directive)

    def count(self, kind: str) -> int:
        """The next number of a per-template series (view-model keys ``v``, lists ``l``, pipe sites …)."""
        n = self.counts.get(kind, 0)
        self.counts[kind] = n + 1
        return n

    def key(self, name: str) -> str:
        """A scope-object key for a template variable, unique in this template."""
        base = re.sub(r"[^\w$]", "_", name) or "v"
        key, n = base, 1
        while key in self.keys:
            n += 1
            key = f"{base}{n}"
        self.keys.add(key)
        return key


def compile_view(component, ctx: TemplateContext) -> CompiledView:
    return ViewCompiler(component, ctx).compile()
