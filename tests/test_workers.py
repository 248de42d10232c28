"""Web Workers written as strings (airgap-vault's entropy workers: `new Worker(URL.createObjectURL(new Blob([code])))`,
with `code` a string constant): the converter compiles the string into a function registered with it
(script/workers.py), and the runtime's Worker runs it in the page's thread (runtime/worker.js)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from pwa2wx.diagnostics import Diagnostics
from pwa2wx.script import modules
from pwa2wx.script.transpile import Options, compile_source
from tests import needs

ROOT = Path(__file__).resolve().parent.parent

# A worker script as the vault writes one: a minified UMD library that puts itself on the worker's `self` (it tests
# `window`, `self` and CommonJS's `module`, which must not be the page module's), then a handler reading it.
WORKER = """
let seen = []
!function(){"use strict";var n="object"==typeof window,i=n?window:{};var o=!n&&"object"==typeof self;o&&(i=self);
var s="object"==typeof module&&module.exports;var S={sha3_256:function(t){return "h("+t+")"}};
if(s)module.exports=S;else for(var k in S)i[k]=S[k]}();

self.onmessage = function (event) {
  seen.push(event.data)
  postMessage({ seen: seen, hash: sha3_256(event.data), window: typeof window, self: self === this })
}
"""
MODULE = f"""
import {{ Injectable }} from '@angular/core'
const workerJS = `{WORKER}`
const worker: Worker = new Worker(URL.createObjectURL(new Blob([workerJS])))
export const replies: unknown[] = []
worker.onmessage = (event: MessageEvent) => replies.push(event.data)
worker.postMessage('a')
worker.postMessage('b')
export const text = workerJS
"""

RUN = r"""
const { layout } = require('./tests/js/helpers/runtime.js');
const rt = layout({ pages: [] });
rt.file('src/w.js', process.argv[1]);
const m = require(rt.root + '/src/w.js');
setTimeout(() => process.stdout.write(JSON.stringify({ replies: m.replies, keys: Object.keys(m), text: m.text })), 30);
"""


def _compile(source: str) -> tuple[str, Diagnostics]:
    def locate(spec: str) -> str | None:
        runtime = modules.runtime_module(spec)
        return f"../pwa2wx/runtime/{runtime}" if runtime else None

    diagnostics = Diagnostics()
    return compile_source(source, Options(file="src/w.ts", locate=locate, worker_scripts=True), diagnostics).js, \
        diagnostics


@needs.node
def test_a_worker_made_of_a_string_constant_runs_its_compiled_script_with_messages_both_ways():
    js, diagnostics = _compile(MODULE)
    assert not diagnostics.count("error") and not diagnostics.count("warning"), diagnostics.sorted()
    assert "worker.js\").script(`" in js  # the literal is still the module's value
    proc = subprocess.run(["node", "-e", RUN, js], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["replies"] == [
        {"seen": ["a"], "hash": "h(a)", "window": "undefined", "self": True},
        {"seen": ["a", "b"], "hash": "h(b)", "window": "undefined", "self": True},
    ]
    assert set(result["keys"]) == {"replies", "text"}  # the library in the worker did not take the module's exports
    assert result["text"] == WORKER


def test_strings_that_are_not_worker_scripts_stay_as_they_are():
    for literal in ("'postMessage to onmessage'",  # prose
                    "`self.onmessage = function ( { postMessage(1) }`",  # does not parse
                    "`postMessage(${x}); onmessage = f`"):  # built at run time
        js, _ = _compile(f"export const x = 1; export const s = {literal}\n")
        assert "script(" not in js and literal in js
    js, _ = _compile("declare const tag: any; export const s = tag`onmessage = f; postMessage(1)`\n")
    assert "script(" not in js


def test_a_worker_script_that_does_not_compile_is_reported_where_it_is_written():
    js, diagnostics = _compile("export const s = `import x from 'y'; onmessage = (e) => postMessage(x)`\n")
    assert "script(" not in js
    assert [(d.code, d.line) for d in diagnostics.sorted()] == [("PWX308", 1)]


def test_a_free_worker_reference_is_the_runtime_s_and_no_longer_reported():
    js, diagnostics = _compile("export const ok = typeof Worker !== 'undefined' && new Worker('x.js')\n")
    assert "web_1.Worker" in js
    assert not [d for d in diagnostics.sorted() if "Worker" in d.message]
