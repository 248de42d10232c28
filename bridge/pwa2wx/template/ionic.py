"""The Ionic/HTML → WeChat mapping, as data: one table the compiler reads and the tests check row by row.

A row (:class:`~pwa2wx.template.rows.Tag`) says which WXML element an Angular/Ionic/HTML tag becomes, which
of its inputs become WXML attributes (and how the value is converted), which outputs become which WeChat
events, and how ``[(ngModel)]`` reads and writes it. ``kind`` is the function building the few shapes that
need more than a one-to-one element (a form control with its label, an icon image, a page hook): a
reference, so a misspelt kind fails when this module is imported.

WXSS has no attribute selectors, so attributes that change how Ionic draws a component become classes
(``a-<attr>-<value>``, ``a-<attr>``); the style compiler imports :data:`LOOK_ATTRIBUTES` and
:func:`look_class` to rewrite ``[slot=start]`` onto the same names.
"""

from __future__ import annotations

import re

from pwa2wx.template import chrome, forms, options, shapes
from pwa2wx.template.names import kebab
from pwa2wx.template.rows import Model, Prop, Tag

# Attributes that change an Ionic component's look (Ionic 4–8), in kebab case as CSS writes them.
LOOK_ATTRIBUTES: tuple[str, ...] = (
    "activated", "alignment", "animated", "button", "checked", "collapse", "color", "detail", "disabled", "edge",
    "expand", "fill", "fixed", "fullscreen", "horizontal", "inset", "justify", "label-placement", "layout", "lines",
    "mode", "offset", "offset-lg", "offset-md", "offset-sm", "offset-xl", "offset-xs", "outline", "placement",
    "position", "readonly", "selected", "shape", "side", "size", "size-lg", "size-md", "size-sm", "size-xl", "size-xs",
    "slot", "sticky", "strong", "translucent", "vertical",
)
_LOOK = frozenset(LOOK_ATTRIBUTES)
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_UNSAFE_CHAR = re.compile(r"[^A-Za-z0-9_-]")


def is_look_attribute(name: str) -> bool:
    return kebab(name) in _LOOK


def look_class(name: str, value: str | None) -> str:
    """The class for one look attribute: ``a-slot-start``; ``a-button`` for a boolean one (bare or ``="true"``)."""
    attr = kebab(name)
    if value is None or value.strip() in ("", "true"):
        return f"a-{attr}"
    return f"a-{attr}-{look_token(value)}"


def look_token(value: str) -> str:
    """A look attribute's value as a class word (view.js ``classToken``, which a contract test holds to this)."""
    return _UNSAFE.sub("_", value.strip())


CLASS_NAME = re.compile(r"-?[A-Za-z_][A-Za-z0-9_-]*")
"""Class names wcsc accepts as they are: ASCII, no escapes."""


def class_name(name: str) -> str:
    """A class as WXML and WXSS can both carry it: unchanged when wcsc accepts it; else each other character,
    and a leading digit, written ``_<hex>_`` (Tailwind's ``md:flex`` → ``md_3a_flex``, ``w-1/2`` →
    ``w-1_2f_2``). The template compiler, the style compiler and the runtime (view.js ``className``, which a
    test holds to this) all name classes this way."""
    if CLASS_NAME.fullmatch(name):
        return name
    encoded = _UNSAFE_CHAR.sub(lambda m: f"_{ord(m.group(0)):x}_", name)
    return re.sub(r"^(-?)(\d)", lambda m: f"{m.group(1)}_{ord(m.group(2)):x}_", encoded)


def tag_class(tag: str) -> str:
    """The class every emitted element carries: ``ion-item``/``app-foo`` as is, HTML tags as ``h5-p``."""
    tag = tag.lower()
    return tag if "-" in tag else f"h5-{tag}"


# ---- the table --------------------------------------------------------------------------------


