"""One visitor, one reset: after a visit that changed every registered piece, one reset restores them all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt
from pytestqt.qtbot import QtBot

from ioexplainer.diagram.qt.widget import DiagramWidget
from ioexplainer.kiosk.mode import KioskMode
from tests.conftest import FakeClock


def test_every_registered_piece_is_back_to_its_default_after_one_reset(qtbot: QtBot, kiosk: KioskMode,
                                                                       clock: FakeClock,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = kiosk.window
    kiosk.welcome()
    visitor = window.visitor
    assert set(visitor.pieces) >= {"navigation", "reading position", "topic list", "diagram", "kiosk overlays",
                                   "language", "appearance", "read aloud", "screen",
                                   "focus rings"}
    window.build_diagram()  # (the start screen shows no text: the diagram is not built by a first paint yet)
    visitor.reset()
    defaults = visitor.snapshot()
    # A visit that changes everything a visitor can change, through the widgets.
    assert window.language is not None
    window.language.apply("de")  # the on-screen language button comes with the translations
    window.resize(1920, 700)  # a short kiosk screen: the list is in the Menu
    qtbot.mouseClick(window.topics_button, Qt.MouseButton.LeftButton)
    window.navigator.scrollToItem(window.navigator.item(5))
    qtbot.mouseClick(window.navigator.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.navigator.visualItemRect(window.navigator.item(5)).center())
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.text_size.larger, Qt.MouseButton.LeftButton)
    window.build_diagram()
    monkeypatch.setattr(window.read_aloud, "available", lambda lang=None: True)  # the mock speaks no German
    window._offer_listen()
    assert window.listen_button.isVisible()
    with qtbot.waitSignal(window.read_aloud.state_changed, timeout=3000):
        qtbot.mouseClick(window.listen_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.settings_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.settings_card.contrasts["high"], Qt.MouseButton.LeftButton)
    assert window.appearance.contrast == "high" and window.settings_card.isVisible()
    window.session.open_card("t-cell")
    window.viewer.verticalScrollBar().setValue(window.viewer.verticalScrollBar().maximum())
    window.navigator.verticalScrollBar().setValue(window.navigator.verticalScrollBar().maximum())
    controls = window.diagram.controls
    qtbot.mouseClick(controls.mode_buttons["side-by-side"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(controls.speed_buttons[2.0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(controls.labels, Qt.MouseButton.LeftButton)
    window.diagram.player.next_phase()
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Tab)  # a key: focus rings show for the rest of the visit
    kiosk.countdown.show_seconds(5)
    changed = visitor.snapshot()
    assert all(changed[name] != defaults[name] for name in defaults), (defaults, changed)
    visitor.reset()
    qtbot.waitUntil(lambda: window.read_aloud.state == "idle", timeout=3000)  # the speech engine stops
    assert visitor.snapshot() == defaults


def test_a_widget_with_visitor_state_that_did_not_register_is_caught(kiosk: KioskMode) -> None:
    window = kiosk.window
    everything = [window, *window.findChildren(QObject)]
    assert window.visitor.unregistered(everything) == []
    stray = DiagramWidget(window.pack.diagram_text, parent=window)  # a new feature that forgot to register
    assert window.visitor.unregistered([window, *window.findChildren(QObject)]) == [stray]
