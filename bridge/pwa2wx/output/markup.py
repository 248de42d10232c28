"""Each WXML file read as a tree (lxml) before wcc runs: the broken markup wcc lets through.

wcc rejects most broken tags, but it accepts a comment left open at the end of a file (everything after it is
dropped), stray tag ends in text (``</view>x/>``, ``" bindtap="f">``), one attribute with two values, and Angular
binding syntax (``[prop]="…"``, ``(click)=``) that ended up as text on screen. So each file is read as XML,
after rewriting what WXML allows and XML does not into XML of the same shape; checked against wcc
(miniprogram-compiler 0.2.3, tests/dx/test_markup.py):

- ``{{ }}`` holds an expression: ``&&``, ``<`` and ``>`` in it (``{{ a < b }}``, ``{{ "</view>" }}``);
- ``&`` stands alone (``Tom & Jerry``) or names any entity (``&nbsp;``: the renderer shows text literally);
- ``<`` in an attribute value (``title="a < b"``);
- an attribute without a value (``hidden``, ``wx:else``) or without a space before it (``a="1"b="2"``);
- prefixes nothing declares (``wx:if``, ``bind:tap``, ``a:b:c``), several top-level elements, text at the top;
- ``--`` in a comment, spaces in an end tag (``</  view>``), and ``<wxs>`` bodies, which are script.

Positions in the rewritten text map back to the file, so every finding is located.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from pwa2wx.diagnostics import line_column

WRAPPER = "pwx-wxml"  # the one root XML needs, around the file's top-level nodes
COLON = "\u00b7"  # stands for ':' in names (wx:if): a name character XML allows that WXML names never hold
_NAME = re.compile(r"[^\s=/>\"'<]+")
_END_TAG = re.compile(r"</\s*([^\s>/<]+)\s*>")
_VALUE = re.compile(r"\s*=\s*(\"[^\"]*\"|'[^']*')")
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Text that can only be a piece of a tag: an Angular binding, an attribute closing a tag, a self-closing end.
_LEFTOVERS = (
    (re.compile(r"(?<![\w\])])(?:\[\(?[A-Za-z_$][\w.$-]*\)?\]|\([A-Za-z_][\w.:-]*\)|\*ng[A-Z]\w*)\s*="),
     "Angular binding syntax {0} is shown as text: the attribute was not converted"),
    (re.compile(r"[A-Za-z_][\w:.-]*\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*')\s*/?>"),
     "attribute syntax {0} is shown as text: a tag was broken before it"),
    (re.compile(r"/>"), "a stray tag end {0} is shown as text"),
)
_MISMATCH = re.compile(r"Opening and ending tag mismatch: (\S+) line (\d+) and (\S+)")


@dataclass(frozen=True)
class Problem:
    """A finding in one WXML file; ``line``/``col`` are 1-based."""

    file: str
    line: int
    col: int
    message: str


def problems(out: Path, files: list[str]) -> list[Problem]:
    """The markup problems of ``files`` (paths relative to ``out``)."""
    found: list[Problem] = []
    for rel in files:
        found += read(rel, (out / rel).read_text(encoding="utf-8", errors="replace"))
    return found


def read(rel: str, source: str) -> list[Problem]:
    """Parse ``source`` (the WXML file ``rel``) as a tree: the first error that stops it, what the rewrite found
