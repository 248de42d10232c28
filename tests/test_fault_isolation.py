"""Our own bugs stay in the unit they happen in: a PWX9xx error at that unit's file, the traceback in the
report and never on the terminal, a placeholder for that unit, everything else converted, exit 1.

The bugs are made on purpose: one stage function is patched to raise for one unit. The CLI runs in this
process (click's runner) so that the patch applies, in forked workers (--jobs) too.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pwa2wx.build import parallel
from pwa2wx.commands import cli
from pwa2wx.commands.check import check
from pwa2wx.diagnostics import Diagnostic
from pwa2wx.output import placeholder, tabbar
from pwa2wx.script import npm
from pwa2wx.style import StyleCompiler
from pwa2wx.template import compiler as template_compiler
from tests.workspace import copy_fixture, link_runtime_packages

ABOUT = "src/app/about/about.page.html"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli.main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


@pytest.fixture
def app(tmp_path: Path) -> Path:
    src = copy_fixture(Path("fixtures/trailbook"), tmp_path / "app")
    link_runtime_packages(src)
    return src


def convert(app: Path, *extra: str) -> tuple[int, str, dict, Path]:
    out, report = app.parent / "out", app.parent / "report.json"
    code, output = run("convert", str(app), "-o", str(out), "--report", str(report), *extra)
    return code, output, json.loads(report.read_text()), out


def failing_for(original, pick):
    """``original`` that raises for the units ``pick(args)`` selects."""
    def patched(*args, **kwargs):
        if pick(*args):
            raise RuntimeError("made to fail")
        return original(*args, **kwargs)
    return patched


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_template_compiler_bug_stays_in_its_component(app, monkeypatch, jobs):
    monkeypatch.setattr(parallel, "MIN_UNITS_PER_JOB", 1)  # fork even for the fixture's few templates
    monkeypatch.setattr(template_compiler, "compile_view", failing_for(
        template_compiler.compile_view, lambda component, ctx: component.name == "AboutPage"))
    code, output, report, out = convert(app, "--jobs", jobs)
    assert code == 1
    assert "Traceback" not in output and "made to fail" in output
    internal = [d for d in report["diagnostics"] if d["code"].startswith("PWX9")]
    assert [(d["code"], d["file"]) for d in internal] == [("PWX903", ABOUT)]
    assert "RuntimeError: made to fail" in internal[0]["trace"] and "compile_view" in internal[0]["trace"]
    assert f"{ABOUT}: error PWX903: internal error while compiling the template of AboutPage" in output
    about = (out / "pages/about/about.wxml").read_text()
    assert about.startswith("<text") and "not converted:" in about and "PWX903" in about
    assert (out / "pages/about/about.js").read_text().endswith("Page({});\n")
    pages = json.loads((out / "app.json").read_text())["pages"]
    others = [p for p in pages if p != "pages/about/about"]
    assert len(others) == 3 and all("not converted" not in (out / f"{p}.wxml").read_text() for p in others)
    assert [d for d in check(out).diagnostics.items if d.severity == "error"] == []


def test_a_style_module_and_package_bug_each_stay_in_their_unit(app, monkeypatch):
    monkeypatch.setattr(StyleCompiler, "component", failing_for(
        StyleCompiler.component, lambda self, component, role: component.name == "TrailsPage"))
    from pwa2wx.build import scripts
    monkeypatch.setattr(scripts, "transpile_module", failing_for(
        scripts.transpile_module, lambda project, rel, *rest: rel.endswith("notes.service.ts")))
    monkeypatch.setattr(npm.Packer, "_compile", failing_for(
        npm.Packer._compile, lambda self, file, *rest: file.name == "Subject.js"))
    code, output, report, out = convert(app)
    assert code == 1 and "Traceback" not in output
    internal = {(d["code"], d["file"]) for d in report["diagnostics"] if d["code"].startswith("PWX9")}
    assert internal == {("PWX904", "src/app/trails/trails.page.scss"), ("PWX905", "src/app/services/notes.service.ts"),
                        ("PWX906", "node_modules/rxjs/dist/cjs/internal/Subject.js")}
    assert "made to fail" in (out / "src/app/services/notes.service.js").read_text()  # it throws why, when loaded
    assert "made to fail" in (out / "miniprogram_npm/rxjs/internal/Subject.js").read_text()
    # the stylesheet is left out: what stays is the converter's own rule for a page under the tabs
    assert (out / "pages/trails/trails.wxss").read_text() == tabbar.PAGE_WXSS
    assert "not converted" not in (out / "pages/trails/trails.wxml").read_text()  # its template converted


def test_a_bug_outside_any_unit_ends_with_one_message_not_a_traceback(app, monkeypatch):
    from pwa2wx.build import convert as convert_module
    monkeypatch.setattr(convert_module.Build, "emit_app", failing_for(convert_module.Build.emit_app, lambda self: True))
    code, output, report, out = convert(app)
    assert code == 1
    assert "Traceback" not in output
    assert ("error PWX999: internal error while writing icons, assets and the app's files: RuntimeError: made to "
            "fail") in output
    assert f"the traceback is in {app.parent / 'report.json'}" in output
    assert report["diagnostics"][0]["code"] == "PWX999" and "emit_app" in report["diagnostics"][0]["trace"]
    assert not out.exists()  # nothing half-written


@pytest.mark.parametrize("command,target", [("check", "pwa2wx.commands.check.check"),
                                            ("init", "pwa2wx.commands.init.guess"),
                                            ("preview", "pwa2wx.preview.run")])
def test_every_command_reports_a_bug_the_same_way(app, monkeypatch, command, target):
    module, name = target.rsplit(".", 1)
    broken = failing_for(lambda *a, **k: None, lambda *a, **k: True)
    monkeypatch.setattr(__import__(module, fromlist=[name]), name, broken)
    args = {"check": [str(app)], "init": [str(app)], "preview": [str(app), "/x"]}[command]
    code, output = run(command, *args)
    assert code == 1
    assert "Traceback" not in output
    assert f"error PWX999: internal error while running pwa2wx {command}: RuntimeError: made to fail" in output
    assert "pwa2wx: the traceback is in " in output
    trace_file = Path(output.rsplit("the traceback is in ", 1)[1].strip())
    assert "RuntimeError: made to fail" in trace_file.read_text()
    trace_file.unlink()


def test_a_template_with_errors_writes_a_placeholder_not_broken_wxml(app):
    page = app / ABOUT
    page.write_text(page.read_text().replace('<p *ngIf="debug" class="muted">', '<p class="x>', 1))
    code, output, report, out = convert(app)
    assert code == 1
    assert {d["code"] for d in report["diagnostics"] if d["severity"] == "error"} == {"PWX101"}
    wxml = (out / "pages/about/about.wxml").read_text()
    assert wxml.startswith("<text") and "not converted:" in wxml and f"{ABOUT}:" in wxml and "{{" not in wxml
    assert [d for d in check(out).diagnostics.items if d.severity == "error"] == []


@pytest.mark.parametrize("message,shown", [("Missing expected } in [{{{profile.age}}]", "in [{ { {profile.age} }]"),
                                           ("{{x}}}", "{ {x} } }"), ("a {{ b }} c", "a { { b } } c")])
def test_a_placeholder_breaks_every_pair_of_braces(message, shown):
    """A message quoting {{{ (an ICU case holding an interpolation: pinguet62/meet-all) kept a {{ that wcc read as an
    unclosed binding, which failed every page of the app."""
    wxml = placeholder.wxml([Diagnostic("src/app/x.html", 3, 1, "error", "PWX102", message)])
    assert shown in wxml and "{{" not in wxml and "}}" not in wxml


@pytest.mark.parametrize("entry,message", [
    ({"glob": "passwd", "input": "/etc", "output": "leak"}, "reads '/etc', outside the project"),
    ({"glob": "*.md", "input": "..", "output": "leak"}, "reads '..', outside the project"),
    ({"glob": "**/*", "input": "src/assets", "output": "../../escaped"}, "writes to '../../escaped', outside"),
])
def test_assets_from_outside_the_project_or_into_outside_the_output_are_refused(app, entry, message):
    angular = json.loads((app / "angular.json").read_text())
    angular["projects"]["app"]["architect"]["build"]["options"]["assets"].append(entry)
    (app / "angular.json").write_text(json.dumps(angular))
    (app.parent / "README.md").write_text("outside")
    code, output, report, out = convert(app)
    assert code == 1 and "Traceback" not in output
    refused = [d for d in report["diagnostics"] if d["code"] == "PWX418"]
    assert len(refused) == 1 and message in refused[0]["message"] and refused[0]["file"] == "angular.json"
    assert not (out / "leak").exists() and not (app.parent / "escaped").exists()
    assert not (out.parent / "escaped").exists()
    assert (out / "app.json").is_file()


def test_an_asset_output_with_a_leading_slash_is_inside_the_output(app):
    angular = json.loads((app / "angular.json").read_text())
    angular["projects"]["app"]["architect"]["build"]["options"]["assets"] = [
        {"glob": "**/*", "input": "src/assets", "output": "/assets"}]
    (app / "angular.json").write_text(json.dumps(angular))
    code, output, report, out = convert(app)
    assert code == 0, output
    assert not [d for d in report["diagnostics"] if d["code"] == "PWX418"]
