"""Every JavaScript file shipped into the mini program parses as plain ES2017 (esprima 4.0.1)."""

from __future__ import annotations

from pathlib import Path

import esprima
import pytest

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted((ROOT / "adapters").rglob("*.js"))


def test_esprima_is_the_pinned_release():
    # esprima-fork installs the same module name and accepts ES2026: it would make this gate pass anything
    assert esprima.version == "4.0.1"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(ROOT)))
def test_parses_as_es2017(path: Path):
    esprima.parseScript(path.read_text(encoding="utf-8"))
