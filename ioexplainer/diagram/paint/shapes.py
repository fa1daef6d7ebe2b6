"""Reusable vector shapes for the diagram, built once and scaled by the painter's transform."""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF


@cache
def blob(seed: int, wobble: float = 0.06, points: int = 48) -> QPainterPath:
    """A soft irregular cell outline of radius about 1 around (0, 0); the same seed gives the same shape."""
    path = QPainterPath()
    for i in range(points + 1):
        a = 2 * math.pi * i / points
        r = 1.0 + wobble * (math.sin(3 * a + seed) * 0.6 + math.sin(5 * a + seed * 1.7) * 0.4)
        point = QPointF(r * math.cos(a), r * math.sin(a))
        if i == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    return path


@cache
def antigen(shape: str) -> QPainterPath:
    """The antigen piece (and the matching notch of a T-cell receptor), about 1 unit wide, pointing up."""
    path = QPainterPath()
    if shape == "tri":
        path.addPolygon(QPolygonF([QPointF(-0.55, 0.45), QPointF(0.55, 0.45), QPointF(0, -0.5)]))
    elif shape == "square":
        path.addRect(QRectF(-0.45, -0.45, 0.9, 0.9))
    else:
        path.addEllipse(QRectF(-0.5, -0.5, 1.0, 1.0))
    path.closeSubpath()
    return path


@cache
def antibody() -> QPainterPath:
    """A Y-shaped antibody, stem down along +y, arms up; about 2 units tall."""
    path = QPainterPath()
    path.moveTo(0, 1.0)
    path.lineTo(0, 0.05)
    path.moveTo(0, 0.05)
    path.lineTo(-0.62, -0.85)
    path.moveTo(0, 0.05)
    path.lineTo(0.62, -0.85)
    return path


@cache
def octagon() -> QPolygonF:
    """A stop-sign octagon of radius 1: the brake."""
    return QPolygonF([QPointF(math.cos(math.radians(22.5 + 45 * i)), math.sin(math.radians(22.5 + 45 * i)))
                      for i in range(8)])
