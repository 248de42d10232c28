"""Classic scripts (angular.json ``scripts``, index.html ``<script src>``): their top-level names reach the window."""

from __future__ import annotations

from pwa2wx.script.classic import compile_classic


def test_top_level_names_are_read_back_when_the_script_parses_repaired() -> None:
    # The constructor on two lines makes tsparse parse it repaired, with `abstract` under a stand-in name.
    js = compile_classic("var abstract = 1;\nclass A { constructor\n  (a) {} }\n", "src/a.js", "pwa2wx/scripts/1-a.js")
    assert "window.abstract = " in js and "ab$tract" not in js
    assert "constructor(" in js
