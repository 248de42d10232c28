"""TypeScript parsing with tree-sitter, and a small evaluator for the literal parts of a file.

Angular metadata (decorator arguments, route arrays) is written as object/array literals; the
evaluator turns those into Python values while keeping references it cannot evaluate
(identifiers, calls, functions) as typed placeholders with their source node.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import tree_sitter_typescript
from tree_sitter import Language, Node, Parser, Tree


@cache
def language() -> Language:
    return Language(tree_sitter_typescript.language_typescript())


@cache
def parser() -> Parser:
    return Parser(language())


@dataclass
class Source:
    """A parsed TypeScript file: text, bytes (tree-sitter offsets are bytes) and tree."""

    text: str  # as written
    data: bytes  # what was parsed: the text, with stand-ins when ``renamed``
    tree: Tree
    renamed: bool = False  # parsed repaired (see :func:`parse`): :meth:`restore` what is read back

    def node_text(self, node: Node) -> str:
        return self.restore(self.data[node.start_byte:node.end_byte].decode("utf-8"))

    def restore(self, text: str) -> str:
        """Text read from this source with the original names back (when it was parsed with stand-ins)."""
        if self.renamed:
            for name, stand_in in STAND_INS.items():
                text = text.replace(stand_in, name)
        return text

    def position(self, node: Node) -> tuple[int, int]:
        """1-based line and character column of the node start."""
        return self.byte_position(node.start_byte)

    def byte_position(self, offset: int) -> tuple[int, int]:
        line_start = self.data.rfind(b"\n", 0, offset) + 1
        line = self.data.count(b"\n", 0, offset) + 1
        col = len(self.data[line_start:offset].decode("utf-8", errors="replace")) + 1
        return line, col

    def syntax_errors(self, limit: int = 5) -> list[tuple[int, int, str]]:
        """(line, col, message) for ERROR and MISSING nodes, first ones first."""
        if not self.tree.root_node.has_error:
            return []
        found: list[tuple[int, int, str]] = []
        stack = [self.tree.root_node]
        while stack and len(found) < limit:
            node = stack.pop()
            if node.is_missing:
                found.append((*self.position(node), f"missing '{node.type}'"))
            elif node.type == "ERROR" and _value_named_type(self, node):
                continue
            elif node.type == "ERROR":
                snippet = self.node_text(node).strip().splitlines()
                near = snippet[0][:30] if snippet else ""
                found.append((*self.position(node), f"unexpected '{near}'" if near else "syntax error"))
            elif node.has_error:
                stack.extend(reversed(node.children))
        return sorted(found)


def _value_named_type(source: Source, error: Node) -> bool:
    """An error of an export list that names a value ``type`` (``export { a, type, b }``), which TypeScript and
    JavaScript read and tree-sitter takes for a type modifier (esm.export_specifiers reads such a list)."""
    parent = error.parent
    if parent is not None and parent.type == "export_specifier":
        parent = parent.parent
    return parent is not None and parent.type == "export_clause" and \
        re.search(r"(?<![\w$])type(?![\w$])", source.node_text(parent)) is not None


# What TypeScript reads and tree-sitter-typescript misreads, rewritten for a second parse (when the first has
# errors) into text of the same length and lines, so every position stays right:
# - names it takes for the modifier they also are, where TypeScript reads a member name (`abstract: string;`,
#   `accessor = 1`), and a parameter named `any` in a function type (`(any) => string`): parsed under a
#   stand-in that :meth:`Source.restore` turns back (a class a minifier named `as`, in `new as(…)`, is parsed
#   under one at once: tree-sitter reads it as `new` cast to a type, with no error, where `new` is a keyword);
# - a method name and its parameter list on two lines (`constructor\n  (a: A) {}`): the line break moves into
#   the list.
# - `c?.5:1` (a minifier's conditional before a number), which tree-sitter lexes as `?.` optional chaining where
#   JavaScript does not (`?.` followed by a digit is not a token): a space is inserted, the one repair that
#   changes a length (see :func:`_spaced_conditionals`).
STAND_INS = {"abstract": "ab$tract", "accessor": "acce$sor", "any": "an$", "as": "a$"}
_REPAIRS = (
    (re.compile(r"(?<![\w$.])(abstract|accessor)(?![\w$])(?!\s+[\w$#\[*\"'])"), lambda m: STAND_INS[m.group(1)]),
    (re.compile(r"(?<=\()(\s*)any(?=\s*\)\s*=>)"), lambda m: m.group(1) + STAND_INS["any"]),
    (re.compile(r"(?<=[\w$])([ \t]*\r?\n\s*)\((?=[^()]*\)\s*[:{])"), lambda m: "(" + m.group(1)),
)


_NEW_AS = re.compile(rb"\bnew(\s+)as(?![\w$])")  # tree-sitter reads `new` there as a name `as` casts to a type


def parse(text: str) -> Source:
    # tree-sitter takes a NUL byte for the end of the input: a raw one in a string (libsodium's wasm, embedded as a
    # string of bytes) made the rest of the file an error. Written as the escape it stands for, it means the same in
    # a string, a template or a regular expression.
    data = text.encode("utf-8").replace(b"\0", b"\\x00")
    stand_in = STAND_INS["as"].encode("utf-8")
    renamed = bool(_NEW_AS.search(data)) and stand_in not in data
    if renamed:
        data = _NEW_AS.sub(lambda m: b"new" + m.group(1) + stand_in, data)
    source = Source(text, data, parser().parse(data), renamed)
    if source.tree.root_node.has_error and _DOT_DIGIT.search(data):
        source = _spaced_conditionals(source)
    if not source.tree.root_node.has_error or any(s in text for s in STAND_INS.values()):
        return source
    spaced = repaired = source.data.decode("utf-8")  # the text, or its spaced conditionals
    for pattern, replace in _REPAIRS:
        repaired = pattern.sub(replace, repaired)
    if repaired != spaced:
        second = Source(text, repaired.encode("utf-8"), parser().parse(repaired.encode("utf-8")), renamed=True)
        if len(second.syntax_errors(limit=1000)) < len(source.syntax_errors(limit=1000)):
            return second
    return source


def required_child(node: Node, name: str) -> Node:
    """The child in field ``name``, one the grammar requires of ``node.type`` (``pair`` ``key``,
    ``call_expression`` ``function`` …: see the grammar's node-types.json), or that the node's place requires
    (a ``required_parameter`` in ``formal_parameters`` has a ``pattern``; one in a tuple type has a ``name``).

    tree-sitter builds a node only with its required fields: error recovery inserts a MISSING token or makes an
    ERROR node instead. So a required field is always there; for an optional one use ``child_by_field_name``
    and handle None.
    """
    child = node.child_by_field_name(name)
    if child is None:
        raise LookupError(f"tree-sitter {node.type} without its required field {name!r}")
    return child


# ---- literal evaluation ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Ref:
    """An identifier or dotted member path (``RouterModule.forRoot`` is a Call on Ref)."""

    name: str
    node: Node = field(compare=False, repr=False)


@dataclass(frozen=True)
class Call:
    callee: str
    args: tuple[Any, ...]
    node: Node = field(compare=False, repr=False)


@dataclass(frozen=True)
class LazyImport:
    """``() => import('./x').then(m => m.Y)``; ``member`` None means the default export. (No node: Angular 8's
    ``'./x#Y'`` string, whose value is all that is read.)"""

    specifier: str
    member: str | None
    node: Node | None = field(compare=False, repr=False)


@dataclass(frozen=True)
class Opaque:
    """Any expression the evaluator does not model (functions, operators …)."""

    text: str
    node: Node = field(compare=False, repr=False)


def string_value(src: Source, node: Node) -> str | None:
    """The value of a string literal or a template string without substitutions."""
    if node.type == "string":
        return string_literal(src, node)
    if node.type == "template_string":
        if any(c.type == "template_substitution" for c in node.named_children):
            return None
        return _unescape(src.node_text(node)[1:-1])
    return None


def string_literal(src: Source, node: Node) -> str:
    """The value of a ``string`` node (which :func:`string_value` never returns None for)."""
    return _unescape("".join(src.node_text(c) for c in node.named_children
                             if c.type in ("string_fragment", "escape_sequence")))


def _unescape(s: str) -> str:
    if "\\" not in s:
        return s
    out, i = [], 0
    simple = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
    while i < len(s):
        ch = s[i]
        if ch == "\\" and i + 1 < len(s):
            nxt = s[i + 1]
            if nxt in simple:
                out.append(simple[nxt])
                i += 2
                continue
            if nxt == "u" and s[i + 2:i + 3] == "{":
                end = s.index("}", i)
                out.append(chr(int(s[i + 3:end], 16)))
                i = end + 1
                continue
            if nxt == "u":
                out.append(chr(int(s[i + 2:i + 6], 16)))
                i += 6
                continue
            if nxt == "x":
                out.append(chr(int(s[i + 2:i + 4], 16)))
                i += 4
                continue
            if nxt == "\n":
                i += 2
                continue
            out.append(nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def evaluate(src: Source, node: Node) -> Any:
    """Python value of a literal expression; placeholders for what is not literal."""
    t = node.type
    if t in ("string", "template_string"):
        value = string_value(src, node)
        return value if value is not None else Opaque(src.node_text(node), node)
    if t == "number":
        text = src.node_text(node).replace("_", "")
        try:
            return int(text, 0)
        except ValueError:
            return float(text)
    if t == "true":
        return True
    if t == "false":
        return False
    if t in ("null", "undefined"):
        return None
    if t == "array":
        return [evaluate(src, c) for c in node.named_children if c.type != "comment"]
    if t == "object":
        return _object(src, node)
    if t in ("identifier", "member_expression", "property_identifier"):
        return Ref(src.node_text(node), node)
    if t in ("parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression"):
        return evaluate(src, node.named_children[0])
    if t == "call_expression":
        return _call(src, node)
    if t == "arrow_function":
        lazy = lazy_import(src, node)
        return lazy if lazy is not None else Opaque(src.node_text(node), node)
    return Opaque(src.node_text(node), node)


def _object(src: Source, node: Node) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for child in node.named_children:
        if child.type == "pair":
            key_node = required_child(child, "key")
            key = string_literal(src, key_node) if key_node.type == "string" else src.node_text(key_node)
            out[key] = evaluate(src, required_child(child, "value"))
        elif child.type == "shorthand_property_identifier":
            name = src.node_text(child)
            out[name] = Ref(name, child)
        elif child.type == "method_definition":
            name = src.node_text(required_child(child, "name"))
            out[name] = Opaque(src.node_text(child), child)
    return out


def _call(src: Source, node: Node) -> Call:
    fn = required_child(node, "function")
    args_node = node.child_by_field_name("arguments")
    args = tuple(evaluate(src, a) for a in args_node.named_children if a.type != "comment") if args_node else ()
    return Call(src.node_text(fn), args, node)


def lazy_import(src: Source, node: Node) -> LazyImport | None:
    """Recognise ``() => import('x')`` and ``() => import('x').then(m => m.Y)`` (any body shape)."""
    body = node.child_by_field_name("body")
    if body is None:
        return None
    if body.type == "statement_block":  # () => { return import(...)... }
        ret = next((c for c in body.named_children if c.type == "return_statement"), None)
        if ret is None or not ret.named_children:
            return None
        body = ret.named_children[0]
    while body.type in ("parenthesized_expression", "await_expression"):
        body = body.named_children[0]
    if body.type != "call_expression":
        return None
    fn = required_child(body, "function")
    if fn.type == "import":
        return _import_spec(src, body, None)
    if fn.type == "member_expression" and src.node_text(required_child(fn, "property")) == "then":
        inner = required_child(fn, "object")
        if inner.type == "call_expression" and required_child(inner, "function").type == "import":
            member = None
            args = required_child(body, "arguments").named_children
            while args and args[0].type == "parenthesized_expression":  # .then((m => m.X))
                args = args[0].named_children
            if args and args[0].type == "arrow_function":
                mbody = args[0].child_by_field_name("body")
                while mbody is not None and mbody.type == "parenthesized_expression":
                    mbody = mbody.named_children[0]
                if mbody is not None and mbody.type == "member_expression":
                    member = src.node_text(required_child(mbody, "property"))
                elif mbody is not None and mbody.type == "subscript_expression":
                    member = string_value(src, required_child(mbody, "index"))
                elif mbody is not None and mbody.type == "identifier":  # .then(m => XModule): the export by name
                    member = src.node_text(mbody)
            return _import_spec(src, inner, member)
    return None


def _import_spec(src: Source, call: Node, member: str | None) -> LazyImport | None:
    args = required_child(call, "arguments").named_children
    if not args:
        return None
    spec = string_value(src, args[0])
    return LazyImport(spec, member, call) if spec is not None else None


_DOT_DIGIT = re.compile(rb"\?\.\d")


def _spaced_conditionals(source: Source) -> Source:
    """The source reparsed with a space after each `?` that tree-sitter misread as `?.` before a digit
    (`t?.6*e:0` → `t? .6*e:0`): one byte more on that line, so columns after it there are off by one in
    diagnostics (found in minified packages, whose columns nobody reads)."""
    data = source.data
    found: set[int] = set()
    stack = [source.tree.root_node]
    while stack:
        node = stack.pop()
        for child in node.children:  # the token alone in an ERROR node, or wrapped as an optional_chain
            if child.type in ("?.", "optional_chain") and data[child.end_byte:child.end_byte + 1].isdigit():
                found.add(child.start_byte + 1)
            elif child.has_error:
                stack.append(child)
    if not found:
        return source
    for at in sorted(found, reverse=True):
        data = data[:at] + b" " + data[at:]
    return Source(source.text, data, parser().parse(data), source.renamed)


def is_module_source(src: Source) -> bool:
    """Whether the source has import or export statements: an ES module, not a script."""
    return any(n.type in ("import_statement", "export_statement") for n in src.tree.root_node.named_children)


def top_level_names(text: str) -> list[str]:
    """The names a classic script's top-level declarations (var, let, const, function, class) make global."""
    names: list[str] = []
    src = parse(text)
    for stmt in src.tree.root_node.named_children:
        if stmt.type in ("variable_declaration", "lexical_declaration"):
            names += [_name(src, d) for d in stmt.named_children if d.type == "variable_declarator"]
        elif stmt.type in ("function_declaration", "generator_function_declaration", "class_declaration"):
            names.append(_name(src, stmt))
    return [n for n in names if n]


def _name(src: Source, node: Node) -> str:
    name = node.child_by_field_name("name")
    return src.node_text(name) if name is not None and name.type == "identifier" else ""
