"""Authing: the current API (what authing-js-sdk 5.x ``packages/miniapp/src/Authing.ts`` calls) and the legacy
one (authing-wxapp-sdk ``src/index.ts``). Authing's server is closed source, so each behaviour names the SDK
code that sends the request or reads its answer.

Current API: ``POST /api/v3/signin-by-mobile`` (Authing.ts ``loginByCode`` → ``login``), answers
``{statusCode, message, apiCode?, data}`` where any statusCode but 200 is an error (helpers/request.ts
``interceptResponseData``); ``POST /oidc/token`` refresh and ``POST /oidc/token/revocation`` (``refreshToken``,
``logout``: OIDC, answered plainly); ``GET /api/v3/get-profile``, ``POST /api/v3/update-profile``
(``getUserInfo``, ``updateUserInfo``: the token in ``Authorization``); ``POST /api/v2/upload?folder=avatar``
(``updateAvatar``: multipart ``file``, answer ``{code, data: {url}}``).

Legacy API: ``POST /connections/social/wechat-miniprogram/auth`` with the user pool headers, answering in the
envelope ``{"code": 200, "message", "data": {…user…, "token"}}`` (any other code is an error).
"""

from __future__ import annotations

import secrets
import time
import urllib.parse
from dataclasses import dataclass
from typing import Any

from tests.doubles import Double, Request, Response, get_json
from tests.doubles.wechat import WeChat

AUTH_PATH = "/connections/social/wechat-miniprogram/auth"
SIGNIN_PATH = "/api/v3/signin-by-mobile"
CONNECTION = "wechat_mini_program_code"  # types.ts LoginByCodeConnection.wechat_mini_program_code
EXPIRES_IN = 1209600  # Authing's default access token lifetime (14 days)


@dataclass
class Token:
    access: str
    refresh: str
    openid: str
    expires_at: float
    alive: bool = True  # False once revoked or rotated away


def _envelope(code: int, message: str, data: Any = None) -> Response:
    return Response(200, {"code": code, "message": message, "data": data})


def _v3(status: int, message: str, data: Any = None, api_code: int | None = None) -> Response:
    """A v3 answer: the body's statusCode decides (request.ts), the HTTP status matches it."""
    body: dict[str, Any] = {"statusCode": status, "message": message}
    if api_code is not None:
        body["apiCode"] = api_code
    if data is not None:
        body["data"] = data
    return Response(status, body)


