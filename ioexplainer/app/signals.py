"""SIGINT and SIGTERM end the app cleanly with a log line (systemd stops a service with SIGTERM)."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

log = logging.getLogger(__name__)


class SignalExit(QObject):
    """Python runs a signal handler only when it gets control; a wake-up pipe watched by Qt's event loop
    gives it control at once, without a polling timer."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app
        self.received: int | None = None
        if sys.platform == "win32":  # Windows wakes up only through a socket
            import socket

            reader, writer = socket.socketpair()
            reader.setblocking(False)
            writer.setblocking(False)
            self._fds = (reader.detach(), writer.detach())
        else:
            self._fds = os.pipe()
            for fd in self._fds:
                os.set_blocking(fd, False)
        self._previous_fd = signal.set_wakeup_fd(self._fds[1])
        self._notifier = QSocketNotifier(self._fds[0], QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, self._on_signal)

    def _on_signal(self, number: int, frame: FrameType | None) -> None:
        """Close the windows (a laptop saves its size; a kiosk refuses, as it refuses Alt+F4), then end
        the event loop anyway. quit() alone would stop at the kiosk's refusal and never end it."""
        self.received = number
        log.info("Stopping on %s", signal.Signals(number).name)
        from PySide6.QtWidgets import QApplication

        for window in QApplication.topLevelWidgets():
            if window.isVisible():
                window.close()
        self.app.exit(0)

    def _drain(self) -> None:
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                os.read(self._fds[0], 64)

    def close(self) -> None:
        """Give the signals back (tests start and stop the app many times in one process)."""
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        for fd in self._fds:
            with contextlib.suppress(OSError):
                os.close(fd)
