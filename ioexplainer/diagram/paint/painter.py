"""Paint diagram frames with QPainter: background, cells, bonds, particles, labels (QtGui only)."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from ioexplainer.diagram.paint import cells
from ioexplainer.diagram.paint import palette as c
from ioexplainer.diagram.paint.shapes import octagon
from ioexplainer.diagram.paint.sprites import SpriteCache
from ioexplainer.diagram.story.camera import WIDE, Camera, View, fade_slivers, fit_scale, view_of
from ioexplainer.diagram.story.cast import PDL1_ANGLE, on_circle, pd1_tips, receptor_tip
from ioexplainer.diagram.story.labels import Box, Placed, box_size, label_px, offsets, place_labels
from ioexplainer.diagram.story.model import SCENE_HEIGHT, SCENE_WIDTH, Actor, BondKind, Frame, Kind, State

TISSUE_SPOTS = ((260, 160, 210), (700, 760, 260), (1180, 120, 170), (1480, 560, 240), (420, 470, 120))
MIN_LABEL_PX = 13.0
GAP_PX = 12.0
CACHE = SpriteCache()
LAYERS = SpriteCache(16 * 1024 * 1024)  # two whole-scene layers, kept apart so they never push out sprites
# Together at most 48 MiB of pictures, whatever the visitors do (the kiosk runs all day).
ZOOM_STEP = 0.04  # the camera zooms in steps of 4%: a moving camera redraws few cell pictures
STILL_KINDS = (Kind.VESSEL, Kind.CANCER_CELL, Kind.HEALTHY_CELL, Kind.NK_CELL)
_LAST_LAYER: dict[tuple[str, int, int], tuple[object, ...]] = {}  # per scenario and size: the still layer drawn last
K = TypeVar("K")
V = TypeVar("V")
LAST_LAYER_PLACES = 16  # pictures remembered that way (a window, its tiles, side by side, the attract screen)
# Per scenario, size and text size: where each label sat from its anchor in the frame drawn last.
_LAST_LABELS: dict[tuple[str, int, int, float], dict[str, tuple[float, float, int]]] = {}


def _remember(store: dict[K, V], place: K, value: V) -> V | None:
    """Keep `value` as the last for `place` and return the one before; only the LAST_LAYER_PLACES places
    used most recently are kept (a laptop resized often would meet a new size each time)."""
    before = store.pop(place, None)
    store[place] = value  # (last in the dict: the places used longest ago go first)
    while len(store) > LAST_LAYER_PLACES:
        del store[next(iter(store))]
    return before


def use_theme(theme: str) -> None:
    """Standard or high contrast: new colours, and every cached picture drawn again."""
    c.use(theme)
    CACHE.clear()
    LAYERS.clear()


def paint(p: QPainter, rect: QRectF, frames: Sequence[Frame], texts: Mapping[str, str], labels: bool = True,
          titles: Sequence[str] = (), family: str | None = None, cache: SpriteCache = CACHE,
          label_px: float = MIN_LABEL_PX, turn: bool | None = None,
          room: Callable[[Sequence[Placed]], bool] | None = None, steady: bool = True) -> list[Placed]:
    """Draw one frame, or two side by side (stacked when the area is taller than wide); returns the labels
    drawn (numbered badges among them need a legend beside the picture). `turn`: one frame's picture drawn
    turned or not, as its widget last chose (None: whichever shows it larger, see camera.turned). `room`:
    whether the legend of the labels drawn so far fits the line kept for it (badges that would not fit are
    left out of this frame, last number first). `steady`: see paint_scene."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    parts = scene_rects(rect, len(frames))
    if len(frames) > 1:
        p.fillRect(rect, QColor(c.BACKGROUND))
    drawn: list[Placed] = []
    for i, (frame, part) in enumerate(zip(frames, parts, strict=True)):
        fits = None if room is None else (lambda placed, before=tuple(drawn): room([*before, *placed]))
        drawn += paint_scene(p, part, frame, texts, labels, titles[i] if i < len(titles) else None, family, cache,
                             label_px, turn if len(frames) == 1 else None, fits, steady)
    if len(parts) == 2:
        p.setPen(cells.pen(c.LABEL_LINE, 2, Qt.PenStyle.DashLine))
        if parts[1].top() > parts[0].top():
            y = (parts[0].bottom() + parts[1].top()) / 2
            p.drawLine(QPointF(rect.left() + 10, y), QPointF(rect.right() - 10, y))
        else:
            x = (parts[0].right() + parts[1].left()) / 2
            p.drawLine(QPointF(x, rect.top() + 10), QPointF(x, rect.bottom() - 10))
    return drawn


