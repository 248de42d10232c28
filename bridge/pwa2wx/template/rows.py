"""The type of one row of the Ionic/HTML → WeChat table in :mod:`.ionic`.

Apart from the table so that the functions a row names as its ``kind`` (in :mod:`.shapes`, :mod:`.forms`,
:mod:`.options`, :mod:`.chrome`), which the table imports, can build rows themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from pwa2wx.template.attrs import Attrs
    from pwa2wx.template.compiler import ViewCompiler
    from pwa2wx.template.nodes import Element
    from pwa2wx.template.scope import Env
    from pwa2wx.template.wxml import Wx

class Prop(NamedTuple):
    """An input that becomes a WXML attribute of the emitted (native) element."""

    attr: str
    conv: str = "str"  # str | bool | num | url | raw: how the value is converted in the render function


@dataclass(frozen=True)
class Model:
    """How ``[(ngModel)]`` binds: the WXML attribute shown, the WeChat event that reports a change, and
    where the new value is on the event after ``h.event(e, adapter)`` has given it Ionic's shape."""

    prop: str
    event: str
    read: str = "detail.value"
    adapter: str = ""


Kind = Callable[["ViewCompiler", "Element", "Attrs", "Tag", "Env"], "list[Wx | str]"]
"""Builds the WXML of an element whose shape is more than one element with its bindings (see ``Tag.kind``)."""


@dataclass(frozen=True)
class Tag:
    """One row: what an Angular/Ionic/HTML tag becomes."""

    wx: str = "view"  # the WXML element
    kind: Kind | None = None  # None: one element with the common bindings; else the function building the shape
    props: dict[str, Prop] = field(default_factory=dict)
    events: dict[str, str] = field(default_factory=dict)  # Angular output -> WeChat event
    model: Model | None = None
    statics: tuple[tuple[str, str], ...] = ()  # fixed WXML attributes
    adapter: str = ""  # h.event kind applied to every event of this element
    note: str = ""  # why the conversion is approximate (reported as PWX105)
    consumes: frozenset[str] = frozenset()  # attributes and events the kind's shape reads itself
