"""The diagram's story: scenarios, their timelines, and frame_at(scenario, t) (pure, deterministic)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ioexplainer.diagram.story import after, before
from ioexplainer.diagram.story.model import Frame
from ioexplainer.diagram.story.phases import SCENARIOS, Phase

SIDE_BY_SIDE = "side-by-side"
SCENARIO_NAMES = ("before", "after")
MODES = (*SCENARIO_NAMES, SIDE_BY_SIDE)
_SCRIPTS: dict[str, Callable[[float, int, float], Frame]] = {"before": before.frame, "after": after.frame}


@dataclass(frozen=True)
class Timeline:
    """Phase boundaries of one mode. Side by side uses the longer duration of each phase, so both
    scenarios show the same step at the same moment (lock step)."""

    mode: str
    durations: tuple[float, ...]

    @classmethod
    def of(cls, mode: str) -> Timeline:
        if mode == SIDE_BY_SIDE:
            pairs = zip(SCENARIOS["before"], SCENARIOS["after"], strict=True)
            return cls(mode, tuple(max(a.duration, b.duration) for a, b in pairs))
        if mode not in SCENARIOS:
            raise ValueError(f"unknown scenario {mode!r}; use one of {', '.join(MODES)}")
        return cls(mode, tuple(p.duration for p in SCENARIOS[mode]))

    @property
    def total(self) -> float:
        return sum(self.durations)

    @property
    def phase_count(self) -> int:
        return len(self.durations)

    def start_of(self, index: int) -> float:
        return sum(self.durations[:max(0, min(index, self.phase_count))])

    def locate(self, t: float) -> tuple[int, float]:
        """(phase index, progress 0..1 through it) at time t, clamped to the timeline."""
        t = max(0.0, min(t, self.total))
        start = 0.0
        for index, duration in enumerate(self.durations):
            if t < start + duration or index == self.phase_count - 1:
                return index, min(1.0, (t - start) / duration)
            start += duration
        return self.phase_count - 1, 1.0


def frame_at(scenario: str, t: float) -> Frame:
    """The frame of `before` or `after` at t seconds (clamped to the scenario's length)."""
    timeline = Timeline.of(scenario)
    t = max(0.0, min(t, timeline.total))
    index, progress = timeline.locate(t)
    return _SCRIPTS[scenario](t, index, progress)


def frames_at(mode: str, t: float) -> tuple[Frame, ...]:
    """One frame for a single scenario, or two in lock step (same phase and progress) side by side."""
    if mode != SIDE_BY_SIDE:
        return (frame_at(mode, t),)
    index, progress = Timeline.of(mode).locate(t)
    return tuple(frame_at(name, _time_in(name, index, progress)) for name in SCENARIO_NAMES)


def _time_in(scenario: str, index: int, progress: float) -> float:
    phases: tuple[Phase, ...] = SCENARIOS[scenario]
    return sum(p.duration for p in phases[:index]) + phases[index].duration * progress


def still_time(mode: str, index: int) -> float:
    """The moment that best shows a phase as a still picture (reduced motion): three quarters in."""
    timeline = Timeline.of(mode)
    return timeline.start_of(index) + timeline.durations[index] * 0.75
