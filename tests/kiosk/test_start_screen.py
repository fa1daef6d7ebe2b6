"""The kiosk's start screen of topic tiles, driven as a visitor would: touch, keys, more topics, help."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QImage
from PySide6.QtWidgets import QApplication, QPushButton, QStyle, QStyleOptionSlider, QWidget
from pytestqt.qtbot import QtBot

from ioexplainer.core.colours import STANDARD
from ioexplainer.core.keep_together import keep_together
from ioexplainer.diagram.qt.widget import DiagramWidget
from ioexplainer.kiosk.mode import KioskMode
from ioexplainer.ui.kiosk_screens import KioskScreens
from ioexplainer.ui.main_window import HELP_CARD
from ioexplainer.ui.start_screen import LOWEST, TILE_LEAST, StartScreen
from tests.kiosk.test_kiosk import open_tile, start_visit


def screens_of(kiosk: KioskMode) -> KioskScreens:
    screens = kiosk.window.screens
    assert screens is not None
    return screens


def test_every_tile_has_its_words_and_a_picture_from_the_diagram(qtbot: QtBot, kiosk: KioskMode) -> None:
    start_visit(qtbot, kiosk)
    start = screens_of(kiosk).start
    qtbot.waitUntil(lambda: not start.pictures_pending)
    topics = kiosk.window.pack.topics
    by_key = {tile.key: tile for tile in start.tiles}
    for number, topic in enumerate(topics, start=1):
        tile = by_key[topic.slug]
        # a few words under the title (one line where the tile has room), the whole summary spoken
        assert tile.title.text() == f"{number}. {topic.title}" and topic.tagline != ""
        assert tile.summary.text() == keep_together(topic.tagline)  # ("T cells" on one line: see keep_together)
        assert tile.accessibleName() == tile.title.text() and tile.accessibleDescription() == topic.summary
        pixmap = tile.picture.pixmap()
        assert pixmap is not None and not pixmap.isNull() and tile.picture.height() > 0, topic.slug
        if topic.scene is None:  # the pages to print and fill in: a sheet with tick boxes (review: empty tiles)
            assert topic.printable
            image = pixmap.toImage()
            accent = QColor(STANDARD.accent).rgb()
            assert any(image.pixel(x, y) == accent for x in range(image.width()) for y in range(0, image.height(), 4))
    help_tile = by_key["#help"]  # a telephone in the help colour
    image = help_tile.picture.pixmap().toImage()
    drawn, red = image.pixelColor(image.width() // 2, image.height() // 2), QColor(STANDARD.help)
    assert max(abs(drawn.red() - red.red()), abs(drawn.green() - red.green()), abs(drawn.blue() - red.blue())) < 8
    watch = by_key["#watch"].picture.pixmap()
    assert watch is not None and not watch.isNull()
    image = watch.toImage()
    assert len({image.pixel(x, image.height() // 2) for x in range(0, image.width(), 8)}) > 5  # a drawn picture
    assert start.tiles[0].width() >= TILE_LEAST and start.tiles[0].height() >= 200  # big targets, read from a metre


def test_no_two_tiles_show_the_same_picture(qtbot: QtBot, kiosk: KioskMode) -> None:
    """Topics 1 and 2 showed the same step, 7 and 8 too, and the two pages to fill in the same sheet
    (review): a tile whose topic's step looks like another's has a picture of its own (`picture`)."""
    start_visit(qtbot, kiosk)
    start = screens_of(kiosk).start
    qtbot.waitUntil(lambda: not start.pictures_pending)
    small: dict[str, QImage] = {}
    for tile in start.tiles:  # each as shown, brought to one small size to compare
        pixmap = tile.picture.pixmap()
        assert pixmap is not None and not pixmap.isNull(), tile.key
        small[tile.key] = pixmap.toImage().scaled(96, 48).convertToFormat(QImage.Format.Format_RGB32)

    def apart(a: QImage, b: QImage) -> float:
        """The share of the pixels that differ clearly."""
        differ = 0
        for x in range(96):
            for y in range(48):
                one, two = a.pixelColor(x, y), b.pixelColor(x, y)
                differ += max(abs(one.red() - two.red()), abs(one.green() - two.green()),
                              abs(one.blue() - two.blue())) > 40
        return differ / (96 * 48)

    keys = list(small)
    for number, one in enumerate(keys):
        for other in keys[number + 1:]:
            # (the same step on two tiles measured 0; the closest two steps, the match and the block, 0.04)
            assert apart(small[one], small[other]) > 0.02, f"{one} looks like {other}"
    topics = {t.slug: t for t in kiosk.window.pack.topics}
    assert topics["side-effects"].tile_symbol == "body" and topics["what-to-expect"].tile_symbol == "calendar"
    # (topics 1, 2 and 3 were three wide shots of scattered cells, alike from a metre: 2 is a shield now, 1 a drip,
    # and an unknown symbol would draw the checklist's sheet, which tile 9 shows)
    assert topics["the-immune-system"].tile_symbol == "shield"
    assert topics["what-is-immuno-oncology"].tile_symbol == "drip"  # (1 and 3 both showed the vessel from afar)
    assert str(topics["side-effects"].scene) == str(topics["what-to-expect"].scene) == "after:outlook"


def test_the_tiles_keep_their_place_while_their_pictures_are_drawn(qtbot: QtBot, kiosk: KioskMode) -> None:
    """The pictures come one by one after the screen shows: each has its room already, so no tile jumps
    under a finger and no picture is drawn over a title."""
    start = screens_of(kiosk).start
    start.forget_pictures()
    start_visit(qtbot, kiosk)
    qtbot.waitUntil(lambda: start.tiles[0].picture.height() > 0)
    assert start.pictures_pending
    before = [tile.geometry() for tile in start.tiles]
    qtbot.waitUntil(lambda: not start.pictures_pending)
    QApplication.processEvents()
    assert [tile.geometry() for tile in start.tiles] == before
    for tile in start.tiles:
        assert tile.picture.geometry().bottom() < tile.title.geometry().top(), tile.key
        pixmap = tile.picture.pixmap()
        assert (tile.picture.height() > 0) is (pixmap is not None and not pixmap.isNull()), tile.key


def in_view(start: StartScreen) -> list[str]:
    """The tiles wholly on the screen, as a visitor sees them (none under "More topics" or the edge)."""
    shown = start.viewport().rect()
    return [t.key for t in start.tiles if shown.contains(QRect(t.mapTo(start.viewport(), QPoint(0, 0)), t.size()))]


def test_every_tile_is_in_view_where_narrower_tiles_allow(qtbot: QtBot, kiosk: KioskMode) -> None:
    """A landscape 1920x1080 kiosk shows all twelve tiles at once, six across, "When to get help" among them
    (four across showed two rows of three, with help under the edge); portrait shows them three across.
    Where none fits (1366x768), the arrangement shows the most whole tiles (four, not two)."""
    start_visit(qtbot, kiosk)
    start = screens_of(kiosk).start
    qtbot.waitUntil(lambda: not start.pictures_pending)
    assert start.columns == 6 and not start.more.isVisible() and start.verticalScrollBar().maximum() == 0
    assert start.viewportMargins().bottom() == 0  # no room kept for a hidden "More topics" (it trapped a scroll)
    assert in_view(start) == [t.key for t in start.tiles] and "#help" in in_view(start)
    assert len({t.y() for t in start.tiles[:6]}) == 1 and start.tiles[6].y() > start.tiles[0].y()
    for tile in start.tiles:  # every word whole (the tiles are narrower), pictures drawn at the size shown
        for label in (tile.title, tile.summary):  # (a line may break after a space or a hyphen)
            pieces = re.findall(r"[^\s-]+-?", label.text())
            assert label.width() >= max(label.fontMetrics().horizontalAdvance(w) for w in pieces), label.text()
        pixmap = tile.picture.pixmap()
        assert abs(pixmap.width() - tile.picture.width()) <= 2 and abs(pixmap.height() - tile.picture.height()) <= 2
    assert start.tiles[0].picture.height() > 0.375 * start.tiles[0].picture.width()  # the room spare: taller pictures
    kiosk.window.resize(1080, 1920)
    qtbot.waitUntil(lambda: start.columns == 3 and in_view(start) == [t.key for t in start.tiles])
    kiosk.window.resize(1366, 768)
    qtbot.waitUntil(lambda: start.columns == 4 and start.more.isVisible() and len(in_view(start)) == 4)


@pytest.mark.parametrize("language", ["de", "es"])
def test_german_and_spanish_show_every_tile_with_every_word_whole(qtbot: QtBot, kiosk: KioskMode,
                                                                   language: str) -> None:
    """German "Immunonkologie?" and Spanish "inmunooncología?" were cut at the tile's edge six across, and
    five across showed ten whole tiles: "When to get help" lay under the edge. With narrower margins and
    gaps, six across hold every word at 1920x1080. On a screen where they do not (1700x1080), fewer
    columns with lower pictures still show all twelve. Coming back from a screen that scrolled, no scroll
    bar stays (its 14 px wrapped a title more and pushed the last row under the edge)."""
    start_visit(qtbot, kiosk)
    window = kiosk.window
    assert window.language is not None
    window.language.apply(language)
    start = screens_of(kiosk).start
    everything = [t.key for t in start.tiles]
    try:
        for width, height, columns in [(1920, 1080, 6), (1366, 768, 0), (1700, 1080, 4), (1920, 1080, 6)]:
            window.resize(width, height)
            if not columns:
                qtbot.waitUntil(lambda: start.more.isVisible() and start.verticalScrollBar().isVisible())
                continue
            qtbot.waitUntil(lambda: start.columns == columns and in_view(start) == everything)  # noqa: B023
            qtbot.waitUntil(lambda: not start.pictures_pending)
            assert "#help" in in_view(start) and not start.more.isVisible()
            assert not start.verticalScrollBar().isVisible() and start.viewport().width() == start.width()
            for tile in start.tiles:
                for label in (tile.title, tile.summary):
                    words = re.findall(r"[^\s-]+-?", label.text())
                    assert label.width() >= max(label.fontMetrics().horizontalAdvance(w) for w in words), tile.key
                picture = tile.picture
                assert picture.height() >= LOWEST * picture.width() - 1, tile.key
                if columns == 6:  # (the room to spare goes to the pictures)
                    assert picture.height() > 0.375 * picture.width(), tile.key
                else:  # (lower pictures: what shows every tile)
                    assert picture.height() < 0.375 * picture.width(), tile.key
    finally:
        window.language.apply("en")


def test_larger_text_keeps_the_tiles_wide_enough_for_their_titles(qtbot: QtBot, kiosk: KioskMode) -> None:
    """With Larger text, six across at 1920x1080 showed six whole tiles of 246 px with titles on five lines
    ("5. How / cancer hides / from the / immune / system"): no tile is narrower than nine of its title's
    letter heights, so they stay four across and "More topics" scrolls to the rest."""
    start_visit(qtbot, kiosk)
    start = screens_of(kiosk).start
    qtbot.mouseClick(kiosk.window.text_size.toggle, Qt.MouseButton.LeftButton)
    title = start.tiles[0].title
    qtbot.waitUntil(lambda: start.columns == 4 and start.more.isVisible()
                    and start.tiles[0].width() >= 9 * title.fontInfo().pixelSize())


def test_a_read_topic_is_ticked_over_its_picture_and_no_tile_moves(qtbot: QtBot, kiosk: KioskMode) -> None:
    """"✓ Read" sits over the corner of the topic's picture. It had a line of its own, kept on every tile
    (read or not) so the tiles would not move: a blank line at the foot of each."""
    start_visit(qtbot, kiosk)
    start = screens_of(kiosk).start
    qtbot.waitUntil(lambda: not start.pictures_pending)
    before = [tile.geometry() for tile in start.tiles]
    open_tile(qtbot, kiosk, "how-cancer-escapes")
    qtbot.mouseClick(kiosk.window.home_button, Qt.MouseButton.LeftButton)
    assert screens_of(kiosk).on_start
    qtbot.wait(20)
    assert [tile.geometry() for tile in start.tiles] == before
    for tile in start.tiles:
        assert tile.mark.isVisible() is (tile.key == "how-cancer-escapes"), tile.key
    tile = next(t for t in start.tiles if t.key == "how-cancer-escapes")
    assert tile.mark.text() == "✓ Read" and tile.picture.geometry().contains(tile.mark.geometry())
    for y in {t.y() for t in start.tiles}:  # under the words of each row's fullest tile: its margin, no blank line
        fullest = max((t for t in start.tiles if t.y() == y), key=lambda t: t.summary.geometry().bottom())
        assert fullest.height() - fullest.summary.geometry().bottom() <= 18 + 4, fullest.key


def scrolling(qtbot: QtBot, kiosk: KioskMode) -> None:
    """A 1366x768 kiosk, where the tiles need more than the screen (at 1920x1080 they all show)."""
    kiosk.window.resize(1366, 768)
    start = screens_of(kiosk).start
    qtbot.waitUntil(lambda: start.verticalScrollBar().maximum() > 0 and start.more.isVisible())


def test_more_topics_scrolls_on_and_back_to_the_top(qtbot: QtBot, kiosk: KioskMode) -> None:
    start_visit(qtbot, kiosk)
    scrolling(qtbot, kiosk)
    start = screens_of(kiosk).start
    bar = start.verticalScrollBar()
    assert bar.maximum() > 0 and start.more.isVisible() and start.more.text() == "More topics ↓"
    assert start.more.y() >= start.viewport().geometry().bottom()  # under the tiles, never over them
    while bar.value() < bar.maximum():
        qtbot.mouseClick(start.more, Qt.MouseButton.LeftButton)
    assert start.more.text() == "Back to the top ↑"
    assert not start.fade.isVisible()  # nothing more below: no soft edge
    qtbot.mouseClick(start.more, Qt.MouseButton.LeftButton)
    assert bar.value() == 0


def test_a_soft_edge_shows_there_is_more_and_a_touch_goes_through_it(qtbot: QtBot, kiosk: KioskMode) -> None:
    start_visit(qtbot, kiosk)
    scrolling(qtbot, kiosk)
    start = screens_of(kiosk).start
    fade = start.fade
    assert fade.isVisible() and fade.geometry().bottom() == start.viewport().geometry().bottom()
    window = kiosk.window
    edge = start.mapTo(window, fade.geometry().center())
    tile = next(t for t in start.tiles if 0 <= t.mapFrom(window, edge).y() < t.height())  # one the soft edge cuts
    point = QPoint(tile.mapTo(window, tile.rect().center()).x(), edge.y())
    qtbot.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=point)  # routed as a touch would be
    qtbot.waitUntil(lambda: not screens_of(kiosk).on_start)
    assert window.session.state.topic == tile.key  # the tile under the soft edge, cut through its words


def test_keys_move_between_tiles_and_enter_opens_one(qtbot: QtBot, kiosk: KioskMode) -> None:
    start_visit(qtbot, kiosk)
    start = screens_of(kiosk).start
    start.tiles[1].setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is start.tiles[2]
    qtbot.keyClick(kiosk.window.windowHandle(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screens_of(kiosk).on_start)  # the tile shows itself pressed, then opens
    assert kiosk.window.session.state.topic == start.tiles[2].key


def test_watch_plays_the_whole_story_and_help_opens_the_help_card(qtbot: QtBot, kiosk: KioskMode) -> None:
    start_visit(qtbot, kiosk)
    open_tile(qtbot, kiosk, "#watch")
    player = kiosk.window.diagram.player
    assert player.mode == "before" and player.phase_index == 0 and player.playing and player.stop_after is None
    assert kiosk.window.diagram.isVisible()
    qtbot.mouseClick(kiosk.window.home_button, Qt.MouseButton.LeftButton)
    assert screens_of(kiosk).on_start and not player.timer_active
    help_tile = next(t for t in screens_of(kiosk).start.tiles if t.key == "#help")
    assert help_tile.title.text() == "When to get help"
    assert help_tile.summary.text() == "Signs to call about straight away"  # not the title
    screens_of(kiosk).start.ensureWidgetVisible(help_tile)
    qtbot.mouseClick(help_tile, Qt.MouseButton.LeftButton)
    assert kiosk.window.session.state.card == HELP_CARD and kiosk.window.card.isVisible()
    assert screens_of(kiosk).on_start  # the card opens over the tiles


def test_watch_shows_the_picture_alone_on_half_the_screen_and_a_topic_brings_the_text_back(
        qtbot: QtBot, kiosk: KioskMode) -> None:
    """The hero of the kiosk: at 1920x1080 the story plays in a picture of half the screen (1294x838:
    its words and buttons in a narrow column beside it), the link to the topic never cut off; the text
    comes back with a topic."""
    window = kiosk.window
    start_visit(qtbot, kiosk)
    open_tile(qtbot, kiosk, "#watch")
    view = window.diagram.view
    qtbot.waitUntil(lambda: view.width() * view.height() >= 0.5 * 1920 * 1080)
    assert not window.viewer.isVisible() and window.diagram.caption.isVisible()
    link = window.diagram.caption.read_more
    assert link.isVisible() and link.width() >= link.sizeHint().width()  # under "Next step" if need be
    assert view.geometry().right() < window.diagram.caption.geometry().left()  # the words beside it
    controls = window.diagram.controls  # in that column, "Play" keeps its words (its scrubber goes under it)
    assert controls.play.text() in ("Play", "Pause") and controls.scrub_row.indexOf(controls.scrubber) >= 0
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)  # "Read about this": the topic, text and picture
    assert window.viewer.isVisible() and window.diagram.isVisible()
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    assert screens_of(kiosk).on_start and not window.parts.watching


def test_a_topic_screen_gives_the_picture_most_of_the_diagrams_height(qtbot: QtBot, kiosk: KioskMode) -> None:
    """On the kiosk's topic screen the picture is the hero: it keeps 60% of its panel's height, and the big
    "Next step" joins the play buttons (in words) rather than take a row of the picture's."""
    window = kiosk.window
    start_visit(qtbot, kiosk)
    open_tile(qtbot, kiosk, "how-cancer-escapes")
    diagram = window.diagram
    qtbot.waitUntil(lambda: diagram._room is not None and diagram.view.height() >= 0.6 * diagram._room[1])
    assert diagram.view.width() >= 950 and window.viewer.isVisible()
    assert diagram.controls.next.text() == "Next step ›" and diagram.controls.next.isVisible()


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_before_and_after_are_tabs_above_the_picture_in_the_titles_place(
        qtbot: QtBot, kiosk: KioskMode, size: tuple[int, int]) -> None:
    """A kiosk's topic screen: "Before therapy" and "After therapy" sit above the picture where the panel's
    title was (they say what it shows), so the picture gets their row's height (485 -> 569 px tall at
    1920x1080). They work there; "Bigger picture" puts them back beside the picture, a topic brings them up."""
    window = kiosk.window
    window.resize(*size)
    start_visit(qtbot, kiosk)
    open_tile(qtbot, kiosk, "how-cancer-escapes")
    diagram, panel = window.diagram, window.diagram_panel
    after = diagram.controls.mode_buttons["after"]
    view = diagram.view

    def settled() -> bool:
        head, picture = panel.head.geometry(), view.mapTo(panel, view.rect().topLeft())
        return diagram.controls.modes_lent and head.bottom() < picture.y() and head.height() < 100

    qtbot.waitUntil(settled)
    assert not panel.title.isVisible() and panel.accessibleName() == panel.title.text()  # still its name
    tab = after.mapTo(window, after.rect().center())
    assert tab.y() < view.mapTo(window, view.rect().topLeft()).y()  # above the picture
    assert after.width() >= after.sizeHint().width() and panel.bigger.width() >= panel.bigger.sizeHint().width()
    qtbot.waitUntil(lambda: view.height() >= 0.6 * diagram._room[1] if diagram._room else False)
    controls = diagram.controls.mapTo(window, diagram.controls.rect().bottomLeft())
    assert controls.y() < window.height()  # the play buttons in view, nothing scrolls
    before = diagram.controls.mode_buttons["before"]
    assert tab_order(before, 3 + len(tabs(diagram))) == [before, *tabs(diagram), panel.bigger, view]  # as it reads
    qtbot.mouseClick(after, Qt.MouseButton.LeftButton)
    assert diagram.player.mode == "after" and after.isChecked()
    qtbot.mouseClick(panel.bigger, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not diagram.controls.modes_lent and panel.title.isVisible())
    assert after.isVisible() and after.mapTo(window, after.rect().center()).y() > panel.head.geometry().bottom()
    assert tab_order(panel.bigger, 2) == [panel.bigger, view]  # the picture, then its words and buttons
    qtbot.mouseClick(panel.bigger, Qt.MouseButton.LeftButton)  # "Show the text too"
    qtbot.waitUntil(settled)
    assert tab_order(before, 3 + len(tabs(diagram))) == [before, *tabs(diagram), panel.bigger, view]


