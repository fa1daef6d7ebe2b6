"""Idle detection: after `timeout` seconds without input, warn with a countdown, then expire."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.KeyPress, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.TabletPress,
})


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


class IdleWatcher(QObject):
    """Watches every input event in the application; checks the clock once a second while armed."""

    warning = Signal(int)  # seconds left; emitted every check during the countdown
    expired = Signal()
    resumed = Signal()  # input arrived during the countdown

    def __init__(self, timeout: float, countdown: float, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.state = IdleClock(timeout, countdown, clock())
        self._phase = Phase.ACTIVE
        self.armed = True
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.poke()
        return False

    def poke(self) -> None:
        """Someone is here: start the idle time again (and end a countdown)."""
        self.state.last_input = self._clock()
        if self._phase is Phase.WARNING:
            self._phase = Phase.ACTIVE
            self.resumed.emit()

    def set_armed(self, armed: bool) -> None:
        """Disarmed (attract screen showing): nothing to count down from."""
        self.armed = armed
        self.state.last_input = self._clock()
        self._phase = Phase.ACTIVE

    def check(self) -> None:
        if not self.armed:
            return
        now = self._clock()
        phase = self.state.phase(now)
        if phase is Phase.WARNING:
            self._phase = phase
            self.warning.emit(self.state.seconds_left(now))
        elif phase is Phase.EXPIRED and self._phase is not Phase.EXPIRED:
            self._phase = Phase.EXPIRED
            self.armed = False
            self.expired.emit()
