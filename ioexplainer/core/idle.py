"""Pure idle logic: after `timeout` seconds without input, a countdown, then the visit has expired."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Phase(Enum):
    ACTIVE = "active"
    WARNING = "warning"
    EXPIRED = "expired"


@dataclass
class IdleClock:
    """Pure idle logic: where we are, given the last input and the time now."""

    timeout: float
    countdown: float
    last_input: float = 0.0

    def phase(self, now: float) -> Phase:
        idle = now - self.last_input
        if idle < self.timeout:
            return Phase.ACTIVE
        return Phase.WARNING if idle < self.timeout + self.countdown else Phase.EXPIRED

    def seconds_left(self, now: float) -> int:
        """Whole seconds of the countdown still to go (rounded up)."""
        left = self.timeout + self.countdown - (now - self.last_input)
        return max(0, int(-(-left // 1)))
