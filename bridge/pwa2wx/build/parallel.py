"""Runs independent units of stage work over several processes (``--jobs N``).

Worker processes are forked, so they start with the parent's loaded project in memory and nothing has to
be pickled but an index in and a :class:`pwa2wx.build.cache.Unit` out. Workers have no effect on the
parent: the parent replays each unit's recorded questions to apply their effects (see buildcache).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Sequence
from typing import Any

MIN_UNITS_PER_JOB = 8  # below this, forking costs more than it saves
FORK_SAFE = sys.platform.startswith("linux")  # macOS system libraries may crash in a forked child: run in one process

_work: Callable[[Any], Any] | None = None
_items: Sequence[Any] = ()


def available() -> int:
    """How many processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def pays(count: int, jobs: int) -> bool:
    """Whether ``count`` units are worth forking ``jobs`` processes for."""
    return jobs > 1 and count >= MIN_UNITS_PER_JOB * 2 and FORK_SAFE


class Pending:
    """``[work(item) for item in items]``, computed by ``jobs`` forked processes from now on while the caller
    goes on with other work, or by the caller in :meth:`results` when processes would not pay."""

    def __init__(self, work: Callable[[Any], Any], items: Sequence[Any], jobs: int):
        global _work, _items
        self.work, self.items = work, items
        self.pool = None
        self.started = None
        if pays(len(items), jobs):
            _work, _items = work, items  # the workers are forked now, with these in memory
            try:
                self.pool = multiprocessing.get_context("fork").Pool(min(jobs, len(items) // MIN_UNITS_PER_JOB),
                                                                     initializer=_ignore_interrupts)
            finally:
                _work, _items = None, ()
            self.started = self.pool.map_async(_run_one, range(len(items)),
                                               chunksize=max(1, len(items) // (jobs * 8)))

    def results(self) -> list[Any]:
        if self.pool is None or self.started is None:
            return [self.work(item) for item in self.items]
        try:
            return self.started.get()
        except Exception:  # noqa: BLE001 — units contain their own errors: this is the pool itself failing
            return [self.work(item) for item in self.items]
        except BaseException:  # Ctrl-C: stop the workers now (waiting for their units would hold the user up)
            self.pool.terminate()
            raise
        finally:
            self.pool.close()
            self.pool.join()


def run(work: Callable[[Any], Any], items: Sequence[Any], jobs: int) -> list[Any]:
    """``[work(item) for item in items]``, over ``jobs`` forked processes when that can pay."""
    return Pending(work, items, jobs).results()


def _ignore_interrupts() -> None:
    """Ctrl-C reaches the whole process group: the parent alone handles it, and ends the workers."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_one(index: int) -> Any:
    assert _work is not None
    return _work(_items[index])
