"""Draw each kind of actor with QPainter, in scene units (the painter's transform does the scaling)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QRadialGradient

from ioexplainer.diagram.paint import palette as c
from ioexplainer.diagram.paint.shapes import antibody, antigen, blob
from ioexplainer.diagram.story.cast import MHC_ANGLES, PD1_ANGLE, PDL1_ANGLES, RECEPTOR_LENGTH, on_circle
from ioexplainer.diagram.story.model import Actor, State

LINE = 5.0


def pen(colour: str, width: float = LINE, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    p = QPen(QColor(colour), width, style)
    p.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return p


def glow(p: QPainter, x: float, y: float, r: float, strength: float, colour: str = c.T_GLOW) -> None:
    """A soft halo: the cell is switched on."""
    if strength <= 0.01:
        return
    gradient = QRadialGradient(QPointF(x, y), r * 1.45)
    inner = QColor(colour)
    inner.setAlphaF(0.55 * strength)
    outer = QColor(colour)
    outer.setAlphaF(0.0)
    gradient.setColorAt(0.6, inner)
    gradient.setColorAt(1.0, outer)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(gradient))
    p.drawEllipse(QPointF(x, y), r * 1.45, r * 1.45)


def _body(p: QPainter, a: Actor, r: float, seed: int, wobble: float, fill: str, line: str,
          style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> None:
    p.save()
    p.translate(a.x, a.y)
    p.scale(r, r)
    p.setPen(pen(line, LINE / r, style))
    p.setBrush(QColor(fill))
    p.drawPath(blob(seed, wobble))
    p.restore()


def t_cell(p: QPainter, a: Actor) -> None:
    """Round blue cell; a hollow receptor shape in front, two square-ended PD-1 stalks beside it."""
    off = a.state is State.SWITCHED_OFF
    active = a.activation > 0.5 and not off
    glow(p, a.x, a.y, a.r, a.activation)
    line = c.T_LINE_OFF if off else c.T_LINE
    p.save()
    if active:  # switched on: a thicker outline as well as the glow (not colour alone)
        p.translate(a.x, a.y)
        p.scale(a.r, a.r)
        p.setPen(pen(line, LINE * 2.2 / a.r))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(blob(1, 0.03))
    p.restore()
    _body(p, a, a.r, 1, 0.03, c.T_FILL_OFF if off else c.T_FILL, line,
          Qt.PenStyle.DashLine if off else Qt.PenStyle.SolidLine)
    p.save()
    p.translate(a.x, a.y)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(c.T_FILL_OFF if off else c.T_NUCLEUS))
    p.drawEllipse(QPointF(-a.r * 0.18, a.r * 0.06), a.r * 0.46, a.r * 0.42)
    if active:  # granules: the tools it is ready to use
        p.setBrush(QColor(c.T_GRANULE))
        for i in range(6):
            gx, gy = on_circle(a.r * 0.22, 0.0, a.r * 0.42, i * 60 + 25)
            p.drawEllipse(QPointF(gx, gy), a.r * 0.075, a.r * 0.075)
    if off:  # the standby (power) symbol: this cell is switched off
        p.save()
        p.translate(-a.r * 0.18, a.r * 0.06)
        upright(p)  # a symbol reads only one way up, in a turned picture too
        p.setPen(pen(c.T_LINE_OFF, a.r * 0.09))
        p.setBrush(Qt.BrushStyle.NoBrush)
        ring = a.r * 0.27
        p.drawArc(QRectF(-ring, -ring, 2 * ring, 2 * ring), 125 * 16, 290 * 16)
        p.drawLine(QPointF(0, -ring * 1.25), QPointF(0, -ring * 0.15))
        p.restore()
        p.setPen(Qt.PenStyle.NoPen)
    if a.division > 0:
        p.setPen(pen(line, 3, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(0, -a.r * a.division), QPointF(0, a.r * a.division))
    p.rotate(a.angle)
    _receptor(p, a.r, a.receptor, line)
    for side in (-1, 1):
        p.save()
        p.rotate(side * PD1_ANGLE)
        p.setPen(pen(c.PD1, 5))
        p.drawLine(QPointF(a.r, 0), QPointF(a.r + RECEPTOR_LENGTH - 6, 0))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(c.PD1))
        p.drawRect(QRectF(a.r + RECEPTOR_LENGTH - 10, -8, 16, 16))
        if a.pd1_covered > 0:
            p.setOpacity(p.opacity() * a.pd1_covered)
            _antibody_at(p, a.r + RECEPTOR_LENGTH + 18, 0, -90.0, 16)  # its arms grip the PD-1 end
        p.restore()
    p.restore()


def _receptor(p: QPainter, r: float, shape: str, line: str) -> None:
    p.setPen(pen(line, 5))
    p.drawLine(QPointF(r, 0), QPointF(r + RECEPTOR_LENGTH - 10, 0))
    p.save()
    p.translate(r + RECEPTOR_LENGTH - 2, 0)
    p.rotate(90)
    p.scale(26, 26)
    p.setPen(pen(line, 5 / 26))
    p.setBrush(Qt.BrushStyle.NoBrush)  # hollow: a locked antigen piece shows inside it
    p.drawPath(antigen(shape))
    p.restore()


def cancer_cell(p: QPainter, a: Actor, pdl1_reach: float = 0.0) -> None:
    """Large irregular orange cell with MHC cups holding antigen pieces, and round-ended PD-L1 knobs."""
    p.save()
    p.setOpacity(p.opacity() * a.opacity * (1.0 - 0.85 * a.apoptosis ** 2))  # outline stays clear for longer
    r = a.drawn_r
    if a.apoptosis > 0:  # blebs: small bubbles pinch off as the cell dies tidily
        p.setPen(pen(c.CANCER_LINE, 3))
        p.setBrush(QColor(c.CANCER_FILL))
        for i in range(8):
            bx, by = on_circle(a.x, a.y, r * (1.02 + 0.25 * a.apoptosis), i * 45 + 20)
            p.drawEllipse(QPointF(bx, by), r * 0.16 * a.apoptosis, r * 0.16 * a.apoptosis)
    _body(p, a, r, 3, 0.08, c.CANCER_FILL, c.CANCER_LINE)
    p.translate(a.x, a.y)
    p.save()
    p.translate(r * 0.12, r * 0.05)
    p.scale(r * 0.42, r * 0.38)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(c.CANCER_NUCLEUS))
    p.drawPath(blob(7, 0.12))
    p.restore()
    # A dying cell's knobs and cups go first: left at the old rim they would float in the air beside the
    # shrinking, lumpy body (gone a third of the way through).
    p.setOpacity(p.opacity() * max(0.0, 1.0 - 3.0 * a.apoptosis))
    for angle in PDL1_ANGLES:
        reach = pdl1_reach if angle in PDL1_ANGLES[:2] else 0.0
        p.save()
        p.rotate(angle)
        p.setPen(pen(c.PDL1, 5))
        end = r + 14 + 10 * reach
        p.drawLine(QPointF(r, 0), QPointF(end, 0))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(c.PDL1))
        p.drawEllipse(QPointF(end + 5, 0), 10, 10)
        p.restore()
    if a.has_mhc:
        for angle in MHC_ANGLES:
            p.save()
            p.rotate(angle)
            p.translate(r + 4, 0)
            p.setPen(pen(c.MHC, 4.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawArc(QRectF(-4, -17, 34, 34), 90 * 16, 180 * 16)  # the cup opens outwards
            p.rotate(90)
            p.translate(0, -15)
            p.scale(22, 22)
            p.setPen(pen(c.ANTIGEN_LINE, 2.4 / 22))
            p.setBrush(QColor(c.ANTIGEN))
            p.drawPath(antigen(a.receptor or "tri"))
            p.restore()
    p.restore()


def nk_cell(p: QPainter, a: Actor) -> None:
    """Larger purple cell full of grains; a '!' bubble when it notices a cell with no MHC holders."""
    glow(p, a.x, a.y, a.r, a.activation if a.state is State.ATTACKING else 0.0)
    _body(p, a, a.r, 11, 0.05, c.NK_FILL, c.NK_LINE)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(c.NK_GRAIN))
    for i in range(11):
        gx, gy = on_circle(a.x, a.y, a.r * (0.25 + 0.45 * ((i * 37) % 10) / 10), i * 67)
        p.drawEllipse(QPointF(gx, gy), 5.5, 5.5)
    if a.state in (State.NOTICING, State.ATTACKING):
        bubble(p, a.x + a.r * 0.75, a.y - a.r * 0.95, "!", c.NK_LINE)


HEALTHY_MHC_ANGLES = (200.0, 120.0, 280.0, 20.0)


def healthy_cell(p: QPainter, a: Actor) -> None:
    """Smooth green cell with MHC holders showing its own normal pieces (grey dots no receptor fits: this is
    what tells an NK cell to leave it alone); an amber ring and '!' when freed T cells may affect it."""
    _body(p, a, a.r, 5, 0.02, c.HEALTHY_FILL, c.HEALTHY_LINE)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(c.HEALTHY_NUCLEUS))
    p.drawEllipse(QPointF(a.x, a.y), a.r * 0.38, a.r * 0.38)
    if a.has_mhc:
        for angle in HEALTHY_MHC_ANGLES:
            p.save()
            p.translate(a.x, a.y)
            p.rotate(angle)
            p.translate(a.r + 3, 0)
            p.setPen(pen(c.MHC, 4.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawArc(QRectF(-4, -13, 26, 26), 90 * 16, 180 * 16)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(c.NORMAL_PIECE))
            p.drawEllipse(QPointF(11, 0), 6.5, 6.5)
            p.restore()
    if a.warning > 0:
        p.save()
        p.setOpacity(p.opacity() * a.warning)
        p.setPen(pen(c.WARNING, 5, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(a.x, a.y), a.r * 1.3, a.r * 1.3)
        bubble(p, a.x - a.r * 1.05, a.y - a.r * 1.05, "!", c.WARNING)
        p.restore()


def vessel(p: QPainter, a: Actor) -> None:
    """A small blood vessel running down the scene's edge: the medicine arrives through it (a drip)."""
    p.save()
    p.setOpacity(p.opacity() * a.opacity)
    p.setPen(pen(c.VESSEL_LINE, 5))
    p.setBrush(QColor(c.VESSEL_FILL))
    p.drawRoundedRect(QRectF(a.x - a.r, -40, 2 * a.r, 980), a.r, a.r)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(c.VESSEL_LINE))
    for i in range(6):  # red blood cells drifting inside
        p.drawEllipse(QPointF(a.x + (6 if i % 2 else -6), 60 + i * 150), 9, 14)
    p.restore()


