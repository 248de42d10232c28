"""Angular expression parser (after ``expression_parser/parser.ts``): bindings, actions, microsyntax.

Precedence, lowest first: pipe ``|`` (bindings only), assignment (actions only), conditional ``?:``,
``||``, ``&&``, ``??``, equality, relational/``in``, additive, multiplicative, ``**``, prefix
(``+ - ! typeof void``), then member access, keyed access, calls, ``?.`` and ``!``.

A little over the ~400 lines a module aims at: one recursive-descent parser, a method per precedence level
and per microsyntax rule, kept whole so it reads beside Angular's.
"""

from __future__ import annotations

from pwa2wx.template.expression import ast as A
from pwa2wx.template.expression.lexer import Tok, tokenize

ASSIGNMENT_OPS = ("=", "+=", "-=", "*=", "/=", "%=", "**=", "&&=", "||=", "??=")
# binary operators by precedence, loosest first (Angular: logical or, and, ??, equality, relational, …)
BINARY_LEVELS: tuple[tuple[str, ...], ...] = (
    ("||",), ("&&",), ("??",), ("==", "!=", "===", "!=="), ("<", ">", "<=", ">=", "in"), ("+", "-"),
    ("*", "/", "%"),
)
PRECEDENCE = {op: level + 1 for level, ops in enumerate(BINARY_LEVELS) for op in ops}
MAX_NESTING = 64


class ExpressionError(Exception):
    """A syntax error at ``offset`` (into the source the parser was given, plus its base)."""

    def __init__(self, message: str, offset: int):
        super().__init__(message)
        self.message = message
        self.offset = offset


