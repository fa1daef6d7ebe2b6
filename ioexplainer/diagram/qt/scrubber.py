"""A time slider with a mark at the start of every phase; dragging it pauses the diagram."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider, QWidget

STEPS = 120  # fine enough to drag, coarse enough to repaint only a few times a second
MARK_COLOUR = "#4a5863"
MIN_WIDTH = 150  # px


class Scrubber(QSlider):
    """Range 0..STEPS over the whole timeline; `marks` are phase starts as fractions 0..1."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setRange(0, STEPS)
        self.setPageStep(STEPS // 10)
        self.setSingleStep(STEPS // 100)
        self.marks: tuple[float, ...] = ()

    def _part(self, part: QStyle.SubControl) -> QRect:
        """Where the style puts the groove or the handle."""
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        return self.style().subControlRect(QStyle.ComplexControl.CC_Slider, option, part, self)

    def least_width(self) -> int:
        """Room for its marks to stand apart under a finger: four handles' width, MIN_WIDTH at least
        (squeezed beside the play buttons, seven marks ran together under the handle)."""
        return max(MIN_WIDTH, 4 * self._part(QStyle.SubControl.SC_SliderHandle).width())

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()  # (Qt's asks sizeHint: never call minimumSizeHint from there)
        return QSize(max(least.width(), self.least_width()), least.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.least_width()), hint.height())

    def set_marks(self, marks: tuple[float, ...]) -> None:
        self.marks = marks
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        with QPainter(self) as painter:
            groove = self._part(QStyle.SubControl.SC_SliderGroove)
            handle = self._part(QStyle.SubControl.SC_SliderHandle)
            span = groove.width() - handle.width()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(MARK_COLOUR), 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            for mark in self.marks:
                x = groove.left() + handle.width() / 2 + span * mark
                painter.drawLine(QPointF(x, groove.center().y() - 14), QPointF(x, groove.center().y() + 14))
        super().paintEvent(event)
