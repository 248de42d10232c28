"""Our own bugs, confined to the unit of work they happened in.

An exception while converting one template, stylesheet, module, package file, page or asset is a bug in
pwa2wx, not in the user's project, and must not cost them the rest of the app. :func:`contain` turns it
into a located PWX9xx error (the Python traceback travels in the diagnostic's ``trace``, which reports
carry and the terminal does not show) and a stand-in value for that unit, and the conversion goes on.
What cannot be pinned to a unit ends the command with one PWX999 that says what was being done
(:func:`doing` keeps track of it), never with a bare traceback.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable, Iterator
from typing import TypeVar

from pwa2wx.diagnostics import Diagnostic

T = TypeVar("T")

REPORT_HINT = ("this is a bug in pwa2wx, not in your project: please report it with the --report file "
               "(it holds the traceback)")

NOTE = "pwa2wx was "  # the note :func:`doing` adds to an error passing through it


def internal(code: str, what: str, file: str, error: BaseException, line: int = 0, col: int = 0) -> Diagnostic:
    """The diagnostic for ``error``, raised while doing ``what`` (e.g. "compiling the template of X")."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    message = f"internal error while {what}: {type(error).__name__}" + (f": {text[:300]}" if text else "")
    trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return Diagnostic(file, line, col, "error", code, message, REPORT_HINT, trace)


def contain(work: Callable[[], T], fallback: Callable[[], T], found: list[Diagnostic], code: str, what: str,
            file: str) -> T:
    """``work()``; if it raises, the error as a ``code`` diagnostic in ``found`` and ``fallback()`` instead."""
    try:
        return work()
    except Exception as error:  # noqa: BLE001 — any exception here is ours, and confined to this unit
        found.append(internal(code, what, file, error))
        return fallback()


@contextlib.contextmanager
def doing(activity: str) -> Iterator[None]:
    """Name what the command is doing (e.g. "planning pages"), for the message of an error no unit contained:
    an exception leaving the block carries it as a note (the innermost block's comes first)."""
    try:
        yield
    except Exception as error:
        error.add_note(NOTE + activity)
        raise


def stopped(error: BaseException, command: str, file: str = "") -> Diagnostic:
    """PWX999: ``error`` ended ``command``; the message says what it was doing."""
    notes = [n.removeprefix(NOTE) for n in getattr(error, "__notes__", ()) if n.startswith(NOTE)]
    return internal("PWX999", notes[0] if notes else f"running pwa2wx {command}", file, error)
