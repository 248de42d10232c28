"""Angular expression lexer (after ``expression_parser/lexer.ts``): source → tokens with offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

KEYWORDS = frozenset({"var", "let", "as", "null", "undefined", "true", "false", "if", "else", "this", "typeof",
                      "void", "in"})
# longest first, so "===" wins over "=="
OPERATORS = ("**=", "===", "!==", "&&=", "||=", "??=", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "**", "+=",
             "-=", "*=", "/=", "%=", "+", "-", "*", "/", "%", "^", "!", "=", "<", ">", "&", "|", "?")
CHARACTERS = "()[]{},:;."

_IDENT = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
_NUMBER = re.compile(r"(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_ESCAPES = {"n": "\n", "f": "\f", "r": "\r", "t": "\t", "v": "\v", "0": "\0", "b": "\b"}


@dataclass
class Tok:
    kind: str  # char | ident | private | keyword | string | number | op | template | error
    text: str  # source text (for char/op/ident/keyword), decoded value for strings, message for errors
    start: int
    end: int
    value: object = None  # number value
    parts: list = field(default_factory=list)  # template: [(string, None) | (None, (expr_source, offset))]

    def is_char(self, c: str) -> bool:
        return self.kind == "char" and self.text == c

    def is_op(self, op: str) -> bool:
        return self.kind == "op" and self.text == op

    def is_keyword(self, word: str) -> bool:
        return self.kind == "keyword" and self.text == word


class ExprLexError(Exception):
    def __init__(self, message: str, offset: int):
        super().__init__(message)
        self.offset = offset


def tokenize(src: str, base: int = 0) -> list[Tok]:
    """Tokens of ``src``; offsets are ``base`` + the index in ``src``. Bad input yields an error token."""
    out: list[Tok] = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
            continue
        start = i
        if m := _IDENT.match(src, i):
            word = m.group(0)
            out.append(Tok("keyword" if word in KEYWORDS else "ident", word, base + start, base + m.end()))
            i = m.end()
        elif c == "#" and (m := _IDENT.match(src, i + 1)):
            out.append(Tok("private", m.group(0), base + start, base + m.end()))
            i = m.end()
        elif c.isdigit() or (c == "." and i + 1 < n and src[i + 1].isdigit()):
            m = _NUMBER.match(src, i)
            assert m is not None  # (a digit, or a dot before one, starts a number)
            text = m.group(0)
            number = float(text) if any(ch in text for ch in ".eE") else int(text)
            out.append(Tok("number", text, base + start, base + m.end(), number))
            i = m.end()
        elif c in "'\"":
            try:
                value, i = _string(src, i)
            except ExprLexError as e:
                out.append(Tok("error", str(e), base + e.offset, base + n))
                return out
            out.append(Tok("string", value, base + start, base + i))
        elif c == "`":
            try:
                parts, i = _template(src, i)
            except ExprLexError as e:
                out.append(Tok("error", str(e), base + e.offset, base + n))
                return out
            out.append(Tok("template", "`", base + start, base + i,
                           parts=[(s, None) if e is None else (None, (e[0], base + e[1])) for s, e in parts]))
        elif c in CHARACTERS and not (c == "." and src.startswith("...", i)):
            out.append(Tok("char", c, base + start, base + start + 1))
            i += 1
        else:
            op = next((o for o in OPERATORS if src.startswith(o, i)), None)
            if op is None:
                out.append(Tok("error", f"Unexpected character [{c}]", base + start, base + start + 1))
                return out
            if op == "?." and i + 2 < n and src[i + 2].isdigit():
                op = "?"  # a?.5:b is a conditional
            out.append(Tok("op", op, base + start, base + start + len(op)))
            i += len(op)
    return out


def _string(src: str, i: int) -> tuple[str, int]:
    quote = src[i]
    i += 1
    buf: list[str] = []
    while i < len(src):
        c = src[i]
        if c == quote:
            return "".join(buf), i + 1
        if c == "\\":
            i += 1
            if i >= len(src):
                break
            e = src[i]
            if e == "u":
                hexdigits = src[i + 1:i + 5]
                if not re.fullmatch(r"[0-9a-fA-F]{4}", hexdigits):
                    raise ExprLexError(f"Invalid unicode escape [\\u{hexdigits}]", i)
                buf.append(chr(int(hexdigits, 16)))
                i += 5
                continue
            buf.append(_ESCAPES.get(e, e))
            i += 1
            continue
        buf.append(c)
        i += 1
    raise ExprLexError("Unterminated quote", i)


def _template(src: str, i: int) -> tuple[list, int]:
    """A backtick literal: ([(text, None) | (None, (expression source, offset))], end)."""
    i += 1
    parts: list = []
    buf: list[str] = []
    while i < len(src):
        c = src[i]
        if c == "`":
            parts.append(("".join(buf), None))
            return parts, i + 1
        if c == "\\" and i + 1 < len(src):
            buf.append(_ESCAPES.get(src[i + 1], src[i + 1]))
            i += 2
            continue
        if src.startswith("${", i):
            parts.append(("".join(buf), None))
            buf = []
            depth, j, quote = 0, i + 2, None
            while j < len(src):
                ch = src[j]
                if quote:
                    if ch == "\\":
                        j += 1
                    elif ch == quote:
                        quote = None
                elif ch in "'\"`":
                    quote = ch
                elif ch == "{":
                    depth += 1
                elif ch == "}":
                    if depth == 0:
                        break
                    depth -= 1
                j += 1
            if j >= len(src):
                raise ExprLexError("Unterminated template literal", i)
            parts.append((None, (src[i + 2:j], i + 2)))
            i = j + 1
            continue
        buf.append(c)
        i += 1
    raise ExprLexError("Unterminated template literal", i)
