"""The diagram widget driven like a person would, with an injected clock (no sleeping)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QStyle, QStyleOptionSlider
from pytestqt.qtbot import QtBot

from ioexplainer.content.loader import load_pack
from ioexplainer.content.model import Scene
from ioexplainer.core.paths import content_root
from ioexplainer.diagram.qt.controls import ROOMY_SCRUBBER
from ioexplainer.diagram.qt.player import MAX_STEP, Player
from ioexplainer.diagram.qt.view import DiagramView
from ioexplainer.diagram.qt.widget import DiagramWidget
from ioexplainer.diagram.story.story import Timeline, still_time
from tests.conftest import FakeClock


@pytest.fixture
def diagram(qtbot: QtBot, clock: FakeClock) -> DiagramWidget:
    widget = DiagramWidget(load_pack(content_root()).diagram_text, clock=clock)
    qtbot.addWidget(widget)
    widget.resize(900, 800)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def step(widget: DiagramWidget, clock: FakeClock, seconds: float) -> None:
    clock.now += seconds
    widget.player.tick()


def test_space_plays_and_pauses_and_time_follows_the_clock(qtbot: QtBot, diagram: DiagramWidget,
                                                           clock: FakeClock) -> None:
    diagram.view.setFocus()
    qtbot.keyClick(diagram.view, Qt.Key.Key_Space)
    assert diagram.player.playing and diagram.player.timer_active
    assert diagram.controls.play.text() == "Pause"
    step(diagram, clock, 0.05)
    assert diagram.player.t == pytest.approx(0.05)
    qtbot.keyClick(diagram.view, Qt.Key.Key_Space)
    assert not diagram.player.playing and not diagram.player.timer_active


def test_time_step_is_capped_on_a_slow_machine(diagram: DiagramWidget, clock: FakeClock) -> None:
    diagram.player.play()
    step(diagram, clock, 5.0)  # the machine stalled for five seconds
    assert diagram.player.t == pytest.approx(MAX_STEP)


def test_speed_changes_the_pace(qtbot: QtBot, diagram: DiagramWidget, clock: FakeClock) -> None:
    qtbot.mouseClick(diagram.controls.speed_buttons[2.0], Qt.MouseButton.LeftButton)
    diagram.player.play()
    step(diagram, clock, 0.05)
    assert diagram.player.t == pytest.approx(0.1)
    qtbot.mouseClick(diagram.controls.speed_buttons[0.5], Qt.MouseButton.LeftButton)
    step(diagram, clock, 0.08)
    assert diagram.player.t == pytest.approx(0.14)


def test_next_and_previous_change_caption_and_description(qtbot: QtBot, diagram: DiagramWidget) -> None:
    assert diagram.caption.columns[0].step.text().replace("\u00a0", " ") == "Step 1 of 7: On patrol"
    with qtbot.waitSignal(diagram.player.phase_changed) as blocker:
        qtbot.mouseClick(diagram.caption.next_step, Qt.MouseButton.LeftButton)
    assert blocker.args == [1]
    texts = load_pack(content_root()).diagram["before"].phases["display"]
    assert diagram.caption.columns[0].text.text() == texts.caption
    assert texts.caption in diagram.view.accessibleDescription()
    diagram.view.setFocus()
    qtbot.keyClick(diagram.view, Qt.Key.Key_Right)
    qtbot.keyClick(diagram.view, Qt.Key.Key_Right)
    assert diagram.caption.columns[0].step.text().replace("\u00a0", " ").startswith("Step 4 of 7")
    qtbot.keyClick(diagram.view, Qt.Key.Key_Left)
    assert diagram.player.phase_index == 2
    assert not diagram.player.playing


def test_dragging_the_scrubber_seeks_and_pauses(qtbot: QtBot, diagram: DiagramWidget) -> None:
    diagram.player.play()
    scrubber = diagram.controls.scrubber
    option = QStyleOptionSlider()
    scrubber.initStyleOption(option)
    handle = scrubber.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                             QStyle.SubControl.SC_SliderHandle, scrubber)
    start = handle.center()
    end = QPoint(scrubber.width() - 4, start.y())
    qtbot.mousePress(scrubber, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(scrubber, QPoint(start.x() + 40, start.y()))
    qtbot.mouseMove(scrubber, end)
    qtbot.mouseRelease(scrubber, Qt.MouseButton.LeftButton, pos=end)
    assert not diagram.player.playing
    assert diagram.player.t > Timeline.of("before").total * 0.8
    assert diagram.player.phase_index == 6  # the end: the recap


def test_restart_goes_back_to_the_start(qtbot: QtBot, diagram: DiagramWidget) -> None:
    diagram.player.seek(20)
    qtbot.mouseClick(diagram.controls.restart, Qt.MouseButton.LeftButton)
    assert diagram.player.t == 0.0


def test_switch_scenario_and_side_by_side(qtbot: QtBot, diagram: DiagramWidget) -> None:
    qtbot.mouseClick(diagram.controls.mode_buttons["after"], Qt.MouseButton.LeftButton)
    assert diagram.player.mode == "after"
    assert diagram.caption.columns[0].step.text().replace("\u00a0", " ") == "Step 1 of 7: The medicine arrives" or \
        diagram.caption.columns[0].step.text().replace("\u00a0", " ").startswith("Step 1 of 7")
    assert [f.scenario for f in diagram.player.frames()] == ["after"]
    qtbot.mouseClick(diagram.controls.mode_buttons["side-by-side"], Qt.MouseButton.LeftButton)
    assert [f.scenario for f in diagram.player.frames()] == ["before", "after"]
    assert diagram.caption.columns[1].isVisible()
    assert diagram.caption.columns[0].step.text().replace("\u00a0", " ").startswith("Before therapy.")
    assert diagram.caption.columns[1].step.text().replace("\u00a0", " ").startswith("After therapy.")


def test_reduced_motion_shows_still_pictures(qtbot: QtBot, diagram: DiagramWidget, clock: FakeClock) -> None:
    diagram.player.play()
    qtbot.mouseClick(diagram.controls.still, Qt.MouseButton.LeftButton)
    player = diagram.player
    assert player.reduced_motion and not player.playing and not player.timer_active
    assert not diagram.controls.play.isEnabled()
    player.play()
    assert not player.timer_active
    t = player.t
    step(diagram, clock, 1.0)  # even a stray tick cannot move a still picture... it is not connected
    diagram.view.setFocus()
    qtbot.keyClick(diagram.view, Qt.Key.Key_Space)  # Space shows the next picture
    assert player.phase_index == 1 and player.t > t
    timeline = player.timeline
    assert timeline.locate(player.t)[1] == pytest.approx(0.75)  # a settled picture, late in the phase


def test_no_timer_and_no_painting_while_paused_or_hidden(qtbot: QtBot, diagram: DiagramWidget,
                                                         clock: FakeClock) -> None:
    diagram.player.play()
    assert diagram.player.timer_active
    diagram.player.pause()
    assert not diagram.player.timer_active
    painted = diagram.view.paint_count
    qtbot.wait(50)
    assert diagram.view.paint_count == painted  # nothing repaints a paused diagram
    diagram.player.play()
    diagram.hide()
    assert not diagram.player.timer_active
    diagram.show()
    assert diagram.player.timer_active


def test_plays_to_the_end_and_stops(diagram: DiagramWidget, clock: FakeClock) -> None:
    diagram.player.seek(Timeline.of("before").total - 0.05)
    diagram.player.play()
    step(diagram, clock, 0.1)
    assert not diagram.player.playing and not diagram.player.timer_active
    diagram.player.play()  # play again from the start
    assert diagram.player.t == 0.0


def test_show_scene_and_reset(diagram: DiagramWidget) -> None:
    diagram.show_scene(Scene("after", "attack"))
    assert diagram.player.mode == "after" and diagram.player.phase_index == 3 and diagram.player.playing
    diagram.controls.labels.click()
    diagram.reset()
    assert diagram.player.mode == "before" and diagram.player.t == 0 and not diagram.player.playing
    assert diagram.view.show_labels


def test_controls_have_names_and_touch_sizes(diagram: DiagramWidget) -> None:
    from PySide6.QtWidgets import QAbstractButton

    for button in diagram.controls.findChildren(QAbstractButton):
        assert button.accessibleName(), button.text()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_topic_plays_its_step_and_holds_there_with_a_big_next_step(qtbot: QtBot, diagram: DiagramWidget,
                                                                       clock: FakeClock) -> None:
    diagram.show_scene(Scene("before", "brake"))
    assert diagram.player.phase_index == 3 and diagram.player.playing
    for _ in range(200):  # 20 s: far longer than the step
        clock.now += 0.1
        diagram.player.tick()
    assert diagram.player.phase_index == 3 and not diagram.player.playing  # held on the brake, not "grows"
    assert diagram.caption.next_step.isEnabled()
    qtbot.mouseClick(diagram.caption.next_step, Qt.MouseButton.LeftButton)
    assert diagram.player.phase_index == 4 and diagram.player.playing  # the next step plays, then holds


def test_each_step_stays_long_enough_to_read_its_caption(diagram: DiagramWidget, clock: FakeClock) -> None:
    """Playing through, a step moves on only after its caption's words at 120 a minute, plus 2 s."""
    texts = load_pack(content_root()).diagram_text
    diagram.player.set_mode("before")
    diagram.player.play_all()
    seen: dict[int, float] = {}
    elapsed = 0.0
    while diagram.player.playing and elapsed < 120:
        seen[diagram.player.phase_index] = seen.get(diagram.player.phase_index, 0.0) + 0.05
        clock.now += 0.05
        elapsed += 0.05
        diagram.player.tick()
    for index, seconds in seen.items():
        phase_id = ("patrol", "display", "match", "brake", "hiding", "result", "recap")[index]
        words = len(texts.scenarios["before"].phases[phase_id].caption.split())
        if index < 6:  # the last step ends the story instead of waiting
            assert seconds >= words / 2 + 2 - 0.1, (phase_id, seconds, words)


