"""Packing npm packages into miniprogram_npm/: resolution, layout, reachability, ESM → CJS, diagnostics.

Each test writes a small project with its own node_modules (packages written here, not copied).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import esprima
import pytest

from pwa2wx.diagnostics import Diagnostics
from pwa2wx.output import layout
from pwa2wx.script import modules, npm
from pwa2wx.workspace.project import load
from tests import needs
from tests.tables import table

ANGULAR_JSON = {"projects": {"app": {"projectType": "application", "sourceRoot": "src",
                                     "architect": {"build": {"options": {}}}}}}


def make_project(root: Path, packages: dict[str, dict[str, str]] | None) -> Path:
    """A workspace with src/main.ts and node_modules/<pkg>/<file> = text (None: no node_modules)."""
    (root / "src").mkdir(parents=True)
    (root / "src" / "main.ts").write_text("export const x = 1;\n")
    (root / "angular.json").write_text(json.dumps(ANGULAR_JSON))
    for name, files in (packages or {}).items():
        for rel, text in files.items():
            path = root / "node_modules" / name / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
    return root


RXJS = {"package.json": json.dumps({"name": "rxjs", "main": "./dist/cjs/index.js",
                                    "exports": {".": {"node": "./dist/cjs/index.js", "require": "./dist/cjs/index.js",
                                                      "default": "./dist/esm/index.js"},
                                                "./operators": {"require": "./dist/cjs/operators/index.js"}}}),
        "dist/cjs/index.js": "exports.of = require('./internal/of').of;\n",
        "dist/cjs/internal/of.js": "exports.of = function () { return [].slice.call(arguments); };\n",
        "dist/cjs/internal/unused.js": "exports.unused = 1;\n",
        "dist/cjs/operators/index.js": "exports.map = require('../internal/map').map;\n",
        "dist/cjs/internal/map.js": "exports.map = function (f) { return f; };\n"}

ESM_ONLY = {"package.json": json.dumps({"name": "esm-only", "type": "module", "exports": {"import": "./index.js"}}),
            "index.js": "import data from './data.json';\nexport { twice } from './twice.js';\n"
                        "export const name = data?.name ?? 'none';\n"
                        "export const mode = process.env.NODE_ENV;\n",
            "twice.js": "export function twice(x) { return { ...x, twice: true }; }\n",
            "data.json": '{"name": "esm"}'}

WITH_DEPENDENCY = {"package.json": json.dumps({"name": "outer", "main": "lib/main.js"}),
                   "lib/main.js": "var inner = require('inner'); var core = require('@angular/core');\n"
                                  "try { require('fs'); } catch (e) {}\n"
                                  "module.exports = { value: inner.value + 1 };\n",
                   "node_modules/inner/package.json": json.dumps({"name": "inner"}),
                   "node_modules/inner/index.js": "exports.value = 41;\n"}


def run_packed(out: Path, files: dict[str, bytes], script: str):
    """Write the packed files and the runtime (which every output ships) under ``out``, run ``script`` there in
    Node and return what it printed (JSON)."""
    shutil.copytree(Path(__file__).resolve().parent.parent / "adapters" / "runtime", out / layout.RUNTIME)
    for path, data in files.items():
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_bytes(data)
    result = subprocess.run(["node", "-e", script], cwd=out, capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_layout_follows_the_commonjs_entry_and_only_reachable_files(tmp_path: Path) -> None:
    project = load(make_project(tmp_path / "app", {"rxjs": RXJS}))
    packer = npm.Packer(project, Diagnostics())
    assert packer.resolve("rxjs") == "miniprogram_npm/rxjs/index.js"
    assert packer.resolve("rxjs/operators") == "miniprogram_npm/rxjs/operators/index.js"
    files = packer.files()
    assert sorted(files) == ["miniprogram_npm/rxjs/index.js", "miniprogram_npm/rxjs/internal/map.js",
                             "miniprogram_npm/rxjs/internal/of.js", "miniprogram_npm/rxjs/operators/index.js"]
    assert b"require(\"./internal/of.js\")" in files["miniprogram_npm/rxjs/index.js"]
    assert b"require(\"../internal/map.js\")" in files["miniprogram_npm/rxjs/operators/index.js"]


def test_esm_package_becomes_es2017_commonjs(tmp_path: Path) -> None:
    project = load(make_project(tmp_path / "app", {"rxjs": RXJS, "esm-only": ESM_ONLY}))
    diagnostics = Diagnostics()
    files = npm.pack(project, ["esm-only"], diagnostics)
    assert "miniprogram_npm/esm-only/data.json.js" in files
    for data in files.values():
        esprima.parseScript(data.decode("utf-8"))
    index = files["miniprogram_npm/esm-only/index.js"].decode("utf-8")
    assert "import " not in index and "export " not in index and "?." not in index and "??" not in index
    assert '"production"' in index
    assert not diagnostics.items
    if shutil.which("node"):
        script = ("const m = require('./miniprogram_npm/esm-only/index.js');"
                  "console.log(JSON.stringify([m.name, m.mode, m.twice({ a: 1 })]))")
        assert run_packed(tmp_path / "out", files, script) == ["esm", "production", {"a": 1, "twice": True}]


def test_nested_dependencies_are_packed_with_their_package_and_runtime_specifiers_mapped(tmp_path: Path) -> None:
    project = load(make_project(tmp_path / "app", {"rxjs": RXJS, "outer": WITH_DEPENDENCY}))
    diagnostics = Diagnostics()
    files = npm.pack(project, ["outer"], diagnostics)
    assert [(d.code, d.file) for d in diagnostics.items] == [("PWX303", "node_modules/outer/lib/main.js")]
    main = files["miniprogram_npm/outer/main.js"].decode("utf-8")
    assert 'require("./_npm/inner/index.js")' in main
    assert 'require("../../pwa2wx/runtime/angular/core.js")' in main
    assert files["miniprogram_npm/outer/_npm/inner/index.js"] == b"exports.value = 41;\n"


# A package with a browser build (package.json "browser"), as iso-url, axios or ws ship them.
ISOMORPHIC = {"package.json": json.dumps({"name": "iso", "main": "index.js",
                                          "browser": {"./src/url.js": "./src/url-browser.js", "crypto": False,
                                                      "ws": "./src/ws-browser.js", "./src/node-only.js": False}}),
              "index.js": "exports.URL = require('./src/url').URL; exports.ws = require('ws');\n"
                          "exports.crypto = require('crypto'); exports.node = require('./src/node-only.js');\n",
              "src/url.js": "exports.URL = require('url').URL;\n",
              "src/url-browser.js": "exports.URL = self.URL;\n",
              "src/ws-browser.js": "module.exports = self.WebSocket;\n",
              "src/node-only.js": "module.exports = require('fs');\n"}


def test_a_packages_browser_build_is_packed(tmp_path: Path) -> None:
    project = load(make_project(tmp_path / "app", {"rxjs": RXJS, "iso": ISOMORPHIC,
                                                    "shim": {"package.json": json.dumps({"browser": "b.js"}),
                                                             "b.js": "exports.b = 1;\n", "index.js": "x"}}))
    diagnostics = Diagnostics()
    files = npm.pack(project, ["iso", "shim"], diagnostics)
    index = files["miniprogram_npm/iso/index.js"].decode("utf-8")
    assert 'require("./src/url-browser.js")' in index and 'require("./src/ws-browser.js")' in index
    assert index.count('require("../_empty.js")') == 2  # crypto and the node-only file
    assert files["miniprogram_npm/_empty.js"] == b"module.exports = {};\n"
    assert "miniprogram_npm/iso/src/url.js" not in files and "miniprogram_npm/iso/src/node-only.js" not in files
    assert "miniprogram_npm/shim/b.js" in files
    assert diagnostics.items == []


def test_a_package_whose_browser_build_empties_its_main_is_the_empty_module(tmp_path: Path) -> None:
    node_only = {"package.json": json.dumps({"name": "node-only", "main": "index.js",
                                             "browser": {"./index.js": False}}),
                 "index.js": "module.exports = require('fs');\n"}
    project = load(make_project(tmp_path / "app", {"rxjs": RXJS, "node-only": node_only}))
    diagnostics = Diagnostics()
    assert npm.Packer(project, diagnostics).resolve("node-only") == "miniprogram_npm/_empty.js"
    files = npm.pack(project, ["node-only"], diagnostics)
    assert files["miniprogram_npm/_empty.js"] == b"module.exports = {};\n"
    assert not any(path.startswith("miniprogram_npm/node-only/") for path in files)
    assert diagnostics.items == []


def test_missing_node_modules_is_one_diagnostic(tmp_path: Path) -> None:
    project = load(make_project(tmp_path / "app", None))
    diagnostics = Diagnostics()
    packer = npm.Packer(project, diagnostics)
    assert packer.resolve("lodash") is None
    assert packer.resolve("lodash/debounce") is None
    assert packer.files() == {}
    assert [(d.code, d.message) for d in diagnostics.items] == [
        ("PWX304", "packages not found in node_modules: lodash, rxjs")]


def test_node_modules_without_rxjs_is_an_error(tmp_path: Path) -> None:
    """npm ci --legacy-peer-deps leaves rxjs out when only Angular names it (a peer dependency): every page failed
    to load, after a conversion with no error (SirPerzifal/focus-security-mobile-angular-ionic)."""
    project = load(make_project(tmp_path / "app", {"lodash": {"package.json": '{"name": "lodash"}'}}))
    diagnostics = Diagnostics()
    npm.Packer(project, diagnostics).files()
    assert [(d.code, d.severity, d.message) for d in diagnostics.items] == [
        ("PWX311", "error", "rxjs is not in node_modules: Angular and the runtime need it, so no page can start"),
        ("PWX304", "warning", "packages not found in node_modules: rxjs")]


@table("exports, subpath, expected", [
    ("./main.js", ".", "./main.js"),
    ({"require": "./c.js", "import": "./e.js"}, ".", "./c.js"),
    ({"import": "./e.js"}, ".", "./e.js"),
    ({".": [{"node": "./n.js"}, "./d.js"]}, ".", "./d.js"),  # a mini program is not Node
    ({"node": "./n.js", "browser": {"require": "./b.js"}, "default": "./d.js"}, ".", "./b.js"),
    ({"./internal/*": {"require": "./cjs/internal/*.js"}}, "./internal/a/b", "./cjs/internal/a/b.js"),
    ({"./x": {"types": "./x.d.ts", "default": "./x.js"}}, "./x", "./x.js"),
    ({"./x": "./x.js"}, "./y", None),
])
def test_export_map_conditions(exports, subpath: str, expected: str | None) -> None:
    assert npm.export_target(exports, subpath) == expected


BARREL = '''"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.map = exports.of = exports.Subject = void 0;
var Subject_1 = require("./internal/Subject");
Object.defineProperty(exports, "Subject", { enumerable: true, get: function () { return Subject_1.Subject; } });
var of_1 = require("./internal/of");
Object.defineProperty(exports, "of", { enumerable: true, get: function () { return of_1.of; } });
var map_1 = require("./internal/map");
Object.defineProperty(exports, "map", { enumerable: true, get: function () { return map_1.map; } });
__exportStar(require("./internal/types"), exports);
'''


def test_trim_barrel_keeps_the_named_getters_and_their_requires() -> None:
    trimmed = npm.trim_barrel(BARREL, frozenset({"of"}))
    assert 'get: function () { return of_1.of; }' in trimmed and 'require("./internal/of")' in trimmed
    assert "Subject_1" not in trimmed and "map_1" not in trimmed
    assert '__exportStar(require("./internal/types"), exports);' in trimmed  # what it does not know, it keeps
    assert npm.trim_barrel("module.exports = 1;\n", frozenset()) == "module.exports = 1;\n"


TRIMMABLE_RXJS = {"package.json": json.dumps({"name": "rxjs", "main": "./index.js"}),
                  "index.js": BARREL.replace("__exportStar(require(\"./internal/types\"), exports);\n",
                                             'var interval_1 = require("./internal/interval");\n'
                                             'Object.defineProperty(exports, "interval", { enumerable: true, '
                                             'get: function () { return interval_1.interval; } });\n'),
                  "internal/interval.js": "exports.interval = function () {};\n",
                  "internal/Subject.js": "exports.Subject = function Subject() {};\n",
                  "internal/of.js": "exports.of = function (x) { return [x]; };\n",
                  "internal/map.js": "exports.map = function (f) { return f; };\n"}


@needs.node
def test_a_barrel_packs_only_the_modules_behind_the_names_imported(tmp_path: Path) -> None:
    packer = npm.Packer(load(make_project(tmp_path / "app", {"rxjs": TRIMMABLE_RXJS})), Diagnostics())
    entry = packer.resolve("rxjs")
    files = packer.files({entry: frozenset({"of"})})
    assert sorted(files) == ["miniprogram_npm/rxjs/index.js", "miniprogram_npm/rxjs/internal/of.js"]
    out = tmp_path / "out"
    for rel, data in files.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(data)
    shown = subprocess.run(["node", "-e", "const r = require('./miniprogram_npm/rxjs/index.js');"
                                          "console.log(JSON.stringify([r.of(1), typeof r.map]))"],
                           cwd=out, capture_output=True, text=True)
    assert shown.stdout.strip() == '[[1],"undefined"]', shown.stderr
    whole = npm.Packer(load(make_project(tmp_path / "app2", {"rxjs": TRIMMABLE_RXJS})), Diagnostics())
    assert len(whole.files({whole.resolve("rxjs"): None})) == 5  # None: taken whole


def barrel(name: str, modules_: dict[str, str]) -> dict[str, str]:
    """A CommonJS barrel package: an index re-exporting each module's one name, as tsc writes it."""
    index = "".join(f'var {m}_1 = require("./{m}");\nObject.defineProperty(exports, "{m}", {{ enumerable: true, '
                    f'get: function () {{ return {m}_1.{m}; }} }});\n' for m in modules_)
    return {"package.json": json.dumps({"name": name, "main": "./index.js"}), "index.js": index,
            **{f"{m}.js": text for m, text in modules_.items()}}


