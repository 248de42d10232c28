"""Authing: ``POST /connections/social/wechat-miniprogram/auth`` with the user pool headers, answering in
Authing's envelope ``{"code": 200, "message", "data": {…user…, "token"}}`` (any other code is an error)."""

from __future__ import annotations

import secrets
import time
import urllib.parse
from typing import Any

from tests.doubles import Double, Request, Response, get_json
from tests.doubles.wechat import WeChat

AUTH_PATH = "/connections/social/wechat-miniprogram/auth"


def _envelope(code: int, message: str, data: Any = None) -> Response:
    return Response(200, {"code": code, "message": message, "data": data})


class Authing(Double):
    name = "authing"

    def __init__(self, wechat: WeChat, userpool_id: str = "62a0b1c2d3e4f5a6b7c8d9e0",
                 app_id: str = "62a0b1c2d3e4f5a6b7c8d9e1") -> None:
        super().__init__()
        self.wechat = wechat
        self.userpool_id = userpool_id
        self.app_id = app_id
        self.users: dict[str, dict[str, Any]] = {}  # openid -> user
        self.tokens: dict[str, str] = {}  # token -> openid

    def route(self, req: Request) -> Response:
        if req.method != "POST" or req.path != AUTH_PATH:
            return _envelope(404, "not found")
        h = req.headers
        if h.get("x-authing-userpool-id") != self.userpool_id:
            return _envelope(2004, "user pool does not exist")
        if h.get("x-authing-app-id") != self.app_id or h.get("x-authing-request-from") != "wxapp":
            return _envelope(2004, "application does not exist")
        query = urllib.parse.urlencode({"appid": self.wechat.appid, "secret": self.wechat.secret,
                                        "js_code": req.fields.get("code", ""), "grant_type": "authorization_code"})
        session = get_json(f"{self.wechat.url}/sns/jscode2session?{query}")
        if session.get("errcode"):
            return _envelope(2003, f"code2Session failed: {session['errmsg']}")
        openid = session["openid"]
        user = self.users.setdefault(openid, {"id": secrets.token_hex(12), "userPoolId": self.userpool_id,
                                              "username": None, "nickname": "WeChat user", "photo": "",
                                              "openid": openid})
        token = "eyJ" + secrets.token_urlsafe(32)
        self.tokens[token] = openid
        expires = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(time.time() + 1296000))
        return _envelope(200, "获取用户信息成功", {**user, "token": token, "tokenExpiredAt": expires})

    def verify(self, token: str) -> dict[str, Any] | None:
        openid = self.tokens.get(token)
        return None if openid is None else {"name": self.users[openid]["nickname"]}
