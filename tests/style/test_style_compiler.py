"""StyleCompiler on real workspaces: Sass, imports with and without node_modules, diagnostics, assets, theme."""

from __future__ import annotations

import base64
import hashlib
import io
import json
from pathlib import Path

import pytest
from PIL import Image

from pwa2wx.diagnostics import Diagnostics
from pwa2wx.style import StyleCompiler
from pwa2wx.workspace import config as config_module
from pwa2wx.workspace import project as project_module
from tests.workspace import ANGULAR_JSON, make_workspace

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/"
                       "PchI7wAAAABJRU5ErkJggg==")


def component_ts(name: str, styles: str) -> str:
    return (f"import {{ Component }} from '@angular/core';\n\n"
            f"@Component({{\n  selector: 'app-{name}',\n  template: '<p>x</p>',\n  {styles}\n}})\n"
            f"export class {name.title()}Page {{}}\n")


def build(tmp_path: Path, files: dict[str, str], mode: str | None = None, px: int = 0, base_url: str = "", **kw):
    root = make_workspace(tmp_path / "app", files, **kw)
    project = project_module.load(root)
    config = config_module.defaults()
    config.values["style"]["px_to_rpx"] = px
    config.values["assets"]["base_url"] = base_url
    if mode:
        config.values["style"]["mode"] = mode
    diagnostics = Diagnostics()
    return project, StyleCompiler(project, config, diagnostics), diagnostics


def component(project, name: str):
    return next(c for c in project.components.values() if c.selector == f"app-{name}")


def found(diagnostics: Diagnostics) -> list[tuple[str, str, str]]:
    return [(d.code, d.severity, d.location()) for d in diagnostics.sorted()]


def test_component_scss_to_wxss(tmp_path):
    project, styles, diagnostics = build(tmp_path, {
        "src/app/home/home.page.ts": component_ts("home", "styleUrls: ['./home.page.scss']"),
        "src/app/home/home.page.scss": "$gap: 8px;\nion-item {\n  --min-height: 85px;\n  h2 { margin: $gap; }\n}\n"
                                       ":host { display: block; }\n",
        "src/global.scss": "",
    })
    home = component(project, "home")
    assert styles.component(home, "page") == (".ion-item{--min-height:85px}\n.ion-item .h5-h2{margin:8px}\n"
                                              "page{display:block}\n")
    assert styles.component(home, "component").endswith(":host{display:block}\n")
    styles.close()
    assert found(diagnostics) == []


def test_scss_error_is_located_and_the_rest_converts(tmp_path):
    project, styles, diagnostics = build(tmp_path, {
        "src/app/bad/bad.page.ts": component_ts("bad", "styleUrl: './bad.page.scss'"),
        "src/app/bad/bad.page.scss": ".a {\n  color: $missing;\n}\n",
        "src/app/inline/inline.page.ts": component_ts("inline", "styles: [`\n  .b { color: $nope; }\n`]"),
        "src/app/good/good.page.ts": component_ts("good", "styles: ['.c { color: red }']"),
        "src/global.scss": "",
    })
    assert styles.component(component(project, "bad"), "page") == ""
    assert styles.component(component(project, "inline"), "page") == ""
    assert styles.component(component(project, "good"), "page") == ".c{color:red}\n"
    styles.close()
    assert found(diagnostics) == [("PWX201", "error", "src/app/bad/bad.page.scss:2:10"),
                                  ("PWX201", "error", "src/app/inline/inline.page.ts:7:15")]


def test_a_declaration_this_sass_rejects_is_left_out_not_the_stylesheet(tmp_path):
    """manghina/showcase's `border: color(53, 120, 229);`, which the Sass of its Angular build (1.64) passed through
    as a CSS function and Dart Sass 1.79+ rejects (its color() takes one argument): the whole page stylesheet was
    left out (PWX201). The declaration is, with a warning, as a browser ignores a value it cannot read."""
    project, styles, diagnostics = build(tmp_path, {
        "src/app/home/home.page.ts": component_ts("home", "styleUrl: './home.page.scss'"),
        "src/app/home/home.page.scss": ".card:hover {\n  border: color(53, 120, 229);\n  color: blue;\n}\n"
                                       ".x { color: red; }\n",
        "src/global.scss": "",
    })
    assert styles.component(component(project, "home"), "page") == ".card:hover{color:blue}\n.x{color:red}\n"
    styles.close()
    assert found(diagnostics) == [("PWX204", "warning", "src/app/home/home.page.scss:2:11")]
    assert "left out, as a browser ignores a value it cannot read: border: color(53, 120, 229);" in \
        diagnostics.items[0].message


