"""Login checks at conversion time: the ``[login]`` settings (PWX502–504) and the app's own web sign-in
that the mini program replaces (PWX501 for a request that posts a password; web login libraries are
reported by the script compiler as it resolves imports)."""

from __future__ import annotations

import re
import urllib.parse

from tree_sitter import Node

from pwa2wx.diagnostics import Diagnostics
from pwa2wx.script.tsparse import Source
from pwa2wx.workspace.config import Config
from pwa2wx.workspace.model import Project

# backend (and Authing's api) -> [login] keys it cannot work without
REQUIRED = {
    "casdoor": ("endpoint", "client_id"),
    "authing": ("endpoint", "app_id", "connection"),
    "authing legacy": ("endpoint", "app_id", "userpool_id"),
    "custom": ("endpoint", "token_path", "code_field"),
}
PASSWORD = re.compile(r"^(password|passwd|pwd|pass)$", re.I)
SENDERS = ("post", "put", "patch", "request")  # HttpClient methods that carry a body
HINT = ("a mini program signs in with wx.login: set [login] in pwa2wx.toml and drop this call from the "
        "mini program build (the login adapter signs in and attaches the token)")


def check(project: Project, config: Config, diagnostics: Diagnostics) -> None:
    """Report what stands between the app and a working WeChat sign-in."""
    check_config(config, diagnostics)
    for rel, module in sorted(project.modules.items()):
        for line, col, call in password_posts(module.source):
            diagnostics.add("PWX501", f"posts a password ({call}): a web sign-in", rel, line, col, hint=HINT)


def check_config(config: Config, diagnostics: Diagnostics) -> None:
    """PWX502 for missing or malformed [login] keys, PWX503 for plain-http origins, PWX504 the domain list."""
    file = config.file.name if config.file else "pwa2wx.toml"
    backend = config.get("login", "backend")
    if backend == "none":
        return
    legacy = backend == "authing" and config.get("login", "api") == "legacy"
    for key in REQUIRED["authing legacy" if legacy else backend]:
        if not config.get("login", key):
            with_api = ' with api = "legacy"' if legacy else ""
            diagnostics.add("PWX502", f"[login] {key} is required for backend '{backend}'{with_api}", file,
                            hint="see the login section of README")
    if config.get("login", "relogin_interval") < 0:
        diagnostics.add("PWX502", "[login] relogin_interval must be 0 or more seconds", file)
    origins = [_origin(config.get("login", "endpoint"))]
    for value in config.get("login", "attach_token_to"):
        origin = _origin(value)
        if origin != value.rstrip("/"):
            diagnostics.add("PWX502", f"[login] attach_token_to entry '{value}' is not an origin", file,
                            hint=f"write it as '{origin}' (scheme://host[:port], no path)")
        origins.append(origin)
    origins.append(_origin(config.get("api", "base")))
    found = sorted({o for o in origins if o})
    for origin in found:
        if not origin.startswith("https://"):
            diagnostics.add("PWX503", f"{origin} is not https", file,
                            hint="WeChat requests only https origins on the request domain list")
    if found:
        diagnostics.add("PWX504", "add to the request domain list (mp.weixin.qq.com → Development → "
                        f"Development Settings → Server Domain): {', '.join(found)}", file)


def _origin(url: str) -> str:
    parts = urllib.parse.urlsplit(url.strip())
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}" if parts.scheme and parts.netloc else ""


def password_posts(src: Source) -> list[tuple[int, int, str]]:
    """(line, col, callee) of each ``http.post(…)``/``fetch(…)``-style call with a password in its arguments."""
    found = []
    stack = [src.tree.root_node]
    while stack:
        node = stack.pop()
        stack.extend(reversed(node.named_children))
        if node.type != "call_expression":
            continue
        callee = node.child_by_field_name("function")
        args = node.child_by_field_name("arguments")
        if callee is None or args is None:
            continue
        if callee.type == "member_expression":
            method = callee.child_by_field_name("property")
            sends = method is not None and src.node_text(method) in SENDERS
        else:
            sends = src.node_text(callee) == "fetch"
        if sends and _mentions_password(src, args):
            found.append((*src.position(node), src.node_text(callee)))
    return found


def _mentions_password(src: Source, node: Node) -> bool:
    if node.type in ("identifier", "property_identifier", "shorthand_property_identifier") \
            and PASSWORD.match(src.node_text(node)):
        return True
    if node.type == "string_fragment" and PASSWORD.match(src.node_text(node)):
        return True
    return any(_mentions_password(src, c) for c in node.named_children)
