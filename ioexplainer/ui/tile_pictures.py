"""Small pictures for the start screen's tiles: the diagram at the moment a topic is about, or a symbol."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

from ioexplainer.content.model import DiagramText, Scene
from ioexplainer.content.topics import TILE_SYMBOLS
from ioexplainer.core.colours import Colours
from ioexplainer.diagram.paint.palette import ANTIBODY, T_FILL, T_LINE, T_NUCLEUS


def scene_picture(scene: Scene, size: QSize, texts: DiagramText, family: str | None = None) -> QPixmap:
    """The scene's phase as a still, without labels (the tile's words say what it shows)."""
    from ioexplainer.diagram.paint.render import render_image
    from ioexplainer.diagram.story.registry import REGISTRY
    from ioexplainer.diagram.story.story import still_time

    ids = REGISTRY.scenario(scene.scenario).phase_ids
    index = ids.index(scene.phase) if scene.phase in ids else 0
    image = render_image(scene.scenario, still_time(scene.scenario, index), (size.width(), size.height()), texts,
                         labels=False, family=family)
    return QPixmap.fromImage(image)


SYMBOLS = (*TILE_SYMBOLS, "help")  # pictures for tiles with no moment of the diagram to show


def symbol_picture(name: str, size: QSize, colours: Colours) -> QPixmap:
    """A calm symbol on the tile's picture strip, where a topic has no moment of the diagram to show, or one
    that would look like another tile's (the review found those tiles empty, then alike): a page with tick
    boxes for a page to fill in, an antibody holding PD-1 for how the treatment works, a speech bubble with
    a question mark for questions to ask, a calendar for what treatment is like, a body with marked places
    for side effects, a drip bag of the medicine's antibodies for what the medicine is, a shield guarding a
    T cell for the immune system (topics 1, 2 and 3 were three alike wide shots from a metre), a telephone
    in a circle of the help colour for "When to get help". Drawn, so no font can lack it."""
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    w, h = size.width(), size.height()
    with QPainter(pixmap) as p:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if name == "help":
            _telephone(p, QPointF(w / 2, h / 2), h * 0.4, colours)
        elif name == "questions":
            _question(p, QRectF(w / 2 - h * 0.5, h * 0.1, h, h * 0.66), colours)
        elif name == "calendar":
            _calendar(p, QRectF(w / 2 - h * 0.42, h * 0.1, h * 0.84, h * 0.8), colours)
        elif name == "body":
            _body(p, QRectF(w / 2 - h * 0.3, h * 0.06, h * 0.6, h * 0.88), colours)
        elif name == "antibody":
            _antibody(p, QPointF(w / 2, h / 2), h * 0.42, colours)
        elif name == "drip":
            _drip(p, QRectF(w / 2 - h * 0.3, h * 0.06, h * 0.6, h * 0.9), colours)
        elif name == "shield":
            _shield(p, QRectF(w / 2 - h * 0.36, h * 0.08, h * 0.72, h * 0.84), colours)
        else:
            _checklist(p, QRectF(w / 2 - h * 0.33, h * 0.08, h * 0.66, h * 0.84), colours)
    return pixmap


def _antibody(p: QPainter, centre: QPointF, radius: float, colours: Colours) -> None:
    """The medicine as the diagram draws it, large: a Y-shaped antibody whose arms hold the square end of a
    PD-1 stalk, in a soft circle ("How the treatment works": its step looked like the match's)."""
    soft = QColor(ANTIBODY)
    soft.setAlpha(36)
    p.setPen(QPen(QColor(ANTIBODY), max(2.0, radius * 0.05)))
    p.setBrush(soft)
    p.drawEllipse(centre, radius, radius)
    x, y, r = centre.x(), centre.y(), radius
    p.setPen(QPen(QColor(colours.accent), r * 0.12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(x, y - r * 0.75), QPointF(x, y - r * 0.4))  # the PD-1 stalk, from above
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colours.accent))
    p.drawRect(QRectF(x - r * 0.19, y - r * 0.4, r * 0.38, r * 0.38))  # its square end, held by the arms
    arms = QPainterPath(QPointF(x - r * 0.5, y - r * 0.36))
    arms.lineTo(x, y + r * 0.16)
    arms.lineTo(x + r * 0.5, y - r * 0.36)
    arms.moveTo(x, y + r * 0.16)
    arms.lineTo(x, y + r * 0.68)  # the stem
    p.setPen(QPen(QColor(ANTIBODY), r * 0.16, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(arms)


def _drip(p: QPainter, room: QRectF, colours: Colours) -> None:
    """A drip bag, the way these medicines are given, holding the diagram's Y-shaped antibodies, its tube
    running down from it: what this kind of medicine is."""
    line = max(2.0, room.height() * 0.03)
    x, top, w, h = room.center().x(), room.top(), room.width(), room.height()
    bag = QRectF(room.left(), top + h * 0.06, w, h * 0.62)
    p.setPen(QPen(QColor(colours.accent), line))
    p.setBrush(QColor(colours.surface))
    p.drawEllipse(QPointF(x, top + h * 0.04), w * 0.08, w * 0.08)  # the hole it hangs by
    p.drawRoundedRect(bag, w * 0.18, w * 0.18)
    soft = QColor(ANTIBODY)
    soft.setAlpha(50)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(soft)
    liquid = QPainterPath()
    liquid.addRoundedRect(bag.adjusted(line, bag.height() * 0.3, -line, -line), w * 0.15, w * 0.15)
    p.drawPath(liquid)
    p.setPen(QPen(QColor(ANTIBODY), max(2.0, w * 0.055), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    arm = w * 0.12  # (large enough to read as the diagram's Y from a metre: review)
    for ax, ay in ((0.28, 0.5), (0.72, 0.54), (0.5, 0.72)):  # three antibodies in the liquid
        cx, cy = bag.left() + bag.width() * ax, bag.top() + bag.height() * ay
        p.drawLine(QPointF(cx, cy), QPointF(cx, cy + arm))
        p.drawLine(QPointF(cx, cy), QPointF(cx - arm * 0.8, cy - arm * 0.8))
        p.drawLine(QPointF(cx, cy), QPointF(cx + arm * 0.8, cy - arm * 0.8))
    p.setPen(QPen(QColor(colours.accent), line))
    p.setBrush(QColor(colours.surface))
    chamber = QRectF(x - w * 0.1, bag.bottom() + h * 0.03, w * 0.2, h * 0.13)  # the drip chamber
    p.drawLine(QPointF(x, bag.bottom()), QPointF(x, chamber.top()))
    p.drawRoundedRect(chamber, w * 0.05, w * 0.05)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(ANTIBODY))
    p.drawEllipse(QPointF(x, chamber.center().y()), w * 0.035, w * 0.05)  # a drop
    p.setPen(QPen(QColor(colours.accent), line, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.setBrush(Qt.BrushStyle.NoBrush)
    tube = QPainterPath(QPointF(x, chamber.bottom()))
    tube.cubicTo(x, top + h * 0.93, x + w * 0.3, top + h * 0.86, x + w * 0.42, top + h * 0.94)  # (clear of the edge)
    p.drawPath(tube)


def _shield(p: QPainter, room: QRectF, colours: Colours) -> None:
    """A shield, the sign for "guards", holding one of the diagram's T cells with its receptor: how your
    body guards itself."""
    line = max(2.0, room.height() * 0.04)
    x, top, w, h = room.center().x(), room.top(), room.width(), room.height()
    shape = QPainterPath(QPointF(x, top))
    shape.cubicTo(x + w * 0.2, top + h * 0.08, x + w * 0.38, top + h * 0.1, x + w * 0.5, top + h * 0.1)
    shape.cubicTo(x + w * 0.5, top + h * 0.62, x + w * 0.3, top + h * 0.86, x, top + h)
    shape.cubicTo(x - w * 0.3, top + h * 0.86, x - w * 0.5, top + h * 0.62, x - w * 0.5, top + h * 0.1)
    shape.cubicTo(x - w * 0.38, top + h * 0.1, x - w * 0.2, top + h * 0.08, x, top)
    p.setPen(QPen(QColor(colours.accent), line, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    p.setBrush(QColor(colours.accent_soft))
    p.drawPath(shape)
    r = w * 0.24  # the T cell, a little left of centre so its receptor points out to the right
    centre = QPointF(x - r * 0.2, top + h * 0.45)
    p.setPen(QPen(QColor(T_LINE), max(2.0, r * 0.12)))
    p.setBrush(QColor(T_FILL))
    p.drawEllipse(centre, r, r)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(T_NUCLEUS))
    p.drawEllipse(QPointF(centre.x() - r * 0.2, centre.y()), r * 0.45, r * 0.45)
    tip = QPainterPath(QPointF(centre.x() + r, centre.y() - r * 0.3))  # its receptor: an open triangle
    tip.lineTo(centre.x() + r * 1.5, centre.y())
    tip.lineTo(centre.x() + r, centre.y() + r * 0.3)
    p.setPen(QPen(QColor(T_LINE), max(2.0, r * 0.12), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(tip)


def _question(p: QPainter, bubble: QRectF, colours: Colours) -> None:
    """A speech bubble, its tail at the bottom left, holding a question mark."""
    line = max(2.0, bubble.height() * 0.05)
    shape = QPainterPath()
    shape.addRoundedRect(bubble, bubble.height() * 0.28, bubble.height() * 0.28)
    tail = QPainterPath(QPointF(bubble.left() + bubble.width() * 0.22, bubble.bottom() - line))
    tail.lineTo(bubble.left() + bubble.width() * 0.16, bubble.bottom() + bubble.height() * 0.3)
    tail.lineTo(bubble.left() + bubble.width() * 0.42, bubble.bottom() - line)
    tail.closeSubpath()
    p.setPen(QPen(QColor(colours.accent), line, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    p.setBrush(QColor(colours.accent_soft))
    p.drawPath(shape.united(tail))
    size = bubble.height() * 0.62  # the question mark: a hook, a stem and a dot
    centre = QPointF(bubble.center().x(), bubble.top() + bubble.height() * 0.2 + size * 0.25)
    hook = QPainterPath()
    hook.arcMoveTo(QRectF(centre.x() - size * 0.25, centre.y() - size * 0.25, size * 0.5, size * 0.5), 160)
    hook.arcTo(QRectF(centre.x() - size * 0.25, centre.y() - size * 0.25, size * 0.5, size * 0.5), 160, -230)
    hook.lineTo(centre.x(), centre.y() + size * 0.42)
    p.setPen(QPen(QColor(colours.accent), size * 0.14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(hook)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colours.accent))
    p.drawEllipse(QPointF(centre.x(), centre.y() + size * 0.7), size * 0.09, size * 0.09)


def _calendar(p: QPainter, page: QRectF, colours: Colours) -> None:
    """A wall calendar: a coloured band with two rings on top, a grid of days, three of them marked."""
    line = max(2.0, page.height() * 0.035)
    p.setPen(QPen(QColor(colours.control_line), line))
    p.setBrush(QColor(colours.surface))
    p.drawRoundedRect(page, page.height() * 0.08, page.height() * 0.08)
    band = QRectF(page.left(), page.top(), page.width(), page.height() * 0.24)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colours.accent))
    top, square = QPainterPath(), QPainterPath()  # rounded at the top only, as the page is
    top.addRoundedRect(band, page.height() * 0.08, page.height() * 0.08)
    square.addRect(band.adjusted(0, band.height() * 0.5, 0, 0))
    p.drawPath(top.united(square))
    p.setPen(QPen(QColor(colours.control_line), line * 1.3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for x in (0.3, 0.7):  # the rings it hangs by
        at = page.left() + page.width() * x
        p.drawLine(QPointF(at, page.top() - page.height() * 0.07), QPointF(at, page.top() + page.height() * 0.08))
    columns, rows = 5, 3
    cell = QRectF(0, 0, page.width() * 0.8 / columns, page.height() * 0.62 / rows)
    for row in range(rows):
        for column in range(columns):
            centre = QPointF(page.left() + page.width() * 0.1 + cell.width() * (column + 0.5),
                             page.top() + page.height() * 0.3 + cell.height() * (row + 0.5))
            marked = (row, column) in ((0, 1), (1, 3), (2, 0))  # the treatment days, some weeks apart
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(colours.accent if marked else colours.border))
            radius = min(cell.width(), cell.height()) * (0.3 if marked else 0.16)
            p.drawEllipse(centre, radius, radius)


def _body(p: QPainter, room: QRectF, colours: Colours) -> None:
    """A person's outline, head and shoulders to the waist, with three places marked on it (the skin of an
    arm, the chest, the belly): side effects, body by body."""
    line = max(2.0, room.height() * 0.03)
    head = room.width() * 0.2
    centre_x = room.center().x()
    p.setPen(QPen(QColor(colours.accent), line))
    p.setBrush(QColor(colours.accent_soft))
    p.drawEllipse(QPointF(centre_x, room.top() + head), head, head)
    torso = QPainterPath()
    shoulders = room.top() + head * 2.4
    torso.moveTo(room.left(), room.bottom())
    torso.lineTo(room.left(), shoulders + room.width() * 0.22)
    torso.quadTo(room.left(), shoulders, room.left() + room.width() * 0.25, shoulders)
    torso.lineTo(room.right() - room.width() * 0.25, shoulders)
    torso.quadTo(room.right(), shoulders, room.right(), shoulders + room.width() * 0.22)
    torso.lineTo(room.right(), room.bottom())
    torso.closeSubpath()
    p.drawPath(torso)
    p.setPen(QPen(QColor(colours.focus), line))
    p.setBrush(QColor(colours.surface))
    spot = room.width() * 0.08
    body = room.bottom() - shoulders
    for x, y in ((0.38, 0.3), (0.6, 0.66), (0.1, 0.55)):  # chest, belly, an arm's skin
        p.drawEllipse(QPointF(room.left() + room.width() * x, shoulders + body * y), spot, spot)


def _checklist(p: QPainter, page: QRectF, colours: Colours) -> None:
    """A sheet of paper with three rows: two ticked boxes and one still empty, a line of writing beside each."""
    p.setPen(QPen(QColor(colours.control_line), 3))
    p.setBrush(QColor(colours.surface))
    p.drawRoundedRect(page, 8, 8)
    box = page.width() * 0.2
    for row in range(3):
        top = page.top() + page.height() * (0.18 + row * 0.27)
        square = QRectF(page.left() + page.width() * 0.14, top, box, box)
        p.setPen(QPen(QColor(colours.accent), 3))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(square, 3, 3)
        if row < 2:  # ticked
            tick = QPainterPath(QPointF(square.left() + box * 0.2, square.top() + box * 0.55))
            tick.lineTo(square.left() + box * 0.42, square.bottom() - box * 0.18)
            tick.lineTo(square.right() + box * 0.15, square.top() - box * 0.2)
            p.setPen(QPen(QColor(colours.accent), 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                          Qt.PenJoinStyle.RoundJoin))
            p.drawPath(tick)
        p.setPen(QPen(QColor(colours.border), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        y = square.center().y()
        p.drawLine(QPointF(square.right() + box * 0.5, y), QPointF(page.right() - page.width() * 0.14, y))


def _telephone(p: QPainter, centre: QPointF, radius: float, colours: Colours) -> None:
    """An old telephone's handset, the sign for "call", in a soft circle of the help colour."""
    soft = QColor(colours.help)
    soft.setAlpha(40)
    p.setPen(QPen(QColor(colours.help), 3))
    p.setBrush(soft)
    p.drawEllipse(centre, radius, radius)
    p.save()
    p.translate(centre)
    p.rotate(-45)
    r = radius * 0.66
    grip = QPainterPath()
    grip.moveTo(-r * 0.9, r * 0.1)
    grip.cubicTo(-r * 0.5, -r * 0.5, r * 0.5, -r * 0.5, r * 0.9, r * 0.1)
    p.setPen(QPen(QColor(colours.help), r * 0.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(grip)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colours.help))
    for side in (-1, 1):  # the ear and mouth pieces
        p.drawRoundedRect(QRectF(side * r * 0.85 - r * 0.38, 0, r * 0.76, r * 0.55), r * 0.22, r * 0.22)
    p.restore()
