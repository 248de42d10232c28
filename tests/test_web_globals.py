"""The compiler picks runtime/globals.js over web.js for code that reads only the light globals and no window member
web.js adds (`pwa2wx.script.modules.web_specifier`): the tables it decides by must be what the two files do."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from pwa2wx.script import modules
from tests import needs

ROOT = Path(__file__).resolve().parent.parent

# Node: [globals.js's exports, its window's members, the members web.js adds to that window, web.js's exports]
CHECK = r"""
const { layout } = require('./tests/js/helpers/runtime.js');
const rt = layout({ pages: [] });
const members = (o) => {
  const found = new Set();
  for (let p = o; p && p !== Object.prototype; p = Object.getPrototypeOf(p))
    Object.getOwnPropertyNames(p).forEach((n) => found.add(n));
  return found;
};
const light = rt.require('globals.js');
const before = members(light.window);
const web = rt.require('web.js');
const added = [...members(web.window)].filter((n) => !before.has(n));
process.stdout.write(JSON.stringify([Object.keys(light), [...before], added, Object.keys(web)]));
"""


@needs.node
def test_globals_js_serves_the_light_globals_and_web_js_adds_exactly_the_window_members_listed():
    proc = subprocess.run(["node", "-e", CHECK], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    exported, window, added, web = json.loads(proc.stdout)
    assert set(exported) == modules.LIGHT_GLOBALS
    assert modules.LIGHT_GLOBALS <= set(window)
    assert set(added) == modules.WEB_WINDOW
    assert not modules.WEB_WINDOW & set(window)
    assert set(modules.WEB_GLOBALS) <= set(web)  # web.js serves every name the compiler sends to it