@needs.node
def test_a_barrel_packed_cut_is_packed_whole_when_a_package_file_found_after_it_requires_it(tmp_path: Path) -> None:
    """astroport-fi/asteroid-protocol: @cosmjs/amino, reached only through another barrel's modules, reads
    @cosmjs/encoding's fromHex, which the app does not import: the encoding barrel had been packed with the app's
    names only ('fromHex is not a function' on every page)."""
    packages = {"alpha": barrel("alpha", {"a1": "exports.a1 = 1;\n", "a2": "exports.a2 = 2;\n"}),
                "beta": barrel("beta", {"b1": "exports.b1 = require('alpha').a2 + 40;\n"})}
    packer = npm.Packer(load(make_project(tmp_path / "app", packages)), Diagnostics())
    files = packer.files({packer.resolve("alpha"): frozenset({"a1"}), packer.resolve("beta"): frozenset({"b1"})})
    out = tmp_path / "out"
    for rel, data in files.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(data)
    shown = subprocess.run(["node", "-e", "console.log(require('./miniprogram_npm/beta/index.js').b1)"],
                           cwd=out, capture_output=True, text=True)
    assert shown.stdout.strip() == "42", shown.stderr


def test_the_runtime_names_its_rxjs_use() -> None:
    adapters = Path(__file__).resolve().parent.parent / "adapters"
    used = set()
    for js in adapters.rglob("*.js"):
        text = js.read_text(encoding="utf-8")
        used |= set(re.findall(r"\brx\.(\w+)", text)) | set(re.findall(r"rx\.js'\)\.(\w+)", text))
    assert used - {"js"} <= modules.RUNTIME_RXJS
    assert modules.RUNTIME_RXJS <= used  # no stale names either


