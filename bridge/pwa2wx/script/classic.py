"""Classic scripts: angular.json's ``scripts`` and index.html's ``<script src>``, which a browser runs before the
app, with the window as ``this`` and as the home of their top-level names (``assets/env.js`` setting
``window.env`` for environment.ts). They run the same way before the app's main, each in a function that hides
CommonJS (a UMD library then takes its browser branch and puts itself on the window); one that throws is
reported on the console, and the next still runs, as in a browser.
"""

from __future__ import annotations

import json

from pwa2wx.diagnostics import Diagnostics
from pwa2wx.output.layout import RUNTIME
from pwa2wx.script import modules
from pwa2wx.script.transpile import Options, compile_source
from pwa2wx.script.tsparse import is_module_source, parse, top_level_names

HIDDEN = ("module", "exports", "define", "require")  # what a UMD wrapper tests to pick CommonJS or AMD


def is_module(text: str) -> bool:
    """Whether the script is an ES module, which a browser refuses as a classic script (import outside a module)."""
    return is_module_source(parse(text))


def compile_classic(text: str, rel: str, out: str) -> str:
    """ES2017 for the classic script ``rel`` (its text), to be written at ``out`` and required before main."""
    names = [n for n in top_level_names(text) if n not in HIDDEN]
    shared = "".join(f"window.{name} = {name}; " for name in names)
    wrapped = (f"try {{ (function ({', '.join(HIDDEN)}, globalThis) {{\n{text}\n;{shared}\n}})"
               f".call(window{', undefined' * len(HIDDEN)}, window); }} catch (e) {{ "
               f"console.error('pwa2wx: the script ' + {json.dumps(rel)} + ' failed: ' + (e && e.message || e)); }}\n")

    def locate(spec: str) -> str | None:
        runtime = modules.runtime_module(spec)
        return modules.relative(out, RUNTIME + runtime) if runtime else None

    options = Options(file=rel, locate=locate, esm=False, report_web=False, node_env=True, verify=False,
                      guard_requires=False)
    return compile_source(parse(wrapped), options, Diagnostics()).js