def test_where_its_words_do_not_fit_beside_the_tabs_bigger_picture_shows_its_symbol(qtbot: QtBot,
                                                                                    kiosk: KioskMode) -> None:
    """Spanish at Larger text: "Imagen más grande" did not fit beside the tabs, so a three-line title stood
    over a picture 210 px tall and the caption was cut (1920x1080, which now shows the text and the picture
    as two tabs at Larger text; a 2560x1440 kiosk still shows them side by side). Now the button shows its
    symbol alone (its name still spoken), the tabs keep their words uncut, and the picture is more than
    300 px tall."""
    window = kiosk.window
    assert window.language is not None
    window.language.apply("es")
    try:
        start_visit(qtbot, kiosk)
        window.resize(2560, 1440)
        qtbot.mouseClick(window.text_size.toggle, Qt.MouseButton.LeftButton)
        open_tile(qtbot, kiosk, "what-to-expect")
        diagram, panel = window.diagram, window.diagram_panel
        qtbot.waitUntil(lambda: diagram.controls.modes_lent and panel.symbol_only and diagram.view.height() > 300)
        bigger = panel.bigger
        assert bigger.text() == "" and not bigger.icon().isNull() and bigger.accessibleName()
        assert bigger.width() >= bigger.height()  # (at least square: a 60 px target and more)
        for button in diagram.controls.mode_buttons.values():
            if button.isVisible():
                assert button.width() >= button.sizeHint().width(), button.text()  # never cut
        caption = diagram.caption.columns[0].text
        qtbot.waitUntil(lambda: caption.height() >= caption.heightForWidth(caption.width()))  # every line shown
        assert diagram.view.height() > 300
        qtbot.mouseClick(bigger, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.parts.watching and not panel.symbol_only)
        assert bigger.text() and bigger.icon().isNull()  # in words again, beside the picture
    finally:
        window.language.apply("en")


