"""The domain lists of a converted mini program: the origins its code sends requests to, and the business
domain its web-view pages show (``[webview] url``, which is not requested).

WeChat sends ``wx.request`` only to https origins listed in the admin console (mp.weixin.qq.com →
Development → Development Settings → Server Domain → request). The list is read from the output the way
it will run: every string literal (and the fixed head of a template string) that starts with a URL, in the
app's compiled modules (``src/…``, also inside subpackages) and in ``pwa2wx/app.config.js``, which holds
``[api] base``, the login endpoint and the environment values. Comments do not count; templates and
third-party packages are not read (their URLs are links and images, not the app's requests).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from pwa2wx.output.layout import APP_CONFIG
from pwa2wx.script.tsparse import parse

URL = re.compile(r"^(https?)://([A-Za-z0-9.-]+(?::\d+)?)(?=[/?#]|$)", re.I)
NAMESPACES = frozenset({"http://www.w3.org", "https://www.w3.org"})  # XML namespace names, never requested
SHOWN = frozenset({"pwa"})  # app.config.js keys whose URL a web-view shows: a business domain, not a request domain
_SHOWN_VALUE = re.compile(r'^\s*pwa: ("(?:[^"\\]|\\.)*"),?$', re.M)


def request_origins(out: Path) -> dict[str, list[str]]:
    """Origin (``https://api.example.com``) → the output files naming it, for every URL the app's code holds."""
    found: dict[str, set[str]] = {}
    for file in _app_code(out):
        rel = file.relative_to(out).as_posix()
        for origin in origins_in(file.read_text(encoding="utf-8", errors="replace"), SHOWN if rel == APP_CONFIG
                                 else frozenset()):
            found.setdefault(origin, set()).add(rel)
    return {origin: sorted(files) for origin, files in sorted(found.items()) if origin not in NAMESPACES}


def business_origin(out: Path) -> str | None:
    """The origin of the deployed PWA the web-view pages show (``[webview] url`` in app.config.js), if any."""
    try:
        m = _SHOWN_VALUE.search((out / APP_CONFIG).read_text(encoding="utf-8"))
    except OSError:
        return None
    return origin_of(json.loads(m.group(1))) if m else None


def _app_code(out: Path) -> list[Path]:
    roots = [out] + [out / root for root in _subpackage_roots(out)]
    files = [out / APP_CONFIG] if (out / APP_CONFIG).is_file() else []
    return files + sorted(f for root in roots for f in (root / "src").rglob("*.js") if f.is_file())


def _subpackage_roots(out: Path) -> list[str]:
    try:
        app = json.loads((out / "app.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(app, dict):
        return []
    packages = app.get("subPackages") or app.get("subpackages") or []
    return [p["root"].strip("/") for p in packages if isinstance(p, dict) and isinstance(p.get("root"), str)]


def origin_of(url: str) -> str | None:
    """``https://api.example.com`` for a URL starting with that origin (scheme and host lower-cased)."""
    m = URL.match(url)
    return f"{m.group(1).lower()}://{m.group(2).lower()}" if m else None


def origins_in(code: str, skip: frozenset[str] = frozenset()) -> set[str]:
    """The origins JavaScript or TypeScript string literals start with (comments do not count; nor do the values
    of object keys in ``skip``)."""
    source = parse(code)
    found = set()
    stack = [source.tree.root_node]
    while stack:
        node = stack.pop()
        if node.type == "pair" and source.node_text(node.children[0]) in skip:
            continue
        if node.type in ("string", "template_string"):
            head = next((c for c in node.named_children if c.type == "string_fragment"), None)
            if head is not None and head.start_byte == node.start_byte + 1:  # the literal starts with it
                origin = origin_of(source.node_text(head))
                if origin:
                    found.add(origin)
            continue
        stack.extend(node.children)
    return found
