"""Small pictures for the start screen's tiles: the diagram at the moment a topic is about, or a symbol."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

from ioexplainer.content.model import DiagramText, Scene
from ioexplainer.core.colours import Colours


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


SYMBOLS = ("checklist", "help")  # pictures for tiles with no moment of the diagram to show


def symbol_picture(name: str, size: QSize, colours: Colours) -> QPixmap:
    """A calm symbol on the tile's picture strip, where a topic has no moment of the diagram to show (the
    review found those tiles mostly empty): a page with tick boxes for the pages to print and fill in, a
    telephone in a circle of the help colour for "When to get help". Drawn, so no font can lack it."""
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    w, h = size.width(), size.height()
    with QPainter(pixmap) as p:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if name == "help":
            _telephone(p, QPointF(w / 2, h / 2), h * 0.4, colours)
        else:
            _checklist(p, QRectF(w / 2 - h * 0.33, h * 0.08, h * 0.66, h * 0.84), colours)
    return pixmap


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
