"""Paint diagram frames with QPainter: background, cells, bonds, particles, labels (QtGui only)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from ioexplainer.diagram import cells
from ioexplainer.diagram import palette as c
from ioexplainer.diagram.cast import CANCER, PDL1_ANGLE, on_circle, pd1_tips, receptor_tip
from ioexplainer.diagram.model import SCENE_HEIGHT, SCENE_WIDTH, BondKind, Frame, Kind, Label
from ioexplainer.diagram.shapes import octagon

TISSUE_SPOTS = ((260, 160, 210), (700, 760, 260), (1180, 120, 170), (1480, 560, 240), (420, 470, 120))
MIN_LABEL_PX = 13.0
GAP_PX = 12.0


def paint(p: QPainter, rect: QRectF, frames: Sequence[Frame], texts: Mapping[str, str], labels: bool = True,
          titles: Sequence[str] = (), family: str | None = None) -> None:
    """Draw one frame, or two side by side (stacked when the area is taller than wide)."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.fillRect(rect, QColor(c.BACKGROUND))
    if len(frames) == 1:
        paint_scene(p, rect, frames[0], texts, labels, titles[0] if titles else None, family)
        return
    portrait = rect.height() > rect.width() * 0.75
    for i, frame in enumerate(frames):
        if portrait:
            h = (rect.height() - GAP_PX) / 2
            part = QRectF(rect.left(), rect.top() + i * (h + GAP_PX), rect.width(), h)
        else:
            w = (rect.width() - GAP_PX) / 2
            part = QRectF(rect.left() + i * (w + GAP_PX), rect.top(), w, rect.height())
        paint_scene(p, part, frame, texts, labels, titles[i] if i < len(titles) else None, family)
    p.setPen(cells.pen(c.LABEL_LINE, 2, Qt.PenStyle.DashLine))
    if portrait:
        y = rect.center().y()
        p.drawLine(QPointF(rect.left() + 10, y), QPointF(rect.right() - 10, y))
    else:
        x = rect.center().x()
        p.drawLine(QPointF(x, rect.top() + 10), QPointF(x, rect.bottom() - 10))


def scene_transform(rect: QRectF) -> tuple[float, float, float]:
    """(scale, dx, dy) that fits the 1600 x 900 scene into `rect`, centred."""
    scale = min(rect.width() / SCENE_WIDTH, rect.height() / SCENE_HEIGHT)
    dx = rect.left() + (rect.width() - SCENE_WIDTH * scale) / 2
    dy = rect.top() + (rect.height() - SCENE_HEIGHT * scale) / 2
    return scale, dx, dy


def paint_scene(p: QPainter, rect: QRectF, frame: Frame, texts: Mapping[str, str], labels: bool = True,
                title: str | None = None, family: str | None = None) -> None:
    """Draw one frame into `rect`, keeping the scene's proportions."""
    scale, dx, dy = scene_transform(rect)
    p.save()
    p.setClipRect(rect)
    p.translate(dx, dy)
    p.scale(scale, scale)
    _tissue(p)
    _paint_actors(p, frame)
    p.restore()
    if labels:
        for label in frame.labels:
            _label(p, rect, label, texts.get(label.key, label.key), scale, dx, dy, family)
    if title:
        _title(p, rect, title, scale, family)


def _tissue(p: QPainter) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(c.TISSUE))
    for x, y, r in TISSUE_SPOTS:
        p.drawEllipse(QPointF(x, y), r, r * 0.7)


def _paint_actors(p: QPainter, frame: Frame) -> None:
    brake = max((b.strength for b in frame.bonds if b.kind is BondKind.PD1_PDL1), default=0.0)
    for actor in frame.actors:
        if actor.kind is Kind.CANCER_CELL:
            cells.cancer_cell(p, actor, brake if actor.actor_id == "C1" else 0.0)
        elif actor.kind is Kind.HEALTHY_CELL:
            cells.healthy_cell(p, actor)
        elif actor.kind is Kind.NK_CELL:
            cells.nk_cell(p, actor)
    _bonds(p, frame)
    for actor in frame.actors:
        if actor.kind is Kind.T_CELL:
            p.save()
            p.setOpacity(actor.opacity)
            cells.t_cell(p, actor)
            p.restore()
        elif actor.kind is Kind.ANTIBODY:
            cells.antibody_actor(p, actor)
    for particle in frame.particles:
        p.setOpacity(particle.opacity)
        p.setPen(Qt.PenStyle.NoPen)
        if particle.kind == "perforin":
            p.setBrush(QColor(c.PERFORIN))
            p.drawEllipse(QPointF(particle.x, particle.y), 9, 9)
        else:
            p.setBrush(QColor(c.GRANZYME))
            p.drawRect(QRectF(particle.x - 8, particle.y - 8, 16, 16))
    p.setOpacity(1.0)


