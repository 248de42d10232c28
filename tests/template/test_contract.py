"""Rules the template compiler and the runtime both apply, held equal: each side's table, read from its source."""

from __future__ import annotations

import ast
import json
import re
import subprocess
from pathlib import Path

import pytest

from pwa2wx.template import helpers
from pwa2wx.template.decoration import look_classes
from pwa2wx.template.expressions import BUILTIN_PIPES
from pwa2wx.template.forms import HTML_INPUT_TYPES
from pwa2wx.template.helpers import FEATURES, HELPERS, PIPE_FEATURES, PROPERTIES, h, h_read
from pwa2wx.template.names import camel, kebab
from pwa2wx.template.projection import input_attribute
from pwa2wx.template.wxml import absolute_url
from tests import needs

RUNTIME = Path(__file__).resolve().parents[2] / "adapters" / "runtime"


def js_object(file: str, name: str) -> dict[str, str]:
    """The top-level keys of ``var NAME = { … };`` in a runtime file, each with its value's source text (a line
    comment before a key is not part of it)."""
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
    return {re.sub(r"//[^\n]*", "", key).strip().strip("'"): value.strip() for key, value in pairs}


def test_the_pipes_the_compiler_lets_through_are_the_runtimes():
    parts = {file: set(js_object(file, "PIPES")) for file in PIPE_FEATURES}
    assert parts == {file: set(names) for file, names in PIPE_FEATURES.items()}
    assert set(js_object("pipes.js", "FACTORIES")).union(*parts.values()) == set(BUILTIN_PIPES)


def test_input_types_are_the_same_when_written_and_when_bound():
    runtime = {key: value.strip("'") for key, value in js_object("view/controls.js", "INPUT_TYPES").items()}
    assert runtime == HTML_INPUT_TYPES


TEMPLATE = Path(helpers.__file__).parent  # bridge/pwa2wx/template


def runtime_helpers(file: str) -> dict[str, tuple[str, ...] | None]:
    """A runtime file's ``var h = { … }`` (view.js's, or a feature's): each helper's parameters (None for a
    property defined on h afterwards)."""
    text = (RUNTIME / file).read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...] | None] = {}
    for name, value in js_object(file, "h").items():
        m = re.match(r"function\s*\(([^)]*)\)", value)
        if m is None:  # a function defined elsewhere in the file: `list: toArray`
            m = re.search(rf"function {re.escape(value)}\(([^)]*)\)", text)
        assert m is not None, f"h.{name} = {value}: not a function {file} defines"
        out[name] = tuple(p.strip() for p in m.group(1).split(",") if p.strip())
    out.update({name: None for name in re.findall(r"Object\.defineProperty\(h, '(\w+)'", text)})
    return out


def emitted_helpers() -> set[str]:
    """The helper names the compiler's source passes to h()/h_open()/h_read() or a handler's Helper(…)."""
    names = set()
    for file in TEMPLATE.glob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                    node.func.id in ("h", "h_open", "h_read", "Helper") and node.args and \
                    isinstance(node.args[0], ast.Constant):
                names.add(node.args[0].value)
    return names


@pytest.mark.parametrize("file", ["view.js", *FEATURES])
def test_the_h_helpers_the_compiler_declares_are_the_runtimes_with_the_same_parameters_in_the_same_file(file):
    own = {name for names in FEATURES.values() for name in names}
    declared = {name: tuple(p.rstrip("?") for p in params) for name, params in HELPERS.items()
                if name in FEATURES.get(file, ()) or (file == "view.js" and name not in own)}
    declared.update({name: None for name in PROPERTIES if file == "view.js"})
    assert declared == runtime_helpers(file)


def test_a_page_names_the_feature_files_of_the_helpers_it_calls():
    js = 'function (c, h) { h.root(); s.h.pipe(1); return { v0: h.pipe(0, s0, "date").transform(c.d), ' \
         'v1: h.menuOpen("m", "start") }; }'
    assert helpers.features(js) == ["view/menus.js", "view/pipes.js"]
    assert helpers.features("function (c, h) { return { v0: h.s(c.x) }; }") == []
    # Angular pipes whose code is a part of its own: the page requires that part too
    js = 'function (c, h) { return { v0: h.pipe(0, s0, "number").transform(h.pipe(1, s0, "async").transform(c.n)) }; }'
    assert helpers.features(js) == ["pipes/async.js", "pipes/numbers.js", "view/pipes.js"]


def test_every_declared_helper_is_emitted_and_nothing_else():
    assert emitted_helpers() == set(HELPERS) | PROPERTIES


