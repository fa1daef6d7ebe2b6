"""A horizontal swipe on the text moves to the next or previous topic (touch first)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

MIN_DISTANCE = 140  # pixels
MAX_SECONDS = 0.9


class SwipeDetector(QObject):
    """Watches presses and releases on the window (before kinetic scrolling takes them) and emits
    `swiped(+1)` for a right-to-left swipe that starts on `area`, `swiped(-1)` for left-to-right."""

    swiped = Signal(int)

    def __init__(self, area: QWidget, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(area)
        self.area = area
        self._clock = clock
        self._start: tuple[QPointF, float] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QMouseEvent):
            return False
        position = event.globalPosition()
        if event.type() == QEvent.Type.MouseButtonPress:
            local = self.area.mapFromGlobal(position.toPoint())
            self._start = (position, self._clock()) if self.area.rect().contains(local) else None
        elif event.type() == QEvent.Type.MouseButtonRelease and self._start is not None:
            (start, began), self._start = self._start, None
            dx, dy = position.x() - start.x(), position.y() - start.y()
            if abs(dx) >= MIN_DISTANCE and abs(dx) > 2 * abs(dy) and self._clock() - began <= MAX_SECONDS:
                self.swiped.emit(1 if dx < 0 else -1)
        return False
