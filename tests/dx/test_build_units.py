"""The pieces under watch and --jobs: in-place sync, the build cache's replayed questions, parallel builds,
and the progress line."""

from __future__ import annotations

import io
import signal
import subprocess
import sys
import time
from pathlib import Path

from bench.generate_app import generate
from pwa2wx.build.cache import BuildCache, Recorder
from pwa2wx.build.convert import convert
from pwa2wx.build.progress import TerminalProgress
from pwa2wx.output import sync
from tests.conftest import FIXTURES, interruptible


def test_sync_writes_changed_files_only_and_deletes_vanished_ones(tmp_path):
    out = tmp_path / "out"
    first = {"app.json": b"{}", "pages/a/a.wxml": b"<view/>", "pages/b/b.wxml": b"<text/>"}
    assert sync.sync(out, {}, first).written == ["pages/a/a.wxml", "pages/b/b.wxml", "app.json"]  # app.json last
    (out / "project.private.config.json").write_text("{}")
    untouched = (out / "pages/a/a.wxml").stat().st_mtime_ns
    changes = sync.sync(out, sync.read(out), {"app.json": b'{"pages": []}', "pages/a/a.wxml": b"<view/>"})
    assert changes.written == ["app.json"] and changes.deleted == ["pages/b/b.wxml"]
    assert (out / "pages/a/a.wxml").stat().st_mtime_ns == untouched
    assert not (out / "pages/b").exists()  # emptied folders go too
    assert (out / "project.private.config.json").exists()  # DevTools' own settings stay
    assert not list(out.rglob("*" + sync.TEMP_SUFFIX))


def test_a_unit_is_reused_only_while_its_questions_get_the_same_answers():
    cache = BuildCache()
    paths = {"./x": "./x.js"}
    effects: list[str] = []

    def resolve(spec: str) -> str:
        effects.append(spec)
        return paths[spec]

    recorder = Recorder({"resolve": resolve})
    recorder.ask("resolve")("./x")
    cache.store("key", recorder.unit("compiled"))
    assert cache.lookup("key", {"resolve": resolve}).value == "compiled"
    assert effects == ["./x", "./x"]  # asking again repeats the effect of answering
    paths["./x"] = "../x.js"  # the module moved (a subpackage): compile again
    assert cache.lookup("key", {"resolve": resolve}) is None
    cache.sweep()  # the end of the build that used it: kept
    cache.sweep()  # the end of a build that did not: dropped
    assert cache.lookup("key", {"resolve": lambda spec: "./x.js"}) is None


def test_parallel_build_equals_the_sequential_one(tmp_path):
    generate(tmp_path / "app", 60, FIXTURES / "trailbook" / "node_modules")
    service = tmp_path / "app/src/app/shared/item.service.ts"
    service.write_text(service.read_text() + "\nexport async function* ticks() { yield 1; }\n")  # not ES2017
    one = convert(tmp_path / "app", tmp_path / "out1", write=False, jobs=1)
    two = convert(tmp_path / "app", tmp_path / "out2", write=False, jobs=2)
    assert one.files == two.files
    assert one.diagnostics.sorted() == two.diagnostics.sorted()
    assert [d.file for d in two.diagnostics.items if d.code == "PWX309"] == ["src/app/shared/item.service.ts"]


def test_progress_redraws_one_line_and_clears_it():
    stream = io.StringIO()
    progress = TerminalProgress(stream)
    progress("templates", 1, 4)
    progress("templates", 4, 4)
    progress.close()
    assert stream.getvalue().startswith("\rpwa2wx: templates 1/4")
    assert "\rpwa2wx: templates 4/4" in stream.getvalue() and stream.getvalue().endswith("\r")


def test_no_progress_when_stderr_is_not_a_terminal(tmp_path, trailbook):
    proc = subprocess.run([sys.executable, "-m", "pwa2wx", "convert", str(trailbook), "-o", str(tmp_path / "o")],
                          capture_output=True, text=True)
    assert proc.returncode == 0 and "\r" not in proc.stderr


def test_generated_app_converts_cleanly(tmp_path):
    counts = generate(tmp_path / "app", 30)
    result = convert(tmp_path / "app", tmp_path / "out")
    assert (result.pages, result.components) == (counts["pages"], counts["components"])
    assert result.diagnostics.count("error") == 0
    assert Path(tmp_path / "out/app.json").is_file()


def test_subpackage_pass_from_the_cache_equals_a_pass_from_scratch(tmp_path):
    """The second pass rewrites moved modules' require paths (pwa2wx.build.scripts.relocated) instead of compiling
    them again: the result must be the compile's, byte for byte."""
    from pwa2wx.build.cache import BuildCache
    from pwa2wx.build.convert import Build, build, plan_project
    from pwa2wx.build.units import BuildOptions
    from pwa2wx.output import packages
    from pwa2wx.workspace import config, project
    from tests.test_subpackages import big_app

    src = big_app(tmp_path / "app")
    proj, settings = project.load(src), config.load(src)
    planned = plan_project(proj)
    cache = BuildCache()
    cached = build(proj, settings, tmp_path / "out", cache, planned)
    assert cached.sizes.keys() == {"", "packages/reports"}
    first = Build(proj, settings, packages.Placement(), planned, BuildOptions(BuildCache()))
    placement = packages.split(proj, first.plan, first.run())
    scratch = Build(proj, settings, placement, planned, BuildOptions(BuildCache()))
    files = scratch.run()
    assert files == cached.files
    assert any(path.startswith("packages/reports/src/") for path in files)


def test_ctrl_c_during_a_parallel_build_ends_it_at_once():
    """Ctrl-C reaches the workers too: the parent stops them instead of waiting for units that never finish."""
    script = ("import time\nfrom pwa2wx.build import parallel\n"
              "print('started', flush=True)\n"
              "parallel.run(lambda i: time.sleep(60), list(range(32)), 2)\n")
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=Path(__file__).resolve().parents[2], preexec_fn=interruptible)
    assert proc.stdout.readline().strip() == "started"
    time.sleep(1)  # the workers are sleeping in their first units
    proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert "KeyboardInterrupt" in err
