"""The style stage: a project's stylesheets → WXSS, one :class:`StyleCompiler` per conversion.

Keeps one Dart Sass process and the import/asset state for the whole conversion. Errors in one
stylesheet become located diagnostics and that stylesheet converts to nothing; the rest converts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path, PurePosixPath

import tinycss2

from pwa2wx.diagnostics import Diagnostics, Severity, counted
from pwa2wx.output.layout import THEME, adapters_dir
from pwa2wx.style import tailwind, values
from pwa2wx.style.imports import Imports, file_path, ionic_css
from pwa2wx.style.sass import Sass, SassResult
from pwa2wx.style.selectors import Role
from pwa2wx.style.urls import Assets
from pwa2wx.style.wxss import Converter, Where
from pwa2wx.workspace.config import Config
from pwa2wx.workspace.model import Component, Project, TextSource

THEME_BASE = ("core.wxss", "components.wxss")
"""Theme files every app imports, before the mode file (``md.wxss`` or ``ios.wxss``)."""

MODES = ("md", "ios")
SYNTAX = {".sass": "sass", ".css": "css"}
# Stylesheet languages Angular compiles and pwa2wx does not: reported as such (not as SCSS errors) and left out
UNCOMPILED = {".less": "LESS", ".styl": "Stylus"}
MAX_REPAIRS = 5  # blocks closed at a stylesheet's end, or declarations left out, before its error stands
_DECLARATION = re.compile(r"\s*[\w-]+\s*:[^{}]*;\s*")  # one whole declaration on its line


def theme_dir() -> Path:
    """The theme files copied to :data:`~pwa2wx.output.layout.THEME`."""
    return adapters_dir() / "theme"


class StyleCompiler:
    """SCSS/CSS → WXSS for one conversion: ``component()`` per component, ``app()`` once, then ``close()``."""

    def __init__(self, project: Project, config: Config, diagnostics: Diagnostics):
        self.project = project
        self.diagnostics = diagnostics
        self.mode = _mode(config)
        self.imports = Imports(project.root, project.has_node_modules, self._report_at, project.style_include_paths,
                               project.dependencies)
        self.assets_store = Assets(project.root, project.source_root, project.assets, project.has_node_modules,
                                   lambda code, message, file, line, col: self._report_at(code, message, file,
                                                                                          line, col, None),
                                   base_url=config.get("assets", "base_url"))
        self.converter = Converter(self.mode, int(config.get("style", "px_to_rpx") or 0), self._report,
                                   self._rewrite_url, self._plain_import)
        self._sass: Sass | None = None
        self._app: str | None = None
        self._importing: list[str] = []

    # ---- API --------------------------------------------------------------------------------------

    def component(self, component: Component, role: Role) -> str:
        """WXSS for a component's styles (``role`` "page" or "component")."""
        self._ensure_variables()
        return "".join(self._source(source, role) for source in component.styles)

    def app(self) -> str:
        """app.wxss: the theme imports, then the global styles from angular.json."""
        if self._app is None:
            self.converter.variables = _variables_lookup(self._theme_text() + self._muted(self._globals))
            body = self._globals()
            theme = [*THEME_BASE, f"{self.mode}.wxss", *self.imports.theme_files()]
            head = "".join(f'@import "{THEME}{name}";\n' for name in dict.fromkeys(theme))
            self._app = head + body
        return self._app

    def selector_attributes(self) -> frozenset[str]:
        """Attribute names the app's selectors use: the template compiler must emit their look classes."""
        return frozenset(self.converter.attributes)

    def close(self) -> None:
        if self._sass is not None:
            self._sass.close()
            self._sass = None

    # ---- stylesheets ------------------------------------------------------------------------------

    def _globals(self) -> str:
        out = []
        for rel in self.project.global_styles:
            name = ionic_css(rel)
            if name is not None:
                self.imports.use_ionic(name, "angular.json", 0, 0)
                continue
            if not rel.endswith((".css", ".scss", ".sass", *UNCOMPILED)):  # a script listed among the styles
                self._report_at("PWX201", f"'{rel}' in angular.json's styles is not a stylesheet: left out",
                                "angular.json", 0, 0, "warning")
                continue
            path = self.project.root / rel
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                code = "PWX203" if rel.startswith("node_modules/") and not self.project.has_node_modules else "PWX405"
                reason = (e.strerror if isinstance(e, OSError) else None) or e  # UnicodeDecodeError has none
                self._report_at(code, f"global stylesheet '{rel}' not readable: {reason}", "angular.json", 0, 0, None)
                continue
            out.append(self._source(TextSource(text, rel), "app"))
        return "".join(out)

    def _source(self, source: TextSource, role: Role) -> str:
        path = self.project.root / source.file
        suffix = PurePosixPath(source.file).suffix
        if not source.inline and suffix in UNCOMPILED:
            self.diagnostics.add("PWX201", f"{UNCOMPILED[suffix]} is not compiled (pwa2wx compiles SCSS, Sass and "
                                 "CSS): this stylesheet is left out", source.file, 1, 1,
                                 hint="convert it to SCSS (LESS's @variables become $variables) or to CSS")
            return ""
        syntax = "scss" if source.inline else SYNTAX.get(suffix, "scss")
        result = self._compile_repaired(_angular_combinators(source.text), path, syntax, source)
        if result.error is not None:
            file, line, col = self._original(result.error.url, result.error.line, result.error.col, source)
            self._report_at("PWX201", result.error.message, file, line, col, None)
            return ""
        source_map = result.source_map

        def locate(line: int, col: int) -> Where:
            found = source_map.lookup(line, col) if source_map else None
            if found is None:
                return Where(source.file, 0, 0)
            return Where(*self._original(*found, source))

        if tailwind.USES.search(result.css):
            return self._tailwind(result.css, source.file, role, locate)
        return self.converter.convert(result.css, role, locate)

    def _tailwind(self, css: str, file: str, role: Role, locate: Callable[[int, int], Where]) -> str:
        """A stylesheet that uses Tailwind: generated by the app's tailwindcss, then rewritten; what WXSS cannot
        express in Tailwind's own CSS (its base layer styles attributes and every element) is counted, not
        reported rule by rule."""
        generated = tailwind.generate(css, self.project.root)
        if generated.css is None:
            self._report_at("PWX209", generated.problem, file, 0, 0, None)
            return self.converter.convert(tailwind.without_directives(css), role, locate)
        skipped: list[str] = []
        report, self.converter.report = self.converter.report, lambda code, *_: skipped.append(code)
        try:
            wxss = self.converter.convert(generated.css, role, lambda line, col: Where(file, 0, 0))
        finally:
            self.converter.report = report
        if skipped:
            self._report_at("PWX204", f"Tailwind CSS: {counted(len(skipped), 'construct')} of its generated CSS "
                            "WXSS cannot express (attribute and universal selectors of its base layer, :hover …) "
                            "dropped or approximated", file, 0, 0, "info")
        return wxss

    def _compile_repaired(self, text: str, path: Path, syntax: str, source: TextSource) -> SassResult:
        """Compiled, with what a browser would read past repaired, each with a warning (Sass alone stops at it): a
        block left open at the end (a forgotten last ``}``) is closed there, as CSS parsers do and Angular builds
        accept; a declaration of this stylesheet whose value this Sass rejects (``border: color(53, 120, 229)``,
        which the Sass of older Angular builds passed through) is left out, as a browser ignores a value it cannot
        read. (An undefined variable stays an error: the app's own build stops at it.)"""
        last = text.rstrip().count("\n") + 1
        lines = text.split("\n")
        repairs: list[tuple[str, int, int]] = []
        result = self._compile(text, path, syntax)
        for _ in range(MAX_REPAIRS):
            error = result.error
            if error is None or error.url != path.as_uri():
                break
            declaration = lines[error.line - 1] if 0 < error.line <= len(lines) else ""
            if error.message == 'expected "}".' and error.line >= last:
                lines.append("}")
                repairs.append(("a block is left open at the end of the stylesheet (a missing '}'): closed there, "
                                "as CSS does", last, 1))
            elif _DECLARATION.fullmatch(declaration) and syntax == "scss" and not error.message.startswith("Undefined"):
                lines[error.line - 1] = ""
                repairs.append((f"{error.message} This declaration is left out, as a browser ignores a value it "
                                f"cannot read: {declaration.strip()}", error.line, error.col))
            else:
                break
            result = self._compile("\n".join(lines), path, syntax)
        if result.error is None:
            for message, line, col in repairs:
                self._report_at("PWX204", message, *self._original(path.as_uri(), line, col, source), None)
        return result

    def _compile(self, text: str, path: Path, syntax: str) -> SassResult:
        if self._sass is None:
            self._sass = Sass(self.imports.sass_importers())
        return self._sass.compile(text, path.as_uri(), syntax)

    def _original(self, url: str, line: int, col: int, source: TextSource) -> tuple[str, int, int]:
        """Project-relative position; positions inside an inline style are offset into its .ts file."""
        path = file_path(url)
        if path is None:
            return source.file, 0, 0
        try:
            rel = path.relative_to(self.project.root).as_posix()
        except ValueError:
            rel = path.as_posix()
        if rel == source.file and source.inline and line:
            return rel, source.line + line - 1, (source.col + col - 1) if line == 1 else col
        return rel, line, col

    def _plain_import(self, url: str, where: Where, role: Role) -> str:
        """A CSS ``@import`` Dart Sass left in place: Ionic → theme, a file → converted inline."""
        name = ionic_css(url)
        if name is not None:
            self.imports.use_ionic(name, where.file, where.line, where.col)
            return ""
        path = self.imports.find(url, where.file)
        if path is None:
            severity: Severity | None = None if not self.project.has_node_modules else "warning"
            self._report_at("PWX203", f"@import '{url}' not found" + (
                "" if self.project.has_node_modules else " (node_modules is not installed)") + ": skipped",
                where.file, where.line, where.col, severity)
            return ""
        rel = path.relative_to(self.project.root).as_posix() if path.is_relative_to(self.project.root) else str(path)
        if rel in self._importing:
            return ""
        self._importing.append(rel)
        try:
            return self._source(TextSource(path.read_text(encoding="utf-8"), rel), role)
        finally:
            self._importing.pop()

    def _rewrite_url(self, url: str, where: Where) -> str | None:
        return self.assets_store.rewrite(url, where.file, where.line, where.col)

    # ---- variables for literal fallbacks ------------------------------------------------------------

    def _ensure_variables(self) -> None:
        if self.converter.variables is None:
            self.app()

    def _muted(self, step):
        """Run ``step`` with its diagnostics discarded (a first pass whose findings the real pass repeats)."""
        kept, self.diagnostics = self.diagnostics, Diagnostics()
        try:
            return step()
        finally:
            self.diagnostics = kept

    def _theme_text(self) -> str:
        folder = theme_dir()
        names = [*THEME_BASE, f"{self.mode}.wxss"]
        return "".join((folder / n).read_text(encoding="utf-8") for n in names if (folder / n).is_file())

    # ---- diagnostics --------------------------------------------------------------------------------

    def _report(self, code: str, message: str, where: Where, severity: Severity | None) -> None:
        self._report_at(code, message, where.file, where.line, where.col, severity)

    def _report_at(self, code: str, message: str, file: str, line: int, col: int, severity: Severity | None) -> None:
        self.diagnostics.add(code, message, file, line, col, severity=severity)


def _mode(config: Config) -> str:
    """Ionic mode to reproduce: ``[style] mode`` when the config has it, else md (Ionic's default off iOS)."""
    mode = config.values.get("style", {}).get("mode", "md")
    return mode if mode in MODES else "md"


def _variables_lookup(wxss: str):
    """Custom properties set on ``page`` (the theme's and the app's), for var() literal fallbacks."""
    table: dict[str, list] = {}
    for rule in tinycss2.parse_stylesheet(wxss, skip_comments=True, skip_whitespace=True):
        if rule.type != "qualified-rule" or values.serialize(rule.prelude) != "page":
            continue
        for decl in tinycss2.parse_declaration_list(rule.content, skip_comments=True, skip_whitespace=True):
            if decl.type == "declaration" and decl.name.startswith("--"):
                table[decl.name] = values.parse_value(values.serialize(decl.value))
    return table.get


_DEEP = re.compile(r"/deep/|>>>")


def _angular_combinators(text: str) -> str:
    """``/deep/`` and ``>>>`` (which Dart Sass rejects or drops) → ``::ng-deep``, as Angular treats them."""
    return _DEEP.sub(" ::ng-deep ", text)
