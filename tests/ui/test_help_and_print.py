"""'When to get help' with the clinic's own numbers, the topic foot, and large-print PDFs to take home."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ioexplainer.content.loader import load_pack
from ioexplainer.core.paths import content_root
from ioexplainer.core.settings import Settings
from ioexplainer.ui.main_window import MainWindow


def open_window(qtbot: QtBot, settings: Settings, tmp_path: Path | None = None) -> MainWindow:
    root = content_root()
    window = MainWindow(load_pack(root, "en"), settings, root)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    if tmp_path is not None:
        window.print_buttons.choose_path = lambda parent, name: tmp_path / name
    return window


CLINIC = Settings(help_phone="020 7946 0000", help_hours="day or night", emergency_number="999",
                  help_note="Ask for the acute oncology team.")


def test_the_help_box_shows_the_clinics_numbers_on_the_side_effects_topic(qtbot: QtBot) -> None:
    window = open_window(qtbot, CLINIC)
    window.session.go_to("side-effects")
    text = window.viewer.toPlainText()
    assert "When to get help" in text and "Call your care team straight away, day or night" in text
    assert "Your care team, day or night: 020 7946 0000" in text and "Hours: day or night" in text
    assert "Ask for the acute oncology team." in text and "call 999 now" in text
    assert text.index("When to get help") < text.index("This topic explains the side effects")  # at the top
    assert "Feeling unwell now?" not in text  # that line is for kiosks
    window.session.go_to("what-to-expect")
    assert "When to get help" in window.viewer.toPlainText()
    window.session.go_to("how-cancer-escapes")
    assert "Call your care team straight away" not in window.viewer.toPlainText()


def test_without_a_number_the_box_points_to_the_alert_card(qtbot: QtBot) -> None:
    window = open_window(qtbot, Settings(kiosk=True))
    window.session.go_to("side-effects")
    text = window.viewer.toPlainText()
    assert "Use the 24-hour number your care team gave you" in text and "alert card" in text
    assert "call your local emergency number now" in text
    assert "Feeling unwell now? Please tell a member of staff." in text


def test_the_help_button_opens_the_signs_from_any_topic_and_a_reset_closes_it(qtbot: QtBot) -> None:
    window = open_window(qtbot, CLINIC)
    window.session.go_to("how-cancer-escapes")
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
    assert window.card.isVisible() and window.card.term_text == "When to get help"
    assert "• blood or slime in your poo" in window.card.definition_text
    assert "020 7946 0000" in window.card.definition_text
    window.visitor.reset()
    assert not window.card.isVisible()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_what_to_do_in_an_emergency_comes_first_in_bold_and_in_view(qtbot: QtBot, lang: str) -> None:
    """At the largest text on a 1366x768 laptop the card's end is below the fold: the emergency line is
    the first thing under the title, in bold, on screen without scrolling; the pack's words stay words."""
    from dataclasses import replace

    from PySide6.QtGui import QTextDocument

    root = content_root()
    pack = load_pack(root, lang)
    assert pack.help is not None
    signs = (*pack.help.call_now, "<b>not markup</b> & more")  # a pack's words are shown, never run as markup
    window = MainWindow(replace(pack, help=replace(pack.help, call_now=signs)), Settings(text_size="largest",
                                                                                       lang=lang), root)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
    card = window.card
    emergency = window.help_box.emergency if window.help_box else ""
    assert emergency and card.definition_text.startswith(emergency)
    label = card._definition
    document = QTextDocument()
    document.setHtml(label.text())
    first = document.firstBlock()
    assert first.text() == emergency and first.begin().fragment().charFormat().fontWeight() >= 700
    assert "<b>not markup</b> & more" in document.toPlainText()
    scroll = card._words
    assert scroll.verticalScrollBar().value() == 0
    line = label.fontMetrics().lineSpacing()
    assert scroll.viewport().height() >= 3 * line  # the emergency line (two lines here) shows whole, unscrolled