def scene_rects(rect: QRectF, count: int) -> list[QRectF]:
    """Where each scene goes: the whole rect, or two halves side by side or stacked, whichever is bigger."""
    if count == 1:
        return [rect]
    w, h = (rect.width() - GAP_PX) / 2, (rect.height() - GAP_PX) / 2
    beside = min(w / SCENE_WIDTH, rect.height() / SCENE_HEIGHT)
    stacked = min(rect.width() / SCENE_WIDTH, h / SCENE_HEIGHT)
    if stacked > beside:
        return [QRectF(rect.left(), rect.top() + i * (h + GAP_PX), rect.width(), h) for i in range(2)]
    return [QRectF(rect.left() + i * (w + GAP_PX), rect.top(), w, rect.height()) for i in range(2)]


def scene_view(rect: QRectF, frame: Frame | None = None, turn: bool | None = None) -> View:
    """How scene units map to `rect` through the frame's camera (the whole scene without one), turned in a
    tall rect (or as `turn`). The zoom is rounded to small even steps so a moving camera reuses the cell
    pictures."""
    camera = WIDE if frame is None else Camera(frame.camera_x, frame.camera_y, _steps(frame.zoom), frame.region)
    view = view_of(rect.width(), rect.height(), camera, turn)
    return View(view.scale, rect.left() + view.dx, rect.top() + view.dy, view.turned)


def _enter(p: QPainter, view: View) -> None:
    """Make the painter draw in scene units through the view."""
    p.translate(view.dx, view.dy)
    p.scale(view.scale, view.scale)
    if view.turned:  # the scene's left edge at the top: (x, y) -> (SCENE_HEIGHT - y, x)
        p.translate(SCENE_HEIGHT, 0)
        p.rotate(90)


def _steps(zoom: float) -> float:
    return 1.0 if zoom <= 1.0 else math.exp(round(math.log(zoom) / ZOOM_STEP) * ZOOM_STEP)


def paint_scene(p: QPainter, rect: QRectF, frame: Frame, texts: Mapping[str, str], labels: bool = True,
                title: str | None = None, family: str | None = None, cache: SpriteCache = CACHE,
                label_px: float = MIN_LABEL_PX, turn: bool | None = None,
                room: Callable[[Sequence[Placed]], bool] | None = None, steady: bool = True) -> list[Placed]:
    """Draw one frame into `rect`, keeping the scene's proportions. Cells come from the sprite cache.
    `room`: see paint. `steady`: each label tries first where it sat in the frame before, so it stays put
    while it can (a picture that follows on from the one before); otherwise each takes its best place."""
    view = scene_view(rect, frame, turn)
    frame = fade_slivers(frame, view, (rect.left(), rect.top(), rect.width(), rect.height()))
    p.save()
    p.setClipRect(rect)
    p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)  # opaque: a plain copy
    layer = _still_layer(rect, frame, view, cache)
    moving = not isinstance(layer, QImage)
    if isinstance(layer, QImage):
        p.drawImage(rect.topLeft(), layer)
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
    else:  # the still part changes at every frame (the camera moves): drawn straight, not kept
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        layer(p)
    _paint_actors(p, frame, view, cache, keep=not moving)
    p.restore()
    drawn: list[Placed] = []
    heading = _title_box(rect, title, family, label_px) if title else None
    if labels:
        drawn, px = _labels(rect, frame, texts, view, heading, family, label_px, steady=steady, remember=True)
        while room is not None and any(one.number for one in drawn) and not room(drawn):
            last = max(one.number for one in drawn)
            drawn = [one for one in drawn if one.number != last]
        for placed in drawn:
            _placed_label(p, rect, placed, family, px, view.scale, cache)
    if title and heading:
        _title(p, heading, title, family)
    return drawn


