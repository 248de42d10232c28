"""Page chrome: what WeChat draws natively or on the page level instead of in the template — the page title
(the native navigation bar, or with ``[style] navigation = "custom"`` the page's own ion-header inset below
the status bar and clear of the capsule, with a back button), pull-to-refresh and infinite scroll (page
hooks), menus, swipeable items and inline overlays. The element shapes are kinds of :mod:`.ionic`'s table
(see :mod:`.shapes` for how kinds reach the compiler).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pwa2wx.template import shapes
from pwa2wx.template.attrs import Attrs, Binding
from pwa2wx.template.expression import ast as A
from pwa2wx.template.expression import js_string
from pwa2wx.template.helpers import h, h_read
from pwa2wx.template.nodes import Element, Node, elements, text_content, texts
from pwa2wx.template.scope import Accordion, Env, Fn, Handler, Helper, Scope
from pwa2wx.template.wxml import Wx

if TYPE_CHECKING:
    from pwa2wx.template.compiler import ViewCompiler
    from pwa2wx.template.rows import Tag

BACK_ICONS = {"md": "arrow-back-sharp", "ios": "chevron-back"}  # ion-back-button's icon per mode
HOME_ICONS = {"md": "home-sharp", "ios": "home-outline"}  # WeChat's home button on a page opened directly
STATUS_BAR = "pwx-status-bar"  # the class of the room a page keeps for the status bar (status_bar)

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
    if title is None or c.ctx.navigation == "custom":
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


def navigation_header(c: ViewCompiler, nodes: list[Node]) -> Element | None:
    """The ion-header a page draws as its navigation bar (``[style] navigation = "custom"``): its first, at
    the top of the template or at the top of its ion-content (a header over a hero image)."""
    if c.ctx.role != "page" or c.ctx.navigation != "custom":
        return None
    tops = [n for n in nodes if isinstance(n, Element)]
    inner = [n for e in tops if e.tag == "ion-content" for n in e.children if isinstance(n, Element)]
    return next((e for e in tops + inner if e.tag == "ion-header"), None)


def navigation_bar(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """The page's ion-header as its navigation bar: the device's insets as CSS variables the theme pads its
    first toolbar with (below the status bar, clear of the capsule), and the back or home button where
    WeChat's own bar would show one when that toolbar has neither a back nor a menu button.

    A header inside ion-content (over a hero image) is not padded: the page starts below the status bar
    (:func:`status_bar`), so the image is where the PWA shows it, not under the status bar, and the status
    bar's text is not drawn over the photo."""
    wx = c.elements.plain(el, attrs, row, env)
    wx.add_class("pwx-navbar")
    if c.status_bar_above:
        wx.add_class("pwx-navbar-in-content")
    wx.attrs["style"] = ";".join(filter(None, (wx.attrs.get("style"), c.exprs.value(env.scope, h("navBar")))))
    toolbar = next((e for e in el.children if isinstance(e, Element) and e.tag == "ion-toolbar"), None)
    drawn = next((w for w in wx.children if isinstance(w, Wx) and (w.attrs.get("class") or "").startswith(
        "ion-toolbar")), None)
    if toolbar is not None and drawn is not None and not any(
            e.tag in ("ion-back-button", "ion-menu-button") for e in elements(toolbar.children)):
        back = back_arrow(c, el, env, None, '""')
        home = bar_button(c, el, env, h("canGoHome"), Helper("home", ()), HOME_ICONS)
        # only while one of them shows: an empty ion-buttons would still take its margin before the title
        back_shown, home_shown = h("canGoBack", '""'), h("canGoHome")
        shown = c.exprs.value(env.scope, f"{back_shown} || {home_shown}")
        buttons = Wx("view", {"class": "ion-buttons a-slot-start", "wx:if": shown}, [back, home])
        drawn.children.insert(0, buttons)
    return [wx]


def status_bar(c: ViewCompiler) -> list[Wx | str]:
    """Room for the status bar on a page whose top is not its ion-header (``[style] navigation = "custom"``)."""
    if c.ctx.role != "page" or c.ctx.navigation != "custom":
        return []
    return [Wx("view", {"class": STATUS_BAR, "style": c.exprs.value(Scope(), h("navBar"))})]


