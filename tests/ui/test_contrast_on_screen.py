"""Contrast measured on the screen's pixels, not only from the theme's values: a style sheet can change the
colour a widget really draws with (the topic list's summaries were drawn at 3.1:1 that way)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from ioexplainer.content.loader import load_pack
from ioexplainer.core.colours import THEMES
from ioexplainer.core.contrast import contrast_ratio
from ioexplainer.core.paths import content_root
from ioexplainer.core.settings import Settings
from ioexplainer.ui.main_window import MainWindow


def darkest(image: QImage, area: QRect) -> str:
    """The darkest pixel in `area`: the core of the glyphs (their smoothed edges are lighter)."""
    colours = (QColor(image.pixel(x, y)) for x in range(area.left(), area.right() + 1)
               for y in range(area.top(), area.bottom() + 1))
    return min(colours, key=lambda c: c.red() * 299 + c.green() * 587 + c.blue() * 114).name()


@pytest.mark.parametrize(("theme", "least"), [("standard", 4.5), ("high", 7.0)])
def test_the_topic_lists_summaries_are_drawn_readable(qtbot: QtBot, theme: str, least: float) -> None:
    root = content_root()
    window = MainWindow(load_pack(root, "en"), Settings(contrast=theme), root)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    navigator = window.navigator
    image = navigator.viewport().grab().toImage()
    item = navigator.visualRect(navigator.model().index(1, 0))  # not the topic on screen (no highlight)
    summary = QRect(item.left() + 8, item.bottom() - item.height() // 3, item.width() - 40, item.height() // 3 - 4)
    colours = THEMES[theme]
    ink = darkest(image, summary)
    assert contrast_ratio(ink, colours.surface) >= least, (ink, colours.surface)


@pytest.mark.parametrize("kiosk", [False, True])
def test_a_button_that_acts_is_round_ended_and_a_chosen_option_is_square_cornered(qtbot: QtBot, kiosk: bool) -> None:
    """Review: a chosen option (the "Picture" tab, "Before therapy", normal speed) was drawn exactly as a button
    that acts ("Next", "Play"), side by side in one row. Both are filled; the one that acts has round ends, the
    chosen option square corners, so they differ by shape, not by colour."""
    from tests.ui.screens import open_screen

    window = open_screen(qtbot, (1920, 1080), "how-cancer-escapes", kiosk=kiosk, diagram=True)
    accent = QColor(THEMES["standard"].accent)
    play, chosen = window.diagram.controls.play, window.diagram.controls.mode_buttons["before"]
    qtbot.waitUntil(lambda: chosen.isChecked() and play.isVisible() and chosen.isVisible())

    def near(colour: QColor) -> bool:
        return max(abs(colour.red() - accent.red()), abs(colour.green() - accent.green()),
                   abs(colour.blue() - accent.blue())) < 40

    def corner(image: QImage) -> int:
        """Where the button's outline meets its top-left diagonal: about 0.3 of its corner's radius."""
        assert near(image.pixelColor(8, image.height() // 2))  # (filled, both)
        return next(step for step in range(image.height() // 2) if near(image.pixelColor(step, step)))

    def seen(button: QPushButton) -> QImage:
        """The button as the window shows it, with what is round it (its own picture is filled to its corners)."""
        return window.grab(QRect(button.mapTo(window, QPoint(0, 0)), button.size())).toImage()

    round_end, square = corner(seen(play)), corner(seen(chosen))
    assert round_end >= play.height() // 10 and square <= chosen.height() // 16, (round_end, square)
