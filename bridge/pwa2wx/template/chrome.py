"""Page chrome: what WeChat draws natively or on the page level instead of in the template — the page title
(the native navigation bar), pull-to-refresh and infinite scroll (page hooks), menus, swipeable items and
inline overlays. The element shapes are kinds of :mod:`.ionic`'s table (see :mod:`.shapes` for how kinds
reach the compiler).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pwa2wx.template import shapes
from pwa2wx.template.attrs import Attrs
from pwa2wx.template.expression import js_string
from pwa2wx.template.helpers import h
from pwa2wx.template.nodes import Element, Node, elements, text_content, texts
from pwa2wx.template.scope import Env, Fn, Handler, Helper, Scope
from pwa2wx.template.wxml import Wx

if TYPE_CHECKING:
    from pwa2wx.template.compiler import ViewCompiler
    from pwa2wx.template.rows import Tag

# A page toolbar made only of these is what the native navigation bar shows (title, back button).
TITLE_ONLY_TOOLBAR = frozenset({"ion-title", "ion-buttons", "ion-back-button"})


def title_element(c: ViewCompiler, nodes: list[Node]) -> Element | None:
    """The ion-title of a page's top ion-header: the native navigation bar shows its text."""
    if c.ctx.role != "page":
        return None
    header = next((n for n in nodes if isinstance(n, Element) and n.tag == "ion-header"), None)
    return next((e for e in elements(header.children) if e.tag == "ion-title"), None) if header else None


def native_bar_elements(c: ViewCompiler, nodes: list[Node]) -> set[int]:
    """What WeChat's native navigation bar already shows: the page title, its toolbar when that holds
    nothing else (a back button is native too), and the header when that toolbar was all it held."""
    title = title_element(c, nodes)
    if title is None:
        return set()
    dropped = {id(title)}
    header = next(n for n in nodes if isinstance(n, Element) and n.tag == "ion-header")
    for toolbar in (e for e in elements(header.children) if e.tag == "ion-toolbar"):
        inner = list(elements(toolbar.children))
        if title in inner and all(e.tag in TITLE_ONLY_TOOLBAR for e in inner) and not any(
                e.tag == "ion-buttons" and any(c.tag != "ion-back-button" for c in elements(e.children))
                for e in inner):
            dropped.add(id(toolbar))
            if [e for e in elements(header.children) if e.tag == "ion-toolbar"] == [toolbar]:
                dropped.add(id(header))
    return dropped


def page_title(c: ViewCompiler, nodes: list[Node]) -> str | None:
    """The static title text (for the page's JSON); a title with {{ }} is set at runtime (h.title)."""
    title = title_element(c, nodes)
    if title is None or any("{{" in t.value for t in texts(title.children)):
        return None
    return text_content(title.children) or None


def runtime_title(c: ViewCompiler, nodes: list[Node]) -> None:
    """``<ion-title>{{ name }}</ion-title>``: the render function hands the text to wx.setNavigationBarTitle
    (a function, so a title reading a value that is not loaded yet does not stop the render)."""
    title = title_element(c, nodes)
    if title is None or not any("{{" in t.value for t in texts(title.children)):
        return
    fn = Fn()
    body = c.exprs.text_js(title.children, Scope(s="s0"), fn)
    read = "function () { " + " ".join(filter(None, [fn.declaration(), f"return {body};"])) + " }"
    c.render.line(h("title", read) + ";")


