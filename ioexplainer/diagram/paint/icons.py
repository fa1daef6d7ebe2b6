"""Media-control icons drawn as vectors (crisp at any size and screen density)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

SIZE = 64  # drawn at 64 px; Qt scales down smoothly for the button's icon size


def _triangle(left: float, right: float) -> QPolygonF:
    """A play triangle between x=left and x=right (points right when right > left)."""
    return QPolygonF([QPointF(left, 14), QPointF(right, 32), QPointF(left, 50)])


def _draw(name: str, p: QPainter) -> None:
    if name == "play":
        p.drawPolygon(_triangle(18, 50))
    elif name == "pause":
        p.drawRoundedRect(QRectF(16, 13, 12, 38), 3, 3)
        p.drawRoundedRect(QRectF(36, 13, 12, 38), 3, 3)
    elif name == "next":
        p.drawPolygon(_triangle(14, 40))
        p.drawRoundedRect(QRectF(42, 14, 8, 36), 2, 2)
    elif name == "previous":
        p.drawPolygon(_triangle(50, 24))
        p.drawRoundedRect(QRectF(14, 14, 8, 36), 2, 2)
    elif name == "enlarge":  # four corners pointing out: the picture grows to the edges
        pen = QPen(p.brush().color(), 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        p.save()
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for x, y, dx, dy in ((10, 10, 1, 1), (54, 10, -1, 1), (10, 54, 1, -1), (54, 54, -1, -1)):
            p.drawPolyline(QPolygonF([QPointF(x + 16 * dx, y), QPointF(x, y), QPointF(x, y + 16 * dy)]))
            p.drawLine(QPointF(x, y), QPointF(x + 13 * dx, y + 13 * dy))
        p.restore()
    elif name == "restart":
        path = QPainterPath()
        path.arcMoveTo(QRectF(12, 12, 40, 40), 120)
        path.arcTo(QRectF(12, 12, 40, 40), 120, 300)
        pen = QPen(p.brush().color(), 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.save()
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        p.restore()
        p.drawPolygon(QPolygonF([QPointF(4, 16), QPointF(26, 12), QPointF(16, 32)]))


def icon(name: str, colour: str, disabled: str = "#8a949c") -> QIcon:
    """A QIcon for play, pause, next, previous, restart or enlarge, in `colour` (grey when disabled)."""
    result = QIcon()
    for mode, fill in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Disabled, disabled), (QIcon.Mode.Active, colour)):
        pixmap = QPixmap(SIZE, SIZE)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        _draw(name, painter)
        painter.end()
        result.addPixmap(pixmap, mode)
    return result