def back_button(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """ion-back-button: WeChat's native bar has its own (``[style] navigation = "native"``); in the page's own
    bar, a button going back through the page stack, or to its defaultHref when the page was opened directly."""
    if c.ctx.navigation != "custom":
        c.note_once("PWX105", "ion-back-button", "ion-back-button: the native navigation bar's back button is used",
                    el)
        return []
    href = attrs.props.get("defaultHref")
    static = js_string(attrs.static_value("defaultHref") or "")
    return [back_arrow(c, el, env, href if href is not None and href.ast is not None else None, static)]


def back_arrow(c: ViewCompiler, el: Element, env: Env, href: Binding | None, static: str) -> Wx:
    """The back button (Ionic's, drawn per mode): shown while there is somewhere to go back to."""
    shown = c.exprs.expr(href, env.scope) if href is not None else static
    tap = Helper("back", (href.ast if href is not None and href.ast is not None else static,))
    return bar_button(c, el, env, h("canGoBack", shown or '""'), tap, BACK_ICONS)


def bar_button(c: ViewCompiler, el: Element, env: Env, shown: str, tap: Helper, icons: dict[str, str]) -> Wx:
    """A navigation-bar button drawn as Ionic's back button (its icon per mode), while ``shown`` is true."""
    scope = env.scope
    wx = Wx("view", {"class": "ion-back-button", "hover-class": "ion-activated",
                     "wx:if": c.exprs.value(scope, shown)})
    handler = Handler()
    handler.add("tap", tap)
    c.handlers.attach(wx, handler, scope, el)
    glyphs = {mode: shapes.icon_class(c, name, el) or "" for mode, name in icons.items()}
    glyph = c.exprs.value(scope, f'{h_read("mode")} === "ios" ? {js_string(glyphs["ios"])} : '
                                 f'{js_string(glyphs["md"])}')
    wx.children = [Wx("view", {"class": f"ion-icon {glyph}"})]
    return wx


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


# ion-content's scroll outputs → the page hooks the runtime calls from onPageScroll (runtime/ionic/page-scroll.js)
SCROLL_HOOKS = {"ionScrollStart": "scrollStart", "ionScroll": "scroll", "ionScrollEnd": "scrollEnd"}


def content(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """ion-content: the page itself scrolls, so with ``[scrollEvents]="true"`` (Ionic emits scroll events only
    then) its (ionScrollStart), (ionScroll) and (ionScrollEnd) run on the page's onPageScroll, which a page gets
    only then (WeChat sends scroll events to the logic layer only to pages that listen). An IonContent injected
    in the page hears them too: "scroll" is the hook that makes the page listen, with no handler of its own."""
    bound = [ev for ev in attrs.events if ev.name in SCROLL_HOOKS]
    flag = attrs.props.get("scrollEvents")
    static = attrs.static_value("scrollEvents")
    on = (flag is not None and not (isinstance(flag.ast, A.LiteralPrimitive) and flag.ast.value is False)) or \
        (static is not None and static != "false")
    for ev in bound:
        if c.ctx.role != "page":
            c.diag("PWX104", f"({ev.name}) on an ion-content in a component is not converted: only pages get "
                   "scroll events", ev.attr.line, ev.attr.col, hint="move the ion-content into the page's template")
        elif not on:
            c.diag("PWX104", f"({ev.name}) never fires: Ionic emits scroll events only with [scrollEvents]=\"true\"",
                   ev.attr.line, ev.attr.col, hint='add [scrollEvents]="true" to the ion-content')
    if on and c.ctx.role == "page":
        scope = env.scope.child(path="")
        by_hook = {SCROLL_HOOKS[ev.name]: ev.ast for ev in bound if ev.ast is not None}
        for hook in ("scrollStart", "scroll", "scrollEnd"):
            handler = Handler()
            if hook in by_hook:
                handler.add(hook, by_hook[hook])
            if handler.by_event or hook == "scroll":
                c.hooks[hook] = c.handlers.handler(handler, scope)
    return [c.elements.plain(el, attrs, row, env)]


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


def page_navs(nodes: list[Node]) -> set[int]:
    """The ion-navs that are the page's: at the template's top, or the only element of its top ion-content."""
    tops = [n for n in nodes if isinstance(n, Element)]
    inner = [list(elements(e.children)) for e in tops if e.tag == "ion-content"]
    return {id(e) for e in tops + [only[0] for only in inner if len(only) == 1] if e.tag == "ion-nav"}


def tab_bar(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """A tabs page's ion-tab-bar is the app's tab bar (custom-tab-bar/index), drawn on the pages of its tabs; one a page
    draws of its own (in its footer, its buttons links to other pages: workspace/routes.py) is drawn there."""
    if c.ctx.role != "page":
        return shapes.drop(c, el, attrs, row, env)
    return [c.elements.plain(el, attrs, row, env)]


def nav_root(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """``<ion-nav [root]="C" [rootParams]="p">`` that is the page's (at the template's top, or its ion-content's only
    element): the page gives its place to C's own page, with p as C's inputs (view/nav.js), so a modal holding only a
    nav shows its root page; pushes go onto the page stack. One inside the page (a toolbar's) is not converted: the
    page must not give its place to it."""
    if id(el) not in c.page_navs:
        c.diag("PWX104", "ion-nav inside the page is not converted: its root is not shown", el.line, el.col,
               hint="show that component in the template (its selector), or open its page with the router")
        return []
    root = attrs.props.get("root")
    read = c.exprs.expr(root, env.scope) if root is not None else None
    if read is None:
        c.note_once("PWX105", "ion-nav", "ion-nav without [root]: pages are opened with the mini-program page stack",
                    el)
        return []
    params = attrs.props.get("rootParams")
    c.render.line(h("navRoot", read, (c.exprs.expr(params, env.scope) if params is not None else None) or "null")
                  + ";")
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


def slides(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """ion-slides / swiper-container → WeChat's <swiper> showing the view's current slide (h.slideAt, given how many
    slides the render made): a swipe sets it and runs the element's slide-change outputs (h.slid first, which gives
    $event Swiper's shape); its #ref's slideNext()/slideTo() … and a swiper element's ``.swiper`` set it too."""
    wx = Wx(row.wx)
    handler = Handler()
    c.elements.decorate(wx, el, attrs, row, env, handler)
    site = js_string(slides_site(el))
    handler.add("change", Helper("slid", ("s", site, "$event")))
    c.elements.events(el, attrs, row, env, handler)
    c.handlers.attach(wx, handler, env.scope, el)
    wx.children = c.elements.children(el, attrs, env)
    count = slide_count(wx.children, env.scope)
    wx.attrs["current"] = c.exprs.value(env.scope, h("slideAt", env.scope.s, site, count))
    return [wx]


def slides_site(el: Element) -> str:
    """A slides element's key in view/slides.js's state, the same for its #ref (its position: unique, stable)."""
    return f"sw{el.line}_{el.col}"


def slide_count(children: list[Wx | str], scope: Scope) -> str:
    """JS for how many slides the render made: a slide each, a repeated one its list's length, one under an
    ``*ngIf`` when its test holds (read from the view model the render just filled)."""
    fixed, terms = 0, []
    for child in children:
        if not isinstance(child, Wx):
            continue
        loop, test = (re.fullmatch(r"\{\{" + re.escape(scope.wx) + r"(\w+)\}\}", child.attrs.get(a) or "")
                      for a in ("wx:for", "wx:if"))
        if loop:
            terms.append(f"({scope.vm}.{loop[1]} || []).length")
        elif test:
            terms.append(f"({scope.vm}.{test[1]} ? 1 : 0)")
        else:
            fixed += 1
    return " + ".join([str(fixed)] + terms)


# Ionic's inline overlay outputs, and the DOM events under their Angular names, → what the runtime fires
# (view/overlays.js): present when the overlay shows, dismiss when its backdrop or dismiss() closes it
OVERLAY_EVENTS = {name: name for name in ("willPresent", "didPresent", "willDismiss", "didDismiss")} | {
    f"ion{kind}{when}{what}": f"{when.lower()}{what}" for kind in ("Modal", "Popover") for when in ("Will", "Did")
    for what in ("Present", "Dismiss")}


def overlay(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """Inline ion-modal / ion-popover: a card over a backdrop, shown while [isOpen] is true or, with a ``trigger``,
    once the element with that id is tapped; a tap on the backdrop closes it (until [isOpen] turns false and true
    again, as in Ionic). Its present and dismiss events run the app's handlers."""
    site = js_string(overlay_site(el))
    events = [ev for ev in attrs.events if ev.name in OVERLAY_EVENTS]
    wx = c.elements.plain(el, replace(attrs, events=[ev for ev in attrs.events if ev not in events]), row, env,
                          children=[])
    is_open = attrs.props.get("isOpen")
    bound = c.exprs.expr(is_open, env.scope, "bool") if is_open is not None else None
    if bound is None and not attrs.static_value("trigger"):
        wx.children = c.elements.children(el, attrs, replace(env, overlay=True))
        return [wx]  # neither [isOpen] nor a trigger opens it: its content is shown in place
    shown = h("overlayShown", site, bound or "undefined")
    wx.attrs["hidden"] = c.exprs.value(env.scope, f"!{shown}")
    wx.add_class("pwx-inline-overlay")
    backdrop = Wx("view", {"class": "pwx-overlay-backdrop", "wx:if": c.exprs.value(env.scope, shown)})
    handler = Handler(catch={"tap"})  # not the trigger's tap too (it may hold the overlay)
    dismiss = attrs.props.get("backdropDismiss")
    if dismiss is not None and dismiss.ast is not None:
        handler.guard = A.Unary(0, 0, "!", dismiss.ast)  # [backdropDismiss]="false": a tap there does nothing
    if attrs.static_value("backdropDismiss") != "false":
        handler.add("tap", Helper("overlay", ('"close"', site)))
    c.handlers.attach(backdrop, handler, env.scope, el)
    for ev in events:
        if env.scope.path:
            c.diag("PWX104", f"event ({ev.name}) on <{el.tag}> in a loop is not converted: it never fires",
                   ev.attr.line, ev.attr.col, hint="move the overlay out of the loop")
        elif ev.ast is not None:
            listener = Handler()
            listener.add(OVERLAY_EVENTS[ev.name], ev.ast)
            c.hooks[f"overlay {overlay_site(el)} {OVERLAY_EVENTS[ev.name]}"] = c.handlers.handler(listener, env.scope)
    # its content is made while it shows, as Angular instantiates an overlay's template then: a closed one's bindings
    # are not evaluated (they may read what only opening it sets)
    wx.children = c.flow.conditional([(shown, None, lambda shows: c.elements.children(el, attrs, shows))],
                                     replace(env, overlay=True))
    return [backdrop, wx]


def overlay_triggers(nodes: list[Node]) -> dict[str, str]:
    """id of a trigger element → the site of the inline overlay it opens (``<ion-popover trigger="id">``)."""
    return {trigger: overlay_site(e) for e in elements(nodes) if e.tag in ("ion-popover", "ion-modal")
            for trigger in [next((a.value for a in e.attrs if a.name == "trigger" and a.value), None)] if trigger}


def accordion_group(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """ion-accordion-group: its accordions open and close on a tap on their header (h.accordionOpen/Toggle); those
    its ``value`` names (a list of them with ``multiple``) start open; without ``multiple`` one opens at a time."""
    bound, fixed = attrs.props.get("value"), attrs.static_value("value")
    value = c.exprs.js(bound.ast, env.scope) if bound is not None and bound.ast is not None else \
        js_string(fixed) if fixed is not None else "null"
    multiple = attrs.static_value("multiple") not in (None, "false") or "multiple" in attrs.props
    group = Accordion(f"g{c.count('accordion-group')}", value, multiple)
    return [c.elements.plain(el, attrs, row, replace(env, accordion=group))]


def accordion(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """ion-accordion: open (class accordion-expanded, which shows its content) while its state says so; its
    ``slot="header"`` element toggles it (:func:`accordion_header`). Outside a group it starts closed."""
    site = str(c.count("accordion"))
    group = env.accordion or Accordion("", "null", True)
    name = js_string(attrs.static_value("value") or f"ion-accordion-{site}")
    key = js_string(group.key + ("*" if group.multiple else ""))
    shown = h("accordionOpen", env.scope.s, site, f"[].concat({group.value}).indexOf({name}) >= 0", key)
    wx = c.elements.plain(el, attrs, row, replace(env, accordion=replace(group, site=site)))
    wx.add_class(c.exprs.value(env.scope, shown))
    return [wx]


def accordion_header(attrs: Attrs, env: Env, handler: Handler) -> None:
    """A tap on an ion-accordion's header opens or closes it."""
    if env.accordion is not None and env.accordion.site is not None and attrs.static_value("slot") == "header":
        handler.add("tap", Helper("accordionToggle", ("s", env.accordion.site)))


def open_trigger(c: ViewCompiler, attrs: Attrs, handler: Handler) -> None:
    """A tap on an overlay's trigger element opens it."""
    site = c.overlay_triggers.get(attrs.static_value("id") or "")
    if site is not None:
        handler.add("tap", Helper("overlay", ('"open"', js_string(site))))


DIALOG_CLOSE = ("mat-dialog-close", "matDialogClose")  # Angular Material's MatDialogClose, as attribute or input
# Angular Material's dialog parts, as elements or attributes: a view (or the element) with that class (the theme's
# components.wxss draws them)
DIALOG_PARTS = ("mat-dialog-title", "mat-dialog-content", "mat-dialog-actions")


def dialog_close(attrs: Attrs, handler: Handler) -> None:
    """``<button mat-dialog-close>`` / ``[mat-dialog-close]="result"``: a tap closes the dialog the page is, with
    that result ('' when the attribute has no value, as in Angular Material)."""
    bound = next((attrs.props[n] for n in DIALOG_CLOSE if n in attrs.props), None)
    if bound is not None and bound.ast is not None:
        handler.add("tap", Helper("dialogClose", (bound.ast,)))
        return
    static = next((attrs.static_value(n) for n in DIALOG_CLOSE if n in attrs.static), None)
    if static is not None:
        handler.add("tap", Helper("dialogClose", (js_string(static),)))


def overlay_site(el: Element) -> str:
    """An inline overlay's key in view.js's open overlays (its position: unique, stable)."""
    return f"ov{el.line}_{el.col}"


def sliding_site(el: Element) -> str:
    """An ion-item-sliding's key in view.js's swipe state, the same for its #ref (its position: unique, stable)."""
    return f"sl{el.line}_{el.col}"
