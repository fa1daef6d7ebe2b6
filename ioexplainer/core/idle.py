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

    def next_check(self, now: float) -> float:
        """Seconds until the clock should be looked at again: at most one, and during the countdown just as
        a whole second of it ends, so the count shown and spoken is the true one (10, 9, 8, not 9.4 shown
        as 9 from the start)."""
        left = self.timeout + self.countdown - (now - self.last_input)
        until_warning = left - self.countdown
        if until_warning > 0:
            return min(1.0, until_warning)
        return (left % 1.0) or 1.0
