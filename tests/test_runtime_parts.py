"""The runtime modules cut into parts (`pwa2wx.script.modules.RUNTIME_PARTS`): an import of a listed name requires
its part alone, so the part must give that name, and the very object the whole module gives (a class is a DI token:
two copies of IonicRouteStrategy would be two tokens). And a part names nothing the table leaves out, so that no
import falls back to the whole module for a name a part has."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from pwa2wx.diagnostics import Diagnostics
from pwa2wx.script import modules
from pwa2wx.script.transpile import Options, compile_source
from tests import needs

ROOT = Path(__file__).resolve().parent.parent
# Names a part exports for the runtime's other files, which apps do not import (the whole module carries them too).
FOR_THE_RUNTIME = {"configure", "menuState", "InputMarker", "INPUT", "ɵsetInput", "ɵisInput", "ɵlibraryDirectives"}

# Node: {module: {part: {"names": {name: same object as the whole's}, "keys": [the part's exports]}}}; a module's rest
# part (RUNTIME_REST) is asked for every name of the whole that no other part lists.
CHECK = r"""
const { layout } = require('./tests/js/helpers/runtime.js');
const rt = layout({ pages: [] });
const [table, rest] = JSON.parse(process.argv[1]);
const out = {};
for (const [module, parts] of Object.entries(table)) {
  const whole = rt.require(module);
  out[module] = {};
  const listed = new Set(Object.values(parts).flat());
  if (rest[module]) parts[rest[module]] = Object.keys(whole).filter((n) => !listed.has(n));
  for (const [part, names] of Object.entries(parts)) {
    const exported = rt.require(part);
    out[module][part] = { keys: Object.keys(exported),
      names: Object.fromEntries(names.map((n) => [n, n in exported && exported[n] === whole[n]])) };
  }
}
process.stdout.write(JSON.stringify(out));
"""


@needs.node
def test_each_part_gives_its_names_as_the_whole_module_does_and_the_whole_module_no_others():
    table = [modules.RUNTIME_PARTS, modules.RUNTIME_REST]
    proc = subprocess.run(["node", "-e", CHECK, json.dumps(table)], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout)
    for module, parts in modules.RUNTIME_PARTS.items():
        wrong = {part: [n for n, same in found[module][part]["names"].items() if not same and n not in
                        FOR_THE_RUNTIME] for part in found[module]}
        assert {part: names for part, names in wrong.items() if names} == {}, f"{module}: not the whole's objects"
        unlisted = {part: set(found[module][part]["keys"]) - set(names) - FOR_THE_RUNTIME
                    for part, names in parts.items()}
        assert {part: names for part, names in unlisted.items() if names} == {}, "list these in RUNTIME_PARTS"


def compiled(ts: str) -> str:
    def locate(spec: str) -> str | None:
        found = modules.runtime_module(spec)
        return f"./rt/{found}" if found else None

    options = Options(file="a.ts", locate=locate, guard_requires=False)
    return compile_source(ts, options, Diagnostics()).js


def test_an_import_of_listed_names_requires_their_parts_and_others_the_whole_module():
    js = compiled("import { IonicModule, IonicRouteStrategy, AlertController, IonFoo } from '@ionic/angular';\n"
                  "export const all = [IonicModule, IonicRouteStrategy, AlertController, IonFoo];\n")
    assert 'require("./rt/ionic/module.js")' in js and 'require("./rt/ionic/overlays.js")' in js
    assert js.count('require("./rt/ionic/module.js")') == 1
    assert 'require("./rt/ionic/angular.js")' in js  # IonFoo is no part's: the whole module


def test_an_import_of_part_names_only_does_not_require_the_whole_module():
    js = compiled("import { IonicModule } from '@ionic/angular';\nexport const m = IonicModule;\n")
    assert 'require("./rt/ionic/module.js")' in js and "ionic/angular.js" not in js
    js = compiled("import * as ionic from '@ionic/angular';\nexport const m = ionic.IonicModule;\n")
    assert 'require("./rt/ionic/angular.js")' in js


def test_a_module_with_a_rest_part_takes_every_unlisted_name_from_it():
    js = compiled("import { inject, signal, InjectionToken } from '@angular/core';\n"
                  "export const all = [inject, signal, InjectionToken];\n")
    assert 'require("./rt/angular/core/base.js")' in js and 'require("./rt/angular/core/signals.js")' in js
    assert "angular/core.js" not in js
