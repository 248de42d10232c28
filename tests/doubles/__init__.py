"""Loopback doubles of the identity backends and WeChat: real HTTP servers on 127.0.0.1 that speak the
wire protocol of ../shared/spec/login-protocol.md.

Each double records the requests it answered. Tests steer a double through its methods (Python) or through
``POST /_double/<action>`` with a JSON object of arguments (the node tests, which run it as a subprocess:
``python -m tests.doubles``); those control calls are not recorded.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import threading
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: str
    fields: dict[str, Any] = field(default_factory=dict)  # JSON body, then form body, then query: later wins
    files: dict[str, bytes] = field(default_factory=dict)  # multipart/form-data file parts by field name

    def bearer(self) -> str:
        auth = self.headers.get("authorization", "")
        return auth[len("Bearer "):] if auth.startswith("Bearer ") else self.query.get("access_token", "")


@dataclass
class Response:
    status: int = 200
    body: Any = None  # JSON-able, or str sent as text/plain
    headers: dict[str, str] = field(default_factory=dict)


class Double:
    """One loopback server. Subclasses implement :meth:`route` and ``act_<name>`` control actions."""

    name = "double"

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # ---- lifecycle
    def start(self) -> Double:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def close(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> Double:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def url(self) -> str:
        assert self._server, "double not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    # ---- what subclasses provide
    def route(self, req: Request) -> Response:
        return Response(404, {"error": "not found"})

    def seen(self, path: str) -> list[Request]:
        """Recorded requests to ``path``."""
        return [r for r in self.requests if r.path == path]

    def act_requests(self) -> list[dict[str, Any]]:
        """The recorded requests, file parts as latin-1 text (JSON-able, byte for byte)."""
        return [{**r.__dict__, "files": {k: v.decode("latin-1") for k, v in r.files.items()}} for r in self.requests]

    def act_reset(self) -> None:
        """Forget the recorded requests (state such as users and tokens stays)."""
        self.requests.clear()

    def _dispatch(self, req: Request) -> Response:
        if req.path.startswith("/_double/"):
            action = getattr(self, "act_" + req.path[len("/_double/"):], None)
            if action is None:
                return Response(404, {"error": f"no action {req.path}"})
            return Response(200, {"result": action(**req.fields)})
        with self._lock:
            self.requests.append(req)
            return self.route(req)


def _handler(double: Double) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _serve(self) -> None:
            url = urllib.parse.urlsplit(self.path)
            raw = self._body()
            body = raw.decode("utf-8", "replace")
            query = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
            headers = {k.lower(): v for k, v in self.headers.items()}
            fields: dict[str, Any] = {}
            files: dict[str, bytes] = {}
            if headers.get("content-type", "").startswith("multipart/form-data"):
                _multipart(headers["content-type"], raw, fields, files)
            elif body.lstrip().startswith("{"):
                try:
                    fields.update(json.loads(body))
                except ValueError:
                    pass
            elif "x-www-form-urlencoded" in headers.get("content-type", ""):
                fields.update(urllib.parse.parse_qsl(body, keep_blank_values=True))
            fields.update(query)
            res = double._dispatch(Request(self.command, url.path, query, headers, body, fields, files))
            text = res.body if isinstance(res.body, str) else json.dumps(res.body)
            data = text.encode("utf-8")
            self.send_response(res.status)
            ctype = "text/plain; charset=utf-8" if isinstance(res.body, str) else "application/json; charset=utf-8"
            self.send_header("Content-Type", res.headers.get("Content-Type", ctype))
            self.send_header("Content-Length", str(len(data)))
            for k, v in res.headers.items():
                if k != "Content-Type":
                    self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def _body(self) -> bytes:
            if self.headers.get("Transfer-Encoding", "").lower() != "chunked":  # node sends bodies chunked
                return self.rfile.read(int(self.headers.get("Content-Length") or 0))
            data = b""
            while size := int(self.rfile.readline().split(b";")[0], 16):
                data += self.rfile.read(size)
                self.rfile.readline()
            self.rfile.readline()
            return data

        do_GET = do_POST = do_PUT = do_DELETE = _serve

        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

    return Handler


def _multipart(content_type: str, raw: bytes, fields: dict[str, Any], files: dict[str, bytes]) -> None:
    """A multipart/form-data body (what wx.uploadFile sends) into its text fields and its file parts."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + raw)
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        data = part.get_payload(decode=True) or b""
        if part.get_filename() is not None:
            files[str(name)] = data
        else:
            fields[str(name)] = data.decode("utf-8")


def get_json(url: str, headers: dict[str, str] | None = None) -> Any:
    """GET ``url`` and decode its JSON body (doubles calling each other, as the real servers do)."""
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=10) as res:
        return json.loads(res.read().decode("utf-8"))
