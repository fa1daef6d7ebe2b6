"""Lines of body text 1.5 em apart at every text size, as laid out on screen, and the pane's sums agree.

Qt's proportional line height scales the font's own spacing rounded up to a pixel (1.24 em for Atkinson
Hyperlegible): the fixed 135% used before put lines 1.67 em apart while the code believed 1.5, so a
1024x768 window at the largest text showed 9.3 lines where the sums promised 10."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextBlock
from pytestqt.qtbot import QtBot

from ioexplainer.ui.fonts import LINE_EMS
from ioexplainer.ui.layout_report import report
from ioexplainer.ui.main_window import MainWindow
from tests.ui.screens import open_screen


def longest_paragraph(window: MainWindow) -> QTextBlock:
    best, block = None, window.viewer.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 0 and (best is None or block.length() > best.length()):
            best = block
        block = block.next()
    assert best is not None
    return best


@pytest.mark.parametrize(("kiosk", "text", "size"), [
    (False, "normal", (1366, 768)), (False, "large", (1366, 768)), (False, "largest", (1024, 768)),
    (True, "large", (1920, 1080)), (True, "largest", (1920, 1080)),
])
def test_lines_are_one_and_a_half_ems_apart(qtbot: QtBot, kiosk: bool, text: str, size: tuple[int, int]) -> None:
    window = open_screen(qtbot, size, "how-cancer-escapes", kiosk=kiosk, text=text)
    qtbot.waitUntil(lambda: longest_paragraph(window).layout().lineCount() >= 3)
    body_px = window.viewer.document().defaultFont().pixelSize()
    layout = longest_paragraph(window).layout()
    gaps = [layout.lineAt(i + 1).y() - layout.lineAt(i).y() for i in range(layout.lineCount() - 1)]
    assert all(abs(gap - LINE_EMS * body_px) <= 0.5 for gap in gaps), (body_px, gaps)
    # What the window plans with (ten lines) and what staff read in the layout report are the same pitch.
    frame = 2 * window.viewer.frameWidth()
    assert abs(window.viewer.height_for_lines(10) - frame - 10 * gaps[0]) <= 1
    viewer = next(w for w in report(window, "", text)["widgets"] if w["kind"] == "Viewer")
    assert viewer["line_px"] == pytest.approx(gaps[0], abs=0.1)