# Events every element has (DOM → WeChat touch events).
COMMON_EVENTS: dict[str, str] = {
    "click": "tap", "tap": "tap", "dblclick": "tap", "press": "longpress", "longpress": "longpress",
    "contextmenu": "longpress", "touchstart": "touchstart", "touchmove": "touchmove", "touchend": "touchend",
    "touchcancel": "touchcancel",
}
TEXT_INPUT_EVENTS = {"ionInput": "input", "input": "input", "ionChange": "blur", "change": "blur", "ionBlur": "blur",
                     "blur": "blur", "ionFocus": "focus", "focus": "focus", "keyup.enter": "confirm",
                     "keydown.enter": "confirm", "keypress.enter": "confirm",
                     # a key typed: WeChat's input event is one per change and carries the key's code
                     "keydown": "input", "keyup": "input", "keypress": "input"}
TEXT_INPUT_PROPS = {"value": Prop("value"), "placeholder": Prop("placeholder"), "disabled": Prop("disabled", "bool"),
                    "readonly": Prop("disabled", "bool"), "maxlength": Prop("maxlength", "num"),
                    "autofocus": Prop("focus", "bool")}
TEXT_MODEL = Model("value", "input", "detail.value", "input")
_LABELLED = frozenset({"label", "labelPlacement", "helperText", "errorText", "type", "counter", "clearInput",
                       "clearOnEdit", "autoGrow", "rows", "cols", "debounce", "inputmode", "enterkeyhint", "min",
                       "max", "step", "multiple", "accept", "counterFormatter", "shape", "mode"})
_ICON = frozenset({"name", "ios", "md", "src", "icon", "lazy", "sanitize", "flipRtl"})
HOVER = (("hover-class", "ion-activated"),)
# the events of WeChat's <button open-type="…"> (shapes.button), by the Angular event name an app binds
OPEN_TYPE_EVENTS = {e: e for e in ("chooseavatar", "getphonenumber", "getrealtimephonenumber", "getuserinfo",
                                   "contact", "opensetting", "launchapp", "agreeprivacyauthorization", "error")}

_VIEW = Tag()
# ion-slides' and Swiper element's outputs that follow the current slide: WeChat's swiper change, which a swipe and
# a new current (slideNext() …) fire
SLIDE_CHANGES = {e: "change" for e in ("ionSlideDidChange", "ionSlideWillChange", "ionSlideTransitionStart",
                                       "ionSlideTransitionEnd", "swiperslidechange", "swiperactiveindexchange",
                                       "swiperrealindexchange", "swiperslidechangetransitionstart",
                                       "swiperslidechangetransitionend", "slidechange")}

