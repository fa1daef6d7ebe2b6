"""Kiosk mode: wires lockdown, idle countdown, session wipe, attract screen, admin exit and the guard."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from ioexplainer.core.memory import give_back_big_blocks
from ioexplainer.core.pin import PinGate
from ioexplainer.core.settings import Settings
from ioexplainer.kiosk.attract import AttractScreen
from ioexplainer.kiosk.corner import CornerHold
from ioexplainer.kiosk.countdown import CountdownOverlay
from ioexplainer.kiosk.guard import ExceptionGuard
from ioexplainer.kiosk.idle import IdleWatcher
from ioexplainer.kiosk.lockdown import Lockdown, kiosk_window_flags
from ioexplainer.kiosk.pin_pad import PinPad
from ioexplainer.kiosk.stay_put import StayPut
from ioexplainer.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class _Overlays:
    """The kiosk's own visitor state: an open countdown or PIN pad (registered with the visitor)."""

    def __init__(self, countdown: QWidget, pin_pad: QWidget) -> None:
        self.countdown = countdown
        self.pin_pad = pin_pad

    def visitor_state(self) -> object:
        return self.countdown.isVisible(), self.pin_pad.isVisible()

    def reset_visitor(self) -> None:
        self.countdown.hide()
        self.pin_pad.hide()


class KioskMode(QObject):
    """Owns every kiosk behaviour for one window. It forgets a visitor only through `window.visitor.reset()`,
    and reaches the window only through its small API (start_visit, pause_diagram, overlay_parent...)."""

    def __init__(self, app: QApplication, window: MainWindow, settings: Settings, phrases: Sequence[str],
                 clock: Callable[[], float] = time.monotonic, hold_ms: int | None = None,
                 start_words: str = "Touch to start") -> None:
        super().__init__(window)
        self.app = app
        self.window = window
        self.settings = settings
        if give_back_big_blocks():  # all day: freed pictures go back to the system, not kept in the heap
            log.info("Memory: blocks of 1 MiB or more are returned to the system when freed")
        window.setWindowFlags(kiosk_window_flags())
        self._strip_tooltips()
        window.diagram_ready.connect(self._strip_tooltips)
        window.words_changed.connect(self._strip_tooltips)
        self.lockdown = Lockdown(self)
        self.idle = IdleWatcher(settings.idle_timeout, settings.countdown, clock, self)
        self.idle.watching = window.diagram_playing  # watching the diagram play counts as being here
        # So does opening a topic or a card by any means, also without an input event: a screen reader's
        # or a switch device's action on a tile or a button arrives through accessibility, not as a touch.
        window.session.topic_changed.connect(lambda _slug: self.idle.poke())
        window.session.card_changed.connect(lambda _card: self.idle.poke())
        window.add_input_filter(self.lockdown)
        window.add_input_filter(self.idle)  # installed last, so it sees every input first
        overlay_parent = window.overlay_parent()
        self.countdown = CountdownOverlay(overlay_parent)
        self.attract = AttractScreen(window, phrases or ["Touch to learn how immunotherapy works"],
                                     window.pack.diagram_text,
                                     settings.reduced_motion, window.font_family, start_words=start_words)
        self.gate = PinGate(settings.admin_pin_hash)
        self.pin_pad = PinPad(window, self.gate, clock)  # over everything, the attract screen too
        self.corner: CornerHold | None = None
        if self.gate.enabled:
            self.corner = CornerHold(window, hold_ms) if hold_ms is not None else CornerHold(window)
            window.add_input_filter(self.corner)
            self.corner.held.connect(self.pin_pad.open)
        self.stay_put = StayPut(window, self.screen_geometry)
        self.overlays = _Overlays(self.countdown, self.pin_pad)
        window.visitor.register("kiosk overlays", self.overlays)
        self.guard = ExceptionGuard(self.recover)
        self.guard.install()
        self.idle.warning.connect(self.countdown.show_seconds)
        self.idle.resumed.connect(self.countdown.hide)
        self.idle.expired.connect(self.end_visit)
        self.countdown.stay.connect(self._on_stay)
        self.attract.touched.connect(self.welcome)
        self.pin_pad.accepted.connect(self.admin_exit)
        if settings.hide_cursor:
            app.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))

    def _strip_tooltips(self) -> None:
        """Nothing hangs on a touch screen: no hover tips at all (again after new widgets or words)."""
        for widget in self.window.findChildren(QWidget):
            widget.setToolTip("")

    def screen_geometry(self) -> QRect:
        screens = QGuiApplication.screens()
        wanted = self.settings.screen
        screen = screens[wanted] if wanted < len(screens) else QGuiApplication.primaryScreen()
        return screen.geometry() if screen is not None else self.window.geometry()

    def start(self) -> None:
        """Full screen on the chosen screen, starting on the attract screen; from now on it stays put."""
        self.window.setGeometry(self.screen_geometry())
        self.window.showFullScreen()
        self.show_attract()
        self.stay_put.arm(True)

    @property
    def resets(self) -> int:
        return self.window.visitor.resets

    def wipe(self) -> None:
        """Forget everything of the last visitor, through the one reset every piece registered with."""
        self.window.visitor.reset()
        log.info("Session reset (%d since start)", self.resets)

    def show_attract(self) -> None:
        self.idle.set_armed(False)
        self.window.set_covered(True)  # nothing plays under the attract screen
        self.attract.view.set_label_px(self.window.diagram_label_px())  # names as big as the kiosk's buttons
        self.attract.open()
        if (content := self.window.centralWidget()) is not None:
            content.hide()  # what is under the attract screen is gone from the screen and from screen readers

    def end_visit(self) -> None:
        """The countdown ran out: wipe and show the attract screen."""
        self.wipe()
        self.show_attract()

    def welcome(self) -> None:
        """A touch on the attract screen: the home topic, fresh."""
        self.attract.close_screen()
        if (content := self.window.centralWidget()) is not None:
            content.show()
        self.window.set_covered(False)
        self.window.start_visit()  # the home topic's diagram starts playing for the visitor
        self.idle.set_armed(True)

    def recover(self) -> None:
        """After an unexpected error: back to a clean home topic instead of dying."""
        self.wipe()
        self.attract.close_screen()
        if (content := self.window.centralWidget()) is not None:
            content.show()
        self.window.set_covered(False)
        self.idle.set_armed(True)

    def stop(self) -> None:
        """Undo everything kiosk mode put on the application (filters, error guard, hidden cursor)."""
        self.stay_put.arm(False)
        for watcher in (self.lockdown, self.idle, self.corner):
            if watcher is not None:
                self.window.remove_input_filter(watcher)
        self.idle.timer.stop()
        self.guard.uninstall()
        if self.settings.hide_cursor:
            self.app.restoreOverrideCursor()

    def admin_exit(self) -> None:
        """The right staff PIN: leave the kiosk and end the app."""
        log.info("Admin exit")
        self.stop()
        self.window.allow_close = True
        self.window.close()
        self.app.quit()

    def _on_stay(self) -> None:
        self.idle.poke()
        self.countdown.hide()
