"""One element: the table row it follows, its attributes (class, style, id, hidden, look attributes, the row's
props, routerLink), its events, and its children.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bridge.template import forms, shapes
from bridge.template.attrs import Attrs, read_attrs
from bridge.template.expression import ast as A
from bridge.template.expression import js_string
from bridge.template.ionic import (
    COMMON_EVENTS,
    IGNORED_ATTRIBUTES,
    camel,
    class_name,
    is_look_attribute,
    kebab,
    look_class,
    lookup,
    tag_class,
)
from bridge.template.nodes import Element
from bridge.template.projection import input_attribute
from bridge.template.rows import Tag
from bridge.template.scope import Env, Handler, Scope
from bridge.template.wxml import Wx, absolute_url, attr_safe

if TYPE_CHECKING:
    from bridge.template.compiler import ViewCompiler

WX_EVENT_NAME = re.compile(r"[A-Za-z_][\w-]*")  # what `bind:<name>` and a component's property take
ROUTER_EXTRAS = ("queryParams", "fragment", "state", "replaceUrl", "skipLocationChange", "queryParamsHandling")
HANDLED_ELSEWHERE = frozenset({"routerLink", "routerLinkActive", "innerHTML", "outerHTML", "innerText", "textContent",
                               "ngModel", "ngSwitch", *ROUTER_EXTRAS})  # bound properties read by other steps


class Elements:
    """The element part of a :class:`~bridge.template.compiler.ViewCompiler`."""

    def __init__(self, c: ViewCompiler) -> None:
        self.c = c

    def element(self, el: Element, env: Env) -> list[Wx | str]:
        attrs = read_attrs(el.attrs, self.c.errors)
        if attrs.structural is not None:
            return self.c.directives.structural(el, attrs, env)
        lower = el.tag.lower()
        if lower == "ng-template":
            return self.c.directives.ng_template(el, attrs, env)
        if lower == "ng-container":
            return self.c.directives.ng_container(el, attrs, env)
        if lower == "ng-content":
            return self.c.projection.ng_content(el, attrs, env)
        if id(el) in self.c.in_native_bar:
            return []
        if attrs.animations:
            self.c.note_once("PWX105", "animation", "Angular animations are not run: elements appear without "
                             "transitions", el)
        child = self.c.ctx.project.component_by_selector(lower)
        if child is not None:
            return self.c.projection.project_slot(self.c.projection.custom_component(el, attrs, child, env), el,
                                                  attrs, env)
        row = lookup(el.tag)
        if row is None:
            self.c.diag("PWX103", f"unknown element <{el.tag}>: rendered as a view that keeps its children",
                        el.line, el.col, hint="import the component into the project, or remove the element")
            row = Tag()
        return self.c.projection.project_slot(self.shaped(el, attrs, row, env), el, attrs, env)

    def shaped(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list[Wx | str]:
        if row.note and row.kind is not shapes.drop:
            self.c.note_once("PWX105", el.tag.lower(), row.note, el)
        if row.kind is not None:
            return row.kind(self.c, el, attrs, row, env)
        return [self.plain(el, attrs, row, env)]

    def plain(self, el: Element, attrs: Attrs, row: Tag, env: Env, tag: str | None = None,
              children: list[Wx | str] | None = None) -> Wx:
        """An element with the common bindings: class, style, id, hidden, look, props, events, routerLink."""
        wx = Wx(tag or row.wx)
        handler = Handler()
        self.decorate(wx, el, attrs, row, env, handler)
        if wx.tag == "block":  # renders nothing itself: no class or style to carry
            wx.attrs.pop("class", None)
            wx.attrs.pop("style", None)
        forms.bind_model(self.c, attrs, row, env, wx, handler)
        self.events(el, attrs, row, env, handler, skip=frozenset({"ngModelChange"}) if row.model else frozenset())
        self.c.handlers.attach(wx, handler, env.scope, el)
        if children is None:
            children = self.children(el, attrs, env)
        wx.children = children
        return wx

    def children(self, el: Element, attrs: Attrs, env: Env) -> list[Wx | str]:
        inner = self.inner_html(attrs, env)
        if inner is not None:
            return inner
        preserve = env.preserve_ws or el.tag.lower() in ("pre", "textarea") or "ngPreserveWhitespaces" in attrs.static
        inner_env = replace(env, preserve_ws=preserve, slots=())
        group = attrs.static_value("formGroupName")
        if group and env.form is not None and env.form.group is not None:
            nested = A.Call(0, 0, A.PropertyRead(0, 0, env.form.group, "get"), [A.LiteralPrimitive(0, 0, group)])
            inner_env = replace(inner_env, form=replace(env.form, group=nested))
        if "ngSwitch" in attrs.props:
            return self.c.directives.ng_switch(el, attrs.props["ngSwitch"], inner_env)
        return self.c.flow.nodes(el.children, inner_env)

    def inner_html(self, attrs: Attrs, env: Env) -> list[Wx | str] | None:
        for name in ("innerHTML", "outerHTML"):
            b = attrs.props.get(name)
            if b is not None:
                self.c.diag("PWX106", f"[{name}] is rendered with <rich-text>: scripts, styles and events in the "
                            "HTML do not run", b.attr.line, b.attr.col)
                nodes = self.c.exprs.bound(b, env.scope, "str")
                return [Wx("rich-text", {"nodes": nodes or ""})]
        for name in ("innerText", "textContent"):
            b = attrs.props.get(name)
            if b is not None:
                ref = self.c.exprs.bound(b, env.scope, "str")
                return [ref or ""]
        return None

    def decorate(self, wx: Wx, el: Element, attrs: Attrs, row: Tag, env: Env, handler: Handler,
                 skip: frozenset[str] = frozenset(), native: Wx | None = None) -> None:
        """Class, style, id, hidden, look attributes, table props, routerLink; reports what is left.

        ``native``: the control inside a wrapper, which receives the row's props and fixed attributes."""
        scope = env.scope
        target = native if native is not None else wx
        skip = skip | row.consumes
        classes = [tag_class(el.tag)]
        dynamic: list[str] = []  # JS parts for h.cls
        styles: list[str] = []
        dyn_styles: list[str] = []
        custom = self.c.ctx.project.component_by_selector(el.tag.lower()) is not None
        for written, b in attrs.static.items():
            name = camel(written) if "-" in written and not is_look_attribute(written) else written
            if name in skip:  # handled by the element's own builder; its look still shows (labelPlacement)
                if is_look_attribute(name):
                    classes.extend(look_classes(name, b.value))
                continue
            value = b.value
            if name == "class":
                classes.extend(class_name(c) for c in (value or "").split())
            elif name == "style":
                if value:
                    styles.append(value.strip().rstrip(";"))
            elif name == "id":
                if value:
                    wx.attrs["id"] = value
                    classes.append(look_id(value))
            elif name == "hidden":
                wx.attrs["hidden"] = "{{false}}" if value == "false" else "{{true}}"
            elif name in row.props:
                self.static_prop(target, row.props[name], value, scope)
            elif name in ("routerLink", "routerDirection", "routerLinkActive", "routerLinkActiveOptions", "href",
                          *ROUTER_EXTRAS):
                continue  # handled with the tap handler
            elif custom and name not in ("slot", "ngProjectAs") and self.input_name(name, el, b.attr):
                v = value or ""  # an input (WeChat ignores undeclared ones)
                wx.attrs[input_attribute(name)] = v if attr_safe(v) else self.c.exprs.value(scope, js_string(v))
                if is_look_attribute(name):
                    classes.extend(look_classes(name, value))
            elif is_look_attribute(name):
                classes.extend(look_classes(name, value))
            elif name in IGNORED_ATTRIBUTES or written.startswith(("aria-", "data-", "ng-", "xmlns")) or \
                    name in ("slot", "ngProjectAs", "ngSrc"):
                continue
            elif not custom and el.tag.lower().startswith("ion-") and lookup(el.tag) is not None:
                self.c.note_once("PWX105", f"{el.tag.lower()}:{name}",
                                 f"{el.tag.lower()} attribute '{written}' has no mini-program equivalent: ignored",
                                 b.attr)
        for name, b in attrs.props.items():
            if name in skip or b.ast is None:
                continue
            self.c.where_attr = b.attr
            if name in ("class", "className", "ngClass"):
                dynamic.append(self.c.exprs.js(b.ast, scope))
            elif name.startswith("class."):
                dynamic.append(f"({self.c.exprs.js(b.ast, scope)} ? {js_string(name[6:])} : \"\")")
            elif name in ("style", "ngStyle"):
                dyn_styles.append(self.c.exprs.js(b.ast, scope))
            elif name.startswith("style."):
                dyn_styles.append(f"{{{js_string(name[6:])}: {self.c.exprs.js(b.ast, scope)}}}")
            elif name.startswith("attr.") and not name.startswith("attr.aria") and name[5:] not in IGNORED_ATTRIBUTES:
                dynamic.append(f"h.look({js_string(kebab(name[5:]))}, {self.c.exprs.js(b.ast, scope)})")
            elif name == "hidden":
                wx.attrs["hidden"] = self.c.exprs.bound(b, scope, "bool")
            elif name == "id":
                ref = self.c.exprs.bound(b, scope, "str")
                if ref:
                    wx.attrs["id"] = ref
            elif name in row.props:
                prop = row.props[name]
                if prop.attr:
                    ref = self.c.exprs.bound(b, scope, prop.conv)
                    if ref is not None:
                        target.attrs[prop.attr] = ref
            elif custom and self.input_name(name, el, b.attr):
                ref = self.c.exprs.bound(b, scope, "prop")
                if ref is not None:
                    wx.attrs[input_attribute(name)] = ref
                if is_look_attribute(name):
                    dynamic.append(f"h.look({js_string(kebab(name))}, {self.c.exprs.js(b.ast, scope)})")
            elif is_look_attribute(name):
                dynamic.append(f"h.look({js_string(kebab(name))}, {self.c.exprs.js(b.ast, scope)})")
            elif name in HANDLED_ELSEWHERE or name in IGNORED_ATTRIBUTES or name.startswith("attr."):
                continue
            elif lookup(el.tag) is not None:  # (an unknown element is reported once, as a whole)
                self.c.diag("PWX104", f"binding [{name}] on <{el.tag}> is not converted: it has no effect",
                            b.attr.line, b.attr.col)
        active = self.router_link(el, attrs, env, handler)
        if active:
            dynamic.append(active)
        static_cls = " ".join(dict.fromkeys(c for c in classes if c))
        if not attr_safe(static_cls):
            static_cls = self.c.exprs.value(scope, js_string(static_cls))
        if dynamic:
            static_cls += " " + self.c.exprs.value(scope, f"h.cls([{', '.join(dynamic)}])")
        wx.attrs["class"] = static_cls
        style = "; ".join(styles)
        if style and not attr_safe(style):
            style = self.c.exprs.value(scope, js_string(style))
        if dyn_styles:
            ref = self.c.exprs.value(scope, f"h.style([{', '.join(dyn_styles)}])")
            style = f"{style}; {ref}" if style else ref
        if style:
            wx.attrs["style"] = style
        for name, value in row.statics:
            target.attrs.setdefault(name, value)

    def static_prop(self, wx: Wx, prop, value: str | None, scope: Scope) -> None:
        if not prop.attr:
            return
        if prop.conv == "bool":
            wx.attrs[prop.attr] = "{{false}}" if value == "false" else "{{true}}"
        elif prop.conv == "url":
            wx.attrs[prop.attr] = absolute_url(value or "")
        else:
            v = value or ""
            wx.attrs[prop.attr] = v if attr_safe(v) else self.c.exprs.value(scope, js_string(v))

    def input_name(self, name: str, el: Element, attr) -> bool:
        """Whether ``name`` can be a component input in WXML; a directive's (``fxShow.xs``) is reported."""
        if WX_EVENT_NAME.fullmatch(name.replace("$", "_")):
            return True
        self.c.diag("PWX104", f"attribute {name} on <{el.tag}> is not converted: not an input a component can have "
                    "(a directive's?)", attr.line, attr.col, hint="move what it does into the component's template")
        return False

    def events(self, el: Element, attrs: Attrs, row: Tag, env: Env, handler: Handler,
               skip: frozenset[str] = frozenset()) -> None:
        """(event) bindings → handler entries on the WeChat events of the row (or touch events)."""
        custom = self.c.ctx.project.component_by_selector(el.tag.lower()) is not None
        skip = skip | row.consumes
        for b in attrs.events:
            if b.name in skip or b.ast is None:
                continue
            if custom:
                if not WX_EVENT_NAME.fullmatch(b.name):  # (keydown.tab): a key-filtered DOM event of the element
                    self.c.diag("PWX104", f"event ({b.name}) on <{el.tag}> is not converted: a component's element "
                                "has no DOM keyboard events", b.attr.line, b.attr.col,
                                hint="emit an @Output from the component instead")
                    continue
                handler.custom = True
                handler.add(b.name, b.ast)
                continue
            wx_event = row.events.get(b.name, COMMON_EVENTS.get(b.name))
            if wx_event is None and lookup(el.tag) is None:
                continue  # an unknown element is reported once, as a whole
            if wx_event is None:
                self.c.diag("PWX104", f"event ({b.name}) on <{el.tag}> is not converted: it never fires",
                            b.attr.line, b.attr.col, hint="mini programs have touch events (tap, longpress, …) "
                            "and the events of their native controls")
                continue
            if wx_event == "":
                continue
            if row.adapter:
                handler.adapters.setdefault(wx_event, (js_string(row.adapter),))
            handler.add(wx_event, b.ast)
            if stops_propagation(b.ast):
                handler.catch.add(wx_event)
        disabled = attrs.props.get("disabled")
        if disabled is not None and disabled.ast is not None:
            handler.guard = disabled.ast
        elif attrs.static.get("disabled") is not None and attrs.static["disabled"].value != "false":
            handler.by_event.pop("tap", None)
        if env.form is not None and attrs.static_value("type") == "submit" and \
                el.tag.lower() in ("ion-button", "button", "input"):
            if env.form.ref:
                handler.add("tap", ("helper", "submit", [env.form.ref.replace("{s}", "s")]))
            for stmt in env.form.submit:
                handler.add("tap", stmt)

    def router_link(self, el: Element, attrs: Attrs, env: Env, handler: Handler) -> str | None:
        """routerLink (static, interpolated, array) → a tap that navigates; returns routerLinkActive's class."""
        scope = env.scope
        link = attrs.props.get("routerLink")
        if link is not None and link.ast is not None:
            target = ("ast", link)
        elif "routerLink" in attrs.static:
            target = ("static", attrs.static_value("routerLink") or "")
        elif "href" in attrs.static and el.tag.lower() in ("a", "ion-button", "ion-item", "ion-card", "ion-fab-button",
                                                           "ion-chip", "ion-tab-button"):
            href = attrs.static_value("href") or ""
            if re.match(r"^[a-z][a-z0-9+.-]*:", href, re.I) or href.startswith("//"):
                self.c.diag("PWX105", f"external link '{href}': opened like window.open (a configured web-view page "
                            "for https, a phone call for tel:, else the link is copied)", el.line, el.col,
                            hint="a mini program opens web pages only on its business domains")
                handler.add("tap", ("helper", "open", [js_string(href)]))
                return None
            if not href or href.startswith("#"):
                return None
            target = ("static", href)
        else:
            return None
        extras = []
        for name in ROUTER_EXTRAS:
            b = attrs.props.get(name)
            if b is not None and b.ast is not None:
                extras.append((name, b))
            elif name in attrs.static:
                extras.append((name, attrs.static[name].value))
        direction = attrs.static_value("routerDirection")
        handler.add("tap", ("nav", target, tuple(extras), direction))
        active = attrs.static_value("routerLinkActive")
        if active:
            if target[0] == "static":
                url = js_string(target[1])
            else:
                self.c.where_attr = target[1].attr
                url = self.c.exprs.js(target[1].ast, scope)
            exact = "true" if "exact: true" in (attrs.static_value("routerLinkActiveOptions") or "") else "false"
            return f"(h.active({url}, {exact}) ? {js_string(active)} : \"\")"
        return None


def look_id(value: str) -> str:
    return class_name("id-" + value)


def look_classes(name: str, value: str | None) -> list[str]:
    out = [look_class(name, value)]
    if kebab(name) == "color" and value:
        out += ["ion-color", f"ion-color-{value}"]
    return out


def stops_propagation(node: A.AST) -> bool:
    return any(isinstance(n, A.Call) and isinstance(n.receiver, A.PropertyRead) and
               n.receiver.name == "stopPropagation" and isinstance(n.receiver.receiver, A.PropertyRead) and
               n.receiver.receiver.name == "$event" for n in A.walk(node))