def antibody_actor(p: QPainter, a: Actor) -> None:
    p.save()
    p.setOpacity(p.opacity() * a.opacity)
    _antibody_at(p, a.x, a.y, a.angle, a.r)
    p.restore()


def _antibody_at(p: QPainter, x: float, y: float, angle: float, size: float) -> None:
    """The Y-shaped antibody (the medicine); `angle` 0 means arms up."""
    p.save()
    p.translate(x, y)
    p.rotate(angle)
    p.scale(size, size)
    p.setPen(pen(c.ANTIBODY, 7.0 / size))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(antibody())
    p.restore()


def upright(p: QPainter) -> None:
    """Undo the turn of the painter's drawing (a picture turned a quarter, or a turned cell), so that a
    symbol or a character drawn next reads the right way up. Call it with the origin at the symbol."""
    m = p.worldTransform()
    p.rotate(-math.degrees(math.atan2(m.m12(), m.m11())))


def bubble(p: QPainter, x: float, y: float, text: str, colour: str) -> None:
    """A small round badge with one character, such as '!'."""
    p.save()
    p.translate(x, y)
    upright(p)
    x = y = 0.0
    p.setPen(pen(colour, 3))
    p.setBrush(QColor(c.LABEL_BOX))
    p.drawEllipse(QPointF(x, y), 17, 17)
    font = p.font()
    font.setPixelSize(24)
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor(colour))
    p.drawText(QRectF(x - 17, y - 17, 34, 34), Qt.AlignmentFlag.AlignCenter, text)
    p.restore()