@pytest.mark.parametrize(("source", "packed"), [
    ("import { of } from 'rxjs';\nexport const x = of(1);\n",
     ["index.js", "internal/Subject.js", "internal/map.js", "internal/of.js"]),
    ("import * as rx from 'rxjs';\nexport const x = rx.of(1);\n",
     ["index.js", "internal/Subject.js", "internal/interval.js", "internal/map.js", "internal/of.js"]),
])
def test_convert_trims_rxjs_to_what_the_app_and_the_runtime_import(tmp_path: Path, source: str, packed) -> None:
    from pwa2wx.build.convert import convert

    root = make_project(tmp_path / "app", {"rxjs": TRIMMABLE_RXJS})
    workspace = json.loads(json.dumps(ANGULAR_JSON))
    workspace["projects"]["app"]["architect"]["build"]["options"]["browser"] = "src/main.ts"
    (root / "angular.json").write_text(json.dumps(workspace))
    (root / "src" / "main.ts").write_text(source)
    files = convert(root, tmp_path / "out", write=False).files
    assert "src/main.js" in files
    # the runtime's names (Subject, map …) are kept besides the app's; interval only when the app takes it all
    assert sorted(f.removeprefix("miniprogram_npm/rxjs/") for f in files if f.startswith("miniprogram_npm/")) == packed


