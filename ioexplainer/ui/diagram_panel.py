"""The diagram's place in the window: a titled panel that holds the animated diagram."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ioexplainer.diagram.qt.controls import DiagramControls


class DiagramPanel(QFrame):
    """A calm panel titled with the diagram's name; the diagram widget goes inside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.enlarged = False  # the picture alone, on the whole width (the text columns hidden)
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
        """A kiosk's "Before therapy" and "After therapy" as tabs above the picture, in the title's place
        (they say what it shows), so the picture gets the height of their row under it; only where the
        scenario buttons on screen fit on one row beside "Bigger picture" in `width`. Else back under the
        picture. True if they moved."""
        above = above and controls.modes_width() + self.row.spacing() + self.bigger.sizeHint().width() <= width
        if above == controls.modes_lent:
            return False
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

    def set_enlarged(self, enlarged: bool) -> None:
        self.enlarged = enlarged
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("How T cells find cancer: before and after therapy"))
        self.setAccessibleName(self.title.text())
        self.bigger.setText(self.tr("Show the text too") if self.enlarged else self.tr("Bigger picture"))
        self.bigger.setAccessibleName(self.tr("Show the text beside the picture again") if self.enlarged
                                      else self.tr("Make the picture bigger: it takes the whole width"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def set_content(self, widget: QWidget) -> None:
        """Place the diagram (or any widget) under the title."""
        self.body.addWidget(widget, 1)
