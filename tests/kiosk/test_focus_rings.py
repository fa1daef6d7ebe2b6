"""Focus rings on a kiosk: none for a visitor who touches, shown once a key is pressed, gone for the next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ioexplainer.core.colours import STANDARD
from ioexplainer.kiosk.mode import KioskMode
from tests.kiosk.test_kiosk import start_visit


def ring_pixels(widget: QWidget) -> int:
    """Pixels of the focus ring's colour in the widget as drawn."""
    image = widget.grab().toImage()
    ring = QColor(STANDARD.focus)
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            found += abs(c.red() - ring.red()) + abs(c.green() - ring.green()) + abs(c.blue() - ring.blue()) < 40
    return found


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_a_card_opened_by_touch_rings_nothing_until_a_key_is_pressed(qtbot: QtBot, kiosk: KioskMode) -> None:
    window = kiosk.window
    start_visit(qtbot, kiosk)
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.card.isVisible() and window.card.isAncestorOf(focused()))
    first = focused()  # the card's first button has focus, for a keyboard or a screen reader
    assert ring_pixels(first) == 0  # ... but a visitor who touched sees no orange ring on it
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Tab)  # a key: from now on focus shows
    qtbot.waitUntil(lambda: ring_pixels(focused()) > 40)
    assert window.card.isAncestorOf(focused())  # (Tab stays in the card)
    kiosk.end_visit()  # the next visitor touches again
    start_visit(qtbot, kiosk)
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.card.isVisible() and window.card.isAncestorOf(focused()))
    assert ring_pixels(focused()) == 0


def test_a_keyboard_ring_shows_on_every_tile_the_help_tile_too(qtbot: QtBot, kiosk: KioskMode) -> None:
    """The help tile's red border outranked the ring: a keyboard user on it saw no focus (rule order)."""
    window = kiosk.window
    start_visit(qtbot, kiosk)
    screens = window.screens
    assert screens is not None and screens.on_start
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Tab)
    for tile in (screens.start.tiles[1], screens.start.tiles[-1]):  # a topic, and "When to get help"
        tile.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(tile.hasFocus)
        assert ring_pixels(tile) > 100, tile.key

