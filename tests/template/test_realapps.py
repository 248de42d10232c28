"""Real apps (the corpus, prepared by tests/corpus.py): every template of the Ionic conference app (two commits) and
of the eight Ionic starters compiles with WeChat's wcc with no error diagnostic from the template stage, its
JS parses as ES2017, and its WXML reads only plain view-model paths. The conference app's schedule page
and speaker list, given a component state built from the app's own data.json, render the session and
speaker names through view.js and wcc's output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from harness import check_js, non_plain, run, wcc_compile

from pwa2wx.diagnostics import Diagnostics
from pwa2wx.template import TemplateContext, compile_component
from pwa2wx.workspace import project
from tests import corpus, needs

APPS = ["conf-443e4b91", "conf-330cc004", *(f"starter-angular{s}-{k}" for s in ("", "-standalone")
                                           for k in ("blank", "tabs", "sidemenu", "list"))]


def compile_app(root: Path):
    proj = project.load(root)
    diags = Diagnostics()
    svg = root / "node_modules" / "ionicons" / "dist" / "svg"

    def icon(name: str) -> str | None:
        return f"/pwa2wx/icons/{name}.svg" if (svg / f"{name}.svg").is_file() else None

    texts = [c.template.text for c in proj.components.values() if c.template]
    views = {}
    for key, comp in sorted(proj.components.items()):
        child = comp.selector is not None and any(f"<{comp.selector}" in t for t in texts)
        ctx = TemplateContext(project=proj, role="component" if child else "page", diagnostics=diags,
                              component_path=lambda c: f"/components/{c.name}/{c.name}", icon=icon)
        views[key] = compile_component(comp, ctx)
    return proj, views, diags


@pytest.fixture(scope="module", params=APPS)
def app(request):
    root = corpus.app(request.param)
    return root, *compile_app(root)


def test_every_template_compiles(app):
    root, proj, views, diags = app
    assert views, "no components found"
    errors = [f"{d.location()}: {d.message}" for d in diags.items if d.severity == "error"]
    assert errors == []
    pages = {f"pages/{k.split('#')[1]}/{k.split('#')[1]}.wxml": v for k, v in views.items()}
    result = wcc_compile(pages)
    assert result.ok and result.messages == [], result.messages
    for key, view in views.items():
        assert non_plain(view.wxml) == [], key
        check_js(view)


def page(views, class_name: str):
    return next(v for k, v in views.items() if k.endswith("#" + class_name))


@needs.node
@pytest.mark.parametrize("name", ["conf-443e4b91", "conf-330cc004"])
def test_conference_pages_render_names(name):
    root = corpus.app(name)
    data = json.loads((root / "src/assets/data/data.json").read_text(encoding="utf-8"))
    _, views, _ = compile_app(root)
    schedule, speakers = page(views, "SchedulePage"), page(views, "SpeakerListPage")
    groups = [{"time": g["time"], "hide": False,
               "sessions": [{**s, "hide": False} for s in g["sessions"]]} for g in data["schedule"][0]["groups"]]
    sessions = [s for g in groups for s in g["sessions"]]
    people = [{**sp, "sessions": [s for s in sessions if sp["name"] in s.get("speakerNames", [])]}
              for sp in data["speakers"]]
    compiled = wcc_compile({"pages/schedule/schedule.wxml": schedule, "pages/speakers/speakers.wxml": speakers})
    schedule_state = {"groups": groups, "shownSessions": len(sessions), "segment": "all", "ios": False,
                      "showSearchbar": False, "queryText": ""}
    out = run([{"view": schedule, "state": json.dumps(schedule_state), "page": "pages/schedule/schedule.wxml"},
               {"view": speakers, "state": json.dumps({"speakers": people}), "page": "pages/speakers/speakers.wxml"}],
              compiled.output)
    assert all("error" not in o for o in out), out
    for s in sessions:
        assert s["name"] in out[0]["text"]
    for sp in data["speakers"]:
        assert sp["name"] in out[1]["text"]