def _labels(rect: QRectF, frame: Frame, texts: Mapping[str, str], view: View, heading: tuple[QRectF, float] | None,
            family: str | None, label_px: float, steady: bool, remember: bool = False) -> tuple[list[Placed], float]:
    """The frame's labels placed in `rect` (and their text size); `steady`: each tries first where it sat in
    the frame drawn before; `remember`: this placement is where the next frame's labels try first."""
    px = round(label_px_for(rect.width(), rect.height(), label_px, view.turned), 1)
    metrics = QFontMetricsF(_font(family, px, bold=True))
    box = heading[0].translated(-rect.left(), -rect.top()) if heading else None  # (in the rect's pixels)
    avoid = [Box(box.left(), box.top(), box.width(), box.height())] if box is not None else []
    place = (frame.scenario, round(rect.width()), round(rect.height()), px)  # (kept apart from the layer's)
    drawn = place_labels(frame, texts, lambda text, _px: metrics.horizontalAdvance(text), rect.width(),
                         rect.height(), px, avoid=avoid, turn=view.turned,
                         last=_LAST_LABELS.get(place) if steady else None)
    if remember:
        _remember(_LAST_LABELS, place, offsets(drawn))
    return drawn, px


def legend(placed: Sequence[Placed]) -> str:
    """The names of the labels drawn as numbered badges, for the line under the picture."""
    return "   ".join(f"{one.number} = {one.text}" for one in placed if one.number)


def legend_of(rect: QRectF, frames: Sequence[Frame], texts: Mapping[str, str], titles: Sequence[str] = (),
              family: str | None = None, label_px: float = MIN_LABEL_PX, turn: bool | None = None) -> str:
    """The legend `paint` would need for these frames in `rect`, without drawing them."""
    placed: list[Placed] = []
    for i, (frame, part) in enumerate(zip(frames, scene_rects(rect, len(frames)), strict=True)):
        view = scene_view(part, frame, turn if len(frames) == 1 else None)
        frame = fade_slivers(frame, view, (part.left(), part.top(), part.width(), part.height()))
        title = titles[i] if i < len(titles) else None
        heading = _title_box(part, title, family, label_px) if title else None
        placed += _labels(part, frame, texts, view, heading, family, label_px, steady=False)[0]
    return legend(placed)


def _still_layer(rect: QRectF, frame: Frame, view: View, cache: SpriteCache) -> QImage | Callable[[QPainter], None]:
    """Background plus the cells that seldom move (cancer, healthy, NK), drawn once while they stay put; while
    they change at every frame (a camera move), the way to draw them, as keeping each picture would cost a
    whole-scene fill and copy per frame for nothing."""
    brakes = _brakes(frame)
    still = [a for a in frame.actors if a.kind in STILL_KINDS]
    scale = view.scale
    inner = View(scale, view.dx - rect.left(), view.dy - rect.top(), view.turned)  # from the rect's corner
    key = ("layer", round(rect.width()), round(rect.height()), round(scale, 3), round(inner.dx), round(inner.dy),
           view.turned, tuple((_look(a, brakes.get(a.actor_id, 0.0)), round(a.x * scale), round(a.y * scale),
                               _q(a.opacity, 10)) for a in still))
    layer = LAYERS.find(key)
    if layer is not None:
        return layer
    place = (frame.scenario, round(rect.width()), round(rect.height()))
    moving = _remember(_LAST_LAYER, place, key) != key

    def draw(q: QPainter) -> None:
        q.save()
        _background(q, rect, inner)
        q.restore()
        q.translate(-rect.left(), -rect.top())
        draw_cells(q)

    def draw_cells(q: QPainter, keep: bool = True) -> None:
        for actor in still:
            if actor.kind is Kind.VESSEL:  # one tall shape at the edge: drawn straight into the layer
                q.save()
                _enter(q, view)
                cells.vessel(q, actor)
                q.restore()
            else:
                _sprite(q, actor, view, cache, brakes.get(actor.actor_id, 0.0), keep)

    def draw_straight(q: QPainter) -> None:  # (a background kept per camera position would push out cells)
        q.save()
        q.translate(rect.left(), rect.top())
        _background(q, rect, inner)
        q.restore()
        draw_cells(q, keep=False)

    if moving:
        return draw_straight
    return LAYERS.get(key, rect.width(), rect.height(), draw, opaque=True)


def _brakes(frame: Frame) -> dict[str, float]:
    """How strongly each cell's PD-L1 is joined to a T cell's PD-1 (the cell in the bond, whichever it is)."""
    found: dict[str, float] = {}
    for bond in frame.bonds:
        if bond.kind is BondKind.PD1_PDL1:
            found[bond.b] = max(found.get(bond.b, 0.0), _q(bond.strength, 6))
    return found