class Authing(Double):
    name = "authing"

    def __init__(self, wechat: WeChat, userpool_id: str = "62a0b1c2d3e4f5a6b7c8d9e0",
                 app_id: str = "62a0b1c2d3e4f5a6b7c8d9e1", connection: str = "ridgeline-wxmp",
                 expires_in: int = EXPIRES_IN) -> None:
        super().__init__()
        self.wechat = wechat
        self.userpool_id = userpool_id
        self.app_id = app_id
        self.connection = connection  # the identifier of the WeChat mini program identity source
        self.expires_in = expires_in
        self.users: dict[str, dict[str, Any]] = {}  # openid -> user
        self.legacy_tokens: dict[str, str] = {}  # legacy token -> openid
        self.tokens: list[Token] = []
        self.uploads: dict[str, bytes] = {}  # key -> uploaded bytes

    def route(self, req: Request) -> Response:
        post = req.method == "POST"
        if post and req.path == SIGNIN_PATH:
            return self.signin(req)
        if post and req.path == "/oidc/token":
            return self.refresh(req)
        if post and req.path == "/oidc/token/revocation":
            return self.revoke(req)
        if req.method == "GET" and req.path == "/api/v3/get-profile":
            return self.with_user(req, lambda user: _v3(200, "", user))
        if post and req.path == "/api/v3/update-profile":
            return self.with_user(req, lambda user: self.update_profile(user, req))
        if post and req.path == "/api/v2/upload":
            return self.upload(req)
        if post and req.path == AUTH_PATH:
            return self.legacy(req)
        return _v3(404, "not found")

    def user_of(self, openid: str) -> dict[str, Any]:
        """Find or create the user of a WeChat openid (new users are named by Authing, nickname empty)."""
        return self.users.setdefault(openid, {"userId": secrets.token_hex(12), "userPoolId": self.userpool_id,
                                              "username": None, "nickname": None, "photo": "",
                                              "openid": openid})

    def session(self, code: str) -> dict[str, Any]:
        query = urllib.parse.urlencode({"appid": self.wechat.appid, "secret": self.wechat.secret,
                                        "js_code": code, "grant_type": "authorization_code"})
        return get_json(f"{self.wechat.url}/sns/jscode2session?{query}")

    # ---- current API
    def signin(self, req: Request) -> Response:
        """Authing.ts login(data, 'code'): x-authing-app-id names the application; connection and
        extIdpConnidentifier pick the identity source; wechatMiniProgramCodePayload.code is the wx.login code.
        A refresh_token comes back only for the offline_access scope (OIDC)."""
        f = req.fields
        if req.headers.get("x-authing-app-id") != self.app_id:
            return _v3(400, "application not found", api_code=2004)
        if f.get("connection") != CONNECTION or f.get("extIdpConnidentifier") != self.connection:
            return _v3(400, "identity source connection not found", api_code=2005)
        payload = f.get("wechatMiniProgramCodePayload") or {}
        session = self.session(payload.get("code", ""))
        if session.get("errcode"):
            return _v3(400, f"code2Session failed: {session['errmsg']}", api_code=2003)
        user = self.user_of(session["openid"])
        scope = str((f.get("options") or {}).get("scope", "openid profile"))
        token = self.issue(user["openid"])
        data = {"access_token": token.access, "id_token": "eyJ" + secrets.token_urlsafe(24),
                "expires_in": self.expires_in, "token_type": "Bearer", "scope": scope}
        if "offline_access" in scope.split():
            data["refresh_token"] = token.refresh
        return _v3(200, "", data)

    def refresh(self, req: Request) -> Response:
        """Authing.ts refreshToken: form grant_type=refresh_token (client by x-authing-app-id or client_id);
        OIDC errors {error, error_description}; the old pair is rotated away."""
        f = req.fields
        if (f.get("client_id") or req.headers.get("x-authing-app-id")) != self.app_id:
            return Response(401, {"error": "invalid_client", "error_description": "client authentication failed"})
        if f.get("grant_type") != "refresh_token":
            return Response(400, {"error": "unsupported_grant_type", "error_description": "unsupported grant"})
        old = next((t for t in self.tokens if t.alive and t.refresh == f.get("refresh_token")), None)
        if old is None:
            return Response(400, {"error": "invalid_grant", "error_description": "grant request is invalid"})
        old.alive = False
        token = self.issue(old.openid)
        return Response(200, {"access_token": token.access, "id_token": "eyJ" + secrets.token_urlsafe(24),
                              "refresh_token": token.refresh, "expires_in": self.expires_in,
                              "token_type": "Bearer", "scope": "openid profile offline_access"})

    def revoke(self, req: Request) -> Response:
        """Authing.ts logout: form {client_id, token} (RFC 7009: an unknown token is not an error)."""
        if req.fields.get("client_id") != self.app_id:
            return Response(401, {"error": "invalid_client", "error_description": "client authentication failed"})
        for t in self.tokens:
            if req.fields.get("token") in (t.access, t.refresh):
                t.alive = False
        return Response(200, "")

    def issue(self, openid: str) -> Token:
        token = Token("eyJ" + secrets.token_urlsafe(32), secrets.token_urlsafe(24), openid,
                      time.time() + self.expires_in)
        self.tokens.append(token)
        return token

    def bearer(self, req: Request) -> str:
        """The SDK sends the bare token in Authorization; "Bearer <token>" is accepted too."""
        auth = req.headers.get("authorization", "")
        return auth[len("Bearer "):] if auth.startswith("Bearer ") else auth

    def with_user(self, req: Request, answer: Any) -> Response:
        token = next((t for t in self.tokens if t.alive and t.access == self.bearer(req)), None)
        if token is None or token.expires_at <= time.time():
            return _v3(401, "login state has expired, please login again", api_code=2020)
        return answer(self.users[token.openid])

    def update_profile(self, user: dict[str, Any], req: Request) -> Response:
        """Authing.ts updateUserInfo: JSON {nickname?, photo?, …} → the updated user."""
        for key in ("nickname", "photo"):
            if key in req.fields:
                user[key] = req.fields[key]
        return _v3(200, "", user)

    def upload(self, req: Request) -> Response:
        """Authing.ts updateAvatar: multipart ``file`` to /api/v2/upload?folder=avatar → {code, data: {key, url}}."""
        if "file" not in req.files:
            return _envelope(400, "file is required")
        key = f"{req.query.get('folder', 'files')}/{secrets.token_hex(8)}.png"
        self.uploads[key] = req.files["file"]
        return _envelope(200, "", {"key": key, "url": f"{self.url}/{key}"})

    # ---- legacy API
    def legacy(self, req: Request) -> Response:
        h = req.headers
        if h.get("x-authing-userpool-id") != self.userpool_id:
            return _envelope(2004, "user pool does not exist")
        if h.get("x-authing-app-id") != self.app_id or h.get("x-authing-request-from") != "wxapp":
            return _envelope(2004, "application does not exist")
        session = self.session(req.fields.get("code", ""))
        if session.get("errcode"):
            return _envelope(2003, f"code2Session failed: {session['errmsg']}")
        user = self.user_of(session["openid"])
        token = "eyJ" + secrets.token_urlsafe(32)
        self.legacy_tokens[token] = session["openid"]
        expires = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(time.time() + 1296000))
        return _envelope(200, "获取用户信息成功", {**user, "id": user["userId"], "token": token,
                                                "tokenExpiredAt": expires})

    def verify(self, token: str) -> dict[str, Any] | None:
        """What the app's API does with a Bearer token (Authing's /api/v3/get-profile, modelled directly)."""
        live = next((t for t in self.tokens if t.alive and t.access == token and t.expires_at > time.time()), None)
        openid = live.openid if live else self.legacy_tokens.get(token)
        if openid is None:
            return None
        user = self.users[openid]
        return {"name": user["nickname"] or user["username"] or "Authing member"}

    # ---- control
    def act_set(self, expires_in: int | None = None) -> None:
        if expires_in is not None:
            self.expires_in = expires_in

    def act_tokens(self) -> list[dict[str, Any]]:
        return [t.__dict__ for t in self.tokens]

    def act_users(self) -> dict[str, dict[str, Any]]:
        return self.users
