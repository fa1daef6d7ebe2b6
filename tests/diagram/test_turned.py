"""A tall picture (a portrait kiosk's Watch screen) shows the scene turned a quarter, composed for its
shape instead of a 16:9 strip with empty tissue above and below; symbols still read the right way up."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from ioexplainer.content.model import DiagramText
from ioexplainer.diagram.paint import cells, palette
from ioexplainer.diagram.paint.render import render_image
from ioexplainer.diagram.story.camera import WIDE, turned, view_of
from ioexplainer.diagram.story.model import SCENE_HEIGHT, SCENE_WIDTH

TEXTS = DiagramText()


def test_a_tall_picture_turns_the_scene_and_shows_it_larger() -> None:
    view = view_of(1006, 1253, WIDE)  # a portrait kiosk's Watch screen
    assert view.turned and view.scale >= 1.2 * 1006 / SCENE_WIDTH  # (the scene fitted to the width, unturned)
    _, top = view.map(0, SCENE_HEIGHT / 2)  # the scene's left edge (where T cells and the vessel are) ...
    _, bottom = view.map(SCENE_WIDTH, SCENE_HEIGHT / 2)
    assert top == pytest.approx(0) and bottom == pytest.approx(1253)  # ... at the top, its right at the bottom
    corners = [view.map(x, y) for x in (0, SCENE_WIDTH) for y in (0, SCENE_HEIGHT)]
    assert all(0 <= px <= 1006.01 and 0 <= py <= 1253.01 for px, py in corners)  # the whole scene in view
    assert view.vector(0, -10) == pytest.approx((10 * view.scale, 0))  # "above" in the scene: to the right


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1006, 558), (1000, 1000), (960, 540)])
def test_wide_and_square_pictures_are_not_turned(width: int, height: int) -> None:
    assert not turned(width, height) and not view_of(width, height, WIDE).turned


def _vessel_box(image: QImage) -> tuple[int, int, int, int]:
    """The bounds (left, top, right, bottom) of the pixels in the vessel's colour."""
    found = [(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
             if image.pixelColor(x, y) == QColor(palette.VESSEL_FILL)]
    xs, ys = [x for x, _ in found], [y for _, y in found]
    return min(xs), min(ys), max(xs), max(ys)


def test_the_vessel_runs_along_the_top_of_a_tall_picture_and_down_the_side_of_a_wide_one(qapp: object) -> None:
    """What reaches the screen: after therapy, step 1, the medicine's blood vessel at the scene's edge."""
    left, top, right, bottom = _vessel_box(render_image("after", 2.0, (600, 1000), TEXTS, labels=False))
    assert top < 40 and right - left > 5 * (bottom - top)  # a band across the top
    left, top, right, bottom = _vessel_box(render_image("after", 2.0, (1000, 600), TEXTS, labels=False))
    assert left < 40 and bottom - top > 5 * (right - left)  # a band down the left side


def test_upright_undoes_the_turn_so_symbols_read_the_right_way_up(qapp: object) -> None:
    image = QImage(100, 100, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.scale(2, 2)
    painter.rotate(90)
    painter.translate(10, 20)
    cells.upright(painter)
    m = painter.worldTransform()
    painter.end()
    assert m.m12() == pytest.approx(0, abs=1e-9) and m.m21() == pytest.approx(0, abs=1e-9)
    assert m.m11() == pytest.approx(2) and m.m22() == pytest.approx(2)  # the scale stays


def test_between_a_gain_of_1_and_the_threshold_a_picture_keeps_its_last_choice() -> None:
    # A picture 1000 px wide: turned shows the scene larger from 1000 px high, by 15% from 1150 px.
    assert not turned(1000, 1120) and not turned(1000, 1120, was=False)
    assert turned(1000, 1120, was=True) and turned(1000, 1010, was=True)
    assert not turned(1000, 990, was=True)  # upright is larger now: it turns back
    assert turned(1000, 1160) and turned(1000, 1160, was=False)


def test_a_window_dragged_through_the_threshold_does_not_flip_the_scene_back_and_forth(qtbot) -> None:
    """A small resize keeps the picture turned or upright within the band; a jump (another screen, a
    kiosk's Watch) chooses afresh."""
    from ioexplainer.diagram.qt.player import Player
    from ioexplainer.diagram.qt.view import DiagramView

    view = DiagramView(Player(), TEXTS)
    qtbot.addWidget(view)
    view.setMinimumSize(0, 0)
    view.resize(1000, 1200)
    view.show()
    qtbot.waitExposed(view)
    seen = []
    for height in (1200, 1150, 1110, 1060, 1010, 990, 1040, 1100, 1140, 1160):  # dragged down, then up again
        view.resize(1000, height)
        qtbot.waitUntil(lambda h=height: view.height() == h)
        seen.append(view.turn)
    assert seen == [True, True, True, True, True, False, False, False, False, True]
    view.resize(1000, 1800)
    qtbot.waitUntil(lambda: view.height() == 1800)
    assert view.turn is True
    view.resize(1000, 1120)  # a jump of 38% from a turned picture: chosen afresh, upright (a gain of 1.12)
    qtbot.waitUntil(lambda: view.height() == 1120)
    assert view.turn is False
