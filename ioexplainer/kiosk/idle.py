"""Idle detection in Qt: input events poke the pure IdleClock; a 1 s timer checks it while armed."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from ioexplainer.core.idle import IdleClock, Phase

INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.KeyPress, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.TabletPress,
})


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
        self.watching: Callable[[], bool] = lambda: False
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
            self.timer.setInterval(1000)
            return
        if self.watching() and self._phase is not Phase.WARNING:
            self.poke()  # someone watching the moving picture is still here
        now = self._clock()
        self.timer.start(max(20, math.ceil(self.state.next_check(now) * 1000)))  # (a whole second of the count)
        phase = self.state.phase(now)
        if phase is Phase.WARNING:
            self._phase = phase
            self.warning.emit(self.state.seconds_left(now))
        elif phase is Phase.EXPIRED and self._phase is not Phase.EXPIRED:
            self._phase = Phase.EXPIRED
            self.armed = False
            self.expired.emit()
