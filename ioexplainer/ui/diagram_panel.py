"""The diagram's place in the window: a titled panel that holds the animated diagram."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


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
        row = QHBoxLayout(self.head)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.title, 1)
        row.addWidget(self.bigger, 0, Qt.AlignmentFlag.AlignTop)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 16, 20, 16)
        self.body.setSpacing(12)
        self.body.addWidget(self.head)
        self.retranslate()

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