def tabs(diagram: DiagramWidget) -> list[QWidget]:
    """The scenario tabs after the first that Tab stops at: those on screen (Side by side is offered on a
    portrait kiosk, where stacked halves fit) and, in their exclusive group, the one checked (Qt moves
    between the others with the arrow keys, as in any set of tabs)."""
    return [b for key, b in diagram.controls.mode_buttons.items()
            if key != "before" and b.isVisible() and b.focusPolicy() & Qt.FocusPolicy.TabFocus]


def tab_order(first: QWidget, count: int) -> list[QWidget]:
    """The widgets Tab visits from `first` on (those on screen that take focus by Tab)."""
    found, widget = [first], first
    while len(found) < count:
        following = widget.nextInFocusChain()
        if following is None or following is first:
            break
        widget = following
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
    return found


def test_on_a_small_kiosk_the_scrubber_keeps_room_for_its_marks(qtbot: QtBot, kiosk: KioskMode) -> None:
    """1366x768: beside the picture, the play buttons squeezed the scrubber to 125 px, its seven marks run
    together under a 36 px handle. It keeps four handles' width (150 px at least); the picture gives way."""
    window = kiosk.window
    window.resize(1366, 768)
    start_visit(qtbot, kiosk)
    open_tile(qtbot, kiosk, "how-cancer-escapes")
    qtbot.mouseClick(window.tabs.picture, Qt.MouseButton.LeftButton)
    diagram = window.diagram
    scrubber = diagram.controls.scrubber
    qtbot.waitUntil(lambda: scrubber.isVisible() and diagram.view.height() > 400)  # the refit done
    option = QStyleOptionSlider()
    scrubber.initStyleOption(option)
    handle = scrubber.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                             QStyle.SubControl.SC_SliderHandle, scrubber).width()
    assert handle >= 30 and scrubber.width() >= max(150, 4 * handle)
    assert diagram.view.width() >= 700  # the picture still has the larger share of the row


