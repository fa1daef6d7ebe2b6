"""The cards read like the page: the help and glossary cards' words at the page's size and line spacing, the
help card in the help button's red, a "More below" button while words lie below the card's edge, lines
of about 65 letters at most, and the settings in use ticked.

Review: the help card's signs were 27 px on a kiosk whose page said the same at 32 px (36 against 42 with
Larger text), lines close together; in German with Larger text two of the fourteen signs lay below the
card's edge with only a scroll bar to say so; a glossary card held lines of 90 to 100 letters."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from ioexplainer.core.colours import STANDARD
from ioexplainer.ui.fonts import LINE_EMS
from ioexplainer.ui.main_window import HELP_CARD, SETTINGS_CARD, MainWindow, as_heading
from tests.ui.screens import open_screen


def opened(qtbot: QtBot, kiosk: bool, text: str, size: tuple[int, int], lang: str = "en") -> MainWindow:
    window = open_screen(qtbot, size, "side-effects", kiosk=kiosk, text=text, lang=lang)
    qtbot.waitExposed(window)
    _WINDOWS.append(window)
    return window


_WINDOWS: list[MainWindow] = []


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    """The translator is the application's: English again after each test, for the next one."""
    yield
    for window in _WINDOWS:
        if window.language is not None:
            window.language.apply("en")
    _WINDOWS.clear()


def line_gaps(label_text: str, label_font: object, width: int) -> list[float]:
    """The distances between the lines of the card's words, laid out as the label lays them out."""
    document = QTextDocument()
    document.setDefaultFont(label_font)  # type: ignore[arg-type]
    document.setHtml(label_text)
    document.setTextWidth(width)
    document.size()  # (laid out now)
    gaps = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        gaps += [layout.lineAt(i + 1).y() - layout.lineAt(i).y() for i in range(layout.lineCount() - 1)]
        block = block.next()
    return gaps


@pytest.mark.parametrize(("kiosk", "text", "size"), [(True, "large", (1920, 1080)), (True, "largest", (1920, 1080)),
                                                     (False, "normal", (1366, 768)), (False, "largest", (1366, 768))])
def test_the_help_card_says_it_at_the_pages_size_in_red(qtbot: QtBot, kiosk: bool, text: str,
                                                        size: tuple[int, int]) -> None:
    window = opened(qtbot, kiosk, text, size)
    window.session.open_card(HELP_CARD)
    card = window.card
    qtbot.waitUntil(card.isVisible)
    words = card._definition
    body_px = window.viewer.document().defaultFont().pixelSize()
    assert words.fontInfo().pixelSize() == body_px
    gaps = line_gaps(words.text(), words.font(), words.width())
    assert gaps and all(abs(gap - LINE_EMS * body_px) <= 0.5 for gap in gaps), gaps
    assert card.card.property("help") is True
    assert card._term.palette().color(card._term.foregroundRole()).name() == STANDARD.help.lower()
    card.close_requested.emit()
    window.session.open_card("t-cell")
    qtbot.waitUntil(card.isVisible)
    assert not card.card.property("help")  # a word explained wears the usual blue
    assert card._term.palette().color(card._term.foregroundRole()).name() != STANDARD.help.lower()


def test_more_below_shows_the_rest_of_the_help_card_and_goes_at_its_end(qtbot: QtBot) -> None:
    window = opened(qtbot, True, "largest", (1920, 1080), "de")
    window.session.open_card(HELP_CARD)
    card = window.card
    qtbot.waitUntil(card.isVisible)
    area, more = card._words, card.more
    assert more.isVisible() and more.text() == "Mehr darunter ↓"
    assert card.card.rect().contains(more.geometry())
    assert window.help_box is not None
    last_sign = window.help_box.signs[-1]
    presses = 0
    while more.isVisible():
        qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
        presses += 1
        assert presses < 10
    bar = area.verticalScrollBar()
    assert bar.value() >= bar.maximum() - 8 and presses >= 1
    # The last sign is now inside the part of the card that shows.
    words = card._definition
    top_of_view = words.mapFrom(area.viewport(), QPoint(0, 0)).y()
    assert last_sign in card.definition_text and top_of_view + area.viewport().height() >= words.height() - 8
    assert card._close.isVisible() and card.isAncestorOf(window.focusWidget())  # focus stayed in the card


def test_a_word_explained_keeps_lines_of_about_65_letters(qtbot: QtBot) -> None:
    window = opened(qtbot, True, "largest", (1920, 1080))
    window.session.open_card("t-cell")
    card = window.card
    qtbot.waitUntil(card.isVisible)
    words = card._definition
    letters = words.width() / words.fontMetrics().averageCharWidth()
    assert 40 <= letters <= 72, letters


def test_the_settings_in_use_are_ticked(qtbot: QtBot) -> None:
    window = opened(qtbot, False, "normal", (1366, 768))
    window.session.open_card(SETTINGS_CARD)
    settings = window.settings_card
    qtbot.waitUntil(settings.isVisible)
    assert settings.sizes["normal"].text() == "✓ Normal" and settings.sizes["large"].text() == "Large"
    assert settings.sizes["normal"].accessibleName() == "Normal"  # (its state is said as "checked")
    qtbot.mouseClick(settings.sizes["large"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.sizes["large"].text() == "✓ Large")
    assert settings.sizes["normal"].text() == "Normal"
    assert settings.languages["en"].text() == "✓ English" and settings.contrasts["standard"].text().startswith("✓")


def test_a_word_explained_has_a_capital_first_letter(qtbot: QtBot) -> None:
    """"immunotherapy" and "sistema inmunitario" stood as card headings in lower case."""
    window = opened(qtbot, False, "normal", (1366, 768), "es")
    window.session.open_card("immunotherapy")
    qtbot.waitUntil(window.card.isVisible)
    assert window.card.term_text == "Inmunoterapia"
    assert [as_heading(word) for word in ("mRNA", "PD-1", "T cell", "cancer cell", "")] == [
        "mRNA", "PD-1", "T cell", "Cancer cell", ""]
