"""A kiosk window with an injected clock, cleaned up after each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ioexplainer.app.main import build_window
from ioexplainer.core.pin import hash_pin
from ioexplainer.core.settings import Settings
from ioexplainer.kiosk.mode import KioskMode
from tests.conftest import FakeClock

PIN = "2468"


@pytest.fixture(scope="session")
def pin_hash() -> str:
    return hash_pin(PIN)


@pytest.fixture
def kiosk(qtbot: QtBot, qapp: QApplication, clock: FakeClock, pin_hash: str) -> Iterator[KioskMode]:
    settings = Settings(kiosk=True, idle_timeout=90, countdown=10, admin_pin_hash=pin_hash, speech=True,
                        speech_engine="mock")  # headphones at the kiosk; Qt's mock engine stands in for a voice
    window = build_window(settings, remember=False)
    qtbot.addWidget(window)
    mode = KioskMode(qapp, window, settings, ["Touch to learn how immunotherapy works"], clock=clock, hold_ms=5000)
    window.setWindowFlags(Qt.WindowType.Window)  # offscreen: a plain window is enough to drive
    window.resize(1920, 1080)
    with qtbot.waitExposed(window):
        window.show()
    mode.show_attract()
    yield mode
    mode.stop()
    window.allow_close = True
