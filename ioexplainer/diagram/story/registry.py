"""The one list of diagram scenarios and comparisons: a new scenario is one story module, registered here.

A scenario is its phases (ids and durations) plus a pure `frame(t, phase_index, progress)` function;
a comparison ("side by side") is a pair of registered scenarios shown in lock step. Everything else
(the player, captions, painter, render, content checks) asks the registry and names no scenario.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ioexplainer.diagram.story.phases import Phase

if TYPE_CHECKING:
    from ioexplainer.diagram.story.model import Frame

FrameFunction = Callable[[float, int, float], "Frame"]  # (t in seconds, phase index, progress 0..1) -> Frame


@dataclass(frozen=True)
class Scenario:
    """One story: its steps in order and the function that says what is on screen at any moment."""

    name: str
    phases: tuple[Phase, ...]
    frame_function: FrameFunction | str  # a function, or "package.module:function" imported when first needed

    def frame(self, t: float, index: int, progress: float) -> Frame:
        """What is on screen at t seconds (step `index`, `progress` 0..1 through it)."""
        function = self.frame_function
        if isinstance(function, str):  # the story modules are imported when the diagram first draws
            module, name = function.split(":")
            function = getattr(importlib.import_module(module), name)
            object.__setattr__(self, "frame_function", function)
        return function(t, index, progress)

    @property
    def phase_ids(self) -> tuple[str, ...]:
        return tuple(p.phase_id for p in self.phases)


@dataclass(frozen=True)
class Comparison:
    """Two scenarios side by side; step i of one is shown with step i of the other."""

    name: str
    left: str
    right: str
    opens_at: int = 0  # the step shown first: a matched moment that tells the difference at a glance


class Registry:
    """Scenarios and comparisons by name, in the order they were registered (the order of the buttons)."""

    def __init__(self) -> None:
        self._scenarios: dict[str, Scenario] = {}
        self._comparisons: dict[str, Comparison] = {}

    def add(self, scenario: Scenario) -> Scenario:
        if not scenario.phases:
            raise ValueError(f"scenario {scenario.name!r} has no phases")
        self._check_free(scenario.name)
        self._scenarios[scenario.name] = scenario
        return scenario

    def add_comparison(self, comparison: Comparison) -> Comparison:
        self._check_free(comparison.name)
        left, right = self.scenario(comparison.left), self.scenario(comparison.right)
        if len(left.phases) != len(right.phases):
            raise ValueError(f"{comparison.name!r}: {left.name} and {right.name} need the same number of steps")
        self._comparisons[comparison.name] = comparison
        return comparison

    def remove(self, name: str) -> None:
        """Forget a scenario or comparison (and every comparison that uses the scenario)."""
        self._scenarios.pop(name, None)
        self._comparisons.pop(name, None)
        for key in [k for k, c in self._comparisons.items() if name in (c.left, c.right)]:
            del self._comparisons[key]

    def _check_free(self, name: str) -> None:
        if name in self._scenarios or name in self._comparisons:
            raise ValueError(f"a scenario or comparison called {name!r} is already registered")

    # -- reading ------------------------------------------------------------------------------------
    def scenario(self, name: str) -> Scenario:
        try:
            return self._scenarios[name]
        except KeyError:
            raise ValueError(f"unknown scenario {name!r}; use one of {', '.join(self.modes())}") from None

    def comparison(self, name: str) -> Comparison | None:
        return self._comparisons.get(name)

    def scenario_names(self) -> tuple[str, ...]:
        return tuple(self._scenarios)

    def modes(self) -> tuple[str, ...]:
        """Every name the player can show: scenarios first, then comparisons."""
        return (*self._scenarios, *self._comparisons)

    def parts(self, mode: str) -> tuple[str, ...]:
        """The scenarios a mode shows: itself, or the two halves of a comparison."""
        comparison = self._comparisons.get(mode)
        if comparison is not None:
            return comparison.left, comparison.right
        return (self.scenario(mode).name,)

    def phase_ids(self) -> dict[str, tuple[str, ...]]:
        """Scenario name -> its phase ids in order (what a content pack must caption)."""
        return {name: s.phase_ids for name, s in self._scenarios.items()}


def _builtin() -> Registry:
    from ioexplainer.diagram.story.phases import AFTER, BEFORE

    registry = Registry()
    registry.add(Scenario("before", BEFORE, "ioexplainer.diagram.story.before:frame"))
    registry.add(Scenario("after", AFTER, "ioexplainer.diagram.story.after:frame"))
    # Opens on the brake against the attack: T cell switched off beside T cell attacking.
    registry.add_comparison(Comparison("side-by-side", "before", "after", opens_at=3))
    return registry


REGISTRY = _builtin()
