"""End to end: fixtures/login-demo converted with [login] backend = "casdoor", trigger = "launch" (and once more
with Authing's current API), run in the headless preview against loopback doubles of WeChat, the identity
backend and the app's API (real HTTP; the preview maps the fixture's https origins onto them): sign-in, refresh,
the profile page (chooseAvatar upload, nickname, sign-out at the server). Then every output file, the storage
and the logs are searched for the app secret and WeChat's session keys."""

from __future__ import annotations

import json
import re
import shutil
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from pwa2wx import preview
from pwa2wx.build.convert import convert
from tests import needs
from tests.conftest import FIXTURES
from tests.doubles.api import Api
from tests.doubles.authing import SIGNIN_PATH, Authing
from tests.doubles.casdoor import TOKEN_PATH, Casdoor
from tests.doubles.wechat import WeChat

FIXTURE = FIXTURES / "login-demo"
SETTINGS = tomllib.loads((FIXTURE / "pwa2wx.toml").read_text(encoding="utf-8"))
LOGIN = SETTINGS["login"]
SESSION_KEY = "pwa2wx.login.session"
# a secret by its shape: a key named like one, assigned a literal value
ASSIGNED_SECRET = re.compile(rb"(?i)(app_?secret|client_?secret|session_?key)[\"']?\s*[:=]\s*[\"'][^\"']{8,}")

pytestmark = needs.node


# the same app signing in with Authing's current API (README "Authing")
AUTHING_LOGIN = """
[login]
backend = "authing"
endpoint = "https://id.ridgeline.example"
app_id = "62a0b1c2d3e4f5a6b7c8d9e1"
connection = "ridgeline-wxmp"
attach_token_to = ["https://api.ridgeline.example"]
"""


def converted(tmp_path_factory: pytest.TempPathFactory, login_settings: str = "") -> Path:
    """login-demo converted, with its [login] table replaced by ``login_settings`` when given."""
    src = tmp_path_factory.mktemp("src") / "login-demo"
    shutil.copytree(FIXTURE, src, ignore=shutil.ignore_patterns("node_modules"))
    if login_settings:
        toml = (FIXTURE / "pwa2wx.toml").read_text(encoding="utf-8")
        (src / "pwa2wx.toml").write_text(toml[:toml.index("[login]")] + login_settings.lstrip(), encoding="utf-8")
    # the fixture and trailbook pin the same packages: either's install will do
    modules = next(p for p in (FIXTURE / "node_modules", FIXTURES / "trailbook" / "node_modules") if p.is_dir())
    (src / "node_modules").symlink_to(modules)
    target = tmp_path_factory.mktemp("out") / "wx"
    result = convert(src, target)
    assert result.diagnostics.count("error") == 0
    return target


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return converted(tmp_path_factory)


@pytest.fixture
def world() -> Iterator[SimpleNamespace]:
    with WeChat() as wechat, Casdoor(wechat, client_id=LOGIN["client_id"]) as casdoor, Api(casdoor.verify) as api:
        yield SimpleNamespace(wechat=wechat, casdoor=casdoor, api=api,
                              hosts={LOGIN["endpoint"]: casdoor.url, SETTINGS["api"]["base"]: api.url})


def run(out: Path, world: SimpleNamespace, codes: int = 1, page: str = "pages/home/home",
        **kwargs) -> preview.PreviewResult:
    """Launch the app on ``page``; wx.login answers with ``codes`` codes the WeChat double issued."""
    world.codes = [world.wechat.issue_code() for _ in range(codes)]
    answers = {"login": [{"code": code, "errMsg": "login:ok"} for code in world.codes]}
    result = preview.run(out, page, hosts=world.hosts, answers=answers, **kwargs)
    assert result.errors == []
    return result


def assert_no_secrets(world: SimpleNamespace, result: preview.PreviewResult) -> None:
    text = json.dumps(result.storage) + "\n".join(result.logs)
    assert world.wechat.session_keys
    for secret in [world.wechat.secret, *world.wechat.session_keys]:
        assert secret not in text


@pytest.mark.parametrize("shape", ["snake", "camel"])
def test_launch_signs_in_once_and_the_first_request_carries_the_token(out, world, shape):
    world.casdoor.shape = shape
    result = run(out, world)
    token_requests = world.casdoor.seen(TOKEN_PATH)
    assert len(token_requests) == 1
    sent = token_requests[0].fields
    assert sent["tag"] == "wechat_miniprogram"
    assert sent["client_id"] == LOGIN["client_id"]
    assert sent["code"] == world.codes[0]  # the code wx.login answered
    issued = world.casdoor.tokens[0]
    assert world.api.seen("/api/me")[0].headers["authorization"] == f"Bearer {issued.access}"
    assert "Hello, wechat-o" in result.text and "Ridge loop" in result.text and "Loaded 1" in result.text
    assert result.storage[SESSION_KEY]["accessToken"] == issued.access
    assert_no_secrets(world, result)


def test_rejected_code_is_replaced_by_one_fresh_code(out, world):
    world.wechat.reject = 1
    result = run(out, world, codes=2)
    assert [r.fields["code"] for r in world.casdoor.seen(TOKEN_PATH)] == world.codes  # two codes, both fresh
    assert len(world.wechat.seen("/sns/jscode2session")) == 2
    assert "Hello, wechat-o" in result.text
    assert_no_secrets(world, result)


