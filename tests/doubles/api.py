"""The converted app's own API: ``GET /api/me`` answers for a valid Bearer token (checked with ``verify``,
e.g. :meth:`Casdoor.verify`), HTTP 401 otherwise. With ``wechat`` it is also a "custom" login backend:
``POST /api/wx-login`` takes ``{<code_field>: code}`` and answers ``{"data": {"token", "user"}}``."""

from __future__ import annotations

import secrets
import urllib.parse
from collections.abc import Callable
from typing import Any

from tests.doubles import Double, Request, Response, get_json
from tests.doubles.wechat import WeChat

Verify = Callable[[str], "dict[str, Any] | None"]


class Api(Double):
    name = "api"

    def __init__(self, verify: Verify | None = None, wechat: WeChat | None = None, code_field: str = "code") -> None:
        super().__init__()
        self.verify = verify or self.own_token
        self.wechat = wechat
        self.code_field = code_field
        self.tokens: dict[str, str] = {}  # tokens of the custom login -> openid

    def route(self, req: Request) -> Response:
        if req.method == "GET" and req.path == "/api/me":
            user = self.verify(req.bearer()) if req.bearer() else None
            if user is None:
                return Response(401, {"error": "unauthorized"})
            name = user.get("name") or user.get("preferred_username")
            return Response(200, {"name": name, "greeting": f"Hello, {name}", "trails": ["Ridge loop", "Lake path"]})
        if req.method == "POST" and req.path == "/api/wx-login" and self.wechat:
            return self.login(req)
        return Response(404, {"error": "not found"})

    def login(self, req: Request) -> Response:
        query = urllib.parse.urlencode({"appid": self.wechat.appid, "secret": self.wechat.secret,
                                        "js_code": req.fields.get(self.code_field, ""),
                                        "grant_type": "authorization_code"})
        session = get_json(f"{self.wechat.url}/sns/jscode2session?{query}")
        if session.get("errcode"):
            return Response(400, {"message": session["errmsg"]})
        token = secrets.token_hex(20)
        self.tokens[token] = session["openid"]
        return Response(200, {"data": {"token": token, "user": {"name": "member-" + session["openid"][-6:]}}})

    def own_token(self, token: str) -> dict[str, Any] | None:
        return {"name": "member-" + self.tokens[token][-6:]} if token in self.tokens else None
