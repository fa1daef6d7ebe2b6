"""Every stop of the Tab key shows where focus is (WCAG 2.4.7): walked with real keys, compared as drawn."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ioexplainer.app.main import build_window
from ioexplainer.core.settings import Settings
from ioexplainer.ui.main_window import MainWindow
from tests.kiosk.test_focus_rings import focused, ring_pixels
from tests.ui.screens import open_screen


def unseen_stops(qtbot: QtBot, window: MainWindow, least: int, limit: int = 80) -> list[str]:
    """Press Tab round the window once to find its stops; draw each with focus and without. Those that look
    the same both ways (a stop with nothing to show) are named."""
    window.diagram.player.pause()  # (a still picture: only focus changes what is drawn)
    qtbot.waitUntil(lambda: not window.diagram.player.playing)
    stops: list[QWidget] = []
    for _ in range(limit):
        qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Tab)  # real keys arrive through the native window
        now = QApplication.focusWidget()
        assert now is not None
        if len(stops) > 1 and now is stops[0]:
            break  # round once
        if now not in stops:
            stops.append(now)
    else:
        raise AssertionError(f"Tab did not come round in {limit} presses: {[type(s).__name__ for s in stops]}")
    unseen = []
    for stop in stops:
        stop.setFocus(Qt.FocusReason.TabFocusReason)
        focused = stop.grab().toImage()
        stop.clearFocus()
        if stop.grab().toImage() == focused:
            unseen.append(f"{type(stop).__name__} {stop.objectName()!r} {stop.accessibleName()!r}")
    assert len(stops) >= least, stops  # (the walk found what a keyboard reaches)
    return unseen


@pytest.mark.parametrize(("size", "kiosk"), [((1366, 768), False), ((1920, 1080), True)])
def test_every_tab_stop_shows_where_focus_is(qtbot: QtBot, size: tuple[int, int], kiosk: bool) -> None:
    """The diagram's scroll area took focus and showed nothing; so did the settings card's list and the
    help card's words (now a ring round them)."""
    window = open_screen(qtbot, size, "how-treatment-works", kiosk=kiosk, diagram=True)
    qtbot.waitUntil(lambda: window.diagram.isVisible())
    assert unseen_stops(qtbot, window, least=10) == []
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)  # a card: Tab goes round inside it
    qtbot.waitUntil(lambda: window.card.isVisible())
    assert unseen_stops(qtbot, window, least=3) == []  # its words, More below, Close
    window.session.close_card()
    qtbot.mouseClick(window.settings_button, Qt.MouseButton.LeftButton)  # the settings card: its choices
    qtbot.waitUntil(lambda: window.settings_card.isVisible())
    assert unseen_stops(qtbot, window, least=5) == []
    window.session.close_card()
    if window.screens is not None:  # the kiosk's start screen: its tiles, and the header
        window.screens.show_start()
        qtbot.waitUntil(lambda: window.screens is not None and window.screens.start.isVisible())
        assert unseen_stops(qtbot, window, least=14) == []


def test_on_a_laptop_a_click_rings_nothing_and_a_key_shows_the_rings(qtbot: QtBot) -> None:
    """On a laptop the Picture tab hid the text that had focus, and focus moved to "Previous" with its
    orange ring, as if chosen for the reader (review). Rings show once a key is pressed, as :focus-visible."""
    window = build_window(Settings(), remember=False)
    qtbot.addWidget(window)
    window.allow_close = True
    window.resize(1366, 768)
    window.show()
    button = window.next_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    button.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(button.hasFocus)
    assert ring_pixels(button) == 0
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: ring_pixels(focused()) > 40)
