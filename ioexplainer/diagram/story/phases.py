"""The built-in scenarios' phases in order, with durations in seconds (pure data)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Phase:
    """One named step of a scenario."""

    phase_id: str
    duration: float


BEFORE = (
    Phase("patrol", 5.0),
    Phase("display", 4.5),
    Phase("match", 4.5),
    Phase("brake", 5.0),
    Phase("hiding", 5.0),
    Phase("result", 5.0),
    Phase("recap", 6.0),  # "What changed": the whole story in one picture and one sentence
)
AFTER = (
    Phase("arrive", 4.5),
    Phase("block", 5.0),
    Phase("rematch", 4.5),
    Phase("attack", 5.5),
    Phase("expand", 5.0),
    Phase("outlook", 5.0),
    Phase("recap", 6.0),
)
