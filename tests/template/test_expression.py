"""Angular expressions, as tables: source → ES2017 JS (``?.``/``??`` lowered), microsyntax, errors."""

from __future__ import annotations

import esprima
import pytest

from pwa2wx.template.expression import (
    ExpressionError,
    JsGen,
    parse_action,
    parse_binding,
    parse_template_bindings,
    split_interpolation,
)
from pwa2wx.template.expression import ast as A

LOCALS = {"item", "i"}


def gen(node: A.AST) -> str:
    temps: list[str] = []

    def temp() -> str:
        temps.append(f"$t{len(temps)}")
        return temps[-1]

    def name(ident: str, _node: A.AST, _write: bool) -> str:
        if ident == "$event":
            return "$event"
        return f"s.{ident}" if ident in LOCALS else f"c.{ident}"

    def pipe(p: A.Pipe, value: str, args: list[str]) -> str:
        return f"P({', '.join([repr(p.name), value, *args])})"

    return JsGen(name, pipe, temp)(node)


BINDINGS = [
    ("name", "c.name"),
    ("item.name", "s.item.name"),
    ("this.title", "c.title"),
    ("a > b ? 'x' : \"y\"", '((c.a > c.b) ? "x" : "y")'),
    ("!ios && !showSearchbar", "((!c.ios) && (!c.showSearchbar))"),
    ("count()", "c.count()"),
    ("open(item, i + 1)", "c.open(s.item, (s.i + 1))"),
    ("a?.b.c", "(($t0 = c.a) == null ? null : $t0.b.c)"),
    ("a?.b?.c", "(($t0 = c.a) == null ? null : ($t1 = $t0.b) == null ? null : $t1.c)"),
    ("list?.[0]", "(($t0 = c.list) == null ? null : $t0[0])"),
    ("obj.fn?.(1)", "(($t1 = c.obj, $t0 = $t1.fn) == null ? null : $t0.call($t1, 1))"),
    ("speaker?.name ?? 'Loading...'",
     '(($t1 = (($t0 = c.speaker) == null ? null : $t0.name)) != null ? $t1 : "Loading...")'),
    ("user!.name", "c.user.name"),
    ("$any(x).y", "c.x.y"),
    ("x | date:'mediumDate' | uppercase", "P('uppercase', P('date', c.x, \"mediumDate\"))"),
    ("items | slice:0:n", "P('slice', c.items, 0, c.n)"),
    ("{a: 1, 'b-c': [x, 2], d}", '{"a": 1, "b-c": [c.x, 2], "d": c.d}'),
    ("`Hi ${name}!`", '("Hi " + String(c.name) + "!")'),
    ("typeof x === 'string'", '((typeof c.x) === "string")'),
    ("-n + +m", "((-c.n) + (+c.m))"),
    ("2 ** 3 ** 2", "(2 ** (3 ** 2))"),
    ("'a' in obj", '("a" in c.obj)'),
    ("null ?? undefined", "(($t0 = null) != null ? $t0 : undefined)"),
    ("a[b][0].c", "c.a[c.b][0].c"),
    ("'it\\'s \\u00e9'", '"it\'s é"'),
    ("{ a: x, b: y, }", '{"a": c.x, "b": c.y}'),  # trailing commas: formatters write them, Angular accepts them
    ("[x, 2,]", "[c.x, 2]"),
    ("{ 'a-b': x,\n  c,\n}", '{"a-b": c.x, "c": c.c}'),
]


@pytest.mark.parametrize("src,js", BINDINGS, ids=[b[0] for b in BINDINGS])
def test_binding_to_js(src, js):
    out = gen(parse_binding(src))
    assert out == js
    esprima.parseScript(f"var $t0, $t1; x = {out};")


ACTIONS = [
    ("showSearchbar = false", "(c.showSearchbar = false)"),
    ("a = 1; go($event)", "((c.a = 1), c.go($event))"),
    ("item.count += 2", "(s.item.count += 2)"),
    ("list[i] = $event.detail.value", "(c.list[s.i] = $event.detail.value)"),
    ("x ??= 3", "(c.x == null ? (c.x = 3) : c.x)"),
    ("$event.stopPropagation(); save()", "($event.stopPropagation(), c.save())"),
]


@pytest.mark.parametrize("src,js", ACTIONS, ids=[a[0] for a in ACTIONS])
def test_action_to_js(src, js):
    assert gen(parse_action(src)) == js


MICROSYNTAX = [
    ("ngFor", "let item of items; index as i; trackBy: trackFn",
     [("ngFor", None), ("item", "$implicit"), ("ngForOf", "items"), ("i", "index"), ("ngForTrackBy", "trackFn")]),
    ("ngFor", "let x of xs; let i = index; let f = first",
     [("ngFor", None), ("x", "$implicit"), ("ngForOf", "xs"), ("i", "index"), ("f", "first")]),
    ("ngIf", "user$ | async as user; else loading",
     [("ngIf", "user$"), ("user", "ngIf"), ("ngIfElse", "loading")]),
    ("ngIf", "ok; then yes else no", [("ngIf", "ok"), ("ngIfThen", "yes"), ("ngIfElse", "no")]),
    ("ngTemplateOutlet", "tpl; context: {$implicit: x}", [("ngTemplateOutlet", "tpl"),
                                                            ("ngTemplateOutletContext", "{")]),
]


def summary(binding):
    if isinstance(binding, A.VariableBinding):
        return (binding.name, binding.value)
    value = binding.value
    if value is None:
        return (binding.key, None)
    while isinstance(value, A.Pipe):
        value = value.expression
    if isinstance(value, A.PropertyRead):
        return (binding.key, value.name)
    return (binding.key, "{")


@pytest.mark.parametrize("directive,src,expected", MICROSYNTAX, ids=[m[1] for m in MICROSYNTAX])
def test_microsyntax(directive, src, expected):
    assert [summary(b) for b in parse_template_bindings(directive, src)] == expected


BAD = [
    ("a +", "Unexpected end of expression", 3),
    ("a = 1", "Bindings cannot contain assignments", 2),
    ("a; b", "Binding expression cannot contain chained expression", 1),
    ("(a", "Missing expected )", 2),
    ("'abc", "Unterminated quote", 4),
    ("a ? b", "requires all 3 expressions", 5),
    ("a | ", "Expected identifier", 4),
    ("f(a b)", "Missing expected )", 4),
    ("f(a,)", "Unexpected token ')'", 4),  # Angular's parseCallArguments takes no trailing comma
    ("{a: 1,,}", "Unexpected token ','", 6),
    ("#x", "Private identifiers are not supported", 0),
    ("a @ b", "Unexpected character [@]", 2),
    ("(" * 65 + "a" + ")" * 65, "nests deeper than 64 brackets", 64),
]


@pytest.mark.parametrize("src,message,offset", BAD, ids=[b[0][:10] for b in BAD])
def test_errors_have_offsets(src, message, offset):
    with pytest.raises(ExpressionError) as info:
        parse_binding(src)
    assert message in info.value.message
    assert info.value.offset == offset


def test_pipes_are_not_allowed_in_actions():
    with pytest.raises(ExpressionError, match="Cannot have a pipe in an action expression"):
        parse_action("x = y | async")


def test_split_interpolation_respects_quotes():
    assert split_interpolation("a {{ b }} c {{ '}}' }}") == [(False, "a ", 0), (True, " b ", 4), (False, " c ", 9),
                                                            (True, " '}}' ", 14)]