def _background(p: QPainter, rect: QRectF, inner: View) -> None:
    """The tissue, with the painter at the rect's corner; `inner` maps the scene from that corner."""
    p.fillRect(QRectF(0, 0, rect.width(), rect.height()), QColor(c.BACKGROUND))
    _enter(p, inner)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(c.TISSUE))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # faint wide blobs: smoothing their edges costs
    for x, y, r in TISSUE_SPOTS:                               # 0.5 ms a frame at 1920x1080 and does not show
        p.drawEllipse(QPointF(x, y), r, r * 0.7)


def _q(value: float, steps: int) -> float:
    return round(value * steps) / steps


def _look(actor: Actor, brake: float) -> tuple[object, ...]:
    """The values that decide how an actor looks, rounded so that similar frames share one sprite."""
    if actor.kind is Kind.ANTIBODY:
        return (actor.kind, actor.r, round(actor.angle / 10) * 10.0)
    return (actor.kind, actor.state, round(actor.r / 4) * 4.0, _q(actor.activation, 8), _q(actor.pd1_covered, 8),
            _q(actor.apoptosis, 16), _q(actor.division, 8) if actor.kind is Kind.T_CELL else 0.0,
            _q(actor.warning, 10), round(actor.angle / 4) * 4.0,
            actor.receptor if actor.kind in (Kind.T_CELL, Kind.CANCER_CELL) else "",
            actor.has_mhc, brake)


def _sprite_actor(look: tuple[object, ...]) -> Actor:
    """A drawable actor at the origin from a look key."""
    if look[0] is Kind.ANTIBODY:
        kind, r, angle = look
        return Actor("", Kind.ANTIBODY, 0.0, 0.0, float(r), angle=float(angle))  # type: ignore[arg-type]
    kind, state, r, activation, pd1, apoptosis, division, warning, angle, receptor, has_mhc, _ = look
    return Actor("", kind, 0.0, 0.0, r, state, activation=activation, pd1_covered=pd1,  # type: ignore[arg-type]
                 apoptosis=apoptosis, division=division, warning=warning, angle=angle,  # type: ignore[arg-type]
                 receptor=receptor, has_mhc=has_mhc)  # type: ignore[arg-type]


def sprite_extent(look: Actor) -> float:
    """How far a sprite reaches from the cell's centre (scene units): no more than it draws."""
    r = look.r
    if look.kind is Kind.T_CELL:
        reach = r + (64.0 if look.pd1_covered > 0 else 44.0)  # receptors, and antibodies on PD-1
        return max(reach, r * 1.46 + 4 if look.activation > 0 else 0.0)
    if look.kind is Kind.CANCER_CELL:
        return r * (1 + 0.5 * look.apoptosis) + 42.0
    if look.kind is Kind.NK_CELL:
        return max(r * 1.25 + 22.0, r * 1.46 + 4 if look.state is State.ATTACKING else 0.0)
    if look.kind is Kind.HEALTHY_CELL:
        return r * (1.55 if look.warning > 0 else 1.0) + 34.0  # MHC holders stand out from the edge
    return r * 1.3 + 8.0
DRAW = {
    Kind.T_CELL: cells.t_cell, Kind.NK_CELL: cells.nk_cell, Kind.HEALTHY_CELL: cells.healthy_cell,
    Kind.ANTIBODY: cells.antibody_actor,
}


def _sprite(p: QPainter, actor: Actor, view: View, cache: SpriteCache, brake: float = 0.0,
            keep: bool = True) -> None:
    """The actor's cached picture; where it has none and `keep` is off (the camera or the still cells move,
    so this look lasts a frame or two), drawn straight: a close-up's cell picture is megabytes, and kept
    per frame of a zoom they pushed the settled pictures out of the cache (665 redrawn in each pass)."""
    scale = view.scale
    key = ("actor", _look(actor, brake), round(scale, 3), view.turned)
    x, y = view.map(actor.x, actor.y)
    image = cache.find(key)
    if image is None:
        look = _sprite_actor(key[1])

        def draw(q: QPainter) -> None:
            q.scale(scale, scale)
            if view.turned:
                q.rotate(90)
            if look.kind is Kind.CANCER_CELL:
                cells.cancer_cell(q, look, brake)
            else:
                DRAW[look.kind](q, look)

        size = 2 * sprite_extent(look) * scale
        if not keep and actor.opacity >= 1.0:  # (a faded cell stays one picture: its parts do not show through)
            side = max(1, math.ceil(size))  # where the kept picture's centre would fall, to the pixel
            p.save()
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.translate(round(x - side / 2) + side / 2, round(y - side / 2) + side / 2)
            draw(p)
            p.restore()
            return
        image = cache.get(key, size, size, draw)
    p.setOpacity(actor.opacity)
    p.drawImage(QPointF(round(x - image.width() / 2), round(y - image.height() / 2)), image)
    p.setOpacity(1.0)