def refresher(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    return page_hook(c, el, attrs, env, "pullDownRefresh", "ionRefresh")


def infinite(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    return page_hook(c, el, attrs, env, "reachBottom", "ionInfinite")


def page_hook(c: ViewCompiler, el: Element, attrs: Attrs, env: Env, hook: str, event: str) -> list:
    """ion-refresher / ion-infinite-scroll → the page's onPullDownRefresh / onReachBottom."""
    tag = el.tag.lower()
    if c.ctx.role != "page":
        c.diag("PWX104", f"{tag} in a component is not converted: only pages get {hook} events",
               el.line, el.col, hint="move it into the page's template")
        return []
    handler = Handler()
    disabled = attrs.props.get("disabled")
    if disabled is not None:
        handler.guard = disabled.ast
    for ev in attrs.events:
        if ev.name == event and ev.ast is not None:
            handler.add(hook, ev.ast)
        else:
            c.diag("PWX104", f"event ({ev.name}) on <{tag}> is not converted", ev.attr.line, ev.attr.col)
    if handler.by_event:
        c.hooks[hook] = c.handlers.handler(handler, env.scope.child(path=""))
    return []


def menu_toggle(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """ion-menu-toggle / ion-menu-button: taps toggle the menu (after the children's own taps)."""
    wx = Wx(row.wx)
    handler = Handler()
    c.elements.decorate(wx, el, attrs, row, env, handler)
    c.elements.events(el, attrs, row, env, handler)
    handler.add("tap", Helper("menu", ('"toggle"', js_string(attrs.static_value("menu") or ""))))
    c.handlers.attach(wx, handler, env.scope, el)
    wx.children = c.elements.children(el, attrs, env)
    return [wx]


def menu_button(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    out = menu_toggle(c, el, attrs, row, env)
    if not out[0].children:
        glyph = shapes.icon_class(c, "menu", el)
        if glyph:
            out[0].children = [Wx("view", {"class": f"ion-icon {glyph}"})]
    return out


def menu(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """ion-menu → a drawer the menu controller opens (class ``show-menu``), and a backdrop closing it."""
    wx = c.elements.plain(el, attrs, row, env)
    scope = env.scope
    menu = js_string(attrs.static_value("menuId") or "")
    state = h("menuOpen", menu, js_string(attrs.static_value("side") or "start"))
    shown = c.exprs.value(scope, state + ' ? "show-menu" : ""')
    wx.attrs["class"] = f"{wx.attrs['class']} {shown}"
    backdrop = Wx("view", {"class": "ion-menu-backdrop", "wx:if": c.exprs.value(scope, state)})
    handler = Handler()
    handler.add("tap", Helper("menu", ('"close"', menu)))
    c.handlers.attach(backdrop, handler, scope, el)
    return [backdrop, wx]


def sliding(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """ion-item-sliding → an item a swipe to the left opens (its options show beside it) and a swipe to the
    right, or ``close()`` on its #ref, closes."""
    c.note_once("PWX105", "ion-item-sliding", "ion-item-sliding: a swipe opens or closes its options when "
                "the finger lifts; the item does not follow the finger", el)
    wx = Wx(row.wx)
    handler = Handler()
    c.elements.decorate(wx, el, attrs, row, env, handler)
    c.elements.events(el, attrs, row, env, handler)
    site = js_string(sliding_site(el))
    for phase in ("touchstart", "touchend"):
        handler.add(phase, Helper("slide", ("s", site, "$event")))
    c.handlers.attach(wx, handler, env.scope, el)
    shown = c.exprs.value(env.scope, h("slideOpen", env.scope.s, site) + ' ? "item-sliding-active-options" : ""')
    wx.attrs["class"] = f"{wx.attrs['class']} {shown}"
    wx.children = c.elements.children(el, attrs, env)
    return [wx]


def overlay(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """Inline ion-modal / ion-popover: content in place ([isOpen] shows/hides it)."""
    wx = c.elements.plain(el, attrs, row, env, children=[])
    is_open = attrs.props.get("isOpen")
    if is_open is not None and is_open.ast is not None:
        wx.attrs["hidden"] = c.exprs.value(env.scope, f"!{c.exprs.expr(is_open, env.scope, 'bool')}")
    wx.children = c.elements.children(el, attrs, replace(env, overlay=True))
    return [wx]


def sliding_site(el: Element) -> str:
    """An ion-item-sliding's key in view.js's swipe state, the same for its #ref (its position: unique, stable)."""
    return f"sl{el.line}_{el.col}"
