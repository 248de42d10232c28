"""WeChat's servers: ``auth.code2Session`` for the backends, and the code issuing behind ``wx.login``.

A code is single use and valid 5 minutes; a bad, reused or expired one gets errcode 40029, as WeChat
answers. ``POST /_double/code`` (or :meth:`issue_code`) is what the wx double's ``wx.login`` calls.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time

from tests.doubles import Double, Request, Response

CODE_LIFETIME = 300


class WeChat(Double):
    name = "wechat"

    def __init__(self, appid: str = "wx0123456789abcdef", secret: str = "0123456789abcdef0123456789abcdef",
                 user: str = "alice") -> None:
        super().__init__()
        self.appid = appid
        self.secret = secret
        self.user = user  # the WeChat user of the next wx.login
        self.codes: dict[str, tuple[str, float]] = {}  # code -> (openid, issued at)
        self.session_keys: list[str] = []  # every session_key handed out (tests grep outputs for them)
        self.reject = 0  # reject this many next exchanges with 40029 even for good codes

    def openid(self, user: str) -> str:
        return "o" + hashlib.sha1(f"{self.appid}:{user}".encode()).hexdigest()[:27]

    def issue_code(self) -> str:
        code = secrets.token_hex(16)
        self.codes[code] = (self.openid(self.user), time.time())
        return code

    def route(self, req: Request) -> Response:
        if req.path != "/sns/jscode2session" or req.method != "GET":
            return Response(404, {"errcode": 404, "errmsg": "not found"})
        q = req.query
        rid = secrets.token_hex(6)
        if q.get("appid") != self.appid:
            return Response(200, {"errcode": 40013, "errmsg": f"invalid appid, rid: {rid}"})
        if q.get("secret") != self.secret:
            return Response(200, {"errcode": 40125, "errmsg": f"invalid appsecret, rid: {rid}"})
        found = self.codes.pop(q.get("js_code", ""), None)  # single use: gone whether good or not
        if q.get("grant_type") != "authorization_code" or found is None or self.reject > 0 \
                or time.time() - found[1] > CODE_LIFETIME:
            self.reject = max(0, self.reject - 1)
            return Response(200, {"errcode": 40029, "errmsg": f"invalid code, rid: {rid}"})
        session_key = base64.b64encode(secrets.token_bytes(16)).decode()
        self.session_keys.append(session_key)
        return Response(200, {"openid": found[0], "session_key": session_key})

    def act_code(self) -> str:
        return self.issue_code()

    def act_set(self, user: str | None = None, reject: int | None = None) -> None:
        if user is not None:
            self.user = user
        if reject is not None:
            self.reject = reject

    def act_session_keys(self) -> list[str]:
        return self.session_keys
