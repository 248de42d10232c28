"""Opens a real app's own PWA build page by page in headless Chromium, as bench/realapps.py opens its conversion,
and records what each page logs: the baseline that tells an error the PWA logs too from one the conversion adds.

    python bench/pwa_baseline.py DIST OUT --app NAME --json FILE [--hash] [--jobs 4]

DIST is the app's own build (`ng build --configuration development`: unminified, so messages name what the
converted code names); OUT its conversion, whose route table (pwa2wx/app.config.js) gives each page's URL, its
parameters set to 1 as the preview sets them. Each page opens in a fresh profile (a first visit, nothing stored),
on the phone the preview's wx says it is, with every host but 127.0.0.1 unresolvable and no answer to a request of
the app's own origin that is not a navigation or a file of the build, as the preview leaves the app's backends
unreachable. A script the server puts first in index.html records errors as the preview does (console.error with
its Error's message or its arguments, uncaught errors, unhandled rejections); the server also sets
`<base href="/">`, the folder's root.
FILE gets {NAME: {page: {"url", "final" (where the app's navigation left it), "text", "errors"}}}, merged into what
it holds; realapps.py --pwa-baseline reads it.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import re
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pwa2wx.screenshot import chromium  # noqa: E402
from tests.realapps import page_routes  # noqa: E402

MARK = "[pwx-baseline]"
# Records as bench's preview (bridge/pwa2wx/preview/main.js) does: console.error → its Error's message, else its
# arguments; uncaught errors and unhandled rejections → their message. Logged through console.log with MARK, which
# Chromium's --enable-logging prints one line each (JSON keeps a message's newlines out of it).
RECORDER = """<script>(function () {
  var log = console.log.bind(console), error = console.error;
  function fmt(v) {
    if (v instanceof Error) return v.message;
    if (typeof v === 'string') return v;
    try { return JSON.stringify(v); } catch (e) { return String(v); }
  }
  function record(source, message) { log('%s' + JSON.stringify({source: source, message: String(message)})); }
  console.error = function () {
    var args = Array.prototype.slice.call(arguments);
    var err = args.find(function (a) { return a instanceof Error; });
    record('console.error', err ? err.message : args.map(fmt).join(' '));
    return error.apply(console, args);
  };
  addEventListener('error', function (e) {
    if (e instanceof ErrorEvent) record('uncaught', e.error instanceof Error ? e.error.message : e.message);
  });
  addEventListener('unhandledrejection', function (e) { record('unhandledrejection', fmt(e.reason)); });
  function moved() { record('location', location.href); }
  ['pushState', 'replaceState'].forEach(function (name) {
    var real = history[name];
    history[name] = function () { var r = real.apply(history, arguments); moved(); return r; };
  });
  addEventListener('hashchange', moved);
  addEventListener('popstate', moved);
})();</script>""".replace("%s", MARK)
# The phone the preview's wx double says it runs on (an iPhone 12, iOS 16): Ionic's Platform then says what it says on
# that phone's browser (ios, mobileweb), not desktop, which apps test for to skip what a phone does
PHONE = ("Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
         "Version/16.0 Mobile/15E148 Safari/604.1")
CONSOLE_LINE = re.compile(r':CONSOLE(?::\d+|\(\d+\))\] "' + re.escape(MARK) + r'(\{.*\})", source: ')
BASE_HREF = re.compile(r'<base href="[^"]*"\s*/?>')


def index_html(dist: Path) -> bytes:
    html = (dist / "index.html").read_text(encoding="utf-8")
    html = BASE_HREF.sub('<base href="/">', html) if BASE_HREF.search(html) else \
        html.replace("<head>", '<head><base href="/">', 1)
    return html.replace("<head>", "<head>" + RECORDER, 1).encode()


class Handler(http.server.SimpleHTTPRequestHandler):
    """The build's files; index.html (with the recorder) for a navigation to any other path, as a PWA's host serves
    a deep link; any other request of a path the build lacks (the app's API on its own origin) gets no answer, as
    an unreachable backend gives none."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,  # as ng serve serves them
                      ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
                      ".json": "application/json; charset=utf-8"}

    def __init__(self, *args, index: bytes, **kwargs) -> None:
        self.index = index
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_file() and path.name != "index.html":
            return super().do_GET()
        if "text/html" not in self.headers.get("Accept", ""):
            self.close_connection = True
            return None
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.index)))
        self.end_headers()
        self.wfile.write(self.index)
        return None

    def log_message(self, *args: object) -> None:
        pass