def _paint_actors(p: QPainter, frame: Frame, view: View, cache: SpriteCache, keep: bool = True) -> None:
    p.save()
    _enter(p, view)
    _bonds(p, frame, view, cache)
    p.restore()
    for actor in frame.actors:
        if actor.kind is Kind.T_CELL:
            _sprite(p, actor, view, cache, keep=keep)
        elif actor.kind is Kind.ANTIBODY:  # one small path, turning as it drifts: drawn, not kept per angle
            p.save()
            _enter(p, view)
            cells.antibody_actor(p, actor)
            p.restore()
    p.save()
    _enter(p, view)
    p.setPen(Qt.PenStyle.NoPen)
    for particle in frame.particles:
        p.setOpacity(particle.opacity)
        if particle.kind == "perforin":
            p.setBrush(QColor(c.PERFORIN))
            p.drawEllipse(QPointF(particle.x, particle.y), 9, 9)
        else:
            p.setBrush(QColor(c.GRANZYME))
            p.drawRect(QRectF(particle.x - 8, particle.y - 8, 16, 16))
    p.restore()


def _lock_glow(strength: float, scale: float, cache: SpriteCache) -> QImage:
    """The warm glow where a receptor has locked onto its antigen piece."""

    def draw(q: QPainter) -> None:
        q.scale(scale, scale)
        cells.glow(q, 0, 0, 26, strength, c.LOCK)

    return cache.get(("lock", strength, round(scale, 3)), 84 * scale, 84 * scale, draw)


def _bonds(p: QPainter, frame: Frame, view: View, cache: SpriteCache) -> None:
    ids = {a.actor_id for a in frame.actors}
    for bond in frame.bonds:
        if bond.a not in ids or bond.b not in ids:
            continue
        t_cell = frame.actor(bond.a)
        if bond.kind is BondKind.TCR_MHC:
            x, y = receptor_tip(t_cell.x, t_cell.y, t_cell.angle)
            glow = _lock_glow(_q(bond.strength * bond.glow, 8), view.scale, cache)
            gx, gy = view.map(x + 6, y)
            p.save()
            p.resetTransform()
            p.drawImage(QPointF(round(gx - glow.width() / 2), round(gy - glow.height() / 2)), glow)
            p.restore()
        elif bond.kind is BondKind.PD1_PDL1:
            p.save()
            p.setOpacity(bond.strength)
            target = frame.actor(bond.b)
            cx, cy, r = target.x, target.y, target.r
            for tip, angle in zip(pd1_tips(t_cell.x, t_cell.y, t_cell.angle),
                                  (180 + PDL1_ANGLE, 180 - PDL1_ANGLE), strict=True):
                knob = on_circle(cx, cy, r + 28, angle)
                p.setPen(cells.pen(c.BRAKE, 6))
                p.drawLine(QPointF(*tip), QPointF(*knob))
            sx, sy = (t_cell.x + t_cell.r + cx - r) / 2, t_cell.y - t_cell.r - 48  # labels.signs() keeps clear
            p.translate(sx, sy)
            cells.upright(p)  # the stop sign's bar stays level in a turned picture
            p.scale(22, 22)
            p.setPen(cells.pen(c.LABEL_BOX, 2.5 / 22))
            p.setBrush(QColor(c.BRAKE))
            p.drawPolygon(octagon())
            p.setPen(cells.pen(c.LABEL_BOX, 4 / 22))
            p.drawLine(QPointF(-0.5, 0), QPointF(0.5, 0))
            p.restore()


