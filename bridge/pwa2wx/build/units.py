"""Running units of stage work: replayed from the cache when their inputs did not change, compiled over
worker processes with ``--jobs``, or here; their diagnostics recorded, the progress line told.

Every stage that has units (templates, modules, the ES2017 gate) goes through one :class:`Runner`, so the
cache rules of :mod:`pwa2wx.build.cache` are applied in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pwa2wx.build import parallel
from pwa2wx.build.cache import Adapt, Answerers, BuildCache, Unit, replay
from pwa2wx.build.progress import Progress
from pwa2wx.diagnostics import Diagnostics, faults


@dataclass
class BuildOptions:
    """What the passes of one build share."""

    cache: BuildCache
    jobs: int = 1
    progress: Progress | None = None
    disk_generation: int = 0
    checks: list[tuple[list[tuple[str, str]], parallel.Pending]] = field(default_factory=list)  # started gates
    relocated: dict[str, str] = field(default_factory=dict)  # module text -> the text it was rewritten from


class Runner:
    """Runs one pass's units with the build's options, reporting into ``diagnostics``."""

    def __init__(self, options: BuildOptions, diagnostics: Diagnostics):
        self.options = options
        self.cache = options.cache
        self.diagnostics = diagnostics

    def units(self, keys: Sequence[Hashable], items: list[Any], answerers: Answerers,
              compile_one: Callable[[Any, Answerers], Unit], stage: str, before: int = 0,
              adapt: Adapt | None = None) -> list[Unit]:
        """One unit per item: cached ones replayed, the others compiled (over processes with --jobs).

        ``before``: units of this stage finished earlier (scripts come in waves), for the progress line.
        """
        units: list[Unit | None] = [self.cache.lookup(key, answerers, adapt) for key in keys]
        todo = [i for i, unit in enumerate(units) if unit is None]
        total = before + len(units)
        self.tell(stage, total - len(todo), total)
        if parallel.pays(len(todo), self.options.jobs):
            fresh = parallel.run(lambda i: compile_one(items[i], answerers), todo, self.options.jobs)
            for i, unit in zip(todo, fresh, strict=True):
                units[i] = unit if replay(unit, answerers) else compile_one(items[i], answerers)
        else:
            for n, i in enumerate(todo, 1):
                units[i] = compile_one(items[i], answerers)
                self.tell(stage, total - len(todo) + n, total)
        done = [unit for unit in units if unit is not None]
        for key, unit in zip(keys, done, strict=True):
            self.cache.store(key, unit)
            self.diagnostics.extend(unit.diagnostics)
        self.tell(stage, total, total)
        return done

    def contain(self, work: Callable[[], Any], fallback: Callable[[], Any], code: str, what: str, file: str) -> Any:
        """``work()``, or ``fallback()`` with a ``code`` internal error located at ``file`` if it raises."""
        return faults.contain(work, fallback, self.diagnostics.items, code, what, file)

    def memo(self, pure: Callable[..., Any], *args: Hashable) -> Any:
        """``pure(*args)``, kept between builds."""
        key = ("memo", pure.__module__, pure.__qualname__, args)
        unit = self.cache.lookup(key, {})
        if unit is None:
            unit = Unit(pure(*args))
        self.cache.store(key, unit)
        return unit.value

    def tell(self, stage: str, done: int, total: int) -> None:
        if self.options.progress is not None:
            self.options.progress(stage, done, total)
