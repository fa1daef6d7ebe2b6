"""The main window driven like a person would: clicks, keys, links, the glossary card, text size."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from ioexplainer.content.loader import load_pack
from ioexplainer.core.paths import content_root
from ioexplainer.core.settings import Settings
from ioexplainer.ui.main_window import MainWindow
from ioexplainer.ui.preferences import Preferences
from ioexplainer.ui.theme import TEXT_PX


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    root = content_root()
    win = MainWindow(load_pack(root, "en"), Settings(), root)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    with qtbot.waitExposed(win):
        win.show()
    return win


def click_topic(qtbot: QtBot, win: MainWindow, row: int) -> None:
    item = win.navigator.item(row)
    rect = win.navigator.visualItemRect(item)
    qtbot.mouseClick(win.navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_starts_on_the_first_topic(window: MainWindow) -> None:
    assert window.viewer.topic is not None and window.viewer.topic.slug == "what-is-immuno-oncology"
    assert window.navigator.current_slug() == "what-is-immuno-oncology"
    assert "What is immuno-oncology?" in window.viewer.toPlainText()
    assert not window.previous_button.isEnabled() and window.next_button.isEnabled()
    assert window.position_label.text() == f"Topic 1 of {len(window.pack.topics)}"


def test_keyboard_focus_starts_on_the_words_to_read(window: MainWindow) -> None:
    """Not on the first header button (Home, with a focus ring, as if it had been chosen)."""
    assert QApplication.focusWidget() is window.viewer


def test_clicking_the_navigator_shows_the_topic(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.session.topic_changed) as blocker:
        click_topic(qtbot, window, 4)
    assert blocker.args == ["how-cancer-escapes"]
    assert window.viewer.topic is not None and window.viewer.topic.slug == "how-cancer-escapes"
    assert "Pressing the brake" in window.viewer.toPlainText()


def test_keyboard_in_the_navigator(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_Down)
    qtbot.keyClick(window.navigator, Qt.Key.Key_Down)
    qtbot.keyClick(window.navigator, Qt.Key.Key_Return)
    assert window.session.state.topic == "how-immuno-oncology-is-different"


@pytest.mark.parametrize(("size", "text"), [((1366, 768), "normal"), ((2560, 1440), "large")])
def test_each_topic_in_the_list_is_as_tall_as_its_words(qtbot: QtBot, window: MainWindow,
                                                        size: tuple[int, int], text: str) -> None:
    """Measured on screen: under each item's last line of words, no more blank than its padding. (The
    height was worked out for a narrower width than the words are painted in: up to two blank lines.)"""
    window.resize(*size)
    window.session.set_text_size(text)
    qtbot.waitUntil(lambda: window.navigator.isVisible() and window.width() == size[0])
    qtbot.wait(20)
    navigator = window.navigator
    image = navigator.viewport().grab().toImage()
    checked = 0
    for row in range(navigator.count()):
        rect = navigator.visualItemRect(navigator.item(row))
        if rect.top() < 0 or rect.bottom() >= image.height():
            continue  # (scrolled out of view)
        background = image.pixelColor(rect.left() + 4, rect.bottom() - 2)
        inked = [y for y in range(rect.top(), rect.bottom())
                 if any(abs(image.pixelColor(x, y).lightness() - background.lightness()) > 60
                        for x in range(rect.left() + 20, rect.right() - 40, 2))]
        assert inked, f"item {row} shows words"
        # (its padding, and the room under the last line's letters: "treatments" has none that go below it)
        allowed = 20 + QFontMetrics(navigator.font()).descent()
        assert rect.bottom() - max(inked) <= allowed, f"item {row}: {rect.bottom() - max(inked)} px blank under it"
        checked += 1
    assert checked >= 3


def test_next_and_previous_walk_in_order(qtbot: QtBot, window: MainWindow) -> None:
    slugs = [t.slug for t in window.pack.topics]
    for expected in slugs[1:]:
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
        assert window.session.state.topic == expected
        assert window.navigator.current_slug() == expected
    assert window.next_button.isEnabled() and window.next_button.text() == "Finish ›"  # no dead end
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.end_card.isVisible() and "one thing you learned" in window.end_card.message.text()
    qtbot.mouseClick(window.end_card.again, Qt.MouseButton.LeftButton)
    assert not window.end_card.isVisible() and window.session.state.topic == slugs[0]  # start again
    assert window.next_button.text() == "Next ›"
    window.session.go_to(slugs[-1])
    qtbot.mouseClick(window.previous_button, Qt.MouseButton.LeftButton)
    assert window.session.state.topic == slugs[-2]


def test_back_forward_home_like_a_browser(qtbot: QtBot, window: MainWindow) -> None:
    assert not window.back_button.isEnabled()
    click_topic(qtbot, window, 2)
    click_topic(qtbot, window, 5)
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.session.state.topic == "how-immuno-oncology-is-different"
    assert window.forward_button.isEnabled()
    qtbot.mouseClick(window.forward_button, Qt.MouseButton.LeftButton)
    assert window.session.state.topic == "how-treatment-works"
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    assert window.session.state.topic == "what-is-immuno-oncology"
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.session.state.topic == "how-treatment-works"


def test_topic_link_moves_viewer_and_navigator(qtbot: QtBot, window: MainWindow) -> None:
    window.viewer.anchorClicked.emit(QUrl("topic:how-treatment-works"))
    assert window.viewer.topic is not None and window.viewer.topic.slug == "how-treatment-works"
    assert window.navigator.current_slug() == "how-treatment-works"


def test_glossary_link_opens_a_card_and_closes(qtbot: QtBot, window: MainWindow) -> None:
    window.session.go_to("how-cancer-escapes")
    position = window.viewer.toPlainText().index("PD-1")
    cursor = window.viewer.textCursor()
    cursor.setPosition(position + 1)
    point = window.viewer.cursorRect(cursor).center()
    window.viewer.ensureCursorVisible()
    cursor_rect = window.viewer.cursorRect(cursor)
    with qtbot.waitSignal(window.session.card_changed) as blocker:
        qtbot.mouseClick(window.viewer.viewport(), Qt.MouseButton.LeftButton, pos=cursor_rect.center())
    assert point is not None and blocker.args == ["pd-1"]
    assert window.card.isVisible()
    assert window.card.term_text == "PD-1"
    assert window.card.definition_text == window.pack.glossary["pd-1"].definition
    qtbot.keyClick(window.card, Qt.Key.Key_Escape)
    assert not window.card.isVisible() and window.session.state.card is None


def test_card_closes_with_button_and_tap_outside(qtbot: QtBot, window: MainWindow) -> None:
    window.viewer.anchorClicked.emit(QUrl("term:t-cell"))
    assert window.card.isVisible()
    qtbot.mouseClick(window.card._close, Qt.MouseButton.LeftButton)
    assert not window.card.isVisible()
    window.viewer.anchorClicked.emit(QUrl("term:t-cell"))
    qtbot.mouseClick(window.card, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not window.card.isVisible()


def test_external_links_are_explained_not_opened(qtbot: QtBot, window: MainWindow) -> None:
    window.viewer.anchorClicked.emit(QUrl("https://example.org/"))
    assert window.card.isVisible()
    assert "without the internet" in window.card.definition_text
    assert "PySide6.QtNetwork" not in sys.modules


def test_refused_resources_are_empty_never_none(window: MainWindow) -> None:
    """None would let Qt load the file itself; an empty image leaves it nothing to load."""
    for url in (QUrl("https://example.org/a.png"), QUrl.fromLocalFile("/etc/passwd")):
        image = window.viewer.loadResource(2, url)
        assert image is not None and image.isNull()


def test_the_diagrams_icons_grow_with_the_text(qtbot: QtBot, window: MainWindow) -> None:
    """A fixed 26 px icon was a speck on the kiosk's 94 px buttons: icons follow the buttons' words."""
    controls = window.build_diagram().controls
    normal = controls.restart.iconSize().width(), controls.play.iconSize().width()
    window.session.set_text_size("largest")
    assert controls.restart.iconSize().width() >= 1.6 * normal[0]
    assert controls.play.iconSize().width() >= 1.4 * normal[1]  # (beside "Pause": kept a little smaller)
    window.session.set_text_size("normal")  # (the window lays itself out again: Play gets its words back)
    qtbot.waitUntil(lambda: (controls.restart.iconSize().width(), controls.play.iconSize().width()) == normal)


def test_a_focus_ring_moves_nothing(qtbot: QtBot, window: MainWindow) -> None:
    """The ring is thicker than a button's border; the margin round the button gives it that room, so
    focus (a tap, Tab) never makes a button bigger and pushes its neighbours (or the header) along."""
    window.build_diagram()
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Shift)  # a key: the rings show (see FocusRings)
    qtbot.waitUntil(lambda: window.focus_rings)
    qtbot.wait(10)
    buttons = [b for b in window.findChildren(QPushButton) if b.isVisible() and b.isEnabled()
               and b.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert len(buttons) >= 10
    def places() -> list[tuple[QPoint, QSize]]:
        return [(b.mapTo(window, QPoint(0, 0)), b.size()) for b in buttons]

    before = places()
    for button in buttons[:12]:
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(button.hasFocus)
        # The window styled again while the button has focus (as pressing "Larger text" or "High contrast"
        # does): every button is measured afresh, the focused one with its ring.
        for contrast in ("high", "standard"):
            window.appearance.set_contrast(contrast)
        qtbot.wait(5)  # (a layout asked for by a bigger button would run now)
        assert places() == before, button.text()


def test_showing_topics_keeps_one_document(qtbot: QtBot, window: MainWindow) -> None:
    """Each topic is built in a document of its own and shown at once: the ones before it are deleted
    (a kiosk shows thousands of topics a day; kept, they took a kiosk process from 150 to 1,090 MiB)."""
    from PySide6.QtGui import QTextDocument

    slugs = [topic.slug for topic in window.pack.topics]
    for _ in range(3):
        for slug in slugs:
            window.session.go_to(slug)
        qtbot.wait(5)  # the event loop runs, as it does between a visitor's taps
    assert len(window.viewer.findChildren(QTextDocument)) <= 2  # the one shown (and Qt's own, once)
    assert window.viewer.document().toPlainText().startswith(window.pack.topics[-1].title)


def test_text_size_steps(qtbot: QtBot, window: MainWindow) -> None:
    assert window.session.state.text_size == "normal"
    before = window.viewer.font().pixelSize()
    qtbot.mouseClick(window.text_size.larger, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.text_size.larger, Qt.MouseButton.LeftButton)
    assert window.session.state.text_size == "largest"
    assert window.viewer.font().pixelSize() == TEXT_PX["largest"] == 2 * before  # 200%, as WCAG 1.4.4 asks
    assert not window.text_size.larger.isEnabled()
    for _ in range(3):
        qtbot.mouseClick(window.text_size.smaller, Qt.MouseButton.LeftButton)
    assert window.session.state.text_size == "small"
    assert not window.text_size.smaller.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.session.state.text_size == "normal"


def test_reset_forgets_the_visitor(qtbot: QtBot, window: MainWindow) -> None:
    window.session.go_to("how-cancer-escapes")
    window.session.change_text_size(1)
    window.session.open_card("t-cell")
    with qtbot.waitSignal(window.session.reset_done):
        window.visitor.reset()
    state = window.session.state
    assert (state.topic, state.text_size, state.card) == ("what-is-immuno-oncology", "normal", None)
    assert state.history.back == [] and not window.back_button.isEnabled()
    assert not window.card.isVisible()


def test_preferences_remember_size_and_text(qtbot: QtBot, tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    root = content_root()
    first = MainWindow(load_pack(root), Settings(), root, Preferences(store))
    qtbot.addWidget(first)
    first.show()
    first.resize(1300, 820)
    first.session.change_text_size(1)
    first.close()
    second = MainWindow(load_pack(root), Settings(), root, Preferences(store))
    qtbot.addWidget(second)
    assert second.session.state.text_size == "large"
    assert (second.width(), second.height()) == (1300, 820)


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1280, 720), (1080, 1920), (1024, 768)])
def test_layouts_fit_without_clipping(qtbot: QtBot, window: MainWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    qtbot.wait(1)
    assert (window.width(), window.height()) == size
    for button in (window.back_button, window.home_button, window.next_button, window.previous_button):
        assert button.width() >= button.sizeHint().width() - 1, button.text()
        assert button.height() >= 44
    if window.tabs.isVisible():  # a small window: the diagram is the "Picture" tab
        qtbot.mouseClick(window.tabs.picture, Qt.MouseButton.LeftButton)
        qtbot.wait(1)
    assert window.diagram_panel.width() > 400 and window.diagram_panel.height() > 250
    for button in window.diagram.controls.findChildren(QPushButton):
        assert button.width() >= button.sizeHint().width() - 1, button.accessibleName()


def test_topics_drive_the_diagram(qtbot: QtBot, window: MainWindow) -> None:
    window.session.go_to("how-cancer-escapes")
    assert window.diagram.player.mode == "before" and window.diagram.player.phase_index == 3  # the brake
    assert window.diagram_panel.isVisible()
    window.session.go_to("how-treatment-works")
    assert window.diagram.player.mode == "after"
    window.session.go_to("questions-for-your-care-team")  # no scene: the diagram hides and stops
    assert not window.diagram_panel.isVisible() and not window.diagram.player.timer_active


def test_choosing_a_phase_can_show_its_topic(qtbot: QtBot, window: MainWindow) -> None:
    window.session.go_to("how-cancer-escapes")
    window.diagram.player.set_mode("after", "block")
    link = window.diagram.caption.read_more
    assert link.isVisible() and "How the treatment works" in link.text()
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert window.session.state.topic == "how-treatment-works"
    assert not link.isVisible()  # the topic on screen needs no link to itself


def test_minimised_window_runs_no_diagram_timer(qtbot: QtBot, window: MainWindow) -> None:
    window.session.go_to("how-treatment-works")
    window.diagram.player.play()
    assert window.diagram.player.timer_active
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.diagram.player.timer_active)


def test_a_pack_with_no_usable_topic_says_so_kindly(qtbot: QtBot, make_pack) -> None:
    root = make_pack()
    for topic in (root / "en").glob("*.md"):
        topic.write_text("+++\ntitle = broken\n")  # every topic file is broken
    pack = load_pack(root)
    assert pack.topics == () and pack.problems
    win = MainWindow(pack, Settings(), root)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    assert "nothing to read yet" in win.viewer.toPlainText()
    assert "ioexplainer check" in win.viewer.toPlainText()
    assert not win.next_button.isEnabled() and not win.diagram_area.isVisible()
    win.session.step(1)  # nothing to step to, and nothing breaks
    win.session.reset()
    assert win.session.state.topic is None


def test_the_topic_list_shows_summaries_marks_what_was_read_and_keeps_its_width(qtbot: QtBot,
                                                                               window: MainWindow) -> None:
    from ioexplainer.ui.navigator import READ_ROLE, SUMMARY_ROLE

    first, topic = window.navigator.item(0), window.pack.topics[0]
    assert first.data(SUMMARY_ROLE) == topic.tagline != ""  # not only a hover tip: its few words, on one line
    assert first.data(Qt.ItemDataRole.AccessibleDescriptionRole) == first.toolTip() == topic.summary  # the whole
    width = window.navigator.width()
    window.session.go_to("questions-for-your-care-team")  # no diagram: the text column gets the room
    qtbot.wait(1)
    assert window.navigator.width() == width
    read = [window.navigator.item(i).data(READ_ROLE) for i in range(window.navigator.count())]
    assert read[0] and read[-1] and not read[1]
    window.visitor.reset()
    assert [window.navigator.item(i).data(READ_ROLE) for i in range(3)] == [True, False, False]  # home only


def test_f1_shows_every_keyboard_key(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.card.isVisible() and window.card.term_text == "Keyboard keys"
    text = window.card.definition_text
    assert "Alt+Home: Home" in text and "F1, ?: Keyboard keys" in text and "Enter or Space presses it" in text
    from PySide6.QtGui import QKeySequence

    taken = {s.toString() for action in window.commands.all() for s in action.shortcuts()}
    assert QKeySequence("Ctrl+F").toString() not in taken  # kept free for the search that comes later


def test_topic_changes_and_diagram_steps_are_announced(qtbot: QtBot, window: MainWindow) -> None:
    from ioexplainer.ui import announce

    announce.SENT.clear()
    window.session.go_to("how-cancer-escapes")
    assert announce.SENT[0].startswith("How cancer hides from the immune system.")
    assert any(words.startswith("Step 4 of 7: The brake.") for words in announce.SENT), announce.SENT


@pytest.mark.parametrize("size", [(1920, 1080), (2560, 1440)])
def test_reading_lines_stay_under_about_75_characters(qtbot: QtBot, window: MainWindow,
                                                     size: tuple[int, int]) -> None:
    window.resize(*size)
    window.session.go_to("questions-for-your-care-team")  # no diagram: the widest text column
    qtbot.wait(1)
    layout = window.viewer.document().documentLayout()
    longest = 0
    block = window.viewer.document().begin()
    while block.isValid():
        text_layout = block.layout()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            longest = max(longest, len(block.text()[line.textStart():line.textStart() + line.textLength()]))
        block = block.next()
    assert layout is not None and 30 < longest <= 80, longest


def test_screen_reader_action_on_a_list_item_opens_the_topic(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtGui import QAccessible

    QAccessible.setActive(True)
    listing = QAccessible.queryAccessibleInterface(window.navigator)
    item = listing.child(3)
    assert item.role() == QAccessible.Role.ListItem
    assert item.text(QAccessible.Text.Name).startswith("4. ")
    actions = item.actionInterface()
    assert actions is not None and actions.actionNames()  # what AT-SPI offers ("Toggle" in Qt 6)
    with qtbot.waitSignal(window.session.topic_changed) as blocker:
        actions.doAction(actions.actionNames()[0])
    slug = window.pack.topics[3].slug
    assert blocker.args == [slug]
    assert window.viewer.topic is not None and window.viewer.topic.slug == slug
    assert window.navigator.current_slug() == slug
    # The same action on the open topic keeps it open and highlighted instead of emptying the list.
    actions = listing.child(3).actionInterface()
    actions.doAction(actions.actionNames()[0])
    qtbot.waitUntil(lambda: [i.data(Qt.ItemDataRole.DisplayRole) for i in window.navigator.selectedItems()]
                    == [window.navigator.item(3).text()])
    assert window.viewer.topic.slug == slug


def test_arrow_keys_move_without_opening(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_Down)
    qtbot.keyClick(window.navigator, Qt.Key.Key_Down)
    qtbot.wait(50)  # let the deferred selection check run
    assert window.session.state.topic == "what-is-immuno-oncology"
    assert window.navigator.currentRow() == 2


def test_assistive_technology_cannot_change_the_topic_text(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtGui import QAccessible

    QAccessible.setActive(True)
    before = window.viewer.toPlainText()
    window.viewer.verticalScrollBar().setValue(200)
    editable = QAccessible.queryAccessibleInterface(window.viewer).editableTextInterface()
    assert editable is not None  # Qt offers it even though the viewer is read-only
    editable.insertText(0, "HACKED ")
    editable.deleteText(10, 40)
    qtbot.waitUntil(lambda: window.viewer.toPlainText() == before)
    assert "HACKED" not in window.viewer.toPlainText()
    assert window.viewer.verticalScrollBar().value() == 200  # the reader keeps their place


def test_tab_through_links_says_each_one(qtbot: QtBot, window: MainWindow) -> None:
    from ioexplainer.ui import announce

    window.viewer.setFocus()
    qtbot.waitUntil(window.viewer.hasFocus)
    announce.SENT.clear()
    qtbot.keyClick(window.viewer, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: any(text.startswith("Link: ") for text in announce.SENT))
    first = next(text for text in announce.SENT if text.startswith("Link: "))
    assert first == f"Link: {window.viewer.textCursor().selectedText().strip()}" and len(first) > len("Link: ")


@pytest.mark.parametrize(("kiosk", "size", "text"), [
    (False, (1366, 768), "largest"), (False, (1280, 800), "largest"), (True, (1080, 1920), ""),
    (True, (1366, 768), "largest")], ids=["laptop-1366-largest", "laptop-1280-largest", "kiosk-portrait",
                                          "kiosk-1366-largest"])
def test_the_apps_name_shows_beside_one_row_of_buttons(qtbot: QtBot, kiosk: bool, size: tuple[int, int],
                                                       text: str) -> None:
    """Where its own size leaves no room, the name takes the buttons' size, on one line or two no taller
    than they are (the header was blank for 650-730 px there); the buttons keep their one row."""
    from ioexplainer.app.main import build_window

    window = build_window(Settings(kiosk=kiosk, text_size=text), remember=False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.wait(50)
    title = window.app_title
    assert title.isVisible()
    assert title.heightForWidth(title.width()) <= title.height()  # every word of it shows
    flow = window.header_flow
    buttons = [w for i in range(flow.count()) if (w := flow.itemAt(i).widget()) is not None  # type: ignore[union-attr]
               and w.isVisible()]
    assert len({b.mapTo(window, QPoint(0, 0)).y() for b in buttons}) == 1
    assert title.height() <= max(b.height() for b in buttons) + 8
    window.allow_close = True


def test_a_topics_few_words_use_the_width_under_its_tick(qtbot: QtBot, window: MainWindow) -> None:
    """On a 1366x768 laptop the list is 269 px wide: "How your body guards itself" wrapped onto a second
    line in the room beside the tick, which only the title needs. It keeps to one line now."""
    from PySide6.QtGui import QFont

    from ioexplainer.ui.navigator import SUMMARY_SCALE, V_PADDING

    window.resize(1366, 768)
    navigator = window.navigator
    qtbot.waitUntil(lambda: navigator.isVisible() and window.width() == 1366)
    qtbot.wait(20)
    small = QFont(navigator.font())
    small.setPixelSize(round(navigator.font().pixelSize() * SUMMARY_SCALE))
    one_line_each = navigator.fontMetrics().height() + QFontMetrics(small).height() + 4 + V_PADDING
    assert navigator.visualItemRect(navigator.item(1)).height() <= one_line_each + 2  # "2. Your immune system"
