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
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from pwa2wx import preview
from pwa2wx.build.convert import convert
from pwa2wx.diagnostics import Diagnostics
from pwa2wx.output.webview_page import pwa_script
from pwa2wx.workspace import config, project, routes, webview
from tests import needs
from tests.conftest import FIXTURES
from tests.doubles.casdoor import Casdoor
from tests.doubles.wechat import WeChat

TRAILBOOK = FIXTURES / "trailbook"

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


def script(base: str, src: Path = TRAILBOOK, listed: tuple[str, ...] = ("/tabs/about",)) -> str:
    """The script pwa2wx writes for ``src`` with the ``listed`` routes shown through the web-view, for a PWA at
    ``base``."""
    cfg = config.defaults()  # the loopback server is http: the values are set as [webview] would set them
    cfg.values["webview"].update(url=base, routes=list(listed))
    found = Diagnostics()
    plan = routes.plan(project.load(src), found)
    webview.mark(plan, cfg, found)
    return pwa_script(base, plan)


class Site:
    """The deployed PWA's stand-in: one page for every route (as a PWA's server answers), served from 127.0.0.1, with
    the PWA-side script beside it, opened in headless Chromium."""

    def __init__(self, folder: Path, browser: str) -> None:
        self.folder, self.browser = folder, browser

        class SinglePage(http.server.SimpleHTTPRequestHandler):
            def send_head(self):
                if not self.path.startswith("/pwa2wx-miniprogram.js"):
                    self.path = "/index.html"
                return super().send_head()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(SinglePage,
                                                                                         directory=folder))
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def open(self, script_text: str, head: str, route: str) -> object:
        """Chromium at ``route``; what the page writes into its body (JSON) once its timers have run."""
        (self.folder / "pwa2wx-miniprogram.js").write_text(script_text, encoding="utf-8")
        (self.folder / "index.html").write_text(f"<!doctype html><html><head>{head}</head><body>…</body></html>",
                                                encoding="utf-8")
        proc = subprocess.run([self.browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                               f"--user-data-dir={self.folder / 'profile'}", "--virtual-time-budget=5000",
                               "--dump-dom", self.base + route], capture_output=True, text=True, timeout=60)
        body = proc.stdout.split("<body>", 1)[1].split("</body>", 1)[0]
        return json.loads(html.unescape(body))


@pytest.fixture
def site(tmp_path) -> Iterator[Site]:
    served = Site(tmp_path, needs.chromium())
    yield served
    served.server.shutdown()


def test_navigation_to_native_routes_opens_mini_program_pages(site):
    log = site.open(script(site.base), DOUBLE.replace("ENV", "true") + STEPS, "/tabs/about")
    assert [(s["step"], s["calls"], s["url"], s["popstate"]) for s in log] == [
        ("push native page", [["navigateTo", "/pages/trail-detail/trail-detail?from=web&trailId=2"]], "/tabs/about", 1),
        ("replace with native page", [["redirectTo", "/pages/trail-detail/trail-detail?trailId=3"]], "/tabs/about", 1),
        ("push native tab", [["switchTab", "/pages/notes/notes"]], "/tabs/about", 1),
        ("push the web-view route", [], "/tabs/about?section=credits", 0),
        ("back inside the PWA", [], "/tabs/about", 1),
        ("back at the first page", [["navigateBack", 1]], "/tabs/about", 0),
    ]


def test_outside_the_mini_program_nothing_changes(site):
    log = site.open(script(site.base), DOUBLE.replace("ENV", "false") + STEPS, "/tabs/about")
    assert [(s["step"], s["calls"], s["url"]) for s in log] == [
        ("push native page", [], "/tabs/trails/2?from=web"),
        ("replace with native page", [], "/tabs/trails/3"),
        ("push native tab", [], "/tabs/notes"),
        ("push the web-view route", [], "/tabs/about?section=credits"),
        ("back inside the PWA", [], "/tabs/notes"),
        ("back at the first page", [], "/tabs/trails/3"),
    ]


# ---- [webview] handoff: the mini program's sign-in reaches the PWA

LOGIN_DEMO = FIXTURES / "login-demo"
MEMBERS = "https://members.ridgeline.example"
READS = """<script>var arrived = { href: location.href, entries: history.length };</script>
<script src="/pwa2wx-miniprogram.js"></script>
<script>
addEventListener('DOMContentLoaded', function () {
  document.body.textContent = JSON.stringify({ arrived: arrived, token: window.pwa2wx.accessToken,
                                               href: location.href, entries: history.length });
});
</script>
"""


@needs.node
def test_handoff_gives_the_pwa_the_signed_in_users_access_token_only(tmp_path, site):
    """The login demo signs in with the Casdoor double at launch, then opens its /login route, shown as the PWA."""
    settings = (LOGIN_DEMO / "pwa2wx.toml").read_text(encoding="utf-8")
    login = tomllib.loads(settings)["login"]
    (tmp_path / "pwa2wx.toml").write_text(settings + f'\n[webview]\nurl = "{MEMBERS}"\nroutes = ["/login"]\n'
                                          'handoff = true\n', encoding="utf-8")
    out = convert(LOGIN_DEMO, tmp_path / "mp", tmp_path / "pwa2wx.toml").out
    with WeChat() as wechat, Casdoor(wechat, client_id=login["client_id"]) as casdoor:
        code = wechat.issue_code()
        shown = preview.run(out, "pages/home/home", hosts={login["endpoint"]: casdoor.url},
                            answers={"login": [{"code": code, "errMsg": "login:ok"}]},
                            actions=[{"navigate": "/login?from=home"}])
        assert shown.errors == [] and shown.route == "pages/login/login"
        (issued,) = casdoor.tokens
        url = shown.data["url"]
        assert url == f"{MEMBERS}/login?from=home#pwa2wx_token={issued.access}"
        assert issued.refresh not in url  # the refresh token stays in the mini program
        # the deployed PWA (its stand-in on 127.0.0.1) opened at that URL
        page = site.open(script(site.base, LOGIN_DEMO, ("/login",)), READS, url.removeprefix(MEMBERS))
        assert page["arrived"]["href"] == site.base + url.removeprefix(MEMBERS)
        # taken out of the address, replacing the history entry it arrived in: no entry holds it any more
        assert page["token"] == issued.access and page["href"] == f"{site.base}/login?from=home"
        assert page["entries"] == page["arrived"]["entries"]
        # the credential is usable, for the user the mini program signed in
        account = casdoor.verify(page["token"])
        assert account is not None and account["preferred_username"] == f"wechat-{wechat.openid(wechat.user)}"


def test_a_pwa_on_hash_routing_gets_the_token_out_of_its_route(site):
    """With a hash-routed PWA ([webview] url ending in '#') the token follows the route in the fragment."""
    page = site.open(script(site.base + "/#", LOGIN_DEMO, ("/login",)), READS, "/#/login?from=home&pwa2wx_token=at-1")
    assert page["token"] == "at-1" and page["href"] == f"{site.base}/#/login?from=home"
    assert page["entries"] == page["arrived"]["entries"]
