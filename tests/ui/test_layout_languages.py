"""German and Spanish words are longer than English ones: no words cut off in either, at every size of the
layout matrix, laptop and kiosk, at normal text and at the largest (200%). Each cell is checked on every
screen it has: the kiosk's start screen, the topic, and the picture tab of a compact window.

800x600 at the largest text is left out: even English cannot hold there (see test_layout_matrix)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ioexplainer.app.main import build_window
from ioexplainer.core.settings import Settings
from ioexplainer.ui.layout_report import report
from tests.ui.test_layout_matrix import SIZES, settle

CELLS = [(lang, mode, size, text) for lang in ("de", "es") for mode in ("laptop", "kiosk") for size in SIZES
         for text in ("normal", "largest") if not (size == (800, 600) and text == "largest")]


def _cut_off(window: Any, mode: str, text: str, screen: str) -> list[tuple[str, str]]:
    return [(screen, w["text"] or w["accessible"]) for w in report(window, mode, text)["widgets"] if w["clipped"]]


@pytest.mark.parametrize(("lang", "mode", "size", "text"), CELLS,
                         ids=[f"{c[0]}-{c[1]}-{c[2][0]}x{c[2][1]}-{c[3]}" for c in CELLS])
def test_no_words_are_cut_off_in_german_or_spanish(qtbot: QtBot, lang: str, mode: str, size: tuple[int, int],
                                                   text: str) -> None:
    window = build_window(Settings(kiosk=mode == "kiosk", text_size=text, lang=lang), remember=False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.build_diagram()
    settle(qtbot, window)
    cut = []
    if window.screens is not None:  # a kiosk: its start screen, then topic 5's tile
        start = window.screens.start
        qtbot.waitUntil(lambda: not start.pictures_pending)
        settle(qtbot, window)
        cut += _cut_off(window, mode, text, "start")
        tile = next(t for t in start.tiles if t.key == "how-cancer-escapes")
        start.ensureWidgetVisible(tile)
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    else:
        window.session.go_to("how-cancer-escapes")
    settle(qtbot, window)
    assert window.pack.lang == lang  # the words on screen are German or Spanish
    cut += _cut_off(window, mode, text, "topic")
    if window.tabs.isVisible():  # compact: the picture is the other tab
        qtbot.mouseClick(window.tabs.picture, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
        cut += _cut_off(window, mode, text, "picture")
    play = window.diagram.controls.play
    if play.isVisible():  # the other of Play and Pause ("Abspielen" is twice as long as "Pause")
        qtbot.wait(100)  # (opening a topic lays the diagram out a few times within 40 ms: its last one)
        width = play.width()
        qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
        cut += _cut_off(window, mode, text, "played or paused")
        assert play.width() == width  # nothing beside it moves
        assert play.text() or play.toolTip() or mode == "kiosk"  # its symbol alone: named in a tip (laptops)
        assert play.accessibleName()  # (a screen reader says it in words, with or without them on it)
    window.allow_close = True
    assert cut == []
