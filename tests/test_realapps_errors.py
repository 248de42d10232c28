"""The real-app harness (tests/realapps.py) tells the errors a page logs because its backends are unreachable, or
that the PWA logs too, from the converted code's own: a table of messages as the corpus apps log them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests import needs
from tests.realapps import _not_its_doing, expected_errors, in_pwa_too, stand_ins
from tests.tables import table

ROOT = Path(__file__).resolve().parent.parent

HOST = "relay.walletconnect.com"

CASES = [
    ("a library names the host it failed to reach", "WebSocket connection failed for host: wss://relay.walletconnect.com",
     True),
    ("the same through pino's browser logger", '{"context":"core"} WebSocket connection failed for host: '
     "wss://relay.walletconnect.com", True),
    ("HttpClient's error for a failed request", "Http failure response for https://api.example.com/x: 0 Unknown Error",
     True),
    ("axios's", "Network Error", True),
    ("Firestore's, through Firebase's logger (dkellycollins/amiibos-ionic-angular)",
     "[2026-12-06T19:45:02.318Z]  @firebase/firestore: Firestore (8.5.0): Could not reach Cloud Firestore backend. "
     "Connection failed 1 times. Most recent error: FirebaseError: [code=unavailable]: The operation could not be "
     "completed", True),
    ("Firestore's read while it cannot reach its backend (AjayM17/StockManagement)",
     "Failed to get document because the client is offline.", True),
    ("the same as a FirebaseError", "FirebaseError: Failed to get document because the client is offline.", True),
    ("Firestore lite's failed request (Yumhira/LAFAYE-CLEMENT-Ionic-Angular-SpotyMike)",
     "[2026-12-07T08:58:14.198Z]  @firebase/firestore: Firestore (10.12.2_lite): RPC_ERROR HTTP error has no status",
     True),
    ("a wx call's own failure", "request:fail getaddrinfo ENOTFOUND api.example.com", True),
    ("Capacitor's web rejection of a plugin without a web implementation", '"AppInfo" plugin is not implemented on web',
     True),
    ("an app's own message quoting a Cordova plugin's rejection (abgdazarya/DPA-Ionic's SSL pinning)",
     'Opss, SSL pinning failed. NotSupportedError: HTTP.setServerTrustMode("pinned") is not available in a mini '
     "program: WeChat checks server certificates itself and cannot pin them (a Cordova plugin, which a browser "
     "lacks too)", True),
    ("code reading what a failed request left undefined", "Cannot read properties of undefined (reading 'status')",
     False),
    ("a missing provider", "NG0201: No provider for InjectionToken Facade!", False),
    ("another host that only starts like the unreachable one", "cannot load relay.walletconnect.com.evil/x", False),
    ("a plugin the runtime lacks though the web has it", '"Filesystem.readFile" is not available in a mini program',
     False),
]


@table("name, message, expected", CASES)
def test_an_error_is_the_backends_or_the_pwas_own_or_the_converted_codes(name: str, message: str,
                                                                          expected: bool) -> None:
    assert _not_its_doing(message, {HOST}) is expected


FAILED = "Http failure response for https://relay.walletconnect.com/x: 0 Unknown Error"
START = "%c ERROR -----------⤵ background: #222; color: #FF5959"
END = "%c END -------------⤴ background: #222; color: #FF5959"
SEQUENCES = [
    ("a logger's banners around a failed request are part of its report (aleemkhowaja/mobile_app_ionic)",
     [START, FAILED, END], [True, True, True]),
    ("around the converted code's own error they are not", [START, "Cannot read properties of null (reading 'x')",
                                                             END], [False, False, False]),
    ("two banners in a row frame nothing", [START, END, FAILED], [False, True, True]),
    ("a styled line that says more than a label is an error of its own",
     ["%c Could not load the profile background: #222", FAILED], [False, True]),
]


@table("name, messages, expected", SEQUENCES)
def test_a_banner_is_expected_with_the_error_it_frames(name: str, messages: list[str], expected: list[bool]) -> None:
    assert expected_errors(messages, {HOST}) == expected


def test_what_a_module_stand_in_shows_is_no_text_of_the_page_and_an_error():
    """litospayaso/tato printed `[module @resources/translations.json was not converted]` for its labels, counted as
    text."""
    text = ("Settings\n[module @r/t.json was not converted] [module x.js failed to load: boom]\n"
            "[module @r/t.json was not converted]")
    assert stand_ins(text) == ("Settings\n \n", ["[module @r/t.json was not converted]",
                                                 "[module x.js failed to load: boom]"])
    assert stand_ins("[module a was not converted]")[0].strip() == ""


# What the PWA's own build logged on a page (bench/pwa_baseline.py records as the preview does)
PWA_LOGGED = ["console.error: Cannot read properties of undefined (reading 'toUpperCase')",
              "console.error: Uncaught (in promise): TypeError: Cannot read properties of null (reading 'id')\n"
              "TypeError: Cannot read properties of null (reading 'id')\n    at main.js:1:2",
              "uncaught: No estate data found"]
PWA_CASES = [
    ("the same message", "Cannot read properties of undefined (reading 'toUpperCase')", True),
    ("Angular's label and the error's class name", "ERROR TypeError: Cannot read properties of undefined (reading "
     "'toUpperCase')", True),
    ("a rejection the zone wraps in the PWA and the runtime reports bare", "Cannot read properties of null "
     "(reading 'id')", True),
    ("logged another way (console.error there, thrown here)", "No estate data found", True),
    ("another property", "Cannot read properties of undefined (reading 'toLowerCase')", False),
    ("a message that only starts like one", "No estate data found for 1", False),
    ("nothing left once unwrapped", "Error: ", False),
]


@table("name, message, expected", PWA_CASES)
def test_an_error_the_pwa_logs_on_the_same_page_is_its_own(name: str, message: str, expected: bool) -> None:
    assert in_pwa_too(message, PWA_LOGGED) is expected


def test_the_baseline_records_what_each_page_of_a_built_pwa_logs_in_chromium(tmp_path: Path) -> None:
    """bench/pwa_baseline.py serves a build, opens each routed page's URL (parameters set to 1) in a fresh profile
    and records errors as the preview does: a deep link gets index.html; backends, the app's origin's API too, are
    unreachable."""
    needs.chromium()
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "index.html").write_text(
        '<html><head><base href="/app/"></head><body><p id="p"></p><script src="main.js"></script></body></html>')
    (dist / "main.js").write_text("""
        document.getElementById('p').textContent = location.pathname;
        if (location.pathname === '/detail/1') console.error('ERROR', new TypeError('no detail'));
        if (location.pathname === '/') history.replaceState(null, '', '/home');
        fetch('https://api.example.com/x').catch(function (e) { console.error('offline'); });
        fetch('/api/me').then(function (r) { console.error('answered ' + r.status); },
                              function () { console.error('no answer'); });
        Promise.reject(new Error('rejected'));
    """)
    out = tmp_path / "out"
    (out / "pwa2wx").mkdir(parents=True)
    (out / "pwa2wx" / "app.config.js").write_text('{ path: "", page: "pages/home/home" },\n'
                                                  '{ path: "detail/:id", page: "pages/detail/detail" },\n')
    report = tmp_path / "pwa.json"
    subprocess.run([sys.executable, str(ROOT / "bench" / "pwa_baseline.py"), str(dist), str(out), "--app", "a",
                    "--json", str(report), "--wait-ms", "2000"], check=True, cwd=ROOT, timeout=300)
    pages = json.loads(report.read_text())["a"]
    assert pages["pages/detail/detail"]["url"].endswith("/detail/1")
    both = ["console.error: no answer", "console.error: offline", "unhandledrejection: rejected"]
    assert sorted(pages["pages/detail/detail"]["errors"]) == sorted(both + ["console.error: no detail"])
    assert sorted(pages["pages/home/home"]["errors"]) == both
    assert pages["pages/home/home"]["text"] is True
    assert pages["pages/home/home"]["final"].endswith("/home") and pages["pages/detail/detail"]["final"].endswith(
        "/detail/1")
