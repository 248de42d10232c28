"""Template lexer: Angular template text → tokens, following Angular's ``ml_parser/lexer.ts``.

HTML parsers lowercase attribute names and know nothing of ``{{ a > b }}``, ``@if (…) {`` or ``@let``,
so the token rules here are Angular's: case-sensitive names, interpolations that may contain ``<``/``>``
(ended early only by something that looks like a tag), entities decoded in text and attribute values,
raw-text elements, ``@`` blocks with ``;``-separated parameters. Deliberate leniency for templates
written before Angular 17: an ``@`` that does not start a known block, a ``}`` with no open block
(decided by the parser) and braces of ICU-like text stay text.

Longer than the ~400 lines a module aims at: it is one scanner (a cursor and the token rules that move it),
kept whole so each rule reads beside Angular's own.
"""

from __future__ import annotations

import bisect
import html.entities
import re
from dataclasses import dataclass
from enum import Enum, auto


class T(Enum):
    TAG_OPEN_START = auto()  # value: tag name
    ATTR_NAME = auto()
    ATTR_VALUE = auto()  # value: decoded text; start: first character after the quote
    TAG_OPEN_END = auto()
    TAG_OPEN_END_VOID = auto()  # "/>"
    INCOMPLETE_TAG_OPEN = auto()
    TAG_CLOSE = auto()  # value: tag name
    TEXT = auto()
    COMMENT = auto()
    CDATA = auto()
    DOC_TYPE = auto()
    BLOCK_OPEN_START = auto()  # value: block name ("if", "else if", ...)
    BLOCK_PARAMETER = auto()
    BLOCK_OPEN_END = auto()
    INCOMPLETE_BLOCK_OPEN = auto()
    BLOCK_CLOSE = auto()
    LET_START = auto()  # value: the declared name
    LET_VALUE = auto()
    LET_END = auto()
    INCOMPLETE_LET = auto()
    EOF = auto()


@dataclass(slots=True)
class Token:
    type: T
    value: str
    start: int  # offset into the template text
    end: int


@dataclass(frozen=True, slots=True)
class LexError:
    message: str
    offset: int


BLOCK_NAMES = frozenset({"if", "else", "else if", "for", "empty", "switch", "case", "default",
                         "defer", "placeholder", "loading", "error"})
RAW_TEXT_TAGS = frozenset({"script", "style"})
ESCAPABLE_RAW_TEXT_TAGS = frozenset({"textarea", "title"})
NAMED_ENTITIES = {k[:-1]: v for k, v in html.entities.html5.items() if k.endswith(";")}
NAMED_ENTITIES["ngsp"] = "\ue500"  # Angular's &ngsp; (a space kept through whitespace removal)

_WS = " \t\n\r\f\v"
_NAME_END = frozenset(_WS + "></'\"=")
_BLOCK_NAME = re.compile(r"[A-Za-z0-9_]+(?:[ \t\n\r\f\v]+[A-Za-z0-9_]+)?")
_LET_NAME = re.compile(r"[A-Za-z$_][A-Za-z0-9$_]*")
_ENTITY = re.compile(r"&#[xX]([0-9a-fA-F]*)(;?)|&#([0-9]*)(;?)|&([A-Za-z][A-Za-z0-9]*)(;?)")


