"""`pwa2wx watch SRC -o OUT`: convert once, then keep OUT up to date while the project is edited.

A :class:`Session` keeps the config, the project, its route plan and the build cache
(:mod:`pwa2wx.build.cache`) in memory. Each batch of file changes decides how much must be read again:

- pwa2wx.toml (or ``--config``), angular.json, package.json, tsconfig*.json, or an ``npm install``
  (node_modules/.package-lock.json): everything, with an empty cache;
- a TypeScript/JavaScript file, or a file added or removed: the project (units whose inputs did not change
  still come from the cache, so only the edited module is compiled again);
- a component's template: its text is replaced in the loaded project, and pages are planned again;
- a stylesheet or any other file (an image a stylesheet inlines): a component's own stylesheet text is
  replaced, and the style stage runs again.

Then it builds from the cache (equal, byte for byte, to a full conversion) and writes only the files whose
bytes changed into OUT, in place (:mod:`pwa2wx.output.sync`), so WeChat DevTools keeps the folder open and reloads.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from pwa2wx.build.cache import BuildCache
from pwa2wx.build.convert import ProjectPlan, Result, build, plan_project
from pwa2wx.build.progress import Progress
from pwa2wx.diagnostics import ConversionError, Diagnostic, faults
from pwa2wx.output import emit, sync
from pwa2wx.workspace import project
from pwa2wx.workspace.config import CONFIG_NAME, Config
from pwa2wx.workspace.config import load as load_config
from pwa2wx.workspace.model import Project

DEBOUNCE_MS = 50  # changes arriving this close together are one batch (an editor saving several files)
STEP_MS = 20
IDLE_MS = 100  # the watcher wakes up this often without changes (the first wake-up starts the first build)
STYLESHEETS = (".scss", ".sass", ".css", ".less")
SCRIPTS = (".ts", ".js", ".mjs", ".cjs")
WORKSPACE_FILES = ("angular.json", "package.json", "node_modules/.package-lock.json")
IGNORED_FOLDERS = frozenset({"node_modules", ".git", ".angular", ".idea", ".vscode", "www", "dist", "platforms",
                             "android", "ios", "coverage", "__pycache__"})


EDITOR_FILES = tuple(re.compile(p) for p in (r"\.sw.$", r"~$", r"^\.#", r"^4913$", r"^\.DS_Store$",
                                               r"\.___jb_...___$", r"\.pwa2wx-tmp$"))
"""Files editors write beside the one being saved (swap, backup, lock files): never a change to the app."""


class Reload(enum.IntEnum):
    """How much of the session a change invalidates, from least to most."""

    BUILD = 1  # files the style stage reads from disk: rebuild
    PLAN = 2  # templates: plan the pages again
    PROJECT = 3  # TypeScript, added/removed files: read the project again
    ALL = 4  # workspace or config: start over


class Change(enum.IntEnum):
    """What happened to a path (the values watchfiles uses)."""

    ADDED = 1
    MODIFIED = 2
    DELETED = 3


@dataclass
class Rebuild:
    """One build of the session and what it did to OUT."""

    reload: Reload
    seconds: float
    result: Result | None = None  # None when the project or config could not be read
    changes: sync.Changes = dataclasses.field(default_factory=sync.Changes)
    error: Diagnostic | None = None


class Session:
    """A watch session on one project and output folder."""

    def __init__(self, src: Path, out: Path, config_file: Path | None = None, project_name: str | None = None,
                 jobs: int = 1, progress: Progress | None = None):
        self.src = src.resolve()
        self.out = out.resolve()
        self.config_file = config_file.resolve() if config_file else None
        self.project_name = project_name
        self.jobs = jobs
        self.progress = progress
        self.cache = BuildCache()
        self.config: Config | None = None
        self.project: Project | None = None
        self.planned: ProjectPlan | None = None
        self.on_disk: dict[str, bytes] = {}
        self.disk_generation = 0  # bumped when a file the style stage may read changes

    def start(self) -> Rebuild:
        """The first build. Raises ConversionError when OUT is refused (as convert does)."""
        emit.check_locations(self.src, self.out)
        self.on_disk = sync.read(self.out)
        return self._rebuild(Reload.ALL)

    def update(self, batch: Iterable[tuple[int, str]]) -> Rebuild | None:
        """Apply a batch of (change, absolute path) and rebuild; None when no change concerns the project."""
        levels = [self._apply(Change(change), Path(path)) for change, path in batch]
        reload = max((level for level in levels if level is not None), default=None)
        if self.project is None or self.config is None:  # the last attempt failed: read everything again
            reload = Reload.ALL if reload is not None else None
        return self._rebuild(reload) if reload is not None else None

    def watched(self) -> list[Path]:
        """The paths to watch: the project folder, and a config file kept elsewhere."""
        paths = [self.src]
        if self.config_file is not None and not self.config_file.is_relative_to(self.src):
            paths.append(self.config_file)
        return paths

    def relevant(self, change: int, path: str) -> bool:
        """Whether a changed path can affect the output (watchfiles' filter)."""
        full = Path(path)
        if full == self.config_file:
            return True
        if full == self.out or self.out in full.parents or not full.is_relative_to(self.src):
            return False
        rel = full.relative_to(self.src).as_posix()
        if rel in WORKSPACE_FILES:
            return True
        return not IGNORED_FOLDERS.intersection(PurePosixPath(rel).parts[:-1]) and \
            not any(p.search(full.name) for p in EDITOR_FILES)

    # ---- changes ------------------------------------------------------------------------------------

    def _apply(self, change: Change, path: Path) -> Reload | None:
        """Patch the loaded project for one change; how much must be read again."""
        if not self.relevant(change, str(path)):
            return None
        if path == self.config_file:
            return Reload.ALL
        rel = path.relative_to(self.src).as_posix()
        if rel in WORKSPACE_FILES or (self.config_file is None and rel == CONFIG_NAME) or \
                re.fullmatch(r"tsconfig.*\.json", PurePosixPath(rel).name):
            return Reload.ALL
        if self.project is None:
            return Reload.PROJECT
        saved = change is Change.MODIFIED or (change is Change.ADDED and path.is_file() and self._view_file(rel))
        if not saved:  # a file appeared or went away
            if path.exists() or self._knows(rel):  # the project's lists of modules and assets may change
                self.disk_generation += 1
                return Reload.PROJECT
            if not PurePosixPath(rel).suffix:
                return None  # an editor's temporary file, already gone
            self.disk_generation += 1  # maybe a stylesheet partial or an image a stylesheet named
            return Reload.BUILD
        if rel.endswith(SCRIPTS):
            return Reload.PROJECT
        if rel.endswith(".html"):
            return self._replace_template(rel)
        self.disk_generation += 1
        if rel.endswith(STYLESHEETS) and not self._replace_stylesheet(rel):
            return Reload.PROJECT
        return Reload.BUILD

    def _view_file(self, rel: str) -> bool:
        """Whether ``rel`` is a component's template or stylesheet file (editors may save by replacing it)."""
        assert self.project is not None
        return any(source.file == rel and not source.inline for c in self.project.components.values()
                   for source in [*c.styles, *([c.template] if c.template else [])])

    def _knows(self, rel: str) -> bool:
        assert self.project is not None
        return rel in self.project.modules or rel in self.project.global_styles or self._view_file(rel) or \
            any(source == rel for source, _ in self.project.assets)

    def _replace_template(self, rel: str) -> Reload | None:
        """Put the new text of template file ``rel`` into the components using it (None: no component does)."""
        assert self.project is not None
        users = [c for c in self.project.components.values()
                 if c.template is not None and not c.template.inline and c.template.file == rel]
        text = _read(self.src / rel) if users else None
        if not users:
            return None
        if text is None:
            return Reload.PROJECT  # unreadable now: the project reader reports it
        for comp in users:
            assert comp.template is not None  # users are the components with this template
            comp.template = dataclasses.replace(comp.template, text=text)
        return Reload.PLAN

    def _replace_stylesheet(self, rel: str) -> bool:
        """Put the new text of stylesheet ``rel`` into the components listing it; False if it cannot be read."""
        assert self.project is not None
        text = _read(self.src / rel)
        if text is None:
            return False
        for comp in self.project.components.values():
            comp.styles = [dataclasses.replace(s, text=text) if s.file == rel and not s.inline else s
                           for s in comp.styles]
        return True

    # ---- building -----------------------------------------------------------------------------------

    def _rebuild(self, reload: Reload) -> Rebuild:
        """One build; a broken project or config, or a bug no unit contained, is reported and the session goes on
        (the next change reads everything again)."""
        started = time.perf_counter()
        try:
            return self._build(reload, started)
        except ConversionError as e:
            error = e.diagnostic
        except Exception as e:  # noqa: BLE001 — reported like convert reports it; watching goes on
            error = faults.stopped(e, "watch")
        self.project = self.config = self.planned = None
        return Rebuild(reload, time.perf_counter() - started, error=error)

    def _build(self, reload: Reload, started: float) -> Rebuild:
        self._reload(reload)
        assert self.project is not None and self.config is not None and self.planned is not None
        result = build(self.project, self.config, self.out, self.cache, self.planned, jobs=self.jobs,
                       progress=self.progress, disk_generation=self.disk_generation)
        changes = sync.sync(self.out, self.on_disk, result.files)
        self.on_disk = result.files
        result.seconds = time.perf_counter() - started
        return Rebuild(reload, result.seconds, result, changes)

    def _reload(self, reload: Reload) -> None:
        if reload >= Reload.ALL:
            self.cache = BuildCache()
            self.config = load_config(self.src, self.config_file)
        if reload >= Reload.PROJECT:
            self.project = project.load(self.src, self.project_name)
        if reload >= Reload.PLAN:
            assert self.project is not None
            self.planned = plan_project(self.project)


def run(session: Session, report: Callable[[Rebuild], None], stop_event=None) -> None:
    """Build, then rebuild after every batch of changes until interrupted (Ctrl-C) or ``stop_event`` is set.

    The watcher is started before the first build (its first, empty, batch), so an edit saved while that
    build runs is not missed.
    """
    import watchfiles  # only watch mode needs it

    started = False
    for batch in watchfiles.watch(*session.watched(), watch_filter=session.relevant, debounce=DEBOUNCE_MS,
                                  step=STEP_MS, stop_event=stop_event, raise_interrupt=False,
                                  rust_timeout=IDLE_MS, yield_on_timeout=True):
        if not started:
            report(session.start())
            started = True
        rebuild = session.update(batch) if batch else None
        if rebuild is not None:
            report(rebuild)


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
