"""The PWA-side script of hybrid pages (pwa/pwa2wx-miniprogram.js) in headless Chromium.

The script pwa2wx writes for the trailbook fixture (its About tab shown through the web-view) is served with a
small page from a real HTTP server on 127.0.0.1; the page stands in for the PWA's router (history.pushState /
replaceState / back, as Angular's Location calls them) and ``wx.miniProgram`` is a double that records its calls
(the JS-SDK's API: navigateTo, redirectTo, switchTab, navigateBack, getEnv)."""

from __future__ import annotations

import functools
import html
import http.server
import json
import subprocess
import threading
from pathlib import Path

import pytest

from pwa2wx.diagnostics import Diagnostics
from pwa2wx.output.webview_page import pwa_script
from pwa2wx.screenshot import chromium
from pwa2wx.workspace import config, project, routes, webview
from tests import needs

TRAILBOOK = Path(__file__).resolve().parent.parent / "fixtures" / "trailbook"

# The JS-SDK double: getEnv answers later, as WeChat's does; `env` is what it answers.
DOUBLE = """<script>
window.calls = [];
window.wx = { miniProgram: {
  getEnv: function (cb) { calls.push(['getEnv']); setTimeout(function () { cb({ miniprogram: ENV }); }, 0); },
  navigateTo: function (o) { calls.push(['navigateTo', o.url]); },
  redirectTo: function (o) { calls.push(['redirectTo', o.url]); },
  switchTab: function (o) { calls.push(['switchTab', o.url]); },
  navigateBack: function (o) { calls.push(['navigateBack', o.delta]); }
} };
</script>
<script src="/pwa2wx-miniprogram.js"></script>
"""
# What the PWA's router does, step by step; each step records the wx calls it made and where the page is.
STEPS = """<script>
var pops = 0;
addEventListener('popstate', function () { pops++; });
var steps = [
  ['push native page', function () { history.pushState({}, '', '/tabs/trails/2?from=web'); }],
  ['replace with native page', function () { history.replaceState({}, '', '/tabs/trails/3'); }],
  ['push native tab', function () { history.pushState({}, '', '/tabs/notes'); }],
  ['push the web-view route', function () { history.pushState({}, '', '/tabs/about?section=credits'); }],
  ['back inside the PWA', function () { history.back(); }],
  ['back at the first page', function () { history.back(); }]
];
var log = [];
function run(i) {
  if (i === steps.length) { document.body.textContent = JSON.stringify(log); return; }
  calls.length = 0;
  var before = pops;
  steps[i][1]();
  setTimeout(function () {
    log.push({ step: steps[i][0], calls: calls.slice(), url: location.pathname + location.search,
               popstate: pops - before });
    run(i + 1);
  }, 50);
}
setTimeout(function () { run(0); }, 50);
</script>
"""


def script(base: str) -> str:
    """The script pwa2wx writes when the trailbook's About tab is its one web-view route, for a PWA at ``base``."""
    cfg = config.defaults()  # the loopback server is http: the values are set as [webview] would set them
    cfg.values["webview"].update(url=base, routes=["/tabs/about"])
    found = Diagnostics()
    plan = routes.plan(project.load(TRAILBOOK), found)
    webview.mark(plan, cfg, found)
    return pwa_script(base, plan)


@pytest.fixture
def served(tmp_path):
    browser = chromium()
    if browser is None:
        needs.unavailable("Chromium is not installed (Debian: apt-get install chromium)")

    class SinglePage(http.server.SimpleHTTPRequestHandler):
        """Serves index.html for every route, as a PWA's server does."""

        def send_head(self):
            if not self.path.startswith("/pwa2wx-miniprogram.js"):
                self.path = "/index.html"
            return super().send_head()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(SinglePage, directory=tmp_path))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (tmp_path / "pwa2wx-miniprogram.js").write_text(script(base), encoding="utf-8")

    def open_page(head: str, route: str) -> list[dict]:
        (tmp_path / "index.html").write_text(f"<!doctype html><html><head>{head}</head><body>…</body></html>",
                                             encoding="utf-8")
        proc = subprocess.run([browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                               f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000",
                               "--dump-dom", base + route], capture_output=True, text=True, timeout=60)
        body = proc.stdout.split("<body>", 1)[1].split("</body>", 1)[0]
        return json.loads(html.unescape(body))

    yield open_page
    server.shutdown()


def test_navigation_to_native_routes_opens_mini_program_pages(served):
    log = served(DOUBLE.replace("ENV", "true") + STEPS, "/tabs/about")
    assert [(s["step"], s["calls"], s["url"], s["popstate"]) for s in log] == [
        ("push native page", [["navigateTo", "/pages/trail-detail/trail-detail?from=web&trailId=2"]], "/tabs/about", 1),
        ("replace with native page", [["redirectTo", "/pages/trail-detail/trail-detail?trailId=3"]], "/tabs/about", 1),
        ("push native tab", [["switchTab", "/pages/notes/notes"]], "/tabs/about", 1),
        ("push the web-view route", [], "/tabs/about?section=credits", 0),
        ("back inside the PWA", [], "/tabs/about", 1),
        ("back at the first page", [["navigateBack", 1]], "/tabs/about", 0),
    ]


def test_outside_the_mini_program_nothing_changes(served):
    log = served(DOUBLE.replace("ENV", "false") + STEPS, "/tabs/about")
    assert [(s["step"], s["calls"], s["url"]) for s in log] == [
        ("push native page", [], "/tabs/trails/2?from=web"),
        ("replace with native page", [], "/tabs/trails/3"),
        ("push native tab", [], "/tabs/notes"),
        ("push the web-view route", [], "/tabs/about?section=credits"),
        ("back inside the PWA", [], "/tabs/notes"),
        ("back at the first page", [], "/tabs/trails/3"),
    ]
