"""WeChat message-push signature check: the function, the subcommand and the verification server."""

import hashlib
import socket
import threading
import time
import urllib.error
import urllib.request

from click.testing import CliRunner

from pwa2wx.commands import wxpush
from pwa2wx.commands.cli import main

TOKEN, TIMESTAMP, NONCE = "pushtoken42", "1714000000", "8765432"
# sha1 of the lexically sorted strings joined, computed independently of the module
SIGNED = hashlib.sha1("".join(sorted([TOKEN, TIMESTAMP, NONCE])).encode()).hexdigest()


def test_signature_is_sha1_of_the_sorted_parts():
    assert wxpush.signature(TOKEN, TIMESTAMP, NONCE) == SIGNED
    assert wxpush.signature(TOKEN, NONCE, TIMESTAMP) == SIGNED  # order of the inputs does not matter


def test_answer_echoes_only_when_valid():
    query = {"signature": SIGNED, "timestamp": TIMESTAMP, "nonce": NONCE, "echostr": "5921903470251"}
    assert wxpush.answer(TOKEN, query) == "5921903470251"
    assert wxpush.answer("other", query) is None
    assert wxpush.answer(TOKEN, {**query, "nonce": "1"}) is None
    assert wxpush.verify(TOKEN, {**query, "signature": SIGNED.upper()})


def test_subcommand():
    query = f"signature={SIGNED}&timestamp={TIMESTAMP}&nonce={NONCE}&echostr=hello"
    ok = CliRunner().invoke(main, ["wxpush", "--token", TOKEN, query])
    assert (ok.exit_code, ok.output) == (0, "hello\n")
    bad = CliRunner().invoke(main, ["wxpush", "--token", "nope", query])
    assert bad.exit_code == 1


def test_server_answers_verification_and_pushes():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    logs: list[str] = []
    threading.Thread(target=wxpush.serve, args=(TOKEN, port, "127.0.0.1", logs.append), daemon=True).start()
    base = f"http://127.0.0.1:{port}/?signature={SIGNED}&timestamp={TIMESTAMP}&nonce={NONCE}"
    for _ in range(50):
        try:
            with urllib.request.urlopen(base + "&echostr=abc") as res:
                assert res.read() == b"abc"
            break
        except urllib.error.URLError:
            time.sleep(0.05)
    with urllib.request.urlopen(urllib.request.Request(base, data=b"<xml/>", method="POST")) as res:
        assert res.read() == b"success"
    try:
        urllib.request.urlopen(base.replace(SIGNED, "0" * 40))
        raise AssertionError("unsigned request accepted")
    except urllib.error.HTTPError as e:
        assert e.code == 403
    assert logs == ["GET verified", "POST 6 bytes verified", "GET REJECTED: bad signature"]
