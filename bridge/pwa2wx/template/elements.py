"""One element: the table row it follows, its attributes (class, style, id, hidden, look attributes, the row's
props, routerLink), its events, and its children.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pwa2wx.template import chrome, forms, refs, shapes
from pwa2wx.template.attrs import Attrs, Binding, read_attrs
from pwa2wx.template.decoration import PROPERTY_RULES, ROUTER_EXTRAS, STATIC_RULES, WX_EVENT_NAME, Decoration, apply
from pwa2wx.template.expression import ast as A
from pwa2wx.template.expression import js_string
from pwa2wx.template.helpers import h
from pwa2wx.template.ionic import COMMON_EVENTS, is_look_attribute, lookup, tag_class
from pwa2wx.template.names import camel
from pwa2wx.template.nodes import Element
from pwa2wx.template.projection import is_primary_outlet
from pwa2wx.template.rows import Tag
from pwa2wx.template.scope import Env, Handler, Helper, Item, Navigate
from pwa2wx.template.wxml import Wx
from pwa2wx.workspace.model import DirectiveInterface
from pwa2wx.workspace.webview import WEB_ONLY

if TYPE_CHECKING:
    from pwa2wx.template.compiler import ViewCompiler


class Elements:
    """The element part of a :class:`~pwa2wx.template.compiler.ViewCompiler`."""

    def __init__(self, c: ViewCompiler) -> None:
        self.c = c

    def element(self, el: Element, env: Env) -> list[Wx | str]:
        attrs = read_attrs(el.attrs, self.c.errors)
        model = attrs.two_way.get("ngModel")
        if model is not None and model.ast is not None and self.c.signal_field(model.ast, env.scope):
            # [(ngModel)]="name" with name = signal(''): it reads name() and sets name (handlers.model_assign)
            attrs.two_way["ngModel"] = replace(model, ast=A.Call(0, 0, model.ast, []))
        if attrs.structural is not None:
            return self.c.directives.structural(el, attrs, env)
        lower = el.tag.lower()
        if lower == "ng-template":
            return self.c.directives.ng_template(el, attrs, env)
        if lower == "ng-container":
            return self.c.directives.ng_container(el, attrs, env)
        if lower == "ng-content":
            return self.c.projection.ng_content(el, attrs, env)
        if self.c.ctx.role == "component" and is_primary_outlet(el):
            return [Wx("slot")]  # a layout's outlet: the page it wraps shows here
        if id(el) in self.c.in_native_bar:
            return []
        if el is self.c.navigation_header:
            return chrome.navigation_bar(self.c, el, attrs, lookup(el.tag) or Tag(), env)
        if attrs.animations:
            self.c.note_once("PWX105", "animation", "Angular animations are not run: elements appear without "
                             "transitions", el)
        child = self.c.ctx.project.component_by_selector(lower)
        if child is not None:
            return self.c.projection.project_slot(self.c.projection.custom_component(el, attrs, child, env), el,
                                                  attrs, env)
        row = lookup(el.tag)
        if row is None:  # (once per tag in a template)
            library = next((name for prefix, name in WEB_ONLY.items() if lower.startswith(prefix)), None)
            if library is not None:
                self.c.note_once("PWX103", lower, f"unknown element <{el.tag}>: {library}'s, which draws in the DOM "
                                 "and has no WXML equivalent: rendered as a view that keeps its children", el,
                                 hint="show the page as the deployed PWA: [webview] fallback = true (README "
                                 "\"Hybrid pages\")")
            else:
                self.c.note_once("PWX103", lower, f"unknown element <{el.tag}>: rendered as a view that keeps its "
                                 "children", el, hint="import the component into the project, or remove the element")
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
        env, reads = forms.form_group(attrs, env)  # a <div [formGroup]>: its controls are the group's
        self.decorate(wx, el, attrs, row, env, handler, skip=reads)
        if wx.tag == "block":  # renders nothing itself: no class or style to carry
            wx.attrs.pop("class", None)
            wx.attrs.pop("style", None)
        forms.bind_model(self.c, attrs, row, env, wx, handler)
        caught = self.events(el, attrs, row, env, handler,
                             skip=frozenset({"ngModelChange"}) if row.model else frozenset())
        chrome.open_trigger(self.c, attrs, handler)
        chrome.accordion_header(attrs, env, handler)
        forms.label_for_file(self.c, attrs, env, handler)
        chrome.dialog_close(attrs, handler)
        self.c.handlers.attach(wx, handler, env.scope, el)
        if children is None:
            children = self.children(el, attrs, replace(env, bubbling=caught + env.bubbling) if caught else env)
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
        """Class, style, id, hidden, look attributes, table props, routerLink (the rules of :mod:`.decoration`);
        reports what is left.

        ``native``: the control inside a wrapper, which receives the row's props and fixed attributes."""
        custom = self.c.ctx.project.component_by_selector(el.tag.lower()) is not None
        d = Decoration(self.c, wx, native if native is not None else wx, el, row, env.scope, custom,
                       skip | row.consumes, [tag_class(el.tag)])
        names = {*attrs.static} | {*attrs.props}
        own = [] if custom else self.c.ctx.project.attribute_directives(el.tag, names)
        if own or not custom and names & self.c.ctx.project.directive_attributes.keys():
            d.directive = {}
        for written, b in attrs.static.items():
            name = camel(written) if "-" in written and not is_look_attribute(written) else written
            apply(STATIC_RULES, d, name, b)
        for name, b in attrs.props.items():
            if name in d.skip or b.ast is None:
                continue
            self.c.where_attr = b.attr
            apply(PROPERTY_RULES, d, name, b)
        canvas = refs.canvas_id(el, attrs)
        if canvas and "id" not in d.wx.attrs:  # a <canvas #ref>'s, by which its context finds the page's node
            d.wx.attrs["id"] = canvas
            self.c.ids[canvas] = "canvas"
        active = self.router_link(el, attrs, env, handler)
        if active:
            d.dynamic.append(active)
        if d.directive is not None:  # (made before the classes and styles their host bindings give are read)
            self.attribute_directives(d, attrs, env, own, handler)
        d.finish()

    def attribute_directives(self, d: Decoration, attrs: Attrs, env: Env, own: list[tuple[str, str]],
                             handler: Handler) -> None:
        """An element with the app's attribute directives (``own``), or where a library's may be: its tag,
        attributes and the bindings nothing else took, which the runtime gives them as inputs, matching the libraries'
        against the selectors they declared (view/directives.js); the element's events their host listeners hear
        reach them, the template's handlers of their outputs run as they emit, and the classes and styles of the app's
        directives' host bindings are the element's. A <canvas> gets an id, by which its context draws on the page's
        node."""
        assert d.directive is not None  # (the caller's test)
        site = self.c.count("directive")
        tag = d.el.tag.lower()
        row = lookup(d.el.tag) or Tag()
        project = self.c.ctx.project
        heard = DirectiveInterface()
        for rel, name in own:
            heard |= DirectiveInterface(frozenset(project.host_events(rel, name)),
                                        frozenset(project.outputs(rel, name)))
        for name in sorted({*attrs.static, *attrs.props} & project.directive_attributes.keys()):
            heard |= project.directive_attributes[name]
        for event in sorted(heard.events):
            wx_event = row.events.get(event, COMMON_EVENTS.get(event))
            if wx_event:
                adapted(handler, row, wx_event, Helper("directiveEvent", ("s", str(site), js_string(event), "$event")))
        outputs = []
        for b in attrs.events:  # (throttledClick)="save()": a handler of its own, run as the output emits
            if b.ast is not None and b.name in heard.outputs - handler.taken:
                handler.taken.add(b.name)
                own_handler = Handler(custom=True)
                own_handler.add(b.name, b.ast)
                outputs.append(f"{js_string(b.name)}: {self.c.handlers.handler(own_handler, env.scope)}")
        if heard.styles:  # a library's host: { properties: { "class.on": "on" }, classAttribute: "x" }
            d.dynamic.append(h("directiveHost", env.scope.s, str(site), '"class"'))
            d.dyn_styles.append(h("directiveHost", env.scope.s, str(site), '"style"'))
        for rel, name in own:  # @HostBinding('class.active') active: the element's class while the field is true
            instance = h("directiveOf", env.scope.s, str(site), str(self.c.directive_index((rel, name))))
            for target, field in self.c.ctx.project.host_bindings(rel, name):
                kind, _, what = target.partition(".")
                if kind == "class" and what:
                    d.dynamic.append(f"({instance}.{field} ? {js_string(what)} : \"\")")
                elif kind == "style" and what:
                    d.dyn_styles.append(f"{{{js_string(what)}: {instance}.{field}}}")
        parts = [f"tag: {js_string(tag)}"]
        if own:
            parts.append("own: [" + ", ".join(str(self.c.directive_index(found)) for found in own) + "]")
        if outputs:
            parts.append("outputs: {" + ", ".join(outputs) + "}")
        if tag == "canvas":
            canvas = attrs.static_value("id") or f"pwx-canvas-d{site}"
            d.wx.attrs.setdefault("id", canvas)
            self.c.ids[canvas] = "canvas"
            parts.append(f"id: {js_string(canvas)}")
        parts.append("attrs: {" + ", ".join(f"{js_string(name)}: {js_string(b.value or '')}"
                                            for name, b in attrs.static.items()) + "}")
        parts.append("props: {" + ", ".join(f"{js_string(name)}: {js}" for name, js in d.directive.items()) + "}")
        self.c.render.line(h("directive", env.scope.s, str(site), "{" + ", ".join(parts) + "}") + ";")

    def events(self, el: Element, attrs: Attrs, row: Tag, env: Env, handler: Handler,
               skip: frozenset[str] = frozenset()) -> tuple[tuple[str, A.AST], ...]:
        """(event) bindings → handler entries on the WeChat events of the row (or touch events), and those of its
        ancestors that its events bubble to; returns the Ionic control events it listens to but does not dispatch,
        which the controls inside it do (and which bubble to it)."""
        custom = self.c.ctx.project.component_by_selector(el.tag.lower()) is not None
        skip = skip | row.consumes | handler.taken
        caught: list[tuple[str, A.AST]] = []
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
            if wx_event is None and b.name in BUBBLING_EVENTS:
                caught.append((b.name, b.ast))
                continue
            if wx_event is None:
                self.c.diag("PWX104", f"event ({b.name}) on <{el.tag}> is not converted: it never fires",
                            b.attr.line, b.attr.col, hint="mini programs have touch events (tap, longpress, …) "
                            "and the events of their native controls")
                continue
            if wx_event == "":
                continue
            adapted(handler, row, wx_event, b.ast)
            if stops_propagation(b.ast):
                handler.catch.add(wx_event)
        for name, statement in env.bubbling:  # (after its own, as an event reaches its ancestors after its element)
            if row.events.get(name):
                adapted(handler, row, row.events[name], statement)
        disabled = attrs.props.get("disabled")
        if disabled is not None and disabled.ast is not None:
            handler.guard = disabled.ast
        elif attrs.static.get("disabled") is not None and attrs.static["disabled"].value != "false":
            handler.by_event.pop("tap", None)
        if env.form is not None and attrs.static_value("type") == "submit" and \
                el.tag.lower() in ("ion-button", "button", "input"):
            if env.form.ref:
                handler.add("tap", Helper("submit", (env.form.ref.replace("{s}", "s"),)))
            for stmt in env.form.submit:
                handler.add("tap", stmt)
        return tuple(caught)

    def router_link(self, el: Element, attrs: Attrs, env: Env, handler: Handler) -> str | None:
        """routerLink (static, interpolated, array) → a tap that navigates; returns routerLinkActive's class."""
        scope = env.scope
        link = attrs.props.get("routerLink")
        if link is not None and link.ast is not None:
            target: str | Binding = link
        elif "routerLink" in attrs.static:
            target = attrs.static_value("routerLink") or ""
        elif "href" in attrs.static and el.tag.lower() in ("a", "ion-button", "ion-item", "ion-card", "ion-fab-button",
                                                           "ion-chip", "ion-tab-button"):
            href = attrs.static_value("href") or ""
            if re.match(r"^[a-z][a-z0-9+.-]*:", href, re.I) or href.startswith("//"):
                self.c.diag("PWX105", f"external link '{href}': opened like window.open (a configured web-view page "
                            "for https, a phone call for tel:, else the link is copied)", el.line, el.col,
                            hint="a mini program opens web pages only on its business domains")
                handler.add("tap", Helper("open", (js_string(href),)))
                return None
            if not href or href.startswith("#"):
                return None
            target = href
        else:
            return None
        extras: list[tuple[str, Binding | str | None]] = []
        for name in ROUTER_EXTRAS:
            b = attrs.props.get(name)
            if b is not None and b.ast is not None:
                extras.append((name, b))
            elif name in attrs.static:
                extras.append((name, attrs.static[name].value))
        direction = attrs.static_value("routerDirection")
        bound = attrs.props.get("routerDirection")  # [routerDirection]="'root'"
        if direction is None and bound is not None and isinstance(bound.ast, A.LiteralPrimitive) and \
                isinstance(bound.ast.value, str):
            direction = bound.ast.value
        handler.add("tap", Navigate(target, tuple(extras), direction))
        active = attrs.static_value("routerLinkActive")
        if active:
            if isinstance(target, str):
                url = js_string(target)
            else:
                assert target.ast is not None  # (only a binding that parsed is a target)
                self.c.where_attr = target.attr
                url = self.c.exprs.js(target.ast, scope)
            exact = "true" if "exact: true" in (attrs.static_value("routerLinkActiveOptions") or "") else "false"
            return f"({h('active', url, exact)} ? {js_string(active)} : \"\")"
        return None


# Events Ionic's controls dispatch that bubble (@ionic/core's createEvent flags): an ancestor may listen to them.
BUBBLING_EVENTS = frozenset({"ionChange", "ionInput", "ionFocus", "ionBlur"})


def stops_propagation(node: A.AST) -> bool:
    return any(isinstance(n, A.Call) and isinstance(n.receiver, A.PropertyRead) and
               n.receiver.name == "stopPropagation" and isinstance(n.receiver.receiver, A.PropertyRead) and
               n.receiver.receiver.name == "$event" for n in A.walk(node))


def adapted(handler: Handler, row: Tag, wx_event: str, item: Item) -> None:
    """``item`` runs on the element's ``wx_event``, whose ``$event`` the row's control gives the DOM event's shape
    (``$event.target.value`` of an input)."""
    if row.adapter:
        handler.adapters.setdefault(wx_event, (js_string(row.adapter),))
    handler.add(wx_event, item)
