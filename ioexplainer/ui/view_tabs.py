"""Two tabs, "Read" and "Picture", for a window too small to show the text and the diagram together."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

READ, PICTURE = "read", "picture"


class ViewTabs(QWidget):
    """Two big toggle buttons; exactly one is on. Emits `chosen("read" | "picture")` when the visitor
    switches (not when the window sets a tab)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewTabs")
        self.read = QPushButton(self)
        self.picture = QPushButton(self)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        for button in (self.read, self.picture):
            button.setCheckable(True)
            button.setObjectName("segment")
            self.group.addButton(button)
            row.addWidget(button, 1)
        self.read.setChecked(True)
        self.read.clicked.connect(lambda: self.chosen.emit(READ))
        self.picture.clicked.connect(lambda: self.chosen.emit(PICTURE))
        self.retranslate()

    def retranslate(self) -> None:
        self.read.setText(self.tr("Read"))
        self.read.setAccessibleName(self.tr("Read: the text of this topic"))
        self.picture.setText(self.tr("Picture"))
        self.picture.setAccessibleName(self.tr("Picture: how T cells find cancer"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    @property
    def current(self) -> str:
        return PICTURE if self.picture.isChecked() else READ

    def show_tab(self, tab: str) -> None:
        (self.picture if tab == PICTURE else self.read).setChecked(True)
