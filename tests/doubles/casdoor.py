"""Casdoor: WeChat mini program login, refresh with rotation, logout, avatar upload and the account endpoints,
as strict as casdoor/casdoor v3.158.0. Each behaviour names the server file and function it follows.

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

# util/validation.go ReUserName (CheckUsername in object/check.go also caps the length at 255)
USERNAME = re.compile(r"^[a-zA-Z0-9]+([-._][a-zA-Z0-9]+)*$")
TOKEN_PATH = "/api/login/oauth/access_token"
# object/user.go AddUser: the refusal for a new user of the built-in organization (without privilege consent)
BUILT_IN_REFUSED = (
    "adding a new user to the 'built-in' organization is currently disabled. Please note: all users in the "
    "'built-in' organization are global administrators in Casdoor. Refer to the docs: "
    "https://casdoor.org/docs/basic/core-concepts#how-does-casdoor-manage-itself. If you still wish to create a "
    "user for the 'built-in' organization, go to the organization's settings page and enable the 'Has "
    "privilege consent' option.")
FORBIDDEN = "the user is forbidden to sign in, please contact the administrator"


@dataclass
class Token:
    access: str
    refresh: str
    user: str
    expires_at: float
    alive: bool = True  # False once rotated away (the row is replaced)
    logged_out: bool = False  # ExpireTokenByAccessToken set its ExpiresIn to 0


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _error(error: str, description: str) -> Response:
    """controllers/util.go SetTokenErrorHttpStatus: invalid_client is HTTP 401, every other TokenError 400."""
    return Response(401 if error == "invalid_client" else 400, {"error": error, "error_description": description})


def _answer(status: str, msg: str = "", data: Any = None, data2: Any = None) -> Response:
    """controllers/account.go Response: every field always present, HTTP 200."""
    return Response(200, {"status": status, "msg": msg, "sub": "", "name": "", "data": data, "data2": data2,
                          "data3": None})


def _status_error(msg: str) -> Response:
    """controllers/base.go ResponseError (and routers' responseError): HTTP 200 {status: "error", msg}."""
    return _answer("error", msg)


def _ok(data: Any = None, data2: Any = None) -> Response:
    """controllers/base.go ResponseOk."""
    return _answer("ok", "", data, data2)


class Casdoor(Double):
    name = "casdoor"

    def __init__(self, wechat: WeChat, client_id: str = "b1a2c3d4e5f60718", shape: str = "snake",
                 expires_in: int = 604800, organization: str = "ridgeline", application: str = "app-ridgeline") -> None:
        super().__init__()
        self.wechat = wechat
        self.client_id = client_id
        self.shape = shape
        self.expires_in = expires_in
        self.organization = organization
        self.application = application
        self.signup = True
        self.wechat_provider = True  # the application lists a WeChatMiniProgram provider
        self.storage_provider = True  # the application lists a Storage provider (upload-resource needs one)
        self.privilege_consent = False  # the built-in organization's "Has privilege consent"
        self.default_avatar = "https://cdn.casbin.org/img/casbin.svg"
        self.grant_types = ["authorization_code", "refresh_token"]
        self.internal_errors = 0  # answer this many next token requests with an internal error
        self.users: dict[str, dict[str, Any]] = {}  # name -> user object
        self.tokens: list[Token] = []
        self.uploads: dict[str, bytes] = {}  # fullFilePath -> the uploaded bytes

    # ---- routing (routers/router.go)
    def route(self, req: Request) -> Response:
        if req.method == "POST" and req.path == TOKEN_PATH:
            if self.internal_errors:
                self.internal_errors -= 1
                return _status_error("database is locked")
            return self.token(req.fields)
        if req.method == "POST" and req.path == "/api/login/oauth/refresh_token":
            return self.token({**req.fields, "grant_type": "refresh_token"})
        if req.path == "/api/logout":
            return self.logout(req)
        if req.path == "/api/get-account":
            return self.with_user(req, lambda user: self.account(user, req.bearer()))
        if req.path == "/api/userinfo":
            return self.with_user(req, self.userinfo)
        if req.method == "POST" and req.path == "/api/update-user":
            return self.with_user(req, lambda user: self.update_user(user, req))
        if req.method == "POST" and req.path == "/api/upload-resource":
            return self.with_user(req, lambda user: self.upload_resource(req))
        return Response(404, {"status": "error", "msg": "not found"})

    # ---- token endpoint (object/token_oauth.go GetOAuthToken)
    def token(self, f: dict[str, Any]) -> Response:
        if f.get("client_id") != self.client_id:
            return _error("invalid_client", "client_id is invalid")
        if f.get("tag") == "wechat_miniprogram":
            return self.wechat_login(f)
        grant = f.get("grant_type", "")
        if grant not in self.grant_types:  # IsGrantTypeValid
            return _error("unsupported_grant_type", f"grant_type: {grant} is not supported in this application")
        if grant == "refresh_token":
            return self.refresh(f)
        return _error("unsupported_grant_type", f"grant_type: {grant} is not supported in this application")

    def wechat_login(self, f: dict[str, Any]) -> Response:
        """object/token_oauth.go GetWechatMiniProgramToken."""
        if not self.wechat_provider:
            return _error("invalid_client", "the application does not support wechat mini program")
        query = urllib.parse.urlencode({"appid": self.wechat.appid, "secret": self.wechat.secret,
                                        "js_code": f.get("code", ""), "grant_type": "authorization_code"})
        session = get_json(f"{self.wechat.url}/sns/jscode2session?{query}")
        if session.get("errcode"):  # idp/wechat_miniprogram.go GetSessionByCode
            return _error("invalid_grant", f"get wechat mini program session error: err: {session['errmsg']}")
        openid = session.get("openid")
        if not openid:
            return _error("invalid_request", "the wechat mini program session is invalid")
        # object/user.go getUserByWechatId: only users of the application's organization
        user = next((u for u in self.users.values() if u["owner"] == self.organization and u["wechat"] == openid),
                    None)
        if user is None:
            if not self.signup:
                return _error("invalid_grant", "the application does not allow to sign up new account")
            username = f.get("username", "")
            name = username if USERNAME.match(username) and len(username) <= 255 else f"wechat-{openid}"
            user = {"owner": self.organization, "name": name, "createdTime": _iso(time.time()),
                    "id": secrets.token_hex(8), "type": "normal-user", "displayName": "",  # no display name is set
                    "avatar": f.get("avatar", ""), "email": "", "wechat": openid, "isForbidden": False,
                    "signupApplication": self.application, "password": "", "accessToken": ""}
            refused = self.add_user(user)
            if refused:
                return _status_error(refused)
        # no IsForbidden check on this path: a forbidden user gets a token every call then refuses
        token = self.issue(user["name"])
        if self.shape == "snake":
            return Response(200, self.snake(token))
        now = _iso(time.time())
        return Response(200, {
            "owner": "admin", "name": secrets.token_hex(8), "createdTime": now, "application": self.application,
            "organization": user["owner"], "user": user["name"], "code": session["session_key"],
            "accessToken": token.access, "refreshToken": token.refresh, "accessTokenHash": secrets.token_hex(16),
            "refreshTokenHash": secrets.token_hex(16), "expiresIn": self.expires_in, "scope": "",
            "tokenType": "Bearer", "grantType": "", "codeChallenge": "", "codeIsUsed": True, "codeExpireIn": 0,
            "resource": "", "dPoPJkt": ""})

    def add_user(self, user: dict[str, Any]) -> str:
        """object/user.go AddUser: the refusal text ("" when added). A taken name fails at the insert (primary
        key owner+name), surfacing the database's error as the controller's HTTP 200 {status: "error"}."""
        if user["owner"] == "built-in" and not self.privilege_consent:
            return BUILT_IN_REFUSED
        if user["name"] in self.users:
            return f"Error 1062 (23000): Duplicate entry '{user['owner']}-{user['name']}' for key 'user.PRIMARY'"
        if not user["avatar"]:
            user["avatar"] = self.default_avatar
        self.users[user["name"]] = user
        return ""

    def refresh(self, f: dict[str, Any]) -> Response:
        """object/token_oauth_util.go RefreshToken."""
        old = next((t for t in self.tokens if t.alive and t.refresh == f.get("refresh_token")), None)
        if old is None:
            return _error("invalid_grant", "refresh token is invalid or revoked")
        if old.logged_out:
            return _error("invalid_grant", "refresh token is expired")
        if self.users[old.user]["isForbidden"]:
            return _error("invalid_grant", FORBIDDEN)
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

    def logout(self, req: Request) -> Response:
        """controllers/account.go Logout: id_token_hint (beego's GetString: query or form body) ends that token
        (object/token_oauth_util.go ExpireTokenByAccessToken sets its ExpiresIn to 0); without one, and
        without a session cookie, there is nothing to end."""
        hint = req.fields.get("id_token_hint", "")
        if not hint:
            return _ok()
        token = next((t for t in self.tokens if t.alive and t.access == hint), None)
        if token is None:
            return _status_error("Token not found, invalid accessToken")
        token.logged_out = True
        token.expires_at = time.time() - 1
        return _ok()

    # ---- resource endpoints (routers/auto_signin_filter.go AutoSigninFilter: Bearer or ?access_token=)
    def with_user(self, req: Request, answer: Any) -> Response:
        bearer = req.bearer()
        if not bearer:
            return _status_error("Please login first")
        token = next((t for t in self.tokens if t.alive and t.access == bearer), None)
        if token is None:
            return _status_error("Access token doesn't exist in database")
        if token.expires_at <= time.time():
            return _status_error(f"Access token has expired, expireTime = {_iso(token.expires_at)}")
        user = self.users[token.user]
        if user["isForbidden"]:  # token.IsUserActive
            return _status_error("The user is forbidden to sign in, please contact the administrator")
        return answer(user)

    def account(self, user: dict[str, Any], access_token: str) -> Response:
        """controllers/account.go GetAccount: the user carries the session's access token (u.AccessToken)."""
        org = {"owner": "admin", "name": user["owner"], "displayName": "Ridgeline"}
        return Response(200, {"status": "ok", "msg": "", "sub": user["id"], "name": user["name"],
                              "data": {**user, "accessToken": access_token}, "data2": org, "data3": None})

    def userinfo(self, user: dict[str, Any]) -> Response:
        return Response(200, {"sub": user["id"], "iss": self.url, "aud": self.client_id,
                              "preferred_username": user["name"], "name": user["displayName"],
                              "email": user["email"], "picture": user["avatar"]})

    def update_user(self, user: dict[str, Any], req: Request) -> Response:
        """controllers/user.go UpdateUser (authz lets a user update only itself)."""
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
        return _ok("Affected" if changed else "Unaffected")

    def upload_resource(self, req: Request) -> Response:
        """controllers/resource.go UploadResource: the multipart ``file`` stored at fullFilePath; tag=avatar also
        sets the user's avatar. Answers the file's URL (data) and object key (data2)."""
        q = req.query
        if "file" not in req.files:
            return _status_error("http: no such file")
        if not q.get("user") or not q.get("fullFilePath"):
            return _status_error(f"Username or fullFilePath is empty: username = {q.get('user', '')}, "
                                 f"fullFilePath = {q.get('fullFilePath', '')}")
        if not self.storage_provider:  # GetProviderFromContext("Storage")
            return _status_error(f"No storage provider is found for application: {q.get('application', '')}")
        path = q["fullFilePath"].lstrip("/")
        self.uploads[path] = req.files["file"]
        url = f"{self.url}/files/{path}"
        if q.get("tag") == "avatar":
            owner_user = self.users.get(q["user"])
            if owner_user is None or owner_user["owner"] != q.get("owner"):
                return _status_error("User is nil for tag: avatar")
            owner_user["avatar"] = url
        return _ok(url, path)

    def verify(self, access_token: str) -> dict[str, Any] | None:
        """What a resource server does with a Bearer token: ask Casdoor's userinfo (HTTP, as it would)."""
        info = get_json(f"{self.url}/api/userinfo", {"Authorization": f"Bearer {access_token}"})
        return None if info.get("status") == "error" else info

    # ---- control
    def act_set(self, shape: str | None = None, signup: bool | None = None, internal_errors: int | None = None,
                expires_in: int | None = None, grant_types: list[str] | None = None,
                organization: str | None = None, wechat_provider: bool | None = None) -> None:
        for key, value in (("shape", shape), ("signup", signup), ("internal_errors", internal_errors),
                           ("expires_in", expires_in), ("grant_types", grant_types),
                           ("organization", organization), ("wechat_provider", wechat_provider)):
            if value is not None:
                setattr(self, key, value)

    def act_expire(self) -> int:
        """Expire every live access token now (refresh tokens stay valid)."""
        live = [t for t in self.tokens if t.alive]
        for t in live:
            t.expires_at = time.time() - 1
        return len(live)

    def act_forbid(self, name: str, forbidden: bool = True) -> None:
        """An administrator forbids (or allows again) a user."""
        self.users[name]["isForbidden"] = forbidden

    def act_tokens(self) -> list[dict[str, Any]]:
        return [t.__dict__ for t in self.tokens]

    def act_users(self) -> dict[str, dict[str, Any]]:
        return self.users

    def act_uploads(self) -> dict[str, str]:
        """fullFilePath -> the uploaded bytes as latin-1 text (JSON-able, byte for byte)."""
        return {path: data.decode("latin-1") for path, data in self.uploads.items()}
