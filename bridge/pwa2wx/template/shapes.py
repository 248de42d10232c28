"""The element shapes of the table that are one element built differently: dropped elements, inline text,
``br``, buttons, progress bars, images and icons, ``ion-virtual-scroll``.

Each is a ``kind`` of :mod:`.ionic`'s table, called with the compiler, the element, its attributes, its row
and where it is (:class:`~pwa2wx.template.scope.Env`). This module is imported by the table, so it reaches
the compiler's parts through the compiler it is given, not by importing them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pwa2wx.template.attrs import Attrs
from pwa2wx.template.expression import ast as A
from pwa2wx.template.expression import js_string
from pwa2wx.template.expressions import literal_str
from pwa2wx.template.helpers import h, h_read
from pwa2wx.template.names import kebab
from pwa2wx.template.nodes import Element, Text
from pwa2wx.template.scope import Env
from pwa2wx.template.wxml import absolute_url

if TYPE_CHECKING:
    from pwa2wx.template.compiler import ViewCompiler
    from pwa2wx.template.rows import Tag


def drop(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    code = "PWX105" if el.tag.lower().startswith("ion-") else "PWX104"
    c.note_once(code, el.tag.lower(), row.note, el)
    return []


def inline(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """Inline HTML (span, b, a …): <text> when it holds only text, else a view (text cannot hold views)."""
    tag = "text" if text_only(el) and not attrs.props.get("innerHTML") else "view"
    return [c.elements.plain(el, attrs, row, env, tag=tag)]


def br(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    return [c.elements.plain(el, attrs, row, env, children=[])]


def button(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """button → a view; with WeChat's ``open-type`` (chooseAvatar, getPhoneNumber, share …) a native <button>,
    the only element that opens those and fires their events ((chooseavatar) …)."""
    open_type = attrs.static_value("open-type")
    if not open_type:
        return [c.elements.plain(el, attrs, replace(row, events={}), env)]
    wx = c.elements.plain(el, attrs, row, env, tag="button")
    wx.attrs["open-type"] = open_type
    return [wx]


def progress(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    value = attrs.props.get("value")  # the percent below, not a binding of its own
    wx = c.elements.plain(el, replace(attrs, props={k: b for k, b in attrs.props.items() if k != "value"}),
                          replace(row, props={}), env, children=[])
    code = c.exprs.expr(value, env.scope) if value is not None else None  # (None when it does not parse)
    if code is not None:
        wx.attrs["percent"] = c.exprs.value(env.scope, h("num", code) + " * 100")
    elif attrs.static_value("value"):
        wx.attrs["percent"] = str(float(attrs.static_value("value") or 0) * 100)
    return [wx]


def image(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """img / ion-img → image; ngSrc is src; width/height become the size (image has no intrinsic size)."""
    if "ngSrc" in attrs.static and "src" not in attrs.static:
        attrs.static["src"] = replace(attrs.static["ngSrc"], name="src")
    if "ngSrc" in attrs.props and "src" not in attrs.props:
        attrs.props["src"] = replace(attrs.props["ngSrc"], name="src")
    wx = c.elements.plain(el, attrs, row, env, children=[])
    size = [f"{d}: {v}px" for d in ("width", "height") if (v := attrs.static_value(d)) and v.isdigit()]
    if size:
        wx.attrs["style"] = "; ".join([*size, *([str(wx.attrs["style"])] if "style" in wx.attrs else [])])
        if len(size) == 2:  # an SVG keeps its shape inside the box, as its preserveAspectRatio does in a browser
            svg = (attrs.static_value("src") or "").lower().split("?", 1)[0].endswith(".svg")
            wx.attrs["mode"] = "aspectFit" if svg else "aspectFill"
    return [wx]


def icon(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """ion-icon → a view with the glyph's class (tinted by the text colour, as Ionic's icons are), or an
    image for ``src``; a missing icon is reported (PWX107)."""
    wx = c.elements.plain(el, attrs, row, env, children=[])
    scope = env.scope
    src = attrs.static_value("src")
    if src or "src" in attrs.props:
        wx.tag = "image"
        wx.attrs["mode"] = "aspectFit"
        wx.attrs["src"] = c.exprs.constant(scope, absolute_url(src)) if src else \
            c.exprs.bound(attrs.props["src"], scope, "url") or ""
        return [wx]
    names: dict[str, str] = {k: v for k in ("name", "ios", "md", "icon") if (v := attrs.static_value(k))}
    dynamic = {k: attrs.props[k] for k in ("name", "ios", "md", "icon") if k in attrs.props}
    glyphs: dict[str, str] = {}
    for key, b in list(dynamic.items()):
        const = literal_str(b.ast)
        if const is not None:
            names[key] = const
            del dynamic[key]
    for which, icon_name in names.items():
        glyph = icon_class(c, icon_name, el)
        if glyph:
            glyphs[which] = glyph
    glyph_class = None
    if dynamic:
        b = dynamic.get("name") or dynamic.get("icon") or next(iter(dynamic.values()))
        table = icon_table(c, el, b.ast)
        code = c.exprs.expr(b, scope)
        if code is not None:
            glyph_class = c.exprs.value(scope, h("icon", code, table))
    else:
        ios, md = glyphs.get("ios"), glyphs.get("md")
        default = glyphs.get("name") or glyphs.get("icon")
        if ios and md and ios != md:
            glyph_class = c.exprs.value(scope, f"{h_read('mode')} === \"ios\" ? {js_string(ios)} : {js_string(md)}")
        else:
            glyph_class = default or md or ios
    if glyph_class:
        wx.attrs["class"] = f"{wx.attrs['class']} {glyph_class}"
    return [wx]


def icon_class(c: ViewCompiler, name: str, el: Element) -> str | None:
    glyph = c.ctx.icon(name)
    if glyph is None:
        c.note_once("PWX107", f"icon:{name}", f"ion-icon '{name}' has no Ionicons image: an empty "
                    "placeholder is shown", el, hint="install node_modules (ionicons) or use src= with an "
                    "image in the app's assets")
    return glyph


def icon_table(c: ViewCompiler, el: Element, node: A.AST | None) -> str:
    """Icons a name computed at runtime may take, as a JS object name → glyph class.

    Candidates: the icons the app registers (``addIcons`` in any component: Ionic's registry is global; the name
    often comes from a parent's input), and the string literals of the component's module combined with the
    expression's own literal prefix/suffix (``p.icon + '-outline'`` with ``icon: 'calendar'`` →
    ``calendar-outline``)."""
    module = c.ctx.project.modules.get(c.comp.rel)
    names: set[str] = {kebab(n) for n in c.ctx.project.registered_icons()}
    if module is not None:
        prefix, suffix = affixes(node)
        for lit in re.findall(r"""['"`]([a-z0-9]+(?:-[a-z0-9]+)*)['"`]""", module.source.text):
            names.add(prefix + lit + suffix)
    names |= {n.value for n in A.walk(node) if isinstance(n, A.LiteralPrimitive) and isinstance(n.value, str)} \
        if node is not None else set()
    entries = [(n, p) for n in sorted(names) if n and (p := c.ctx.icon(n))]
    if not entries:
        c.note_once("PWX107", "icon:dynamic", "ion-icon with a name computed at runtime: no icon it may "
                    "name was found, so none is packaged", el,
                    hint="import the icons (addIcons) in this component, or bind a static name")
    return "{" + ", ".join(f"{js_string(n)}: {js_string(p)}" for n, p in entries) + "}"


def virtual_scroll(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """ion-virtual-scroll → a view whose *virtualItem template repeats over [items], as *ngFor would."""
    items = attrs.props.get("items")
    return [c.elements.plain(el, attrs, row, replace(env, virtual_items=items.ast if items else None))]


def text_only(el: Element) -> bool:
    """Whether an element holds only text and inline elements that hold only text (so <text> can show it)."""
    from pwa2wx.template.ionic import lookup  # (the table imports this module)

    for child in el.children:
        if isinstance(child, Text):
            continue
        if not isinstance(child, Element):
            return False
        row = lookup(child.tag)
        if row is None or row.kind is not inline or any(a.name.startswith(("*", "[innerHTML]")) for a in child.attrs):
            return False
        if not text_only(child):
            return False
    return True


def affixes(node: A.AST | None) -> tuple[str, str]:
    """The literal prefix and suffix of a string concatenation (``'logo-' + x + '-outline'``)."""
    prefix = suffix = ""
    while isinstance(node, A.Binary) and node.op == "+":
        right = literal_str(node.right)
        left = literal_str(node.left)
        if right is not None:
            suffix = right + suffix
            node = node.left
        elif left is not None:
            prefix += left
            node = node.right
        else:
            break
    return prefix, suffix
