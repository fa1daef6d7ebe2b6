"""Keyframe tracks and easing for the diagram's story (pure Python, no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise


def clamp01(value: float) -> float:
    return 0.0 if value < 0.0 else 1.0 if value > 1.0 else value


def smooth(value: float) -> float:
    """Ease in and out (smoothstep) on 0..1: calm starts and stops, no sudden jumps."""
    x = clamp01(value)
    return x * x * (3.0 - 2.0 * x)


def ramp(t: float, start: float, end: float) -> float:
    """0 before `start`, 1 after `end`, eased in between."""
    if end <= start:
        return 1.0 if t >= end else 0.0
    return smooth((t - start) / (end - start))


def fade_in(progress: float) -> float:
    """Labels appear gently over the first eighth of their phase."""
    return smooth(progress / 0.12)


def lerp(a: float, b: float, f: float) -> float:
    return a + (b - a) * f


@dataclass(frozen=True)
class Key:
    """Where something is at time `t` (seconds into the scenario)."""

    t: float
    x: float
    y: float


def position(keys: Sequence[Key], t: float) -> tuple[float, float]:
    """Eased position along keyframes; holds the first/last key outside their range."""
    if t <= keys[0].t:
        return keys[0].x, keys[0].y
    for a, b in pairwise(keys):
        if t <= b.t:
            f = ramp(t, a.t, b.t)
            return lerp(a.x, b.x, f), lerp(a.y, b.y, f)
    return keys[-1].x, keys[-1].y
