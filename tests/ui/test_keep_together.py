"""Names stay whole at a line's end: "PD-" / "L1" and "T" / "cells" were split (review)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ioexplainer.core.keep_together import NO_BREAK_SPACE, WORD_JOINER, keep_codes, keep_together
from tests.ui.screens import open_screen


def test_codes_and_one_letter_words_are_kept_with_what_follows() -> None:
    assert keep_codes("PD-L1 joins PD-1") == f"PD-{WORD_JOINER}L1 joins PD-1"
    assert keep_codes("[PD-L1](term:pd-l1)") == f"[PD-{WORD_JOINER}L1](term:pd-l1)"  # (the link's target as it was)
    assert keep_codes("T-Zellen, CTLA-4") == "T-Zellen, CTLA-4"  # a German compound may break; no break before 4
    assert keep_together("How cancer switches T cells off") == (
        f"How cancer switches{NO_BREAK_SPACE}T{NO_BREAK_SPACE}cells off")
    assert keep_together("NK cells and a T cell's receptor") == (
        f"NK{NO_BREAK_SPACE}cells and a{NO_BREAK_SPACE}T{NO_BREAK_SPACE}cell's receptor")
    assert keep_together("to fill in at home") == "to fill in at home"  # short words, not one letter: as they were
    # a lone capital letter stays on the line of the word before it too (Spanish tiles read "Cómo el cáncer
    # apaga las células / T" and "Cómo las células / T ven el cáncer")
    assert keep_together("apaga las células T") == f"apaga las células{NO_BREAK_SPACE}T"
    assert keep_together("células T, y") == f"células{NO_BREAK_SPACE}T, y"
    assert keep_together("las células T ven") == f"las células{NO_BREAK_SPACE}T{NO_BREAK_SPACE}ven"


def lines_of(window_viewer_document: object) -> list[str]:
    from PySide6.QtGui import QTextDocument

    assert isinstance(window_viewer_document, QTextDocument)
    found = []
    block = window_viewer_document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            found.append(text[line.textStart():line.textStart() + line.textLength()])
        block = block.next()
    return found


def test_no_line_of_a_topic_ends_inside_pd_l1(qtbot: QtBot) -> None:
    """At a 1920x1080 laptop's width, "...their surface called PD-" ended a line of topic 5, "L1." began the
    next; at every window width from 1280 to 1920 px no line ends inside PD-L1 now."""
    window = open_screen(qtbot, (1920, 1080), "how-cancer-escapes")
    for width in range(1280, 1921, 20):
        window.resize(width, 1080)
        qtbot.wait(5)
        ends = [line.rstrip() for line in lines_of(window.viewer.document())]
        assert not any(end.endswith(("PD-", f"PD-{WORD_JOINER}")) for end in ends), width