IONIC: dict[str, Tag] = {
    # layout and content: a view with the Ionic class; the theme reproduces the look
    **{t: _VIEW for t in (
        "ion-app", "ion-header", "ion-footer", "ion-toolbar", "ion-title", "ion-buttons", "ion-list",
        "ion-list-header", "ion-item-divider", "ion-item-group", "ion-item-options", "ion-label", "ion-note",
        "ion-badge", "ion-text", "ion-avatar", "ion-thumbnail", "ion-card", "ion-card-header", "ion-card-title",
        "ion-card-subtitle", "ion-card-content", "ion-grid", "ion-row", "ion-col", "ion-spinner",
        "ion-skeleton-text", "ion-fab", "ion-fab-list",
        "ion-reorder", "ion-router-link", "ion-tab", "ion-tab-button", "ion-breadcrumbs", "ion-breadcrumb")},
    "ion-split-pane": Tag(consumes=frozenset({"contentId", "when"})),
    "ion-content": Tag(kind=chrome.content, consumes=frozenset({"scrollEvents", "scrollX", "scrollY", "forceOverscroll",
                                                                *chrome.SCROLL_HOOKS})),
    "ion-accordion-group": Tag(kind=chrome.accordion_group, consumes=frozenset({"multiple", "value", "expand",
                                                                               "animated"})),
    "ion-accordion": Tag(kind=chrome.accordion, consumes=frozenset({"value", "toggleIcon", "toggleIconSlot",
                                                                   "readonly"})),
    "ion-item": Tag(statics=HOVER),
    "ion-button": Tag(statics=HOVER),
    "ion-fab-button": Tag(statics=HOVER),
    "ion-chip": Tag(statics=HOVER),
    "ion-item-option": Tag(statics=HOVER),
    "ion-item-sliding": Tag(kind=chrome.sliding),
    # Ionic 4/5: a list of [items] whose *virtualItem template repeats; every item is rendered (no recycling)
    "ion-virtual-scroll": Tag(kind=shapes.virtual_scroll, consumes=frozenset({
        "items", "approxItemHeight", "approxHeaderHeight", "approxFooterHeight", "headerFn", "footerFn",
        "itemHeight", "headerHeight", "footerHeight", "nodeRender", "trackBy"})),
    "ion-reorder-group": Tag(note="ion-reorder-group: drag to reorder is not reproduced; items keep their order"),
    # Ionic 8's swipeable panes of an ion-segment (the buttons' contentId): each pane shown, one under the other
    "ion-segment-view": Tag(consumes=frozenset({"swipeGesture"}),
                            note="ion-segment-view: every segment's content is shown, one under the other"),
    "ion-segment-content": Tag(),
    "ion-menu": Tag(kind=chrome.menu,
                    consumes=frozenset({"contentId", "menuId", "type", "swipeGesture", "maxEdgeStart"})),
    "ion-menu-toggle": Tag(kind=chrome.menu_toggle, consumes=frozenset({"menu", "autoHide"})),
    "ion-menu-button": Tag(kind=chrome.menu_button, statics=HOVER, consumes=frozenset({"menu", "autoHide"})),
    "ion-tabs": Tag(wx="block"),
    "ion-back-button": Tag(kind=chrome.back_button,
                           consumes=frozenset({"defaultHref", "text", "icon", "routerAnimation"})),
    "ion-router-outlet": Tag(kind=shapes.drop, note="ion-router-outlet: routed components are mini-program pages"),
    "ion-tab-bar": Tag(kind=chrome.tab_bar, note="ion-tab-bar: drawn by the app's tab bar (custom-tab-bar/index)"),
    "ion-nav": Tag(kind=chrome.nav_root, consumes=frozenset({"root", "rootParams"})),
    "ion-ripple-effect": Tag(kind=shapes.drop, note="ion-ripple-effect: tap feedback comes from hover-class"),
    "ion-backdrop": Tag(kind=shapes.drop, note="ion-backdrop: overlays are not drawn over the page"),
    "ion-input-password-toggle": Tag(kind=shapes.drop, note="ion-input-password-toggle: the password stays hidden"),
    "ion-datetime-button": Tag(kind=shapes.drop,
                                note="ion-datetime-button: the ion-datetime is a tappable picker itself"),
    "ion-nav-link": Tag(kind=shapes.drop, note="ion-nav-link: pages are opened with routerLink or the router"),
    "ion-refresher": Tag(kind=chrome.refresher),
    "ion-refresher-content": Tag(kind=shapes.drop,
                                  note="ion-refresher-content: the native pull-down indicator is used"),
    "ion-infinite-scroll": Tag(kind=chrome.infinite),
    "ion-infinite-scroll-content": Tag(kind=shapes.drop,
                                        note="ion-infinite-scroll-content: loading indicator not shown"),
    # media
    "ion-icon": Tag(wx="view", kind=shapes.icon, consumes=_ICON),
    "ion-img": Tag(wx="image", kind=shapes.image, props={"src": Prop("src", "url"), "alt": Prop("aria-label")},
                   statics=(("mode", "widthFix"), ("lazy-load", "{{true}}")), consumes=frozenset({"ngSrc"}),
                   events={"ionImgDidLoad": "load", "ionError": "error"}),
    "ion-progress-bar": Tag(wx="progress", kind=shapes.progress, props={"value": Prop("percent", "num"),
                                                                   "buffer": Prop("")}),
    # form controls: native WeChat controls, with the Ionic element as a wrapper holding label and slots
    "ion-input": Tag(wx="input", kind=forms.input, props=TEXT_INPUT_PROPS, events=TEXT_INPUT_EVENTS, model=TEXT_MODEL,
                     adapter="input", consumes=_LABELLED),
    "ion-textarea": Tag(wx="textarea", kind=forms.input,
                        props={**TEXT_INPUT_PROPS, "autoGrow": Prop("auto-height", "bool")},
                        events=TEXT_INPUT_EVENTS, model=TEXT_MODEL, adapter="input", consumes=_LABELLED),
    "ion-searchbar": Tag(wx="input", kind=forms.searchbar, props=TEXT_INPUT_PROPS,
                         events={**TEXT_INPUT_EVENTS, "ionChange": "confirm", "change": "confirm"},
                         model=TEXT_MODEL, adapter="input",
                         statics=(("type", "text"), ("confirm-type", "search")),
                         consumes=frozenset({"showCancelButton", "cancelButtonText", "showClearButton", "searchIcon",
                                             "clearIcon", "cancelButtonIcon", "debounce", "ionCancel", "ionClear",
                                             "type", "inputmode", "enterkeyhint", "autocomplete", "autocorrect"})),
    "ion-toggle": Tag(wx="switch", kind=forms.toggle, props={"checked": Prop("checked", "bool"),
                                                         "disabled": Prop("disabled", "bool")},
                      events={"ionChange": "change", "change": "change", "ionFocus": "", "ionBlur": ""},
                      model=Model("checked", "change", "detail.checked", "toggle"), adapter="toggle",
                      consumes=frozenset({"labelPlacement", "enableOnOffLabels", "value", "name"})),
    "ion-checkbox": Tag(wx="checkbox", kind=forms.checkbox, props={"checked": Prop("checked", "bool"),
                                                               "disabled": Prop("disabled", "bool")},
                        events={"ionChange": "change", "change": "change", "ionFocus": "", "ionBlur": ""},
                        model=Model("checked", "change", "detail.checked", "checkbox"), adapter="checkbox",
                        consumes=frozenset({"labelPlacement", "indeterminate", "value", "name"})),
    "ion-radio-group": Tag(wx="radio-group", kind=forms.radio_group, events={"ionChange": "change"},
                           model=Model("", "change", "detail.value", "radio"), adapter="radio",
                           consumes=frozenset({"value", "allowEmptySelection", "name", "compareWith"})),
    "ion-radio": Tag(wx="radio", kind=forms.radio, props={"disabled": Prop("disabled", "bool")},
                     consumes=frozenset({"value", "labelPlacement", "name"})),
    "ion-select": Tag(wx="picker", kind=options.select, props={"disabled": Prop("disabled", "bool")},
                      events={"ionChange": "change", "change": "change", "ionCancel": "cancel",
                              "ionDismiss": "cancel", "ionFocus": "", "ionBlur": ""},
                      model=Model("value", "change", "detail.value", "select"), adapter="select",
                      statics=(("mode", "selector"),),
                      consumes=frozenset({"label", "labelPlacement", "placeholder", "interface", "interfaceOptions",
                                          "multiple", "cancelText", "okText", "compareWith", "value",
                                          "selectedText", "toggleIcon", "expandedIcon", "name"})),
    "ion-select-option": Tag(kind=options.option),
    "ion-range": Tag(wx="slider", props={"min": Prop("min", "num"), "max": Prop("max", "num"),
                                         "step": Prop("step", "num"), "value": Prop("value", "num"),
                                         "disabled": Prop("disabled", "bool")},
                     events={"ionChange": "change", "ionInput": "changing", "ionKnobMoveEnd": "change"},
                     model=Model("value", "change", "detail.value", ""),
                     consumes=frozenset({"pin", "snaps", "ticks", "dualKnobs", "labelPlacement", "label"})),
    "ion-segment": Tag(kind=forms.segment, events={"ionChange": "tap"},
                       model=Model("value", "tap", "detail.value", "segment"), adapter="segment",
                       consumes=frozenset({"value", "scrollable", "swipeGesture", "selectOnFocus", "ionChange",
                                          "ngModelChange", "ionSelect"})),
    "ion-segment-button": Tag(kind=forms.segment_button, statics=HOVER, consumes=frozenset({"value", "contentId"})),
    "ion-datetime": Tag(wx="picker", kind=forms.datetime, props={"min": Prop("start"), "max": Prop("end"),
                                                             "disabled": Prop("disabled", "bool")},
                        events={"ionChange": "change", "ionCancel": "cancel"},
                        model=Model("value", "change", "detail.value", "datetime"), adapter="datetime",
                        consumes=frozenset({"presentation", "min", "max", "locale", "preferWheel",
                                            "showDefaultButtons", "value", "hourCycle", "firstDayOfWeek"})),
    # inline overlays: shown in place (with [isOpen]: while open); controllers are the runtime's job
    "ion-modal": Tag(kind=chrome.overlay,
                     note="inline ion-modal: its content is rendered in the page (over a backdrop when its trigger "
                          "opens it)",
                     consumes=frozenset({"isOpen", "trigger", "breakpoints", "initialBreakpoint", "backdropDismiss",
                                         "showBackdrop", "keepContentsMounted", "presentingElement"})),
    "ion-popover": Tag(kind=chrome.overlay,
                       note="inline ion-popover: its content is rendered in the page (over a backdrop when its "
                            "trigger opens it)",
                       consumes=frozenset({"isOpen", "trigger", "triggerAction", "showBackdrop", "backdropDismiss",
                                           "dismissOnSelect", "keepContentsMounted", "reference", "arrow"})),
    **{t: Tag(kind=shapes.drop, note=f"inline {t}: use its controller ({t[4:].title().replace('-', '')}Controller)")
       for t in ("ion-loading", "ion-toast", "ion-alert", "ion-action-sheet", "ion-picker")},
    "ion-slides": Tag(wx="swiper", kind=chrome.slides, props={"pager": Prop("indicator-dots", "bool")},
                      events=SLIDE_CHANGES),
    "ion-slide": Tag(wx="swiper-item"),
    "swiper-container": Tag(wx="swiper", kind=chrome.slides, props={"pagination": Prop("indicator-dots", "bool"),
                                                                   "loop": Prop("circular", "bool"),
                                                                   "autoplay": Prop("autoplay", "bool")},
                            events=SLIDE_CHANGES),
    "swiper-slide": Tag(wx="swiper-item"),
    # swiper/angular's component (Swiper 6–8), whose slides are <ng-template swiperSlide>s (directives.py)
    "swiper": Tag(wx="swiper", kind=chrome.slides, props={"pagination": Prop("indicator-dots", "bool"),
                                                         "loop": Prop("circular", "bool"),
                                                         "autoplay": Prop("autoplay", "bool")},
                  events=SLIDE_CHANGES | {"slideChange": "change", "activeIndexChange": "change"},
                  consumes=frozenset({"config", "slidesPerView", "spaceBetween", "navigation", "centeredSlides",
                                      "effect", "speed", "initialSlide", "zoom", "scrollbar"})),
    # Angular Material's dialog parts (the dialog is a page: runtime/material/dialog.js): views with their class
    **{t: _VIEW for t in chrome.DIALOG_PARTS},
}