def test_a_new_language_renames_every_tile(qtbot: QtBot, kiosk: KioskMode) -> None:
    start_visit(qtbot, kiosk)
    window = kiosk.window
    assert window.language is not None
    window.language.apply("de")
    QApplication.processEvents()
    start = screens_of(kiosk).start
    try:
        assert start.tiles[1].title.text() == f"1. {window.pack.topics[0].title}" and window.pack.lang == "de"
        assert start.tiles[0].title.text() == "Zuschauen, wie es wirkt"
        assert start.heading.text().startswith("Was möchten Sie wissen?")
    finally:
        window.language.apply("en")


def test_the_settings_card_and_keys_offer_the_same_two_text_steps_as_the_header(qtbot: QtBot, kiosk: KioskMode) -> None:
    """A kiosk's text size is two steps; its Settings card offered four (a visitor could choose text
    smaller than a kiosk is read at). Now: "Standard" and "Larger text", in step with the header's toggle."""
    from ioexplainer.ui.main_window import SETTINGS_CARD

    start_visit(qtbot, kiosk)
    window = kiosk.window
    window.session.open_card(SETTINGS_CARD)
    sizes = window.settings_card.sizes
    qtbot.waitUntil(window.settings_card.isVisible)
    assert [(key, b.text()) for key, b in sizes.items() if b.isVisible()] == [("large", "✓ Standard"),
                                                                            ("largest", "Larger text")]
    assert sizes["large"].isChecked() and not window.text_size.toggle.isChecked()
    qtbot.mouseClick(sizes["largest"], Qt.MouseButton.LeftButton)
    assert window.session.state.text_size == "largest" and window.text_size.toggle.isChecked()
    qtbot.waitUntil(lambda: sizes["largest"].isChecked())
    qtbot.mouseClick(sizes["large"], Qt.MouseButton.LeftButton)
    assert window.session.state.text_size == "large" and not window.text_size.toggle.isChecked()
    window.session.close_card()
    # A keyboard's Ctrl+Minus and Ctrl+Plus step through the same two.
    sizes_seen = []
    for command in (window.commands.smaller, window.commands.larger, window.commands.larger, window.commands.smaller):
        command.trigger()
        sizes_seen.append(window.session.state.text_size)
    assert sizes_seen == ["large", "largest", "largest", "large"]


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080), (1366, 768)])
def test_the_end_card_shows_all_its_words_at_either_text_size(qtbot: QtBot, kiosk: KioskMode,
                                                              size: tuple[int, int]) -> None:
    """In a portrait window the card was half the width and sized by a guess: its message was cut off top
    and bottom. Now every line shows, at about 20 or more letters a line, inside the window."""
    start_visit(qtbot, kiosk)
    window = kiosk.window
    window.resize(*size)
    for larger in (False, True):
        if larger:
            qtbot.mouseClick(window.text_size.toggle, Qt.MouseButton.LeftButton)
        if not screens_of(kiosk).on_start:
            qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
        open_tile(qtbot, kiosk, window.pack.topics[-1].slug)
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
        card, message = window.end_card.card, window.end_card.message
        qtbot.waitUntil(card.isVisible)
        assert message.height() >= message.heightForWidth(message.width())  # no line cut off
        assert window.rect().contains(card.geometry()) and card.rect().contains(window.end_card.again.geometry())
        letters = message.width() / message.fontMetrics().averageCharWidth()
        assert letters >= 30, letters
        qtbot.mouseClick(window.end_card.close_button, Qt.MouseButton.LeftButton)