@pytest.mark.parametrize(("size", "text"), [((1280, 800), "largest"), ((1366, 768), "largest"), ((800, 600), "large")])
def test_the_help_card_fits_the_window_and_its_signs_scroll(qtbot: QtBot, size: tuple[int, int], text: str) -> None:
    """At the largest text the list of signs is taller than the window: the card stays inside it, Close in
    view, and the list scrolls to its last line (the signs must never lie out of reach)."""
    window = open_window(qtbot, Settings(text_size=text, help_phone="020 7946 0000"))
    window.resize(*size)
    window.session.go_to("how-cancer-escapes")
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
    card, words = window.card.card, window.card._words
    assert window.rect().contains(card.geometry())
    close = window.card._close
    assert card.rect().contains(close.geometry()) and close.hasFocus()
    assert words.verticalScrollBar().maximum() > 0, "the signs do not fit at this size: they scroll"
    assert words.verticalScrollBar().value() == 0  # from the first sign
    qtbot.keyClick(close, Qt.Key.Key_Tab)  # Tab from Close wraps to the list (focus stays in the card)
    assert words.hasFocus()
    for _ in range(8):
        qtbot.keyClick(words, Qt.Key.Key_PageDown)  # the keyboard reaches the end of the list
    assert words.verticalScrollBar().value() == words.verticalScrollBar().maximum()
    label = window.card._definition
    last = label.mapTo(words.viewport(), label.rect().bottomLeft()).y()
    assert last <= words.viewport().height()  # the last line is on screen
    window.session.close_card()
    window.session.open_card("t-cell")  # the next card starts from its top, and a short one does not scroll
    assert words.verticalScrollBar().maximum() == 0 and window.rect().contains(card.geometry())


def test_each_topic_ends_with_when_it_was_checked_and_its_sources(qtbot: QtBot) -> None:
    window = open_window(qtbot, Settings())
    for topic in window.pack.topics:
        window.session.go_to(topic.slug)
        foot = window.viewer.toPlainText().strip().splitlines()[-2:]
        assert re.fullmatch(r"Last checked: [A-Z][a-z]+ 20\d\d", foot[0]), (topic.slug, foot)
        assert foot[1].startswith("Sources: ") and topic.sources[0].publisher in foot[1]
        assert f"{topic.sources[0].title}, {topic.sources[0].publisher}" in foot[1]
        assert "))" not in foot[1]  # "(patient guide) (European Society for Medical Oncology (ESMO))" read badly


@pytest.mark.parametrize("text", ["normal", "largest"])
def test_the_checklists_tables_line_up_one_under_another(qtbot: QtBot, text: str) -> None:
    """Every section's table has the same columns in the same places, and each column to fill in has room
    to write in (at least a sixth of the table)."""
    from PySide6.QtGui import QTextCursor

    from ioexplainer.ui.topic_document import _tables

    window = open_window(qtbot, Settings(text_size=text))
    window.session.go_to("symptom-checklist")
    viewer = window.viewer
    tables = _tables(viewer.document())
    assert len(tables) >= 4
    edges = []
    for table in tables:
        xs = []
        for column in range(table.columns()):
            cursor = QTextCursor(table.cellAt(1, column).firstCursorPosition())
            xs.append(viewer.cursorRect(cursor).left())
        edges.append(xs)
    assert all(xs == edges[0] for xs in edges), edges
    widths = [b - a for a, b in zip(edges[0], edges[0][1:], strict=False)]
    table_width = viewer.document().documentLayout().frameBoundingRect(tables[0]).width()
    assert all(w >= table_width / 6 for w in widths[1:]), (widths, table_width)


def test_save_as_pdf_writes_large_print_pages(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, CLINIC, tmp_path)
    window.session.go_to("how-cancer-escapes")
    assert not window.print_buttons.isVisible()  # only the checklist and the questions are for paper
    window.session.go_to("symptom-checklist")
    assert window.print_buttons.isVisible() and window.print_buttons.save.isVisible()
    with qtbot.waitSignal(window.print_buttons.done) as saved:
        qtbot.mouseClick(window.print_buttons.save, Qt.MouseButton.LeftButton)
    pdf = (tmp_path / "symptom-checklist.pdf").read_bytes()
    pages = int(re.search(r"Saved symptom-checklist.pdf \((\d+) pages\)", saved.args[0]).group(1))  # type: ignore[union-attr]
    assert pdf.startswith(b"%PDF") and pages >= 1
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == pages


