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


SCROLL_HOOKS = [
    # ion-content's scroll outputs are page hooks; "scroll" makes the page listen even with no handler of its own
    # (an injected IonContent hears the page), and nothing listens without [scrollEvents]="true", as in Ionic
    ('<ion-content [scrollEvents]="true" (ionScrollEnd)="more()" (ionScrollStart)="a()"></ion-content>',
     "page", {"scrollStart": 0, "scroll": 1, "scrollEnd": 2}, []),
    ('<ion-content scroll-events (ionScroll)="moved($event)"></ion-content>', "page", {"scroll": 0}, []),
    ('<ion-content [scrollEvents]="true"></ion-content>', "page", {"scroll": 0}, []),
    ('<ion-content (ionScroll)="moved($event)"></ion-content>', "page", {}, ["PWX104"]),
    ('<ion-content [scrollEvents]="false" (ionScroll)="moved($event)"></ion-content>', "page", {}, ["PWX104"]),
    ('<ion-content [scrollEvents]="true" (ionScroll)="moved($event)"></ion-content>', "component", {}, ["PWX104"]),
]


@pytest.mark.parametrize("html,role,hooks,codes", SCROLL_HOOKS)
def test_ion_content_scroll_events_are_page_hooks(html, role, hooks, codes):
    view, diags = compile_html(html, role=role)
    assert view.hooks == hooks
    assert [d.code for d in diags.items] == codes


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


CUSTOM_BAR = [
    # the page's own header is the bar: kept whole, inset by the runtime (h.navBar), and given the back and
    # home buttons WeChat's bar would show when its toolbar has none (and no menu button)
    ("<ion-header><ion-toolbar><ion-title>A</ion-title><ion-buttons slot='end'><ion-button>x</ion-button>"
     "</ion-buttons></ion-toolbar></ion-header><p>x</p>",
     '<view class="ion-header pwx-navbar" style="{{v0}}"><view class="ion-toolbar">'
     '<view class="ion-buttons a-slot-start" wx:if="{{v5}}"><view class="ion-back-button" '
     'hover-class="ion-activated" wx:if="{{v1}}" bindtap="$on" data-h="0"><view class="ion-icon {{v2}}"/></view>'
     '<view class="ion-back-button" hover-class="ion-activated" wx:if="{{v3}}" bindtap="$on" data-h="1">'
     '<view class="ion-icon {{v4}}"/></view></view>'
     '<view class="ion-title">A</view><view class="ion-buttons a-slot-end">'
     '<view class="ion-button" hover-class="ion-activated">x</view></view></view></view>'
     '<view class="h5-p">x</view>',
     ["h.navBar()", 'h.canGoBack("")', 'h.back("")', "h.canGoHome()", "h.home()",
      'h.canGoBack("") || h.canGoHome()']),  # (the buttons' box only while one shows: it has a margin)
    # ion-back-button goes back, or to its defaultHref when the page was opened directly; a header inside
    # ion-content (over a hero image) is not padded: the page starts below the status bar
    ("<ion-content><ion-header><ion-toolbar><ion-buttons slot='start'><ion-back-button [defaultHref]='home'>"
     "</ion-back-button></ion-buttons></ion-toolbar></ion-header></ion-content>",
     '<view class="pwx-status-bar" style="{{v3}}"/><view class="ion-content">'
     '<view class="ion-header pwx-navbar pwx-navbar-in-content" style="{{v2}}"><view class="ion-toolbar">'
     '<view class="ion-buttons a-slot-start"><view class="ion-back-button" hover-class="ion-activated" '
     'wx:if="{{v0}}" bindtap="$on" data-h="0"><view class="ion-icon {{v1}}"/></view></view></view></view></view>',
     ["h.canGoBack(c.home)", "h.back(c.home)"]),
    # a menu button is the toolbar's start: no back button is added
    ("<ion-header><ion-toolbar><ion-buttons slot='start'><ion-menu-button></ion-menu-button></ion-buttons>"
     "</ion-toolbar></ion-header>",
     '<view class="ion-header pwx-navbar" style="{{v0}}"><view class="ion-toolbar">'
     '<view class="ion-buttons a-slot-start"><view class="ion-menu-button" hover-class="ion-activated" '
     'bindtap="$on" data-h="0"><view class="ion-icon pwx-icon pwx-icon-menu"/></view></view></view></view>',
     ["h.navBar()"]),
    # no header: room for the status bar
    ("<ion-content><p>x</p></ion-content>",
     '<view class="pwx-status-bar" style="{{v0}}"/><view class="ion-content"><view class="h5-p">x</view></view>',
     ["h.navBar()"]),
]


@pytest.mark.parametrize("html,wxml,calls", CUSTOM_BAR)
def test_custom_bar_is_the_pages_own_header(html, wxml, calls):
    view, diags = compile_html(html, navigation="custom")
    assert re.sub(r">\s+<", "><", view.wxml).strip() == wxml
    code = view.render_js + view.handlers_js
    assert all(call in code for call in calls), code
    assert not diags.items
    component = compile_html(html, role="component", navigation="custom")[0]
    assert "pwx-navbar" not in component.wxml and "pwx-status-bar" not in component.wxml
