"""Conversion-time login checks: [login] settings (PWX502-504) and the app's own web sign-in (PWX501)."""

from pathlib import Path

import pytest

from pwa2wx.diagnostics import ConversionError, Diagnostics
from pwa2wx.script.tsparse import parse
from pwa2wx.workspace import config, login, project
from tests.conftest import FIXTURES


def check(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    (tmp_path / "pwa2wx.toml").write_text(text, encoding="utf-8")
    diags = Diagnostics()
    login.check_config(config.load(tmp_path), diags)
    return [(d.code, d.message) for d in diags.items]


def test_new_keys_have_defaults_and_are_read(tmp_path):
    cfg = config.load(tmp_path)
    assert (cfg.get("login", "code_field"), cfg.get("login", "token_path"), cfg.get("login", "user_path")) == \
        ("code", "token", "")
    (tmp_path / "pwa2wx.toml").write_text('[login]\nbackend = "authing"\nuserpool_id = "p1"\napp_id = "a1"\n')
    cfg = config.load(tmp_path)
    assert (cfg.get("login", "userpool_id"), cfg.get("login", "app_id")) == ("p1", "a1")
    assert (cfg.get("login", "api"), cfg.get("login", "connection"), cfg.get("login", "relogin_interval")) == \
        ("v3", "", 60)


@pytest.mark.parametrize("text, missing", [
    ('backend = "casdoor"\nendpoint = "https://door.example.com"', ["client_id"]),
    ('backend = "authing"\nendpoint = "https://x.authing.cn"', ["app_id", "connection"]),
    ('backend = "custom"\ntoken_path = ""', ["endpoint", "token_path"]),
])
def test_missing_keys_are_pwx502(tmp_path, text, missing):
    found = check(tmp_path, "[login]\n" + text + "\n")
    assert [m for c, m in found if c == "PWX502"] == [f"[login] {k} is required for backend '{text.split(chr(34))[1]}'"
                                                      for k in missing]


def test_authing_legacy_needs_the_user_pool_and_relogin_interval_is_checked(tmp_path):
    found = check(tmp_path, '[login]\nbackend = "authing"\napi = "legacy"\nendpoint = "https://x.authing.cn"\n'
                  'app_id = "a1"\nrelogin_interval = -1\n')
    assert [m for c, m in found if c == "PWX502"] == [
        "[login] userpool_id is required for backend 'authing' with api = \"legacy\"",
        "[login] relogin_interval must be 0 or more seconds"]
    (tmp_path / "pwa2wx.toml").write_text('[login]\napi = "v2"\n')
    with pytest.raises(ConversionError, match="api must be one of v3, legacy"):
        config.load(tmp_path)


def test_origins_https_and_domain_list(tmp_path):
    found = check(tmp_path, """
[api]
base = "https://api.example.com/v1"
[login]
backend = "casdoor"
endpoint = "http://door.example.com"
client_id = "c"
attach_token_to = ["https://api.example.com/v1", "https://API.example.com"]
""")
    assert ("PWX502", "[login] attach_token_to entry 'https://api.example.com/v1' is not an origin") in found
    assert ("PWX503", "http://door.example.com is not https") in found
    domains = [m for c, m in found if c == "PWX504"]
    assert len(domains) == 1 and domains[0].endswith(": http://door.example.com, https://api.example.com")


def test_no_backend_no_findings(tmp_path):
    assert check(tmp_path, "[api]\nbase = 'http://x'\n") == []


def test_password_posts_are_found_with_their_lines():
    src = parse("""
class A {
  signIn() {
    this.http.post(url, { username: this.u, password: this.p }).subscribe();
  }
  other() {
    this.http.post('/api/change-password', { name: 1 });
    this.http.get('/me');
    fetch('/login', { method: 'POST', body: JSON.stringify({ user, pwd }) });
    const body = new HttpParams().set('password', p);
    this.http.request('POST', '/token', { body: body.set('password', p) });
  }
}
""")
    assert [(line, callee) for line, _col, callee in login.password_posts(src)] == [
        (4, "this.http.post"), (9, "fetch"), (11, "this.http.request")]


def test_fixture_web_login_is_reported():
    proj = project.load(FIXTURES / "login-demo")
    diags = Diagnostics()
    login.check(proj, config.load(FIXTURES / "login-demo"), diags)
    found = [(d.code, d.file, d.line) for d in diags.items if d.code == "PWX501"]
    assert found == [("PWX501", "src/app/login/login.page.ts", 20)]
    assert not [d for d in diags.items if d.code in ("PWX502", "PWX503")]
