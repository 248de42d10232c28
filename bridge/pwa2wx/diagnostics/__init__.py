"""One diagnostic type for every stage, printed like a compiler and written as a JSON report.

Codes are stable (CI tools and users grep for them); they live in :mod:`pwa2wx.diagnostics.codes` with a
one-line meaning each, and README lists them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pwa2wx.diagnostics.codes import CODES

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@dataclass(frozen=True, order=True)
class Diagnostic:
    """A located message. ``line``/``col`` are 1-based; 0 means "the whole file"."""

    file: str
    line: int
    col: int
    severity: Severity
    code: str
    message: str
    hint: str = ""
    trace: str = field(default="", compare=False)  # an internal error's Python traceback: reports only

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unregistered diagnostic code {self.code}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"bad severity {self.severity}")

    def as_json(self) -> dict:
        """The report's fields (a contract with users' CI tooling); ``trace`` only on internal errors."""
        data = {"file": self.file, "line": self.line, "col": self.col, "severity": self.severity,
                "code": self.code, "message": self.message, "hint": self.hint}
        if self.trace:
            data["trace"] = self.trace
        return data

    def location(self) -> str:
        if self.line <= 0:
            return self.file
        return f"{self.file}:{self.line}:{self.col}"


class ConversionError(Exception):
    """Raised for a problem that stops the whole conversion (bad config, unreadable workspace).

    Carries a diagnostic; the CLI prints it and exits 2.
    """

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


@dataclass
class Diagnostics:
    """Collects diagnostics from every stage of one conversion."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(
        self,
        code: str,
        message: str,
        file: str | Path = "",
        line: int = 0,
        col: int = 0,
        *,
        severity: Severity | None = None,
        hint: str = "",
    ) -> Diagnostic:
        d = Diagnostic(str(file), line, col, severity or CODES[code].severity, code, message, hint)
        self.items.append(d)
        return d

    def extend(self, items: list[Diagnostic]) -> None:
        self.items.extend(items)

    def count(self, severity: Severity) -> int:
        """Each finding once, however many units met it (a global stylesheet every page imports)."""
        return sum(1 for d in set(self.items) if d.severity == severity)

    def sorted(self) -> list[Diagnostic]:
        """Stable order: by file, position, then code, so reports diff cleanly."""
        return sorted(set(self.items), key=lambda d: (d.file, d.line, d.col, d.code, d.message))


FRAME_WIDTH = 100  # characters of a source line a code frame shows: a minified file's line can be megabytes


def line_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of character ``offset`` in ``text``: where a diagnostic found by searching
    a file's text points."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def code_frame(source: str, line: int, col: int, context: int = 1) -> str:
    """The few source lines around ``line`` with a caret under ``col``, as compilers print them; a long line
    shows the part around ``col``, its cuts marked ``…``."""
    lines = source.splitlines()
    if not 1 <= line <= len(lines):
        return ""
    first, last = max(1, line - context), min(len(lines), line + context)
    width = len(str(last))
    start = max(0, col - 1 - FRAME_WIDTH // 2)
    out = []
    for n in range(first, last + 1):
        mark = ">" if n == line else " "
        text = lines[n - 1].rstrip().expandtabs(1)
        end = start + FRAME_WIDTH
        shown = ("…" if start else "") + text[start:end] + ("…" if len(text) > end else "")
        out.append(f"{mark} {n:>{width}} | {shown}")
        if n == line and col > 0:
            out.append(f"  {' ' * width} | {' ' * (col - 1 - start + (1 if start else 0))}^")
    return "\n".join(out)


def format_diagnostic(d: Diagnostic, root: Path | None = None) -> str:
    """``path:line:col: severity CODE: message`` + code frame + hint."""
    text = f"{d.location()}: {d.severity} {d.code}: {d.message}"
    if root is not None and d.line > 0:
        path = Path(d.file) if Path(d.file).is_absolute() else root / d.file
        try:
            frame = code_frame(path.read_text(encoding="utf-8", errors="replace"), d.line, d.col)
        except OSError:
            frame = ""
        if frame:
            text += "\n" + frame
    if d.hint:
        text += f"\n  hint: {d.hint}"
    return text


def write_report(path: Path, diagnostics: Diagnostics, summary: dict) -> None:
    """The ``--report`` JSON. Field names are a contract with users' CI tooling."""
    data = {"diagnostics": [d.as_json() for d in diagnostics.sorted()], "summary": summary}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def listed(items: Sequence[str], most: int) -> str:
    """The first ``most`` of ``items``, comma-separated, with " …" when there are more: a message stays short."""
    return ", ".join(items[:most]) + (" …" if len(items) > most else "")


def counted(n: int, noun: str, plural: str = "") -> str:
    """``n`` and the noun in the number it takes: "1 warning", "2 warnings", "1 image and media file"."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