def _font(family: str | None, px: float, bold: bool = False) -> QFont:
    font = QFont(family) if family else QFont()
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def _placed_label(p: QPainter, rect: QRectF, placed: Placed, family: str | None, px: float, scale: float,
                  cache: SpriteCache = CACHE) -> None:
    """A white box with the name (or a numbered badge), joined to what it names by a leader line and a dot."""
    box = QRectF(rect.left() + placed.box.left, rect.top() + placed.box.top, placed.box.width, placed.box.height)
    point = QPointF(rect.left() + placed.anchor[0], rect.top() + placed.anchor[1])
    # Thin and small, whatever the zoom: in a close-up a dot 13 px across hid most of the PD-L1 knob it
    # named, and the line was 8 px thick (review).
    line = min(4.0, max(1.5, 3 * scale))
    dot = min(5.0, max(2.5, 5 * scale))
    p.save()
    p.setOpacity(placed.opacity)
    p.setPen(cells.pen(c.LABEL_LINE, line))
    end = QPointF(min(max(point.x(), box.left()), box.right()), min(max(point.y(), box.top()), box.bottom()))
    p.drawLine(point, end)
    p.setBrush(QColor(c.LABEL_LINE))
    p.drawEllipse(point, dot, dot)
    if placed.number:
        p.setPen(cells.pen(c.LABEL_LINE, 2))
        p.setBrush(QColor(c.LABEL_BOX))
        p.drawEllipse(box)
        p.setFont(_font(family, px, bold=True))
        p.setPen(QColor(c.LABEL_TEXT))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, str(placed.number))
    else:
        image = label_image(placed.text, family, cache, px)
        p.drawImage(QPointF(round(box.center().x() - image.width() / 2), round(box.center().y() - image.height() / 2)),
                    image)
    p.restore()


def label_px_for(width: float, height: float, floor_px: float, turn: bool | None = None) -> float:
    return label_px(width, height, floor_px, turn)


def label_image(text: str, family: str | None, cache: SpriteCache = CACHE, px: float = MIN_LABEL_PX) -> QImage:
    """The label's box and text as a cached image, `px` pixels high text (it follows the text size)."""
    key = ("label", text, px, family)
    image = cache.find(key)
    return image if image is not None else _label_box(text, px, family, key, cache)


def _label_box(text: str, px: float, family: str | None, key: tuple[object, ...], cache: SpriteCache) -> QImage:
    """Draw a label's rounded box and text once, at exactly the size the placement pass reserved."""
    font = _font(family, px, bold=True)
    metrics = QFontMetricsF(font)
    w, h = box_size(metrics.horizontalAdvance(text), px)
    width, height = round(w), round(h)

    def draw(q: QPainter) -> None:
        q.setPen(cells.pen(c.LABEL_LINE, max(1.0, px / 12)))
        q.setBrush(QColor(c.LABEL_BOX))
        inner = QRectF(-width / 2, -height / 2, width, height)
        q.drawRoundedRect(inner, height * 0.3, height * 0.3)
        q.setFont(font)
        q.setPen(QColor(c.LABEL_TEXT))
        q.drawText(inner, Qt.AlignmentFlag.AlignCenter, text)

    return cache.get(key, width + 4, height + 4, draw)


def _title_box(rect: QRectF, title: str, family: str | None, label_px: float) -> tuple[QRectF, float]:
    """Where a side by side half's title goes and its text size: in proportion to the half, not to the
    camera's zoom (a close-up made it as large as the cells), and a fifth larger than the names in it."""
    px = max(15.0, 34 * fit_scale(rect.width(), rect.height()), 1.2 * label_px)
    metrics = QFontMetricsF(_font(family, px, bold=True))
    return QRectF(rect.left() + 8, rect.top() + 8, metrics.horizontalAdvance(title) + px,
                  metrics.height() + px * 0.5), px


def _title(p: QPainter, heading: tuple[QRectF, float], title: str, family: str | None) -> None:
    box, px = heading
    p.save()
    p.setPen(cells.pen(c.LABEL_LINE, 1.5))
    p.setBrush(QColor(c.LABEL_BOX))
    p.drawRoundedRect(box, 8, 8)
    p.setFont(_font(family, px, bold=True))
    p.setPen(QColor(c.TITLE))
    p.drawText(box, Qt.AlignmentFlag.AlignCenter, title)
    p.restore()
