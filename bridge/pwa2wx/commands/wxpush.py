"""WeChat message push: proving a request to your push URL comes from WeChat (a helper for the backend).

WeChat signs the verification GET (``?signature&timestamp&nonce&echostr``) and every later push (POST)
with ``sha1("".join(sorted([token, timestamp, nonce])))`` in lowercase hex, ``token`` being the string
you entered in the mini program's admin console. A valid verification is answered with ``echostr``
unchanged, as plain text. The token is not the app secret; neither ever goes into the mini program.
"""

from __future__ import annotations

import hashlib
import hmac
import urllib.parse
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, HTTPServer


def signature(token: str, timestamp: str, nonce: str) -> str:
    return hashlib.sha1("".join(sorted([token, timestamp, nonce])).encode("utf-8")).hexdigest()


def verify(token: str, query: Mapping[str, str]) -> bool:
    """True when ``query`` (signature, timestamp, nonce) was signed with ``token``."""
    expected = signature(token, query.get("timestamp", ""), query.get("nonce", ""))
    return hmac.compare_digest(expected, query.get("signature", "").lower())


def answer(token: str, query: Mapping[str, str]) -> str | None:
    """The body for WeChat's verification GET: ``echostr`` when the signature is valid, else None."""
    return query.get("echostr", "") if verify(token, query) else None


def serve(token: str, port: int, host: str = "0.0.0.0", log: Callable[[str], None] = print) -> None:
    """Answer WeChat on ``port`` until interrupted: the verification GET with ``echostr``, signed pushes
    with ``success``, anything unsigned with 403. For setting the push URL up, not for production."""

    class Handler(BaseHTTPRequestHandler):
        def _reply(self, status: int, text: str) -> None:
            data = text.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _query(self) -> dict[str, str]:
            return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))

        def do_GET(self) -> None:
            echo = answer(token, self._query())
            log(f"GET {'verified' if echo is not None else 'REJECTED: bad signature'}")
            self._reply(*((200, echo) if echo is not None else (403, "bad signature")))

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            ok = verify(token, self._query())
            log(f"POST {len(body)} bytes {'verified' if ok else 'REJECTED: bad signature'}")
            self._reply(*((200, "success") if ok else (403, "bad signature")))

        def log_message(self, *args: object) -> None:
            pass

    with HTTPServer((host, port), Handler) as server:
        server.serve_forever()