def test_the_end_of_the_last_topic_starts_again_at_the_tiles(qtbot: QtBot, kiosk: KioskMode) -> None:
    """Close sits where every other card has it (right, filled, with focus); Start again, on the left,
    forgets what was read but keeps the visitor's language and text size: a Spanish reader who tapped it
    was put back into English."""
    start_visit(qtbot, kiosk)
    window = kiosk.window
    picker = window.language_picker
    qtbot.mouseClick(picker.button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(picker.card.buttons["es"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pack.lang == "es")
    qtbot.mouseClick(window.text_size.toggle, Qt.MouseButton.LeftButton)
    open_tile(qtbot, kiosk, window.pack.topics[-1].slug)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    card = window.end_card
    qtbot.waitUntil(card.isVisible)
    assert card.close_button.objectName() == "primary" and card.again.objectName() != "primary"
    assert card.again.geometry().right() < card.close_button.geometry().left()
    assert card.close_button.hasFocus()
    qtbot.mouseClick(card.again, Qt.MouseButton.LeftButton)
    assert screens_of(kiosk).on_start and not card.isVisible()
    assert not any(t.mark.isVisible() for t in screens_of(kiosk).start.tiles)  # nothing read is kept
    assert window.pack.lang == "es" and picker.button.text().endswith("Español")
    assert window.session.state.text_size == "largest" and window.text_size.toggle.isChecked()
    kiosk.wipe()  # the idle reset before the next visitor forgets all of it
    qtbot.waitUntil(lambda: window.pack.lang == "en")
    assert window.session.state.text_size == "large"


def ticks(toggle: QPushButton) -> int:
    """Pixels of a tick in the middle of the toggle's box, as its icon draws it at the button's icon size in the
    button's state: light on the chosen fill while on; none in the empty box while off."""
    state = QIcon.State.On if toggle.isChecked() else QIcon.State.Off
    size = toggle.iconSize()
    assert size.height() >= QFontMetrics(toggle.font()).capHeight()  # a box the words' size, not a speck
    image = toggle.icon().pixmap(size, QIcon.Mode.Normal, state).toImage()
    box = image.height()  # (the box stands on the left, square; the rest is room before the words)
    found = 0
    for x in range(round(box * 0.3), round(box * 0.75)):
        for y in range(round(box * 0.3), round(box * 0.75)):
            found += image.pixelColor(x, y).alpha() > 128
    return found


def test_larger_text_stays_under_the_finger_and_the_header_keeps_its_buttons(qtbot: QtBot, kiosk: KioskMode) -> None:
    """A kiosk's header keeps one size at either text step: on a small screen (1366x768) and on a portrait
    one (1080x1920), the words grow, "Larger text" stays where it was pressed, nothing goes into a menu,
    and the header stays one row (the picture keeps that height)."""
    start_visit(qtbot, kiosk)
    open_tile(qtbot, kiosk, "how-cancer-escapes")
    window = kiosk.window
    toggle = window.text_size.toggle
    for size in ((1366, 768), (1080, 1920)):
        window.resize(*size)
        qtbot.waitUntil(lambda: window.width() == size[0])  # noqa: B023
        qtbot.wait(10)
        before = (toggle.mapTo(window, toggle.rect().topLeft()), toggle.size(), window.header.height())
        body = window.viewer.font().pixelSize()
        qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.viewer.font().pixelSize() > body)  # noqa: B023
        qtbot.wait(10)
        assert window.session.state.text_size == "largest" and toggle.isChecked()
        assert (toggle.mapTo(window, toggle.rect().topLeft()), toggle.size(), window.header.height()) == before
        assert toggle.isVisible() and not window.topics_button.isVisible() and not window.drawer.holds_controls
        rows = {b.y() for b in (window.home_button, window.help_button, window.settings_button)}
        assert len(rows) == 1  # one row of buttons
        assert ticks(toggle) > 10  # on: its box shows a tick, in the words' white on the chosen fill
        qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.viewer.font().pixelSize() == body)  # noqa: B023
        assert ticks(toggle) == 0  # off: an empty box (its fill alone looked like Home's: review)
    # Home is the kiosk's list of topics: its tiles open any topic, even the one just read.
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    open_tile(qtbot, kiosk, "how-cancer-escapes")
    assert window.viewer.isVisible() and window.session.state.topic == "how-cancer-escapes"


