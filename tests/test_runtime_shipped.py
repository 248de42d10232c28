"""An app ships the runtime files its code reaches, and no others (bench/runtime_size.py measures the bytes).

The blank starter's code reads no browser global but the timers rxjs uses, so web.js and what only web.js needs
(the URL classes, the request core, Web Storage) stay out; the conference app reads `window`, so it ships them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pwa2wx.build.convert import convert
from tests import corpus

WEB_ONLY = ("web.js", "url.js", "http.js", "storage.js")
# The blank starter's runtime as measured when it was pruned (180,448 bytes), with room for small changes: a rise
# past it means some file started requiring more than it needs (README "Speed and size").
BLANK_STARTER_BUDGET = 185_000


def shipped(app: str, tmp_path: Path) -> dict[str, int]:
    result = convert(corpus.app(app), tmp_path / "out", project_name=corpus.project(app), write=False)
    return {p.removeprefix("pwa2wx/runtime/"): len(b) for p, b in result.files.items()
            if p.startswith("pwa2wx/runtime/") and p.endswith(".js")}


def test_the_blank_starter_ships_no_browser_globals_and_stays_in_its_budget(tmp_path: Path):
    files = shipped("starter-angular-blank", tmp_path)
    assert {"index.js", "view.js", "timers.js", "dom.js"} <= files.keys()
    assert [f for f in WEB_ONLY if f in files] == []
    assert sum(files.values()) <= BLANK_STARTER_BUDGET


@pytest.mark.parametrize("app", ["conf-443e4b91"])
def test_an_app_reading_browser_globals_ships_them(app: str, tmp_path: Path):
    assert set(WEB_ONLY) <= shipped(app, tmp_path).keys()