_BLOCK_TAGS = ("div section article header footer nav main aside ul ol li dl dt dd blockquote figure figcaption "
               "table thead tbody tfoot tr td th caption fieldset legend p h1 h2 h3 h4 h5 h6 pre address hgroup "
               "details summary hr center").split()
_INLINE_TAGS = "span b strong i em small label code sup sub u s mark abbr cite q time del ins kbd var bdi dfn".split()

HTML: dict[str, Tag] = {
    **{t: _VIEW for t in _BLOCK_TAGS},
    **{t: Tag(kind=shapes.inline) for t in _INLINE_TAGS},
    "a": Tag(kind=shapes.inline),
    "form": Tag(kind=forms.form, consumes=frozenset({"ngSubmit", "submit", "novalidate", "action", "method",
                                                "formGroup"})),
    "br": Tag(kind=shapes.br),
    "button": Tag(kind=shapes.button, props={"disabled": Prop("")}, statics=HOVER, events=OPEN_TYPE_EVENTS),
    "img": Tag(wx="image", kind=shapes.image, props={"src": Prop("src", "url"), "alt": Prop("aria-label")},
               statics=(("mode", "widthFix"),), consumes=frozenset({"ngSrc"}),
               events={"load": "load", "error": "error"}),
    "input": Tag(wx="input", kind=forms.html_input, props=TEXT_INPUT_PROPS, events=TEXT_INPUT_EVENTS,
                 model=TEXT_MODEL, adapter="input"),
    "textarea": Tag(wx="textarea", kind=forms.html_input, props=TEXT_INPUT_PROPS, events=TEXT_INPUT_EVENTS,
                    model=TEXT_MODEL, adapter="input"),
    "select": Tag(wx="picker", kind=options.select, props={"disabled": Prop("disabled", "bool")},
                  events={"change": "change", "ngModelChange": "change"},
                  model=Model("value", "change", "detail.value", "select"), adapter="select",
                  statics=(("mode", "selector"),)),
    "option": Tag(kind=options.option),
    # Angular CDK's virtual scroll box: a plain box here, its *cdkVirtualFor rows all rendered (directives.py)
    "cdk-virtual-scroll-viewport": Tag(consumes=frozenset({"itemSize", "minBufferPx", "maxBufferPx", "orientation",
                                                          "appendOnly"})),
    "video": Tag(wx="video", props={"src": Prop("src", "url"), "poster": Prop("poster", "url"),
                                    "controls": Prop("controls", "bool"), "autoplay": Prop("autoplay", "bool"),
                                    "loop": Prop("loop", "bool"), "muted": Prop("muted", "bool")},
                 events={"play": "play", "pause": "pause", "ended": "ended"}),
    "canvas": Tag(wx="canvas", statics=(("type", "2d"),),
                  note="canvas: drawing code must use the mini-program canvas API (wx.createSelectorQuery)"),
    **{t: Tag(kind=shapes.drop, note=f"<{t}> has no mini-program equivalent: not rendered")
       for t in ("iframe", "svg", "audio", "object", "embed", "script", "style", "link", "meta", "base", "noscript",
                 "math", "picture", "source", "track", "map", "area", "template", "dialog")},
}

# Attributes with no visual or behavioural effect in a mini program (accessibility, browser hints).
IGNORED_ATTRIBUTES = frozenset({
    "role", "tabindex", "title", "alt", "lang", "dir", "draggable", "spellcheck", "autocapitalize", "autocomplete",
    "autocorrect", "inputmode", "enterkeyhint", "novalidate", "name", "for", "loading", "decoding", "priority",
    "width", "height", "translate", "contenteditable", "accesskey", "type", "target", "rel", "ngNonBindable",
    "required", "minlength", "pattern", "email", "ngModelOptions", "formControlName", "formControl",
    "formGroupName",
})


def lookup(tag: str) -> Tag | None:
    """The row for ``tag`` (HTML tags are case-insensitive, Ionic's are lowercase)."""
    lower = tag.lower()
    return IONIC.get(lower) or HTML.get(lower)
