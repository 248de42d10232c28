"""End to end on the Ionic conference app: convert it, open it in the headless preview, use it as a person would.

The app comes from the corpus (tests/corpus.py: a prepared copy; under CI=true a missing corpus fails); the
fixture's equivalent is tests/test_fixture_preview.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pwa2wx import preview
from tests import corpus

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