def test_a_nested_copy_of_another_version_is_packed_apart(tmp_path: Path) -> None:
    nested = {"package.json": json.dumps({"name": "util", "main": "index.js"}),
              "index.js": "module.exports = require('crypto-lib').version;\n",
              "node_modules/crypto-lib/package.json": json.dumps({"name": "crypto-lib", "version": "2.0.0"}),
              "node_modules/crypto-lib/index.js": "exports.version = 2;\n"}
    top = {"package.json": json.dumps({"name": "crypto-lib", "version": "0.1.3"}), "index.js": "exports.version = 0;\n"}
    project = load(make_project(tmp_path / "app", {"rxjs": RXJS, "util": nested, "crypto-lib": top}))
    files = npm.pack(project, ["util", "crypto-lib"], Diagnostics())
    assert files["miniprogram_npm/crypto-lib/index.js"] == b"exports.version = 0;\n"
    assert files["miniprogram_npm/util/_npm/crypto-lib/index.js"] == b"exports.version = 2;\n"
    assert b'require("./_npm/crypto-lib/index.js")' in files["miniprogram_npm/util/index.js"]


def test_npm_code_detects_no_dom_nor_web_worker_but_gets_the_runtime_s_when_it_assumes_one(tmp_path: Path) -> None:
    """A library's worker made of its own code cannot run either (only the app's worker scripts are compiled): its
    `typeof Worker` test takes the path without one, as hls.js's and pdf.js's do."""
    lib = {"package.json": json.dumps({"name": "lib"}),
           "index.js": "exports.dom = typeof document !== 'undefined' && typeof window !== 'undefined';\n"
                       "exports.make = function () { return document.createElement('div'); };\n"
                       "exports.workers = typeof Worker !== 'undefined';\n"
                       "exports.work = function (url) { return new Worker(url); };\n"}
    project = load(make_project(tmp_path / "app", {"rxjs": RXJS, "lib": lib}))
    index = npm.pack(project, ["lib"], Diagnostics())["miniprogram_npm/lib/index.js"].decode("utf-8")
    assert "typeof document !== 'undefined' && typeof web_1.window !== 'undefined'" in index
    assert "return web_1.document.createElement('div')" in index
    assert "typeof Worker !== 'undefined'" in index
    assert "return new web_1.Worker(url)" in index


