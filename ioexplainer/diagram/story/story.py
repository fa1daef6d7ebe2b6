"""The diagram's timelines and frame_at(mode, t) for any registered scenario or comparison (pure)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ioexplainer.diagram.story.camera import camera_at
from ioexplainer.diagram.story.model import Frame
from ioexplainer.diagram.story.registry import REGISTRY


@dataclass(frozen=True)
class Timeline:
    """Phase boundaries of one mode. A comparison uses the longer duration of each pair of phases, so both
    halves show the same step at the same moment (lock step)."""

    mode: str
    durations: tuple[float, ...]

    @classmethod
    def of(cls, mode: str) -> Timeline:
        parts = [REGISTRY.scenario(name).phases for name in REGISTRY.parts(mode)]
        return cls(mode, tuple(max(p.duration for p in step) for step in zip(*parts, strict=True)))

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
    """The frame of one scenario at t seconds (clamped to the scenario's length), seen through its camera."""
    timeline = Timeline.of(scenario)
    t = max(0.0, min(t, timeline.total))
    index, progress = timeline.locate(t)
    story = REGISTRY.scenario(scenario)
    frame = story.frame(t, index, progress)
    camera = camera_at(scenario, story.phase_ids, index, t - timeline.start_of(index))
    return replace(frame, camera_x=camera.x, camera_y=camera.y, zoom=camera.zoom, region=camera.region)


def frames_at(mode: str, t: float) -> tuple[Frame, ...]:
    """One frame for a scenario, or one per half of a comparison in lock step (same phase and progress)."""
    parts = REGISTRY.parts(mode)
    if REGISTRY.comparison(mode) is None:
        return (frame_at(mode, t),)
    index, progress = Timeline.of(mode).locate(t)
    return tuple(frame_at(name, _time_in(name, index, progress)) for name in parts)


def is_comparison(mode: str) -> bool:
    return REGISTRY.comparison(mode) is not None


def _time_in(scenario: str, index: int, progress: float) -> float:
    phases = REGISTRY.scenario(scenario).phases
    return sum(p.duration for p in phases[:index]) + phases[index].duration * progress


def still_time(mode: str, index: int) -> float:
    """The moment that best shows a phase as a still picture (reduced motion): three quarters in."""
    timeline = Timeline.of(mode)
    return timeline.start_of(index) + timeline.durations[index] * 0.75


def phase_id_at(mode: str, index: int) -> str:
    """The id of step `index` of a mode (for a comparison, of its first half)."""
    return REGISTRY.scenario(REGISTRY.parts(mode)[0]).phases[index].phase_id
