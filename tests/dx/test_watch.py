"""Watch mode: an edit re-emits exactly the files it touches, in place, and OUT equals a full conversion."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pwa2wx.build.convert import convert
from pwa2wx.commands.watch import Change, Reload, Session
from pwa2wx.output import sync
from tests.conftest import FIXTURES, interruptible
from tests.workspace import copy_fixture

SHARED_SCSS = "src/app/shared/_card.scss"


@pytest.fixture
def app(tmp_path: Path) -> Path:
    """A writable trailbook whose trails and notes pages share an SCSS partial."""
    src = copy_fixture(FIXTURES / "trailbook", tmp_path / "app")
    os.symlink(FIXTURES / "trailbook" / "node_modules", src / "node_modules")
    (src / SHARED_SCSS).parent.mkdir(parents=True)
    (src / SHARED_SCSS).write_text("@mixin card { border-radius: 8px; }\n")
    for page in ("trails/trails.page.scss", "notes/notes.page.scss"):
        path = src / "src/app" / page
        path.write_text("@use '../shared/card';\n.card { @include card.card; }\n" + path.read_text())
    return src


@pytest.fixture
def session(app: Path, tmp_path: Path) -> Session:
    session = Session(app, tmp_path / "out")
    first = session.start()
    assert first.result is not None and first.result.diagnostics.count("error") == 0
    return session


def edit(path: Path, find: str, replace: str) -> tuple[int, str]:
    text = path.read_text()
    assert find in text
    path.write_text(text.replace(find, replace, 1))
    return Change.MODIFIED, str(path)


def assert_equals_full_conversion(session: Session) -> None:
    """OUT on disk is exactly what converting from scratch writes."""
    full = convert(session.src, session.out, write=False)
    assert sync.read(session.out) == full.files


def test_first_build_writes_a_full_conversion(session):
    assert_equals_full_conversion(session)


def test_template_edit_rewrites_only_that_page(session, app):
    rebuild = session.update([edit(app / "src/app/trails/trails.page.html", "Loading trails…", "Loading…")])
    assert rebuild.reload is Reload.PLAN
    assert rebuild.changes.written == ["pages/trails/trails.wxml"] and rebuild.changes.deleted == []
    assert "Loading…" in (session.out / "pages/trails/trails.wxml").read_text()
    assert_equals_full_conversion(session)


def test_shared_scss_edit_rewrites_its_dependants(session, app):
    rebuild = session.update([edit(app / SHARED_SCSS, "8px", "12px")])
    assert rebuild.changes.written == ["pages/notes/notes.wxss", "pages/trails/trails.wxss"]
    assert_equals_full_conversion(session)


def test_typescript_edit_recompiles_that_module(session, app):
    rebuild = session.update([edit(app / "src/app/services/trail.service.ts", "t.name.toLowerCase()",
                                   "t.name.toLocaleLowerCase()")])
    assert rebuild.reload is Reload.PROJECT
    assert rebuild.changes.written == ["src/app/services/trail.service.js"]
    assert session.cache.misses > 0
    assert_equals_full_conversion(session)


def test_component_stylesheet_edit_rewrites_its_wxss(session, app):
    rebuild = session.update([edit(app / "src/app/trails/trails.page.scss", "margin: 8px 12px;", "margin: 4px;")])
    assert rebuild.changes.written == ["pages/trails/trails.wxss"]
    assert_equals_full_conversion(session)


def test_deleted_asset_is_deleted_from_out(session, app):
    (app / "src/assets/img/lake.svg").unlink()
    rebuild = session.update([(Change.DELETED, str(app / "src/assets/img/lake.svg"))])
    assert "assets/img/lake.svg" in rebuild.changes.deleted
    assert not (session.out / "assets/img/lake.svg").exists()
    assert_equals_full_conversion(session)


def test_config_edit_rebuilds_app_files(session, app):
    rebuild = session.update([edit(app / "pwa2wx.toml", 'name = "Trailbook"', 'name = "Trails"')])
    assert rebuild.reload is Reload.ALL
    assert {"app.json", "project.config.json"} <= set(rebuild.changes.written)
    assert_equals_full_conversion(session)


def test_bad_config_keeps_out_and_the_next_fix_rebuilds(session, app):
    before = sync.read(session.out)
    broken = session.update([edit(app / "pwa2wx.toml", "[api]", "[apii]")])
    assert broken.error is not None and broken.error.code == "PWX401" and broken.error.line > 0
    assert sync.read(session.out) == before
    fixed = session.update([edit(app / "pwa2wx.toml", "[apii]", "[api]")])
    assert fixed.error is None and fixed.changes.written == []
    assert_equals_full_conversion(session)


def test_a_bug_in_a_rebuild_is_reported_and_watching_goes_on(session, app, monkeypatch):
    from pwa2wx.commands import watch

    real = watch.build
    monkeypatch.setattr(watch, "build", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("made to fail")))
    before = sync.read(session.out)
    broken = session.update([edit(app / "pwa2wx.toml", 'name = "Trailbook"', 'name = "Trails"')])
    assert broken.error is not None and broken.error.code == "PWX999" and "made to fail" in broken.error.message
    assert "RuntimeError" in broken.error.trace and sync.read(session.out) == before
    monkeypatch.setattr(watch, "build", real)
    fixed = session.update([edit(app / "pwa2wx.toml", 'name = "Trails"', 'name = "Trail"')])
    assert fixed.error is None
    assert_equals_full_conversion(session)


def test_editor_temporary_files_and_unrelated_paths_are_ignored(session, app):
    assert session.update([(Change.ADDED, str(app / "src/app/trails/.trails.page.html.swp")),
                           (Change.DELETED, str(app / "src/app/sedAbc123")),
                           (Change.MODIFIED, str(app / "node_modules/rxjs/package.json"))]) is None
    assert session.relevant(Change.MODIFIED, str(app / "node_modules/.package-lock.json"))


def test_save_by_replacing_the_file_counts_as_an_edit(session, app):
    path = app / "src/app/trails/trails.page.html"
    replacement = path.with_name("trails.page.html.new")
    replacement.write_text(path.read_text().replace("Loading trails…", "Wait…"))
    os.replace(replacement, path)
    rebuild = session.update([(Change.DELETED, str(replacement)), (Change.ADDED, str(path))])
    assert rebuild.reload is Reload.PLAN and rebuild.changes.written == ["pages/trails/trails.wxml"]


def test_devtools_private_settings_survive(session, app):
    (session.out / "project.private.config.json").write_text('{"setting": {}}')
    session.update([edit(app / "src/app/trails/trails.page.html", "Loading trails…", "Loading…")])
    assert (session.out / "project.private.config.json").read_text() == '{"setting": {}}'


def test_refuses_out_inside_src(app):
    from pwa2wx.diagnostics import ConversionError

    with pytest.raises(ConversionError) as refused:
        Session(app, app / "dist-wx").start()
    assert refused.value.diagnostic.code == "PWX410"


def test_watch_command_rebuilds_on_save_and_stops_on_ctrl_c(app, tmp_path):
    out = tmp_path / "out-cli"
    proc = subprocess.Popen([sys.executable, "-m", "pwa2wx", "watch", str(app), "-o", str(out), "-q"],
                            stderr=subprocess.PIPE, text=True, preexec_fn=interruptible)
    try:
        assert "all rebuild" in proc.stderr.readline()
        edit(app / "src/app/trails/trails.page.html", "Loading trails…", "Saved!")
        wxml = out / "pages/trails/trails.wxml"
        deadline = time.monotonic() + 20
        while "Saved!" not in wxml.read_text() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "Saved!" in wxml.read_text()
        assert "1 written (pages/trails/trails.wxml)" in proc.stderr.readline()
    finally:
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=20)
    assert code == 0
    assert sync.read(out) == convert(app, out, write=False).files


def test_ctrl_c_in_the_middle_of_a_rebuild_ends_watch_as_between_rebuilds(app, tmp_path, monkeypatch):
    """A Ctrl-C that lands while a rebuild runs (on a loaded machine the watch test sent it then) was click's
    "Aborted!" with exit 1; between rebuilds it is exit 0."""
    from click.testing import CliRunner

    from pwa2wx.commands import cli
    from pwa2wx.commands import watch as watching

    def interrupted(session, report, stop_event=None):
        report(session.start())
        raise KeyboardInterrupt  # as Python raises it in the rebuild's code

    monkeypatch.setattr(watching, "run", interrupted)
    result = CliRunner().invoke(cli.main, ["watch", str(app), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0 and "Aborted" not in result.output, result.output
    assert (tmp_path / "out" / "app.json").is_file()
