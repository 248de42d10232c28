"""An app ships the runtime files its code reaches, and no others (bench/runtime_size.py measures the bytes).

The blank starter's code reads no browser global but the timers rxjs uses, so web.js and what only web.js needs
(the URL classes, the request core, Web Storage) stay out; the conference app reads `window`, so it ships them.
Its template uses no pipe, form, reference or menu, and its modules import IonicModule, CommonModule and
FormsModule by name, so neither the pipes, the form model, the overlay controllers nor the signals ship.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pwa2wx.build.convert import convert
from tests import corpus

WEB_ONLY = ("web.js", "url.js", "http.js", "storage.js")
UNUSED_BY_THE_BLANK_STARTER = ("pipes.js", "angular/forms.js", "angular/common.js", "ionic/angular.js",
                               "ionic/overlays.js", "angular/core.js", "angular/core/signals.js", "view/pipes.js",
                               "view/forms.js", "view/refs.js", "view/menus.js", "view/controls.js", "view/links.js",
                               "component.js")
# The blank starter's runtime as measured when it was cut by feature (109,286 bytes, its navigation bar included), with
# room for small changes: a rise past it means some file started requiring more than it needs (README "Speed and
# size").
BLANK_STARTER_BUDGET = 113_000


def shipped(app: str, tmp_path: Path) -> dict[str, int]:
    result = convert(corpus.app(app), tmp_path / "out", project_name=corpus.project(app), write=False)
    return {p.removeprefix("pwa2wx/runtime/"): len(b) for p, b in result.files.items()
            if p.startswith("pwa2wx/runtime/") and p.endswith(".js")}


def test_the_blank_starter_ships_no_browser_globals_and_stays_in_its_budget(tmp_path: Path):
    files = shipped("starter-angular-blank", tmp_path)
    assert {"index.js", "view.js", "timers.js", "dom.js"} <= files.keys()
    assert [f for f in WEB_ONLY + UNUSED_BY_THE_BLANK_STARTER if f in files] == []
    assert sum(files.values()) <= BLANK_STARTER_BUDGET


@pytest.mark.parametrize("app", ["conf-443e4b91"])
def test_an_app_reading_browser_globals_ships_them_and_one_using_pipes_forms_and_menus_their_files(app: str,
                                                                                                   tmp_path: Path):
    assert set(WEB_ONLY) | {"pipes.js", "angular/forms.js", "view/pipes.js", "view/forms.js", "view/menus.js"} \
        <= shipped(app, tmp_path).keys()
