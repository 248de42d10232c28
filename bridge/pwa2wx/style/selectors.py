"""Selector rewrite: CSS selectors → selectors WXSS accepts, targeting the classes the template compiler emits.

WXSS has no attribute or universal selectors, component WXSS no tag or ID selectors, and wcsc rejects
escapes (a class that needs them is renamed: :func:`pwa2wx.template.ionic.class_name`), ``:is(a, b)``,
``::slotted()`` and some ``~`` combinators. docs/internals.md ("Class names") fixes what the template compiler
emits; the tables below say what every selector construct becomes for each role (``app`` = app.wxss,
``page``, ``component``), and :func:`rewrite` applies them to one selector list.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Literal

from pwa2wx.style.selector_syntax import (
    Drop,
    Issue,
    Simple,
    attr_parts,
    parse_complex,
    render,
    split,
)
from pwa2wx.style.values import serialize
from pwa2wx.template.ionic import class_name, look_class, tag_class

Role = Literal["app", "page", "component"]


# ---- the rewrite table ---------------------------------------------------------------------------

HOST: dict[str, str | None] = {"app": None, "page": "page", "component": ":host"}
"""What ``:host`` becomes (None: the rule is dropped with a diagnostic)."""

ROOT: dict[str, str | None] = {"app": "page", "page": "page", "component": None}
"""What ``:root``, ``html`` and ``body`` become."""

ROOT_ELEMENTS = frozenset({"html", "body"})

WXML_TAGS = ("view", "text", "image", "button", "input", "textarea", "navigator", "scroll-view", "swiper",
             "swiper-item", "picker", "switch", "slider", "checkbox", "radio", "label", "form", "rich-text",
             "icon", "progress", "movable-area", "movable-view")
"""What ``*`` becomes where tag selectors are allowed (app and page): every element WXML can emit."""

PSEUDO_ELEMENTS = frozenset({"before", "after", "placeholder", "selection", "first-line", "first-letter",
                             "marker", "backdrop"})

PSEUDO_FUNCTIONS_KEPT = frozenset({"nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type", "lang"})
PSEUDO_FUNCTIONS_EXPANDED = frozenset({"is", "where", "matches", "-webkit-any", "-moz-any"})
"""Written out as one selector per argument (wcsc rejects a comma inside them)."""

NOT_CONVERTED = {
    "slotted": "::slotted() styles projected content of a shadow root; WXSS has no equivalent",
    "part": "::part() styles a shadow part; WXSS has no equivalent",
    "host-context": ":host-context() depends on the component's ancestors, which WXSS cannot select",
    "has": ":has() is not supported by WeChat's renderers",
}


def static_truth(mode: str) -> dict[tuple[str, str], bool]:
    """Simple selectors whose truth is known at build time: Ionic's mode classes and the text direction."""
    return {
        ("class", "md"): mode == "md",
        ("class", "ios"): mode == "ios",
        ("attr", "dir=ltr"): True,
        ("attr", "dir=rtl"): False,
        ("pseudo", "dir(ltr)"): True,
        ("pseudo", "dir(rtl)"): False,
    }


# ---- result --------------------------------------------------------------------------------------


@dataclass
class Rewritten:
    selectors: list[str]  # empty: the rule goes
    issues: list[Issue] = field(default_factory=list)
    attributes: set[str] = field(default_factory=set)  # attribute names turned into look classes


@dataclass(frozen=True)
class _Compound:
    """One compound as written out: a head (WXML tag, ``page`` or ``:host…``), classes, then pseudo parts."""

    head: str = ""
    classes: tuple[str, ...] = ()
    pseudos: tuple[str, ...] = ()

    def merge(self, other: _Compound) -> _Compound | None:
        if self.head and other.head and self.head != other.head:
            return None
        return _Compound(self.head or other.head, _unique(self.classes + other.classes),
                         _unique(self.pseudos + other.pseudos))

    def parts(self) -> list[str]:
        """Its simple selectors, written out."""
        return [p for p in (self.head, *self.classes, *self.pseudos) if p]

    def text(self) -> str:
        if self.head.startswith(":host") and self.classes:  # wcsc takes no class after :host: `.a:host` → `:host(.a)`
            inner = self.head[len(":host("):-1] if self.head.startswith(":host(") else ""
            return f":host({inner}{''.join(self.classes)})" + "".join(self.pseudos)
        return self.head + "".join(self.classes) + "".join(self.pseudos)


def _unique(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))

ANY = _Compound()


def rewrite(prelude: list, role: Role, mode: str = "md") -> Rewritten:
    """Rewrite one selector list (tinycss2 prelude tokens) for ``role``."""
    result = Rewritten([])
    context = _Context(role, static_truth(mode), result)
    for tokens in split(prelude, ","):
        try:
            selectors = context.complex(tokens)
        except Drop as drop:
            if drop.issue:
                result.issues.append(drop.issue)
            continue
        for selector in selectors:
            if selector not in result.selectors:
                result.selectors.append(selector)
    return result


