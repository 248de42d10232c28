"""CSS (Dart Sass output) → WXSS: walks the rules with tinycss2, applies the selector and value rewrites.

At-rules follow the table :data:`AT_RULES`; anything WXSS cannot hold goes with a located diagnostic.
Output is one rule per line, declarations in source order, so the same input gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import tinycss2
from tinycss2 import ast

from pwa2wx.style import selectors, values
from pwa2wx.style.selectors import Role

if TYPE_CHECKING:
    from pwa2wx.diagnostics import Severity


@dataclass(frozen=True)
class Where:
    """A project-relative source position (what diagnostics print)."""

    file: str
    line: int
    col: int


AT_RULES: dict[str, str] = {
    "media": "nest",
    "supports": "nest",
    "keyframes": "keyframes",
    "-webkit-keyframes": "keyframes",
    "font-face": "declarations",
    "layer": "unwrap",
    "import": "import",
    "charset": "drop",  # WXSS files are UTF-8 already
}
"""What each CSS at-rule becomes; any other at-rule is dropped with PWX207."""

Report = Callable[[str, str, Where, "Severity | None"], None]
"""(code, message, where, severity or None for the code's default)."""


@dataclass
class Converter:
    """Converts compiled stylesheets for one conversion (mode, px factor and callbacks are shared)."""

    mode: str
    px_factor: int
    report: Report
    rewrite_url: Callable[[str, Where], str | None]
    resolve_import: Callable[[str, Where, Role], str]  # plain CSS @import → WXSS for its place ("" if none)
    variables: Callable[[str], list | None] | None = None  # global custom properties, for literal fallbacks

    def __post_init__(self) -> None:
        self.attributes: set[str] = set()  # attribute names turned into look classes so far

    def convert(self, css: str, role: Role, locate: Callable[[int, int], Where]) -> str:
        """WXSS for ``css``; ``locate`` maps a position in ``css`` to the original source."""
        walk = _Walk(self, role, locate)
        return "".join(walk.rules(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)))


@dataclass
class _Walk:
    """One stylesheet's conversion (nested @import conversions get their own)."""

    converter: Converter
    role: Role
    locate: Callable[[int, int], Where]

    def report(self, code: str, message: str, where: Where, severity: Severity | None) -> None:
        self.converter.report(code, message, where, severity)

    # ---- rules ----------------------------------------------------------------------------------

    def rules(self, rules: list) -> list[str]:
        out = []
        for rule in rules:
            if rule.type == "qualified-rule":
                out.append(self._style_rule(rule))
            elif rule.type == "at-rule":
                out.append(self._at_rule(rule))
            elif rule.type == "error":
                self.report("PWX201", f"CSS not understood: {rule.message}", self._where(rule), None)
        return [text for text in out if text]

    def _style_rule(self, rule: ast.QualifiedRule) -> str:
        where = self._where(rule)
        result = selectors.rewrite(rule.prelude, self.role, self.converter.mode)
        self.converter.attributes |= result.attributes
        for issue in result.issues:
            self.report(issue.code, issue.message, where, issue.severity)
        if not result.selectors:
            return ""
        body = self._declarations(rule.content)
        return f"{','.join(result.selectors)}{{{body}}}\n" if body else ""

    def _at_rule(self, rule: ast.AtRule) -> str:
        name = rule.lower_at_keyword
        action = AT_RULES.get(name)
        where = self._where(rule)
        prelude = values.serialize(rule.prelude)
        if action == "nest" and rule.content is not None:
            inner = "".join(self.rules(tinycss2.parse_rule_list(rule.content, True, True)))
            return f"@{name} {prelude}{{\n{inner}}}\n" if inner else ""
        if action == "keyframes" and rule.content is not None:
            frames = []
            for frame in tinycss2.parse_rule_list(rule.content, True, True):
                if frame.type == "qualified-rule":
                    frames.append(f"{values.serialize(frame.prelude)}{{{self._declarations(frame.content)}}}")
            return f"@{name} {prelude}{{{''.join(frames)}}}\n" if frames else ""  # wcsc rejects an empty body
        if action == "declarations" and rule.content is not None:
            return f"@{name}{{{self._declarations(rule.content)}}}\n"
        if action == "unwrap":
            self.report("PWX204", "@layer: cascade layers are flattened into source order", where, "info")
            return "".join(self.rules(tinycss2.parse_rule_list(rule.content, True, True))) if rule.content else ""
        if action == "import":
            return self._import(rule, where)
        if action == "drop":
            return ""
        self.report("PWX207", f"@{name} is not supported in WXSS", where, None)
        return ""

    def _import(self, rule: ast.AtRule, where: Where) -> str:
        tokens = [t for t in rule.prelude if t.type not in ("whitespace", "comment")]
        target = tokens[0] if tokens else None
        url = target.value if target is not None and target.type in ("string", "url") else None
        if url is None and target is not None and target.type == "function" and target.lower_name == "url":
            url = next((t.value for t in target.arguments if t.type == "string"), None)
        if url is None:
            self.report("PWX207", f"@import {values.serialize(rule.prelude)} not understood", where, None)
            return ""
        if url.startswith(("http:", "https:", "//")):
            self.report("PWX207", f"@import of a remote stylesheet ({url}): WXSS imports local files only",
                        where, None)
            return ""
        if len(tokens) > 1:
            self.report("PWX204", f"@import {url}: media/supports conditions are dropped", where, None)
        return self.converter.resolve_import(url, where, self.role)

    # ---- declarations ---------------------------------------------------------------------------

    def _declarations(self, content: list | None) -> str:
        out = []
        for item in tinycss2.parse_blocks_contents(content or [], skip_whitespace=True, skip_comments=True):
            if item.type == "declaration":
                out.extend(self._declaration(item))
            elif item.type == "error":
                self.report("PWX201", f"CSS declaration not understood: {item.message}", self._where(item), None)
            else:
                self.report("PWX204", "nested rule inside a declaration block dropped", self._where(item), None)
        return ";".join(out)

    def _declaration(self, decl: ast.Declaration) -> list[str]:
        tokens = list(decl.value)
        if any(t.type == "{} block" for t in tokens):
            self.report("PWX204", f"{decl.name}: a block value is not valid WXSS; dropped", self._where(decl), None)
            return []
        where = self._where(decl)
        rewrite = self.converter.rewrite_url
        tokens = values.rewrite_urls(tokens, lambda url, token: rewrite(url, self._where(token, where)))
        if self.converter.px_factor:
            tokens = values.px_to_rpx(tokens, self.converter.px_factor)
        important = "!important" if decl.important else ""
        value = values.serialize(tokens) or " "  # `--x:}` (an empty custom property last) is rejected by wcsc
        text = f"{decl.name}:{value}{important}"
        variables = self.converter.variables
        if variables is None or decl.name.startswith("--") or not values.has_var(tokens):
            return [text]
        literal = values.resolve_vars(tokens, variables)
        if literal is None:
            return [text]
        return [f"{decl.name}:{values.serialize(literal)}{important}", text]

    def _where(self, node: ast.Node, default: Where | None = None) -> Where:
        line, col = getattr(node, "source_line", 0), getattr(node, "source_column", 0)
        if not line and default is not None:
            return default
        return self.locate(line, col)
