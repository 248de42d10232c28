"""Public Ionic/Angular apps, converted from local copies (never committed): the Foundation issue's bar.

Set PWA2WX_REALAPPS to the folder holding them (default /work/realapps): conf-443e4b91 and conf-330cc004
(ionic-team/ionic-conference-app), photo-gallery-cf305c91 (ionic-team/tutorial-photo-gallery-angular), and
the 8 starters laid out as `ionic start` does (starter-angular[-standalone]-{blank,tabs,sidemenu,list}), each
with `npm ci --omit=dev --ignore-scripts` run in it. Skipped when absent.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from bridge import preview
from bridge.check import check
from bridge.convert import convert

REALAPPS = Path(os.environ.get("PWA2WX_REALAPPS", "/work/realapps"))
STARTERS = [f"starter-angular{kind}-{name}" for kind in ("", "-standalone") for name in ("blank", "tabs", "sidemenu",
                                                                                       "list")]
APPS = ["conf-443e4b91", "conf-330cc004", "photo-gallery-cf305c91", *STARTERS]
# Query parameters a page needs when opened on its own (as a shared link would open it).
QUERIES = {"session-detail": {"sessionId": "1"}, "speaker-detail": {"speakerId": "1"}, "view-message": {"id": "1"},
           "folder": {"folder": "Inbox"}}
# Modal pages read what their opener passes (componentProps): opened through the opener instead.
OPENED_BY = {"schedule-filter": ("pages/schedule/schedule",
                                 {"tap": {"selector": ".pwx-icon-options"}})}  # md: an icon button

pytestmark = pytest.mark.skipif(not REALAPPS.is_dir() or shutil.which("node") is None,
                                reason="real apps not present (PWA2WX_REALAPPS) or no Node.js")


@pytest.fixture(scope="module", params=APPS)
def converted(request, tmp_path_factory):
    src = REALAPPS / request.param
    if not src.is_dir():
        pytest.skip(f"{src} missing")
    out = tmp_path_factory.mktemp(request.param) / "out"
    result = convert(src, out)
    return request.param, out, result


def test_converts_and_passes_official_compilers(converted):
    name, out, result = converted
    assert result.diagnostics.count("error") == 0, [d for d in result.diagnostics.items if d.severity == "error"]
    assert (out / "project.config.json").is_file()
    findings = check(out)
    assert [d for d in findings.diagnostics.items if d.severity == "error"] == []
    if name.startswith("conf-"):
        assert result.seconds < 5


def test_every_page_opens_without_errors(converted):
    name, out, _ = converted
    for page in json.loads((out / "app.json").read_text())["pages"]:
        stem = page.rsplit("/", 1)[-1]
        if stem in OPENED_BY:
            opener, action = OPENED_BY[stem]
            result = preview.run(out, opener, actions=[action])
            assert result.route == page
        else:
            result = preview.run(out, page, QUERIES.get(stem, {}))
        assert result.errors == [], (name, page, result.errors)
        assert result.tree, (name, page)  # rendered (its title may be all it shows, in the native bar)