def test_a_root_absolute_sass_url_is_a_workspace_path(tmp_path):
    """maugallo/suravic-integrity-frontend's components `@use '/src/global' as *;`, which Angular's webpack builder
    resolves from the workspace: 67 "Can't find stylesheet to import" errors. It is a workspace path (never one out
    of it: `/../outside` is not read)."""
    project, styles, diagnostics = build(tmp_path, {
        "src/app/home/home.page.ts": component_ts("home", "styleUrl: './home.page.scss'"),
        "src/app/home/home.page.scss": "@use '/src/global' as *;\n.x { color: $brand; }\n",
        "src/app/away/away.page.ts": component_ts("away", "styleUrl: './away.page.scss'"),
        "src/app/away/away.page.scss": "@use '/../outside' as *;\n.y { color: red; }\n",
        "src/global.scss": "$brand: #123456;\n",
    })
    (tmp_path / "outside.scss").write_text(".leak { color: red; }\n", encoding="utf-8")  # beside the workspace
    assert styles.component(component(project, "home"), "page") == ".x{color:#123456}\n"
    assert styles.component(component(project, "away"), "page") == ".y{color:red}\n"  # (skipped: no node_modules)
    styles.close()
    assert [(d.code, d.file) for d in diagnostics.items] == [("PWX203", "src/app/away/away.page.scss")]


def test_a_script_among_the_global_styles_is_named_as_such(tmp_path):
    """shikharbajpai/IonicProject lists `node_modules/apexcharts/dist/apexcharts.min.js` among angular.json's styles:
    compiled as SCSS it was "expected }" at its line 5; it is named as what it is, and left out."""
    project, styles, diagnostics = build(tmp_path, {"src/global.scss": ".g { color: red; }\n",
                                                    "src/vendor.min.js": "var a = { b: 1 }; function c() {}\n"})
    project.global_styles.append("src/vendor.min.js")
    assert ".g{color:red}" in styles.app()
    styles.close()
    assert [(d.code, d.severity, d.message) for d in diagnostics.items] == [
        ("PWX201", "warning", "'src/vendor.min.js' in angular.json's styles is not a stylesheet: left out")]


def test_a_less_stylesheet_is_reported_as_not_compiled_not_as_scss_errors(tmp_path):
    """kudiluv/auto-maps's global styles are LESS (`@import (optional) url(…)`, `@c: red`): compiled as SCSS they gave
    "Expected string." errors."""
    project, styles, diagnostics = build(tmp_path, {
        "src/app/home/home.page.ts": component_ts("home", "styleUrls: ['./home.page.less']"),
        "src/app/home/home.page.less": "@import (optional) url('theme.less');\n@c: red;\n.x { color: @c; }\n",
        "src/global.scss": "",
    })
    assert styles.component(component(project, "home"), "page") == ""
    styles.close()
    assert [(d.code, d.message) for d in diagnostics.items] == [
        ("PWX201", "LESS is not compiled (pwa2wx compiles SCSS, Sass and CSS): this stylesheet is left out")]


def test_ionic_css_becomes_theme_imports_with_or_without_node_modules(tmp_path):
    files = {"src/global.scss": "@use '@ionic/angular/css/core.css';\n@import '@ionic/angular/css/padding.css';\n"
                                "@import '~@ionic/angular/css/flex-utils';\n.app { color: red }\n"}
    for with_modules in (False, True):
        if with_modules:
            files["node_modules/@ionic/angular/css/core.css"] = "html.ios { --x: 1 }"
        _, styles, diagnostics = build(tmp_path / str(with_modules), files)
        assert styles.app() == ('@import "pwa2wx/theme/core.wxss";\n@import "pwa2wx/theme/components.wxss";\n'
                                '@import "pwa2wx/theme/md.wxss";\n@import "pwa2wx/theme/padding.wxss";\n'
                                '@import "pwa2wx/theme/flex-utils.wxss";\n.app{color:red}\n')  # Ionic's order
        styles.close()
        assert found(diagnostics) == []


