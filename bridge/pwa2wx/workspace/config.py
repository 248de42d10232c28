"""pwa2wx.toml → typed settings.

The schema is one table (:data:`SCHEMA`): section → key → (type, default). Key names are a user
contract. Unknown keys and wrong types are errors naming the key and the file (exit 2).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pwa2wx.diagnostics import ConversionError, Diagnostic

CONFIG_NAME = "pwa2wx.toml"

LOGIN_BACKENDS = ("casdoor", "authing", "custom", "none")
LOGIN_TRIGGERS = ("launch", "manual")
AUTHING_APIS = ("v3", "legacy")
WEBVIEW_MODES = ("pages", "all")

# section -> key -> (python type, default, allowed values or None)
SCHEMA: dict[str, dict[str, tuple[type, Any, tuple | None]]] = {
    "app": {
        "appid": (str, "touristappid", None),
        "name": (str, "", None),
    },
    "api": {
        "base": (str, "", None),
    },
    "login": {
        "backend": (str, "none", LOGIN_BACKENDS),
        "endpoint": (str, "", None),
        "client_id": (str, "", None),
        "trigger": (str, "launch", LOGIN_TRIGGERS),
        "attach_token_to": (list, [], None),
        "relogin_interval": (int, 60, None),  # seconds between automatic re-sign-ins (code exchanges)
        "api": (str, "v3", AUTHING_APIS),  # authing: the current API (v3) or authing-wxapp-sdk's (legacy)
        "app_id": (str, "", None),  # authing: the application (x-authing-app-id)
        "connection": (str, "", None),  # authing v3: the WeChat mini program identity source's identifier
        "userpool_id": (str, "", None),  # authing: the user pool (x-authing-userpool-id; legacy needs it)
        "code_field": (str, "code", None),  # custom: JSON field the wx.login code is posted in
        "token_path": (str, "token", None),  # custom: dotted path of the token in the JSON answer
        "user_path": (str, "", None),  # custom: dotted path of the user object in the answer ("" = none)
    },
    "style": {
        "px_to_rpx": (int, 0, None),
        "mode": (str, "md", ("md", "ios")),
        "navigation": (str, "custom", ("custom", "native")),  # the page's ion-toolbar as the bar, or WeChat's
        "keep_classes": (list, [], None),  # globs of classes whose global rules stay though nothing names them
    },
    "assets": {
        "include": (list, [], None),
        "base_url": (str, "", None),
        "compress": (bool, False, None),  # re-encode PNG and JPEG assets smaller (pwa2wx.assets.media)
    },
    "webview": {  # routes shown as the deployed PWA in a <web-view> page
        "url": (str, "", None),  # the deployed PWA (https): a route's page shows url + the route's URL
        "routes": (list, [], None),  # Angular routes ("/app/tabs/map") whose pages are web-view pages
        "fallback": (bool, False, None),  # a page that does not convert is a web-view page instead
        "mode": (str, "pages", WEBVIEW_MODES),  # "all": every page is a web-view page (a shell mini program)
        "handoff": (bool, False, None),  # the web-view hands the PWA the signed-in user's access token (fragment)
    },
}


@dataclass(frozen=True)
class Config:
    """Settings for one conversion. ``values[section][key]`` always holds every key of SCHEMA."""

    values: dict[str, dict[str, Any]]
    file: Path | None = None
    present: frozenset[str] = field(default_factory=frozenset)  # "section.key" set in the file

    def get(self, section: str, key: str) -> Any:
        return self.values[section][key]

    def is_set(self, section: str, key: str) -> bool:
        return f"{section}.{key}" in self.present


def defaults() -> Config:
    return Config({s: {k: _copy(spec[1]) for k, spec in keys.items()} for s, keys in SCHEMA.items()})


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def load(project_dir: Path, explicit: Path | None = None) -> Config:
    """Read ``explicit`` or ``project_dir/pwa2wx.toml``; a missing default file means defaults."""
    path = explicit or project_dir / CONFIG_NAME
    if not path.is_file():
        if explicit is not None:
            raise _error(path, f"config file {path} not found")
        return defaults()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        line, col = _toml_position(str(e))
        raise _error(path, f"invalid TOML: {e}", line, col) from None
    except (OSError, UnicodeDecodeError) as e:
        raise _error(path, f"cannot read config: {e}") from None
    return parse(raw, path)


def parse(raw: dict[str, Any], path: Path) -> Config:
    """Validate a decoded TOML document against SCHEMA."""
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    config = defaults()
    present = set()
    for section, table in raw.items():
        if section not in SCHEMA:
            raise _error(path, f"unknown section [{section}]", *_find(text, f"[{section}]"),
                         hint=f"known sections: {', '.join(SCHEMA)}")
        if not isinstance(table, dict):
            raise _error(path, f"'{section}' must be a table", *_find(text, section))
        for key, value in table.items():
            spec = SCHEMA[section].get(key)
            where = _find(text, key)
            if spec is None:
                raise _error(path, f"unknown key '{key}' in [{section}]", *where,
                             hint=f"known keys: {', '.join(SCHEMA[section])}")
            typ, _default, allowed = spec
            if not _is_type(value, typ):
                raise _error(path, f"[{section}] {key} must be {_type_name(typ)}, got {_type_name(type(value))}",
                             *where)
            if typ is list and not all(isinstance(v, str) for v in value):
                raise _error(path, f"[{section}] {key} must be a list of strings", *where)
            if allowed and value not in allowed:
                raise _error(path, f"[{section}] {key} must be one of {', '.join(allowed)}, got '{value}'",
                             *where)
            config.values[section][key] = value
            present.add(f"{section}.{key}")
    if config.get("style", "px_to_rpx") < 0:
        raise _error(path, "[style] px_to_rpx must be 0 or positive", *_find(text, "px_to_rpx"))
    base_url = config.get("assets", "base_url")
    if base_url and not base_url.startswith("https://"):
        raise _error(path, f"[assets] base_url must be an https URL, got '{base_url}'", *_find(text, "base_url"),
                     hint="WXSS loads remote files over https only")
    _check_webview(config, present, path, text)
    return Config(config.values, path, frozenset(present))


def _check_webview(config: Config, present: set[str], path: Path, text: str) -> None:
    """[webview] needs the PWA's https URL (WeChat's web-view loads https business domains only) before any
    other of its keys means something."""
    url = config.get("webview", "url")
    if url and not re.fullmatch(r"https://[^/?#\s]+(/[^?\s]*)?", url):
        raise _error(path, f"[webview] url must be the https URL of the deployed PWA, got '{url}'",
                     *_find(text, "url"), hint="WeChat's <web-view> opens https pages of a business domain only")
    others = sorted(k for k in ("routes", "fallback", "mode", "handoff") if f"webview.{k}" in present)
    if others and not url:
        raise _error(path, f"[webview] {others[0]} needs [webview] url: the deployed PWA the pages show",
                     *_find(text, others[0]))
    if config.get("webview", "handoff") and config.get("login", "backend") == "none":
        raise _error(path, "[webview] handoff needs [login]: the mini program's sign-in is what it hands over",
                     *_find(text, "handoff"))
    for route in config.get("webview", "routes"):
        if not route.startswith("/"):
            raise _error(path, f"[webview] routes: '{route}' must be an absolute route URL (\"/{route}\")",
                         *_find(text, "routes"))


def _is_type(value: Any, typ: type) -> bool:
    if typ is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, typ)


def _type_name(typ: type) -> str:
    return {str: "a string", int: "an integer", list: "a list", bool: "a boolean", float: "a number",
            dict: "a table"}.get(typ, typ.__name__)


def _find(text: str, needle: str) -> tuple[int, int]:
    """Line/col of the first line that starts with ``needle`` (keys and section headers)."""
    for n, line in enumerate(text.splitlines(), 1):
        stripped = line.lstrip()
        if stripped.startswith(needle):
            return n, len(line) - len(stripped) + 1
    return 0, 0


def _toml_position(message: str) -> tuple[int, int]:
    # tomllib messages end with "(at line L, column C)"
    m = re.search(r"at line (\d+), column (\d+)", message)
    return (int(m.group(1)), int(m.group(2))) if m else (0, 0)


def _error(path: Path, message: str, line: int = 0, col: int = 0, hint: str = "") -> ConversionError:
    return ConversionError(Diagnostic(str(path), line, col, "error", "PWX401", message, hint))
