"""`pwa2wx init` writes a config config.load accepts; `pwa2wx check` lists request domains and package sizes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pwa2wx.build.convert import convert
from pwa2wx.commands.check import check
from pwa2wx.workspace import config
from tests import needs
from tests.conftest import FIXTURES
from tests.workspace import copy_fixture

CASDOOR_SERVICE = """\
import { Injectable } from '@angular/core';
import Sdk from 'casdoor-js-sdk';

/** Web sign-in through Casdoor (the mini program replaces it with wx.login). */
@Injectable({ providedIn: 'root' })
export class AuthService {
  // docs: https://door.casdoor.com/docs (a comment, not a request)
  private sdk = new Sdk({
    serverUrl: 'https://door.trailbook.example',
    clientId: 'c0ffee1234',
    appName: 'trailbook',
    organizationName: 'hikers',
    redirectPath: '/callback',
  });

  profile() {
    return fetch(`https://maps.trailbook.example/tiles/${1}`);
  }
}
"""


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pwa2wx", *args], capture_output=True, text=True)


def test_init_guesses_name_and_api_origin(tmp_path):
    src = copy_fixture(FIXTURES / "trailbook", tmp_path / "app")
    (src / "pwa2wx.toml").unlink()
    proc = run("init", str(src))
    assert proc.returncode == 0, proc.stderr
    settings = config.load(src)
    assert settings.get("app", "appid") == "touristappid"
    assert settings.get("app", "name") == "trailbook"
    assert settings.get("api", "base") == "https://api.trailbook.example"
    assert settings.get("login", "backend") == "none"
    assert "from src/environments/environment.ts (apiUrl)" in (src / "pwa2wx.toml").read_text()


def test_init_guesses_casdoor_login_from_the_sdk_import(tmp_path):
    src = copy_fixture(FIXTURES / "trailbook", tmp_path / "app")
    (src / "pwa2wx.toml").unlink()
    (src / "src/app/services/auth.service.ts").write_text(CASDOOR_SERVICE)
    assert run("init", str(src)).returncode == 0
    text = (src / "pwa2wx.toml").read_text()
    settings = config.load(src)
    assert settings.get("login", "backend") == "casdoor"
    assert settings.get("login", "endpoint") == "https://door.trailbook.example"
    assert settings.get("login", "client_id") == "c0ffee1234"
    assert settings.get("login", "attach_token_to") == ["https://api.trailbook.example"]
    assert "#   https://maps.trailbook.example" in text  # another origin the code calls, listed for review
    assert "door.casdoor.com" not in text  # comments are not code


def test_init_never_overwrites_without_force(tmp_path):
    src = copy_fixture(FIXTURES / "trailbook", tmp_path / "app")
    before = (src / "pwa2wx.toml").read_text()
    refused = run("init", str(src))
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert (src / "pwa2wx.toml").read_text() == before
    assert run("init", str(src), "--force").returncode == 0
    assert (src / "pwa2wx.toml").read_text() != before


def test_init_outside_a_workspace_is_a_located_error(tmp_path):
    proc = run("init", str(tmp_path))
    assert proc.returncode == 2 and "PWX402" in proc.stderr and not (tmp_path / "pwa2wx.toml").exists()


def test_an_initialised_project_converts(tmp_path):
    src = copy_fixture(FIXTURES / "trailbook", tmp_path / "app")
    (src / "pwa2wx.toml").unlink()
    assert run("init", str(src)).returncode == 0
    result = convert(src, tmp_path / "out")
    assert result.diagnostics.count("error") == 0


def test_check_lists_request_domains_with_login_endpoint(tmp_path):
    src = copy_fixture(FIXTURES / "login-demo", tmp_path / "app")
    (src / "src/app/legacy.ts").write_text("export const LEGACY = 'http://legacy.ridgeline.example/api';\n"
                                           "export const NS = 'http://www.w3.org/2000/svg';\n")
    main = src / "src/main.ts"
    main.write_text("import { LEGACY } from './app/legacy';\nconsole.log(LEGACY);\n" + main.read_text())
    out = tmp_path / "out"
    convert(src, out)
    findings = check(out, compilers=False)
    assert findings.summary()["request_domains"] == ["https://api.ridgeline.example",
                                                     "https://door.ridgeline.example"]
    assert findings.domains["https://door.ridgeline.example"] == ["pwa2wx/app.config.js"]
    insecure = [d for d in findings.diagnostics.items if d.code == "PWX503"]
    assert [d.file for d in insecure] == ["src/app/legacy.js"] and "http://legacy.ridgeline.example" in \
        insecure[0].message
    listed = "\n".join(findings.lines)
    assert "request domains (mp.weixin.qq.com" in listed and "  https://door.ridgeline.example  " in listed


def test_check_prints_sizes_with_largest_parts(tmp_path, trailbook):
    out = tmp_path / "out"
    convert(trailbook, out)
    proc = run("check", str(out))
    lines = proc.stdout.splitlines()
    main = next(i for i, line in enumerate(lines) if line.startswith("main package:"))
    assert "of 2.00 MB" in lines[main]
    largest = lines[main + 1]
    assert largest.startswith("  largest: pwa2wx/runtime ") and "miniprogram_npm/rxjs " in largest
    sizes = [float(part.rsplit(" ", 2)[1]) * (1024 if part.endswith("MB") else 1)
             for part in largest.removeprefix("  largest: ").split(", ")]
    assert sizes == sorted(sizes, reverse=True) and len(sizes) == 5
    assert any(line.startswith("all packages:") and "of 20.00 MB" in line for line in lines)


def test_request_origins_are_read_from_app_code_only(tmp_path):
    from pwa2wx.workspace.domains import request_origins

    files = {
        "app.json": '{"pages": ["pages/a/a"], "subPackages": [{"root": "packages/admin", "pages": ["pages/b/b"]}]}',
        "pwa2wx/app.config.js": "module.exports = { api: { base: 'https://API.example.com' } };",
        "src/app/api.js": "// see https://docs.example.com\nfetch(`https://data.example.com/${id}`);\n"
                          "var link = '/relative'; var s = `${host}https://computed.example.com`;",
        "packages/admin/src/app/admin.js": "request('https://admin.example.com:8443/users')",
        "pages/a/a.js": "var img = 'https://images.example.com/a.png';",  # page wrappers are not the app's code
        "miniprogram_npm/lib/index.js": "var docs = 'https://lib.example.com';",
    }
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    assert request_origins(tmp_path) == {
        "https://admin.example.com:8443": ["packages/admin/src/app/admin.js"],
        "https://api.example.com": ["pwa2wx/app.config.js"],
        "https://data.example.com": ["src/app/api.js"],
    }


@needs.node
def test_a_wcc_message_quoting_a_line_break_is_one_finding(tmp_path):
    from pwa2wx.output import wechat

    (tmp_path / "a.wxml").write_text('<view class="a\n  b">x</view>\n')
    result = wechat.wcc(tmp_path, ["a.wxml"])
    assert not result.ok
    assert [m.file for m in result.messages] == ["a.wxml"]  # not a second, file-less, finding for the quote


@pytest.mark.parametrize("package,spec,purpose", [
    ("miniprogram-compiler", "miniprogram-compiler@0.2.3", "WeChat's compilers"),
    ("miniprogram-ci", "miniprogram-ci@2.1.42", "WeChat DevTools' compile and code quality scan"),
])
def test_the_first_check_says_it_installs_wechats_tools(tmp_path, monkeypatch, capsys, package, spec, purpose):
    """An npm that installs the package (a script on PATH): the user is told before the wait, once."""
    from pwa2wx.output import miniprogram_ci, wechat

    assert spec in (wechat.COMPILER_PACKAGE, miniprogram_ci.CI_PACKAGE)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    npm = bin_dir / "npm"
    npm.write_text(f"#!/bin/sh\nmkdir -p \"$5/node_modules/{package}\"\n"
                   f"echo '{{}}' > \"$5/node_modules/{package}/package.json\"\n")
    npm.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    monkeypatch.setenv("PWA2WX_TOOLS", str(tmp_path / "tools"))
    assert wechat.npm_tool(spec, purpose) == tmp_path / "tools" / "node_modules" / package
    assert f"pwa2wx: installing {purpose} ({spec}) into {tmp_path / 'tools'}, once" in capsys.readouterr().err
    wechat.npm_tool(spec, purpose)  # installed: nothing more said
    assert capsys.readouterr().err == ""