(an open comment, an attribute with two values) and every text leftover."""
    rewrite = _Rewrite(source)
    found = [Problem(rel, *line_column(source, at), message) for at, message in rewrite.errors]
    error = _parse(rewrite.xml)
    if error is not None:
        found.append(_located(rel, source, rewrite, error))
    for start, text in rewrite.texts:
        for pattern, message in _LEFTOVERS:
            for m in pattern.finditer(text):
                found.append(Problem(rel, *line_column(source, start + m.start()), message.format(f"`{m.group(0)}`")))
    return sorted(found, key=lambda p: (p.line, p.col, p.message))


class _Rewrite:
    """``source`` as XML: WXML's allowances rewritten, with a map from each written offset back to the source."""

    def __init__(self, source: str):
        self.source = source
        self.parts: list[str] = []
        self.written = 0
        self.anchors: list[tuple[int, int, bool]] = []  # (written offset, source offset, same length as source)
        self.texts: list[tuple[int, str]] = []  # (source offset, text outside {{ }} with expressions blanked)
        self.errors: list[tuple[int, str]] = []  # (source offset, message): what the rewrite itself finds
        self.emit(f"<{WRAPPER}>", 0, exact=False)
        self._scan()
        self.emit(f"</{WRAPPER}>", len(source), exact=False)
        self.xml = _NOT_XML.sub(" ", "".join(self.parts))

    def emit(self, text: str, at: int, exact: bool = True) -> None:
        self.anchors.append((self.written, at, exact))
        self.parts.append(text)
        self.written += len(text)

    def source_offset(self, written: int) -> int:
        i = bisect.bisect_right(self.anchors, (written, len(self.source) + 1, True)) - 1
        start, at, exact = self.anchors[max(i, 0)]
        return at + (written - start if exact else 0)

    def _scan(self) -> None:
        s, i = self.source, 0
        while i < len(s):
            if s.startswith("<!--", i):
                end = s.find("-->", i + 4)
                if end < 0:
                    self.errors.append((i, "this comment is never closed: wcc drops everything after it"))
                    return
                self.emit(_blank(s[i:end + 3]), i)
                i = end + 3
            elif s.startswith("</", i) and (m := _END_TAG.match(s, i)):
                self.emit("</", i)
                self.emit(_xml_name(m.group(1)), m.start(1))
                self.emit(">", m.end() - 1)
                i = m.end()
            elif s.startswith("<", i) and i + 1 < len(s) and (s[i + 1].isalpha() or s[i + 1] == "_"):
                i = self._start_tag(i)
            elif s[i] == "<":
                self.emit("<", i)
                i += 1
            else:
                i = self._text(i)

    def _start_tag(self, i: int) -> int:
        """Write the start tag at ``i``; the offset after it (or where it stops being WXML: lxml says why)."""
        s = self.source
        name = _NAME.match(s, i + 1)
        assert name is not None  # a letter follows '<'
        self.emit("<" + _xml_name(name.group(0)), i)
        j = name.end()
        values: dict[str, str | None] = {}  # attribute name → its value as written (None: no value)
        while j < len(s):
            space = j
            while j < len(s) and s[j].isspace():
                j += 1
            if s.startswith("/>", j) or s.startswith(">", j):
                self.emit(s[space:j], space)
                close = 2 if s[j] == "/" else 1
                self.emit(s[j:j + close], j)
                j += close
                if name.group(0) == "wxs" and close == 1:
                    return self._script(j)
                return j
            attr = _NAME.match(s, j)
            if attr is None:
                return space  # '=' or a quote where a name belongs: written as is, for lxml to report
            value = _VALUE.match(s, attr.end())
            if value is None and s[attr.end():].lstrip().startswith("="):
                return attr.end()  # an unquoted value: wcc rejects it too
            end = value.end() if value else attr.end()
            written = value.group(1)[1:-1] if value else None
            if attr.group(0) in values:  # XML refuses a repeat; the same value again changes nothing
                if values[attr.group(0)] != written:
                    self.errors.append((j, f"attribute {attr.group(0)} is written twice with different values: "
                                           "one of them is silently dropped"))
                self.emit(_blank(s[space:end]), space)
            else:
                values[attr.group(0)] = written
                self._attribute(s[space:j], space, attr, value)
            j = end
        return j

    def _attribute(self, space: str, at: int, attr: re.Match[str], value: re.Match[str] | None) -> None:
        """One attribute as XML: after a space (``a="1"b="2"`` has none), with a value, ``<`` and ``&`` out of the
        value."""
        s = self.source
        self.emit(space or " ", at, exact=bool(space))
        self.emit(_xml_name(attr.group(0)), attr.start())
        if value is None:
            self.emit('=""', attr.end(), exact=False)
            return
        self.emit(s[value.start():value.start(1)], value.start())
        self.emit(s[value.start(1):value.end()].replace("<", " ").replace("&", " "), value.start(1))

    def _script(self, i: int) -> int:
        """A ``<wxs>`` body is JavaScript: blanked up to its end tag."""
        end = self.source.find("</wxs", i)
        end = len(self.source) if end < 0 else end
        self.emit(_blank(self.source[i:end]), i)
        return end

    def _text(self, i: int) -> int:
        """Text up to the next tag: ``{{ }}`` blanked (an expression may hold ``<``), ``&`` kept out of XML's way."""
        s, start, shown = self.source, i, []
        while i < len(s) and s[i] != "<":
            if s.startswith("{{", i) and (end := s.find("}}", i + 2)) >= 0:
                shown.append(_blank(s[i:end + 2]))
                i = end + 2
            else:
                shown.append(s[i])
                i += 1
        text = "".join(shown)
        self.texts.append((start, text))
        self.emit(text.replace("&", " "), start)
        return i


def _blank(text: str) -> str:
    """Spaces of the same length, line breaks kept (positions after it stay where they were)."""
    return re.sub(r"[^\n]", " ", text)


def _xml_name(name: str) -> str:
    return name.replace(":", COLON)


def _wxml_name(name: str) -> str:
    return name.replace(COLON, ":")


def _parse(xml: str) -> tuple[int, int, str, str] | None:
    """The first error lxml meets: (line, column, libxml2 type name, message), or None for a well-formed tree."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        etree.fromstring(xml.encode("utf-8"), parser)
    except etree.XMLSyntaxError as e:
        entry = parser.error_log[0] if len(parser.error_log) else None
        if entry is None:
            return e.lineno or 1, (e.offset or 1), "", str(e.msg)
        return entry.line, entry.column, entry.type_name, entry.message
    return None


def _located(rel: str, source: str, rewrite: _Rewrite, error: tuple[int, int, str, str]) -> Problem:
    """lxml's error at its place in the file, said in the file's terms."""
    line, column, kind, message = error
    at = rewrite.source_offset(_offset(rewrite.xml, line, column))
    if kind == "ERR_TAG_NAME_MISMATCH" and (m := _MISMATCH.match(message)):
        opened, opened_line, closing = _wxml_name(m.group(1)), int(m.group(2)), _wxml_name(m.group(3))
        if closing == WRAPPER:  # libxml2 gives the start tag's line: its column is the first such tag's there
            lines = source.splitlines()
            col = lines[opened_line - 1].find("<" + opened) + 1 if 0 < opened_line <= len(lines) else 0
            return Problem(rel, opened_line, max(col, 1), f"<{opened}> is never closed")
        tag = source.rfind("</", 0, max(at, 1))
        at = tag if tag >= 0 else at
        if opened == WRAPPER:
            return Problem(rel, *line_column(source, at), f"</{closing}> closes no open tag")
        return Problem(rel, *line_column(source, at), f"</{closing}> does not close <{opened}> (line {opened_line})")
    return Problem(rel, *line_column(source, at), f"not well-formed: {_wxml_name(message.strip())}")


def _offset(text: str, line: int, column: int) -> int:
    """The offset of 1-based ``line``/``column`` (as libxml2 counts: characters) in ``text``."""
    start = 0
    for _ in range(max(line, 1) - 1):
        start = text.find("\n", start) + 1
    return min(start + max(column, 1) - 1, len(text))


