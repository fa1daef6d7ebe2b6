"""Focus rings shown once a key is pressed: none for a visitor who touches or a reader who clicks."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject


class _Window(Protocol):
    focus_rings: bool

    def show_focus_rings(self, shown: bool) -> None: ...


class FocusRings(QObject):
    """An input filter on the window (see MainWindow.add_input_filter) and a piece of visitor state.

    Someone who touches or clicks sees no focus ring: a card opened by a touch put its orange ring on the
    card's first button, and on a laptop the Picture tab left one on "Previous" (focus moved there from the
    hidden text); both read as a warning or a choice made for them (review). A key press (a keyboard, a
    switch device that sends keys) shows the rings at once, for the rest of the visit (as a browser's
    :focus-visible does); a kiosk's next visitor starts without them again."""

    def __init__(self, window: _Window, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and not self.window.focus_rings:
            self.window.show_focus_rings(True)
        return False  # the key goes on: the ring shows where it lands

    def visitor_state(self) -> object:
        return self.window.focus_rings

    def reset_visitor(self) -> None:
        self.window.show_focus_rings(False)