class Position:
    """Offsets → absolute (line, col), for a text that starts at ``line``/``col`` of its file."""

    def __init__(self, text: str, line: int = 1, col: int = 1):
        self.starts = [0] + [m.end() for m in re.finditer(r"\r\n?|\n", text)]
        self.line = line
        self.col = col

    def __call__(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        col = offset - self.starts[i] + 1
        return self.line + i, col + (self.col - 1 if i == 0 else 0)


class Lexer:
    """One pass over the text; ``tokens`` and ``errors`` are filled by :meth:`tokenize`."""

    def __init__(self, text: str):
        self.text = text
        self.n = len(text)
        self.i = 0
        self.tokens: list[Token] = []
        self.errors: list[LexError] = []
        self.text_braces = 0  # open "{" of plain text (ICU-like), whose "}" are text too

    # ---- helpers --------------------------------------------------------------------------------

    def peek(self, k: int = 0) -> str:
        j = self.i + k
        return self.text[j] if j < self.n else ""

    def emit(self, type_: T, value: str, start: int, end: int | None = None) -> Token:
        tok = Token(type_, value, start, self.i if end is None else end)
        self.tokens.append(tok)
        return tok

    def error(self, message: str, offset: int | None = None) -> None:
        self.errors.append(LexError(message, self.i if offset is None else offset))

    def skip_ws(self) -> None:
        while self.i < self.n and self.text[self.i] in _WS:
            self.i += 1

    def is_tag_start(self, j: int | None = None) -> bool:
        j = self.i if j is None else j
        if j + 1 >= self.n or self.text[j] != "<":
            return False
        c = self.text[j + 1]
        return c.isascii() and c.isalpha() or c in "/!"

    def entity(self) -> str:
        """Decode the entity at ``&``; a bare ``&`` (no ``;``) stays as is, as Angular does."""
        start = self.i
        m = _ENTITY.match(self.text, start)
        if m is None:
            self.i += 1
            return "&"
        if m.group(5) is not None:
            if not m.group(6):
                self.i += 1
                return "&"
            self.i = m.end()
            name = m.group(5)
            if name not in NAMED_ENTITIES:
                self.error(f'Unknown entity "{name}" - use the "&#<decimal>;" or "&#x<hex>;" syntax', start)
                return m.group(0)
            return NAMED_ENTITIES[name]
        digits, semi, base = (m.group(1), m.group(2), 16) if m.group(1) is not None else (m.group(3), m.group(4), 10)
        self.i = m.end()
        if not semi or not digits:
            kind = "hexadecimal" if base == 16 else "decimal"
            self.error(f'Unable to parse entity "{m.group(0)}" - {kind} character reference entities must end '
                       f'with ";"', start)
            return m.group(0)
        try:
            return chr(int(digits, base))
        except (ValueError, OverflowError):
            self.error(f'Unknown entity "{m.group(0)}"', start)
            return m.group(0)

    # ---- main loop ------------------------------------------------------------------------------

    def tokenize(self) -> list[Token]:
        while self.i < self.n:
            start = self.i
            c = self.text[start]
            if c == "<" and self.text.startswith("<!--", start):
                self.comment(start)
            elif c == "<" and self.text.startswith("<![CDATA[", start):
                self.raw_until(T.CDATA, start, start + 9, "]]>")
            elif c == "<" and self.peek(1) == "!":
                self.raw_until(T.DOC_TYPE, start, start + 2, ">")
            elif c == "<" and self.peek(1) == "/":
                self.tag_close(start)
            elif c == "<" and self.peek(1).isascii() and self.peek(1).isalpha():
                self.tag_open(start)
            elif c == "@" and self.let_start():
                self.let_declaration(start)
            elif c == "@" and self.block_start():
                pass
            elif c == "}" and self.text_braces == 0:
                self.i += 1
                self.emit(T.BLOCK_CLOSE, "}", start)
            else:
                self.text_run(start)
        self.emit(T.EOF, "", self.n)
        return merge_text(self.tokens)

    def comment(self, start: int) -> None:
        end = self.text.find("-->", start + 4)
        if end < 0:
            self.error('Unexpected character "EOF"', self.n)
            end = self.n
        self.i = min(end + 3, self.n)
        self.emit(T.COMMENT, self.text[start + 4:end], start)

    def raw_until(self, type_: T, start: int, content: int, marker: str) -> None:
        end = self.text.find(marker, content)
        if end < 0:
            self.error('Unexpected character "EOF"', self.n)
            end = self.n
        self.i = min(end + len(marker), self.n)
        self.emit(type_, self.text[content:end], start)

    def tag_open(self, start: int) -> None:
        self.i = start + 1
        name_start = self.i
        while self.i < self.n and self.text[self.i] not in _NAME_END:
            self.i += 1
        name = self.text[name_start:self.i]
        open_tok = self.emit(T.TAG_OPEN_START, name, start)
        self.skip_ws()
        while self.i < self.n and self.text[self.i] not in "/><":
            if not self.attribute():
                open_tok.type = T.INCOMPLETE_TAG_OPEN
                return
            self.skip_ws()
        end_start = self.i
        void = self.peek() == "/"
        if void:
            self.i += 1
        if self.peek() != ">":
            self.error(f'Unexpected character "{self.peek() or "EOF"}"')
            open_tok.type = T.INCOMPLETE_TAG_OPEN
            return
        self.i += 1
        self.emit(T.TAG_OPEN_END_VOID if void else T.TAG_OPEN_END, "", end_start)
        lower = name.lower()
        if not void and (lower in RAW_TEXT_TAGS or lower in ESCAPABLE_RAW_TEXT_TAGS):
            self.raw_text_content(name, decode=lower in ESCAPABLE_RAW_TEXT_TAGS)

    def attribute(self) -> bool:
        start = self.i
        if self.text[start] in "'\"":
            self.error(f'Unexpected character "{self.text[start]}"')
            return False
        while self.i < self.n and self.text[self.i] not in _NAME_END:
            self.i += 1
        if self.i == start:  # a lone "=" or similar
            self.error(f'Unexpected character "{self.peek() or "EOF"}"')
            return False
        self.emit(T.ATTR_NAME, self.text[start:self.i], start)
        self.skip_ws()
        if self.peek() == "=":
            self.i += 1
            self.skip_ws()
            self.attribute_value()
        return True

    def attribute_value(self) -> None:
        quote = self.peek()
        if quote in ("'", '"'):
            self.i += 1
            value_start = self.i
            value = self.with_interpolation(lambda: self.peek() in (quote, ""))
            if self.peek() != quote:
                self.error('Unexpected character "EOF"')
            else:
                self.i += 1
            self.emit(T.ATTR_VALUE, value, value_start, self.i - 1)
        else:
            value_start = self.i
            value = self.with_interpolation(lambda: self.peek() == "" or self.peek() in _NAME_END)
            self.emit(T.ATTR_VALUE, value, value_start)

    def with_interpolation(self, at_end) -> str:
        """Text up to ``at_end()``, entities decoded; ``{{ … }}`` copied whole (quotes respected)."""
        parts: list[str] = []
        while not at_end():
            if self.text.startswith("{{", self.i):
                parts.append(self.interpolation(at_end))
            elif self.text[self.i] == "&":
                parts.append(self.entity())
            else:
                parts.append(self.text[self.i])
                self.i += 1
        return "".join(parts)

    def interpolation(self, premature_end) -> str:
        """``{{ … }}``: ends at ``}}`` outside quotes, or early before a tag start (as Angular does)."""
        parts = ["{{"]
        self.i += 2
        quote = None
        in_comment = False
        while self.i < self.n and not premature_end():
            if self.is_tag_start():
                return "".join(parts)
            if quote is None and self.text.startswith("}}", self.i):
                self.i += 2
                parts.append("}}")
                return "".join(parts)
            if quote is None and self.text.startswith("//", self.i):
                in_comment = True
            c = self.text[self.i]
            if c == "&":
                parts.append(self.entity())
                continue
            parts.append(c)
            self.i += 1
            if c == "\\" and self.i < self.n:
                parts.append(self.text[self.i])
                self.i += 1
            elif c == quote:
                quote = None
            elif quote is None and not in_comment and c in "'\"`":
                quote = c
        return "".join(parts)

    def raw_text_content(self, name: str, decode: bool) -> None:
        start = self.i
        m = re.compile(r"</\s*" + re.escape(name) + r"\s*>", re.IGNORECASE).search(self.text, start)
        end = m.start() if m else self.n
        if decode:
            parts = []
            while self.i < end:
                if self.text[self.i] == "&":
                    parts.append(self.entity())
                else:
                    parts.append(self.text[self.i])
                    self.i += 1
            value = "".join(parts)
        else:
            value = self.text[start:end]
        self.i = end
        if value:
            self.emit(T.TEXT, normalize_newlines(value), start)
        if m:
            self.i = m.end()
            self.emit(T.TAG_CLOSE, name, end)

    def tag_close(self, start: int) -> None:
        self.i = start + 2
        self.skip_ws()
        name_start = self.i
        while self.i < self.n and self.text[self.i] not in _NAME_END:
            self.i += 1
        name = self.text[name_start:self.i]
        self.skip_ws()
        if not name or self.peek() != ">":
            self.error(f'Unexpected character "{self.peek() or "EOF"}"')
            self.emit(T.TEXT, self.text[start:self.i], start)
            return
        self.i += 1
        self.emit(T.TAG_CLOSE, name, start)

    def let_start(self) -> bool:
        return self.text.startswith("@let", self.i) and (self.peek(4) == "" or self.peek(4) in _WS)

    def let_declaration(self, start: int) -> None:
        self.i += 4
        self.skip_ws()
        m = _LET_NAME.match(self.text, self.i)
        name = m.group(0) if m else ""
        self.i = m.end() if m else self.i
        start_tok = self.emit(T.LET_START, name, start)
        self.skip_ws()
        if not name or self.peek() != "=":
            start_tok.type = T.INCOMPLETE_LET
            return
        self.i += 1
        while self.i < self.n and self.text[self.i] in " \t":
            self.i += 1
        value_start = self.i
        self.scan_to_semicolon()
        self.emit(T.LET_VALUE, self.text[value_start:self.i], value_start)
        if self.peek() == ";":
            self.i += 1
            self.emit(T.LET_END, ";", self.i - 1)
        else:
            start_tok.type = T.INCOMPLETE_LET

    def block_start(self) -> bool:
        """``@name (params) {`` for a known block name; anything else after ``@`` is left to text."""
        start = self.i
        m = _BLOCK_NAME.match(self.text, start + 1)
        if m is None:
            return False
        name = " ".join(m.group(0).split())
        if name not in BLOCK_NAMES:
            first = m.group(0).split()[0]
            if first not in BLOCK_NAMES:
                return False
            name = first  # "@else {" style names are followed by a separate word; keep the known part
            self.i = start + 1 + len(first)
        else:
            self.i = m.end()
        start_tok = self.emit(T.BLOCK_OPEN_START, name, start)
        self.skip_ws()
        if self.peek() == "(":
            self.i += 1
            self.block_parameters()
            self.skip_ws()
            if self.peek() != ")":
                start_tok.type = T.INCOMPLETE_BLOCK_OPEN
                return True
            self.i += 1
            self.skip_ws()
        if self.peek() == "{":
            self.i += 1
            self.emit(T.BLOCK_OPEN_END, "{", self.i - 1)
        else:
            start_tok.type = T.INCOMPLETE_BLOCK_OPEN
        return True

    def block_parameters(self) -> None:
        while self.i < self.n and (self.text[self.i] in _WS or self.text[self.i] == ";"):
            self.i += 1
        while self.i < self.n and self.text[self.i] != ")":
            start = self.i
            self.scan_to_semicolon(in_parens=True)
            self.emit(T.BLOCK_PARAMETER, self.text[start:self.i].rstrip(), start)
            while self.i < self.n and (self.text[self.i] in _WS or self.text[self.i] == ";"):
                self.i += 1

    def scan_to_semicolon(self, in_parens: bool = False) -> None:
        """Advance to the next ``;`` outside quotes (in block parameters also to the ``)`` closing them),
        as Angular's lexer reads ``@let`` values and block parameters."""
        quote, depth = None, 0
        while self.i < self.n:
            c = self.text[self.i]
            if quote is None and c == ";":
                break
            if c == "\\":
                self.i += 1
            elif c == quote:
                quote = None
            elif quote is None and c in "'\"`":
                quote = c
            elif quote is None and in_parens and c == "(":
                depth += 1
            elif quote is None and in_parens and c == ")":
                if depth == 0:
                    break
                depth -= 1
            self.i += 1
        self.i = min(self.i, self.n)

    def text_run(self, start: int) -> None:
        """Text up to the next tag, block start or block end; ``{{ }}`` may contain anything but a tag."""
        parts: list[str] = []
        while self.i < self.n:
            c = self.text[self.i]
            if c == "<" and self.is_tag_start():
                break
            if c == "{" and self.text.startswith("{{", self.i):
                parts.append(self.interpolation(lambda: False))
                continue
            if c == "@" and self.i > start and (self.let_start() or _starts_known_block(self.text, self.i)):
                break
            if c == "}" and self.i > start and self.text_braces == 0:
                break
            if c == "{":
                self.text_braces += 1
            elif c == "}":
                self.text_braces -= 1
            if c == "&":
                parts.append(self.entity())
                continue
            parts.append(c)
            self.i += 1
        self.emit(T.TEXT, normalize_newlines("".join(parts)), start)


def _starts_known_block(text: str, i: int) -> bool:
    m = _BLOCK_NAME.match(text, i + 1)
    return m is not None and m.group(0).split()[0] in BLOCK_NAMES


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def merge_text(tokens: list[Token]) -> list[Token]:
    """Back-to-back text tokens become one (as Angular's ``mergeTextTokens``)."""
    out: list[Token] = []
    for tok in tokens:
        if out and tok.type is T.TEXT and out[-1].type is T.TEXT:
            out[-1] = Token(T.TEXT, out[-1].value + tok.value, out[-1].start, tok.end)
        else:
            out.append(tok)
    return out


def tokenize(text: str) -> tuple[list[Token], list[LexError]]:
    lexer = Lexer(text)
    tokens = lexer.tokenize()
    return tokens, lexer.errors