def test_ios_mode_imports_the_ios_theme(tmp_path):
    _, styles, _ = build(tmp_path, {"src/global.scss": ".ios .x { color: red } .md .y { color: blue }"}, mode="ios")
    assert styles.app().endswith('@import "pwa2wx/theme/ios.wxss";\n.x{color:red}\n')
    styles.close()


def test_unresolvable_imports_without_node_modules_are_skipped_with_info(tmp_path):
    _, styles, diagnostics = build(tmp_path, {
        "src/global.scss": "@use 'swiper/scss';\n@import 'leaflet/dist/leaflet.css';\n.a { color: red }\n",
    })
    assert styles.app().endswith(".a{color:red}\n")
    styles.close()
    assert found(diagnostics) == [("PWX203", "info", "src/global.scss:1:6"), ("PWX203", "info", "src/global.scss:2:9")]
    assert len(diagnostics.items) == 2  # reported once, though app() reads the global styles twice


def test_node_modules_imports_resolve(tmp_path):
    _, styles, diagnostics = build(tmp_path, {
        "src/global.scss": "@use 'mylib/vars' as v;\n@import '~mylib/theme';\n.a { margin: v.$gap; }\n",
        "node_modules/mylib/_vars.scss": "$gap: 3px;\n",
        "node_modules/mylib/theme.scss": "ion-toolbar { --background: #222; }\n",
    })
    assert styles.app().endswith(".ion-toolbar{--background:#222}\n.a{margin:3px}\n")
    styles.close()
    assert found(diagnostics) == []


def test_package_exports_include_paths_and_uninstalled_dependencies(tmp_path):
    """swiper/scss (only in swiper's package.json exports), bootstrap (its package.json's sass field, no exports:
    spagolejla/ewm-mobile-app's theme was an error), an angular.json includePaths folder, a devDependency --omit=dev
    left out (tailwindcss), a relative path into a package that is not installed: resolved, resolved, resolved,
    skipped with a warning, skipped with a warning."""
    angular = json.loads(json.dumps(ANGULAR_JSON))
    options = angular["projects"]["app"]["architect"]["build"]["options"]
    options["stylePreprocessorOptions"] = {"includePaths": ["src/theme"]}
    _, styles, diagnostics = build(tmp_path, {
        "src/global.scss": "@import 'swiper/scss';\n@import 'bootstrap';\n@import 'mixins';\n"
                           "@import 'tailwindcss/base';\n@import '../node_modules/removed-lib/theme';\n"
                           ".a { @include pad; }\n",
        "src/theme/_mixins.scss": "@mixin pad { padding: 2px; }\n",
        "node_modules/swiper/package.json": json.dumps({"name": "swiper", "exports": {"./scss": "./swiper.scss"}}),
        "node_modules/swiper/swiper.scss": ".swiper { display: block; }\n",
        "node_modules/bootstrap/package.json": json.dumps({"name": "bootstrap", "main": "dist/js/bootstrap.js",
                                                           "sass": "scss/bootstrap.scss", "style": "dist/b.css"}),
        "node_modules/bootstrap/scss/bootstrap.scss": ".row { display: flex; }\n",
    }, angular=angular, package={"name": "app", "devDependencies": {"tailwindcss": "^3.4.0"}})
    assert styles.app().endswith(".swiper{display:block}\n.row{display:flex}\n.a{padding:2px}\n")
    styles.close()
    assert found(diagnostics) == [("PWX203", "warning", "src/global.scss:4:9"),
                                  ("PWX203", "warning", "src/global.scss:5:9")]


def test_literal_fallbacks_use_the_theme_and_the_apps_palette(tmp_path):
    project, styles, _ = build(tmp_path, {
        "src/global.scss": ":root { --ion-color-primary: #123456; }\n",
        "src/app/home/home.page.ts": component_ts("home", "styles: ['.a { color: var(--ion-color-primary); "
                                                          "background: var(--ion-color-light) }']"),
    })
    assert styles.component(component(project, "home"), "page") == (
        ".a{color:#123456;color:var(--ion-color-primary);background:#f4f5f8;background:var(--ion-color-light)}\n")
    styles.close()


