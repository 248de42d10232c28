"""angular.json / tsconfig.json as written in real projects: comments and trailing commas."""

import pytest

from pwa2wx.workspace import jsonc


@pytest.mark.parametrize(("text", "expected"), [
    ('{"a": 1}', {"a": 1}),
    ('// lead\n{"a": [1, 2,], /* x */ "b": "//not a comment",}', {"a": [1, 2], "b": "//not a comment"}),
    ('{"a": "x\\"/*y*/"}', {"a": 'x"/*y*/'}),
    ('/* multi\nline */ {"a": {"b": true,},}', {"a": {"b": True}}),
])
def test_loads(text, expected):
    assert jsonc.loads(text) == expected


def test_error_keeps_position():
    with pytest.raises(jsonc.JsoncError) as err:
        jsonc.loads('{\n  // c\n  "a": ,\n}')
    assert (err.value.line, err.value.col) == (3, 8)
