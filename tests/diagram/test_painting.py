"""Painting, colours, the sprite cache, the render and bench commands."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from ioexplainer.app.cli import main
from ioexplainer.content.loader import load_pack
from ioexplainer.content.model import DiagramText
from ioexplainer.core.contrast import contrast_ratio
from ioexplainer.core.paths import content_root
from ioexplainer.diagram.paint import palette
from ioexplainer.diagram.paint.painter import legend, paint, scene_rects
from ioexplainer.diagram.paint.render import frame_times, render_image
from ioexplainer.diagram.paint.sprites import SpriteCache
from ioexplainer.diagram.story.labels import Placed
from ioexplainer.diagram.story.story import frames_at
from ioexplainer.ui import theme


@pytest.mark.parametrize(("name", "colour"), sorted(palette.GRAPHICS.items()))
def test_diagram_shapes_stand_out_3_to_1(name: str, colour: str) -> None:
    for ground in (palette.BACKGROUND, palette.TISSUE):
        assert contrast_ratio(colour, ground) >= 3.0, name


@pytest.mark.parametrize(("name", "colour"), sorted(palette.TEXT.items()))
def test_diagram_text_is_4_5_to_1(name: str, colour: str) -> None:
    assert contrast_ratio(colour, palette.LABEL_BOX) >= 4.5, name


@pytest.mark.parametrize("colour", [theme.TEXT, theme.MUTED, theme.ACCENT, theme.LINK])
def test_window_text_is_4_5_to_1(colour: str) -> None:
    for ground in (theme.BACKGROUND, theme.SURFACE, theme.ACCENT_SOFT):
        assert contrast_ratio(colour, ground) >= 4.5, colour


def test_contrast_ratio_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_render_image_draws_cells_not_a_blank(qapp) -> None:
    image = render_image("before", 17.0, (800, 450), DiagramText())
    colours = {image.pixelColor(x, y).name() for x in range(0, 800, 7) for y in range(0, 450, 7)}
    assert palette.BACKGROUND in colours and len(colours) > 20
    assert any(QColor(c).red() > 200 and QColor(c).blue() < 200 for c in colours)  # orange cancer cells


@pytest.mark.parametrize("size", [(400, 300), (1920, 1080), (3840, 2160)])
def test_paints_at_any_size(qapp, size: tuple[int, int]) -> None:
    image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    paint(painter, QRectF(0, 0, *size), frames_at("side-by-side", 12.0), {}, True, ("Before", "After"))
    painter.end()
    assert image.pixelColor(size[0] // 2, 2).isValid()


def test_side_by_side_picks_the_bigger_arrangement() -> None:
    wide = scene_rects(QRectF(0, 0, 1600, 400), 2)
    assert wide[1].left() > wide[0].left()
    tall = scene_rects(QRectF(0, 0, 800, 1000), 2)
    assert tall[1].top() > tall[0].top()


def test_sprite_cache_reuses_and_stays_within_its_limit(qapp) -> None:
    cache = SpriteCache(limit_bytes=100 * 100 * 4 * 3)
    drawn: list[str] = []
    for key in ("a", "b", "a", "c", "d"):

        def draw(painter: QPainter, name: str = key) -> None:
            drawn.append(name)

        cache.get(key, 100, 100, draw)
    assert drawn == ["a", "b", "c", "d"]  # "a" came from the cache the second time
    assert cache.bytes <= cache.limit and len(cache) == 3
    assert cache.find("b") is None  # the least recently used one went first
    assert cache.find("a") is not None


def test_frame_times() -> None:
    assert frame_times("before", 2.0)[:3] == [0.0, 0.5, 1.0]
    assert len(frame_times("after", 1.0, stills=True)) == 7  # six steps and the recap


def test_render_command_writes_numbered_pngs(qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", "--scenario", "after", "--out", str(tmp_path), "--size", "640x360", "--fps", "0.5"]) == 0
    files = sorted(tmp_path.glob("after-*.png"))
    assert [f.name for f in files][:2] == ["after-0000.png", "after-0001.png"]
    assert len(files) == 18  # 35.5 s at 0.5 frames a second
    assert QImage(str(files[3])).size().width() == 640
    assert "Wrote 18 frame(s)" in capsys.readouterr().out


def test_render_command_rejects_a_bad_scenario(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", "--scenario", "during", "--out", "x"]) == 2
    assert "unknown scenario 'during'; use one of before, after, side-by-side" in capsys.readouterr().err


def test_bench_runs_and_reports(qapp, capsys: pytest.CaptureFixture[str]) -> None:
    """Only that the benchmark works; its numbers are for `ioexplainer bench`, not for tests."""
    from ioexplainer.app.bench import run

    result = run(frames=10, animate_seconds=0.3, paused_seconds=0.3, read_seconds=0.3, played_seconds=0.4)
    assert result.frames_painted == 10 and result.paint_median_ms > 0
    assert result.played_frames == 20 and result.played_median_ms > 0  # 0.4 s of each story at 25 frames/s
    assert result.animate_fps > 0 and result.read_fps > 0  # both runs played and painted
    assert result.paused_paints == 0
    assert len(result.lines()) == 5


def test_a_whole_pass_lasts_each_step_or_its_reading_whichever_is_longer() -> None:
    from ioexplainer.app.bench import whole_pass

    assert whole_pass((10.0, 2.0), (5.0, 4.5)) == 14.5
    assert whole_pass((), (5.0, 4.5)) == 9.5


def test_a_moving_scene_drawn_straight_looks_as_its_kept_layer(qapp) -> None:
    """The still part and the cells new to this frame are drawn straight while they change at every frame,
    and kept as pictures once the scene stands still: both ways put every edge on the same pixel (at most
    2 in 255 apart, from blending in another order), and only the standing scene is kept."""
    from ioexplainer.diagram.paint import painter as module

    # (one frame, as a tuple: a wide shot. A close-up fades the slivers of cells at its edge, and a faded cell
    # is kept as one picture even while new, so its parts do not show through.)
    frame = frames_at("after", 21.0)
    cache = SpriteCache()
    module.LAYERS.clear()
    before = QImage(960, 540, QImage.Format.Format_RGB32)
    p = QPainter(before)
    paint(p, QRectF(0, 0, 960, 540), frames_at("after", 3.0), {}, labels=False, cache=cache)  # another came first
    p.end()
    pictures, kept, cells = [], [], [cache.misses]
    for _ in range(3):
        image = QImage(960, 540, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        p = QPainter(image)
        paint(p, QRectF(0, 0, 960, 540), frame, {}, labels=False, cache=cache)
        p.end()
        pictures.append(image)
        kept.append(len(module.LAYERS))
        cells.append(cache.misses)
    assert kept == [0, 1, 1]  # drawn straight while new, kept from the second time it stands the same
    # Cell pictures: while the scene is new, only its small parts are kept (a lock's glow), not its cells;
    # standing, its cells are kept, and then reused.
    assert cells[1] - cells[0] < cells[2] - cells[1] and cells[3] == cells[2]
    assert pictures[1] == pictures[2]
    assert _largest_difference(pictures[0], pictures[1]) <= 2


def _largest_difference(a: QImage, b: QImage) -> int:
    """The largest difference of any colour channel of any pixel (every other pixel in each direction)."""
    largest = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            ca, cb = a.pixelColor(x, y), b.pixelColor(x, y)
            largest = max(largest, abs(ca.red() - cb.red()), abs(ca.green() - cb.green()), abs(ca.blue() - cb.blue()))
    return largest


def test_a_window_resized_often_remembers_a_bounded_number_of_picture_sizes(qapp) -> None:
    """The still layer's last key is kept per scenario and picture size: a laptop window dragged through
    forty sizes keeps only the newest few, and a standing picture is still kept from its second frame."""
    from ioexplainer.diagram.paint import painter as module

    frame = frames_at("before", 5.0)
    for width in range(400, 800, 10):
        image = QImage(width, 300, QImage.Format.Format_ARGB32_Premultiplied)
        p = QPainter(image)
        paint(p, QRectF(0, 0, width, 300), frame, {}, labels=False)
        p.end()
    assert len(module._LAST_LAYER) <= module.LAST_LAYER_PLACES
    assert ("before", 790, 300) in module._LAST_LAYER and ("before", 400, 300) not in module._LAST_LAYER
    module.LAYERS.clear()
    image = QImage(790, 300, QImage.Format.Format_ARGB32_Premultiplied)
    p = QPainter(image)
    paint(p, QRectF(0, 0, 790, 300), frame, {}, labels=False)  # the same again: kept now
    p.end()
    assert len(module.LAYERS) == 1


def test_the_kiosk_is_measured_in_a_process_of_its_own() -> None:
    """Its memory figure counts a kiosk's own process only: a fresh one runs the attract screen and visits."""
    from ioexplainer.app.kiosk_bench import measure

    result = measure(attract_seconds=0.3, visits=2)
    assert result.visits == 2 and result.attract_seconds > 0.2
    assert 20 < result.resident_mib_before <= result.resident_mib_after + 5  # a real process, measured twice
    assert "after 2 visits" in result.lines()[2]
    assert result.portrait_cpu_percent > 0 and "at 1080x1920 (portrait)" in result.lines()[0]


