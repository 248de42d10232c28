"""Page facts the spine reads from a compiled view: the native navigation bar title and page hooks."""

from __future__ import annotations

import re

import pytest
from harness import compile_html

TITLES = [
    ("<ion-header><ion-toolbar><ion-title>\n  Speakers\n</ion-title></ion-toolbar></ion-header>", "Speakers"),
    ("<ion-header><ion-toolbar>@if (!ios) { <ion-title>Schedule</ion-title> }</ion-toolbar></ion-header>",
     "Schedule"),
    ("<ion-content><ion-header><ion-toolbar><ion-title>In content</ion-title></ion-toolbar></ion-header>"
     "</ion-content>", None),
    ("<ion-header><ion-toolbar><ion-title>{{ folder }}</ion-title></ion-toolbar></ion-header>", None),
]


@pytest.mark.parametrize("html,title", TITLES)
def test_static_title(html, title):
    view, _ = compile_html(html)
    assert view.title == title
    assert compile_html(html, role="component")[0].title is None


def test_dynamic_title_is_set_at_runtime():
    # view.js calls wx.setNavigationBarTitle when the text changes (tests/js/view.test.js)
    view, _ = compile_html("<ion-header><ion-toolbar><ion-title>{{ folder }} ({{ n }})</ion-title></ion-toolbar>"
                           "</ion-header>")
    assert 'h.title(function () { return h.trim(h.s(c.folder) + " (" + h.s(c.n) + ")"); });' in view.render_js


def test_hooks_only_for_pages():
    html = "<ion-refresher (ionRefresh)='r($event)'></ion-refresher><ion-infinite-scroll (ionInfinite)='m()'>" \
           "</ion-infinite-scroll>"
    assert compile_html(html)[0].hooks == {"pullDownRefresh": 0, "reachBottom": 1}
    assert compile_html(html, role="component")[0].hooks == {}


NATIVE_BAR = [
    # the title-only toolbar (and its header) is what WeChat's navigation bar shows
    ("<ion-header><ion-toolbar><ion-buttons slot='start'><ion-back-button></ion-back-button></ion-buttons>"
     "<ion-title>Speakers</ion-title></ion-toolbar></ion-header><p>x</p>",
     '<view class="h5-p">x</view>'),
    # a toolbar with actions keeps them, without the title
    ("<ion-header><ion-toolbar><ion-title>Schedule</ion-title><ion-buttons slot='end'>"
     "<ion-button (click)='f()'>Filter</ion-button></ion-buttons></ion-toolbar></ion-header>",
     '<view class="ion-header"><view class="ion-toolbar"><view class="ion-buttons a-slot-end">'
     '<view class="ion-button" hover-class="ion-activated" bindtap="$on" data-h="0">Filter</view></view></view>'
     '</view>'),
    # a second toolbar (segment) stays, so the header does too
    ("<ion-header><ion-toolbar><ion-title>A</ion-title></ion-toolbar><ion-toolbar><p>seg</p></ion-toolbar>"
     "</ion-header>",
     '<view class="ion-header"><view class="ion-toolbar"><view class="h5-p">seg</view></view></view>'),
]


@pytest.mark.parametrize("html,wxml", NATIVE_BAR)
def test_native_bar_replaces_the_title_toolbar(html, wxml):
    view, _ = compile_html(html)
    assert re.sub(r">\s+<", "><", view.wxml).strip() == wxml
    assert "ion-title" in compile_html(html, role="component")[0].wxml  # components keep theirs
