"""The attract screen's still camera (camera.framing, pure): the clip's region as large as the picture
allows, in any shape, and the clip's cells stay inside that region for the whole loop."""

from __future__ import annotations

import pytest

from ioexplainer.diagram.story.camera import (
    SLIVER,
    SLIVER_SMALL,
    WIDE,
    camera_of,
    fade_slivers,
    framing,
    view_of,
)
from ioexplainer.diagram.story.model import Kind
from ioexplainer.diagram.story.registry import REGISTRY
from ioexplainer.diagram.story.story import Timeline, frame_at
from ioexplainer.kiosk.attract import CLIP_REGION, HOPEFUL


def on_screen(width: float, height: float, region: tuple[float, float, float, float]) -> tuple[float, ...]:
    """The region's corners in the picture's pixels, through the framing camera."""
    view = view_of(width, height, framing(width, height, region))
    left, top, right, bottom = region
    if view.turned:  # (scene x runs down the picture, scene y from right to left)
        xs = [view.dx + (900 - y) * view.scale for y in (top, bottom)]
        ys = [view.dy + x * view.scale for x in (left, right)]
    else:
        xs = [view.dx + x * view.scale for x in (left, right)]
        ys = [view.dy + y * view.scale for y in (top, bottom)]
    return min(xs), min(ys), max(xs), max(ys), view.scale


@pytest.mark.parametrize("size", [(738, 688), (1070, 1000), (580, 688), (1824, 522), (984, 1300), (1270, 266)])
def test_the_clip_fills_the_picture_it_is_framed_for(size: tuple[int, int]) -> None:
    width, height = size
    left, top, right, bottom, _scale = on_screen(width, height, CLIP_REGION)
    assert left >= -1 and top >= -1 and right <= width + 1 and bottom <= height + 1  # all of it in view
    assert right - left >= width - 2 or bottom - top >= height - 2  # as large as it fits: one side fills
    assert framing(width, height, CLIP_REGION).zoom >= 1.0


def test_a_squarer_picture_shows_the_cells_larger_than_the_old_strip() -> None:
    """1366x768 kiosk: a 1270x266 strip of the whole scene (scale 0.30) became a picture beside the words."""
    strip = view_of(1270, 266, WIDE).scale
    assert on_screen(738, 688, CLIP_REGION)[-1] >= 2.3 * strip
    assert framing(1600, 900, (0, 0, 1600, 900)) == WIDE  # the whole scene: no zoom, centred


def test_the_loops_cells_stay_inside_the_clip_region() -> None:
    timeline = Timeline.of("after")
    ids = [p.phase_id for p in REGISTRY.scenario("after").phases]
    first, last = ids.index(HOPEFUL[0]), ids.index(HOPEFUL[1])
    t, end = timeline.start_of(first), timeline.start_of(last) + timeline.durations[last]
    left, top, right, bottom = CLIP_REGION
    while t <= end:
        for actor in frame_at("after", t).actors:
            if actor.opacity >= 0.3 and actor.kind.name in ("T_CELL", "CANCER_CELL"):
                assert left <= actor.x - actor.r and actor.x + actor.r <= right, (t, actor.actor_id)
                assert top <= actor.y - actor.r and actor.y + actor.r <= bottom, (t, actor.actor_id)
        t += 0.25


