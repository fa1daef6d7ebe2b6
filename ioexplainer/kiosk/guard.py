"""Never down: an uncaught exception is logged with its traceback, then the kiosk goes back home."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

log = logging.getLogger(__name__)
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ExceptionGuard:
    """Replaces sys.excepthook (which Qt calls for exceptions in slots and event handlers)."""

    def __init__(self, recover: Callable[[], None]) -> None:
        self.recover = recover
        self.caught = 0
        self._previous: ExceptHook | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def handle(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            if self._previous is not None:
                self._previous(kind, error, tb)
            return
        self.caught += 1
        log.error("Uncaught %s; returning to the home screen", kind.__name__, exc_info=(kind, error, tb))
        try:
            self.recover()
        except Exception:  # recovering must never take the kiosk down either
            log.exception("Recovery after an error failed")
