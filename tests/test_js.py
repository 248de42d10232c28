"""Runs the JavaScript unit tests (runtime, shims, login) with Node's built-in test runner."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests import needs

ROOT = Path(__file__).resolve().parent.parent


def websocket_flag() -> list[str]:
    """Node 20 and 21 have their WebSocket client (the wx double's connectSocket) behind a flag; 22 has it on."""
    major = int(subprocess.run(["node", "-p", "process.versions.node"], capture_output=True, text=True,
                               timeout=30).stdout.split(".")[0])
    return ["--experimental-websocket"] if major in (20, 21) else []


@needs.node
def test_node_test_suite():
    proc = subprocess.run(["node", *websocket_flag(), "--test", "tests/js/"], cwd=ROOT, capture_output=True,
                          text=True, env=dict(os.environ), timeout=600)
    summary = "\n".join(line for line in proc.stdout.splitlines() if line.startswith(("# ", "not ok")))
    assert proc.returncode == 0, f"node --test failed:\n{summary}\n{proc.stdout[-6000:]}\n{proc.stderr[-2000:]}"
