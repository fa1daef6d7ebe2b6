"""The hidden admin gesture: press and hold the top-left corner of the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QWidget

CORNER_PX = 90
HOLD_MS = 5000


class CornerHold(QObject):
    """Emits `held` after a press stays in the window's top-left corner for `hold_ms`."""

    held = Signal()

    def __init__(self, window: QWidget, hold_ms: int = HOLD_MS, corner_px: int = CORNER_PX) -> None:
        super().__init__(window)
        self.window = window
        self.corner_px = corner_px
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(hold_ms)
        self.timer.timeout.connect(self.held)

    def in_corner(self, global_pos: QPoint) -> bool:
        local = self.window.mapFromGlobal(global_pos)
        return 0 <= local.x() < self.corner_px and 0 <= local.y() < self.corner_px

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._press(event.globalPosition().toPoint())
        elif kind == QEvent.Type.TouchBegin and isinstance(event, QTouchEvent) and event.points():
            self._press(event.points()[0].globalPosition().toPoint())
        elif kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            if not self.in_corner(event.globalPosition().toPoint()):
                self.timer.stop()
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self.timer.stop()
        return False

    def _press(self, global_pos: QPoint) -> None:
        if self.in_corner(global_pos):
            self.timer.start()
        else:
            self.timer.stop()
