"""What the workspace reader hands the rest of the conversion: a :class:`Project` with its components,
routes, modules and build settings, each located in the user's files."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pwa2wx.diagnostics import Diagnostics
from pwa2wx.workspace.angular import AngularClass, ModuleInfo


@dataclass
class TextSource:
    """Template or style text with where it came from (inline sources are offset inside the .ts)."""

    text: str
    file: str  # project-relative posix path
    line: int = 1  # line of the first character of text in file
    col: int = 1
    inline: bool = False


@dataclass(frozen=True)
class DirectiveInterface:
    """What a template can meet of a directive on its element: the element's events its host listeners hear, the
    public names of its outputs, and whether its host gives the element classes or styles."""

    events: frozenset[str] = frozenset()
    outputs: frozenset[str] = frozenset()
    styles: bool = False

    def __or__(self, other: DirectiveInterface) -> DirectiveInterface:
        return DirectiveInterface(self.events | other.events, self.outputs | other.outputs,
                                  self.styles or other.styles)


@dataclass
class Component:
    name: str
    rel: str  # project-relative .ts path
    selector: str | None
    template: TextSource | None
    styles: list[TextSource]
    standalone: bool
    imports: list[str]
    meta: dict[str, Any] = field(repr=False)
    line: int = 1
    col: int = 1

    @property
    def key(self) -> str:
        return f"{self.rel}#{self.name}"


@dataclass
class Route:
    path: str
    file: str
    line: int
    col: int
    component: Component | None = None
    redirect_to: str | None = None
    path_match: str = "prefix"
    children: list[Route] = field(default_factory=list)
    lazy_group: str | None = None  # the loadChildren module/file the route came from, for subpackages
    # the NgModule its loadChildren loads (file, class): its providers, and its imports', are its pages' (Angular
    # gives each lazily loaded module an injector of its own)
    module: tuple[str, str] | None = None
    # kind (canActivate …) → its guards: a name the route's file declares or imports, or a guard written in the route
    # (an arrow function, hasRole('admin')), which that file's compiled code exports as (file, name)
    guards: dict[str, list[str | tuple[str, str]]] = field(default_factory=dict)
    title: str | None = None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class Project:
    root: Path
    name: str
    source_root: str  # project-relative
    angular_major: int | None
    has_node_modules: bool
    global_styles: list[str]  # project-relative paths
    assets: list[tuple[str, str]]  # (project-relative source file, output path)
    tsconfig_paths: dict[str, list[str]]  # pattern -> targets, relative to the project root
    base_url: str | None  # compilerOptions.baseUrl relative to the project root ("." is the root); None: unset
    modules: dict[str, ModuleInfo]  # project-relative .ts path -> module
    components: dict[str, Component]  # key -> component
    pipes: dict[str, tuple[str, str]]  # pipe name -> (rel, class name)
    injectables: dict[str, AngularClass]  # key -> class
    routes: list[Route]
    environment: dict[str, Any]
    main: str | None
    polyfills: list[str]  # angular.json's polyfills, run before main: project files (.ts/.js) and package names
    style_include_paths: list[str]  # stylePreprocessorOptions.includePaths: where Sass also looks for imports
    scripts: list[str]  # global scripts the PWA runs before the app (angular.json scripts, index.html), in order
    dependencies: frozenset[str]  # the packages package.json names (dependencies of every kind)
    diagnostics: Diagnostics
    root_component: Component | None = None  # the bootstrapped shell (AppComponent)
    # attribute names in the selectors of its libraries' directives, each with what those directives hear and emit,
    # and the names of its libraries' pipes (workspace/library_declarations.py)
    directive_attributes: dict[str, DirectiveInterface] = field(default_factory=dict)
    library_pipes: frozenset[str] = frozenset()
    # module → the guards written in its routes that its compiled code exports: (start, end) byte span → name
    inline_guards: dict[str, dict[tuple[int, int], str]] = field(default_factory=dict)
    _by_tag: dict[str, Component] | None = field(default=None, repr=False, compare=False)
    _icons: dict[str, str | None] | None = field(default=None, repr=False, compare=False)
    _sources: dict[tuple[str, str], tuple[AngularClass, str] | None] = field(default_factory=dict, repr=False,
                                                                              compare=False)
    _directives: list[tuple[str, str, list[tuple[str, frozenset[str]]]]] | None = field(default=None, repr=False,
                                                                                       compare=False)

    def component_by_selector(self, tag: str) -> Component | None:
        """The component an element of this tag is, if any: the one rule the route planner (which places child
        components) and the template compiler (which uses them) share. Any tag an element selector names
        (Angular does not require a dash: ``selector: 'fee'``), in any case."""
        if self._by_tag is None:  # built on first use: the components are complete once load() returns
            self._by_tag = {}
            for c in sorted(self.components.values(), key=lambda c: c.key):
                for name in _selector_tags(c.selector or ""):
                    self._by_tag.setdefault(name.lower(), c)
        return self._by_tag.get(tag.lower())

    def attribute_directives(self, tag: str, names: set[str]) -> list[tuple[str, str]]:
        """The app's attribute directives on an element of this tag with attributes (or bindings) of these names:
        (.ts path, class) of each whose selector (``[appX]``, ``ion-input[appY]``, alternatives by commas) matches."""
        if self._directives is None:
            self._directives = [(rel, cls.name, _attribute_selectors(cls.meta.get("selector")))
                                for rel, module in sorted(self.modules.items()) for cls in module.classes
                                if cls.kind == "directive"]
        tag = tag.lower()
        return [(rel, name) for rel, name, selectors in self._directives
                if any((not t or t == tag) and attrs <= names for t, attrs in selectors)]

    def registered_icons(self) -> dict[str, str | None]:
        """The icons the app registers for all its components (Ionic's addIcons registry is global): those its modules
        import from ionicons (their import names: ``caretBack`` → None), and the names addIcons gives an SVG of the
        app's (``addIcons({ 'low-beam': './assets/icon/low-beam.svg' })`` → that URL)."""
        if self._icons is None:
            self._icons = {}
            for module in self.modules.values():
                self._icons.update({b.name if b.name not in ("*", "default") else local: None
                                    for local, b in module.imports.items() if b.specifier.startswith("ionicons")})
                for call in _ADD_ICONS.findall(module.source.text):
                    self._icons.update(_NAMED_SVG.findall(call))
        return self._icons

    def host_events(self, rel: str, name: str) -> list[str]:
        """The events of its element the app's directive ``name`` of ``rel`` listens to: ``@HostListener('click')``,
        ``host: { '(click)': … }`` (not the window's or the document's)."""
        found = self._class_source(rel, name)
        if found is None:
            return []
        cls, text = found
        host = cls.meta.get("host")
        bound = [key[1:-1] for key in host if key.startswith("(") and key.endswith(")")] \
            if isinstance(host, dict) else []
        listened = re.findall(r"@HostListener\(\s*['\"]([\w-]+)['\"]", text)
        return list(dict.fromkeys(e for e in listened + bound if re.fullmatch(r"[\w-]+", e)))

    def host_bindings(self, rel: str, name: str) -> list[tuple[str, str]]:
        """(target, field) of the host bindings of the app's directive ``name`` of ``rel`` that read a field:
        ``@HostBinding('class.active') active``, ``host: { '[style.color]': 'color' }``."""
        found = self._class_source(rel, name)
        if found is None:
            return []
        cls, text = found
        host = cls.meta.get("host")
        bound = [(key[1:-1], value) for key, value in host.items() if key.startswith("[") and key.endswith("]")
                 and isinstance(value, str) and re.fullmatch(r"[\w$]+", value)] if isinstance(host, dict) else []
        decorated = re.findall(r"@HostBinding\(\s*['\"]([\w.-]+)['\"]\s*\)\s*(?:public\s+|readonly\s+|get\s+)*([\w$]+)",
                               text)
        return [*decorated, *bound]

    def outputs(self, rel: str, name: str) -> list[str]:
        """The public names of the outputs of the app's class ``name`` of ``rel``: ``@Output() saved``,
        ``@Output('alias')``, ``saved = output()``."""
        found = self._class_source(rel, name)
        if found is None:
            return []
        text = found[1]
        decorated = re.findall(r"@Output\(\s*(?:['\"]([\w$]+)['\"])?\s*\)\s*(?:public\s+|readonly\s+)*([\w$]+)", text)
        functions = re.findall(r"([\w$]+)\s*=\s*output(?:FromObservable)?\s*(?:<[^>]*>)?\(", text)
        return [alias or field for alias, field in decorated] + functions

    def _class_source(self, rel: str, name: str) -> tuple[AngularClass, str] | None:
        """The app's class ``name`` of ``rel`` and its source text (read once: every element a directive is on asks)."""
        if (rel, name) not in self._sources:
            module = self.modules.get(rel)
            cls = module.angular_class(name) if module is not None else None
            self._sources[(rel, name)] = None if module is None or cls is None else \
                (cls, module.source.node_text(cls.node))
        return self._sources[(rel, name)]

    def component_at(self, rel: str, name: str) -> Component | None:
        return self.components.get(f"{rel}#{name}")

    def path(self, rel: str) -> Path:
        return self.root / rel


_ADD_ICONS = re.compile(r"addIcons\(\s*\{([^}]*)\}")
_NAMED_SVG = re.compile(r"""['"]([\w-]+)['"]\s*:\s*['"]([^'"]+\.svg)['"]""")


def _attribute_selectors(selector: object) -> list[tuple[str, frozenset[str]]]:
    """A directive selector's alternatives that name attributes: (tag or '', the attributes' names)."""
    found = []
    for one in str(selector or "").split(",") if isinstance(selector, str) else []:
        m = re.fullmatch(r"\s*([\w-]*)((?:\[[^\]]+\])+)\s*", one)
        if m:
            found.append((m[1].lower(), frozenset(a.split("=")[0] for a in m[2][1:-1].split("]["))))
    return found


def _selector_tags(selector: str) -> list[str]:
    return [s.strip() for s in selector.split(",") if re.fullmatch(r"[a-zA-Z][\w-]*", s.strip())]
