"""Every card and overlay, at the sizes the layout matrix checks: no words cut off, nothing out of the window.

The layout matrix looks at the topic screen and the kiosk's tiles; this looks at what opens over them
(help, a glossary word, settings, keys, languages, the end card; on a kiosk also the PIN pad and the
countdown) and the Bigger picture, in English and (on a kiosk) Spanish, on a laptop at normal and largest
text and on a kiosk at its two steps ("Larger text" off and on). Found this way: the end card cut its
message off in portrait; the PIN pad's Cancel lay under the bottom edge of a 1366x768 kiosk at Larger
text; in Spanish, Bigger picture squeezed its three scenario buttons until their words were cut.
"""

from __future__ import annotations

import contextlib
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
CELLS = ([("laptop", size, step, "en") for size in ((1280, 800), (1366, 768), (800, 600)) for step in ("normal", "big")]
         + [("kiosk", size, step, "en") for size in ((1920, 1080), (1080, 1920), (1366, 768), (800, 600))
            for step in ("normal", "big")]
         # Spanish has the longest words of the three (Bigger picture cut "Después del tratamiento" in portrait)
         + [("kiosk", size, step, "es") for size in ((1920, 1080), (1080, 1920), (1366, 768))
            for step in ("normal", "big")])
IDS = [f"{mode}-{w}x{h}-{step}-{lang}" for mode, (w, h), step, lang in CELLS]


def faults(qtbot: QtBot, window: MainWindow) -> list[str]:
    """Words cut off, or parts out of the window (where no scroll area holds them), once the layout has
    settled (a refit follows each new caption: up to 2 s on a busy machine, as in test_layout_matrix)."""
    qtbot.wait(10)
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not _faults(window), timeout=2000)
    return _faults(window)


def _faults(window: MainWindow) -> list[str]:
    return [(w["text"] or w["accessible"] or w["kind"])[:40] + (" (cut off)" if w["clipped"] else " (outside)")
            for w in report(window, "", "")["widgets"]
            if w["clipped"] or (not w["inside_window"] and w["scrolled_in"] in ("", "QScrollArea"))]


@pytest.fixture
def opened(qtbot: QtBot, qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[tuple[MainWindow, Any]]:
    mode, size, step, lang = request.param
    kiosk = mode == "kiosk"
    settings = Settings(kiosk=kiosk, text_size="" if kiosk else ("largest" if step == "big" else "normal"),
                        help_phone="020 7946 0000", lang=lang)
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


@pytest.mark.parametrize("opened", CELLS, indirect=True, ids=IDS)
def test_every_card_fits_the_window(qtbot: QtBot, opened: tuple[MainWindow, Any]) -> None:
    window, kiosk_mode = opened
    found = {}
    if window.height() > 600:  # (at 800x600 the picture tab scrolls: see test_layout_matrix's known cells)
        window.show_bigger_picture(True)
        found["Bigger picture"] = faults(qtbot, window)
        window.show_bigger_picture(False)
    for card in CARDS:
        window.session.open_card(card)
        found[card] = faults(qtbot, window)
        window.session.close_card()
    if kiosk_mode is not None:
        kiosk_mode.pin_pad.open()
        found["PIN pad"] = faults(qtbot, window)
        kiosk_mode.pin_pad.hide()
        kiosk_mode.countdown.show_seconds(10)
        found["countdown"] = faults(qtbot, window)
        kiosk_mode.countdown.hide()
    assert {name: problems for name, problems in found.items() if problems} == {}
