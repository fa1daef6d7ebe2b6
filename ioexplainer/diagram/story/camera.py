"""The story's camera: a wide shot to set the scene, a close-up on the T cell / cancer cell contact for the
moments that matter (the MHC holders, the match, the brake, the antibody block, the attack), eased between
them (pure).

Close-ups are sized so that every molecule (receptor, MHC holder, PD-1, PD-L1, antibody) is at least 40 px
across on a 1920x1080 kiosk and at least 24 px on a 1280x800 laptop (tests check it).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ioexplainer.diagram.story.cast import CANCER, DOCK, GAP
from ioexplainer.diagram.story.model import SCENE_HEIGHT, SCENE_WIDTH, Frame, Kind
from ioexplainer.diagram.story.tracks import lerp, smooth

CLOSE_ZOOM = 2.6
MOVE_SECONDS = 1.4  # how long the camera takes to move at the start of a step


@dataclass(frozen=True)
class Camera:
    """Where the view is centred (scene units) and how far in (1 = the whole scene). `region` (left, top,
    right, bottom in scene units): what a wide shot must show; a picture of another shape than the scene
    comes closer, as far as that region still fits (see view_of)."""

    x: float = SCENE_WIDTH / 2
    y: float = SCENE_HEIGHT / 2
    zoom: float = 1.0
    region: tuple[float, float, float, float] | None = None


WIDE = Camera()
CONTACT = Camera((DOCK[0] + CANCER[0] - CANCER[2] + GAP) / 2 + 20, CANCER[1] - 24, CLOSE_ZOOM)

# Which steps are close-ups (every other step is the wide shot).
CLOSE_UPS: Mapping[str, Mapping[str, Camera]] = {
    "before": {"display": CONTACT, "match": CONTACT, "brake": CONTACT},
    "after": {"block": CONTACT, "rematch": CONTACT, "attack": CONTACT},
}
# Wide shots whose cells keep to part of the scene: what they must show (every cell the step draws, and a
# margin). The last three steps before therapy keep to its right two thirds: turned on a portrait screen,
# the rest was empty tissue over them (45% of the picture), and in a squarer laptop picture a band to the left.
FOCUS = (540.0, 0.0, SCENE_WIDTH, SCENE_HEIGHT)
REGIONS: Mapping[str, Mapping[str, tuple[float, float, float, float]]] = {
    "before": {"hiding": FOCUS, "result": FOCUS, "recap": FOCUS},
}


def camera_of(frame: Frame) -> Camera:
    """The camera a frame is seen through."""
    return Camera(frame.camera_x, frame.camera_y, frame.zoom, frame.region)


def shot(scenario: str, phase_id: str) -> Camera:
    close = CLOSE_UPS.get(scenario, {}).get(phase_id)
    if close is not None:
        return close
    region = REGIONS.get(scenario, {}).get(phase_id)
    if region is None:
        return WIDE
    return Camera((region[0] + region[2]) / 2, (region[1] + region[3]) / 2, 1.0, region)


def camera_at(scenario: str, phase_ids: Sequence[str], index: int, seconds_in: float) -> Camera:
    """The camera `seconds_in` seconds into step `index`: it moves from the last step's shot, then holds."""
    target = shot(scenario, phase_ids[index])
    if index == 0 or seconds_in >= MOVE_SECONDS:
        return target
    start = shot(scenario, phase_ids[index - 1])
    f = smooth(seconds_in / MOVE_SECONDS)
    zoom = start.zoom * (target.zoom / start.zoom) ** f  # zooming at an even pace to the eye
    return Camera(lerp(start.x, target.x, f), lerp(start.y, target.y, f), zoom, target.region)


TURN_GAIN = 1.15  # a picture is drawn turned when that makes the scene at least this much larger


@dataclass(frozen=True)
class View:
    """How scene units map to a picture's pixels: scaled, shifted and, in a tall picture, turned a quarter
    (the scene's left edge at the top: T cells arrive from above, the vessel runs along the top)."""

    scale: float
    dx: float
    dy: float
    turned: bool = False

    def map(self, x: float, y: float) -> tuple[float, float]:
        """A scene point's place in the picture (pixels)."""
        if self.turned:
            x, y = SCENE_HEIGHT - y, x
        return self.dx + x * self.scale, self.dy + y * self.scale

    def vector(self, x: float, y: float) -> tuple[float, float]:
        """A scene offset (such as a label's preferred direction) in pixels."""
        if self.turned:
            x, y = -y, x
        return x * self.scale, y * self.scale


def turned(width: float, height: float, was: bool | None = None) -> bool:
    """Whether a picture this shape shows the scene larger turned a quarter (a portrait panel): by at
    least TURN_GAIN. `was`: what the same picture showed a moment ago, just before a small resize. Between
    a gain of 1 and TURN_GAIN it keeps that, so a window dragged slowly through the threshold does not
    turn the scene back and forth."""
    gain = min(width / SCENE_HEIGHT, height / SCENE_WIDTH) / max(1e-9, min(width / SCENE_WIDTH,
                                                                            height / SCENE_HEIGHT))
    return gain >= (1.0 if was else TURN_GAIN)


