"""Shared test setup: where the fixtures and WeChat's compilers live."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"

# The test command installs WeChat's compilers (npm miniprogram-compiler) here.
os.environ.setdefault("PWA2WX_TOOLS", str(ROOT / ".tools"))


@pytest.fixture
def trailbook() -> Path:
    return FIXTURES / "trailbook"


def interruptible() -> None:
    """A subprocess's preexec_fn: a shell's background job starts its children with Ctrl-C ignored, which
    Python then keeps; give it Ctrl-C back, as a terminal has it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
