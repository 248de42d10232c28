"""Leading rules several stylesheets repeat (a partial every component imports) are written once, and WeChat's
compiler gives each page and component the same CSS as before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pwa2wx.build.convert import convert
from pwa2wx.commands.check import check
from pwa2wx.output import shared_styles
from pwa2wx.screenshot import _css
from tests import needs
from tests.tables import table
from tests.workspace import EMPTY_ROOT, STANDALONE_MAIN, link_runtime_packages, make_workspace

SPLITS = [
    (".a{color:red}@media (min-width:1px){.b{top:0}}.c{x:y}",
     [".a{color:red}", "@media (min-width:1px){.b{top:0}}", ".c{x:y}"]),
    ('.a::after{content:"}{;"}/* } ; */.b{c:\'}\'}', ['.a::after{content:"}{;"}', "/* } ; */.b{c:'}'}"]),
    ('@import "../x.wxss";.a{b:c}', ['@import "../x.wxss";', ".a{b:c}"]),
]


@table("text, rules", SPLITS)
def test_a_stylesheet_splits_into_its_top_level_statements(text, rules):
    assert shared_styles.split_rules(text) == rules


FORMS = "".join(f".form .field-{n} .input:focus + .label{{color:#3880ff;top:{n}px;font-size:12px}}\n"
                for n in range(40))  # a partial of ~3 KB


def app(root: Path) -> Path:
    """Three pages whose stylesheets import the forms partial first; two also a buttons partial after it."""
    routes, files = [], {}
    for name, extra in (("login", "@import 'buttons';"), ("signup", "@import 'buttons';"), ("about", "")):
        cls = name.title() + "Page"
        routes.append(f"{{ path: '{name}', component: {cls} }}")
        files[f"src/app/{name}.page.ts"] = (
            "import { Component } from '@angular/core';\n"
            f"@Component({{ selector: 'app-{name}', templateUrl: './{name}.page.html', "
            f"styleUrls: ['./{name}.page.scss'] }})\nexport class {cls} {{}}\n")
        files[f"src/app/{name}.page.html"] = f"<div class='form'><p class='own'>{name}</p></div>"
        files[f"src/app/{name}.page.scss"] = f"@import 'forms';\n{extra}\n.own {{ margin: {len(name)}px; }}\n"
    imports = "".join(f"import {{ {n.title()}Page }} from './{n}.page';\n" for n in ("login", "signup", "about"))
    files.update({
        "src/main.ts": STANDALONE_MAIN, "src/app/app.component.ts": EMPTY_ROOT, "src/global.scss": "",
        "src/app/_forms.scss": FORMS,
        "src/app/_buttons.scss": "".join(f".btn-{n}{{padding:{n}px 8px;border-radius:4px}}\n" for n in range(60)),
        "src/app/app.routes.ts": "import { Routes } from '@angular/router';\n" + imports +
                                 f"export const routes: Routes = [{', '.join(routes)}];\n",
    })
    make_workspace(root, files)
    link_runtime_packages(root)
    return root


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """The app converted, and converted with nothing hoisted (every run too short to move)."""
    root = app(tmp_path_factory.mktemp("shared") / "app")
    hoisted, inline = root.parent / "hoisted", root.parent / "inline"
    convert(root, hoisted)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(shared_styles, "MIN_SHARED", 10**9)
        convert(root, inline)
    return hoisted, inline


def test_the_partials_every_page_imports_are_written_once(outputs):
    hoisted, inline = outputs
    login = (hoisted / "pages/login/login.wxss").read_text()
    about = (hoisted / "pages/about/about.wxss").read_text()
    # forms: all three pages; buttons: two of them — the run ends where the pages part
    assert login.splitlines()[:2] == ['@import "../../pwa2wx/styles/1.wxss";', '@import "../../pwa2wx/styles/2.wxss";']
    assert about.splitlines()[0] == '@import "../../pwa2wx/styles/1.wxss";' and "styles/2" not in about
    assert ".field-39" in (hoisted / "pwa2wx/styles/1.wxss").read_text() and ".field-0" not in login
    assert ".btn-59" in (hoisted / "pwa2wx/styles/2.wxss").read_text()

    def size(out: Path) -> int:
        return sum(p.stat().st_size for p in out.rglob("*.wxss") if "theme" not in p.parts)
    assert size(hoisted) < size(inline) - len(FORMS)


@needs.node
def test_wechat_compiles_each_page_to_the_css_it_had(outputs):
    hoisted, inline = outputs
    assert [d for d in check(hoisted, devtools=True).diagnostics.items if d.severity == "error"] == []
    # the same rules in the same order; only wcsc's note of the file and line each came from differs
    def rules(css: str) -> str:
        return re.sub(r"\s*;wxcs_originclass:.*?;;wxcs_fileinfo:[^;]*;", "", css)

    before, after = _css(inline, 375), _css(hoisted, 375)
    for page in ("login", "signup", "about"):
        name = f"pages/{page}/{page}.wxss"
        assert rules(after[name]) == rules(before[name]) and ".field-39" in after[name]
