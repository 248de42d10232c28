"""README is the user's manual: it must list every diagnostic code and every config key."""

import re

from pwa2wx.diagnostics.codes import CODES
from pwa2wx.workspace.config import SCHEMA
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_code_is_documented_with_its_severity():
    table = README.split("<!-- codes:start -->")[1].split("<!-- codes:end -->")[0]
    rows = dict(re.findall(r"^\| `(PWX\d{3})` \| (\w+) \|", table, re.M))
    assert rows == {code: spec.severity for code, spec in CODES.items()}


def test_every_config_key_is_documented():
    for section, keys in SCHEMA.items():
        assert f"[{section}]" in README
        for key in keys:
            assert re.search(rf"^{key} = ", README, re.M), f"[{section}] {key} missing from README"


def test_the_two_commands_are_there():
    assert ("pip install . && (cd fixtures/trailbook && npm ci --omit=dev --ignore-scripts) && "
            "pwa2wx convert fixtures/trailbook -o build/trailbook") in README
    assert "\nmake test\n" in README