@dataclass
class _Context:
    role: Role
    static: dict[tuple[str, str], bool]
    result: Rewritten
    wide: bool = True  # `*` becomes every WXML element (else view and text)

    def complex(self, tokens: list) -> list[str]:
        """Every selector one complex selector becomes (several when ``*`` or ``:is()`` expand)."""
        parts = parse_complex(tokens)
        if self.role == "component" and any(c == "deep" for c, _ in parts):
            self.result.issues.append(Issue(
                "PWX204", "::ng-deep: component styles do not reach child components in a mini program; "
                "this rule applies inside this component only (move it to a global stylesheet to reach them)",
                "info"))
        alternatives: list[list[tuple[str, _Compound]]] = [[]]
        compounds = [[Simple("universal", "*"), *compound] if combinator in (">", "+", "~") and
                     _pseudo_only(compound) else compound  # `.a > :last-child`: wcsc wants a subject there
                     for combinator, compound in parts]
        # each `*` is every WXML element; two or more in one selector (Bootstrap's `.table > :not(caption) > * > *`)
        # would multiply into thousands of selectors: there each is the two elements views are made of
        self.wide = sum(1 for c in compounds if any(s.kind == "universal" for s in c)) <= 1
        for (combinator, _), compound in zip(parts, compounds, strict=True):
            options = self.compound(compound)
            alternatives = [alt + [(combinator, option)] for alt in alternatives for option in options]
        out = []
        for alt in alternatives:
            text = self._join(alt)
            if text is not None:
                out.append(text)
        return out

    def compound(self, simples: list[Simple]) -> list[_Compound]:
        """Every way to write one compound (``ANY``: no constraint left)."""
        subject = any(s.kind in ("tag", "class", "id", "attr") or s.name.lower() in ("host", "root")
                      for s in simples)
        alternatives = [ANY]
        for simple in simples:
            options = self._simple(simple, subject)
            alternatives = [m for a in alternatives for o in options if (m := a.merge(o)) is not None]
        for alt in alternatives:
            if alt.head == "page" and alt.classes:
                raise Drop(Issue("PWX202", f"'{render(simples)}': the page root element carries no classes "
                                            "in a mini program"))
        if not alternatives:
            raise Drop()
        return alternatives

    def _simple(self, simple: Simple, subject: bool) -> list[_Compound]:
        kind, name = simple.kind, simple.name
        key = (kind, _static_key(simple))
        if key in self.static:
            if not self.static[key]:
                raise Drop()
            return [ANY]
        if kind == "tag":
            if name.lower() in ROOT_ELEMENTS:
                return [_Compound(self._root(name))]
            return [_Compound(classes=("." + tag_class(name),))]
        if kind == "universal":
            return [ANY] if subject else [_Compound(tag) for tag in self._universal()]
        if kind == "class":
            return [_Compound(classes=("." + class_name(name),))]
        if kind == "id":
            return [_Compound(classes=("." + class_name("id-" + name),))]
        if kind == "attr":
            return [self._attribute(simple)]
        if kind == "pseudo":
            return self._pseudo(simple)
        return [_Compound(pseudos=(self._element(simple),))]

    def _root(self, name: str) -> str:
        target = ROOT[self.role]
        if target is None:
            raise Drop(Issue("PWX202", f"'{name}' in a component stylesheet never matches (as under Angular's "
                                        "emulated encapsulation)"))
        return target

    def _universal(self) -> tuple[str, ...]:
        if self.role == "component":
            raise Drop(Issue("PWX202", "'*' needs tag selectors, which component WXSS rejects"))
        return WXML_TAGS if self.wide else ("view", "text")

    def _attribute(self, simple: Simple) -> _Compound:
        name, op, value, flags = attr_parts(simple)
        if name.startswith(("_ngcontent-", "_nghost-")):
            return ANY
        if op not in ("", "=") or flags or not name:
            raise Drop(Issue("PWX202", f"attribute selector [{serialize(simple.args or []).strip()}] "
                                        "has no class equivalent; only [name] and [name=value] map onto classes"))
        self.result.attributes.add(name.lower())
        return _Compound(classes=("." + look_class(name, value if op else None),))

    def _pseudo(self, simple: Simple) -> list[_Compound]:
        name = simple.name.lower()
        if name == "root":
            return [_Compound(self._root(":root"))]
        if name == "host":
            return self._host(simple)
        if name == "host-context":
            truth = self._static_selector(simple.args)
            if truth is False:
                raise Drop()
            if truth:
                return self._host(Simple("pseudo", "host"))
        args = serialize(simple.args or []).strip()
        if name in NOT_CONVERTED:
            raise Drop(Issue("PWX202", f"{NOT_CONVERTED[name]}: ':{name}({args})'"))
        if simple.args is None:
            return [_Compound(pseudos=(":" + name,))]
        if name in PSEUDO_FUNCTIONS_KEPT:
            if re.search(r"\bof\b", args):
                raise Drop(Issue("PWX202", f"':{name}({args})': the 'of S' form is not supported by wcsc"))
            return [_Compound(pseudos=(f":{name}({args})",))]
        if name == "not":
            # wcsc takes one simple selector in :not(); not (A and B) is (not A) or (not B): one selector each
            choices = [[f":not({part})" for part in alt.parts()] for alt in self._not(simple.args)]
            return [_Compound(pseudos=combination) for combination in itertools.product(*choices)]
        if name in PSEUDO_FUNCTIONS_EXPANDED:
            return self._selector_list(simple.args, f":{name}({args})")
        raise Drop(Issue("PWX202", f"':{name}({args})' is not supported in WXSS"))

    def _host(self, simple: Simple) -> list[_Compound]:
        target = HOST[self.role]
        if target is None:
            raise Drop(Issue("PWX202", "':host' in a global stylesheet matches nothing"))
        if simple.args is None:
            return [_Compound(target)]
        truth = self._static_selector(simple.args)
        if truth is not None:
            if not truth:
                raise Drop()
            return [_Compound(target)]
        args = serialize(simple.args).strip()
        if self.role == "page":
            raise Drop(Issue("PWX202", f"':host({args})': the page root element carries no classes "
                                        "in a mini program"))
        inner = self._selector_list(simple.args, f":host({args})")
        return [_Compound(f":host({alt.text()})") for alt in inner]

    def _not(self, args: list) -> list[_Compound]:
        out = []
        for tokens in split(args, ","):
            try:
                options = self._single_compound(tokens, ":not()")
            except Drop as drop:
                if drop.issue:
                    raise
                continue  # :not(never) always holds
            if ANY in options:
                raise Drop()  # :not(anything) never holds
            out.extend(options)
        return out

    def _selector_list(self, args: list, where: str) -> list[_Compound]:
        out = []
        for tokens in split(args, ","):
            try:
                out.extend(self._single_compound(tokens, where))
            except Drop as drop:
                if drop.issue:
                    raise
        if not out:
            raise Drop()
        return out

    def _single_compound(self, tokens: list, where: str) -> list[_Compound]:
        parts = parse_complex(tokens)
        if len(parts) != 1:
            raise Drop(Issue("PWX202", f"'{where}' with combinators is not supported in WXSS"))
        return self.compound(parts[0][1])

    def _static_selector(self, args: list | None) -> bool | None:
        """Truth of a selector made only of build-time-known parts (``.md``, ``[dir=rtl]``), else None."""
        parts = parse_complex(args or [])
        if len(parts) != 1:
            return None
        keys = [(s.kind, _static_key(s)) for s in parts[0][1]]
        if not keys or any(k not in self.static for k in keys):
            return None
        return all(self.static[k] for k in keys)

    def _element(self, simple: Simple) -> str:
        name = simple.name.lower()
        if name in NOT_CONVERTED:
            raise Drop(Issue("PWX202", NOT_CONVERTED[name]))
        if simple.args is None and (name in PSEUDO_ELEMENTS or name.startswith(("-webkit-", "-moz-"))):
            return (":" if simple.legacy else "::") + name
        raise Drop(Issue("PWX202", f"'::{name}{'()' if simple.args is not None else ''}' is not supported "
                                    "in WXSS"))

    def _join(self, parts: list[tuple[str, _Compound]]) -> str | None:
        """Write one complex selector: drop unconstrained compounds, merge repeated page roots, check wcsc's rules."""
        kept: list[tuple[str, _Compound]] = []
        for combinator, compound in parts:
            if compound == ANY or (kept and compound.head == "page" == kept[-1][1].head):
                continue
            kept.append((" " if combinator == "deep" or not kept else combinator, compound))
        if not kept:
            return HOST[self.role] or ROOT[self.role]
        if parts[-1][1] == ANY and len(parts) > 1:
            self.result.issues.append(Issue(
                "PWX204", "a selector ending in a build-time class ('.md', '.ios') now applies to that "
                          "element's ancestor part", "info"))
        text = ""
        for index, (combinator, compound) in enumerate(kept):
            written = compound.text()
            if self.role == "component" and not (compound.head.startswith(":host") or compound.classes):
                self.result.issues.append(Issue("PWX202", f"'{written}' selects by tag or pseudo-class only, "
                                                          "which component WXSS rejects"))
                return None
            if index:
                if combinator == "~" and not _sibling_ok(kept[:index]):
                    self.result.issues.append(Issue("PWX202", "wcsc cannot parse '~' after another combinator, "
                                                              "a pseudo-class or an ID"))
                    return None
                text += " " if combinator == " " else f" {combinator} "
            text += written
        return text


def _pseudo_only(compound: list[Simple]) -> bool:
    return all(s.kind in ("pseudo", "element") and s.name.lower() not in ("host", "root") for s in compound)


def _sibling_ok(before: list[tuple[str, _Compound]]) -> bool:
    """wcsc parses ``a ~ b`` only after descendant combinators and a compound without pseudo parts."""
    return all(c == " " for c, _ in before[1:]) and not before[-1][1].pseudos


def _static_key(simple: Simple) -> str:
    if simple.kind == "attr":
        name, op, value, _ = attr_parts(simple)
        return f"{name.lower()}={value}" if op == "=" else name.lower()
    if simple.kind == "pseudo" and simple.args is not None:
        return f"{simple.name.lower()}({serialize(simple.args).strip()})"
    return simple.name
