"""Bad input: a located diagnostic, the right exit code, and the rest of the project still converted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.workspace import copy_fixture


def convert(src: Path, out: Path) -> tuple[subprocess.CompletedProcess, dict]:
    report = out.parent / "report.json"
    proc = subprocess.run([sys.executable, "-m", "pwa2wx", "convert", str(src), "-o", str(out),
                           "--report", str(report)], capture_output=True, text=True)
    return proc, json.loads(report.read_text()) if report.exists() else {}


BREAKAGES = {
    # file, find, replace, expected code, expected line
    "template": ("src/app/about/about.page.html", "<h2>Trailbook</h2>", "<h2>Trailbook</h3 <p>", "PWX101", 8),
    "scss": ("src/app/trails/trails.page.scss", "margin: 8px 12px;", "margin: $gap;", "PWX201", 2),
    "typescript": ("src/app/services/notes.service.ts", "async list(): Promise<Note[]> {",
                   "async list(): Promise<Note[]> {{", "PWX301", 0),
}


@pytest.mark.parametrize("kind", sorted(BREAKAGES))
def test_file_level_error_is_located_and_the_rest_converts(tmp_path, kind):
    rel, find, replace, code, line = BREAKAGES[kind]
    src = copy_fixture(Path("fixtures/trailbook"), tmp_path / "app")
    path = src / rel
    path.write_text(path.read_text().replace(find, replace, 1))
    out = tmp_path / "out"
    proc, report = convert(src, out)
    assert proc.returncode == 1, proc.stderr
    found = [d for d in report["diagnostics"] if d["code"] == code]
    assert found and found[0]["file"] == rel, report["diagnostics"]
    if line:
        assert found[0]["line"] == line
    assert f"{rel}:{found[0]['line']}:{found[0]['col']}: error {code}" in proc.stderr
    assert (out / "app.json").is_file()
    pages = json.loads((out / "app.json").read_text())["pages"]
    assert len(pages) == 4 and all((out / (p + ".wxml")).is_file() for p in pages)


def test_bad_config_value_exits_2_naming_the_key(tmp_path):
    src = copy_fixture(Path("fixtures/trailbook"), tmp_path / "app")
    (src / "pwa2wx.toml").write_text('[app]\nappid = 42\n')
    proc, report = convert(src, tmp_path / "out")
    assert proc.returncode == 2
    assert "pwa2wx.toml:2:1: error PWX401: [app] appid must be a string, got an integer" in proc.stderr
    assert report["diagnostics"][0]["code"] == "PWX401"
    assert not (tmp_path / "out").exists()
