"""Shared test setup: where the fixtures and WeChat's compilers live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"

# The test command installs WeChat's compilers (npm miniprogram-compiler) here.
os.environ.setdefault("PWA2WX_TOOLS", str(ROOT / ".tools"))


@pytest.fixture
def trailbook() -> Path:
    return FIXTURES / "trailbook"
