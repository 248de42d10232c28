"""npm code loses its comments and layout, never a token: input → output, then real published code."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pwa2wx.script.minify import minify
from pwa2wx.script.tsparse import parser
from tests import needs
from tests.tables import table

RXJS = Path(__file__).resolve().parents[2] / "fixtures" / "trailbook" / "node_modules" / "rxjs" / "dist" / "cjs"


@table("source, minified", [
    ("/** licence */\nvar a = 1;  // one\n", "var a = 1;\n"),
    ("function f ( a, b ) {\n    return a + b;\n}\n", "function f ( a, b ) {return a + b;}\n"),
    # a line's own spaces stay: code that reads a function's source still finds `keylen, digest` in it
    ("f = function (keylen, digest) {\n  return 1\n}\n", "f = function (keylen, digest) {return 1}\n"),
    ("var s = 'a  b', t = `x  ${ y }  z`;\n", "var s = 'a  b', t = `x  ${ y }  z`;\n"),  # literals as written
    ("var t = `a${ f(`  n  // k\n`) }`;\n", "var t = `a${ f(`  n  // k\n`) }`;\n"),  # nested templates too
    ("var r = /a b\\/ c/g;\n  x = 1;\n", "var r = /a b\\/ c/g;x = 1;\n"),
    ("x = 1\n  .toFixed(2);\n", "x = 1 .toFixed(2);\n"),  # not the number `1.`
    ("x = a <\n  !--b;\n", "x = a < !--b;\n"),  # not an HTML comment `<!--`
    ("x = a -\n  -b;\n", "x = a -\n-b;\n"),
    ("x = a/* c */+b;\n", "x = a +b;\n"),
    ("var t = a\n++b\n", "var t = a\n++b\n"),  # the line break ends the statement (ASI): kept
    ("return\nx\n", "return\nx\n"),
    ("var o = {}\nx = 1\n", "var o = {}\nx = 1\n"),
    ("p\n  .then(f)\n  .catch(g);\n", "p.then(f).catch(g);\n"),  # a line break before `.name` ends nothing
    ("var a = [\n  1,\n  2\n];\n", "var a = [1,2];\n"),
    ("var a = b c;\n", "var a = b c;\n"),  # does not parse: left as it is
])
def test_minify(source, minified):
    assert minify(source) == minified


def tokens(js: str) -> list[bytes]:
    """The tokens of ``js`` in order, comments left out (literals whole)."""
    data = js.encode("utf-8")
    found, stack = [], [parser().parse(data).root_node]
    while stack:
        node = stack.pop()
        if node.type == "comment":
            continue
        if node.child_count == 0 or node.type in ("string", "template_string", "regex"):
            found.append(data[node.start_byte:node.end_byte])
        else:
            stack.extend(reversed(node.children))
    return found


def test_published_code_keeps_every_token_and_gets_smaller():
    files = sorted(RXJS.rglob("*.js"))
    assert len(files) > 200
    before = after = 0
    for file in files:
        js = file.read_text(encoding="utf-8")
        small = minify(js)
        assert tokens(small) == tokens(js), file
        before, after = before + len(js), after + len(small)
    assert after < before * 0.85


@needs.node
def test_published_code_still_parses_in_node(tmp_path):
    for file in sorted(RXJS.rglob("*.js"))[:60]:
        copy = tmp_path / "m.js"
        copy.write_text(minify(file.read_text(encoding="utf-8")), encoding="utf-8")
        assert subprocess.run(["node", "--check", str(copy)], capture_output=True).returncode == 0, file