def test_the_larger_text_box_gives_way_where_the_header_would_need_two_rows(qtbot: QtBot, kiosk: KioskMode) -> None:
    """An 800 px wide kiosk's header fitted its buttons on one row by a few pixels; with the box it needed
    two (the reading pane lost a line). There the toggle's fill alone says it; the box comes back with room.
    A portrait kiosk in Spanish has room, and in German on its start screen (no Home button there): the
    hidden "Topics" button had been counted, and the box left out with 150 px to spare (review). A German
    topic screen's five buttons leave 31 px: the box needs 40."""
    start_visit(qtbot, kiosk)
    window = kiosk.window
    screens = screens_of(kiosk)
    assert window.language is not None
    for lang, size, topic, boxed in (("en", (800, 768), True, False), ("en", (1366, 768), True, True),
                                     ("es", (1080, 1920), True, True), ("es", (1080, 1920), False, True),
                                     ("de", (1080, 1920), False, True), ("de", (1080, 1920), True, False)):
        if window.pack.lang != lang:
            window.language.apply(lang)
        if topic and screens.on_start:
            open_tile(qtbot, kiosk, "how-cancer-escapes")
        elif not topic and not screens.on_start:
            screens.show_start()
        toggle = window.text_size.toggle
        window.resize(*size)
        qtbot.waitUntil(lambda: window.width() == size[0] and window.text_size.boxed is boxed)  # noqa: B023
        qtbot.wait(10)
        assert toggle.icon().isNull() is not boxed, (lang, size)
        rows = {b.mapTo(window, b.rect().topLeft()).y() for b in (window.settings_button, window.help_button, toggle)}
        assert len(rows) == 1, (lang, size, rows)


