"""Run every double for the node tests: prints one JSON line ``{name: url}``, serves until stdin closes."""

from __future__ import annotations

import json
import sys

from tests.doubles.api import Api
from tests.doubles.authing import Authing
from tests.doubles.casdoor import Casdoor
from tests.doubles.wechat import WeChat


def main() -> None:
    wechat = WeChat().start()
    casdoor = Casdoor(wechat).start()
    authing = Authing(wechat).start()
    doubles = {"wechat": wechat, "casdoor": casdoor, "authing": authing,
               "api": Api(casdoor.verify).start(), "authingApi": Api(authing.verify).start(),
               "custom": Api(wechat=wechat, code_field="js_code").start()}
    print(json.dumps({name: d.url for name, d in doubles.items()}), flush=True)
    sys.stdin.read()
    for d in doubles.values():
        d.close()


if __name__ == "__main__":
    main()
