"""Compile-time state shared by the compiler modules: scopes, symbols, where an element is compiled
(:class:`Env`), the handlers being built, and the JS text being written.

A *scope* is one level of the view model: the page root, or one item of a ``@for``/``*ngFor`` list.
Values computed inside a loop are stored on that loop's item (``$1.v3``, read in WXML as ``x1.v3``);
template variables live on a runtime scope object (``s1.session``) that the render function records per
loop item, so an event handler finds the real objects again from ``data-p``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from pwa2wx.template.attrs import Binding
from pwa2wx.template.expression import ast as A
from pwa2wx.template.nodes import Element


@dataclass
class Sym:
    """A template variable. ``code`` reads it in JS, ``{s}`` standing for the scope object's variable."""

    code: str
    kind: str = "var"  # var | let | ref | template
    node: Element | None = None  # template: the <ng-template>
    lets: dict[str, str] = field(default_factory=dict)  # template: local name -> context key


@dataclass
class Scope:
    vm: str = "$0"  # JS variable of the view-model object values are written to
    s: str = "s0"  # JS variable of the runtime scope object
    wx: str = ""  # WXML prefix of view-model paths ("x1.")
    path: str = ""  # WXML data-p value ("l0.{{i1}}")
    depth: int = 0
    names: dict[str, Sym] = field(default_factory=dict)

    def child(self, **changes) -> Scope:
        """A scope sharing this one's level, with its own (copied) name table."""
        return replace(self, names=dict(self.names), **changes)

    def read(self, sym: Sym, s: str | None = None) -> str:
        return self.fill(sym.code, s)

    def fill(self, code: str, s: str | None = None) -> str:
        """``code`` with ``{s}`` replaced by this scope's variable (or ``s``)."""
        return code.replace("{s}", s or self.s)


class Fn:
    """Temporaries of one generated JS function (declared at its top)."""

    def __init__(self) -> None:
        self.temps: list[str] = []

    def temp(self) -> str:
        name = f"$t{len(self.temps)}"
        self.temps.append(name)
        return name

    def declaration(self) -> str:
        return f"var {', '.join(self.temps)};" if self.temps else ""


class Writer:
    """Lines of the render function body, with block indentation."""

    def __init__(self, indent: int = 1) -> None:
        self.lines: list[str] = []
        self.indent = indent

    def line(self, code: str) -> None:
        self.lines.append("  " * self.indent + code)

    def open(self, code: str) -> None:
        self.line(code)
        self.indent += 1

    def close(self, code: str = "}") -> None:
        self.indent -= 1
        self.line(code)

    def middle(self, code: str) -> None:
        """A line that closes one block and opens the next (``} else {``)."""
        self.close(code)
        self.indent += 1

    def text(self) -> str:
        """The body, without the empty ``if`` blocks branches with no dynamic content leave."""
        lines = self.lines
        while True:
            out: list[str] = []
            for line in lines:
                code = line.strip()
                last = out[-1].strip() if out else ""
                if code == "}" and last.startswith("if (") and last.endswith("{"):
                    out.pop()
                elif code == "}" and last == "} else {":
                    out[-1] = out[-1].replace("} else {", "}")
                else:
                    out.append(line)
            if len(out) == len(lines):
                return "\n".join(out)
            lines = out


@dataclass(frozen=True)
class Env:
    """Where an element is being compiled."""

    scope: Scope
    form: Form | None = None  # the enclosing <form>
    group: Group | None = None  # the enclosing ion-segment / ion-radio-group
    overlay: bool = False  # inside an inline ion-modal / ion-popover: a bare <ng-template> renders in place
    slots: tuple[tuple[str, str], ...] = ()  # children of a custom component: (ng-content select, slot name)
    preserve_ws: bool = False
    switch: Switch | None = None  # the nearest [ngSwitch]: its cases may be any descendant, as in Angular
    virtual_items: A.AST | None = None  # the nearest ion-virtual-scroll's [items]: what its *virtualItem repeats
    # what ancestors listen to of the events Ionic's controls inside them dispatch, which bubble ((ionChange) on an
    # ion-item around an ion-select): (event, statement), the nearest ancestor's first
    bubbling: tuple[tuple[str, A.AST], ...] = ()
    accordion: Accordion | None = None  # the nearest ion-accordion-group, and ion-accordion in it


@dataclass(frozen=True)
class Accordion:
    """An ion-accordion-group (``key``, ``multiple``, JS reading its ``value``) and the site of the ion-accordion in
    it whose ``slot="header"`` element toggles it (chrome.accordion)."""

    key: str
    value: str
    multiple: bool
    site: str | None = None


@dataclass(frozen=True)
class Switch:
    subject: str  # JS reading the [ngSwitch] value (a render temporary)
    unmatched: str  # JS: true when no *ngSwitchCase of this switch matches (where *ngSwitchDefault shows)


@dataclass(frozen=True)
class Form:
    submit: tuple[A.AST, ...]  # (ngSubmit) statements
    ref: str | None  # JS reading the NgForm reference, "{s}" for the scope
    group: A.AST | None = None  # [formGroup] (reactive forms): formControlName reads group.get(name)


@dataclass(frozen=True)
class Group:
    kind: str  # segment | radio
    value: str  # JS (with "{s}") reading the group's current value
    options: str = ""  # radio: JS array of the radios' values, indexed by the radio's WXML value
    model: A.AST | None = None
    events: tuple[A.AST, ...] = ()


@dataclass(frozen=True)
class Helper:
    """A call of view.js's ``h.<name>`` (see :mod:`.helpers`): arguments are JS text, or ASTs of the handler."""

    name: str
    args: tuple[str | A.AST, ...]


@dataclass(frozen=True)
class Navigate:
    """routerLink's navigation: to a static URL or the bound commands, with its extras (queryParams …) and
    routerDirection."""

    target: str | Binding
    extras: tuple[tuple[str, Binding | str | None], ...]  # (name, bound value or static text)
    direction: str | None


@dataclass(frozen=True)
class WithEvent:
    """An action whose ``$event`` is the JS ``event``, as ``(ngModelChange)`` sees the new value."""

    action: A.AST
    event: str


@dataclass(frozen=True)
class TwoWay:
    """``[(x)]="target"``'s write-back: ``target.set($event)`` for a writable signal, else ``target = $event``
    (Angular's ɵɵtwoWayBindingSet)."""

    target: A.AST


Item = A.AST | Helper | Navigate | WithEvent | TwoWay  # an action AST: the user's statement, run as written


@dataclass
class Handler:
    """The statements one element runs per WeChat event."""

    by_event: dict[str, list[Item]] = field(default_factory=dict)
    adapters: dict[str, tuple[str | A.AST, ...]] = field(default_factory=dict)  # wx event -> h.event's other args
    guard: A.AST | None = None  # skip when true (disabled)
    catch: set[str] = field(default_factory=set)
    custom: bool = False  # custom component events: bind:x, $event is e.detail
    taken: set[str] = field(default_factory=set)  # (events) another part handles: the outputs of its directives

    def add(self, event: str, item: Item) -> None:
        self.by_event.setdefault(event, []).append(item)
