"""`pwa2wx init [SRC]`: a commented pwa2wx.toml, guessed from the project, to start from.

Guesses: the app name (package.json), ``[api] base`` (the first origin among the environment's URL values,
preferring API-looking keys), the other origins the code names (listed as comments, for the request
domain list), and ``[login]`` from the web sign-in library the app imports (casdoor-js-sdk → casdoor with
its ``serverUrl``/``clientId``; Authing's SDKs → authing with ``appId``/``userPoolId``/the app host). The
AppID is a placeholder: only the mini program's owner has it. The result is a file ``config.load`` accepts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pwa2wx.workspace import domains, jsonc
from pwa2wx.workspace.config import CONFIG_NAME
from pwa2wx.workspace.login import REQUIRED
from pwa2wx.workspace.model import Project

API_KEYS = re.compile(r"api|base|server|backend|host|endpoint", re.I)
CASDOOR = ("casdoor-js-sdk", "casdoor-angular-sdk")
AUTHING = ("authing-js-sdk", "@authing/guard", "@authing/guard-angular", "@authing/web", "@authing/browser")


@dataclass
class Guess:
    """What init found, each value with where it was found."""

    name: str = ""
    api_base: tuple[str, str] | None = None  # (origin, where)
    origins: dict[str, list[str]] = field(default_factory=dict)  # other origins -> files naming them
    backend: str = "none"
    backend_source: str = ""  # the file importing the login library
    login: dict[str, tuple[str, str]] = field(default_factory=dict)  # [login] key -> (value, where)


def guess(proj: Project) -> Guess:
    found = Guess(name=_package_name(proj.root) or proj.name)
    env_file = f"{proj.source_root}/environments/environment.ts"
    urls = [(key, origin) for key, value in _flatten(proj.environment)
            if isinstance(value, str) and (origin := domains.origin_of(value))]
    urls.sort(key=lambda kv: not API_KEYS.search(kv[0]))  # API-looking keys first, otherwise in file order
    if urls:
        key, origin = urls[0]
        found.api_base = (origin, f"{env_file} ({key})")
    for rel, module in sorted(proj.modules.items()):
        for origin in domains.origins_in(module.source.text) - domains.NAMESPACES:
            found.origins.setdefault(origin, []).append(rel)
    if found.api_base:
        found.origins.pop(found.api_base[0], None)
    _guess_login(proj, found)
    return found


def _guess_login(proj: Project, found: Guess) -> None:
    for rel, module in sorted(proj.modules.items()):
        specifiers = {binding.specifier for binding in module.imports.values()} | set(module.static_specifiers)
        text = module.source.text
        if specifiers & set(CASDOOR):
            found.backend, found.backend_source = "casdoor", rel
            _take(found, rel, text, endpoint=("serverUrl", "endpoint"), client_id=("clientId", "client_id"))
            return
        if specifiers & set(AUTHING) or any(s.startswith("@authing/") for s in specifiers):
            found.backend, found.backend_source = "authing", rel
            _take(found, rel, text, endpoint=("appHost", "domain", "host"), app_id=("appId",),
                  userpool_id=("userPoolId", "userpoolId"))
            return


def _take(found: Guess, rel: str, text: str, **keys: tuple[str, ...]) -> None:
    """[login] values from ``name: 'value'`` properties in the file configuring the library."""
    for login_key, names in keys.items():
        for name in names:
            m = re.search(rf"\b{name}\s*:\s*['\"`]([^'\"`]+)['\"`]", text)
            if m:
                value = m.group(1)
                if login_key == "endpoint" and not value.startswith(("http://", "https://")):
                    value = "https://" + value
                found.login[login_key] = (value.rstrip("/"), f"{name} in {rel}")
                break


def render(found: Guess) -> str:
    """The pwa2wx.toml text: every guessed value with where it came from, the rest as commented examples."""
    lines = [
        "# pwa2wx.toml: written by `pwa2wx init` from what it found in this project. Every key is optional;",
        "# README's \"Configuration\" section explains them all. Check each guessed value before converting.",
        "",
        "[app]",
        "# Your mini program's AppID (mp.weixin.qq.com → Development → Development Settings). touristappid is",
        "# WeChat DevTools' test id: the app previews in DevTools but cannot be uploaded with it.",
        'appid = "touristappid"',
        f"name = {_toml(found.name)}  # the app's name in DevTools and the default page title",
        "",
        "[api]",
        "# Relative URLs in HTTP calls resolve against this origin.",
    ]
    if found.api_base:
        lines.append(f"base = {_toml(found.api_base[0])}  # from {found.api_base[1]}")
    else:
        lines.append('# base = "https://api.example.com"  # no API URL found in the environment file')
    if found.origins:
        lines.append("# Other origins the code names; those it sends requests to belong on the request domain list:")
        width = max(len(o) for o in found.origins)
        lines += [f"#   {o:<{width}}  {', '.join(files[:3])}" for o, files in sorted(found.origins.items())]
    lines += ["", "[login]"]
    lines += _login_lines(found)
    lines += [
        "",
        "[style]",
        '# mode = "ios"     # the Ionic look to reproduce: md (default) | ios',
        "# px_to_rpx = 2    # 0 (default) keeps px; 2 converts 1px into 2rpx (750rpx = 375px)",
        "",
        "[assets]",
        '# include = ["assets/fonts/*"]  # assets to ship even when nothing references them',
        "",
        "[webview]",
        "# Pages shown as your deployed PWA in a <web-view> (README: \"Hybrid pages\"):",
        '# url = "https://app.example.com"  # where the PWA is deployed (a business domain of the mini program)',
        '# routes = ["/app/tabs/map"]       # routes whose pages show the PWA',
        "# fallback = true                  # a page that does not convert shows the PWA instead",
        "",
    ]
    return "\n".join(lines)


def _login_lines(found: Guess) -> list[str]:
    if found.backend == "none":
        return ["# No web sign-in library found. To sign users in with wx.login: casdoor | authing | custom.",
                'backend = "none"']
    lines = [f"# {found.backend_source} imports {found.backend}'s web SDK: the mini program signs in with "
             f"wx.login instead.", f"backend = {_toml(found.backend)}"]
    required = REQUIRED[found.backend]
    for key in [*required, *(k for k in found.login if k not in required)]:
        if key in found.login:
            value, where = found.login[key]
            lines.append(f"{key} = {_toml(value)}  # {where}")
        else:
            lines.append(f'{key} = ""  # not found: required for {found.backend}')
    lines.append('trigger = "launch"  # launch: sign in silently at app launch | manual: when the app asks')
    if found.api_base:
        lines.append(f"attach_token_to = [{_toml(found.api_base[0])}]  # origins whose requests carry the token")
    return lines


def write(src: Path, text: str, force: bool) -> Path:
    """Write SRC/pwa2wx.toml; FileExistsError when it exists and ``force`` is off."""
    target = src / CONFIG_NAME
    if target.exists() and not force:
        raise FileExistsError(target)
    target.write_text(text, encoding="utf-8")
    return target


def _package_name(root: Path) -> str:
    try:
        name = jsonc.loads((root / "package.json").read_text(encoding="utf-8")).get("name")
    except (OSError, ValueError, AttributeError):
        return ""
    return name if isinstance(name, str) else ""


def _flatten(values: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for key, value in values.items():
        path = f"{prefix}.{key}" if prefix else key
        out += _flatten(value, path) if isinstance(value, dict) else [(path, value)]
    return out


def _toml(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a TOML basic string: JSON's escapes are TOML's
