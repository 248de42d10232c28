"""What an element's attributes become on the emitted element: two tables of rules, one for plain attributes
(``class="x"``) and one for bound properties (``[class.x]="y"``), each a list of (test, action) read top
down, the first rule whose test holds deciding (as sqlglot's ``TRANSFORMS`` maps node types to functions).

A rule's functions take the :class:`Decoration` being built, the attribute's name (camelCase) and its
:class:`~pwa2wx.template.attrs.Binding`. Classes and styles are collected and written once at the end
(``h.cls``/``h.style`` when any part is computed).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pwa2wx.template.attrs import Binding
from pwa2wx.template.chrome import DIALOG_CLOSE, DIALOG_PARTS
from pwa2wx.template.expression import js_string
from pwa2wx.template.helpers import h
from pwa2wx.template.ionic import IGNORED_ATTRIBUTES, class_name, is_look_attribute, look_class, look_token, lookup
from pwa2wx.template.names import kebab
from pwa2wx.template.nodes import Element
from pwa2wx.template.projection import input_attribute
from pwa2wx.template.rows import Prop, Tag
from pwa2wx.template.scope import Scope
from pwa2wx.template.wxml import Wx, absolute_url, attr_safe

if TYPE_CHECKING:
    from pwa2wx.template.compiler import ViewCompiler

WX_EVENT_NAME = re.compile(r"[A-Za-z_][\w-]*")  # what `bind:<name>` and a component's property take
ROUTER_EXTRAS = ("queryParams", "fragment", "state", "replaceUrl", "skipLocationChange", "queryParamsHandling")
ROUTER_ATTRIBUTES = frozenset({"routerLink", "routerDirection", "routerLinkActive", "routerLinkActiveOptions", "href",
                               *ROUTER_EXTRAS})  # read by the tap handler (Elements.router_link)
HANDLED_ELSEWHERE = frozenset({"routerLink", "routerLinkActive", "routerDirection", "innerHTML", "outerHTML",
                               "innerText", "textContent", "ngModel", "ngSwitch", *ROUTER_EXTRAS,
                               *DIALOG_CLOSE})  # bound properties read by other steps


@dataclass
class Decoration:
    """One element being decorated: where its attributes go (``wx``; ``target``, the native control inside a
    wrapper, takes the row's props) and the classes and styles collected so far."""

    c: ViewCompiler
    wx: Wx
    target: Wx
    el: Element
    row: Tag
    scope: Scope
    custom: bool  # an app component (its attributes are inputs)
    skip: frozenset[str]  # read by the element's own builder
    classes: list[str]
    dynamic: list[str] = field(default_factory=list)  # JS parts for h.cls
    styles: list[str] = field(default_factory=list)
    dyn_styles: list[str] = field(default_factory=list)  # JS parts for h.style
    # when an attribute directive is on it (the app's, or maybe a library's): the bindings nothing else takes, its
    # inputs maybe (name -> JS)
    directive: dict[str, str] | None = None

    def js(self, b: Binding) -> str:
        assert b.ast is not None  # (bindings that did not parse are skipped)
        return self.c.exprs.js(b.ast, self.scope)

    def look(self, name: str, b: Binding) -> None:
        """A look attribute computed at runtime: its class from ``h.look``."""
        self.dynamic.append(h("look", js_string(kebab(name)), self.js(b)))

    def input_name(self, name: str, b: Binding) -> bool:
        """Whether ``name`` can be a component input in WXML; a directive's (``fxShow.xs``) is reported."""
        if WX_EVENT_NAME.fullmatch(name.replace("$", "_")):
            return True
        self.c.diag("PWX104", f"attribute {name} on <{self.el.tag}> is not converted: not an input a component can "
                    "have (a directive's?)", b.attr.line, b.attr.col,
                    hint="move what it does into the component's template")
        return False

    def finish(self) -> None:
        """Write the collected classes and styles, and the row's fixed attributes."""
        static_cls = " ".join(dict.fromkeys(c for c in self.classes if c))
        if not attr_safe(static_cls):
            static_cls = self.c.exprs.value(self.scope, js_string(static_cls))
        if self.dynamic:
            static_cls += " " + self.c.exprs.value(self.scope, h("cls", f"[{', '.join(self.dynamic)}]"))
        self.wx.attrs["class"] = static_cls
        style = "; ".join(self.styles)
        if style and not attr_safe(style):
            style = self.c.exprs.value(self.scope, js_string(style))
        if self.dyn_styles:
            ref = self.c.exprs.value(self.scope, h("style", f"[{', '.join(self.dyn_styles)}]"))
            style = f"{style}; {ref}" if style else ref
        if style:
            self.wx.attrs["style"] = style
        for name, value in self.row.statics:
            self.target.attrs.setdefault(name, value)


Test = Callable[[Decoration, str, Binding], bool]
Action = Callable[[Decoration, str, Binding], None]
Rule = tuple[Test, Action]


def named(*names: str) -> Test:
    return lambda d, name, b: name in names


def prefixed(prefix: str) -> Test:
    return lambda d, name, b: name.startswith(prefix)


def nothing(d: Decoration, name: str, b: Binding) -> None:
    """Read elsewhere, or with no effect in a mini program."""


def apply(rules: tuple[Rule, ...], d: Decoration, name: str, b: Binding) -> None:
    """Run the action of the first rule whose test holds (none: the attribute is left alone)."""
    action = next((act for test, act in rules if test(d, name, b)), None)
    if action is not None:
        action(d, name, b)


# ---- plain attributes ---------------------------------------------------------------------------------

def look_id(value: str) -> str:
    return class_name("id-" + value)


def look_classes(name: str, value: str | None) -> list[str]:
    out = [look_class(name, value)]
    if kebab(name) == "color" and value:
        out += ["ion-color", f"ion-color-{look_token(value)}"]
    return out


def static_look(d: Decoration, name: str, b: Binding) -> None:
    d.classes.extend(look_classes(name, b.value))


def skipped(d: Decoration, name: str, b: Binding) -> None:
    """Read by the element's own builder; its look still shows (labelPlacement)."""
    if is_look_attribute(name):
        static_look(d, name, b)


def static_style(d: Decoration, name: str, b: Binding) -> None:
    if b.value:
        d.styles.append(b.value.strip().rstrip(";"))


def static_id(d: Decoration, name: str, b: Binding) -> None:
    if b.value:
        d.wx.attrs["id"] = b.value
        d.classes.append(look_id(b.value))
        d.c.ids[b.value] = d.el.tag.lower()


def static_hidden(d: Decoration, name: str, b: Binding) -> None:
    d.wx.attrs["hidden"] = "{{false}}" if b.value == "false" else "{{true}}"


def static_prop(d: Decoration, name: str, b: Binding) -> None:
    """A row prop written as a plain attribute, on the target."""
    prop: Prop = d.row.props[name]
    if not prop.attr:
        return
    if prop.conv == "bool":
        d.target.attrs[prop.attr] = "{{false}}" if b.value == "false" else "{{true}}"
    elif prop.conv == "url":
        d.target.attrs[prop.attr] = d.c.exprs.constant(d.scope, absolute_url(b.value or ""))
    else:
        d.target.attrs[prop.attr] = d.c.exprs.constant(d.scope, b.value or "")


def aria_attribute(name: str) -> str:
    """The WXML accessibility attribute an Angular attribute or property names (``aria-label``,
    ``[attr.aria-label]``, ``[ariaLabel]``): WeChat's screen readers read aria-label, aria-hidden … as a browser's do.
    '' for any other name."""
    name = name.removeprefix("attr.")
    if re.fullmatch(r"aria-[a-z]+", name):
        return name
    return kebab(name) if re.fullmatch(r"aria[A-Z][a-z]+", name) else ""


def static_aria(d: Decoration, name: str, b: Binding) -> None:
    d.wx.attrs[aria_attribute(b.name)] = d.c.exprs.constant(d.scope, b.value or "")


def bound_aria(d: Decoration, name: str, b: Binding) -> None:
    ref = d.c.exprs.bound(b, d.scope, "str")
    if ref is not None:
        d.wx.attrs[aria_attribute(name)] = ref


def static_input(d: Decoration, name: str, b: Binding) -> None:
    """A component's input (WeChat ignores undeclared ones); a look attribute keeps its class too."""
    d.wx.attrs[input_attribute(name)] = d.c.exprs.constant(d.scope, b.value or "")
    if is_look_attribute(name):
        static_look(d, name, b)


def unconverted_attribute(d: Decoration, name: str, b: Binding) -> None:
    tag = d.el.tag.lower()
    d.c.note_once("PWX105", f"{tag}:{name}", f"{tag} attribute '{b.name}' has no mini-program equivalent: ignored",
                  b.attr)


STATIC_RULES: tuple[Rule, ...] = (
    (lambda d, name, b: name in d.skip, skipped),
    (named("class"), lambda d, name, b: d.classes.extend(class_name(c) for c in (b.value or "").split())),
    (named("style"), static_style),
    (named("id"), static_id),
    (named("hidden"), static_hidden),
    (lambda d, name, b: name in d.row.props, static_prop),
    (lambda d, name, b: name in ROUTER_ATTRIBUTES, nothing),
    (lambda d, name, b: d.custom and name not in ("slot", "ngProjectAs") and d.input_name(name, b), static_input),
    (lambda d, name, b: is_look_attribute(name), static_look),
    (lambda d, name, b: b.name in DIALOG_PARTS, lambda d, name, b: d.classes.append(b.name)),
    (lambda d, name, b: not d.custom and bool(aria_attribute(b.name)), static_aria),
    (lambda d, name, b: name in IGNORED_ATTRIBUTES or b.name.startswith(("aria-", "data-", "ng-", "xmlns")) or
     name in ("slot", "ngProjectAs", "ngSrc"), nothing),
    (lambda d, name, b: not d.custom and d.el.tag.lower().startswith("ion-") and lookup(d.el.tag) is not None,
     unconverted_attribute),
)


# ---- bound properties ---------------------------------------------------------------------------------

def bound_hidden(d: Decoration, name: str, b: Binding) -> None:
    d.wx.attrs["hidden"] = d.c.exprs.bound(b, d.scope, "bool")


def bound_id(d: Decoration, name: str, b: Binding) -> None:
    ref = d.c.exprs.bound(b, d.scope, "str")
    if ref:
        d.wx.attrs["id"] = ref


def bound_prop(d: Decoration, name: str, b: Binding) -> None:
    """A row prop, converted as the row says, on the target."""
    prop = d.row.props[name]
    if prop.attr:
        ref = d.c.exprs.bound(b, d.scope, prop.conv)
        if ref is not None:
            d.target.attrs[prop.attr] = ref


def bound_input(d: Decoration, name: str, b: Binding) -> None:
    ref = d.c.exprs.bound(b, d.scope, "prop")
    if ref is not None:
        d.wx.attrs[input_attribute(name)] = ref
    if is_look_attribute(name):
        d.look(name, b)


def directive_input(d: Decoration, name: str, b: Binding) -> None:
    assert d.directive is not None  # (the rule's test)
    d.directive[name] = d.js(b)


def unconverted_binding(d: Decoration, name: str, b: Binding) -> None:
    d.c.diag("PWX104", f"binding [{name}] on <{d.el.tag}> is not converted: it has no effect", b.attr.line, b.attr.col)


PROPERTY_RULES: tuple[Rule, ...] = (
    (named("class", "className", "ngClass"), lambda d, name, b: d.dynamic.append(d.js(b))),
    (prefixed("class."), lambda d, name, b: d.dynamic.append(f"({d.js(b)} ? {js_string(name[6:])} : \"\")")),
    (named("style", "ngStyle"), lambda d, name, b: d.dyn_styles.append(d.js(b))),
    (prefixed("style."), lambda d, name, b: d.dyn_styles.append(f"{{{js_string(name[6:])}: {d.js(b)}}}")),
    (lambda d, name, b: not d.custom and bool(aria_attribute(name)), bound_aria),
    (lambda d, name, b: name.startswith("attr.") and not name.startswith("attr.aria") and
     name[5:] not in IGNORED_ATTRIBUTES, lambda d, name, b: d.look(name[5:], b)),
    (named("hidden"), bound_hidden),
    (named("id"), bound_id),
    (lambda d, name, b: name in d.row.props, bound_prop),
    (lambda d, name, b: d.custom and d.input_name(name, b), bound_input),
    (lambda d, name, b: is_look_attribute(name), lambda d, name, b: d.look(name, b)),
    (lambda d, name, b: name in HANDLED_ELSEWHERE or name in IGNORED_ATTRIBUTES or name.startswith("attr."), nothing),
    (lambda d, name, b: d.directive is not None, directive_input),
    (lambda d, name, b: lookup(d.el.tag) is not None, unconverted_binding),  # (an unknown element: reported whole)
)
