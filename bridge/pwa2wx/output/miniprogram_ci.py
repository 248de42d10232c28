"""WeChat DevTools' own build pipeline, from npm ``miniprogram-ci`` ("extracted from WeChat DevTools").

wcc/wcsc (:mod:`pwa2wx.output.wechat`) check files one by one; what a team meets at upload is DevTools' whole
pipeline: app.json and JSON validation, dependency analysis, the compile, and the code quality scan shown before
publishing. The package is installed once into the tools cache, like the compilers, and run by Node
(``miniprogram_ci.js``), offline and without an upload key.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pwa2wx.output.wechat import ToolMissing, npm_tool

CI_PACKAGE = "miniprogram-ci@2.1.42"
PURPOSE = "WeChat DevTools' compile and code quality scan"
RUNNER = Path(__file__).with_name("miniprogram_ci.js")
TIMEOUT = 900  # seconds for one folder: the conference app takes about 10, airgap-wallet (4,500 files) up to 180


@dataclass(frozen=True)
class QualityItem:
    """One item of DevTools' code quality scan (``name`` is stable, e.g. ``LAZYCODE_LOADING_OPEN``)."""
    name: str
    passed: bool
    text: str
    detail: Any  # what the item found: files, sizes or component paths (None when it has nothing to show)
    doc_url: str


@dataclass
class PipelineResult:
    """DevTools' compile and code quality scan of one mini program folder."""
    folder: Path
    seconds: float
    compiled: dict[str, int] | None  # each file the compile produced: its bytes as uploaded; None when it failed
    error: str = ""  # the compile's message when it failed
    error_file: str = ""  # the file it names, relative to the folder
    quality: list[QualityItem] = field(default_factory=list)  # empty when the compile failed


def run(folders: list[Path]) -> list[PipelineResult]:
    """Compile and scan each folder, as DevTools does before upload, in one Node process."""
    node = shutil.which("node")
    if node is None:
        raise ToolMissing(f"Node.js is needed to run {PURPOSE}: install Node.js 18+ (https://nodejs.org)")
    package = npm_tool(CI_PACKAGE, PURPOSE)
    with tempfile.TemporaryDirectory(prefix="pwa2wx-ci-") as scratch:
        result_file = Path(scratch) / "result.json"
        try:
            proc = subprocess.run([node, str(RUNNER), str(package), str(result_file), *map(str, folders)],
                                  capture_output=True, text=True, timeout=TIMEOUT * len(folders))
        except subprocess.TimeoutExpired as e:
            raise ToolMissing(f"{PURPOSE} did not finish in {e.timeout:.0f} s") from e
        if proc.returncode != 0 or not result_file.is_file():
            raise ToolMissing(f"{PURPOSE} could not run: {(proc.stderr or proc.stdout).strip()[-800:]}")
        return [_result(raw) for raw in json.loads(result_file.read_text(encoding="utf-8"))]


def _result(raw: dict[str, Any]) -> PipelineResult:
    error = raw.get("error") or {}
    return PipelineResult(
        folder=Path(raw["folder"]), seconds=float(raw.get("seconds") or 0), compiled=raw.get("compiled"),
        error=str(error.get("message") or ""), error_file=str(error.get("path") or ""),
        quality=[QualityItem(item["name"], bool(item.get("success")), str(item.get("text") or ""), item.get("detail"),
                             str(item.get("docURL") or "")) for item in raw.get("quality") or []])