def test_assets_inlined_copied_or_reported(tmp_path):
    root = tmp_path / "app" / "src" / "assets"
    root.mkdir(parents=True)
    (root / "dot.png").write_bytes(PNG)
    (root / "big.jpg").write_bytes(b"\xff" * (40 * 1024))
    project, styles, diagnostics = build(tmp_path, {
        "src/global.scss": "",
        "src/app/home/home.page.ts": component_ts("home", "styleUrl: './home.page.scss'"),
        "src/app/home/home.page.scss": ".a { background: url('../../assets/dot.png'); }\n"
                                       ".b { background: url(/assets/big.jpg); }\n"
                                       ".c { background: url(missing.png); }\n"
                                       ".d { background: url(https://example.com/x.png); }\n"
                                       ".e { background: url('^assets/dot.png'); }\n",  # litospayaso/tato's pieces
    })
    wxss = styles.component(component(project, "home"), "page")
    assert wxss.splitlines() == [
        '.a{background:url("data:image/png;base64,' + base64.b64encode(PNG).decode() + '")}',
        '.b{background:url("/assets/big.jpg")}',
        ".c{background:url(missing.png)}",
        ".d{background:url(https://example.com/x.png)}",
        '.e{background:url("data:image/png;base64,' + base64.b64encode(PNG).decode() + '")}',
    ]
    styles.close()
    assert found(diagnostics) == [("PWX204", "warning", "src/app/home/home.page.scss:2:6"),
                                  ("PWX205", "warning", "src/app/home/home.page.scss:3:6")]


def test_large_files_load_from_the_base_url_when_the_app_has_one(tmp_path):
    root = tmp_path / "app" / "src" / "assets"
    root.mkdir(parents=True)
    (root / "big.jpg").write_bytes(b"\xff" * (40 * 1024))
    (root / "small.woff2").write_bytes(b"\x01" * 1024)  # a font loads from there whatever its size (Monekin's 86)
    (tmp_path / "app" / "src" / "images").mkdir()
    (tmp_path / "app" / "src" / "images" / "hero.jpg").write_bytes(b"\xee" * (40 * 1024))
    project, styles, diagnostics = build(tmp_path, {
        "src/global.scss": ".hero { background: url(images/hero.jpg) }\n"
                           "@font-face { font-family: F; src: url(/assets/small.woff2) }",
        "src/app/home/home.page.ts": component_ts("home", "styles: ['.b { background: url(/assets/big.jpg) }']"),
    }, base_url="https://cdn.example.com/app/")
    assert styles.component(component(project, "home"), "page") == \
        '.b{background:url("https://cdn.example.com/app/assets/big.jpg")}\n'
    assert styles.app().endswith('.hero{background:url("https://cdn.example.com/app/pwa2wx/assets/hero-'
                                 + hashlib.sha1(b"\xee" * (40 * 1024)).hexdigest()[:8] + '.jpg")}\n'
                                 '@font-face{font-family:F;src:url("https://cdn.example.com/app/assets/small.woff2")}\n')
    styles.close()
    assert [code for code, _severity, _where in found(diagnostics)] == ["PWX208", "PWX208", "PWX208"]


def test_large_files_are_not_copied_as_a_device_could_not_show_them(tmp_path):
    images = tmp_path / "app" / "src" / "images"
    images.mkdir(parents=True)
    (images / "hero.jpg").write_bytes(b"\xff" * (40 * 1024))
    _, styles, diagnostics = build(tmp_path, {"src/global.scss": ".hero { background: url(images/hero.jpg) }"})
    wxss = styles.app()
    styles.close()
    assert 'url("/pwa2wx/assets/hero-' in wxss
    (code, severity, where), = found(diagnostics)
    assert (code, severity, where) == ("PWX204", "warning", "src/global.scss:1:9")
    assert "does not show on a device" in diagnostics.items[0].message


