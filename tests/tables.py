"""Input → output tables, in one format for every stage (as sqlglot tests its dialects).

A table is a list of rows; a row is a tuple whose first item is the input (or the case's name) and whose
other items are what that input must give. :func:`table` parametrizes a test with it, each case named after
its first item, so a failure reads as the input that failed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest


def case_id(row: tuple) -> str:
    """A row's name: its first item on one line, cut to 50 characters."""
    text = " ".join(str(row[0]).split())
    return text if len(text) <= 50 else text[:49] + "…"


def table(names: str, rows: Sequence[tuple], *, name: Callable[[tuple], str] = case_id) -> Any:
    """``@table("input, expected", ROWS)``: one test case per row."""
    return pytest.mark.parametrize(names, rows, ids=[name(row) for row in rows])
