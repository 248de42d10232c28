"""The Dart Sass host: one embedded process, importer callbacks, located errors, source maps, restarts."""

from __future__ import annotations

import pytest

from pwa2wx.style.sass import Sass, SourceMap


class Claims:
    """An importer that claims ``virtual/*`` URLs with fixed contents."""

    def __init__(self):
        self.asked = []

    def canonicalize(self, url, containing_url):
        self.asked.append((url, containing_url))
        return "virtual:" + url if url.startswith("virtual/") else None

    def load(self, canonical_url):
        return ".from-importer { a: b; }", "scss"


@pytest.fixture
def sass():
    host = Sass([Claims()])
    yield host
    host.close()


def test_compile_and_source_map(sass, tmp_path):
    source = ".a {\n  .b { color: red; }\n}\n"
    result = sass.compile(source, (tmp_path / "x.scss").as_uri())
    assert result.error is None
    assert result.css == ".a .b {\n  color: red;\n}"
    assert result.source_map.lookup(2, 3) == ((tmp_path / "x.scss").as_uri(), 2, 8)  # "color" in the source


def test_errors_are_located(sass, tmp_path):
    result = sass.compile(".a {\n  color: $nope;\n}\n", (tmp_path / "x.scss").as_uri())
    assert (result.error.message, result.error.line, result.error.col) == ("Undefined variable.", 2, 10)


def test_custom_importer(sass, tmp_path):
    importer = sass._importers[0]
    result = sass.compile("@use 'virtual/x';\n", (tmp_path / "x.scss").as_uri())
    assert result.css == ".from-importer {\n  a: b;\n}"
    assert ("virtual/x", (tmp_path / "x.scss").as_uri()) in importer.asked


def test_relative_imports_and_load_paths(tmp_path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "_vars.scss").write_text("$c: blue;")
    (tmp_path / "_local.scss").write_text(".l { x: y; }")
    host = Sass([tmp_path / "lib"])
    result = host.compile("@use 'vars';\n@import 'local';\n.a { color: vars.$c; }", (tmp_path / "x.scss").as_uri())
    host.close()
    assert result.css == ".l {\n  x: y;\n}\n\n.a {\n  color: blue;\n}"


def test_one_process_serves_many_compiles_and_restarts_when_killed(sass, tmp_path):
    url = (tmp_path / "x.scss").as_uri()
    assert sass.compile(".a{b:c}", url).error is None
    process = sass._proc
    for i in range(20):
        assert sass.compile(f".a{i}{{b:c}}", url).css == f".a{i} {{\n  b: c;\n}}"
    assert sass._proc is process
    process.kill()
    process.wait()
    assert sass.compile(".z{b:c}", url).css == ".z {\n  b: c;\n}"
    assert sass._proc is not process


def test_source_map_decoding():
    # "AAAA;AACA,IAAI" → line 1 col 0 → (0,0); line 2 col 0 → (1,0), col 4 → (1,4)
    source_map = SourceMap.parse('{"version":3,"sources":["file:///a.scss"],"mappings":"AAAA;AACA,IAAI"}')
    assert source_map.lookup(1, 1) == ("file:///a.scss", 1, 1)
    assert source_map.lookup(2, 9) == ("file:///a.scss", 2, 5)
    assert source_map.lookup(3, 1) is None
    assert SourceMap.parse("") is None
