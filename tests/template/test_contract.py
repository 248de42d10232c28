"""Rules the template compiler and the runtime both apply, held equal: each side's table, read from its source."""

from __future__ import annotations

from pathlib import Path

from bridge.template.expressions import BUILTIN_PIPES
from bridge.template.forms import HTML_INPUT_TYPES

RUNTIME = Path(__file__).resolve().parents[2] / "adapters" / "runtime"


def js_object(file: str, name: str) -> dict[str, str]:
    """The top-level keys of ``var NAME = { … };`` in a runtime file, each with its value's source text."""
    text = (RUNTIME / file).read_text(encoding="utf-8")
    start = text.index(f"var {name} = {{") + len(f"var {name} = {{")
    entries, depth, part = [], 0, ""
    for ch in text[start:]:
        if depth == 0 and ch in ",}":
            entries.append(part)
            part = ""
            if ch == "}":
                break
            continue
        depth += (ch in "({[") - (ch in ")}]")
        part += ch
    pairs = (entry.split(":", 1) for entry in entries if entry.strip())
    return {key.strip().strip("'"): value.strip() for key, value in pairs}


def test_the_pipes_the_compiler_lets_through_are_the_runtimes():
    assert set(js_object("pipes.js", "FACTORIES")) == set(BUILTIN_PIPES)


def test_input_types_are_the_same_when_written_and_when_bound():
    runtime = {key: value.strip("'") for key, value in js_object("view.js", "INPUT_TYPES").items()}
    assert runtime == HTML_INPUT_TYPES
