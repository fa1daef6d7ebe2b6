"""The diagram's place in the window: a titled panel that holds the animated diagram."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ioexplainer.core.colours import ACCENT

if TYPE_CHECKING:  # (the diagram's modules load after the first paint: start-up stays quick)
    from ioexplainer.diagram.qt.controls import DiagramControls


class DiagramPanel(QFrame):
    """A calm panel titled with the diagram's name; the diagram widget goes inside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.enlarged = False  # the picture alone, on the whole width (the text columns hidden)
        self.symbol_only = False  # "Bigger picture" as its symbol alone, beside the tabs (see place_modes)
        self.head = QWidget(self)  # the title, and the button that makes the picture bigger
        self.title = QLabel(self.head)
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)
        self.bigger = QPushButton(self.head)
        self.bigger.setObjectName("biggerPicture")
        self.row = row = QHBoxLayout(self.head)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.title, 1)
        row.addWidget(self.bigger, 0, Qt.AlignmentFlag.AlignTop)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 16, 20, 16)
        self.body.setSpacing(12)
        self.body.addWidget(self.head)
        self.retranslate()

    def place_modes(self, controls: DiagramControls, above: bool, width: int) -> bool:
        """"Before therapy" and "After therapy" as tabs above the picture, in the title's place
        (they say what it shows), so the picture gets the height of their row under it; only where the
        scenario buttons on screen fit on one row beside "Bigger picture" in `width`. Else back under the
        picture. True if they moved."""
        shown = controls.modes_width() + self.row.spacing()
        words, side = self._bigger_size()
        # Where the words do not fit beside the tabs (Spanish at a kiosk's larger text), the button shows its
        # symbol alone, square (its name spoken and shown as a tip): better than a three-line title over a
        # picture 210 px tall.
        symbol = above and shown + words > width and shown + side <= width
        above = above and shown + (side if symbol else words) <= width
        changed = symbol != self.symbol_only
        if changed:
            self.symbol_only = symbol
            self.retranslate()
            self.bigger.setMinimumWidth(side if symbol else 0)
        if above == controls.modes_lent:
            return changed
        if above:
            bar = controls.lend_modes()
            self.row.insertWidget(0, bar, 1, Qt.AlignmentFlag.AlignTop)
            bar.show()
            # Tab visits them as they read: the tabs, then "Bigger picture" (each placed after the one before
            # it, then the button after the last tab), then the picture.
            before = self.bigger
            for button in controls.mode_buttons.values():
                QWidget.setTabOrder(before, button)
                before = button
            QWidget.setTabOrder(before, self.bigger)
        else:
            self.row.removeWidget(controls.modes_bar)
            controls.take_back_modes()
        self.title.setVisible(not above)
        # With the tabs, never taller than they are: height the picture cannot use stays under the diagram
        # (not so with the title, whose wrapped lines make it taller than its one-line size hint).
        self.head.setSizePolicy(QSizePolicy.Policy.Preferred,
                                QSizePolicy.Policy.Maximum if above else QSizePolicy.Policy.Preferred)
        return True

    def _bigger_size(self) -> tuple[int, int]:
        """"Bigger picture"'s width in words, and as its symbol alone (at least square)."""
        from ioexplainer.diagram.qt.controls import hint_as  # (loaded by now: the diagram is built)

        words = hint_as(self.bigger, self._bigger_words(), QIcon())
        return words.width(), max(hint_as(self.bigger, "", _enlarge_icon()).width(), words.height())

    def _bigger_words(self) -> str:
        return self.tr("Show the text too") if self.enlarged else self.tr("Bigger picture")

    def set_enlarged(self, enlarged: bool) -> None:
        self.enlarged = enlarged
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("How T cells find cancer: before and after therapy"))
        self.setAccessibleName(self.title.text())
        words = self._bigger_words()
        self.bigger.setText("" if self.symbol_only else words)
        self.bigger.setToolTip(words if self.symbol_only else "")
        self.bigger.setIcon(_enlarge_icon() if self.symbol_only else QIcon())
        side = self.bigger.fontMetrics().height()
        self.bigger.setIconSize(QSize(round(side * 1.25), round(side * 1.25)))
        self.bigger.setAccessibleName(self.tr("Show the text beside the picture again") if self.enlarged
                                      else self.tr("Make the picture bigger: it takes the whole width"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def set_content(self, widget: QWidget) -> None:
        """Place the diagram (or any widget) under the title."""
        self.body.addWidget(widget, 1)


_ENLARGE: list[QIcon] = []  # drawn once, when first needed (measured at each fit of the panel)


def _enlarge_icon() -> QIcon:
    if not _ENLARGE:
        from ioexplainer.diagram.paint.icons import icon

        _ENLARGE.append(icon("enlarge", ACCENT))
    return _ENLARGE[0]