def fit_scale(width: float, height: float, turn: bool | None = None) -> float:
    """The scale at which the whole scene fits the picture, turned where that is larger (or as `turn`)."""
    turn = turned(width, height) if turn is None else turn
    return min(width / SCENE_HEIGHT, height / SCENE_WIDTH) if turn else min(width / SCENE_WIDTH,
                                                                             height / SCENE_HEIGHT)


def view_of(width: float, height: float, camera: Camera, turn: bool | None = None) -> View:
    """The view of the scene in a `width` x `height` picture through the camera. At zoom 1 the whole scene
    fits, centred; closer in, the view is kept inside the scene (no empty margins). A tall picture shows
    the scene turned a quarter when that makes it larger (TURN_GAIN), composed for its shape; `turn`
    decides it instead (a picture that keeps its last choice, see turned). A camera with a `region` comes
    at least as close as that region fits the picture (a picture the scene's shape: no closer)."""
    if camera.region is not None:
        closest = framing(width, height, camera.region, turn)
        if closest.zoom > camera.zoom:
            camera = replace(camera, zoom=closest.zoom)
    if turned(width, height) if turn is None else turn:
        scale, dx, dy = _fit(width, height, SCENE_HEIGHT, SCENE_WIDTH,
                             Camera(SCENE_HEIGHT - camera.y, camera.x, camera.zoom))
        return View(scale, dx, dy, turned=True)
    return View(*_fit(width, height, SCENE_WIDTH, SCENE_HEIGHT, camera))


def _fit(width: float, height: float, scene_w: float, scene_h: float, camera: Camera) -> tuple[float, float, float]:
    base = min(width / scene_w, height / scene_h)
    scale = base * camera.zoom
    if camera.zoom <= 1.0:
        return scale, (width - scene_w * scale) / 2, (height - scene_h * scale) / 2
    half_w, half_h = width / scale / 2, height / scale / 2
    x = min(max(camera.x, half_w), scene_w - half_w) if half_w * 2 < scene_w else scene_w / 2
    y = min(max(camera.y, half_h), scene_h - half_h) if half_h * 2 < scene_h else scene_h / 2
    return scale, width / 2 - x * scale, height / 2 - y * scale


def framing(width: float, height: float, region: tuple[float, float, float, float],
            turn: bool | None = None) -> Camera:
    """A still camera that shows `region` (left, top, right, bottom in scene units) as large as it fits in
    a `width` x `height` picture, turned as view_of turns it; never wider than the whole scene. (The attract
    screen: its cells were 50 px in a 1270x266 strip; in a squarer picture beside the words, framed on
    where the clip happens, they are about two and a half times that.)"""
    left, top, right, bottom = region
    tall = turned(width, height) if turn is None else turn
    span_w, span_h = (bottom - top, right - left) if tall else (right - left, bottom - top)
    scene_w, scene_h = (SCENE_HEIGHT, SCENE_WIDTH) if tall else (SCENE_WIDTH, SCENE_HEIGHT)
    if width <= 0 or height <= 0 or span_w <= 0 or span_h <= 0:
        return WIDE
    base = min(width / scene_w, height / scene_h)
    zoom = max(1.0, min(width / span_w, height / span_h) / base)
    return Camera((left + right) / 2, (top + bottom) / 2, zoom)


SUBJECT = 160.0  # scene units: a cell whose edge comes this near the camera's centre is what a close-up shows
SLIVER = (0.2, 0.55)  # a cell showing less than this share of itself at a close-up's edge fades (gone at the first)
# An antibody is small and no circle: half of one is a stray stroke (review); it fades unless nearly whole
SLIVER_SMALL = (0.6, 0.95)
# (and the medicine: an antibody's arm cut by the edge was a stray teal stroke in a tile's corner; review)
_FADED = (Kind.T_CELL, Kind.CANCER_CELL, Kind.NK_CELL, Kind.HEALTHY_CELL, Kind.ANTIBODY)


def fade_slivers(frame: Frame, view: View, rect: tuple[float, float, float, float]) -> Frame:
    """The frame as a close-up in `rect` (left, top, width, height in pixels, as `view` maps) shows it: a
    cell (or an antibody) that is not the shot's subject and shows only a sliver at the picture's edge fades
    out (a strip of a T cell along the top, the foot of a second cancer cell hanging from it, looked broken:
    review). Its label goes with it. The wide shot is left as it is."""
    if frame.zoom <= 1.0:
        return frame
    left, top, width, height = rect
    actors = []
    for actor in frame.actors:
        if actor.kind in _FADED and actor.opacity > 0.0 and math.dist(
                (actor.x, actor.y), (frame.camera_x, frame.camera_y)) - actor.r > SUBJECT:
            x, y = view.map(actor.x, actor.y)
            r = actor.r * view.scale
            shown = (max(0.0, min(x + r, left + width) - max(x - r, left))
                     * max(0.0, min(y + r, top + height) - max(y - r, top))) / (4 * r * r)
            gone, whole = SLIVER_SMALL if actor.kind is Kind.ANTIBODY else SLIVER
            if shown < whole:
                actor = replace(actor, opacity=actor.opacity * smooth((shown - gone) / (whole - gone)))
        actors.append(actor)
    return replace(frame, actors=tuple(actors))