def test_what_a_card_covers_is_hidden_and_pictured_in_its_own_colours(qtbot: QtBot, kiosk: KioskMode) -> None:
    start_visit(qtbot, kiosk)
    open_tile(qtbot, kiosk, "how-cancer-escapes")
    window = kiosk.window
    red = window.help_button.mapTo(window, window.help_button.rect().center())  # the red help button's middle
    window.session.open_card("t-cell")
    assert window.card.isVisible() and not window.viewer.isVisible() and not window.header.isVisible()
    central = window.centralWidget()
    assert central is not None
    from ioexplainer.ui.overlay import _Still

    stills = central.findChildren(_Still)
    assert stills and all(s.isVisible() for s in stills)
    image = window.grab().toImage()
    colour = image.pixelColor(red)  # still red (dimmed) under the backdrop, not greyed as if disabled
    assert colour.red() > colour.blue() + 40
    window.session.close_card()
    assert window.viewer.isVisible() and window.header.isVisible()
    assert not any(s.isVisible() for s in central.findChildren(_Still))  # gone (deleted at the next turn)


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_with_larger_text_the_picture_grows_with_the_words(qtbot: QtBot, kiosk: KioskMode,
                                                           size: tuple[int, int]) -> None:
    """At 1920x1080, side by side with the text, Larger text left the picture 988x378 (from 988x529), the
    cancer cell cut top and bottom; stacked in portrait, 1006x483 (from 1006x722). With Larger text the
    text and the picture are two tabs, and the picture grows with the words; the text tab keeps its ten
    lines and more."""
    window = kiosk.window
    window.resize(*size)
    start_visit(qtbot, kiosk)
    open_tile(qtbot, kiosk, "how-treatment-works")
    view = window.diagram.view
    qtbot.waitUntil(lambda: view.isVisible() and view.height() > 400)
    qtbot.wait(50)
    before = view.size()
    assert not window.tabs.isVisible()
    qtbot.mouseClick(window.text_size.toggle, Qt.MouseButton.LeftButton)
    viewer = window.viewer
    qtbot.waitUntil(lambda: window.tabs.isVisible() and viewer.isVisible()
                    and viewer.height() >= viewer.height_for_lines(10))
    qtbot.mouseClick(window.tabs.picture, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.isVisible() and view.height() > before.height())
    qtbot.wait(50)
    assert view.width() >= before.width() and view.height() > 1.4 * before.height(), (before, view.size())
