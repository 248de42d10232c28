"""Declaration value rewrites, token-exact (tinycss2): px → rpx, literal fallbacks for var(), url() targets.

Each rewrite walks the value's tokens and rebuilds only what it changes, so every other byte of the value
is serialized as Dart Sass wrote it.
"""

from __future__ import annotations

from collections.abc import Callable

import tinycss2
from tinycss2 import ast

UrlRewrite = Callable[[str, ast.Node], "str | None"]
"""(url, token) → the URL to write instead, or None to keep it."""


def serialize(tokens: list) -> str:
    """Tokens back to text, without the ``/**/`` tinycss2 inserts between tokens that could merge."""
    return "".join(t.serialize() for t in tokens).strip()


def px_to_rpx(tokens: list, factor: int) -> list:
    """Every ``Npx`` → ``N*factor rpx`` (at any depth: calc(), shadows …)."""
    out = []
    for token in tokens:
        if token.type == "dimension" and token.lower_unit == "px":
            value = token.value * factor
            text = _number(value)
            out.append(ast.DimensionToken(token.source_line, token.source_column, value,
                                          float(value).is_integer(), text, "rpx"))
        elif token.type in ("function", "() block", "[] block", "{} block"):
            out.append(_rebuild(token, px_to_rpx(_children(token), factor)))
        else:
            out.append(token)
    return out


def rewrite_urls(tokens: list, rewrite: UrlRewrite) -> list:
    """``url(x)`` / ``url("x")`` → ``url("<rewrite(x)>")`` where the callback returns a new target."""
    out = []
    for token in tokens:
        url = _url(token)
        if url is not None:
            new = rewrite(url, token)
            out.append(token if new is None else ast.URLToken(token.source_line, token.source_column, new,
                                                               _url_representation(new)))
        elif token.type in ("function", "() block", "[] block"):
            out.append(_rebuild(token, rewrite_urls(_children(token), rewrite)))
        else:
            out.append(token)
    return out


def resolve_vars(tokens: list, lookup: Callable[[str], list | None], depth: int = 0) -> list | None:
    """The value with every ``var()`` replaced by its literal, or None if one cannot be resolved.

    ``lookup`` gives the global (page-level) value of a custom property; var()'s own fallback is used
    when the property has none. Nesting deeper than 16 (a cycle) counts as unresolvable.
    """
    if depth > 16:
        return None
    out: list = []
    for token in tokens:
        if token.type == "function" and token.lower_name == "var":
            args = [t for t in token.arguments]
            name = next((t.value for t in args if t.type == "ident"), "")
            comma = next((i for i, t in enumerate(args) if t.type == "literal" and t.value == ","), None)
            value = lookup(name)
            if value is None and comma is not None:
                value = args[comma + 1:]
            if value is None:
                return None
            resolved = resolve_vars(_strip(value), lookup, depth + 1)
            if resolved is None:
                return None
            out.extend(resolved)
        elif token.type in ("function", "() block", "[] block"):
            inner = resolve_vars(_children(token), lookup, depth)
            if inner is None:
                return None
            out.append(_rebuild(token, inner))
        else:
            out.append(token)
    return out


def has_var(tokens: list) -> bool:
    for token in tokens:
        if token.type == "function" and token.lower_name == "var":
            return True
        if token.type in ("function", "() block", "[] block") and has_var(_children(token)):
            return True
    return False


def _url(token: ast.Node) -> str | None:
    if token.type == "url":
        return token.value
    if token.type == "function" and token.lower_name == "url":
        strings = [t for t in token.arguments if t.type == "string"]
        return strings[0].value if strings else None
    return None


def _url_representation(url: str) -> str:
    return 'url("' + url.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\a ") + '")'


def _children(token: ast.Node) -> list:
    return token.arguments if token.type == "function" else token.content


def _rebuild(token: ast.Node, children: list) -> ast.Node:
    if token.type == "function":
        return ast.FunctionBlock(token.source_line, token.source_column, token.name, children)
    cls = {"() block": ast.ParenthesesBlock, "[] block": ast.SquareBracketsBlock, "{} block": ast.CurlyBracketsBlock}
    return cls[token.type](token.source_line, token.source_column, children)


def _strip(tokens: list) -> list:
    tokens = list(tokens)
    while tokens and tokens[0].type in ("whitespace", "comment"):
        tokens.pop(0)
    while tokens and tokens[-1].type in ("whitespace", "comment"):
        tokens.pop()
    return tokens


def _number(value: float) -> str:
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.4f}".rstrip("0").rstrip(".")


def parse_value(text: str) -> list:
    """Component values of a declaration value (used for custom property tables)."""
    return _strip(tinycss2.parse_component_value_list(text))
