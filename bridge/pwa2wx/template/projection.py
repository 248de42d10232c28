"""Child components and content projection: an element whose tag is an app component becomes a WeChat custom
component (inputs → properties, outputs → ``bind:``), and its children go to the ``<slot>`` its
``<ng-content select>`` became.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pwa2wx.template import parse_template
from pwa2wx.template.attrs import Attrs
from pwa2wx.template.names import kebab
from pwa2wx.template.nodes import Element, elements
from pwa2wx.template.rows import Tag
from pwa2wx.template.scope import Env, Handler, TwoWay
from pwa2wx.template.wxml import Wx

if TYPE_CHECKING:
    from pwa2wx.template.compiler import ViewCompiler


class Projection:
    """The projection part of a :class:`~pwa2wx.template.compiler.ViewCompiler`."""

    def __init__(self, c: ViewCompiler) -> None:
        self.c = c
        self.slot_cache: dict[str, list[str]] = {}

    def custom_component(self, el: Element, attrs: Attrs, child, env: Env) -> list[Wx | str]:
        tag = el.tag.lower()
        path = self.c.ctx.component_path(child)
        self.c.using[tag] = path
        wx = Wx(tag)
        handler = Handler(custom=True)
        self.c.elements.decorate(wx, el, attrs, Tag(), env, handler)
        self.c.elements.events(el, attrs, Tag(), env, handler)
        ref = next((r for r in attrs.refs if not r.value), None)
        if ref is not None:  # `#name` is the child's instance: it tells its owner under this name (runtime)
            wx.attrs["data-ref"] = ref.name
        for name, b in attrs.two_way.items():
            if b.ast is None:
                continue
            if name == "ngModel":
                self.c.diag("PWX104", f"[(ngModel)] on <{tag}> (a custom form control) is not converted",
                            b.attr.line, b.attr.col, hint="bind an @Input and an @Output instead")
                continue
            bound = self.c.exprs.bound(b, env.scope, "two-way")
            if bound is not None:
                wx.attrs[input_attribute(name)] = bound
            handler.add(name + "Change", TwoWay(b.ast))
        self.c.handlers.attach(wx, handler, env.scope, el)
        selects = self.slots_of(child)
        slots = tuple((s, slot_name(s)) for s in selects)
        wx.children = self.c.flow.nodes(el.children, replace(env, slots=slots))
        return [wx]

    def slots_of(self, child) -> list[str]:
        """The ng-content select values of a child component's template (cached)."""
        if child.key not in self.slot_cache:
            selects: list[str] = []
            if child.template is not None:
                nodes, _ = parse_template(child.template.text, child.template.file)
                for el in elements(nodes):
                    if el.tag.lower() == "ng-content":
                        sel = next((a.value for a in el.attrs if a.name == "select" and a.value), None)
                        if sel:
                            selects.append(sel)
            self.slot_cache[child.key] = selects
        return self.slot_cache[child.key]

    def project_slot(self, out: list[Wx | str], el: Element, attrs: Attrs, env: Env) -> list[Wx | str]:
        """Children of a custom component that match an ``<ng-content select>`` get ``slot="name"``."""
        if not env.slots:
            return out
        target = attrs.static_value("ngProjectAs")
        for select, name in env.slots:
            if matches(select, el, attrs, target):
                for node in out:
                    if isinstance(node, Wx):
                        node.attrs["slot"] = name
                break
        return out

    def ng_content(self, el: Element, attrs: Attrs, env: Env) -> list[Wx | str]:
        if self.c.ctx.role != "component":
            self.c.note_once("PWX105", "ng-content", "<ng-content> in a page has nothing to project: not rendered",
                             el)
            return []
        select = attrs.static_value("select")
        slot = Wx("slot")
        if select:
            slot.attrs["name"] = slot_name(select)
        return [slot]


def is_primary_outlet(el: Element) -> bool:
    """A ``<router-outlet>`` or ``<ion-router-outlet>`` without a name: where a route's children show. In a layout
    (workspace.routes) that is a slot, which the page it wraps fills."""
    name = el.attr("name")
    return el.tag.lower() in ("router-outlet", "ion-router-outlet") and (name is None or name.value in ("", "primary"))


def input_attribute(name: str) -> str:
    """The WXML attribute that sets a custom component's input: WeChat maps ``program-label`` onto the property
    ``programLabel``, takes no ``$`` in either, and no attribute names a property with a capital first letter
    (``[Challenge]``: ``-challenge`` is not an attribute, so the property is ``challenge``). runtime/component.js
    names the property the same way."""
    name = name.replace("$", "_")
    return kebab(name[:1].lower() + name[1:])


def slot_name(select: str) -> str:
    """A WXML slot name for an ``<ng-content select>``: ``[slot=start]`` → ``slot-start``."""
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", select).strip("-")
    return name or "default"


def matches(select: str, el: Element, attrs: Attrs, project_as: str | None) -> bool:
    """Whether ``el`` matches a simple CSS selector list (tag, .class, [attr], [attr=value])."""
    if project_as:
        return any(project_as.strip() == s.strip() for s in select.split(","))
    classes = (attrs.static_value("class") or "").split()
    for sel in select.split(","):
        m = re.fullmatch(r"\s*([A-Za-z][\w-]*)?((?:\.[\w-]+|\[[^\]]+\])*)\s*", sel)
        if m is None:
            continue
        tag, rest = m.group(1), m.group(2)
        if tag and tag.lower() != el.tag.lower():
            continue
        ok = True
        for part in re.findall(r"\.[\w-]+|\[[^\]]+\]", rest):
            if part.startswith("."):
                ok = ok and part[1:] in classes
            else:
                name, _, value = part[1:-1].partition("=")
                value = value.strip("'\"")
                have = attrs.static_value(name.strip())
                ok = ok and have is not None and (not value or have == value)
        if ok and (tag or rest):
            return True
    return False
