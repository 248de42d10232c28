"""Template parser: tokens → node tree, following Angular's ``ml_parser/parser.ts`` tree builder.

Keeps Angular's HTML rules that change the tree: void elements, elements implicitly closed by a
sibling (``<p>``, ``<li>``, table parts) or by their parent's end tag, self-closing custom elements,
``@`` blocks closed by ``}``, ``@let``. Errors become located diagnostics; parsing always continues.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pwa2wx.template.lexer import T, Token, tokenize
from pwa2wx.template.nodes import Attribute, Block, BlockParameter, Comment, Element, LetDeclaration, Node, Text

VOID_ELEMENTS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                           "source", "track", "wbr"})

# tag -> the tags whose start implicitly closes it (Angular's closedByChildren)
CLOSED_BY_CHILDREN: dict[str, frozenset[str]] = {
    "p": frozenset({"address", "article", "aside", "blockquote", "div", "dl", "fieldset", "footer", "form", "h1",
                    "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "nav", "ol", "p", "pre",
                    "section", "table", "ul"}),
    "thead": frozenset({"tbody", "tfoot"}),
    "tbody": frozenset({"tbody", "tfoot"}),
    "tfoot": frozenset({"tbody"}),
    "tr": frozenset({"tr"}),
    "td": frozenset({"td", "th"}),
    "th": frozenset({"td", "th"}),
    "li": frozenset({"li"}),
    "dt": frozenset({"dt", "dd"}),
    "dd": frozenset({"dt", "dd"}),
    "rb": frozenset({"rb", "rt", "rtc", "rp"}),
    "rt": frozenset({"rb", "rt", "rtc", "rp"}),
    "rtc": frozenset({"rb", "rtc", "rp"}),
    "rp": frozenset({"rb", "rt", "rtc", "rp"}),
    "optgroup": frozenset({"optgroup"}),
    "option": frozenset({"option", "optgroup"}),
}
CLOSED_BY_PARENT = frozenset(CLOSED_BY_CHILDREN)  # each of these also ends at its parent's end tag

# Known HTML elements may not be written self-closing (custom elements and ng-* may).
HTML_ELEMENTS = frozenset("""a abbr address article aside audio b bdi bdo blockquote body button canvas caption cite
code colgroup data datalist dd del details dfn dialog div dl dt em fieldset figcaption figure footer form h1 h2 h3
h4 h5 h6 head header hgroup html i iframe ins kbd label legend li main map mark menu meter nav noscript object ol
optgroup option output p picture pre progress q rp rt ruby s samp script section select slot small span strong style
sub summary sup table tbody td template textarea tfoot th thead time title tr u ul var video""".split())


@dataclass(frozen=True)
class ParseError:
    message: str
    offset: int


MAX_DEPTH = 100  # nesting the later stages (recursive, like Angular's) are guaranteed to handle


class TreeBuilder:
    def __init__(self, tokens: list[Token], pos: Callable[[int], tuple[int, int]]):
        self.tokens = tokens
        self.pos = pos
        self.k = 0
        self.roots: list[Node] = []
        self.stack: list[Element | Block] = []
        self.errors: list[ParseError] = []
        self.offsets: dict[int, int] = {}  # id(open element/block) -> its offset, for "unclosed" errors
        self.text_ends: dict[int, int] = {}  # id(Text) -> end offset, to merge text split by a stray "}"
        self.too_deep = False

    def build(self) -> list[Node]:
        while self.tokens[self.k].type is not T.EOF:
            tok = self.tokens[self.k]
            t = tok.type
            if t in (T.TAG_OPEN_START, T.INCOMPLETE_TAG_OPEN):
                self.start_element()
            elif t is T.TAG_CLOSE:
                self.k += 1
                self.end_element(tok)
            elif t is T.TEXT:
                self.k += 1
                self.add_text(tok.value, tok.start)
            elif t is T.COMMENT:
                self.k += 1
                self.add(Comment(tok.value.strip(), *self.pos(tok.start)))
            elif t is T.CDATA:
                self.k += 1
                self.add_text(tok.value, tok.start)
            elif t in (T.BLOCK_OPEN_START, T.INCOMPLETE_BLOCK_OPEN):
                self.start_block()
            elif t is T.BLOCK_CLOSE:
                self.k += 1
                self.end_block(tok)
            elif t in (T.LET_START, T.INCOMPLETE_LET):
                self.let_declaration()
            else:  # DOC_TYPE and stray tokens carry nothing a view needs
                self.k += 1
        for open_node in self.stack:
            if isinstance(open_node, Block):
                self.errors.append(ParseError(f'Unclosed block "{open_node.name}"', self.offset_of(open_node)))
        return self.roots

    # ---- helpers ------------------------------------------------------------------------------

    def offset_of(self, node: Element | Block) -> int:
        return self.offsets.get(id(node), 0)

    def add(self, node: Node) -> None:
        if len(self.stack) >= MAX_DEPTH:  # kept off the tree, with what nests in it (reported once)
            if not self.too_deep:
                self.too_deep = True
                self.errors.append(ParseError(f"the template nests deeper than {MAX_DEPTH} elements and blocks: "
                                              "the deeper content is left out", self.offset_of_token()))
            return
        parent = self.stack[-1] if self.stack else None
        (parent.children if parent is not None else self.roots).append(node)

    def offset_of_token(self) -> int:
        return self.tokens[max(self.k - 1, 0)].start

    def add_text(self, value: str, offset: int) -> None:
        if not value:
            return
        siblings = self.stack[-1].children if self.stack else self.roots
        last = siblings[-1] if siblings else None
        if isinstance(last, Text) and self.text_ends.get(id(last)) == offset:
            last.value += value
        else:
            last = Text(value, *self.pos(offset))
            siblings.append(last)
        self.text_ends[id(last)] = self.tokens[self.k - 1].end

    # ---- elements -----------------------------------------------------------------------------

    def start_element(self) -> None:
        open_tok = self.tokens[self.k]
        self.k += 1
        attrs: list[Attribute] = []
        while self.tokens[self.k].type is T.ATTR_NAME:
            name_tok = self.tokens[self.k]
            self.k += 1
            line, col = self.pos(name_tok.start)
            attr = Attribute(name_tok.value, None, line, col)
            if self.tokens[self.k].type is T.ATTR_VALUE:
                value_tok = self.tokens[self.k]
                self.k += 1
                attr.value = value_tok.value
                attr.value_line, attr.value_col = self.pos(value_tok.start)
            attrs.append(attr)
        tag = open_tok.value
        lower = tag.lower()
        self_closing = False
        end = self.tokens[self.k].type
        if end is T.TAG_OPEN_END_VOID:
            self.k += 1
            self_closing = True
            if lower not in VOID_ELEMENTS and lower in HTML_ELEMENTS:
                self.errors.append(ParseError(f'Only void, custom and foreign elements can be self closed "{tag}"',
                                              open_tok.start))
        elif end is T.TAG_OPEN_END:
            self.k += 1
        elif open_tok.type is T.INCOMPLETE_TAG_OPEN:
            self.errors.append(ParseError(f'Opening tag "{tag}" not terminated.', open_tok.start))
        self.close_implied_by(lower)
        element = Element(tag, attrs, [], *self.pos(open_tok.start), self_closing=self_closing)
        self.offsets[id(element)] = open_tok.start
        self.add(element)
        if not self_closing and lower not in VOID_ELEMENTS and open_tok.type is T.TAG_OPEN_START:
            self.stack.append(element)

    def close_implied_by(self, child: str) -> None:
        if self.stack and isinstance(self.stack[-1], Element):
            parent = self.stack[-1].tag.lower()
            if child in CLOSED_BY_CHILDREN.get(parent, ()):
                self.stack.pop()

    def end_element(self, tok: Token) -> None:
        name = tok.value
        if name.lower() in VOID_ELEMENTS:
            self.errors.append(ParseError(f'Void elements do not have end tags "{name}"', tok.start))
            return
        if not self.pop_container(name, Element):
            self.errors.append(ParseError(
                f'Unexpected closing tag "{name}". It may happen when the tag has already been closed by another tag.',
                tok.start))

    def pop_container(self, name: str | None, kind: type) -> bool:
        """Pop up to the nearest open ``kind`` named ``name``; False when something unclosed was in the way."""
        clean = True
        for i in range(len(self.stack) - 1, -1, -1):
            node = self.stack[i]
            if isinstance(node, kind) and (name is None or isinstance(node, Element) and node.tag == name):
                del self.stack[i:]
                return clean
            if isinstance(node, Block) or node.tag.lower() not in CLOSED_BY_PARENT:
                clean = False
        return False

    # ---- blocks -------------------------------------------------------------------------------

    def start_block(self) -> None:
        open_tok = self.tokens[self.k]
        self.k += 1
        params: list[BlockParameter] = []
        while self.tokens[self.k].type is T.BLOCK_PARAMETER:
            p = self.tokens[self.k]
            self.k += 1
            params.append(BlockParameter(p.value, *self.pos(p.start)))
        raw = "; ".join(p.text for p in params)
        block = Block(open_tok.value, raw, [], *self.pos(open_tok.start), parameters=params)
        self.offsets[id(block)] = open_tok.start
        if self.tokens[self.k].type is T.BLOCK_OPEN_END:
            self.k += 1
            self.add(block)
            self.stack.append(block)
        else:
            self.errors.append(ParseError(
                f'Incomplete block "{open_tok.value}". If you meant to write the @ character, you should use the '
                f'"&#64;" HTML entity instead.', open_tok.start))
            self.add(block)

    def end_block(self, tok: Token) -> None:
        if not any(isinstance(n, Block) for n in self.stack):
            self.add_text("}", tok.start)  # templates written before Angular 17: "}" is text
            return
        if not self.pop_container(None, Block):
            self.errors.append(ParseError(
                'Unexpected closing block. The block may have been closed earlier. If you meant to write the } '
                'character, you should use the "&#125;" HTML entity instead.', tok.start))

    def let_declaration(self) -> None:
        start = self.tokens[self.k]
        self.k += 1
        if start.type is T.INCOMPLETE_LET:
            self.errors.append(ParseError(f'Incomplete @let declaration "{start.value}". @let declarations must be '
                                          'written as `@let <name> = <value>;`', start.start))
            if self.tokens[self.k].type is T.LET_VALUE:
                self.k += 1
            return
        value = self.tokens[self.k]
        self.k += 1
        if self.tokens[self.k].type is T.LET_END:
            self.k += 1
        line, col = self.pos(start.start)
        value_line, value_col = self.pos(value.start)
        self.add(LetDeclaration(start.value, value.value, line, col, value_line, value_col))


def parse(text: str, pos: Callable[[int], tuple[int, int]]) -> tuple[list[Node], list[tuple[str, int, int]]]:
    """Nodes and (message, line, col) errors; ``pos`` maps offsets to absolute positions."""
    tokens, lex_errors = tokenize(text)
    builder = TreeBuilder(tokens, pos)
    nodes = builder.build()
    errors = [(e.message, *pos(e.offset)) for e in lex_errors] + [(e.message, *pos(e.offset)) for e in builder.errors]
    return nodes, sorted(errors, key=lambda e: (e[1], e[2]))
