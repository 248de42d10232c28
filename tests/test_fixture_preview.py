"""The converted fixture runs: every page opens headlessly (real runtime, wcc-rendered WXML) and behaves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pwa2wx import preview
from pwa2wx.build.convert import convert
from pwa2wx.commands import cli
from tests import needs

pytestmark = needs.node


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("preview") / "trailbook"
    result = convert(Path("fixtures/trailbook"), target)
    assert result.diagnostics.count("error") == 0
    return target


PAGES = {
    "pages/trails/trails": ({}, ["Cedar Ridge Loop", "Lantern Lake Trail", "Granite Saddle", "Fern Creek Path",
                                 "7.4 km · 310 m climb", "Moderate"]),
    "pages/trail-detail/trail-detail": ({"trailId": "3"}, ["Granite Saddle", "12.8 km (8.0 mi)", "940 m", "summit"]),
    "pages/notes/notes": ({}, ["Save note", "Saved notes (0)"]),
    "pages/about/about": ({}, ["Trail guides for the valley", "Data service: https://api.trailbook.example"]),
}


def test_every_page_opens_without_errors(out):
    assert sorted(json.loads((out / "app.json").read_text())["pages"]) == sorted(PAGES)
    for page, (query, texts) in PAGES.items():
        result = preview.run(out, page, query)
        assert result.errors == [], (page, result.errors)
        for text in texts:
            assert text in result.text, (page, text, result.text)


def test_list_comes_from_bundled_json_not_the_network(out):
    result = preview.run(out, "pages/trails/trails")
    assert result.calls("request") == []
    assert result.data  # the page's view model was sent with setData


def test_list_detail_and_back(out):
    result = preview.run(out, "pages/trails/trails", actions=[{"tap": "Granite Saddle"}, {"back": 1}])
    assert result.errors == []
    detail = result.steps[0]
    assert detail["route"] == "pages/trail-detail/trail-detail" and "12.8 km (8.0 mi)" in detail["text"]
    assert result.route == "pages/trails/trails" and result.stack == ["pages/trails/trails"]


def test_detail_opened_by_its_url(out):
    result = preview.run(out, "/tabs/trails/4")
    assert result.errors == [] and result.route == "pages/trail-detail/trail-detail"
    assert "Follows the creek past small falls and fern banks." in result.text


def test_search_and_segment_filter_the_list(out):
    searched = preview.run(out, "pages/trails/trails", actions=[{"input": {"selector": "input"}, "value": "lake"}])
    assert "Lantern Lake Trail" in searched.text and "Granite Saddle" not in searched.text
    north = preview.run(out, "pages/trails/trails", actions=[{"tap": "North"}])
    assert "Cedar Ridge Loop" in north.text and "Fern Creek Path" not in north.text


def test_notes_form_saves_through_ionic_storage(out):
    result = preview.run(out, "pages/notes/notes",
                         actions=[{"input": {"selector": "input"}, "value": "Heron"}, {"tap": "Save note"}])
    assert result.errors == []
    assert "Saved notes (1)" in result.text and "1. Heron" in result.text
    assert {"title": "Note saved", "icon": "none", "duration": 1500} in result.calls("showToast")
    assert any("Heron" in str(v) for v in result.storage.values())
    again = preview.run(out, "pages/notes/notes", storage=result.storage)  # survives a restart
    assert "Saved notes (1)" in again.text and "1. Heron" in again.text


def test_a_note_is_deleted_from_its_swiped_open_options(out):
    saved = [{"input": {"selector": "input"}, "value": "Heron"}, {"tap": "Save note"}]
    swiped = preview.run(out, "pages/notes/notes", actions=[*saved, {"swipe": "1. Heron", "dx": -120}])
    assert "item-sliding-active-options" in json.dumps(swiped.tree)  # the options (Delete) show beside it
    closed = preview.run(out, "pages/notes/notes", actions=[*saved, {"swipe": "1. Heron", "dx": -120},
                                                            {"swipe": "1. Heron", "dx": 120}])
    assert "item-sliding-active-options" not in json.dumps(closed.tree)
    deleted = preview.run(out, "pages/notes/notes", actions=[*saved, {"swipe": "1. Heron", "dx": -120},
                                                             {"tap": "Delete"}])
    assert deleted.errors == []
    assert "Saved notes (0)" in deleted.text and "Heron" not in deleted.text


def test_the_command_names_the_pages_when_asked_for_one_that_is_not_there(out):
    result = CliRunner().invoke(cli.main, ["preview", str(out), "pages/nope/nope"])
    assert result.exit_code == 2 and "Traceback" not in result.output and "Require stack" not in result.output
    assert f"{out} has no page pages/nope/nope; its pages: pages/trails/trails, " in result.output


@pytest.mark.parametrize("args,message", [
    (["--query", "id"], "--query takes KEY=VALUE, got 'id'"),
    (["--action", "{tap"], "--action is not JSON"),
    (["--size", "big"], "takes WIDTHxHEIGHT in CSS px, got 'big'"),
])
def test_screenshot_takes_the_options_preview_takes(out, tmp_path, args, message):
    """One spelling across commands: --query KEY=VALUE and --action JSON, as for preview; bad values are usage
    errors (exit 2), not tracebacks."""
    result = CliRunner().invoke(cli.main, ["screenshot", str(out), "pages/trails/trails", "-o",
                                           str(tmp_path / "x.png"), *args])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert message in result.output


def test_the_summary_counts_in_words():
    assert cli._counts({"pages": 4, "components": 1, "errors": 0, "warnings": 1}) == \
        "4 pages, 1 component, 0 errors, 1 warning"
