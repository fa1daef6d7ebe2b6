"""Topic headings at each text size: Qt's Markdown scale at normal text, growing less than the words
at larger text, so a title leaves room for the text under it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextBlock
from pytestqt.qtbot import QtBot

from ioexplainer.content.loader import load_pack
from ioexplainer.core.paths import content_root
from ioexplainer.core.settings import Settings
from ioexplainer.ui.main_window import MainWindow
from ioexplainer.ui.viewer import heading_px


def test_headings_keep_qts_scale_at_normal_text_and_close_in_at_twice_its_size() -> None:
    assert [heading_px(level, 20) for level in (1, 2, 3)] == [40, 30, 24]
    assert [heading_px(level, 40) for level in (1, 2, 3)] == [62, 48, 43]
    assert heading_px(1, 40) >= 1.25 * heading_px(2, 40)  # the title still stands out from a section
    sizes = [heading_px(1, body) for body in range(17, 46)]
    assert sizes == sorted(sizes)  # larger text never makes a smaller title
    assert all(heading_px(1, body) > heading_px(2, body) > heading_px(3, body) > body for body in range(17, 46))


def blocks(window: MainWindow) -> list[QTextBlock]:
    found, block = [], window.viewer.document().begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def line_height(block: QTextBlock) -> float:
    layout = block.layout()
    return layout.lineAt(0).height() if layout is not None and layout.lineCount() else 0.0


@pytest.mark.parametrize("text", ["normal", "largest"])
def test_at_the_largest_text_the_title_leaves_room_for_the_words(qtbot: QtBot, text: str) -> None:
    """1024x768 at the largest text: the title of "How cancer hides from the immune system" took three
    lines of 80 px and the first screen showed one line of text. Now two lines, and four lines of text
    show under it. At normal text the title is twice the text, as before."""
    root = content_root()
    window = MainWindow(load_pack(root), Settings(text_size=text), root)
    qtbot.addWidget(window)
    window.show()
    window.resize(1024, 768)
    window.session.go_to("how-cancer-escapes")
    qtbot.wait(1)
    found = blocks(window)
    title, body = found[0], next(b for b in found if b.blockFormat().headingLevel() == 0 and b.length() > 80)
    assert title.blockFormat().headingLevel() == 1
    title_px = title.begin().fragment().charFormat().font().pixelSize()
    body_px = window.viewer.document().defaultFont().pixelSize()
    if text == "normal":
        assert title_px == 2 * body_px
        return
    assert body_px == 40 and title_px == 62
    assert title.layout().lineCount() <= 2 and line_height(title) < 1.6 * line_height(body)
    viewport = window.viewer.viewport().height()
    below = viewport - (title.layout().position().y() + title.layout().boundingRect().height())
    assert below >= 4 * line_height(body) * 1.3  # (each line of text with its spacing)
    subheads = [b for b in found if b.blockFormat().headingLevel() == 2]
    assert subheads and all(b.begin().fragment().charFormat().font().pixelSize() == 48 for b in subheads)