class Parser:
    def __init__(self, src: str, base: int = 0, action: bool = False):
        self.src = src
        self.base = base
        self.tokens = tokenize(src, base)
        self.k = 0
        self.action = action
        self.end = base + len(src)
        depth = 0
        for t in self.tokens:
            if t.kind == "error":
                raise ExpressionError(t.text, t.start)
            depth += 1 if any(t.is_char(c) for c in "([{") else -1 if any(t.is_char(c) for c in ")]}") else 0
            if depth > MAX_NESTING:  # the parser recurses per bracket, as Angular's does
                raise ExpressionError(f"the expression nests deeper than {MAX_NESTING} brackets", t.start)

    # ---- token helpers ------------------------------------------------------------------------

    @property
    def next(self) -> Tok | None:
        return self.tokens[self.k] if self.k < len(self.tokens) else None

    def peek(self, k: int = 1) -> Tok | None:
        j = self.k + k
        return self.tokens[j] if j < len(self.tokens) else None

    @property
    def pos(self) -> int:
        return self.next.start if self.next else self.end

    @property
    def last_end(self) -> int:
        return self.tokens[self.k - 1].end if self.k else self.base

    def fail(self, message: str | None = None) -> ExpressionError:
        tok = self.next
        if message is None:
            message = f"Unexpected token '{tok.text}'" if tok else "Unexpected end of expression"
        return ExpressionError(message, self.pos)

    def char(self, c: str) -> bool:
        if self.next is not None and self.next.is_char(c):
            self.k += 1
            return True
        return False

    def op(self, o: str) -> bool:
        if self.next is not None and self.next.is_op(o):
            self.k += 1
            return True
        return False

    def keyword(self, w: str) -> bool:
        if self.next is not None and self.next.is_keyword(w):
            self.k += 1
            return True
        return False

    def expect_char(self, c: str) -> None:
        if not self.char(c):
            raise self.fail(f"Missing expected {c}")

    def identifier_or_keyword(self) -> str:
        tok = self.next
        if tok is None or tok.kind not in ("ident", "keyword"):
            raise self.fail("Expected identifier" if tok is None else f"Unexpected token '{tok.text}', expected "
                            "identifier or keyword")
        self.k += 1
        return tok.text

    # ---- entry points -------------------------------------------------------------------------

    def parse_chain(self) -> A.AST:
        start = self.pos
        exprs: list[A.AST] = []
        while self.next is not None:
            exprs.append(self.parse_pipe())
            if self.char(";"):
                if not self.action:
                    raise ExpressionError("Binding expression cannot contain chained expression",
                                          self.tokens[self.k - 1].start)
                while self.char(";"):
                    pass
            elif self.next is not None:
                raise self.fail()
        if not exprs:
            return A.EmptyExpr(start, start)
        if len(exprs) == 1:
            return exprs[0]
        return A.Chain(start, self.last_end, exprs)

    def parse_pipe(self) -> A.AST:
        start = self.pos
        result = self.parse_expression()
        if self.next is not None and self.next.is_op("|"):
            if self.action:
                raise self.fail("Cannot have a pipe in an action expression")
            while self.op("|"):
                name_tok = self.next
                name = self.identifier_or_keyword()
                args: list[A.AST] = []
                while self.char(":"):
                    args.append(self.parse_expression())
                result = A.Pipe(start, self.last_end, result, name, args, name_tok.start)
        return result

    def parse_expression(self) -> A.AST:
        start = self.pos
        left = self.parse_conditional()
        tok = self.next
        if tok is not None and tok.kind == "op" and tok.text in ASSIGNMENT_OPS:
            if not self.action:
                raise self.fail("Bindings cannot contain assignments")
            if not isinstance(left, (A.PropertyRead, A.KeyedRead)) or left.safe:
                raise ExpressionError("Cannot assign to this expression", start)
            self.k += 1
            value = self.parse_expression()
            return A.Assign(start, self.last_end, left, tok.text, value)
        return left

    def parse_conditional(self) -> A.AST:
        start = self.pos
        cond = self.parse_binary()
        if self.op("?"):
            yes = self.parse_pipe()
            if not self.char(":"):
                raise self.fail(f"Conditional expression {self.src[start - self.base:self.pos - self.base]} "
                                "requires all 3 expressions")
            no = self.parse_pipe()
            return A.Conditional(start, self.last_end, cond, yes, no)
        return cond

    def parse_binary(self, min_precedence: int = 1) -> A.AST:
        """Left-associative binary operators by precedence climbing."""
        start = self.pos
        left = self.parse_exponent()
        while self.k < len(self.tokens):
            tok = self.tokens[self.k]
            level = PRECEDENCE.get(tok.text) if tok.kind == "op" or tok.is_keyword("in") else None
            if level is None or level < min_precedence:
                break
            self.k += 1
            right = self.parse_binary(level + 1)
            left = A.Binary(start, self.last_end, tok.text, left, right)
        return left

    def parse_exponent(self) -> A.AST:
        start = self.pos
        base = self.parse_prefix()
        if self.op("**"):
            exponent = self.parse_exponent()
            return A.Binary(start, self.last_end, "**", base, exponent)
        return base

    def parse_prefix(self) -> A.AST:
        tok = self.next
        if tok is not None and (tok.kind == "op" and tok.text in ("+", "-", "!") or
                                tok.is_keyword("typeof") or tok.is_keyword("void")):
            self.k += 1
            operand = self.parse_prefix()
            return A.Unary(tok.start, self.last_end, tok.text, operand)
        return self.parse_call_chain()

    def parse_call_chain(self) -> A.AST:
        start = self.pos
        result = self.parse_primary()
        while True:
            if self.char("."):
                result = self.member(result, start, safe=False)
            elif self.op("?."):
                if self.char("("):
                    result = A.Call(start, 0, result, self.call_args(), safe=True)
                    result.end = self.last_end
                elif self.char("["):
                    key = self.parse_pipe()
                    self.expect_char("]")
                    result = A.KeyedRead(start, self.last_end, result, key, safe=True)
                else:
                    result = self.member(result, start, safe=True)
            elif self.char("["):
                key = self.parse_pipe()
                self.expect_char("]")
                result = A.KeyedRead(start, self.last_end, result, key)
            elif self.char("("):
                result = A.Call(start, 0, result, self.call_args())
                result.end = self.last_end
            elif self.next is not None and self.next.is_op("!"):
                self.k += 1
                result = A.NonNullAssert(start, self.last_end, result)
            else:
                return result

    def member(self, receiver: A.AST, start: int, safe: bool) -> A.PropertyRead:
        name = self.identifier_or_keyword()
        return A.PropertyRead(start, self.last_end, receiver, name, safe)

    def call_args(self) -> list[A.AST]:
        args: list[A.AST] = []
        if self.char(")"):
            return args
        while True:
            args.append(self.parse_pipe())
            if self.char(")"):
                return args
            if not self.char(","):
                raise self.fail("Missing expected )")

    def parse_primary(self) -> A.AST:
        tok = self.next
        if tok is None:
            raise self.fail()
        start = tok.start
        if tok.is_char("("):
            self.k += 1
            inner = self.parse_pipe()
            self.expect_char(")")
            return inner
        if tok.kind == "keyword" and tok.text in ("null", "undefined", "true", "false"):
            self.k += 1
            value = {"null": None, "undefined": A.UNDEFINED, "true": True, "false": False}[tok.text]
            return A.LiteralPrimitive(start, tok.end, value)
        if tok.is_keyword("this"):
            self.k += 1
            return A.ThisReceiver(start, tok.end)
        if tok.is_char("["):
            self.k += 1
            items: list[A.AST] = []
            if not self.char("]"):
                while True:
                    items.append(self.parse_pipe())
                    if self.char("]"):
                        break
                    if not self.char(","):
                        raise self.fail("Missing expected ]")
                    if self.char("]"):  # a trailing comma, as Angular's parseExpressionList allows
                        break
            return A.LiteralArray(start, self.last_end, items)
        if tok.is_char("{"):
            return self.literal_map()
        if tok.kind in ("ident", "keyword"):
            self.k += 1
            return A.PropertyRead(start, tok.end, A.ImplicitReceiver(start, start), tok.text)
        if tok.kind == "number":
            self.k += 1
            return A.LiteralPrimitive(start, tok.end, tok.value)
        if tok.kind == "string":
            self.k += 1
            return A.LiteralPrimitive(start, tok.end, tok.text)
        if tok.kind == "template":
            self.k += 1
            strings: list[str] = []
            exprs: list[A.AST] = []
            for text, expr in tok.parts:
                if expr is None:
                    strings.append(text)
                else:
                    exprs.append(Parser(expr[0], expr[1], self.action).parse_pipe_whole())
            return A.TemplateLiteral(start, tok.end, strings, exprs)
        if tok.kind == "private":
            raise self.fail("Private identifiers are not supported")
        raise self.fail()

    def literal_map(self) -> A.LiteralMap:
        start = self.pos
        self.expect_char("{")
        keys: list[str] = []
        values: list[A.AST] = []
        if not self.char("}"):
            while True:
                tok = self.next
                if tok is not None and tok.kind == "string":
                    self.k += 1
                    key = tok.text
                    self.expect_char(":")
                    values.append(self.parse_pipe())
                else:
                    key = self.identifier_or_keyword()
                    if self.char(":"):
                        values.append(self.parse_pipe())
                    else:  # shorthand {a}
                        assert tok is not None  # (identifier_or_keyword read it)
                        values.append(A.PropertyRead(tok.start, tok.end, A.ImplicitReceiver(tok.start, tok.start), key))
                keys.append(key)
                if self.char("}"):
                    break
                if not self.char(","):
                    raise self.fail("Missing expected }")
                if self.char("}"):  # a trailing comma, as Angular's parseLiteralMap allows
                    break
        return A.LiteralMap(start, self.last_end, keys, values)

    def parse_pipe_whole(self) -> A.AST:
        result = self.parse_pipe()
        if self.next is not None:
            raise self.fail()
        return result

    # ---- microsyntax ----------------------------------------------------------------------------

    def template_bindings(self, directive: str) -> list[A.TemplateBinding]:
        """``*ngFor="let x of xs; index as i; trackBy: f"`` → bindings, as Angular's parseTemplateBindings."""
        bindings: list[A.TemplateBinding] = []
        bindings += self.keyword_bindings(directive, self.base)
        while self.next is not None:
            start = self.pos
            if self.keyword("let"):
                name = self.binding_key()
                value = "$implicit"
                if self.op("="):
                    value = self.binding_key()
                bindings.append(A.VariableBinding(name, value, start))
            else:
                key = self.binding_key()
                if self.keyword("as"):
                    bindings.append(A.VariableBinding(self.binding_key(), key, start))
                else:
                    bindings += self.keyword_bindings(directive + key[:1].upper() + key[1:], start)
            self.terminator()
        return bindings

    def keyword_bindings(self, key: str, start: int) -> list[A.TemplateBinding]:
        out: list[A.TemplateBinding] = []
        self.char(":")
        value = None
        if self.next is not None and not self.next.is_keyword("let"):
            value = self.parse_pipe()
        out.append(A.ExpressionBinding(key, value, start))
        if self.keyword("as"):
            out.append(A.VariableBinding(self.binding_key(), key, start))
        self.terminator()
        return out

    def binding_key(self) -> str:
        parts = [self.identifier_or_keyword()]
        while self.next is not None and self.next.is_op("-") and (after := self.peek()) is not None \
                and after.start == self.next.end:
            self.k += 1
            parts.append(self.identifier_or_keyword())
        return "-".join(parts)

    def terminator(self) -> None:
        if not self.char(";"):
            self.char(",")