def photo(path: Path, size: tuple[int, int], alpha: bool = False) -> int:
    """A noisy photo (hard to compress, as real ones are) written to ``path``; its size in bytes."""
    noise = Image.effect_noise(size, 80).convert("RGBA" if alpha else "RGB")
    if alpha:
        noise.putalpha(Image.linear_gradient("L").resize(size))
    noise.save(path, "PNG" if alpha else "JPEG", quality=95)
    return path.stat().st_size


@pytest.mark.parametrize("name,alpha,mime", [("hero.jpg", False, "image/jpeg"), ("glow.png", True, "image/png")])
def test_large_images_are_inlined_as_smaller_copies_without_a_base_url(tmp_path, name, alpha, mime):
    images = tmp_path / "app" / "src" / "images"
    images.mkdir(parents=True)
    size = photo(images / name, (2000, 1200), alpha)
    assert size > 300 * 1024
    _, styles, diagnostics = build(tmp_path, {"src/global.scss": f".hero {{ background: url(images/{name}) }}"})
    wxss = styles.app().rsplit("\n.hero", 1)[1]
    styles.close()
    prefix = f'{{background:url("data:{mime};base64,'
    assert wxss.startswith(prefix)
    copy = base64.b64decode(wxss[len(prefix):].split('"', 1)[0])
    assert len(copy) <= 32 * 1024
    shown = Image.open(io.BytesIO(copy))
    assert shown.width <= 750 and abs(shown.width / shown.height - 2000 / 1200) < 0.01  # same shape
    assert (shown.mode == "P" and "transparency" in shown.info) if alpha else shown.mode == "RGB"
    assert found(diagnostics) == [("PWX211", "info", "src/global.scss:1:9")]


def test_px_to_rpx_and_deep_combinators(tmp_path):
    project, styles, _ = build(tmp_path, {
        "src/global.scss": "",
        "src/app/home/home.page.ts": component_ts("home", "styles: [':host /deep/ .a { margin: 4px } "
                                                          ".b >>> .c { top: 1px }']"),
    }, px=2)
    assert styles.component(component(project, "home"), "component") == (":host .a{margin:8rpx}\n"
                                                                          ".b .c{top:2rpx}\n")
    styles.close()


def test_one_sass_process_for_the_whole_conversion(tmp_path):
    files = {f"src/app/p{i}/p{i}.page.ts": component_ts(f"p{i}", f"styles: ['.a{i} {{ b {{ c: d }} }}']")
             for i in range(5)}
    project, styles, _ = build(tmp_path, {**files, "src/global.scss": ""})
    outputs = [styles.component(component(project, f"p{i}"), "page") for i in range(5)]
    assert outputs == [f".a{i} .h5-b{{c:d}}\n" for i in range(5)]
    assert styles._sass is not None and styles._sass._proc.poll() is None
    styles.close()
    assert styles._sass is None


def test_selector_attributes_are_reported(tmp_path):
    project, styles, _ = build(tmp_path, {
        "src/global.scss": "",
        "src/app/home/home.page.ts": component_ts("home", "styles: ['ion-item[track=x] p { color: red }']"),
    })
    styles.component(component(project, "home"), "page")
    assert styles.selector_attributes() == frozenset({"track"})
    styles.close()


@pytest.mark.parametrize("angular_styles", [["node_modules/@ionic/angular/css/ionic.bundle.css"]])
def test_angular_json_ionic_bundle(tmp_path, angular_styles):
    angular = json.loads(json.dumps(ANGULAR_JSON))  # a copy: the workspace shape other tests use stays as it is
    angular["projects"]["app"]["architect"]["build"]["options"]["styles"] = angular_styles
    _, styles, diagnostics = build(tmp_path, {}, angular=angular)
    assert styles.app().count("@import") == 9  # the base three and the six utility sheets
    styles.close()
    assert found(diagnostics) == []


def test_a_global_stylesheet_that_is_not_utf8_is_reported(tmp_path):
    project, styles, diagnostics = build(tmp_path, {"src/global.scss": ""})  # angular.json's styles list it
    (project.root / "src" / "global.scss").write_bytes(b"p { color: red; } /* \xff */\n")
    styles.app()
    styles.close()
    assert found(diagnostics) == [("PWX405", "error", "angular.json")]
    assert "global stylesheet 'src/global.scss' not readable: 'utf-8' codec" in diagnostics.items[0].message
