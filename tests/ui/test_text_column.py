"""The text column: lines of about 75 letters at most, standing in the middle of a pane wider than that.

Review: on a kiosk topic with no picture (1920x1080) and on a 2560x1440 laptop, the column kept to the
left and about 40% of the pane stood empty on its right."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ioexplainer.ui.viewer import MEASURE_EMS
from tests.ui.screens import open_screen


@pytest.mark.parametrize(("kiosk", "size", "slug"), [(True, (1920, 1080), "questions-for-your-care-team"),
                                                     (False, (2560, 1440), "symptom-checklist"),
                                                     (False, (1366, 768), "how-cancer-escapes")])
def test_the_column_stands_in_the_middle_of_a_wide_pane(qtbot: QtBot, kiosk: bool, size: tuple[int, int],
                                                        slug: str) -> None:
    window = open_screen(qtbot, size, slug, kiosk=kiosk)
    viewer = window.viewer
    qtbot.waitUntil(lambda: viewer.document().size().width() > 0)
    body = viewer.font().pixelSize()
    column = viewer.document().size().width()  # the lines and the margin round them
    assert column <= MEASURE_EMS * body
    room = viewer.contentsRect()
    bar = viewer.verticalScrollBar().width()
    left = viewer.viewport().geometry().left() - room.left()
    right = room.right() - bar - (viewer.viewport().geometry().left() + column - 1)
    if room.width() - bar > column + 2:  # a pane wider than the column: as much room on either side
        assert left > 0 and abs(left - right) <= 2, (left, right)
    else:  # a narrow pane: the column fills it, up to the scroll bar
        assert left == 0 and abs(right) <= 1, right