def test_generated_code_names_helpers_only_through_the_declaration():
    """No ``h.<name>`` written by hand in the compiler's strings (docstrings aside): one way to name a helper."""
    by_hand = []
    for file in sorted(TEMPLATE.glob("*.py")):
        if file.name == "helpers.py":
            continue
        tree = ast.parse(file.read_text(encoding="utf-8"))
        docstrings = {id(n.body[0].value) for n in ast.walk(tree) if isinstance(
            n, (ast.Module, ast.ClassDef, ast.FunctionDef)) and n.body and isinstance(n.body[0], ast.Expr)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings and \
                    re.search(r"(?<![\w.$])h\.[A-Za-z_$]", node.value):
                by_hand.append(f"{file.name}:{node.lineno}: {node.value}")
    assert by_hand == []


@pytest.mark.parametrize("call", [lambda: h("nope"), lambda: h("s"), lambda: h("s", "a", "b"), lambda: h_read("s")])
def test_an_undeclared_helper_or_argument_count_fails_at_compile_time(call):
    with pytest.raises(ValueError):
        call()


def test_an_optional_parameter_may_be_left_out():
    assert h("event", "$event", '"input"') == 'h.event($event, "input")'
    assert h("event", "$event", '"radio"', "s.$radios") == 'h.event($event, "radio", s.$radios)'


KEBAB_CASES = ["labelPlacement", "sizeMd", "userID", "fooURLBar", "logoCSharp", "logoHtml5", "offset2Xl", "color",
               "Title", "$value", "a-b", "fontSize", "--custom", "x1Y", "ÉtéX"]


@needs.node
@pytest.mark.parametrize("file", ["view.js", "ionic/icons.js"])
def test_kebab_is_the_runtimes(file):
    """Attribute names the compiler writes (component inputs, look classes) and the names the runtime writes
    (style keys, ionicons exports) follow one rule."""
    source = (RUNTIME / file).read_text(encoding="utf-8")
    m = re.search(r"^function kebab\(name\) \{\n.*?^\}", source, re.S | re.M)
    assert m is not None, f"{file} has no kebab function"
    script = m.group(0) + f"\nconsole.log(JSON.stringify({json.dumps(KEBAB_CASES)}.map(kebab)));"
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True, timeout=30).stdout
    assert json.loads(out) == [kebab(name) for name in KEBAB_CASES]


LOOK_CASES = [("color", "primary"), ("color", " dark "), ("slot", "start"), ("fill", "clear"), ("button", None),
              ("labelPlacement", "stacked"), ("track", "Ionic Dev"), ("size", "6"), ("expand", "true")]


@needs.node
def test_look_classes_are_the_same_when_written_and_when_bound():
    """``color="primary"`` in a template and ``[color]="c"`` at run time give the same classes: the compiler's
    look_classes and view.js's h.look (whose name argument the compiler writes in kebab case)."""
    source = (RUNTIME / "view.js").read_text(encoding="utf-8")
    token = re.search(r"^function classToken\(value\) \{\n.*?^\}", source, re.S | re.M)
    look = re.search(r"^ {4}look: (function \(name, value\) \{\n.*?^ {4}\}),", source, re.S | re.M)
    assert token is not None and look is not None, "view.js has no classToken or h.look"
    cases = [[kebab(name), True if value is None else value] for name, value in LOOK_CASES]
    script = f"{token.group(0)}\nvar look = {look.group(1)};\n" \
             f"console.log(JSON.stringify({json.dumps(cases)}.map(function (c) {{ return look(c[0], c[1]); }})));"
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True, timeout=30).stdout
    assert json.loads(out) == [" ".join(look_classes(name, value)) for name, value in LOOK_CASES]


URL_CASES = ["assets/img/a.png", "./assets/a.png", "././a.png", "/assets/a.png", "https://x.example/a.png",
             "data:image/png;base64,AA", "wxfile://tmp/1.png", "//cdn.example/a.png", "../a.png", "a b.png", ""]


@needs.node
def test_package_urls_are_the_same_when_written_and_when_bound():
    """``src="assets/a.png"`` in a template and ``[src]="url"`` at run time name the same file: the compiler's
    absolute_url and address.js's assetUrl, which view.js's h.url and Image's src use (an asset served from
    [assets] base_url aside, which both map after)."""
    source = (RUNTIME / "address.js").read_text(encoding="utf-8")
    m = re.search(r"^function assetUrl\(url\) \{\n.*?^\}", source, re.S | re.M)
    assert m is not None, "address.js has no assetUrl"
    script = "function config() { return {}; }\n" + m.group(0) + \
        f"\nconsole.log(JSON.stringify({json.dumps(URL_CASES)}.map(assetUrl)));"
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True, timeout=30).stdout
    assert json.loads(out) == [absolute_url(url) for url in URL_CASES]


INPUT_NAMES = ["label", "programLabel", "Challenge", "item$", "URL", "a$b"]


@needs.node
def test_an_input_s_wxml_attribute_sets_the_property_the_runtime_reads():
    """The compiler's input_attribute and component.js's propertyName meet through WeChat's rule: an attribute
    ``program-label`` sets the property ``programLabel`` (sportyeah's ``[Challenge]`` was ``-challenge``, which wcc
    rejects)."""
    source = (RUNTIME / "component.js").read_text(encoding="utf-8")
    m = re.search(r"^function propertyName\(input\) \{\n.*?^\}", source, re.S | re.M)
    assert m is not None, "component.js has no propertyName"
    script = m.group(0) + f"\nconsole.log(JSON.stringify({json.dumps(INPUT_NAMES)}.map(propertyName)));"
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True, timeout=30).stdout
    attributes = [input_attribute(name) for name in INPUT_NAMES]
    assert all(re.fullmatch(r"[a-z][a-z0-9_-]*", a) for a in attributes), attributes
    assert json.loads(out) == [camel(a) for a in attributes]