def test_a_step_held_for_reading_paints_once_and_then_stays_still(qtbot: QtBot, diagram: DiagramWidget,
                                                                   clock: FakeClock) -> None:
    """While a step's words are being read its picture stands: no frame is drawn again until it moves on."""
    diagram.player.set_mode("before")
    diagram.player.play_all()
    first_end = Timeline.of("before").durations[0]
    while diagram.player.t < first_end - 0.01:
        clock.now += 0.04
        diagram.player.tick()
    assert diagram.player.phase_index == 0 and diagram.player.playing  # holding on step 1 for its words
    changes: list[None] = []
    diagram.player.frame_changed.connect(lambda: changes.append(None))
    qtbot.wait(1)  # the last frame's repaint happens
    painted = diagram.view.paint_count
    for _ in range(25):  # a second of holding
        clock.now += 0.04
        diagram.player.tick()
        qtbot.wait(1)
    assert diagram.player.phase_index == 0
    assert changes == [] and diagram.view.paint_count == painted


def test_a_timer_that_fires_with_no_time_passed_paints_nothing(qtbot: QtBot, diagram: DiagramWidget,
                                                               clock: FakeClock) -> None:
    """A tick with the clock standing still (a timer firing early) is the same picture: no frame is sent,
    so nothing is painted again."""
    diagram.player.set_mode("before")
    diagram.player.play_all()
    step(diagram, clock, 1.0)
    changes: list[None] = []
    diagram.player.frame_changed.connect(lambda: changes.append(None))
    t = diagram.player.t
    for _ in range(5):
        diagram.player.tick()
    assert changes == [] and diagram.player.t == t
    step(diagram, clock, 0.04)
    assert changes == [None] and diagram.player.t > t