def test_a_still_with_numbered_badges_carries_their_names(qapp) -> None:
    """A badge "1" in a picture written to a file needs its key there too (the app shows it beside the
    picture; a PNG has nothing beside it). Words that would be cut become a badge at a tiny size."""
    texts = DiagramText(labels={"nk-missing-self": "NK cell: no cups, so it attacks " * 6})  # far too long
    from ioexplainer.diagram.story.story import still_time

    image = render_image("before", still_time("before", 4), (640, 360), texts)
    plain = render_image("before", still_time("before", 4), (640, 360), texts, labels=False)
    corner = [(x, y) for x in range(0, 200, 4) for y in range(300, 360, 2)]
    changed = sum(image.pixel(x, y) != plain.pixel(x, y) for x, y in corner)
    assert changed > 50  # the key's box and words, along the bottom edge


def test_badges_whose_names_would_not_fit_the_line_kept_for_them_are_left_out_last_first(qapp) -> None:
    """`room` says whether a legend fits the line kept under the picture: the badges that would not fit are
    not drawn in this frame (the highest number first), and the legend of those drawn fits."""
    texts = dict(load_pack(content_root()).diagram_labels)
    frames = frames_at("after", 24.8)  # (two badges at 512x251: the healthy cell and the one that hides)
    image = QImage(512, 251, QImage.Format.Format_ARGB32_Premultiplied)
    with QPainter(image) as p:
        every = paint(p, QRectF(0, 0, 512, 251), frames, texts)
    assert sorted(one.number for one in every if one.number) == [1, 2]
    asked: list[str] = []

    def one_badge(placed: Sequence[Placed]) -> bool:
        asked.append(legend(placed))
        return sum(1 for one in placed if one.number) <= 1

    with QPainter(image) as p:
        fewer = paint(p, QRectF(0, 0, 512, 251), frames, texts, room=one_badge)
    assert [one.number for one in fewer if one.number] == [1] and asked[0] == legend(every)
    assert legend(fewer) == legend([one for one in every if one.number != 2])
    assert {one.key for one in fewer if not one.number} == {one.key for one in every if not one.number}
