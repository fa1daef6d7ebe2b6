"""Side by side, where it is offered, stays when chosen.

Review of the portrait kiosk: its topic screen offered Side by side (measured with one scenario's words),
and took it back the moment it was chosen (a comparison's two columns of words are taller): the button
seemed to do nothing. It is now measured with the comparison's words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.screens import open_screen

CASES = [("kiosk", (1080, 1920), "how-cancer-escapes"), ("kiosk", (1920, 1080), "#watch"),
         ("kiosk", (1080, 1920), "#watch"), ("laptop", (1920, 1080), "how-cancer-escapes"),
         ("laptop", (2560, 1440), "how-cancer-escapes"), ("laptop", (1080, 1920), "how-cancer-escapes")]


@pytest.mark.parametrize(("mode", "size", "screen"), CASES,
                         ids=[f"{m}-{w}x{h}-{s.strip('#')}" for m, (w, h), s in CASES])
def test_side_by_side_chosen_stays(qtbot: QtBot, mode: str, size: tuple[int, int], screen: str) -> None:
    window = open_screen(qtbot, size, screen, kiosk=mode == "kiosk", diagram=True)
    qtbot.wait(200)
    compare = window.diagram.controls.mode_buttons["side-by-side"]
    if screen == "#watch" or size[0] >= 2560:
        assert not compare.isHidden()  # (the rooms made for it offer it)
    if not compare.isHidden():
        qtbot.mouseClick(compare, Qt.MouseButton.LeftButton)
        qtbot.wait(200)
        assert window.diagram.player.mode == "side-by-side" and compare.isChecked()
        assert not compare.isHidden()