def test_stored_session_expired_at_the_server_is_refreshed_with_rotation(out, world):
    run(out, world)  # a first launch signs in
    old = world.casdoor.tokens[0]
    world.casdoor.act_expire()
    for double in (world.casdoor, world.api):
        double.act_reset()
    stored = {SESSION_KEY: {"accessToken": old.access, "refreshToken": old.refresh, "expiresAt": 0}}
    result = run(out, world, codes=0, storage=stored)  # the next launch finds the session in storage
    token_requests = world.casdoor.seen(TOKEN_PATH)
    assert [r.fields.get("grant_type") for r in token_requests] == ["refresh_token"]
    assert token_requests[0].fields["refresh_token"] == old.refresh
    assert not old.alive
    fresh = world.casdoor.tokens[-1]
    assert [r.headers["authorization"] for r in world.api.seen("/api/me")] == \
        [f"Bearer {old.access}", f"Bearer {fresh.access}"]
    assert result.storage[SESSION_KEY]["refreshToken"] == fresh.refresh
    assert "Hello, wechat-o" in result.text
    assert_no_secrets(world, result)


def test_token_past_expires_in_is_refreshed_before_the_next_request(out, world):
    world.casdoor.expires_in = 1
    result = run(out, world, actions=[{"wait": 1200}, {"tap": "Reload"}])
    grants = [r.fields.get("grant_type") or r.fields.get("tag") for r in world.casdoor.seen(TOKEN_PATH)]
    assert grants == ["wechat_miniprogram", "refresh_token"]
    first, second = world.casdoor.tokens
    assert [r.headers["authorization"] for r in world.api.seen("/api/me")] == \
        [f"Bearer {first.access}", f"Bearer {second.access}"]
    assert "Loaded 2" in result.text
    assert_no_secrets(world, result)


def test_no_output_file_holds_the_app_secret_or_a_session_key(out, world):
    world.casdoor.shape = "camel"  # the shape that carries the session_key
    run(out, world)
    secrets = [world.wechat.secret, world.wechat.appid + world.wechat.secret, *world.wechat.session_keys]
    files = [p for p in out.rglob("*") if p.is_file()]
    assert len(files) > 20
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in data, f"{secret} in {path.relative_to(out)}"
        assert not ASSIGNED_SECRET.search(data), path.relative_to(out)


def test_profile_page_uploads_the_chosen_avatar_sets_the_nickname_and_signs_out_at_the_server(out, world):
    chosen = out / "chosen-avatar.jpg"  # stands in for chooseAvatar's temporary file (read as a package file)
    chosen.write_bytes(b"\xff\xd8\xff\xe0JFIF-avatar")
    result = run(out, world, page="/profile", actions=[
        {"event": {"selector": ".avatar"}, "type": "chooseavatar", "detail": {"avatarUrl": "/chosen-avatar.jpg"}},
        {"input": {"selector": ".nickname"}, "value": "Ann"},
        {"tap": {"text": "Save"}}, {"tap": {"text": "Sign out"}}])
    user = world.casdoor.users[world.casdoor.tokens[0].user]
    upload = world.casdoor.seen("/api/upload-resource")
    assert len(upload) == 1 and upload[0].files["file"] == chosen.read_bytes()
    assert upload[0].query["fullFilePath"] == f"avatar/ridgeline/{user['name']}.jpg"
    update = world.casdoor.seen("/api/update-user")
    assert len(update) == 1 and json.loads(update[0].body)["avatar"] == user["avatar"] == \
        f"{world.casdoor.url}/files/avatar/ridgeline/{user['name']}.jpg"
    assert user["displayName"] == "Ann"
    assert [step["text"].splitlines()[-1] for step in result.steps[-2:]] == ["Saved Ann", "Signed out"]
    logout = world.casdoor.seen("/api/logout")
    assert [r.fields["id_token_hint"] for r in logout] == [world.casdoor.tokens[0].access]
    assert world.casdoor.tokens[0].logged_out and SESSION_KEY not in result.storage
    assert world.casdoor.tokens[0].access not in json.dumps([result.data, result.logs])  # never app-visible
    assert_no_secrets(world, result)


@pytest.fixture(scope="module")
def authing_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return converted(tmp_path_factory, AUTHING_LOGIN)


def test_authing_current_api_signs_in_at_launch(authing_out):
    settings = tomllib.loads(AUTHING_LOGIN)["login"]
    with WeChat() as wechat, Authing(wechat, app_id=settings["app_id"], connection=settings["connection"]) as authing, \
            Api(authing.verify) as api:
        hosts = {settings["endpoint"]: authing.url, SETTINGS["api"]["base"]: api.url}
        world = SimpleNamespace(wechat=wechat, hosts=hosts)
        result = run(authing_out, world)
    signin = authing.seen(SIGNIN_PATH)
    assert len(signin) == 1 and signin[0].fields["wechatMiniProgramCodePayload"] == {"code": world.codes[0]}
    assert signin[0].headers["x-authing-app-id"] == settings["app_id"]
    assert api.seen("/api/me")[0].headers["authorization"] == f"Bearer {authing.tokens[0].access}"
    assert "Hello, Authing member" in result.text and "Loaded 1" in result.text
    assert result.storage[SESSION_KEY]["refreshToken"] == authing.tokens[0].refresh
    assert_no_secrets(world, result)
