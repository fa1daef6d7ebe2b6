"""The text-size control: smaller / larger buttons and the current step in words."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ioexplainer.core.colours import ACCENT, SURFACE
from ioexplainer.core.settings import TEXT_SIZES


class TextSizeControl(QWidget):
    """Emits `step_requested(-1 | +1)`; shows the size it is told with `set_size`."""

    step_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = "normal"
        self.label = QLabel(self)
        self.label.setObjectName("muted")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.smaller = QPushButton(self.tr("A−"), self)
        self.smaller.setAccessibleName(self.tr("Smaller text"))
        self.smaller.setToolTip(self.tr("Smaller text (Ctrl+−)"))
        self.larger = QPushButton(self.tr("A+"), self)
        self.larger.setAccessibleName(self.tr("Larger text"))
        self.larger.setToolTip(self.tr("Larger text (Ctrl++)"))
        self.smaller.clicked.connect(lambda: self.step_requested.emit(-1))
        self.larger.clicked.connect(lambda: self.step_requested.emit(1))
        self.toggle = QPushButton(self)  # a kiosk's single choice: "Larger text", on or off
        self.toggle.setCheckable(True)
        self.toggle.setObjectName("sizeToggle")  # bold on and off: its width never changes when pressed
        # A box, ticked while on: its fill alone looked like the Home button beside it (review). Left out where
        # the header's buttons would not keep one row with it (see MainWindow._lay_out): the fill still says it.
        self._box = tick_box(ACCENT, SURFACE)
        self.boxed = True
        self.toggle.setIcon(self._box)
        self.toggle.installEventFilter(self)
        self.toggle.hide()
        self.toggle_text = self.tr("Larger text")
        self.toggle.setText(self.toggle_text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.smaller)
        layout.addWidget(self.label)
        layout.addWidget(self.larger)
        layout.addWidget(self.toggle)

    def use_toggle(self) -> None:
        """Kiosk: one big "Larger text" toggle instead of the two size buttons (reset for each visitor)."""
        for widget in (self.smaller, self.label, self.larger):
            widget.hide()
        self.toggle.show()

    def box_width(self) -> int:
        """What the box adds to the toggle's width (its icon and the room Qt keeps after an icon)."""
        return self.toggle.iconSize().width() + 4

    def show_box(self, shown: bool) -> None:
        if shown != self.boxed:
            self.boxed = shown
            self.toggle.setIcon(self._box if shown else QIcon())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.toggle and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            side = QFontMetrics(self.toggle.font()).capHeight() * 1.6  # (a box a little taller than capitals)
            self.toggle.setIconSize(QSize(round(side * 1.25), round(side)))  # (and the room after it: see tick_box)
        return False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.set_size(self.current)

    def set_size(self, size: str) -> None:
        self.current = size
        self.toggle.blockSignals(True)
        self.toggle.setChecked(size == "largest")
        self.toggle.blockSignals(False)
        self.toggle.setText(self.tr("Larger text"))
        self.toggle.setAccessibleName(self.tr("Larger text"))
        index = TEXT_SIZES.index(size)
        names = {"small": self.tr("Small"), "normal": self.tr("Normal"), "large": self.tr("Large"),
                 "largest": self.tr("Largest")}
        self.label.setText(self.tr("Text: %1").replace("%1", names[size]))
        self.smaller.setEnabled(index > 0)
        self.larger.setEnabled(index < len(TEXT_SIZES) - 1)


def tick_box(off: str, on: str) -> QIcon:
    """A box for a toggle that says whether it is on: empty in `off` while the button is off, ticked in
    `on` (the words' colour on the chosen fill) while it is on. Both the same size: pressing moves nothing.
    A quarter wider than tall: the room on its right keeps the words from touching it."""
    result = QIcon()
    for state, colour, ticked in ((QIcon.State.Off, off, False), (QIcon.State.On, on, True)):
        pixmap = QPixmap(80, 64)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(colour), 6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(7, 7, 50, 50), 9, 9)
        if ticked:
            painter.setPen(QPen(QColor(colour), 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.drawPolyline(QPolygonF([QPointF(18, 33), QPointF(28, 43), QPointF(47, 20)]))
        painter.end()
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Active):
            result.addPixmap(pixmap, mode, state)
    return result
