"""The constructs table (constructs.golden): each Angular template construct → expected WXML, and for a
given component state the view model the render function produces, the text WeChat's wcc output shows
with it, and after events (taps, inputs, page hooks) the handler results and the component state.

Every WXML compiles with wcc, every mustache is a plain view-model path, every JS parses as ES2017.
Set PWA2WX_UPDATE_GOLDEN=1 to rewrite the expectations from the current output (then review the diff).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from harness import check_js, compile_html, non_plain, run, wcc_compile

from tests import needs

GOLDEN = Path(__file__).with_name("constructs.golden")
HOST = ("{navigate: function (url, extras) { return url + ' ' + JSON.stringify(extras); }, "
        "currentUrl: function () { return '/list/3'; }, mode: 'md'}")


@dataclass
class Case:
    id: str
    sections: dict[str, str] = field(default_factory=dict)

    def json(self, name: str):
        return json.loads(self.sections[name]) if name in self.sections else None


def read_golden() -> tuple[list[str], list[Case]]:
    """The header comment lines and the cases; a section runs to the next "-- " or "## " line."""
    header: list[str] = []
    cases: list[Case] = []
    lines: dict[tuple[int, str], list[str]] = {}
    current: str | None = None
    for line in GOLDEN.read_text(encoding="utf-8").split("\n"):
        if line.startswith("## "):
            cases.append(Case(line[3:].strip()))
            current = None
        elif line.startswith("-- ") and cases:
            current = line[3:].strip()
            lines[(len(cases) - 1, current)] = []
        elif cases and current is not None:
            lines[(len(cases) - 1, current)].append(line)
        elif not cases:
            header.append(line)
    for (index, name), body in lines.items():
        while body and not body[-1]:
            body.pop()
        cases[index].sections[name] = "\n".join(body)
    return header, cases


HEADER, CASES = read_golden()


def write_golden(results: dict[str, dict]) -> None:
    out = [*HEADER]
    for case in CASES:
        got = results[case.id]
        out += [f"## {case.id}", "-- angular", case.sections["angular"], "-- state", case.sections["state"],
                "-- wxml", got["wxml"].rstrip("\n"), "-- vm", json.dumps(got["vm"], ensure_ascii=False),
                "-- text", got["text"]]
        if "events" in case.sections:
            out += ["-- events", case.sections["events"], "-- results", json.dumps(got["results"], ensure_ascii=False),
                    "-- final", json.dumps(got["state"], ensure_ascii=False)]
        out.append("")
    GOLDEN.write_text("\n".join(out), encoding="utf-8")


@pytest.fixture(scope="module")
def outcomes():
    views = {case.id: compile_html(case.sections["angular"]) for case in CASES}
    pages = {f"pages/{cid}/{cid}.wxml": view for cid, (view, _) in views.items()}
    compiled = wcc_compile(pages)
    assert compiled.ok and not compiled.messages, compiled.messages
    jobs = [{"view": views[c.id][0], "state": c.sections["state"], "events": c.json("events") or [],
             "page": f"pages/{c.id}/{c.id}.wxml", "host": HOST} for c in CASES]
    results = dict(zip([c.id for c in CASES], run(jobs, compiled.output), strict=True))
    for cid, (view, diags) in views.items():
        results[cid].update(wxml=view.wxml, view=view, diags=diags)
    if os.environ.get("PWA2WX_UPDATE_GOLDEN"):
        write_golden(results)
    return results


@needs.node
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_construct(case: Case, outcomes):
    got = outcomes[case.id]
    assert "error" not in got, got.get("error")
    assert got["wxml"].rstrip("\n") == case.sections["wxml"]
    assert non_plain(got["wxml"]) == []
    check_js(got["view"])
    assert [d for d in got["diags"].items if d.severity == "error"] == []
    assert got["vm"] == case.json("vm")
    assert got["text"] == case.sections["text"]
    if "events" in case.sections:
        assert got["results"] == case.json("results")
        assert got["state"] == case.json("final")