def parse_binding(src: str, base: int = 0) -> A.AST:
    """A property binding or interpolation: pipes allowed, no assignments or statement lists."""
    return Parser(src, base).parse_chain()


def parse_action(src: str, base: int = 0) -> A.AST:
    """An event binding: statements separated by ``;``, assignments allowed, no pipes."""
    return Parser(src, base, action=True).parse_chain()


def parse_template_bindings(directive: str, src: str, base: int = 0) -> list[A.TemplateBinding]:
    """The microsyntax of a structural directive, e.g. (``ngFor``, ``let s of list; trackBy: f``)."""
    return Parser(src, base).template_bindings(directive)


def split_interpolation(text: str) -> list[tuple[bool, str, int]]:
    """``a {{ b }} c`` → [(False, "a ", 0), (True, " b ", 5), (False, " c", 10)] (offsets of each part)."""
    parts: list[tuple[bool, str, int]] = []
    i = 0
    while True:
        j = text.find("{{", i)
        if j < 0:
            break
        k = interpolation_end(text, j + 2)
        if k < 0:
            break
        if j > i:
            parts.append((False, text[i:j], i))
        parts.append((True, text[j + 2:k], j + 2))
        i = k + 2
    if i < len(text):
        parts.append((False, text[i:], i))
    return parts


def interpolation_end(text: str, i: int) -> int:
    """Where the ``}}`` closing an interpolation whose expression starts at ``i`` is (-1: none), quotes skipped."""
    quote = None
    while i < len(text):
        c = text[i]
        if quote is None and text.startswith("}}", i):
            return i
        if c == "\\":
            i += 1
        elif c == quote:
            quote = None
        elif quote is None and c in "'\"`":
            quote = c
        i += 1
    return -1
