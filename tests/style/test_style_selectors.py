"""Selector rewrite table: CSS selector → what each role's WXSS gets (and the diagnostic when it goes)."""

from __future__ import annotations

from pwa2wx.style.selector_syntax import parse_selector
from pwa2wx.style.selectors import WXML_TAGS, rewrite
from tests.tables import table

P, C, A = "page", "component", "app"

# (role, selector, expected selectors) — the same rules for every role unless a row says otherwise
REWRITES = [
    # tags → the classes the template compiler emits
    (P, "ion-item", [".ion-item"]),
    (C, "ion-item.active > ion-label", [".ion-item.active > .ion-label"]),
    (C, "p", [".h5-p"]),
    (C, "H3", [".h5-h3"]),
    (C, "a:hover", [".h5-a:hover"]),
    (C, "app-speaker-card .x", [".app-speaker-card .x"]),
    # a class that needs escaping: renamed as the template compiler and the runtime name it (class_name)
    (C, ".sm\\:p-4", [".sm_3a_p-4"]),
    (C, ".w-1\\/2:hover", [".w-1_2f_2:hover"]),
    (C, "input::placeholder", [".h5-input::placeholder"]),
    (C, "p:before", [".h5-p:before"]),
    # look attributes → classes
    (C, "[slot=start]", [".a-slot-start"]),
    (C, 'ion-button[fill="clear"]', [".ion-button.a-fill-clear"]),
    (C, "ion-item-sliding[track='ionic'] ion-label", [".ion-item-sliding.a-track-ionic .ion-label"]),
    (C, "[hidden]", [".a-hidden"]),
    (C, "ion-col[size-md]", [".ion-col.a-size-md"]),
    (C, "[labelPlacement=stacked]", [".a-label-placement-stacked"]),
    (C, ".x[_ngcontent-abc-c12]", [".x"]),
    # ids
    (C, "#map", [".id-map"]),
    (P, "#map .x", [".id-map .x"]),
    # :host
    (C, ":host", [":host"]),
    (C, ":host(.active) .x", [":host(.active) .x"]),
    (C, ":host(ion-item)", [":host(.ion-item)"]),
    (C, "ion-col.text:host", [":host(.ion-col.text)"]),  # wcsc rejects ':host.ion-col.text'
    (C, ".on:host(.a):hover .x", [":host(.a.on):hover .x"]),
    (P, ":host", ["page"]),
    (P, ":host .x", ["page .x"]),
    # :root, html, body
    (P, ":root", ["page"]),
    (A, "html", ["page"]),
    (A, "body.x .y", []),
    (A, "html body .y", ["page .y"]),
    (A, "html > body", ["page"]),
    # Ionic's mode and direction are known at build time (md here)
    (C, ".md ion-list", [".ion-list"]),
    (C, ".ios ion-list", []),
    (A, "html.md .x", ["page .x"]),
    (C, ":host(.md) .x", [":host .x"]),
    (C, ":host(.ios) .x", []),
    (C, ":host-context(.md) .x", [":host .x"]),
    (C, ":host-context(.ios) .x", []),
    (C, "[dir=rtl] .x", []),
    (C, ".x:dir(ltr)", [".x"]),
    # ::ng-deep, /deep/ and >>> (the compiler turns the last two into ::ng-deep before Sass)
    (C, ":host ::ng-deep .x", [":host .x"]),
    (P, "::ng-deep .x", [".x"]),
    (P, ".a::ng-deep .b", [".a .b"]),
    # * → the WXML elements where tags are allowed
    (P, ".a *", [f".a {tag}" for tag in ("view", "text", "image", "button", "input", "textarea", "navigator",
                                        "scroll-view", "swiper", "swiper-item", "picker", "switch", "slider",
                                        "checkbox", "radio", "label", "form", "rich-text", "icon", "progress",
                                        "movable-area", "movable-view")]),
    (C, "*.x:hover", [".x:hover"]),
    (P, ".a > :last-child", [f".a > {tag}:last-child" for tag in WXML_TAGS]),  # wcsc rejects '.a > :last-child'
    (P, ".a :last-child", [".a :last-child"]),
    # pseudo-classes wcsc accepts stay; the forms it rejects are rewritten
    (C, "li:nth-child(2n+1)", [".h5-li:nth-child(2n+1)"]),
    (C, "ion-col:not(:last-of-type) .card", [".ion-col:not(:last-of-type) .card"]),
    (C, ".x:not(.a, p)", [".x:not(.a):not(.h5-p)"]),
    (C, ".x:not(.a:first-child)", [".x:not(.a)", ".x:not(:first-child)"]),  # wcsc: one simple selector in :not()
    (C, ".x:not(.ios)", [".x"]),
    (C, ".x:not(.md)", []),
    (C, ":is(.a, p) .c", [".a .c", ".h5-p .c"]),
    (C, ".x:where(.y)", [".x.y"]),
    (C, ".a ~ .b", [".a ~ .b"]),
    (C, ".a, .b", [".a", ".b"]),
    (C, ".a,.a", [".a"]),
]