@needs.node
def test_a_missing_module_fails_where_it_is_used_not_where_it_is_required(tmp_path: Path) -> None:
    lib = {"package.json": json.dumps({"name": "lib"}),
           "index.js": "var absent = require('not-installed'); var probe; try { probe = require('also-absent'); }"
                       " catch (e) { probe = 'caught'; }\nexports.probe = probe;\n"
                       "exports.node = function () { return require('node:fs'); };\n"
                       "exports.file = function () { return require('./gone.js'); };\n"
                       "exports.use = function () { return absent.thing(); };\nexports.make = absent.make;\n"}
    project = load(make_project(tmp_path / "app", {"rxjs": RXJS, "lib": lib}))
    diagnostics = Diagnostics()
    files = npm.pack(project, ["lib"], diagnostics)
    assert sorted((d.message, d.hint.split(":")[0]) for d in diagnostics.items) == [  # (what each is, what to do)
        ("'./gone.js' (required by a package) is not in the package", "the require throws if that code path runs; "
                                                                      "reinstall the package"),
        ("'also-absent' (required by a package) is not installed",
         "npm left it out (a peer dependency, with --legacy-peer-deps?)"),
        ("'not-installed' (required by a package) is not installed",
         "npm left it out (a peer dependency, with --legacy-peer-deps?)"),
        ("Node's 'node:fs' (required by a package) is not available in a mini program",
         "the require throws if that code path runs; use another package, or install the browser build of that "
         "module from npm")]
    script = ("const m = require('./miniprogram_npm/lib/index.js'); let e = null; try { m.use(); } catch (x) "
              "{ e = x.message; } console.log(JSON.stringify([m.probe, e]));")
    assert run_packed(tmp_path / "out", files, script) == [
        "caught", "pwa2wx: module 'not-installed' was not converted (see the conversion warnings)"]


