"""Runs independent units of stage work over several processes (``--jobs N``).

Worker processes are forked, so they start with the parent's loaded project in memory and nothing has to
be pickled but an index in and a :class:`bridge.buildcache.Unit` out. Workers have no effect on the
parent: the parent replays each unit's recorded questions to apply their effects (see buildcache).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any

MIN_UNITS_PER_JOB = 8  # below this, forking costs more than it saves

_work: Callable[[Any], Any] | None = None
_items: Sequence[Any] = ()


def available() -> int:
    """How many processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def run(work: Callable[[Any], Any], items: Sequence[Any], jobs: int) -> list[Any]:
    """``[work(item) for item in items]``, over ``jobs`` forked processes when that can pay."""
    global _work, _items
    if jobs <= 1 or len(items) < MIN_UNITS_PER_JOB * 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [work(item) for item in items]
    _work, _items = work, items
    try:
        with multiprocessing.get_context("fork").Pool(min(jobs, len(items) // MIN_UNITS_PER_JOB)) as pool:
            return pool.map(_run_one, range(len(items)), chunksize=max(1, len(items) // (jobs * 8)))
    finally:
        _work, _items = None, ()


def _run_one(index: int) -> Any:
    assert _work is not None
    return _work(_items[index])
