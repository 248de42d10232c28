"""The shipped adapters' requires sit at the top of their files, so the output's require graph is what they use.

`pwa2wx.output.adapters` prunes adapter files by following literal ``require("…")`` paths, and a require inside a
function is an edge like any other: a lazy back-edge (the view requiring the router when a link is tapped) ships
its target to every app. So each adapter file requires what it uses in its leading statements, and a page ships
the runtime files its own code and templates reach. The exceptions are listed below, each with its reason.
"""

from __future__ import annotations

import posixpath
from pathlib import Path

import esprima

from pwa2wx.output.graph import loads
from pwa2wx.script.modules import CAPACITOR_PLUGINS
from tests.jstree import nodes

ROOT = Path(__file__).resolve().parent.parent
ADAPTERS = ROOT / "adapters"

# (adapter file, required path) → why it is required inside a function
LAZY_REQUIRES = {
    ("runtime/address.js", "../app.config.js"):
        "generated per app and requires the app's modules, which require the runtime: read at each use",
    ("runtime/dom.js", "../app.config.js"):
        "the same file, for the ids the app's templates give elements, read when getElementById is called",
    ("runtime/index.js", "../login/index.js"):
        "the login adapter ships only when [login] backend is set (bridge/pwa2wx/output/adapters.py)",
    ("runtime/worker.js", "./web.js"):
        "a worker's scope carries web.js's globals, and web.js requires worker.js for `Worker` (a cycle at load): "
        "read when a Worker starts or posts",
    ("runtime/webview.js", "../login/index.js"):
        "[webview] handoff, which needs [login]: the login adapter ships only then (bridge/pwa2wx/output/adapters.py)",
    **{("login/index.js", f"./{name}.js"):
       "only the configured backend's file ships (bridge/pwa2wx/output/adapters.py), required by name when chosen"
       for name in ("casdoor", "authing", "custom")},
    **{("runtime/capacitor/core.js", f"./{name}.js"):
       "Capacitor 2's `Plugins` registry, read by plugin name; the plugin files require core.js (a cycle at load)"
       for name in CAPACITOR_PLUGINS if name != "core"},
}


def _is_require(node: object) -> bool:
    return (getattr(node, "type", None) == "CallExpression" and node.callee.type == "Identifier"
            and node.callee.name == "require")


def _heads_a_file(statement: object) -> bool:
    """``var x = require('…')[.name]``, ``var x = require('…')(…)`` or ``require('…');``."""
    def requiring(expr: object) -> bool:
        while expr is not None and expr.type in ("MemberExpression", "CallExpression") and not _is_require(expr):
            expr = expr.object if expr.type == "MemberExpression" else expr.callee
        return expr is not None and _is_require(expr)

    if statement.type == "VariableDeclaration":
        return all(d.init is not None and requiring(d.init) for d in statement.declarations)
    return statement.type == "ExpressionStatement" and (getattr(statement, "directive", None) or
                                                         requiring(statement.expression))


def late_requires(text: str) -> list[tuple[int, str]]:
    """(line, path) of each require that is not among the leading statements of the file."""
    program = esprima.parseScript(text, {"loc": True})
    body = list(program.body)
    while body and _heads_a_file(body[0]):
        body.pop(0)
    return [(n.loc.start.line, n.arguments[0].value) for statement in body for n in nodes(statement)
            if _is_require(n) and n.arguments and n.arguments[0].type == "Literal"]


def adapter_files() -> list[Path]:
    return sorted(p for folder in ("runtime", "login") for p in (ADAPTERS / folder).rglob("*.js"))


def test_requires_are_at_the_top_of_each_adapter_file_or_listed_with_a_reason():
    found = {(p.relative_to(ADAPTERS).as_posix(), path): line for p in adapter_files()
             for line, path in late_requires(p.read_text(encoding="utf-8"))}
    unlisted = sorted(f"{file}:{line} require('{path}')" for (file, path), line in found.items()
                      if (file, path) not in LAZY_REQUIRES)
    assert not unlisted, "require these at the top of the file (or list them in LAZY_REQUIRES with why):\n" + \
        "\n".join(unlisted)
    assert sorted(set(LAZY_REQUIRES) - set(found)) == [], "LAZY_REQUIRES lists requires that are gone"


def test_the_runtime_loads_without_a_require_cycle():
    """A file required while it is still loading hands out its unfinished exports (and the angular/ files replace
    theirs when they finish), so the requires run at load time form no cycle. That includes the npm code rx.js
    loads: rxjs's schedulers read setTimeout, which the script compiler turns into a require of timers.js (or
    web.js), so neither may lead back to angular/core.js, which requires rx.js."""
    graph = {}
    for p in adapter_files():
        rel = "pwa2wx/" + p.relative_to(ADAPTERS).as_posix()
        lazy = {path for (file, path) in LAZY_REQUIRES if "pwa2wx/" + file == rel}
        text = p.read_text(encoding="utf-8")
        lazy_targets = {posixpath.normpath(posixpath.join(posixpath.dirname(rel), path)) for path in lazy}
        graph[rel] = [t for t in loads(rel, text) if t not in lazy_targets]
    for npm in ("miniprogram_npm/rxjs/index.js", "miniprogram_npm/rxjs/operators/index.js"):
        graph[npm] = ["pwa2wx/runtime/timers.js", "pwa2wx/runtime/web.js"]
    assert "miniprogram_npm/rxjs/index.js" in graph["pwa2wx/runtime/rx.js"]
    assert _cycles(graph) == []


def _cycles(graph: dict[str, list[str]]) -> list[list[str]]:
    """One require chain per cycle found by a depth-first walk (from a file back to itself)."""
    found, done, path = [], set(), []

    def walk(node: str) -> None:
        if node in path:
            found.append(path[path.index(node):] + [node])
            return
        if node in done:
            return
        path.append(node)
        for target in graph.get(node, ()):
            walk(target)
        path.pop()
        done.add(node)

    for node in sorted(graph):
        walk(node)
    return found


def test_late_requires_finds_requires_below_the_leading_statements():
    text = ("'use strict';\nvar a = require('./a.js');\nvar b = require('./b.js').b, c = require('./c.js')(a);\n"
            "require('./d.js');\nfunction f() { return require('./e.js'); }\nvar g = require('./g.js');\n"
            "module.exports = require('./h.js')(f);\n")
    assert late_requires(text) == [(5, "./e.js"), (6, "./g.js"), (7, "./h.js")]