def page_text(dom: str) -> bool:
    """Whether the page shows text (its DOM without scripts, styles and templates)."""
    if not dom.strip():
        return False
    body = lxml.html.fromstring(dom).find("body")
    if body is None:
        return False
    for hidden in body.xpath(".//script|.//style|.//noscript|.//template"):
        hidden.drop_tree()
    return bool(body.text_content().strip())


def open_url(url: str, wait_ms: int) -> dict:
    """What a page logs and shows; a page Chromium does not finish in two minutes is unmeasured (text None)."""
    with tempfile.TemporaryDirectory(prefix="pwx-baseline-") as profile:
        try:
            proc = subprocess.run(
                [chromium() or "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr",
                 "--v=0", f"--user-data-dir={profile}", f"--virtual-time-budget={wait_ms}", f"--user-agent={PHONE}",
                 "--window-size=390,844", "--touch-events=enabled",
                 "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1", "--dump-dom", url],
                capture_output=True, text=True, timeout=120, check=False)
        except subprocess.TimeoutExpired:
            return {"url": url, "final": url, "text": None, "errors": []}
    logged = [json.loads(m[1]) for m in map(CONSOLE_LINE.search, proc.stderr.splitlines()) if m]
    moves = [e["message"] for e in logged if e["source"] == "location"]
    return {"url": url, "final": moves[-1] if moves else url, "text": page_text(proc.stdout),
            "errors": [f"{e['source']}: {e['message']}" for e in logged if e["source"] != "location"]}


def baseline(dist: Path, out: Path, hash_routing: bool, jobs: int, wait_ms: int) -> dict[str, dict]:
    handler = functools.partial(Handler, directory=str(dist), index=index_html(dist))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        root = f"http://127.0.0.1:{server.server_address[1]}/" + ("#/" if hash_routing else "")
        urls = {page: root + re.sub(r":[^/]+", "1", path) for page, path in page_routes(out).items()}
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            return dict(zip(urls, pool.map(lambda url: open_url(url, wait_ms), urls.values()), strict=True))
    finally:
        server.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dist", type=Path, help="the app's own build (the folder with index.html)")
    parser.add_argument("out", type=Path, help="its conversion (pwa2wx convert's output)")
    parser.add_argument("--app", required=True, help="the app's name in bench/realapps.py's reports")
    parser.add_argument("--json", type=Path, required=True, help="the baselines' file (merged into)")
    parser.add_argument("--hash", action="store_true", help="the app routes with useHash")
    parser.add_argument("--jobs", type=int, default=4)
    parser.add_argument("--wait-ms", type=int, default=8000, help="Chromium's virtual time per page")
    args = parser.parse_args()
    pages = baseline(args.dist.resolve(), args.out.resolve(), args.hash, args.jobs, args.wait_ms)
    known = json.loads(args.json.read_text()) if args.json.is_file() else {}
    known[args.app] = pages
    args.json.write_text(json.dumps(known, indent=1, ensure_ascii=False))
    print(f"{args.app}: {len(pages)} pages, {sum(p['text'] is True for p in pages.values())} show text, "
          f"{sum(not p['errors'] for p in pages.values() if p['text'] is not None)} without errors, "
          f"{sum(p['text'] is None for p in pages.values())} not finished")


if __name__ == "__main__":
    main()
