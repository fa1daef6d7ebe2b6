"""Small windows and larger text: the topic list becomes a drawer, text and picture become two tabs,
and the header's buttons go into the Menu. Driven through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ioexplainer.content.loader import load_pack
from ioexplainer.core.paths import content_root
from ioexplainer.core.settings import Settings
from ioexplainer.ui.main_window import TOPICS_CARD, MainWindow


def letters_per_line(window: MainWindow) -> float:
    """The median length of the topic's full lines of text, as laid out (each paragraph's last line left out)."""
    lengths = []
    block = window.viewer.document().begin()
    while block.isValid():
        layout = block.layout()
        lengths += [layout.lineAt(i).textLength() for i in range(layout.lineCount() - 1)]
        block = block.next()
    assert lengths, "no full line"
    return sorted(lengths)[len(lengths) // 2]


def window_of(qtbot: QtBot, width: int, height: int) -> MainWindow:
    """A laptop window of this size, its diagram built."""
    root = content_root()
    window = MainWindow(load_pack(root), Settings(), root)
    qtbot.addWidget(window)
    window.show()
    window.resize(width, height)
    window.build_diagram()
    qtbot.wait(1)
    return window


@pytest.fixture
def small(qtbot: QtBot) -> MainWindow:
    return window_of(qtbot, 1024, 768)


def test_the_menu_holds_the_list_and_the_header_buttons(qtbot: QtBot, small: MainWindow) -> None:
    assert small.topics_button.isVisible() and small.topics_button.text() == "Menu"
    assert not small.navigator.isVisible() and not small.settings_button.isVisible()
    assert small.help_button.isVisible() and small.home_button.isVisible()  # help is never hidden away
    qtbot.mouseClick(small.topics_button, Qt.MouseButton.LeftButton)
    assert small.drawer.isVisible() and small.navigator.isVisible() and small.settings_button.isVisible()
    assert small.drawer.card.isAncestorOf(small.settings_button) and small.navigator.hasFocus()
    assert not small.viewer.isEnabled()  # what is under the drawer is inert
    item = small.navigator.item(4)
    qtbot.mouseClick(small.navigator.viewport(), Qt.MouseButton.LeftButton,
                     pos=small.navigator.visualItemRect(item).center())
    assert small.session.state.topic == "how-cancer-escapes"
    assert not small.drawer.isVisible() and small.viewer.isEnabled()


def test_esc_or_a_tap_beside_it_closes_the_drawer(qtbot: QtBot, small: MainWindow) -> None:
    qtbot.mouseClick(small.topics_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(small.navigator, Qt.Key.Key_Escape)
    assert not small.drawer.isVisible() and small.session.state.card is None
    qtbot.mouseClick(small.topics_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(small.drawer, Qt.MouseButton.LeftButton, pos=small.drawer.rect().center()
                     + small.drawer.rect().topRight() / 3)
    assert not small.drawer.isVisible()


def test_read_and_picture_tabs(qtbot: QtBot, small: MainWindow) -> None:
    small.session.go_to("how-cancer-escapes")
    assert small.tabs.isVisible() and small.viewer.isVisible() and not small.diagram.isVisible()
    assert not small.position_label.isVisible()  # the tabs take its place beside Previous and Next
    qtbot.mouseClick(small.tabs.picture, Qt.MouseButton.LeftButton)
    assert small.diagram.isVisible() and not small.viewer.isVisible()
    assert small.next_button.isVisible() and small.previous_button.isVisible()  # still under the picture
    qtbot.waitUntil(lambda: small.diagram.view.height() >= 400)  # the picture beside its words, not a strip
    qtbot.mouseClick(small.next_button, Qt.MouseButton.LeftButton)
    assert small.viewer.isVisible() and small.tabs.read.isChecked()  # a new topic opens on its text
    small.session.go_to("symptom-checklist")
    assert not small.tabs.isVisible()  # a topic without a picture has no tabs


def test_growing_the_window_puts_everything_back(qtbot: QtBot, small: MainWindow) -> None:
    small.session.open_card(TOPICS_CARD)
    small.resize(1600, 1000)
    qtbot.wait(1)
    assert small.session.state.card is None and not small.drawer.isVisible()
    assert small.navigator.isVisible() and small.settings_button.isVisible() and not small.topics_button.isVisible()
    assert small.header.isAncestorOf(small.settings_button)
    order = [small.back_button, small.forward_button, small.home_button, small.help_button,
             small.language_picker.button, small.settings_button]
    assert [b.x() for b in order] == sorted(b.x() for b in order)  # in their places, in order
    assert small.viewer.isVisible() and small.diagram.isVisible() and not small.tabs.isVisible()


def test_portrait_puts_the_picture_on_top_at_full_width(qtbot: QtBot, small: MainWindow) -> None:
    small.resize(1080, 1920)
    small.session.go_to("how-cancer-escapes")
    qtbot.wait(1)
    assert small.topics_button.text() == "Topics" and small.settings_button.isVisible()
    top = small.diagram_area.mapTo(small, small.diagram_area.rect().topLeft()).y()
    assert top < small.viewer.mapTo(small, small.viewer.rect().topLeft()).y()
    assert small.diagram_area.width() >= 1000 and small.diagram_area.height() >= 1920 * 0.4
    # the picture takes what ten lines of text leave: more than half the height between the rows of buttons
    assert small.diagram_area.height() > small.viewer.height() >= small.viewer.height_for_lines(10)


def test_a_portrait_window_at_larger_text_keeps_its_header_one_row_with_the_rest_in_the_menu(
        qtbot: QtBot, small: MainWindow) -> None:
    """The buttons would need two rows at larger text on a portrait window: they go into the Menu (as in
    a small window), the header stays one row, and A- brings them back when they fit again."""
    small.resize(1080, 1920)
    qtbot.wait(1)
    one_row = small.header.height()
    assert small.topics_button.text() == "Topics" and small.settings_button.isVisible()
    qtbot.mouseClick(small.text_size.larger, Qt.MouseButton.LeftButton)  # A+ in the header, then Ctrl++
    while small.session.state.text_size != "largest":
        qtbot.keyClick(small.viewer, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(1)
    assert small.topics_button.text() == "Menu" and not small.settings_button.isVisible()
    assert small.help_button.isVisible() and small.home_button.isVisible()  # help is never hidden away
    row = {b.mapTo(small, b.rect().topLeft()).y() for b in (small.topics_button, small.home_button, small.help_button)}
    assert len(row) == 1 and small.header.height() <= one_row * 1.6  # one row of larger buttons, not two
    qtbot.mouseClick(small.topics_button, Qt.MouseButton.LeftButton)
    assert small.drawer.card.isAncestorOf(small.settings_button) and small.settings_button.isVisible()
    while small.session.state.text_size != "normal":  # A- in the open Menu: it stays there, under the finger
        qtbot.mouseClick(small.text_size.smaller, Qt.MouseButton.LeftButton)
        assert small.drawer.isVisible() and small.text_size.smaller.isVisible()
    qtbot.keyClick(small.drawer, Qt.Key.Key_Escape)  # closed: the buttons fit the header again
    qtbot.wait(1)
    assert small.topics_button.text() == "Topics" and small.settings_button.isVisible()
    assert small.header.isAncestorOf(small.settings_button) and not small.drawer.holds_controls


def test_a_visitor_reset_closes_the_drawer(qtbot: QtBot, small: MainWindow) -> None:
    qtbot.mouseClick(small.topics_button, Qt.MouseButton.LeftButton)
    small.visitor.reset()
    assert not small.drawer.isVisible()


def test_bigger_picture_takes_the_whole_width_and_escape_or_a_new_topic_brings_the_text_back(qtbot: QtBot) -> None:
    window = window_of(qtbot, 1920, 1080)
    window.session.go_to("how-treatment-works")
    button = window.diagram_panel.bigger
    view = window.diagram.view
    qtbot.waitUntil(lambda: view.width() > 0)
    before = view.width() * view.height()
    assert button.isVisible() and button.text() == "Bigger picture"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.width() * view.height() >= 1920 * 1080 / 2)  # half the screen (was a fifth)
    assert view.width() * view.height() > 1.8 * before  # (1282x890 from 894x646)
    assert not window.viewer.isVisible() and not window.navigator.isVisible()
    assert button.text() == "Show the text too" and window.diagram.caption.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.viewer.isVisible() and button.text() == "Bigger picture"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window.session.go_to("what-to-expect")  # a new topic opens on its text
    assert window.viewer.isVisible() and button.text() == "Bigger picture"


def test_in_the_compact_arrangement_the_read_tab_shows_the_text_after_a_bigger_picture(qtbot: QtBot,
                                                                                      small: MainWindow) -> None:
    """The kiosk's Watch screen in a small window is the Picture tab; Read must still bring the text."""
    small.session.go_to("how-cancer-escapes")
    small.show_bigger_picture(True)
    assert small.diagram.isVisible() and not small.viewer.isVisible() and small.tabs.picture.isChecked()
    qtbot.mouseClick(small.tabs.read, Qt.MouseButton.LeftButton)
    assert small.viewer.isVisible() and not small.parts.watching


def test_a_1920x1080_laptop_window_gives_the_picture_more_with_the_tabs_above_it(qtbot: QtBot) -> None:
    """At 1920x1080 the picture was 744x530 (19% of the window) under a title row and over a row of
    scenario buttons. The list and text keep what they need (every topic in view) and the tabs take the
    title's place: 815x588 (23%); then, with lines of about 60 letters, not 67, 894x646 (28%)."""
    window = window_of(qtbot, 1920, 1080)
    window.session.go_to("how-cancer-escapes")
    diagram, panel = window.diagram, window.diagram_panel
    view = diagram.view
    qtbot.waitUntil(lambda: diagram.controls.modes_lent and view.width() * view.height() >= 0.27 * 1920 * 1080)
    assert not panel.title.isVisible() and panel.bigger.text() == "Bigger picture"
    assert diagram.controls.labels.isVisible()  # a laptop keeps every button
    assert window.viewer.isVisible() and 55 <= letters_per_line(window) <= 75  # comfortable lines
    assert window.navigator.isVisible() and window.navigator.verticalScrollBar().maximum() == 0  # all ten
