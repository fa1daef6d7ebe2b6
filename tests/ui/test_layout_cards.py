"""Every card and overlay, at the sizes the layout matrix checks: no words cut off, nothing out of the window.

The layout matrix looks at the topic screen and the kiosk's tiles; this looks at what opens over them
(help, a glossary word, settings, keys, languages, the end card; on a kiosk also the PIN pad and the
countdown), on a laptop at normal and largest text and on a kiosk at its two steps ("Larger text" off and
on). Found this way: the end card cut its message off in portrait, and the PIN pad's Cancel lay under
the bottom edge of a 1366x768 kiosk at Larger text.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ioexplainer.app.main import build_window
from ioexplainer.core.settings import Settings
from ioexplainer.kiosk.mode import KioskMode
from ioexplainer.ui.language_picker import LANGUAGE_CARD
from ioexplainer.ui.layout_report import report
from ioexplainer.ui.main_window import END_CARD, HELP_CARD, KEYS_CARD, SETTINGS_CARD, MainWindow
from tests.conftest import FakeClock

CARDS = (HELP_CARD, "t-cell", SETTINGS_CARD, KEYS_CARD, LANGUAGE_CARD, END_CARD)
CELLS = ([("laptop", size, step) for size in ((1280, 800), (1366, 768), (800, 600)) for step in ("normal", "big")]
         + [("kiosk", size, step) for size in ((1920, 1080), (1080, 1920), (1366, 768), (800, 600))
            for step in ("normal", "big")])


def faults(window: MainWindow) -> list[str]:
    """Words cut off, or parts out of the window (where no scroll area holds them)."""
    QApplication.processEvents()
    return [(w["text"] or w["accessible"] or w["kind"])[:40] + (" (cut off)" if w["clipped"] else " (outside)")
            for w in report(window, "", "")["widgets"]
            if w["clipped"] or (not w["inside_window"] and w["scrolled_in"] in ("", "QScrollArea"))]


@pytest.fixture
def opened(qtbot: QtBot, qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[tuple[MainWindow, Any]]:
    mode, size, step = request.param
    kiosk = mode == "kiosk"
    settings = Settings(kiosk=kiosk, text_size="" if kiosk else ("largest" if step == "big" else "normal"),
                        help_phone="020 7946 0000")
    window = build_window(settings, remember=False)
    qtbot.addWidget(window)
    kiosk_mode = KioskMode(qapp, window, settings, ["Touch to start"], clock=FakeClock()) if kiosk else None
    window.setWindowFlags(Qt.WindowType.Window)
    window.resize(*size)
    with qtbot.waitExposed(window):
        window.show()
    if kiosk_mode is not None:
        kiosk_mode.show_attract()
        qtbot.mouseClick(kiosk_mode.attract, Qt.MouseButton.LeftButton)
        if step == "big":
            qtbot.mouseClick(window.text_size.toggle, Qt.MouseButton.LeftButton)
    window.session.go_to("how-cancer-escapes")
    if window.screens is not None:
        window.screens.show_topic()
    yield window, kiosk_mode
    if kiosk_mode is not None:
        kiosk_mode.stop()
    window.allow_close = True


@pytest.mark.parametrize("opened", CELLS, indirect=True, ids=[f"{m}-{w}x{h}-{s}" for m, (w, h), s in CELLS])
def test_every_card_fits_the_window(qtbot: QtBot, opened: tuple[MainWindow, Any]) -> None:
    window, kiosk_mode = opened
    found = {}
    for card in CARDS:
        window.session.open_card(card)
        found[card] = faults(window)
        window.session.close_card()
    if kiosk_mode is not None:
        kiosk_mode.pin_pad.open()
        found["PIN pad"] = faults(window)
        kiosk_mode.pin_pad.hide()
        kiosk_mode.countdown.show_seconds(10)
        found["countdown"] = faults(window)
        kiosk_mode.countdown.hide()
    assert {name: problems for name, problems in found.items() if problems} == {}