def test_tsconfig_paths_into_node_modules_apply_to_packages_too(tmp_path: Path) -> None:
    """As the Angular CLI resolves them: "crypto": ["./node_modules/crypto-browserify"] for every require."""
    root = make_project(tmp_path / "app", {
        "rxjs": RXJS,
        "hasher": {"package.json": json.dumps({"name": "hasher"}),
                   "index.js": "module.exports = require('crypto').createHash;\n"},
        "crypto-browserify": {"package.json": json.dumps({"name": "crypto-browserify"}),
                              "index.js": "exports.createHash = function () { return 'browserified'; };\n"}})
    (root / "tsconfig.json").write_text(json.dumps({"compilerOptions": {
        "baseUrl": "./", "paths": {"crypto": ["./node_modules/crypto-browserify"]}}}))
    diagnostics = Diagnostics()
    files = npm.pack(load(root), ["hasher"], diagnostics)
    assert 'require("../crypto-browserify/index.js")' in files["miniprogram_npm/hasher/index.js"].decode()
    assert "miniprogram_npm/crypto-browserify/index.js" in files
    assert diagnostics.items == []


NO_DOCUMENT = frozenset({"document", "Worker"})


@table("module, absent", [
    ("const s = typeof document !== 'undefined' ? document.createElement('div').style : undefined;\n"
     "const t = typeof window !== 'undefined' ? s.transform : undefined;", frozenset({"Worker"})),  # ngx-datatable
    ("exports.dom = typeof document !== 'undefined' && typeof window !== 'undefined';", NO_DOCUMENT),
    ("if (typeof window === 'undefined' ||\n    typeof document === 'undefined') { return false; }", NO_DOCUMENT),
    ("const doc = typeof document !== 'undefined' ? document : {};", NO_DOCUMENT),
    ("const w = typeof window !== 'undefined' && typeof window.document;", frozenset({"Worker"})),
])
def test_a_modules_typeof_document_answers_as_its_window_test_expects(module: str, absent: frozenset[str]) -> None:
    """The document is absent to a package's `typeof` test (a DOM-free path), but not to a module testing for the
    window apart from it, which takes the two to come together."""
    assert npm.absent_globals(module) == absent


@table("cordova, plugin", [
    ({"id": "push-cordova-plugin", "platforms": ["android"]}, True),  # onesignal-cordova-plugin's
    ("dist/cordova/index.js", False),  # @firebase/auth's build for Cordova apps: a package like any other
])
def test_a_package_is_a_cordova_plugin_when_its_package_json_names_the_plugin(tmp_path: Path, cordova, plugin) -> None:
    folder = tmp_path / "node_modules" / "push"
    folder.mkdir(parents=True)
    (folder / "package.json").write_text(json.dumps({"name": "push", "main": "index.js", "cordova": cordova}))
    assert (modules.plugin_module(tmp_path, "push") == modules.CORDOVA_STAND_IN) is plugin
