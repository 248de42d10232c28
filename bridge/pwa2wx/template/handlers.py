"""Event handlers: each element's handler items become one function of the handler table, and the element
gets ``bind<event>="$on"`` with ``data-h`` (its handler id) and ``data-p`` (its loop item path), which
``adapters/runtime/view.js`` dispatches.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pwa2wx.template.attrs import Binding
from pwa2wx.template.expression import ast as A
from pwa2wx.template.expression import js_string
from pwa2wx.template.helpers import h
from pwa2wx.template.nodes import Element
from pwa2wx.template.scope import Fn, Handler, Helper, Item, Navigate, Scope, TwoWay, WithEvent, Writer
from pwa2wx.template.wxml import Wx

if TYPE_CHECKING:
    from pwa2wx.template.compiler import ViewCompiler

EVENT = A.PropertyRead(0, 0, A.ImplicitReceiver(0, 0), "$event")  # a handler's $event


class Handlers:
    """The handler part of a :class:`~pwa2wx.template.compiler.ViewCompiler`."""

    def __init__(self, c: ViewCompiler) -> None:
        self.c = c

    def attach(self, wx: Wx, handler: Handler, scope: Scope, el: Element | None = None) -> None:
        """Write the handler function and the WXML attributes (bindtap="$on" data-h data-p)."""
        if not handler.by_event:
            return
        hid = self.handler(handler, scope)
        for event in handler.by_event:
            prefix = "bind:" if handler.custom else ("catch" if event in handler.catch else "bind")
            wx.attrs[prefix + event] = "$on"
        self.bind(wx, hid, scope)

    def bind(self, wx: Wx, hid: int, scope: Scope) -> None:
        """The WXML attributes that name handler ``hid`` and the loop item it runs for (data-h, data-p)."""
        wx.attrs["data-h"] = str(hid)
        if scope.path:
            wx.attrs["data-p"] = scope.path

    def handler(self, handler: Handler, scope: Scope) -> int:
        fn = Fn()
        body = Writer(indent=1)
        if handler.guard is not None:
            body.line(f"if ({self.c.exprs.js(handler.guard, scope, fn, handler=True)}) return;")
        single = len(handler.by_event) == 1
        for event, items in handler.by_event.items():
            if not single:
                body.open(f"if ($event.type === {js_string(event)}) {{")
            if handler.custom:
                body.line("$event = $event.detail;")
            elif event in handler.adapters:
                args = [a if isinstance(a, str) else self.c.exprs.js(a, scope, fn, handler=True)
                        for a in handler.adapters[event]]
                body.line(f"$event = {h('event', '$event', *args)};")
            statements: list[str] = []
            for item in items:
                statements.extend(self.statements(item, scope, fn))
            for n, stmt in enumerate(statements):
                body.line(("return " if n == len(statements) - 1 else "") + stmt + ";")
            if not single:
                body.close()
        temps = fn.declaration()
        code = "function (c, s, $event, h) {\n" + (f"  {temps}\n" if temps else "") + body.text() + "\n}"
        self.c.handler_code.append(code)
        return len(self.c.handler_code) - 1

    def statements(self, item: Item, scope: Scope, fn: Fn) -> list[str]:
        """JS statements for one handler item."""
        event = "$event"
        if isinstance(item, Helper):
            args = [a if isinstance(a, str) else self.c.exprs.js(a, scope, fn, handler=True) for a in item.args]
            return [h(item.name, *args)]
        if isinstance(item, Navigate):
            return [self.navigation(item, scope, fn)]
        if isinstance(item, TwoWay):
            assign = A.Assign(item.target.start, item.target.end, item.target, "=", EVENT)
            read, write = (self.c.exprs.js(e, scope, fn, handler=True) for e in (item.target, assign))
            return [f"{h('twoWaySet', read, '$event')} || ({write})"]
        action: A.AST
        if isinstance(item, WithEvent):
            action, event = item.action, item.event
        else:
            action = item
        exprs = action.expressions if isinstance(action, A.Chain) else [action]
        return [self.c.exprs.js(e, scope, fn, handler=True, event=event) for e in exprs]

    def navigation(self, item: Navigate, scope: Scope, fn: Fn) -> str:
        target = item.target
        if isinstance(target, str):
            commands = js_string(target)
        else:
            assert target.ast is not None  # (router_link navigates only to a binding that parsed)
            self.c.where_attr = target.attr
            commands = self.c.exprs.js(target.ast, scope, fn, handler=True)
        parts = []
        for name, value in item.extras:
            if isinstance(value, Binding):
                assert value.ast is not None  # (router_link keeps only bindings that parsed)
                self.c.where_attr = value.attr
                parts.append(f"{name}: {self.c.exprs.js(value.ast, scope, fn, handler=True)}")
            else:
                parts.append(f"{name}: {js_string(value or '')}")
        if item.direction == "root":
            parts.append("root: true")
        elif item.direction == "back":
            parts.append("back: true")
        return h("navigate", commands, f"{{{', '.join(parts)}}}")

    def model_assign(self, model: A.AST, read: str) -> A.AST:
        """``target = $event.<read>`` as an action AST (handlers generate it like user statements)."""
        value: A.AST = EVENT
        for part in read.split("."):
            value = A.PropertyRead(0, 0, value, part)
        return self.assign(model, value)

    @staticmethod
    def assign(target: A.AST, value: A.AST) -> A.AST:
        """``target = value``; a [(ngModel)] signal field's read (``name()``, Elements.element) is set instead."""
        if isinstance(target, A.Call) and not target.args:
            return A.Call(target.start, target.end, A.PropertyRead(0, 0, target.receiver, "set"), [value])
        return A.Assign(target.start, target.end, target, "=", value)
