"""The ``--report`` file, in the format the CI system reads.

- ``json`` (default): pwa2wx's own report, :func:`pwa2wx.diagnostics.write_report` (field names are a contract).
- ``sarif``: SARIF 2.1.0, which code-scanning UIs (GitHub, GitLab, Azure DevOps) show inline on the
  source lines. Locations are relative to the project folder (``uriBaseId`` ``SRCROOT``).
- ``junit``: JUnit XML for test-report viewers: one test case per diagnostic, failing exactly when that
  diagnostic fails the run (errors; warnings too with ``--strict``), plus one case for the run itself.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from pwa2wx import __version__
from pwa2wx.diagnostics import Diagnostic, Diagnostics, write_report
from pwa2wx.diagnostics.codes import CODES

FORMATS = ("json", "sarif", "junit")
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
ROOT_ID = "SRCROOT"


def write(path: Path, fmt: str, diagnostics: Diagnostics, summary: dict[str, Any], *, root: Path,
          command: str, strict: bool = False) -> None:
    """Write the report of one run of ``command`` ("convert", "check") on ``root`` (what paths are relative to)."""
    if fmt == "json":
        write_report(path, diagnostics, summary)
        return
    text = sarif(diagnostics, summary, root, command) if fmt == "sarif" else \
        junit(diagnostics, summary, command, strict)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def sarif(diagnostics: Diagnostics, summary: dict[str, Any], root: Path, command: str) -> str:
    """A SARIF 2.1.0 log with one run: a rule per diagnostic code that occurs, a result per diagnostic."""
    items = diagnostics.sorted()
    codes = sorted({d.code for d in items})
    rules = [{"id": code, "shortDescription": {"text": CODES[code].summary},
              "defaultConfiguration": {"level": SARIF_LEVELS[CODES[code].severity]}} for code in codes]
    run = {
        "tool": {"driver": {"name": "pwa2wx", "version": __version__, "rules": rules}},
        "automationDetails": {"id": f"pwa2wx/{command}/"},
        "originalUriBaseIds": {ROOT_ID: {"uri": root.resolve().as_uri() + "/"}},
        "invocations": [{"executionSuccessful": summary.get("errors", 0) == 0,
                         "commandLine": f"pwa2wx {command} {root}"}],
        "results": [_result(d, codes.index(d.code)) for d in items],
        "properties": {"summary": summary},
    }
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _result(d: Diagnostic, rule_index: int) -> dict[str, Any]:
    text = d.message + (f" (hint: {d.hint})" if d.hint else "")
    result: dict[str, Any] = {"ruleId": d.code, "ruleIndex": rule_index, "level": SARIF_LEVELS[d.severity],
                              "message": {"text": text}}
    if d.file:
        location: dict[str, Any] = {"artifactLocation": _artifact(d.file)}
        if d.line > 0:
            location["region"] = {"startLine": d.line, **({"startColumn": d.col} if d.col > 0 else {})}
        result["locations"] = [{"physicalLocation": location}]
    return result


def _artifact(file: str) -> dict[str, str]:
    path = Path(file)
    if path.is_absolute():
        return {"uri": path.as_uri()}
    return {"uri": path.as_posix(), "uriBaseId": ROOT_ID}


def junit(diagnostics: Diagnostics, summary: dict[str, Any], command: str, strict: bool = False) -> str:
    """JUnit XML: a test case per diagnostic (failing ones fail the run) and one for the run as a whole."""
    failing = ("error", "warning") if strict else ("error",)
    items = diagnostics.sorted()
    failures = sum(1 for d in items if d.severity in failing)
    tests, failed, seconds = str(len(items) + 1), str(failures + (1 if failures else 0)), str(summary.get("seconds", 0))
    suite = ET.Element("testsuite", name=f"pwa2wx {command}", tests=tests, failures=failed, errors="0", skipped="0",
                       time=seconds)
    properties = ET.SubElement(suite, "properties")
    for key, value in summary.items():
        ET.SubElement(properties, "property", name=key, value=json.dumps(value) if isinstance(value, (dict, list))
                      else str(value))
    run = ET.SubElement(suite, "testcase", classname=f"pwa2wx.{command}", name=command, time=seconds)
    if failures:
        ET.SubElement(run, "failure", type="failed", message=f"{failures} diagnostic(s) fail the run")
    for d in items:
        case = ET.SubElement(suite, "testcase", classname=f"pwa2wx.{d.code}", name=d.location(), file=d.file)
        text = f"{d.location()}: {d.severity} {d.code}: {d.message}" + (f"\nhint: {d.hint}" if d.hint else "")
        if d.severity in failing:
            ET.SubElement(case, "failure", type=d.code, message=d.message).text = text
        else:
            ET.SubElement(case, "system-out").text = text
    suites = ET.Element("testsuites", name="pwa2wx", tests=tests, failures=failed, errors="0", time=seconds)
    suites.append(suite)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
