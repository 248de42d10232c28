"""What some tests need from the machine (Node.js, the corpus), and what its absence does: skip on a
developer's machine, fail under CI=true, where a skipped suite would prove nothing."""

from __future__ import annotations

import os
import shutil

import pytest

from pwa2wx import screenshot

CI = os.environ.get("CI", "").lower() == "true"
NODE = shutil.which("node")

node = pytest.mark.skipif(NODE is None and not CI, reason="needs Node.js")


def unavailable(reason: str) -> None:
    """Skip the running test, or fail it under CI."""
    if CI:
        pytest.fail(f"{reason} (CI=true: this test must run)")
    pytest.skip(reason)


def chromium() -> str:
    """The Chromium binary the headless-browser tests drive, or a skip. `make test` installs Debian's chromium when
    it can (as root with apt-get, `make browser`); without it these tests skip, under CI too: a browser is a system
    package, not among what the test command is sure to install (pip and npm packages)."""
    found = screenshot.chromium()
    if found is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    return found
