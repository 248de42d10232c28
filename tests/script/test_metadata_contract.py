"""The ``X.__ng__`` metadata contract (docs/internals.md "Class metadata"): the script compiler writes its keys in
the one declared order (``ngmeta.KEYS``), and the runtime reads and writes no key outside it."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from pwa2wx.script.ngmeta import KEYS, RUNTIME_KEYS
from tests import needs
from tests.script.test_transpile import compile_ts

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "adapters" / "runtime"

EVERY_KEY = '''
import { Component, EventEmitter, Injectable, Input, NgModule, Output, Pipe, ViewChild } from '@angular/core';
@Component({ selector: 'x-a', providers: [P], viewProviders: [Q], hostDirectives: [D], imports: [M],
             standalone: true, exportAs: 'a',
             host: { role: 'button', '(click)': 'go()', '[class.on]': 'on' } })
export class A {
  @Input() name: string;
  @Output() changed = new EventEmitter();
  @ViewChild('ref') ref: any;
  constructor(private p: P) {}
}
@NgModule({ declarations: [A], exports: [A], bootstrap: [A] }) export class M {}
@Injectable({ providedIn: 'root' }) export class P {}
@Pipe({ name: 'p', pure: false }) export class Q {}
'''


def emitted_keys(js: str) -> list[list[str]]:
    """The keys of each ``X.__ng__ = { … }`` in emitted code, in order (top-level keys only)."""
    out = []
    for literal in re.findall(r"\.__ng__ = (\{.*?\});?$", js, re.M):
        keys, depth = [], 0
        for m in re.finditer(r"[{}()\[\]]|(?<=[{,] )(\w+):", literal):
            if m.group(1) and depth == 1:
                keys.append(m.group(1))
            elif not m.group(1):
                depth += 1 if m.group(0) in "{([" else -1
        out.append(keys)
    return out


def test_the_compiler_writes_every_key_in_the_declared_order():
    js, _ = compile_ts(EVERY_KEY)
    written = emitted_keys(js)
    assert len(written) == 4
    for keys in written:
        assert keys == [k for k in KEYS if k in keys], keys
    assert set().union(*written) == set(KEYS)


def test_the_runtime_reads_only_declared_keys():
    """``meta.x`` and ``__ng__.x`` in the runtime (its name for a class's metadata) are keys of the contract."""
    read = set()
    for file in RUNTIME.rglob("*.js"):
        read |= set(re.findall(r"(?:\bmeta|__ng__)\.([A-Za-z]+)\b", file.read_text(encoding="utf-8")))
    assert read and read <= set(KEYS) | set(RUNTIME_KEYS), read - set(KEYS) - set(RUNTIME_KEYS)


@needs.node
def test_libraries_compiled_by_angular_get_the_same_keys():
    """core.js turns ng-packagr's partial declarations and full Ivy definitions into ``__ng__``: only declared
    keys."""
    script = f"""
const {{ layout }} = require({json.dumps(str(ROOT / 'tests' / 'js' / 'helpers' / 'runtime.js'))});
const core = layout({{ routes: [], tabs: [] }}).require('angular/core.js');
const keys = new Set();
const declare = (fn, extra) => {{
  class T {{}}
  core[fn](Object.assign({{ type: T, token: T, selector: 's', name: 'n', pure: false, providers: [], imports: [],
    deps: [], providedIn: 'root', factory: () => 1 }}, extra));
  Object.keys(T.__ng__ || {{}}).forEach((k) => keys.add(k));
}};
Object.keys(core).filter((k) => /^ɵɵ(ngDeclare|define)/.test(k) && !/ClassMetadata/.test(k))
  .forEach((fn) => declare(fn));
console.log(JSON.stringify([...keys]));
"""
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True, timeout=30).stdout
    written = set(json.loads(out.strip().splitlines()[-1]))
    assert {"kind", "selector", "deps", "providers", "imports", "name", "pure", "providedIn", "factory"} <= written
    assert written <= set(KEYS) | set(RUNTIME_KEYS), written - set(KEYS) - set(RUNTIME_KEYS)
