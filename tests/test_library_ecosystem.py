"""Angular libraries run as Angular runs them, in the phrasebook fixture (installed from npm by `make fixtures`,
both libraries in the partial compilation format ng-packagr writes): ngx-translate's service and pipe, with the
translations its HTTP loader reads from assets/i18n/*.json and a language switch, and an NgRx store whose list
and selector update after a dispatch."""

from __future__ import annotations

from pathlib import Path

import pytest

from pwa2wx import preview
from pwa2wx.build.convert import convert
from tests import needs

pytestmark = needs.node

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "phrasebook"
PAGE = "pages/phrases/phrases"


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    assert (FIXTURE / "node_modules" / "@ngx-translate" / "core").is_dir(), "run `make fixtures`"
    target = tmp_path_factory.mktemp("ecosystem") / "phrasebook"
    result = convert(FIXTURE, target)
    assert [d for d in result.diagnostics.items if d.severity != "info"] == []
    return target


def test_translated_text_comes_from_the_json_files(out):
    result = preview.run(out, PAGE, settle_ms=3000)
    assert result.errors == []
    assert result.text.splitlines() == ["Phrasebook", "Hello, Mia!", "2 phrases", "Good morning", "Thank you",
                                        "Add a phrase", "Deutsch"]


def test_a_dispatch_updates_the_list_and_a_language_switch_the_text(out):
    result = preview.run(out, PAGE, actions=[{"tap": "Add a phrase"}, {"tap": "Deutsch"}], settle_ms=3000)
    assert result.errors == []
    added, switched = (step["text"].splitlines() for step in result.steps)
    assert added == ["Phrasebook", "Hello, Mia!", "3 phrases", "Good morning", "Thank you", "See you soon",
                     "Add a phrase", "Deutsch"]
    assert switched == ["Sprachführer", "Hallo, Mia!", "3 Sätze", "Good morning", "Thank you", "See you soon",
                        "Satz hinzufügen", "English"]
