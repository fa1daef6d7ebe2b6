"""A soft edge along the bottom of a scroll area while more lies below it: a line or a row cut through
its words at the edge reads as "there is more", not as a broken screen. Touches pass through it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

HEIGHT = 64  # px, at most a sixth of the area's height
END = 8  # px from the end that count as the end


class EdgeFade(QWidget):
    """Follows `area` by itself (its size and its scroll bar); `role` is the colour behind the words."""

    def __init__(self, area: QAbstractScrollArea, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> None:
        super().__init__(area)
        self.area = area
        self.role = role
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.hide()
        bar = area.verticalScrollBar()
        bar.valueChanged.connect(self.sync)
        bar.rangeChanged.connect(self.sync)
        area.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.area and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest,
                                                     QEvent.Type.Show):
            self.sync()
        return False

    def sync(self) -> None:
        bar = self.area.verticalScrollBar()
        viewport = self.area.viewport().geometry()
        high = min(HEIGHT, viewport.height() // 6)
        self.setGeometry(viewport.left(), viewport.bottom() + 1 - high, viewport.width(), high)
        self.setVisible(bar.maximum() > 0 and bar.value() < bar.maximum() - END)
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:
        colour = QApplication.palette().color(self.role)  # the theme's (it sets the application palette)
        clear = QColor(colour)
        clear.setAlpha(0)
        gradient = QLinearGradient(0, 0, 0, self.height())
        gradient.setColorAt(0.0, clear)
        gradient.setColorAt(1.0, colour)
        with QPainter(self) as painter:
            painter.fillRect(self.rect(), gradient)
