"""End to end on the Ionic conference app: convert it, open it in the headless preview, use it as a person would.

The app comes from the corpus (tests/corpus.py: a prepared copy; under CI=true a missing corpus fails); the
fixture's equivalent is tests/test_fixture_preview.py."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pwa2wx import preview
from pwa2wx.commands.check import check
from pwa2wx.screenshot import dom, render_html
from tests import corpus, needs

ROOT = Path(__file__).resolve().parent.parent


def convert(src: Path, out: Path) -> Path:
    proc = subprocess.run([sys.executable, "-m", "pwa2wx", "convert", str(src), "-o", str(out), "--quiet"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out


def lines(result: preview.PreviewResult) -> list[str]:
    return result.text.splitlines()


# ---- the Ionic conference app (issue 5's bar)

@pytest.fixture(scope="module")
def conference(tmp_path_factory) -> Path:
    return convert(corpus.app("conf-443e4b91"), tmp_path_factory.mktemp("preview") / "conference")


def test_conference_schedule_speakers_and_detail(conference):
    schedule = preview.run(conference, "pages/schedule/schedule")
    assert schedule.errors == []
    assert "Getting Started with Ionic" in lines(schedule)
    speakers = preview.run(conference, "pages/speaker-list/speaker-list")
    assert speakers.errors == []
    assert "Burt Bear" in lines(speakers)
    detail = preview.run(conference, "pages/session-detail/session-detail", {"sessionId": "1"})
    assert detail.errors == []
    assert lines(detail)[0] == "Breakfast"


def test_conference_tap_opens_detail(conference):
    r = preview.run(conference, "pages/schedule/schedule", actions=[{"tap": "Getting Started with Ionic"}])
    assert r.errors == []
    assert r.stack == ["pages/schedule/schedule", "pages/session-detail/session-detail"]
    assert lines(r)[0] == "Getting Started with Ionic"


def test_conference_search_filters_the_schedule(conference):
    r = preview.run(conference, "pages/schedule/schedule",
                    actions=[{"input": {"selector": "input"}, "value": "angular"}])
    assert r.errors == []
    shown = lines(r)
    assert "What's New in Angular" in shown and "Angular Directives in Ionic" in shown
    assert "Breakfast" not in shown and "Getting Started with Ionic" not in shown


def test_conference_favorite_shows_under_favorites(conference):
    r = preview.run(conference, "pages/schedule/schedule", actions=[
        {"tap": "Ionic Tooling"},
        {"tap": {"selector": ".ion-buttons .ion-button", "index": 0}},   # the star: toggleFavorite()
        {"back": 1},
        {"tap": "Favorites"},
    ])
    assert r.errors == []
    shown = lines(r)
    assert "Ionic Tooling" in shown                  # one UserService instance for both pages
    assert "Breakfast" not in shown


def test_conference_login_then_account(conference):
    r = preview.run(conference, "pages/login/login", actions=[
        {"input": {"selector": "input", "index": 0}, "value": "burt"},
        {"input": {"selector": "input", "index": 1}, "value": "secret"},
        {"tap": {"selector": ".ion-button.a-expand-block", "index": 0}},   # Login
        {"navigate": "/account"},
    ])
    assert r.errors == []
    assert r.steps[2]["route"] == "pages/schedule/schedule"   # navigateByUrl('/app/tabs/schedule') → switchTab
    assert r.storage["_ionicstorage/_ionickv/username"] == "burt"
    assert "burt" in lines(r)


def test_conference_tutorial_guard_skips_when_done(conference):
    first = preview.run(conference, "pages/tutorial/tutorial")
    assert first.errors == [] and first.route == "pages/tutorial/tutorial"
    done = preview.run(conference, "pages/tutorial/tutorial", storage={"_ionicstorage/_ionickv/ion_did_tutorial": True})
    assert done.errors == []
    assert done.stack == ["pages/schedule/schedule"]     # canMatch guard navigated away (switchTab)


# ---- its pages draw their own ion-header as the navigation bar ([style] navigation = "custom", the default)

# Measures, in the rendered screen, the boxes [left, top, right, bottom] (CSS px) of WeChat's capsule and of the
# page's elements each selector names, and how many of the bar's titles are cut (text wider than their box).
MEASURE = """<script>addEventListener('load', function () {
  var page = document.querySelector('iframe').contentDocument, selectors = %s;
  function box(e) { var r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }
  function cut(e) { return e.scrollWidth > e.clientWidth; }
  var found = {capsule: box(document.querySelector('.cap')),
    cut: Array.from(page.querySelectorAll('.pwx-navbar .ion-title')).filter(cut).length};
  Object.keys(selectors).forEach(function (k) { found[k] = Array.from(page.querySelectorAll(selectors[k])).map(box); });
  document.body.setAttribute('data-boxes', JSON.stringify(found));
});</script>"""


def measure(out: Path, page: str, width: int, height: int, **selectors: str) -> dict:
    screen = render_html(out, page, width=width, height=height)
    shown = dom(screen.replace("</body></html>", MEASURE % json.dumps(selectors) + "</body></html>"), width, height)
    return json.loads(html.unescape(re.search(r'data-boxes="([^"]*)"', shown).group(1)))


@pytest.mark.parametrize("width,height", [(375, 667), (414, 896)])
def test_conference_end_buttons_stay_clear_of_the_capsule(conference, width, height):
    needs.chromium()
    boxes = measure(conference, "/app/tabs/schedule", width, height, ends=".pwx-navbar .a-slot-end .ion-button",
                    toolbars=".pwx-navbar .ion-toolbar")
    left, top, right, bottom = boxes["capsule"]
    assert (right, top) == (width - 7, 24)  # WeChat's place for it: 7 px from the edge, 4 below the status bar
    ends = boxes["ends"]
    assert len(ends) == 2  # search and filter
    assert all(end[2] <= left for end in ends)  # left of the capsule, not under it
    assert left - max(end[2] for end in ends) <= 16  # and at the end of the bar, as in the PWA
    first_bar = boxes["toolbars"][0]
    assert first_bar[:3] == [0, 0, width] and all(end[1] >= 20 for end in ends)  # below the status bar (20 px)
    assert boxes["cut"] == 0  # "Schedule" beside the two end buttons, not "Sched…"


def test_conference_tab_bar_is_drawn_as_ion_tab_bar_with_the_fab_above_it(conference):
    needs.chromium()
    boxes = measure(conference, "/app/tabs/schedule", 375, 667, bar=".pwx-tab-bar", fab=".ion-fab")
    (bar,), (fab,) = boxes["bar"], boxes["fab"]
    assert bar == [0, 667 - 57, 375, 667]  # md's ion-tab-bar: 56 px and its 1 px top border, at the bottom
    assert fab[3] <= bar[1]  # the fab stays above it, as ion-content ends above the bar in the PWA


def test_conference_back_button_goes_back(conference):
    r = preview.run(conference, "pages/schedule/schedule", actions=[
        {"tap": "Getting Started with Ionic"},
        {"tap": {"selector": ".ion-back-button"}},
    ])
    assert r.errors == []
    assert r.steps[0]["route"] == "pages/session-detail/session-detail"
    assert r.stack == ["pages/schedule/schedule"]


def test_conference_back_button_of_a_page_opened_directly_goes_to_its_default_href(conference):
    r = preview.run(conference, "pages/session-detail/session-detail", {"sessionId": "1"},
                    actions=[{"tap": {"selector": ".ion-back-button"}}])
    assert r.errors == []
    assert r.stack == ["pages/schedule/schedule"]  # defaultHref /app/tabs/schedule, a tab page


def test_conference_date_popover_opens_on_its_trigger_and_closes_on_its_backdrop(conference):
    # about.html: <ion-item id="open-date-input"> … <ion-popover trigger="open-date-input"> <ion-datetime>
    r = preview.run(conference, "pages/about/about", actions=[
        {"tap": "Date"},
        {"tap": {"selector": ".pwx-overlay-backdrop"}},
    ])
    assert r.errors == []
    before = lines(preview.run(conference, "pages/about/about"))
    opened, closed = (step["text"].splitlines() for step in r.steps)
    assert "May 17, 2047" in before and "2047-05-17" not in before  # the picker's raw value stays hidden
    assert "2047-05-17" in opened
    assert "2047-05-17" not in closed and "May 17, 2047" in closed


def selected_tab(tree: list) -> list[str]:
    """The labels of the tab bars' selected tabs in a rendered tree (the selected tab's icon is the -active PNG)."""
    found: list[str] = []
    for node in tree:
        if isinstance(node, dict):
            kids = node.get("children") or []
            if "pwx-tab" in str((node.get("attr") or {}).get("class", "")).split() and any(
                    isinstance(k, dict) and str((k.get("attr") or {}).get("src", "")).endswith("-active.png")
                    for k in kids):
                found += [t for k in kids if isinstance(k, dict) and k.get("tag") == "text"
                          for t in k.get("children") or [] if isinstance(t, str)]
            found += selected_tab(kids)
    return found


def test_conference_tab_bar_is_ionics_on_tab_pages_and_the_pages_under_them(conference):
    # app.json's tabBar is custom: custom-tab-bar/index draws ion-tab-bar; session detail, routed under
    # /app/tabs/schedule, draws it itself (WeChat shows a tab bar on tab pages only)
    assert json.loads((conference / "app.json").read_text())["tabBar"]["custom"] is True
    errors = [f"{d.location()}: {d.message}" for d in check(conference).diagnostics.items if d.severity == "error"]
    assert errors == []  # the component and the pages drawing it pass wcc/wcsc and check's tab bar rules
    schedule = preview.run(conference, "pages/schedule/schedule")
    assert selected_tab(schedule.tree) == ["Schedule"]
    r = preview.run(conference, "pages/schedule/schedule", actions=[
        {"tap": "Getting Started with Ionic"},
        {"tap": {"selector": ".pwx-tab", "index": 1}},  # the drawn bar's Speakers tab: switches tab
    ])
    assert r.errors == []
    assert r.steps[0]["route"] == "pages/session-detail/session-detail"
    assert r.stack == ["pages/speaker-list/speaker-list"]
    assert [c["url"] for c in r.calls("switchTab")] == ["/pages/speaker-list/speaker-list"]
    assert selected_tab(r.tree) == ["Speakers"]
    assert '<pwx-tab-bar tab="{{0}}"/>' in (conference / "pages/session-detail/session-detail.wxml").read_text()
    assert "<pwx-tab-bar" not in (conference / "pages/schedule/schedule.wxml").read_text()  # WeChat draws a tab's


def test_conference_selected_tab_follows_the_tab_the_page_was_opened_from(conference):
    # the same session detail is /app/tabs/schedule/session/1 from the schedule, /app/tabs/speakers/session/1
    # from the speakers: its bar selects the tab the user came from, and on a page opened directly the tab its
    # route is under
    from_schedule = preview.run(conference, "pages/schedule/schedule", actions=[{"tap": "Breakfast"}])
    from_speakers = preview.run(conference, "pages/speaker-list/speaker-list", actions=[{"tap": "Ionic Pro"}])
    direct = preview.run(conference, "pages/session-detail/session-detail", {"sessionId": "1"})
    for r in (from_schedule, from_speakers, direct):
        assert r.errors == [] and r.route == "pages/session-detail/session-detail"
    assert selected_tab(from_schedule.tree) == ["Schedule"]
    assert selected_tab(from_speakers.tree) == ["Speakers"]
    assert selected_tab(direct.tree) == ["Schedule"]


def test_conference_header_over_a_photo_starts_below_the_status_bar(conference):
    # about.html: <ion-content><ion-header> (a transparent toolbar) over the .about-header photo: the page starts
    # below the status bar, so the photo is where the PWA shows it and its height (30% of the content) the same
    needs.chromium()
    boxes = measure(conference, "/app/tabs/about", 375, 687, photo=".about-header", bar=".pwx-navbar .ion-toolbar")
    (photo,), (bar,) = boxes["photo"], boxes["bar"]
    assert photo[1] == bar[1] == 20  # both just below the 20 px status bar
    assert photo[3] - photo[1] == pytest.approx(0.3 * (687 - 20 - 57), abs=1)  # 30% of the PWA's 610 px content
