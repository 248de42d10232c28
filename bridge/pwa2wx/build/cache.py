"""Stage outputs kept from one build to the next, so a rebuild redoes only what its inputs changed.

A *unit* is one piece of stage work: one template, the style stage, one TypeScript module, the npm packing.
It is stored under a key made of everything it reads (its source text and the project facts it depends
on), together with the diagnostics it reported and the *questions* it asked the rest of the build while it
ran ("what is the require path of './x'?", "where is icon 'star'?"). A later build reuses a unit when its
key is equal and asking the same questions again gets the same answers. Asking again also replays what
answering did the first time (the npm packer registers an entry, an icon is copied into the output), so a
build served from the cache equals a build from scratch, byte for byte.

Two rules keep that true, for whoever adds a unit: the key holds every input the unit reads, and the
questions a unit asks follow from its key alone (so replaying them does nothing a recompile would not do).

Watch mode keeps one cache for its whole session; ``convert`` uses one for its two passes when
subpackages are needed. Entries a build did not use are dropped after it (:meth:`BuildCache.sweep`).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from pwa2wx.diagnostics import Diagnostic, Diagnostics

Answerers = dict[str, Callable[..., Any]]
"""The functions a unit may ask questions of, by name."""

Adapt = Callable[["Unit", list[Any]], "Unit | None"]
"""Turns a stored unit into the one new answers to its questions give, or None (compile it again)."""


@dataclass
class Unit:
    """A unit's output, the diagnostics it reported and the questions it asked (name, arguments, answer)."""

    value: Any
    diagnostics: list[Diagnostic] = field(default_factory=list)
    questions: list[tuple[str, tuple, Any]] = field(default_factory=list)


class Recorder:
    """Wraps a unit's answerers so every question and answer is written down, and collects its diagnostics."""

    def __init__(self, answerers: Answerers):
        self.diagnostics = Diagnostics()
        self.questions: list[tuple[str, tuple, Any]] = []
        self._answerers = answerers

    def ask(self, name: str) -> Callable[..., Any]:
        answer = self._answerers[name]

        def asked(*args: Any) -> Any:
            result = answer(*args)
            self.questions.append((name, args, result))
            return result

        return asked

    def unit(self, value: Any) -> Unit:
        return Unit(value, list(self.diagnostics.items), self.questions)


def replay(unit: Unit, answerers: Answerers) -> bool:
    """Ask the unit's questions again (repeating their effects); whether every answer is still the same."""
    return all(answerers[name](*args) == answer for name, args, answer in unit.questions)


class BuildCache:
    """Units by key, across builds."""

    def __init__(self) -> None:
        self._units: dict[Hashable, Unit] = {}
        self._used: set[Hashable] = set()
        self._derived: dict[Callable, tuple[tuple, Any]] = {}
        self.hits = 0
        self.misses = 0

    def lookup(self, key: Hashable, answerers: Answerers, adapt: Adapt | None = None) -> Unit | None:
        """The stored unit for ``key`` if asking its questions again gets the same answers, else None.

        When some answers changed, ``adapt(unit, answers)`` may still make the unit those answers would
        have given (a module whose require paths changed: only the paths are rewritten).
        """
        unit = self._units.get(key)
        if unit is not None:
            answers = [answerers[name](*args) for name, args, _ in unit.questions]
            if any(new != old for new, (_, _, old) in zip(answers, unit.questions, strict=True)):
                unit = adapt(unit, answers) if adapt is not None else None
        if unit is None:
            self.misses += 1
            return None
        self._units[key] = unit
        self._used.add(key)
        self.hits += 1
        return unit

    def has(self, key: Hashable) -> bool:
        """Whether a unit is stored for ``key`` (for units that ask no questions)."""
        return key in self._units

    def store(self, key: Hashable, unit: Unit) -> None:
        self._units[key] = unit
        self._used.add(key)

    def derived(self, compute: Callable[..., Any], *sources: object) -> Any:
        """``compute(*sources)``, computed again only when a source is a new object (a reloaded project)."""
        held = self._derived.get(compute)
        if held is None or len(held[0]) != len(sources) or \
                any(a is not b for a, b in zip(held[0], sources, strict=True)):
            held = self._derived[compute] = (sources, compute(*sources))
        return held[1]

    def sweep(self) -> None:
        """Forget the units the last build did not use (their inputs changed), keeping memory to one build."""
        self._units = {k: u for k, u in self._units.items() if k in self._used}
        self._used = set()