def test_a_pdf_of_the_questions_holds_the_help_box_at_home(tmp_path: Path, qapp: object) -> None:
    from PySide6.QtGui import QTextDocument

    from ioexplainer.content.help import compose_help
    from ioexplainer.ui.printing import fewest_pages

    pack = load_pack(content_root())
    assert pack.help is not None
    topic = pack.topic("questions-for-your-care-team")
    assert topic is not None and topic.printable and not topic.help_box
    document: QTextDocument = fewest_pages(topic, compose_help(pack.help, "020 7946 0000"), None)
    assert "020 7946 0000" in document.toPlainText() and "When to get help" in document.toPlainText()
    assert document.defaultFont().pointSizeF() >= 13  # large print, never shrunk below 13 pt


@pytest.mark.parametrize("printer", [False, True])
def test_a_kiosk_offers_print_only_with_a_printer_and_never_files(qtbot: QtBot, printer: bool) -> None:
    """Without a printer the page still asks its reader to print it: the kiosk says who can (review)."""
    window = open_window(qtbot, Settings(kiosk=True, printer=printer))
    window.session.go_to("symptom-checklist")
    buttons = window.print_buttons
    assert buttons.isVisible() and buttons.print.isVisibleTo(window) is printer
    assert not buttons.save.isVisibleTo(window)
    asks = "ask a member of staff to print it" in buttons.message.text()
    assert asks is not printer and buttons.message.isVisibleTo(window) and (asks or buttons.message.text() == "")
    window.session.go_to("side-effects")  # not a page for paper: nothing said
    assert not buttons.isVisible()


def test_one_settings_panel_for_text_size_language_contrast_and_pictures(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    from ioexplainer.app.main import build_window

    window = build_window(Settings(kiosk=True), remember=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.settings_button, Qt.MouseButton.LeftButton)
    card = window.settings_card
    assert card.isVisible() and card.contrasts["standard"].isChecked() and card.sizes["large"].isChecked()
    qtbot.mouseClick(card.sizes["largest"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.contrasts["high"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.motion["still"], Qt.MouseButton.LeftButton)
    assert window.session.state.text_size == "largest" and window.appearance.contrast == "high"
    assert window.diagram.player.reduced_motion and card.isVisible() and card.sizes["largest"].isChecked()
    assert "#000000" in window.styleSheet()  # the high-contrast colours are on screen
    qtbot.mouseClick(card.languages["es"], Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert window.pack.lang == "es" and card.languages["es"].text() == "✓ Español"  # (ticked: in use)
    window.visitor.reset()  # the next visitor gets the kiosk's own settings back
    QApplication.processEvents()
    assert window.session.state.text_size == "large" and window.appearance.contrast == "standard"
    assert not window.diagram.player.reduced_motion and window.pack.lang == "en" and not card.isVisible()


def test_a_card_that_scrolls_shows_a_soft_edge_until_its_end(qtbot: QtBot) -> None:
    """Settings at the largest text on a 1366x768 laptop: its last row is below the fold, and a soft edge
    says so (a row cut through its words looked broken); at the end the edge goes."""
    from ioexplainer.ui.fade import EdgeFade

    window = open_window(qtbot, Settings(text_size="largest"))
    qtbot.mouseClick(window.settings_button, Qt.MouseButton.LeftButton)
    card = window.settings_card
    area = next(a for a in card.findChildren(EdgeFade) if a.area.isVisible()).area
    fade = next(f for f in area.findChildren(EdgeFade))
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert fade.isVisible() and fade.geometry().bottom() == area.viewport().geometry().bottom()
    bar.setValue(bar.maximum())
    assert not fade.isVisible()
    bar.setValue(0)
    assert fade.isVisible()
