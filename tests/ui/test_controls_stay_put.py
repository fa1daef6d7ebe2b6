"""The picture and its buttons stay put from step to step: a finger that pressed "Next step" finds it
again under the same spot.

Review: on a 1366x768 kiosk with Larger text (Watch how it works) the picture was 712, 518, 647 and
802 px wide at steps 1 to 6 and "Next step" moved with it; on a 1280x800 laptop at the largest text the
speed row came and went; at 1920x1080 the play buttons' top moved between 502 and 634 px. The layout was
chosen for each step's own caption, link to another topic and legend; now for the tallest of them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from ioexplainer.diagram.story.story import still_time
from tests.ui.screens import open_screen

CASES = [("kiosk", (1366, 768), "largest", "#watch"), ("kiosk", (1920, 1080), "large", "#watch"),
         ("laptop", (1280, 800), "largest", "how-cancer-escapes"),
         ("kiosk", (1366, 768), "large", "how-cancer-escapes"),
         ("laptop", (1366, 768), "normal", "how-treatment-works"),
         ("kiosk", (1080, 1920), "large", "how-cancer-escapes")]


@pytest.mark.parametrize(("mode", "size", "text", "screen"), CASES,
                         ids=[f"{m}-{w}x{h}-{t}-{s.strip('#')}" for m, (w, h), t, s in CASES])
def test_the_picture_and_its_buttons_stay_put_from_step_to_step(qtbot: QtBot, mode: str, size: tuple[int, int],
                                                               text: str, screen: str) -> None:
    window = open_screen(qtbot, size, screen, kiosk=mode == "kiosk", text=text, diagram=True, picture_tab=True)
    diagram = window.diagram
    player = diagram.player
    player.pause()
    for scenario in ("before", "after"):
        player.set_mode(scenario)
        qtbot.wait(200)  # (a new scenario: its words, then the layout for them)
        places = []
        for step in range(player.timeline.phase_count):
            player.seek(still_time(scenario, step))
            for _ in range(2):  # the refit after a new caption, then the one after the legend the paint sets
                qtbot.wait(60)
                qtbot.waitUntil(lambda: not diagram._refit.isActive())
            play = diagram.controls.play
            places.append((diagram.view.geometry().getRect(), play.mapTo(window, play.rect().topLeft()),
                           diagram.controls.speed_buttons[1.0].isVisible()))
        assert all(place == places[0] for place in places), (scenario, places)


OPENING = [("laptop", (1280, 800), "es"), ("laptop", (1366, 768), "en"), ("kiosk", (1920, 1080), "en")]


@pytest.mark.parametrize(("mode", "size", "lang"), OPENING, ids=[f"{m}-{w}x{h}-{lang}" for m, (w, h), lang in OPENING])
def test_a_topic_opens_with_its_picture_and_buttons_in_place_from_the_first_frame(
        qtbot: QtBot, mode: str, size: tuple[int, int], lang: str) -> None:
    """Each topic opened laid the diagram out three times within about 60 ms: a scroll bar came for a moment
    while its words were laid out, the room was 14 px narrower, and for a frame "Play" lost its words and
    the picture shrank. Checked at every turn of the event loop after each topic opens."""
    window = open_screen(qtbot, size, "what-is-immuno-oncology", kiosk=mode == "kiosk", lang=lang, diagram=True)
    qtbot.wait(300)
    diagram, area = window.diagram, window.diagram_area
    for slug in ("how-cancer-escapes", "how-treatment-works", "the-immune-system"):
        window.session.go_to(slug)
        if window.screens is not None:
            window.screens.show_topic()
        seen: list[tuple[str, int, QSize, bool]] = []
        for _ in range(40):  # (each wait lets the event loop run its timers and layouts)
            qtbot.wait(5)
            play = diagram.controls.play
            state = (play.text(), play.width(), diagram.view.size(), area.verticalScrollBar().isVisible())
            if not seen or seen[-1] != state:
                seen.append(state)
        assert len(seen) == 1 and seen[0][0] and not seen[0][3], (slug, seen)


def test_a_wide_laptop_puts_speed_labels_and_still_pictures_beside_the_play_buttons(qtbot: QtBot) -> None:
    """At 1920x1080 the options had a row of their own under the play buttons; beside them (the row has
    room) the picture gets that row's height: 815x646, a quarter of the screen, where it was 815x588 (and
    894x646 with a narrower text column: the scrubber beside the options went from 170 to 249 px)."""
    window = open_screen(qtbot, (1920, 1080), "how-the-immune-system-finds-cancer", diagram=True)
    controls, view = window.diagram.controls, window.diagram.view
    qtbot.waitUntil(lambda: controls.transport.indexOf(controls.options_row) >= 0 and view.height() >= 640)
    speed, play = controls.speed_buttons[1.0], controls.play
    assert speed.isVisible() and abs(speed.mapTo(window, speed.rect().topLeft()).y()
                                     - play.mapTo(window, play.rect().topLeft()).y()) <= 2
    assert controls.scrubber.width() >= max(controls.scrubber.least_width(), 240)  # (seven marks, 35 px apart)
    assert view.width() * view.height() >= 0.27 * 1920 * 1080


def test_the_buttons_stay_put_between_the_steps_too(qtbot: QtBot) -> None:
    """The line under the picture keeps the height of the legends the steps' still pictures need. Between
    two, badges no still picture needs came and went: at the start of "What to expect" on a 1366x768
    laptop two names took a second line, and the picture and every button under it moved 58 px for a
    second. Badges whose names would not fit the line are left out of such a frame."""
    window = open_screen(qtbot, (1366, 768), "how-treatment-works", diagram=True, picture_tab=True)
    diagram = window.diagram
    player = diagram.player
    player.pause()
    player.set_mode("after")
    qtbot.wait(200)
    start = sum(player.timeline.durations[:5])  # "What to expect"
    times = [start + tenth / 10 for tenth in range(16)] + [half / 2 for half in range(int(player.timeline.total * 2))]
    places = set()
    for t in times:
        player.seek(t)
        diagram.view.repaint()  # (the legend follows the frame painted)
        qtbot.wait(20)
        qtbot.waitUntil(lambda: not diagram._refit.isActive())
        play = diagram.controls.play
        places.add((diagram.view.geometry().getRect(), play.mapTo(window, play.rect().topLeft()).toTuple(),
                    diagram.caption.legend.height()))
        legend = diagram.caption.legend
        assert legend.heightForWidth(legend.width()) <= legend.height(), (t, legend.text())  # nothing cut
    assert len(places) == 1, places
