"""pwa2wx.toml: defaults, the documented keys, and located errors for bad values."""

from pathlib import Path

import pytest

from pwa2wx.diagnostics import ConversionError
from pwa2wx.workspace import config
from tests.tables import table


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "pwa2wx.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_missing_file_means_defaults(tmp_path):
    cfg = config.load(tmp_path)
    assert cfg.get("app", "appid") == "touristappid"
    assert cfg.get("login", "backend") == "none"
    assert cfg.get("login", "trigger") == "launch"
    assert cfg.get("style", "px_to_rpx") == 0
    assert cfg.file is None


def test_documented_keys_are_read(tmp_path):
    cfg = config.load(write(tmp_path, """
[app]
appid = "wx123"
name = "Demo"
[api]
base = "https://api.example.com"
[login]
backend = "casdoor"
endpoint = "https://door.example.com"
client_id = "abc"
trigger = "manual"
attach_token_to = ["https://api.example.com"]
[style]
px_to_rpx = 2
[webview]
url = "https://app.example.com/#"
routes = ["/app/tabs/map"]
fallback = true
mode = "pages"
"""))
    assert cfg.get("app", "appid") == "wx123"
    assert cfg.get("api", "base") == "https://api.example.com"
    assert cfg.get("login", "attach_token_to") == ["https://api.example.com"]
    assert cfg.get("style", "px_to_rpx") == 2
    assert cfg.is_set("login", "client_id") and not cfg.is_set("assets", "include")
    assert cfg.values["webview"] == {"url": "https://app.example.com/#", "routes": ["/app/tabs/map"],
                                     "fallback": True, "mode": "pages", "handoff": False}


@table("text, message, line", [
    ("[app]\nappid = 5\n", "[app] appid must be a string, got an integer", 2),
    ("[app]\ncolour = 'x'\n", "unknown key 'colour' in [app]", 2),
    ("[nope]\na = 1\n", "unknown section [nope]", 1),
    ("[login]\nbackend = 'okta'\n", "[login] backend must be one of casdoor, authing, custom, none, got 'okta'", 2),
    ("[style]\npx_to_rpx = true\n", "[style] px_to_rpx must be an integer, got a boolean", 2),
    ("[style]\npx_to_rpx = -1\n", "[style] px_to_rpx must be 0 or positive", 2),
    ("[login]\nattach_token_to = [1]\n", "[login] attach_token_to must be a list of strings", 2),
    ("[assets]\nbase_url = 'http://cdn.example.com'\n", "[assets] base_url must be an https URL", 2),
    ("[app\n", "invalid TOML", 1),
    ("[webview]\nurl = 'http://app.example.com'\n", "[webview] url must be the https URL of the deployed PWA", 2),
    ("[webview]\nroutes = ['/map']\n", "[webview] routes needs [webview] url", 2),
    ("[webview]\nurl = 'https://a.example.com'\nroutes = ['map']\n", "'map' must be an absolute route URL", 3),
    ("[webview]\nurl = 'https://a.example.com'\nmode = 'some'\n", "[webview] mode must be one of pages, all", 3),
    ("[webview]\nurl = 'https://a.example.com'\nfallback = 'yes'\n", "[webview] fallback must be a boolean", 3),
    ("[webview]\nurl = 'https://a.example.com'\nhandoff = true\n", "[webview] handoff needs [login]", 3),
])
def test_bad_config_names_key_file_and_line(tmp_path, text, message, line):
    with pytest.raises(ConversionError) as err:
        config.load(write(tmp_path, text))
    d = err.value.diagnostic
    assert d.code == "PWX401" and d.severity == "error"
    assert message in d.message
    assert d.file.endswith("pwa2wx.toml") and d.line == line


def test_explicit_missing_config_is_an_error(tmp_path):
    with pytest.raises(ConversionError, match="not found"):
        config.load(tmp_path, tmp_path / "other.toml")
