"""Atomic output, and never writing into (or around) the user's project."""

import os
from pathlib import Path

import pytest

from pwa2wx.diagnostics import ConversionError
from pwa2wx.output import emit, graph
from tests.tables import table


def test_write_replaces_the_whole_folder(tmp_path):
    out = tmp_path / "out"
    emit.write(out, {"app.json": b"{}", "pages/a/a.js": b"1"})
    (out / "project.private.config.json").write_text("devtools")
    emit.write(out, {"app.json": b"{\"x\":1}", "pages/b/b.js": b"2"})
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == \
        ["app.json", "pages/b/b.js", "project.private.config.json"]
    assert (out / "project.private.config.json").read_text() == "devtools"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no temp folders left behind


def test_failed_write_keeps_the_previous_output(tmp_path, monkeypatch):
    out = tmp_path / "out"
    emit.write(out, {"app.json": b"old"})

    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "rename", boom)
    with pytest.raises(OSError):
        emit.write(out, {"app.json": b"new"})
    assert (out / "app.json").read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


@pytest.mark.parametrize("where", ["same", "inside", "parent"])
def test_overlapping_output_is_refused(tmp_path, where):
    src = tmp_path / "app"
    src.mkdir()
    out = {"same": src, "inside": src / "dist", "parent": tmp_path}[where]
    with pytest.raises(ConversionError) as err:
        emit.check_locations(src, out)
    assert err.value.diagnostic.code == "PWX410"


def test_foreign_non_empty_folder_is_refused(tmp_path):
    src, out = tmp_path / "app", tmp_path / "docs"
    src.mkdir()
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    with pytest.raises(ConversionError, match="not a mini program folder"):
        emit.check_locations(src, out)
    emit.check_locations(src, tmp_path / "fresh")  # a new folder is fine
    assert Path(out / "notes.txt").read_text() == "mine"


@table("path, text, expected", [
    ("pages/a/a.js", "var rt = require('../../pwa2wx/runtime/index.js'); require(\"./b\");",
     ["pwa2wx/runtime/index.js", "pages/a/b.js"]),
    ("app.wxss", '@import "pwa2wx/theme/core.wxss";\n@import url("/pwa2wx/icons/glyphs.wxss");',
     ["pwa2wx/theme/core.wxss", "pwa2wx/icons/glyphs.wxss"]),
    ("pages/a/a.wxss", "@import '../shared';", ["pages/shared.wxss"]),
    ("pages/a/a.wxml", "<import src='x.wxml'/>", []),
])
def test_what_an_output_file_loads(path, text, expected):
    assert graph.loads(path, text) == expected
