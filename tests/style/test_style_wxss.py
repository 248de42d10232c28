"""CSS → WXSS tables: whole stylesheets in, exact WXSS out, per construct (values, at-rules, diagnostics)."""

from __future__ import annotations

from pwa2wx.style import values
from pwa2wx.style.wxss import Converter, Where
from tests.tables import table

VARIABLES = {"--ion-color-primary": values.parse_value("#0054e9"), "--gap": values.parse_value("8px"),
             "--ref": values.parse_value("var(--gap) 2px")}


def convert(css: str, role: str = "component", px: int = 0, variables: bool = False, imports: dict | None = None):
    reports: list[tuple[str, str, int]] = []
    converter = Converter(
        mode="md", px_factor=px,
        report=lambda code, message, where, severity: reports.append((code, severity or "", where.line)),
        rewrite_url=lambda url, where: "data:x" if url == "small.png" else None,
        resolve_import=lambda url, where, role: (imports or {}).get(url, ""),
        variables=VARIABLES.get if variables else None)
    return converter.convert(css, role, lambda line, col: Where("src/a.scss", line, col)), reports


TABLE = [
    # rules and declarations, token-exact
    (".a { color: red; margin: 0 auto }", ".a{color:red;margin:0 auto}\n"),
    ("ion-item { --min-height: 85px; }", ".ion-item{--min-height:85px}\n"),
    (".a{color:red !important}", ".a{color:red!important}\n"),
    (".a{}", ""),
    (".a{color:red;--tw-ring-inset:}", ".a{color:red;--tw-ring-inset: }\n"),  # wcsc rejects '--x:}'
    (".a{width:calc(100% - var(--gap, 4px))}", ".a{width:calc(100% - var(--gap, 4px))}\n"),
    ('.a{font-family:"Roboto", sans-serif}', '.a{font-family:"Roboto", sans-serif}\n'),
    (".a{background:url(small.png) no-repeat}", '.a{background:url("data:x") no-repeat}\n'),
    (".a{background:url('big.png')}", '.a{background:url("big.png")}\n'),
    # at-rules
    ("@media (min-width: 768px) { ion-col { flex: 1 } }", "@media (min-width: 768px){\n.ion-col{flex:1}\n}\n"),
    ("@supports (display: grid) { .a { display: grid } }", "@supports (display: grid){\n.a{display:grid}\n}\n"),
    ("@keyframes spin { from { opacity: 0 } 50% { opacity: .5 } to { opacity: 1 } }",
     "@keyframes spin{from{opacity:0}50%{opacity:.5}to{opacity:1}}\n"),
    ("@keyframes none {} .a{color:red}", ".a{color:red}\n"),  # wcsc rejects an empty @keyframes body
    ("@font-face { font-family: X; src: url(small.png) }", '@font-face{font-family:X;src:url("data:x")}\n'),
    ("@charset 'utf-8'; .a{color:red}", ".a{color:red}\n"),
    ("@layer base { .a { color: red } }", ".a{color:red}\n"),
    ("@media print { :root { --x: 1 } }", ""),
]


@table("css, wxss", TABLE)
def test_convert(css, wxss):
    assert convert(css)[0] == wxss


PX = [
    (".a{margin:8px 0 .5px}", ".a{margin:16rpx 0 1rpx}\n"),
    (".a{width:calc(100% - 16PX)}", ".a{width:calc(100% - 32rpx)}\n"),
    (".a{box-shadow:0 1px 2px rgba(0,0,0,.2)}", ".a{box-shadow:0 2rpx 4rpx rgba(0,0,0,.2)}\n"),
    (".a{--gap:3px}", ".a{--gap:6rpx}\n"),
    ("@media (min-width: 768px){.a{top:1px}}", "@media (min-width: 768px){\n.a{top:2rpx}\n}\n"),
    (".a{line-height:1.5;font-size:1em}", ".a{line-height:1.5;font-size:1em}\n"),
]


@table("css, wxss", PX)
def test_px_to_rpx(css, wxss):
    assert convert(css, px=2)[0] == wxss


FALLBACKS = [
    # a global variable: its literal first, for clients without custom properties
    (".a{color:var(--ion-color-primary)}", ".a{color:#0054e9;color:var(--ion-color-primary)}\n"),
    (".a{margin:var(--ref)}", ".a{margin:8px 2px;margin:var(--ref)}\n"),
    (".a{color:var(--unknown, #111)}", ".a{color:#111;color:var(--unknown, #111)}\n"),
    (".a{border:1px solid var(--ion-color-primary)!important}",
     ".a{border:1px solid #0054e9!important;border:1px solid var(--ion-color-primary)!important}\n"),
    # not resolvable, or a custom property itself: as written
    (".a{color:var(--unknown)}", ".a{color:var(--unknown)}\n"),
    (".a{--c:var(--ion-color-primary)}", ".a{--c:var(--ion-color-primary)}\n"),
]


@table("css, wxss", FALLBACKS)
def test_literal_fallbacks(css, wxss):
    assert convert(css, variables=True)[0] == wxss


DIAGNOSTICS = [
    ("*{box-sizing:border-box}\n.a{color:red}", "component", [("PWX202", "", 1)]),
    ("@container (min-width: 400px) { .a { color: red } }", "component", [("PWX207", "", 1)]),
    ("@property --x { syntax: '<length>' }", "component", [("PWX207", "", 1)]),
    ("@import url(https://fonts.googleapis.com/css?family=Roboto);", "app", [("PWX207", "", 1)]),
    ("@import 'x.css' screen;", "app", [("PWX204", "", 1)]),
    ("@layer base { .a { color: red } }", "component", [("PWX204", "info", 1)]),
    (".a{\n  color: red;\n  :hover { color: blue }\n}", "component", [("PWX204", "", 3)]),
]


@table("css, role, expected", DIAGNOSTICS)
def test_diagnostics(css, role, expected):
    assert convert(css, role)[1] == expected


def test_plain_imports_are_replaced_in_place():
    wxss, _ = convert('@import "b.css";\n.a{color:red}', "app", imports={"b.css": ".b{color:blue}\n"})
    assert wxss == ".b{color:blue}\n.a{color:red}\n"
