"""The tab bar a page routed under the tabs drew in the PWA, drawn by the page itself.

WeChat shows its native tab bar only on the tab pages, while the PWA keeps its ion-tab-bar on every page
routed under its ion-tabs (a session's or a speaker's detail). Such a page ends with a copy of the native bar
(the same icons, colours and size, the tab it is under selected) whose taps switch tab through WeChat's
``<navigator open-type="switchTab">``, and room for it at the end of the page.
"""

from __future__ import annotations

from html import escape
from typing import Any

from pwa2wx.workspace import routes


def tab_of(page: routes.Page, tab_pages: list[routes.Page]) -> int | None:
    """Index of the tab ``page`` is routed under (its first URL under a tab continues that tab's), None when
    it is not under one or is a tab itself."""
    if not page.ancestors or any(tab.path == page.path for tab in tab_pages):
        return None
    for own in page.urls:
        under = [(len(url), i) for i, tab in enumerate(tab_pages) for url in tab.urls
                 if own.startswith(url.rstrip("/") + "/")]
        if under:
            return max(under)[1]
    return None


def wxml(entries: list[dict[str, Any]], selected: int, color: str, selected_color: str) -> str:
    """The bar: app.json's tabBar ``entries`` (pagePath, text, iconPath, selectedIconPath) as WeChat draws them."""
    items = []
    for i, entry in enumerate(entries):
        on = i == selected
        icon = entry["selectedIconPath"] if on else entry["iconPath"]
        items.append(f'<navigator class="pwx-tab" open-type="switchTab" url="/{escape(entry["pagePath"])}" '
                     f'hover-class="none"><image class="pwx-tab-icon" src="/{escape(icon)}"/>'
                     f'<text style="color:{selected_color if on else color}">{escape(entry["text"])}</text>'
                     "</navigator>")
    return '<view class="pwx-tab-space"/>\n<view class="pwx-tab-bar">' + "".join(items) + "</view>\n"