def test_side_by_side_is_offered_only_where_each_half_can_be_600_px_wide(qtbot: QtBot,
                                                                         diagram: DiagramWidget) -> None:
    compare = diagram.controls.mode_buttons["side-by-side"]
    diagram.fit_to(1848, 872)  # the kiosk's Watch screen: halves of about 900 px
    assert not compare.isHidden()
    qtbot.mouseClick(compare, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(diagram.caption.next_step, Qt.MouseButton.LeftButton)
    step = diagram.player.phase_index
    diagram.fit_to(780, 850)  # a laptop's diagram column: halves of 380 px, or of 200 px high stacked
    assert compare.isHidden()
    assert diagram.player.mode == "after" and diagram.player.phase_index == step  # the same step, the hopeful half
    assert diagram.controls.mode_buttons["after"].isChecked()
    diagram.fit_to(1008, 1712)  # a portrait kiosk: stacked halves, 1008 px wide
    assert not compare.isHidden()


def test_side_by_side_opens_on_a_matched_moment(qtbot: QtBot, diagram: DiagramWidget) -> None:
    """Chosen, side by side shows the brake (T cell off) beside the attack (T cell on): the difference at once."""
    qtbot.mouseClick(diagram.controls.mode_buttons["side-by-side"], Qt.MouseButton.LeftButton)
    before, after = diagram.player.frames()
    assert (before.phase_id, after.phase_id) == ("brake", "attack")


def test_a_small_room_keeps_the_picture_and_says_next_step_among_the_play_buttons(qtbot: QtBot,
                                                                                  diagram: DiagramWidget) -> None:
    diagram.resize(1000, 700)
    diagram.fit_to(1000, 700)
    assert diagram.caption.next_step.isVisibleTo(diagram) and not diagram.controls.next.isVisibleTo(diagram)
    diagram.fit_to(420, 300)  # too little room for the picture, the words and three rows of buttons
    assert not diagram.caption.next_step.isVisibleTo(diagram)
    assert diagram.controls.next.text() == "Next step ›"  # the same action, now in words
    assert diagram.controls.next.isVisibleTo(diagram)
    assert not diagram.controls.labels.isVisibleTo(diagram)  # the options row went first
    before = diagram.player.phase_index
    qtbot.mouseClick(diagram.controls.next, Qt.MouseButton.LeftButton)
    assert diagram.player.phase_index == before + 1
    diagram.fit_to(1000, 700)  # room again: everything back, one "Next step" (never two buttons for it)
    assert diagram.caption.next_step.isVisibleTo(diagram) and not diagram.controls.next.isVisibleTo(diagram)
    assert diagram.controls.labels.isVisibleTo(diagram)


def test_a_wide_low_room_puts_the_words_beside_the_picture_in_rows_made_for_a_narrow_column(
        diagram: DiagramWidget) -> None:
    """600x280 (and a kiosk's Picture tab at 1366x768 with Larger text, 1292x560): the words under the
    picture left it a strip 189 px tall, because the buttons were measured on one row. A narrow column
    takes them on more rows (each scenario, the scrubber), so the words go beside and the picture keeps the
    whole height."""
    diagram.resize(600, 280)
    diagram.fit_to(600, 280)
    assert diagram.box.direction() == QBoxLayout.Direction.LeftToRight
    assert diagram.view.minimumWidth() >= 0.5 * 600 and diagram.view.maximumHeight() >= 280
    column = 600 - diagram.view.minimumWidth() - diagram.box.spacing()
    assert diagram.controls.least_width() <= column  # every button fits its column, words uncut
    for button in diagram.controls.mode_buttons.values():
        assert button.isHidden() or button.sizeHint().width() <= column


@pytest.mark.parametrize(("width", "height"), [(600, 280), (800, 330), (1000, 420), (1200, 500)])
def test_beside_the_picture_the_scrubber_is_long_enough_to_aim_at_or_has_a_row_of_its_own(
        qtbot: QtBot, diagram: DiagramWidget, width: int, height: int) -> None:
    """A column beside the picture has height to spare: the scrubber was squeezed to 165-180 px beside the
    play buttons (its seven marks fiddly to aim at, a screenshot review); it takes a row of its own there."""
    diagram.resize(width, height)
    diagram.fit_to(width, height)
    qtbot.wait(1)
    controls = diagram.controls
    assert diagram.box.direction() == QBoxLayout.Direction.LeftToRight
    beside = controls.transport.indexOf(controls.scrubber) >= 0
    assert not beside or controls.scrubber.width() >= ROOMY_SCRUBBER, controls.scrubber.width()


def test_the_link_to_a_topic_comes_back_when_a_small_room_grows(diagram: DiagramWidget) -> None:
    """A tight room gives the link's row to the picture; room again (the kiosk's Watch screen after a
    topic, a window made larger) brings it back at once, not only at the next step."""
    caption = diagram.caption
    caption.set_topic_links({("before", "match"): ("how-immune-finds-cancer", "How your immune system finds cancer")},
                            current="what-is-io")
    diagram.player.set_mode("before", "match")
    assert caption.read_more.isVisibleTo(diagram)
    diagram.fit_to(420, 300)  # tight
    assert not caption.read_more.isVisibleTo(diagram)
    diagram.fit_to(1000, 700)
    assert caption.read_more.isVisibleTo(diagram)
    assert caption.read_more.text() == "Read about this: How your immune system finds cancer ›"


def test_a_link_longer_than_its_line_goes_under_next_step_on_as_many_lines_as_it_needs(
        diagram: DiagramWidget) -> None:
    link = diagram.caption.read_more
    words = "Read about this: " + "a topic with a very long title " * 4 + "›"
    link.setText(words)
    link.setAccessibleName(words)
    link.show()
    diagram.caption.arrange_actions(2000)
    assert link.text() == words  # room enough: the whole words, beside "Next step"
    diagram.caption.arrange_actions(320)
    assert link.text().replace("\n", " ") == words  # every word of it, never cut with "…"
    assert link.text().count("\n") >= 2 and link.sizeHint().width() <= 320
    assert link.accessibleName() == words


def test_a_link_that_fits_on_two_lines_stays_beside_next_step(diagram: DiagramWidget) -> None:
    """On a 1366x768 laptop "Read about this: Your immune system" took a row of its own under "Next step"
    (and the room kept for it cost the speed, labels and still-pictures row). Where two lines beside it
    are enough, it goes there."""
    from PySide6.QtWidgets import QBoxLayout

    caption = diagram.caption
    link = caption.read_more
    words = "Read about this: Your immune system ›"
    link.setText(words)
    link.setAccessibleName(words)
    link.show()
    whole = link.sizeHint().width()
    width = caption.next_step.sizeHint().width() + caption.action_row.spacing() + round(whole * 0.7)
    caption.arrange_actions(width)
    assert caption.action_row.direction() == QBoxLayout.Direction.LeftToRight
    assert link.text().count("\n") == 1 and link.text().replace("\n", " ") == words
    caption.arrange_actions(caption.next_step.sizeHint().width() + round(whole * 0.3))  # too narrow: under it
    assert caption.action_row.direction() == QBoxLayout.Direction.TopToBottom


def test_a_picture_that_jumps_places_its_labels_afresh_whatever_came_before(qtbot: QtBot, clock: FakeClock) -> None:
    """While the story moves, each label tries first where it sat in the picture before (it stays put while
    it can). A picture that jumps (a new step, a topic, still pictures) places them at their best: the
    still of "The attack" showed the places its labels had found mid-zoom, and another history gave
    another picture of the same moment."""
    player = Player(clock)
    view = DiagramView(player, load_pack(content_root()).diagram_text)
    qtbot.addWidget(view)
    view.resize(988, 569)  # (the picture on a 1920x1080 kiosk's topic screen)
    with qtbot.waitExposed(view):
        view.show()
    player.set_mode("after")
    still = still_time("after", 3)

    def boxes() -> dict[str, tuple[float, float]]:
        return {one.key: (round(one.box.left), round(one.box.top)) for one in view.placed}

    t = player.timeline.start_of(3)
    while t < still:  # played from the step's start, as a topic plays its step
        player.seek(t)
        view.repaint()
        t += 1 / 30
    player.seek(still)
    view.repaint()
    played = boxes()
    jumped = []
    start = player.timeline.start_of(3)
    for before in (0.0, start + 0.3, start + 1.0, player.timeline.total):  # (mid-zoom: the same names elsewhere)
        player.seek(before)
        view.repaint()
        player.seek(still)
        view.repaint()
        jumped.append(boxes())
    assert all(one == jumped[0] for one in jumped) and set(jumped[0]) == set(played)
    assert played != jumped[0]  # (the history had mattered: "perforin" and "apoptosis" sat elsewhere)


def test_side_by_side_words_stand_at_the_top_of_their_room_and_keep_step_numbers_whole(qtbot: QtBot) -> None:
    """Each half's words keep the height of its tallest step; Qt centred them in it, so a short caption
    stood lines below its title and below the other half's words (review). And "Step 7 of" ended a line."""
    diagram = DiagramWidget(load_pack(content_root()).diagram_text)  # (narrow from the start: a widget shown
    qtbot.addWidget(diagram)  # wider keeps that width as its least)
    diagram.resize(560, 800)
    with qtbot.waitExposed(diagram):
        diagram.show()
    diagram.player.set_mode("side-by-side")
    diagram.player.pause()
    checked = titles = 0
    for index in range(diagram.player.timeline.phase_count):
        diagram.player.seek(still_time("side-by-side", index))
        qtbot.waitUntil(lambda: diagram.caption.columns[1].isVisible() and diagram.caption.columns[1].width() < 300)
        for column in diagram.caption.columns:
            text = column.text
            line = text.fontMetrics().lineSpacing()
            assert f"Step\u00a0{index + 1}\u00a0of\u00a07:" in column.step.text()
            if text.height() < QLabel.heightForWidth(text, text.width()) + line:
                continue  # (its own words fill its room: nothing to centre)
            checked += 1
            image = text.grab().toImage()
            first = next(y for y in range(image.height())
                         if any(image.pixelColor(x, y).lightness() < 100 for x in range(0, image.width(), 2)))
            assert first < line * 0.4, (index, first, line)  # its first line at the top, not centred in the room
        for column in diagram.caption.columns:  # a step's title stands on its words, at the foot of its room
            title = column.step
            line = title.fontMetrics().lineSpacing()
            if title.height() < QLabel.heightForWidth(title, title.width()) + line:
                continue
            titles += 1
            image = title.grab().toImage()
            last = max(y for y in range(image.height())
                       if any(image.pixelColor(x, y).lightness() < 140 for x in range(0, image.width(), 2)))
            assert last > title.height() - line * 0.35, (index, last, title.height())
    assert checked >= 2 and titles >= 1
