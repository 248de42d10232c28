"""How far a long conversion is, on one terminal line that redraws itself.

Shown only on an interactive terminal: CI logs (not a TTY) and ``--quiet`` get nothing.
"""

from __future__ import annotations

import time
from typing import Protocol, TextIO

REDRAW_SECONDS = 0.1


class Progress(Protocol):
    def __call__(self, stage: str, done: int, total: int) -> None:
        """``done`` of ``total`` units of ``stage`` ("templates", "styles", "scripts") are finished."""


class TerminalProgress:
    """Draws ``pwa2wx: templates  412/1000`` on ``stream``, at most ten times a second; ``close`` clears it."""

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.last = 0.0
        self.width = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.last < REDRAW_SECONDS:
            return
        self.last = now
        self._draw(f"pwa2wx: {stage:<9} {done:>{len(str(total))}}/{total}")

    def close(self) -> None:
        if self.width:
            self._draw("")
            self.width = 0

    def _draw(self, text: str) -> None:
        self.stream.write("\r" + text.ljust(self.width) + ("\r" if not text else ""))
        self.stream.flush()
        self.width = len(text)