def _bonds(p: QPainter, frame: Frame) -> None:
    ids = {a.actor_id for a in frame.actors}
    for bond in frame.bonds:
        if bond.a not in ids or bond.b not in ids:
            continue
        t_cell = frame.actor(bond.a)
        if bond.kind is BondKind.TCR_MHC:
            x, y = receptor_tip(t_cell.x, t_cell.y, t_cell.angle)
            cells.glow(p, x + 6, y, 26, bond.strength, c.LOCK)
        elif bond.kind is BondKind.PD1_PDL1:
            p.save()
            p.setOpacity(bond.strength)
            cx, cy, r = CANCER
            for tip, angle in zip(pd1_tips(t_cell.x, t_cell.y, t_cell.angle),
                                  (180 + PDL1_ANGLE, 180 - PDL1_ANGLE), strict=True):
                knob = on_circle(cx, cy, r + 28, angle)
                p.setPen(cells.pen(c.BRAKE, 6))
                p.drawLine(QPointF(*tip), QPointF(*knob))
            sx, sy = (t_cell.x + t_cell.r + cx - r) / 2, t_cell.y - t_cell.r - 48
            p.translate(sx, sy)
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


def _label(p: QPainter, rect: QRectF, label: Label, text: str, scale: float, dx: float, dy: float,
           family: str | None) -> None:
    """A white box with the name, joined to what it names by a thin leader line and a dot."""
    if label.opacity <= 0.01:
        return
    px = max(MIN_LABEL_PX, 30 * scale)
    font = _font(family, px, bold=True)
    metrics = QFontMetricsF(font)
    pad = px * 0.45
    width = metrics.horizontalAdvance(text) + 2 * pad
    height = metrics.height() + pad * 1.2
    point = QPointF(dx + label.x * scale, dy + label.y * scale)
    centre = QPointF(point.x() + label.dx * scale, point.y() + label.dy * scale)
    box = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
    box.moveLeft(min(max(box.left(), rect.left() + 4), rect.right() - width - 4))
    box.moveTop(min(max(box.top(), rect.top() + 4), rect.bottom() - height - 4))
    p.save()
    p.setOpacity(label.opacity)
    p.setPen(cells.pen(c.LABEL_LINE, max(1.5, 3 * scale)))
    end = QPointF(min(max(point.x(), box.left()), box.right()), min(max(point.y(), box.top()), box.bottom()))
    p.drawLine(point, end)
    p.setBrush(QColor(c.LABEL_LINE))
    p.drawEllipse(point, max(2.5, 5 * scale), max(2.5, 5 * scale))
    p.setPen(cells.pen(c.LABEL_LINE, max(1.0, 2 * scale)))
    p.setBrush(QColor(c.LABEL_BOX))
    p.drawRoundedRect(box, height * 0.3, height * 0.3)
    p.setFont(font)
    p.setPen(QColor(c.LABEL_TEXT))
    p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    p.restore()


def _title(p: QPainter, rect: QRectF, title: str, scale: float, family: str | None) -> None:
    px = max(15.0, 34 * scale)
    font = _font(family, px, bold=True)
    metrics = QFontMetricsF(font)
    box = QRectF(rect.left() + 8, rect.top() + 8, metrics.horizontalAdvance(title) + px, metrics.height() + px * 0.5)
    p.save()
    p.setPen(cells.pen(c.LABEL_LINE, 1.5))
    p.setBrush(QColor(c.LABEL_BOX))
    p.drawRoundedRect(box, 8, 8)
    p.setFont(font)
    p.setPen(QColor(c.TITLE))
    p.drawText(box, Qt.AlignmentFlag.AlignCenter, title)
    p.restore()
