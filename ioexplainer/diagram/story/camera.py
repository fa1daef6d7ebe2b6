"""The story's camera: a wide shot to set the scene, a close-up on the T cell / cancer cell contact for the
moments that matter (the match, the brake, the antibody block, the attack), eased between them (pure).

Close-ups are sized so that every molecule (receptor, MHC holder, PD-1, PD-L1, antibody) is at least 40 px
across on a 1920x1080 kiosk and at least 24 px on a 1280x800 laptop (tests check it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ioexplainer.diagram.story.cast import CANCER, DOCK, GAP
from ioexplainer.diagram.story.model import SCENE_HEIGHT, SCENE_WIDTH
from ioexplainer.diagram.story.tracks import lerp, smooth

CLOSE_ZOOM = 2.6
MOVE_SECONDS = 1.4  # how long the camera takes to move at the start of a step


@dataclass(frozen=True)
class Camera:
    """Where the view is centred (scene units) and how far in (1 = the whole scene)."""

    x: float = SCENE_WIDTH / 2
    y: float = SCENE_HEIGHT / 2
    zoom: float = 1.0


WIDE = Camera()
CONTACT = Camera((DOCK[0] + CANCER[0] - CANCER[2] + GAP) / 2 + 20, CANCER[1] - 24, CLOSE_ZOOM)

# Which steps are close-ups (every other step is the wide shot).
CLOSE_UPS: Mapping[str, Mapping[str, Camera]] = {
    "before": {"match": CONTACT, "brake": CONTACT},
    "after": {"block": CONTACT, "rematch": CONTACT, "attack": CONTACT},
}


def shot(scenario: str, phase_id: str) -> Camera:
    return CLOSE_UPS.get(scenario, {}).get(phase_id, WIDE)


def camera_at(scenario: str, phase_ids: Sequence[str], index: int, seconds_in: float) -> Camera:
    """The camera `seconds_in` seconds into step `index`: it moves from the last step's shot, then holds."""
    target = shot(scenario, phase_ids[index])
    if index == 0 or seconds_in >= MOVE_SECONDS:
        return target
    start = shot(scenario, phase_ids[index - 1])
    f = smooth(seconds_in / MOVE_SECONDS)
    zoom = start.zoom * (target.zoom / start.zoom) ** f  # zooming at an even pace to the eye
    return Camera(lerp(start.x, target.x, f), lerp(start.y, target.y, f), zoom)


def view_transform(width: float, height: float, camera: Camera) -> tuple[float, float, float]:
    """(scale, dx, dy) that maps scene units to a `width` x `height` picture through the camera. At zoom 1
    the whole scene fits, centred; closer in, the view is kept inside the scene (no empty margins)."""
    base = min(width / SCENE_WIDTH, height / SCENE_HEIGHT)
    scale = base * camera.zoom
    if camera.zoom <= 1.0:
        return scale, (width - SCENE_WIDTH * scale) / 2, (height - SCENE_HEIGHT * scale) / 2
    half_w, half_h = width / scale / 2, height / scale / 2
    x = min(max(camera.x, half_w), SCENE_WIDTH - half_w) if half_w * 2 < SCENE_WIDTH else SCENE_WIDTH / 2
    y = min(max(camera.y, half_h), SCENE_HEIGHT - half_h) if half_h * 2 < SCENE_HEIGHT else SCENE_HEIGHT / 2
    return scale, width / 2 - x * scale, height / 2 - y * scale
