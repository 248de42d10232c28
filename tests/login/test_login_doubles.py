"""The doubles speak the wire protocol of ../shared/spec/login-protocol.md (checked over HTTP, as a client
sees them), so tests that pass against them pass for the reasons the spec gives."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from tests.doubles import get_json
from tests.doubles.casdoor import TOKEN_PATH, Casdoor
from tests.doubles.wechat import WeChat


def post(url: str, fields: dict[str, str], token: str = "", as_json: bool = False) -> tuple[int, Any]:
    data = json.dumps(fields) if as_json else urllib.parse.urlencode(fields)
    headers = {"Content-Type": "application/json" if as_json else "application/x-www-form-urlencoded"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data.encode(), headers)) as res:
            return res.status, json.loads(res.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


@pytest.fixture
def doubles() -> Iterator[tuple[WeChat, Casdoor]]:
    with WeChat() as wechat, Casdoor(wechat) as casdoor:
        yield wechat, casdoor


def login(wechat: WeChat, casdoor: Casdoor, **extra: str) -> tuple[int, Any]:
    fields = {"tag": "wechat_miniprogram", "client_id": casdoor.client_id, "code": wechat.issue_code(), **extra}
    return post(casdoor.url + TOKEN_PATH, fields)


def test_code2session_codes_are_single_use(doubles):
    wechat, _ = doubles
    code = wechat.issue_code()
    query = f"appid={wechat.appid}&secret={wechat.secret}&js_code={code}&grant_type=authorization_code"
    first = get_json(f"{wechat.url}/sns/jscode2session?{query}")
    assert set(first) == {"openid", "session_key"}
    again = get_json(f"{wechat.url}/sns/jscode2session?{query}")
    assert again["errcode"] == 40029 and again["errmsg"].startswith("invalid code, rid: ")


def test_both_success_shapes(doubles):
    wechat, casdoor = doubles
    status, snake = login(wechat, casdoor)
    assert status == 200 and set(snake) == {"access_token", "id_token", "refresh_token", "token_type", "expires_in",
                                            "scope"}
    casdoor.shape = "camel"
    status, camel = login(wechat, casdoor)
    assert status == 200 and camel["code"] == wechat.session_keys[-1] and camel["tokenType"] == "Bearer"
    assert camel["codeIsUsed"] is True and camel["organization"] == "ridgeline"
    assert {"accessToken", "refreshToken", "expiresIn", "codeIsUsed", "dPoPJkt"} <= set(camel)


def test_token_endpoint_errors(doubles):
    wechat, casdoor = doubles
    assert post(casdoor.url + TOKEN_PATH, {"tag": "wechat_miniprogram", "client_id": "x", "code": "c"}) == \
        (401, {"error": "invalid_client", "error_description": "client_id is invalid"})
    status, body = post(casdoor.url + TOKEN_PATH, {"tag": "wechat_miniprogram", "client_id": casdoor.client_id,
                                                   "code": "never-issued"})
    assert status == 400 and body["error"] == "invalid_grant"
    assert body["error_description"].startswith("get wechat mini program session error: err: invalid code")
    casdoor.signup = False
    assert login(wechat, casdoor) == (400, {
        "error": "invalid_grant", "error_description": "the application does not allow to sign up new account"})
    casdoor.signup, casdoor.wechat_provider = True, False
    assert login(wechat, casdoor) == (401, {
        "error": "invalid_client", "error_description": "the application does not support wechat mini program"})
    casdoor.wechat_provider = True
    casdoor.internal_errors = 1
    status, body = login(wechat, casdoor)
    assert status == 200 and body["status"] == "error"


def test_json_body_accepted_and_query_wins(doubles):
    wechat, casdoor = doubles
    fields = {"tag": "wechat_miniprogram", "client_id": casdoor.client_id, "code": wechat.issue_code()}
    assert post(casdoor.url + TOKEN_PATH, fields, as_json=True)[0] == 200
    query = urllib.parse.urlencode({"client_id": casdoor.client_id})
    fields = {**fields, "code": wechat.issue_code(), "client_id": "wrong"}
    assert post(f"{casdoor.url}{TOKEN_PATH}?{query}", fields, as_json=True)[0] == 200


def test_refresh_rotates_on_both_paths(doubles):
    wechat, casdoor = doubles
    first = login(wechat, casdoor)[1]
    status, second = post(casdoor.url + TOKEN_PATH, {"grant_type": "refresh_token", "client_id": casdoor.client_id,
                                                     "refresh_token": first["refresh_token"]})
    assert status == 200 and second["refresh_token"] != first["refresh_token"]
    assert post(casdoor.url + "/api/login/oauth/refresh_token", {"grant_type": "refresh_token",
                "client_id": casdoor.client_id, "refresh_token": first["refresh_token"]}) == \
        (400, {"error": "invalid_grant", "error_description": "refresh token is invalid or revoked"})
    status, third = post(casdoor.url + "/api/login/oauth/refresh_token", {
        "grant_type": "refresh_token", "client_id": casdoor.client_id, "refresh_token": second["refresh_token"]})
    assert status == 200
    dead = get_json(casdoor.url + "/api/get-account", {"Authorization": f"Bearer {first['access_token']}"})
    assert dead["status"] == "error" and dead["msg"] == "Access token doesn't exist in database"
    assert get_json(f"{casdoor.url}/api/get-account?access_token={third['access_token']}")["status"] == "ok"


def test_account_userinfo_and_update_user(doubles):
    wechat, casdoor = doubles
    token = login(wechat, casdoor, username="trail_fan", avatar="https://cdn.example.com/a.png")[1]["access_token"]
    auth = {"Authorization": f"Bearer {token}"}
    account = get_json(casdoor.url + "/api/get-account", auth)
    assert (account["status"], account["name"], account["data"]["avatar"], account["data3"]) == \
        ("ok", "trail_fan", "https://cdn.example.com/a.png", None)
    assert get_json(casdoor.url + "/api/userinfo", auth)["preferred_username"] == "trail_fan"
    assert get_json(casdoor.url + "/api/get-account")["msg"] == "Please login first"
    assert account["data"]["displayName"] == "" and account["data"]["accessToken"] == token
    update = f"{casdoor.url}/api/update-user?id=ridgeline/trail_fan&columns=display_name"
    body = {"owner": "ridgeline", "name": "trail_fan", "displayName": "Trail Fan"}
    assert post(update, body, token, as_json=True) == (200, {"status": "ok", "msg": "", "sub": "", "name": "",
                                                               "data": "Affected", "data2": None, "data3": None})
    assert post(update, body, token, as_json=True)[1]["data"] == "Unaffected"
    casdoor.act_expire()
    expired = get_json(casdoor.url + "/api/get-account", auth)
    assert expired["status"] == "error" and expired["msg"].startswith("Access token has expired, expireTime = ")


def test_invalid_username_becomes_wechat_openid(doubles):
    wechat, casdoor = doubles
    login(wechat, casdoor, username="-bad__name")
    wechat.user = "bob"
    login(wechat, casdoor, username="trail.fan")  # util/validation.go ReUserName allows single dots too
    assert list(casdoor.users) == [f"wechat-{wechat.openid('alice')}", "trail.fan"]
    assert casdoor.users["trail.fan"]["avatar"] == casdoor.default_avatar  # AddUser: the organization's default


def test_taken_username_and_built_in_organization_are_status_errors(doubles):
    wechat, casdoor = doubles
    login(wechat, casdoor, username="trail_fan")
    wechat.user = "bob"
    status, body = login(wechat, casdoor, username="trail_fan")
    assert (status, body["status"]) == (200, "error")
    assert body["msg"] == "Error 1062 (23000): Duplicate entry 'ridgeline-trail_fan' for key 'user.PRIMARY'"
    casdoor.organization = "built-in"
    status, body = login(wechat, casdoor)
    assert (status, body["status"]) == (200, "error") and "'built-in' organization is currently disabled" in body["msg"]
    assert list(casdoor.users) == ["trail_fan"]


def test_forbidden_user_gets_a_token_every_call_refuses(doubles):
    wechat, casdoor = doubles
    login(wechat, casdoor, username="hal")
    casdoor.act_forbid("hal")
    status, token = login(wechat, casdoor)
    assert status == 200 and token["access_token"]
    account = get_json(casdoor.url + "/api/get-account", {"Authorization": f"Bearer {token['access_token']}"})
    assert account["msg"] == "The user is forbidden to sign in, please contact the administrator"
    assert post(casdoor.url + TOKEN_PATH, {"grant_type": "refresh_token", "client_id": casdoor.client_id,
                                           "refresh_token": token["refresh_token"]}) == \
        (400, {"error": "invalid_grant",
               "error_description": "the user is forbidden to sign in, please contact the administrator"})


def test_logout_ends_access_and_refresh_token(doubles):
    wechat, casdoor = doubles
    token = login(wechat, casdoor)[1]
    assert post(casdoor.url + "/api/logout", {"id_token_hint": token["access_token"]}) == \
        (200, {"status": "ok", "msg": "", "sub": "", "name": "", "data": None, "data2": None, "data3": None})
    account = get_json(casdoor.url + "/api/get-account", {"Authorization": f"Bearer {token['access_token']}"})
    assert account["msg"].startswith("Access token has expired")
    assert post(casdoor.url + TOKEN_PATH, {"grant_type": "refresh_token", "client_id": casdoor.client_id,
                                           "refresh_token": token["refresh_token"]})[1]["error_description"] == \
        "refresh token is expired"
    assert post(casdoor.url + "/api/logout", {"id_token_hint": "at-unknown"})[1]["msg"] == \
        "Token not found, invalid accessToken"


def test_upload_resource_takes_a_multipart_file(doubles):
    wechat, casdoor = doubles
    token = login(wechat, casdoor, username="ivy")[1]["access_token"]
    query = urllib.parse.urlencode({"owner": "ridgeline", "user": "ivy", "application": "app-ridgeline",
                                    "tag": "avatar", "parent": "t", "fullFilePath": "avatar/ridgeline/ivy.png"})
    body = (b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ivy.png\"\r\n"
            b"Content-Type: image/png\r\n\r\n\x89PNG\x00\xff\r\n--b--\r\n")
    headers = {"Content-Type": "multipart/form-data; boundary=b", "Authorization": f"Bearer {token}"}
    request = urllib.request.Request(f"{casdoor.url}/api/upload-resource?{query}", body, headers)
    with urllib.request.urlopen(request) as res:
        answer = json.loads(res.read())
    url = f"{casdoor.url}/files/avatar/ridgeline/ivy.png"
    assert (answer["status"], answer["data"], answer["data2"]) == ("ok", url, "avatar/ridgeline/ivy.png")
    assert casdoor.uploads["avatar/ridgeline/ivy.png"] == b"\x89PNG\x00\xff"
    assert casdoor.users["ivy"]["avatar"] == url  # tag=avatar sets it too
