"""Contrast measured on the screen's pixels, not only from the theme's values: a style sheet can change the
colour a widget really draws with (the topic list's summaries were drawn at 3.1:1 that way)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
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