@pytest.mark.parametrize("size", [(988, 569), (815, 646), (1006, 692), (518, 586)])
def test_a_close_up_fades_the_slivers_of_cells_at_its_edge_never_its_subject(size: tuple[int, int]) -> None:
    """Every close-up still at four picture sizes: a cell that is not the shot's subject and shows less than a
    fifth of itself is gone, one showing more than half is whole; the T cell and the cancer cell it meets
    are never faded, however much of them the edge cuts. A wide shot is left as it is."""
    width, height = size
    gone = antibodies = 0
    for scenario in ("before", "after"):
        timeline = Timeline.of(scenario)
        for index in range(timeline.phase_count):
            frame = frame_at(scenario, timeline.start_of(index) + timeline.durations[index] * 0.75)
            view = view_of(width, height, camera_of(frame))
            shown = fade_slivers(frame, view, (0.0, 0.0, width, height))
            if frame.zoom <= 1.0:
                assert shown == frame
                continue
            for before, after in zip(frame.actors, shown.actors, strict=True):
                if before.kind is Kind.VESSEL:
                    assert after == before
                    continue
                x, y = view.map(before.x, before.y)
                r = before.r * view.scale
                part = (max(0.0, min(x + r, width) - max(x - r, 0.0)) * max(0.0, min(y + r, height) - max(y - r, 0.0))
                        / (4 * r * r))
                # (an antibody, small and no circle, fades unless nearly whole: half of one was a stray stroke)
                least, whole = SLIVER_SMALL if before.kind is Kind.ANTIBODY else SLIVER
                if before.actor_id in {"T1", "C1"}:  # the subject: the T cell at the cancer cell, and that cell
                    assert after.opacity == before.opacity, (scenario, index, before.actor_id)
                elif part < least:
                    assert after.opacity == 0.0, (scenario, index, before.actor_id, part)
                    gone += before.opacity > 0
                    antibodies += before.opacity > 0 and before.kind is Kind.ANTIBODY
                elif part >= whole:
                    assert after.opacity == before.opacity, (scenario, index, before.actor_id)
    assert gone > 0  # (the close-ups do cut cells at their edges)
    assert antibodies > 0 or size != (988, 569)  # (and antibodies: one at the attack's edge, a kiosk's size)


@pytest.mark.parametrize(("size", "least_gain"), [((1006, 1240), 1.4), ((1006, 722), 1.25), ((894, 646), 1.25),
                                                  ((1294, 838), 1.1), ((960, 540), 1.0)])
def test_a_wide_shot_that_keeps_to_part_of_the_scene_comes_closer_in_a_picture_of_another_shape(
        size: tuple[int, int], least_gain: float) -> None:
    """The last three steps before therapy keep to the scene's right two thirds: turned on a portrait kiosk,
    45% of the picture was empty tissue over the cells. Framed on what they show, their cells are drawn 1.4
    times as large there; a picture of the scene's own shape is as before. What the region holds is whole
    in the picture at every moment once the camera has moved in, and at each still every cell is in it."""
    from ioexplainer.diagram.story.camera import MOVE_SECONDS, REGIONS, fit_scale
    from ioexplainer.diagram.story.story import still_time

    width, height = size
    timeline = Timeline.of("before")
    ids = REGISTRY.scenario("before").phase_ids
    for phase, region in REGIONS["before"].items():
        index = ids.index(phase)
        left, top, right, bottom = region
        still = frame_at("before", still_time("before", index))
        for actor in still.actors:  # (the region is right: it holds every cell of the step's still)
            if actor.opacity >= 0.3:
                r = actor.drawn_r
                assert left <= actor.x - r and actor.x + r <= right, (phase, actor.actor_id)
        view = view_of(width, height, camera_of(still))
        gain = view.scale / fit_scale(width, height)
        assert gain >= least_gain and (gain < 1.01 if least_gain == 1.0 else True), (phase, gain)
        start = timeline.start_of(index)
        for step in range(41):
            seconds = timeline.durations[index] * step / 40
            if seconds < MOVE_SECONDS:
                continue  # (coming out of the brake's close-up)
            frame = frame_at("before", start + seconds)
            view = view_of(width, height, camera_of(frame))
            for actor in frame.actors:
                r = actor.drawn_r
                if actor.opacity < 0.3 or not (left <= actor.x - r and actor.x + r <= right
                                               and top <= actor.y - r and actor.y + r <= bottom):
                    continue
                x, y = view.map(actor.x, actor.y)
                r *= view.scale
                assert x - r >= -1 and x + r <= width + 1 and y - r >= -1 and y + r <= height + 1, (
                    phase, step, actor.actor_id)
