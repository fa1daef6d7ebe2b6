"""Which arrangement the window takes for its size and text size (pure)."""

from __future__ import annotations

import pytest

from ioexplainer.ui.arrangement import arrange

LARGEST = (34 / 17) ** 0.75  # how much a laptop's largest text grows the thresholds (as the window computes it)
KIOSK, KIOSK_LARGER = (27 / 17) ** 0.75, (36 / 17) ** 0.75  # a big kiosk screen's two steps
LARGE = (22 / 17) ** 0.75  # a laptop's "large" step


@pytest.mark.parametrize(("width", "height", "grow", "shape"), [
    (1920, 1080, 1.0, "wide"), (1366, 768, 1.0, "wide"), (1280, 800, 1.0, "wide"), (2560, 1440, LARGEST, "wide"),
    (1920, 1080, LARGEST, "compact"), (1366, 768, LARGEST, "compact"), (1024, 768, 1.0, "compact"),
    (800, 600, 1.0, "compact"), (1080, 1920, 1.0, "tall"), (700, 1000, 1.0, "compact"),
    # At the largest text, text and picture as two tabs, so the picture grows with the words: stacked in
    # portrait, a kiosk's picture went from 1006x722 to 1006x483 with Larger text (as tabs: 1006x1047)
    (1080, 1920, LARGEST, "compact"), (1080, 1920, KIOSK, "tall"), (1080, 1920, KIOSK_LARGER, "compact"),
    (1920, 1080, KIOSK, "wide"), (1920, 1080, KIOSK_LARGER, "compact"), (2560, 1440, KIOSK_LARGER, "wide"),
])
def test_the_shape_follows_the_room(width: int, height: int, grow: float, shape: str) -> None:
    assert arrange(width, height, grow).shape == shape


def test_only_the_wide_laptop_window_keeps_the_list_as_a_column() -> None:
    assert not arrange(1920, 1080).drawer
    assert arrange(1920, 1080, kiosk=True).drawer  # a kiosk's topics are its start screen
    assert arrange(1080, 1920).drawer and arrange(1024, 768).drawer


def test_a_kiosk_gives_the_diagram_half_the_width() -> None:
    assert arrange(1920, 1080, kiosk=True).diagram_share >= 0.5
    assert arrange(1080, 1920, kiosk=True).diagram_share >= 0.5  # the top half, in portrait


@pytest.mark.parametrize(("reading", "share"), [(0.0, 0.5), (0.2, 0.7), (0.35, 0.65), (0.45, 0.55), (0.7, 0.5)])
def test_portrait_gives_the_picture_what_ten_lines_of_text_leave(reading: float, share: float) -> None:
    """At least the top half, at most 70%: the picture is the hero, and the text keeps its ten lines."""
    assert arrange(1080, 1920, kiosk=True, reading=reading).diagram_share == share
    assert arrange(1920, 1080, kiosk=True, reading=reading).diagram_share == 0.55  # (landscape: its width)


@pytest.mark.parametrize(("width", "grow", "share"), [
    (1280, 1.0, 0.42), (1366, 1.0, 0.42), (1760, 1.0, 0.455), (1920, 1.0, 0.5), (2080, 1.0, 0.5),
    (2560, 1.0, 0.5), (2560, LARGEST, 0.473), (1920, 1.3, 0.55),
])
def test_a_wide_laptop_window_gives_the_picture_what_the_list_and_text_leave(width: int, grow: float,
                                                                             share: float) -> None:
    """The list and the text keep about 960 px (more at larger text); from there to half the width, the
    rest goes to the picture (at 1920x1080 its widget went from 744x530, 19% of the window, to 815x588,
    then with lines of about 60 letters, not 67, to 894x646: 28%)."""
    assert arrange(width, max(800, round(width * 9 / 16)), grow).diagram_share == pytest.approx(share, abs=0.002)


@pytest.mark.parametrize(("width", "height", "grow", "drawer"), [
    (1920, 1080, LARGE, True), (1920, 1080, 1.0, False), (2560, 1440, LARGE, False), (1366, 768, 1.0, False),
])
def test_larger_text_on_a_laptop_puts_the_list_in_the_drawer_so_the_picture_grows(
        width: int, height: int, grow: float, drawer: bool) -> None:
    """At 1920x1080 and 26 px, three columns left the picture its least share (744x526, from 815x646 at
    normal text). Where larger text would do that, the list goes into the drawer and the picture takes
    what about 740 px of text leave (988x617). Normal text, and a window wide enough, keep the list."""
    arrangement = arrange(width, height, grow)
    assert arrangement.shape == "wide" and arrangement.drawer is drawer
    if drawer:
        assert arrangement.diagram_share > arrange(width, height, 1.0).diagram_share
