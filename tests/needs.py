"""What some tests need from the machine (Node.js, the corpus), and what its absence does: skip on a
developer's machine, fail under CI=true, where a skipped suite would prove nothing."""

from __future__ import annotations

import os
import shutil

import pytest

CI = os.environ.get("CI", "").lower() == "true"
NODE = shutil.which("node")

node = pytest.mark.skipif(NODE is None and not CI, reason="needs Node.js")


def unavailable(reason: str) -> None:
    """Skip the running test, or fail it under CI."""
    if CI:
        pytest.fail(f"{reason} (CI=true: this test must run)")
    pytest.skip(reason)
