"""Page facts the spine reads from a compiled view: the native navigation bar title and page hooks."""

from __future__ import annotations

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
