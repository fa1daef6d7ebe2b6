"""The diagram's place in the window: a titled panel that holds the animated diagram."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class DiagramPanel(QFrame):
    """A calm panel titled with the diagram's name; the diagram widget goes inside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = QLabel(self)
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 16, 20, 16)
        self.body.setSpacing(12)
        self.body.addWidget(self.title)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("How T cells find cancer: before and after therapy"))
        self.setAccessibleName(self.title.text())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def set_content(self, widget: QWidget) -> None:
        """Place the diagram (or any widget) under the title."""
        self.body.addWidget(widget, 1)
