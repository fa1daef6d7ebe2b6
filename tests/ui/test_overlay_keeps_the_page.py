"""A card over the page leaves the page as it was: the reader's place in the text does not move.

Review: at 1280x800, scrolled to the end of a topic, opening the help card moved the text up three lines
(the header hid first, the page grew into its room, the text's last lines scrolled up to fill it) and
closing it left the reader there."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ioexplainer.app.main import build_window
from ioexplainer.core.settings import Settings
from ioexplainer.ui.main_window import HELP_CARD, SETTINGS_CARD


@pytest.mark.parametrize("card", [HELP_CARD, SETTINGS_CARD, "t-cell"])
@pytest.mark.parametrize("where", ["end", "middle"])
def test_opening_and_closing_a_card_keeps_the_readers_place(qtbot: QtBot, card: str, where: str) -> None:
    window = build_window(Settings(text_size="normal"), remember=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.build_diagram()  # (built after the first paint otherwise: the page may settle again then)
    window.session.go_to("side-effects")
    bar = window.viewer.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 1000)
    qtbot.wait(300)  # (the diagram beside the text settles its width over a few turns: the text wraps again)
    settled: list[int] = []  # the text laid out to its end (its length stops changing)

    def steady() -> bool:
        settled.append(bar.maximum())
        return settled[-3:] == [bar.maximum()] * 3

    qtbot.waitUntil(steady, timeout=3000)
    bar.setValue(bar.maximum() if where == "end" else bar.maximum() // 2)
    place, height = bar.value(), window.viewer.viewport().height()
    window.session.open_card(card)
    qtbot.waitUntil(lambda: not window.viewer.isVisible())
    qtbot.wait(50)  # (let any layout the card set off run)
    assert window.viewer.viewport().height() == height and bar.value() == place
    window.session.close_card()
    qtbot.waitUntil(window.viewer.isVisible)
    qtbot.wait(50)
    assert bar.value() == place
    window.allow_close = True
