"""WeChat's official compilers (wcc for WXML, wcsc for WXSS) from npm ``miniprogram-compiler``.

They are Linux/macOS/Windows binaries inside the npm package. We install the package once into a
tools cache (``$PWA2WX_TOOLS``, default ``~/.cache/pwa2wx``) and run the binaries directly, so
every error keeps the compiler's own file:line:col.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

COMPILER_PACKAGE = "miniprogram-compiler@0.2.3"


class ToolMissing(RuntimeError):
    """Node/npm or the compiler package is not available; the message says what to install."""


def tools_dir() -> Path:
    return Path(os.environ.get("PWA2WX_TOOLS") or Path.home() / ".cache" / "pwa2wx")


def compiler_package(install: bool = True) -> Path:
    """Folder of the installed npm package, installing it on first use when ``install``."""
    return npm_tool(COMPILER_PACKAGE, "WeChat's compilers", install)


def npm_tool(spec: str, purpose: str, install: bool = True) -> Path:
    """Folder of npm package ``spec`` ("name@version") in the tools cache, installed on first use (saying so,
    once) when ``install``; ``purpose`` names what it is for in the messages."""
    name = spec.rpartition("@")[0]
    pkg = tools_dir() / "node_modules" / name
    if (pkg / "package.json").is_file():
        return pkg
    if not install:
        raise ToolMissing(f"{name} is not installed in {tools_dir()}")
    npm = shutil.which("npm")
    if npm is None:
        raise ToolMissing(f"Node.js with npm is needed to run {purpose}: "
                          "install Node.js 18+ (https://nodejs.org), then run pwa2wx check again")
    tools_dir().mkdir(parents=True, exist_ok=True)
    print(f"pwa2wx: installing {purpose} ({spec}) into {tools_dir()}, once …", file=sys.stderr, flush=True)
    proc = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--prefix", str(tools_dir()), spec],
                          capture_output=True, text=True)
    if proc.returncode != 0 or not (pkg / "package.json").is_file():
        raise ToolMissing(f"npm install {spec} failed: {proc.stderr.strip()[-500:]}")
    return pkg


def _binary(name: str) -> Path:
    system = {"Linux": "linux", "Darwin": "mac", "Windows": "windows"}.get(platform.system())
    if system is None:
        raise ToolMissing(f"WeChat's compilers have no build for {platform.system()}")
    path = compiler_package() / "bin" / system / (name + (".exe" if system == "windows" else ""))
    if not os.access(path, os.X_OK):
        path.chmod(0o755)
    return path


@dataclass(frozen=True)
class CompilerMessage:
    file: str
    line: int
    col: int
    message: str
    severity: str  # error | warning


@dataclass
class CompileResult:
    ok: bool
    messages: list[CompilerMessage]
    output: str  # the generated JS (wcc) or the raw wcsc output


def wcc(root: Path, files: list[str], components: dict[str, list[str]] | None = None) -> CompileResult:
    """Compile WXML files (paths relative to root) together, as DevTools does.

    ``components`` maps a page/component wxml path to the custom-component tags it uses.
    """
    components = components or {}
    comp_args: list[str] = [str(len(components))]
    for page, tags in sorted(components.items()):
        comp_args += [page, str(len(tags)), *tags]
    args = [str(_binary("wcc")), "-d", "-cc", " ".join(comp_args), *files, "-gn", "$gwx"]
    proc = subprocess.run(args, cwd=root, capture_output=True)
    stderr = proc.stderr.decode("utf-8", "replace")
    return CompileResult(proc.returncode == 0, _wcc_messages(stderr), proc.stdout.decode("utf-8", "replace"))


def _wcc_messages(stderr: str) -> list[CompilerMessage]:
    """"pages/a/a.wxml:2:1: unexpected end" per message; a line without a location continues the one before
    (wcc quotes the offending character, which may be a line break)."""
    messages: list[CompilerMessage] = []
    for line in stderr.splitlines():
        parts = line.split(":", 3)
        if len(parts) == 4 and parts[1].isdigit() and parts[2].isdigit():
            messages.append(CompilerMessage(parts[0], int(parts[1]), int(parts[2]), parts[3].strip(), "error"))
        elif messages and line.strip():
            last = messages[-1]
            messages[-1] = CompilerMessage(last.file, last.line, last.col, last.message + "\\n" + line.strip(),
                                           last.severity)
        elif line.strip():
            messages.append(CompilerMessage("", 0, 0, line.strip(), "error"))
    return messages


NOT_ALLOWED = "Some selectors are not allowed in component wxss"


def wcsc(root: Path, files: list[str], components: int = 0) -> CompileResult:
    """Compile WXSS files together, as DevTools does; the first ``components`` files are component WXSS
    (WeChat's stricter selector rules).

    wcsc resolves ``@import`` only among the files it is given, so pass each file's imports along.
    """
    args = [str(_binary("wcsc")), "-db", "-pc", str(components), *files]
    proc = subprocess.run(args, cwd=root, capture_output=True)
    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    messages = []
    for line in err.splitlines():
        # "ERR: t.wxss(1:10): unexpected token `$`"
        if line.startswith("ERR:"):
            messages.append(_wcsc_error(line[4:].strip(), files[0]))
    decoded = out.replace("\\x22", '"').replace("\\x3d", "=")
    start = decoded.find(NOT_ALLOWED)
    while start >= 0:  # the warning is embedded in the output JS: "...selectors.(c.wxss:1:4)"
        end = decoded.find(")", start)
        where = decoded[decoded.find("(", start) + 1:end]
        name, _, pos = where.rpartition(":")
        name, _, line_no = name.rpartition(":")
        messages.append(CompilerMessage(name or files[0], int(line_no or 0), int(pos or 0),
                                        decoded[start:decoded.find("(", start)].strip(), "warning"))
        start = decoded.find(NOT_ALLOWED, end)
    ok = proc.returncode == 0 and not any(m.severity == "error" for m in messages)
    return CompileResult(ok, messages, out)


def _wcsc_error(text: str, file: str) -> CompilerMessage:
    name, _, rest = text.partition("(")
    pos, _, message = rest.partition("):")
    line, _, col = pos.partition(":")
    if line.isdigit() and col.isdigit():
        return CompilerMessage(name or file, int(line), int(col), message.strip(), "error")
    return CompilerMessage(file, 0, 0, text, "error")
