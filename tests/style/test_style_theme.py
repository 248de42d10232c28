"""The theme in adapters/theme: covers every Ionic element the template compiler emits, uses only selectors
WXSS accepts everywhere, and stays small (it ships in every main package)."""

from __future__ import annotations

import re

import tinycss2

from pwa2wx.style.compiler import THEME_BASE, theme_dir
from pwa2wx.style.imports import IONIC_CSS
from pwa2wx.style.selectors import rewrite
from pwa2wx.style.values import serialize
from pwa2wx.template.ionic import IONIC, tag_class
from pwa2wx.template.shapes import drop

NOT_DRAWN = {"ion-refresher", "ion-infinite-scroll", "ion-select-option"}  # page hooks, picker options


def theme_files() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(theme_dir().glob("*.wxss"))}


def style_rules(rules: list):
    for rule in rules:
        if rule.type == "qualified-rule":
            yield rule
        elif rule.type == "at-rule" and rule.lower_at_keyword in ("media", "supports") and rule.content:
            yield from style_rules(tinycss2.parse_rule_list(rule.content, True, True))


def compact(selector: str) -> str:
    return re.sub(r"\s*([>+~])\s*", r"\1", selector.strip())


def test_every_ionic_element_the_template_emits_has_a_look():
    classes = set(re.findall(r"\.((?:ion|mat)-[a-z-]+|swiper-[a-z]+|h5-swiper)", "".join(theme_files().values())))
    emitted = {tag_class(tag) for tag, row in IONIC.items() if row.kind is not drop and row.wx != "block"} - NOT_DRAWN
    assert sorted(emitted - classes) == []


def test_selectors_are_already_wxss_for_any_stylesheet():
    """Rewriting the theme's selectors changes nothing: only classes, pseudo-classes and the page root."""
    for name, text in theme_files().items():
        for rule in style_rules(tinycss2.parse_stylesheet(text, True, True)):
            written = serialize(rule.prelude)
            if written.startswith("page") or name == "core.wxss" and written.startswith("view,"):
                continue
            selectors = [compact(s) for s in written.split(",")]
            assert [compact(s) for s in rewrite(rule.prelude, "app").selectors] == selectors, f"{name}: {written}"


def test_ionic_stylesheets_map_onto_theme_files():
    names = set(theme_files())
    assert {*THEME_BASE, "md.wxss", "ios.wxss"} <= names
    for files in IONIC_CSS.values():
        assert set(files or ()) <= names


def test_theme_size():
    sizes = {name: len(text.encode()) for name, text in theme_files().items()}
    md_app = sum(sizes[n] for n in (*THEME_BASE, "md.wxss"))
    assert md_app < 48 * 1024, sizes  # what every md app imports
    assert sum(sizes.values()) < 80 * 1024, sizes  # everything the spine copies
