"""The one diagnostic type: registered codes, compiler-style printing, the JSON report contract."""

import json

import pytest

from pwa2wx.diagnostics import Diagnostic, Diagnostics, code_frame, format_diagnostic, write_report
from pwa2wx.diagnostics.codes import CODES


def test_unregistered_code_is_refused():
    with pytest.raises(ValueError):
        Diagnostic("a.html", 1, 1, "error", "PWX998", "x")


def test_code_ranges_follow_the_areas():
    ranges = {"1": "template", "2": "style", "3": "script", "4": "project", "5": "login", "9": "internal"}
    for code, spec in CODES.items():
        assert code[:3] == "PWX" and code[3] in ranges and len(code) == 6
        assert spec.severity in ("error", "warning", "info")


def test_printed_like_a_compiler_with_code_frame(tmp_path):
    (tmp_path / "a.html").write_text("<div>\n  <p>{{ a | }}</p>\n</div>\n")
    d = Diagnostic("a.html", 2, 11, "error", "PWX102", "pipe name expected", "write `a | date`")
    text = format_diagnostic(d, tmp_path)
    assert text.splitlines()[0] == "a.html:2:11: error PWX102: pipe name expected"
    assert "> 2 |   <p>{{ a | }}</p>" in text.splitlines()
    assert "    |           ^" in text.splitlines()
    assert text.endswith("hint: write `a | date`")


def test_code_frame_out_of_range_is_empty():
    assert code_frame("one line", 5, 1) == ""


def test_report_has_the_contract_fields(tmp_path):
    diags = Diagnostics()
    diags.add("PWX201", "bad scss", "src/a.scss", 3, 4)
    diags.add("PWX103", "unknown element <x-y>", "src/a.html", 1, 1, hint="install it")
    write_report(tmp_path / "r.json", diags, {"pages": 1})
    data = json.loads((tmp_path / "r.json").read_text())
    assert set(data) == {"diagnostics", "summary"}
    assert [d["file"] for d in data["diagnostics"]] == ["src/a.html", "src/a.scss"]
    assert set(data["diagnostics"][0]) == {"file", "line", "col", "severity", "code", "message", "hint"}
    assert data["diagnostics"][1]["severity"] == "error"
    assert data["summary"] == {"pages": 1}


def test_a_finding_many_units_meet_counts_once():
    """A global stylesheet every page imports reports its findings from each page's compile: one finding each."""
    diags = Diagnostics()
    for _ in range(3):
        diags.add("PWX202", "':host' in a global stylesheet matches nothing", "node_modules/x/all.css", 6370, 1)
    diags.add("PWX202", "':host' in a global stylesheet matches nothing", "node_modules/x/all.css", 6379, 1)
    assert diags.count("warning") == 2 == len(diags.sorted())


def test_a_long_line_shows_the_part_around_the_column():
    """A minified stylesheet's one line printed whole filled the terminal (27,577 characters)."""
    line = "a" * 5000 + "BAD" + "b" * 5000
    shown, caret = code_frame(line, 1, 5001).splitlines()
    assert len(shown) < 120 and "…" + "a" * 50 + "BAD" in shown and shown.endswith("b…")
    assert caret.index("^") == shown.index("BAD")