@table("role, selector, expected", REWRITES, name=lambda row: f"{row[0]}:{row[1]}")
def test_rewrite(role, selector, expected):
    assert rewrite(parse_selector(selector), role).selectors == expected


# (role, selector, code of the diagnostic) for selectors that go
DROPPED = [
    (C, "*", "PWX202"),
    (C, ".a *", "PWX202"),
    (C, "html .x", "PWX202"),
    (C, ":root", "PWX202"),
    (A, ":host", "PWX202"),
    (P, ":host(.active)", "PWX202"),
    (A, "html.plt-desktop", "PWX202"),
    (C, ":host-context(.dark) .x", "PWX202"),
    (C, ".x::slotted(p)", "PWX202"),
    (C, ".x::part(label)", "PWX202"),
    (C, ".x:has(.y)", "PWX202"),
    (C, "[type^=te]", "PWX202"),
    (C, "[lang|=en]", "PWX202"),
    (C, "[type=text i]", "PWX202"),
    (C, ".a > .b ~ .c", "PWX202"),
    (C, ".a:hover ~ .c", "PWX202"),
    (C, ":hover", "PWX202"),
    (C, ".x :focus", "PWX202"),
    (C, "li:nth-child(2 of .x)", "PWX202"),
    (C, ":is(.a .b) .c", "PWX202"),
]


@table("role, selector, code", DROPPED, name=lambda row: f"{row[0]}:{row[1]}")
def test_dropped_with_a_diagnostic(role, selector, code):
    result = rewrite(parse_selector(selector), role)
    assert result.selectors == []
    assert [i.code for i in result.issues] == [code]


def test_page_and_app_keep_what_components_may_not():
    assert rewrite(parse_selector(".x :hover"), P).selectors == [".x :hover"]
    assert rewrite(parse_selector("*"), A).selectors[:2] == ["view", "text"]


def test_ng_deep_in_a_component_is_noted():
    result = rewrite(parse_selector(":host ::ng-deep .x"), C)
    assert [(i.code, i.severity) for i in result.issues] == [("PWX204", "info")]


def test_ios_mode():
    assert rewrite(parse_selector(".ios ion-list"), C, "ios").selectors == [".ion-list"]
    assert rewrite(parse_selector(".md ion-list"), C, "ios").selectors == []


def test_attributes_are_collected_for_the_template_compiler():
    result = rewrite(parse_selector("ion-item-sliding[track=ionic], [slot]"), C)
    assert result.attributes == {"track", "slot"}


def test_one_universal_is_every_element_and_several_are_views_and_texts():
    assert len(rewrite(parse_selector(".a > *"), "app").selectors) == 22  # every element WXML can emit
    several = rewrite(parse_selector(".table > :not(caption) > * > *"), "app").selectors  # Bootstrap's tables
    assert len(several) == 8 and ".table > view:not(.h5-caption) > view > text" in several
