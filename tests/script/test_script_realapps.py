"""The script compiler on real Ionic/Angular apps (local copies, never committed): every module
compiles to ES2017 that esprima 4.0.1 parses, and the compiled conference app loads in Node.

The apps come from the corpus, prepared by tests/corpus.py.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import esprima
import pytest

from pwa2wx.diagnostics import Diagnostics
from pwa2wx.output import layout
from pwa2wx.script import modules, npm
from pwa2wx.script.transpile import compile_module
from pwa2wx.workspace.project import load
from tests import corpus, needs

ADAPTERS = Path(__file__).resolve().parents[2] / "adapters"
APPS = ["conf-443e4b91", "conf-330cc004"] + [f"starter-angular{s}-{k}" for s in ("", "-standalone")
                                            for k in ("blank", "tabs", "sidemenu", "list")]

# Stands in for every runtime module: any property, call or construction gives the stand-in back.
STUB = """var h = { get: function (t, k) { return k === "__esModule" ? true : k === Symbol.toPrimitive ? undefined
  : k === "then" ? undefined : p; }, apply: function () { return p; }, construct: function () { return p; } };
var p = new Proxy(function () {}, h); module.exports = p;
"""


def app_dir(name: str) -> Path:
    return corpus.app(name)


def compile_app(root: Path) -> tuple[dict[str, str], dict[str, bytes], Diagnostics]:
    """Every module of the app, in the standard layout, and the packed npm files."""
    project = load(root)
    diagnostics = Diagnostics()
    packer = npm.Packer(project, diagnostics)
    out: dict[str, str] = {}
    queue = sorted(project.modules)
    while queue:
        rel = queue.pop(0)
        if modules.output_path(rel) in out:
            continue
        compiled = compile_module(project, rel, modules.resolver(project, rel, packer.resolve), diagnostics)
        out[modules.output_path(rel)] = compiled.js
        queue += [i.source for i in compiled.imports if i.source]
    return out, packer.files(), diagnostics


@pytest.mark.parametrize("name", APPS)
def test_every_module_is_es2017(name: str) -> None:
    files, packed, diagnostics = compile_app(app_dir(name))
    assert files
    for js in files.values():
        esprima.parseScript(js)  # raises with the line on failure
    for data in packed.values():
        esprima.parseScript(data.decode("utf-8"))
    assert not [d for d in diagnostics.items if d.code in ("PWX301", "PWX309")]


def test_conference_app_diagnostics() -> None:
    _, packed, diagnostics = compile_app(app_dir("conf-443e4b91"))
    found = {(d.file, d.line, d.code) for d in diagnostics.items}
    assert ("src/app/pages/map/map.ts", 108, "PWX302") in found  # document.createElement('script')
    assert ("src/app/pages/map/map.ts", 52, "PWX302") in found  # this.mapElement.nativeElement
    assert ("src/app/app.component.ts", 193, "PWX302") in found  # document.documentElement.classList
    assert not [d for d in diagnostics.items if d.code == "PWX303"]  # map-dark-style.js is a project file
    assert "miniprogram_npm/rxjs/index.js" in packed and "miniprogram_npm/rxjs/operators/index.js" in packed
    assert npm.packed_size(packed) < 400_000


@needs.node
def test_conference_app_loads_in_node(tmp_path: Path) -> None:
    """Require every compiled module with a stand-in runtime: the module system and lowering run."""
    files, packed, _ = compile_app(app_dir("conf-443e4b91"))
    for path, js in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(js, encoding="utf-8")
    for path, data in packed.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_bytes(data)
    guard = layout.RUNTIME + modules.RUNTIME_MODULES[modules.REQUIRE_SPECIFIER]
    for runtime in modules.runtime_module_list():
        (tmp_path / runtime).parent.mkdir(parents=True, exist_ok=True)
        # the guarded require is the module system itself, not an API: it runs as it ships
        real = ADAPTERS / runtime.removeprefix("pwa2wx/") if runtime == guard else None
        (tmp_path / runtime).write_text(real.read_text(encoding="utf-8") if real else STUB, encoding="utf-8")
    script = "const paths = " + json.dumps(["./" + p for p in sorted(files)]) + """; const seen = {};
for (const p of paths) { const m = require(p); seen[p] = Object.keys(m).filter(k => m[k] && m[k].__ng__); }
const rx = require('./miniprogram_npm/rxjs/index.js'), op = require('./miniprogram_npm/rxjs/operators/index.js');
rx.of(1, 2).pipe(op.map(x => x * 10)).subscribe(v => { seen.rx = (seen.rx || []).concat(v); });
const routes = require('./src/app/pages/tabs-page/routes.js').TABS_ROUTES;
routes[0].children[0].children[0].loadComponent().then(c => {
  seen.lazy = c.name; seen.meta = c.__ng__.kind + ' ' + c.__ng__.selector + ' ' + c.__ng__.deps().length;
  console.log(JSON.stringify(seen));
});
"""
    result = subprocess.run(["node", "-e", script], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert seen["rx"] == [10, 20]
    assert seen["lazy"] == "SchedulePage"
    assert seen["meta"] == "component page-schedule 9"
    assert seen["./src/app/providers/user.service.js"] == ["UserService"]
