"""Casdoor: WeChat mini program login, refresh with rotation, and the account endpoints.

``shape`` picks the success body of the WeChat login: ``"snake"`` (Casdoor up to v3.35.0) or ``"camel"``
(the raw token object of v3.35.1 on, whose ``code`` holds WeChat's session_key). Refresh always answers
snake_case. Resource endpoints report auth failures as HTTP 200 ``{"status": "error"}``.
"""

from __future__ import annotations

import re
import secrets
import time
import urllib.parse
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tests.doubles import Double, Request, Response, get_json
from tests.doubles.wechat import WeChat

USERNAME = re.compile(r"^[A-Za-z0-9]+([_-][A-Za-z0-9]+)*$")
TOKEN_PATH = "/api/login/oauth/access_token"


@dataclass
class Token:
    access: str
    refresh: str
    user: str
    expires_at: float
    alive: bool = True


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _error(status: int, error: str, description: str) -> Response:
    return Response(status, {"error": error, "error_description": description})


def _status_error(msg: str) -> Response:
    return Response(200, {"status": "error", "msg": msg, "sub": "", "name": "", "data": None, "data2": None})


class Casdoor(Double):
    name = "casdoor"

    def __init__(self, wechat: WeChat, client_id: str = "b1a2c3d4e5f60718", shape: str = "snake",
                 expires_in: int = 604800, organization: str = "built-in", application: str = "app-demo") -> None:
        super().__init__()
        self.wechat = wechat
        self.client_id = client_id
        self.shape = shape
        self.expires_in = expires_in
        self.organization = organization
        self.application = application
        self.signup = True
        self.grant_types = ["authorization_code", "refresh_token"]
        self.internal_errors = 0  # answer this many next token requests with an internal error
        self.users: dict[str, dict[str, Any]] = {}  # name -> user object
        self.tokens: list[Token] = []

    # ---- routing
    def route(self, req: Request) -> Response:
        if req.method == "POST" and req.path == TOKEN_PATH:
            if self.internal_errors:
                self.internal_errors -= 1
                return _status_error("database is locked")
            grant = req.fields.get("grant_type", "")
            if grant == "refresh_token":
                return self.refresh(req.fields)
            if req.fields.get("tag") == "wechat_miniprogram":
                return self.wechat_login(req.fields)
            return _error(400, "unsupported_grant_type", f"grant_type: {grant} is not supported")
        if req.method == "POST" and req.path == "/api/login/oauth/refresh_token":
            return self.refresh(req.fields)
        if req.path == "/api/get-account":
            return self.with_user(req, self.account)
        if req.path == "/api/userinfo":
            return self.with_user(req, self.userinfo)
        if req.method == "POST" and req.path == "/api/update-user":
            return self.with_user(req, lambda user: self.update_user(user, req))
        return Response(404, {"status": "error", "msg": "not found"})

    # ---- token endpoint
    def wechat_login(self, f: dict[str, Any]) -> Response:
        if f.get("client_id") != self.client_id:
            return _error(401, "invalid_client", "client_id is invalid")
        query = urllib.parse.urlencode({"appid": self.wechat.appid, "secret": self.wechat.secret,
                                        "js_code": f.get("code", ""), "grant_type": "authorization_code"})
        session = get_json(f"{self.wechat.url}/sns/jscode2session?{query}")
        if session.get("errcode"):
            return _error(400, "invalid_grant", f"get wechat mini program session error: err: {session['errmsg']}")
        openid = session.get("openid")
        if not openid:
            return _error(400, "invalid_request", "the wechat mini program session is invalid")
        user = next((u for u in self.users.values() if u["wechat"] == openid), None)
        if user is None:
            if not self.signup:
                return _error(400, "invalid_grant", "the application does not allow to sign up new account")
            username = f.get("username", "")
            name = username if USERNAME.match(username) and username not in self.users else f"wechat-{openid}"
            user = {"owner": self.organization, "name": name, "createdTime": _iso(time.time()),
                    "id": secrets.token_hex(8), "type": "normal-user", "displayName": name,
                    "avatar": f.get("avatar", ""), "email": "", "wechat": openid}
            self.users[name] = user
        token = self.issue(user["name"])
        if self.shape == "snake":
            return Response(200, self.snake(token))
        now = _iso(time.time())
        return Response(200, {
            "owner": "admin", "name": secrets.token_hex(8), "createdTime": now, "application": self.application,
            "organization": self.organization, "user": user["name"], "code": session["session_key"],
            "accessToken": token.access, "refreshToken": token.refresh, "accessTokenHash": secrets.token_hex(16),
            "refreshTokenHash": secrets.token_hex(16), "expiresIn": self.expires_in, "scope": "",
            "tokenType": "Bearer", "grantType": "", "codeChallenge": "", "codeIsUsed": False, "codeExpireIn": 0,
            "resource": "", "dPoPJkt": ""})

    def refresh(self, f: dict[str, Any]) -> Response:
        if f.get("client_id") != self.client_id:
            return _error(400, "invalid_client", "client_id is invalid")
        if "refresh_token" not in self.grant_types:
            return _error(400, "unsupported_grant_type", "grant_type: refresh_token is not supported")
        old = next((t for t in self.tokens if t.alive and t.refresh == f.get("refresh_token")), None)
        if old is None:
            return _error(400, "invalid_grant", "refresh token is invalid, expired or revoked")
        old.alive = False  # rotation: the old access and refresh tokens die at once
        return Response(200, self.snake(self.issue(old.user)))

    def issue(self, user: str) -> Token:
        token = Token("at-" + secrets.token_urlsafe(24), "rt-" + secrets.token_urlsafe(24), user,
                      time.time() + self.expires_in)
        self.tokens.append(token)
        return token

    def snake(self, token: Token) -> dict[str, Any]:
        return {"access_token": token.access, "id_token": token.access, "refresh_token": token.refresh,
                "token_type": "Bearer", "expires_in": self.expires_in, "scope": ""}

    # ---- resource endpoints (Bearer or ?access_token=)
    def with_user(self, req: Request, answer: Any) -> Response:
        bearer = req.bearer()
        if not bearer:
            return _status_error("Please login first")
        token = next((t for t in self.tokens if t.alive and t.access == bearer), None)
        if token is None:
            return _status_error("Access token doesn't exist in database")
        if token.expires_at <= time.time():
            return _status_error(f"Access token has expired, expireTime = {_iso(token.expires_at)}")
        return answer(self.users[token.user])

    def account(self, user: dict[str, Any]) -> Response:
        org = {"owner": "admin", "name": self.organization, "displayName": "Built-in Organization"}
        return Response(200, {"status": "ok", "msg": "", "sub": user["id"], "name": user["name"], "data": user,
                              "data2": org, "data3": None})

    def userinfo(self, user: dict[str, Any]) -> Response:
        return Response(200, {"sub": user["id"], "iss": self.url, "aud": self.client_id,
                              "preferred_username": user["name"], "name": user["displayName"],
                              "email": user["email"], "picture": user["avatar"]})

    def update_user(self, user: dict[str, Any], req: Request) -> Response:
        owner, _, name = req.query.get("id", "").partition("/")
        if (owner, name) != (user["owner"], user["name"]):
            return _status_error("Unauthorized operation")
        columns = {"display_name": "displayName", "avatar": "avatar"}
        changed = False
        for column in filter(None, req.query.get("columns", "").split(",")):
            key = columns.get(column)
            if key and key in req.fields and user[key] != req.fields[key]:
                user[key] = req.fields[key]
                changed = True
        return Response(200, {"status": "ok", "msg": "", "data": "Affected" if changed else "Unaffected"})

    def verify(self, access_token: str) -> dict[str, Any] | None:
        """What a resource server does with a Bearer token: ask Casdoor's userinfo (HTTP, as it would)."""
        info = get_json(f"{self.url}/api/userinfo", {"Authorization": f"Bearer {access_token}"})
        return None if info.get("status") == "error" else info

    # ---- control
    def act_set(self, shape: str | None = None, signup: bool | None = None, internal_errors: int | None = None,
                expires_in: int | None = None, grant_types: list[str] | None = None) -> None:
        for key, value in (("shape", shape), ("signup", signup), ("internal_errors", internal_errors),
                           ("expires_in", expires_in), ("grant_types", grant_types)):
            if value is not None:
                setattr(self, key, value)

    def act_expire(self) -> int:
        """Expire every live access token now (refresh tokens stay valid)."""
        live = [t for t in self.tokens if t.alive]
        for t in live:
            t.expires_at = time.time() - 1
        return len(live)

    def act_tokens(self) -> list[dict[str, Any]]:
        return [t.__dict__ for t in self.tokens]

    def act_users(self) -> dict[str, dict[str, Any]]:
        return self.users
