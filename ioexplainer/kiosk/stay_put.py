"""A kiosk that cannot be hidden: minimised, unmapped, moved, resized, out of full screen or left behind
another window, it puts itself back within a second and logs what happened."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)
WATCHED = frozenset({QEvent.Type.WindowStateChange, QEvent.Type.Hide, QEvent.Type.Move, QEvent.Type.Resize,
                     QEvent.Type.WindowDeactivate})
SETTLE_MS = 300  # let the window manager finish what it is doing, then put the kiosk back


class StayPut(QObject):
    """Watches the kiosk window; `restores` counts the times it had to come back."""

    def __init__(self, window: QWidget, screen: Callable[[], QRect]) -> None:
        super().__init__(window)
        self.window = window
        self.screen = screen
        self.armed = False
        self.restores = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.check)
        window.installEventFilter(self)

    def arm(self, armed: bool) -> None:
        """On while the kiosk runs; off for the staff exit, so closing is not undone."""
        self.armed = armed
        if not armed:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.armed and watched is self.window and event.type() in WATCHED:
            self.timer.start()  # once things settle, look again
        return False

    def problem(self) -> str:
        """What is wrong with the window now, or "" when it is where a kiosk belongs."""
        window = self.window
        if window.isMinimized():
            return "minimised"
        if not window.isVisible():
            return "hidden (unmapped)"
        if not window.isFullScreen():
            return "out of full screen"
        if window.geometry() != self.screen():
            return f"moved or resized to {window.geometry().getRect()}"
        if QGuiApplication.platformName() not in ("offscreen", "minimal") and not window.isActiveWindow():
            return "behind another window"
        return ""

    def check(self) -> None:
        if not self.armed:
            return
        problem = self.problem()
        if not problem:
            return
        self.restores += 1
        log.warning("Kiosk window %s; putting it back (%d since start)", problem, self.restores)
        window = self.window
        window.setWindowState(Qt.WindowState.WindowFullScreen)
        window.setGeometry(self.screen())
        window.showFullScreen()
        window.raise_()
        window.activateWindow()
