"""One clearly labelled panel for how the app reads: text size, language, contrast, moving or still pictures."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from ioexplainer.core.settings import TEXT_SIZES
from ioexplainer.ui.language_card import own_name
from ioexplainer.ui.overlay import Overlay


class SettingsCard(Overlay):
    """Big segmented choices; each emits its signal; Esc, Close or a tap outside closes it."""

    text_size_chosen = Signal(str)
    language_chosen = Signal(str)
    contrast_chosen = Signal(str)
    still_chosen = Signal(bool)
    close_requested = Signal()

    def __init__(self, parent: QWidget, languages: list[str]) -> None:
        super().__init__(parent, card_width=0.6, max_width=900)
        self.heading = QLabel(self.card)
        self.heading.setObjectName("cardTerm")
        self.body.addWidget(self.heading)
        self.labels: dict[str, QLabel] = {}
        self.sizes = self._row("size", list(TEXT_SIZES), self.text_size_chosen.emit)
        self.languages = self._row("language", languages, self.language_chosen.emit)
        for code, button in self.languages.items():
            button.setText(own_name(code))  # each language named in itself, never translated
        self.contrasts = self._row("contrast", ["standard", "high"], self.contrast_chosen.emit)
        self.motion = self._row("motion", ["moving", "still"], lambda choice: self.still_chosen.emit(choice == "still"))
        self.close_button = QPushButton(self.card)
        self.close_button.setObjectName("primary")
        self.close_button.clicked.connect(self.close_requested)
        self.body.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslate()

    def _row(self, name: str, choices: list[str], emit: Callable[[str], object]) -> dict[str, QPushButton]:
        label = QLabel(self.card)
        label.setObjectName("panelTitle")
        self.labels[name] = label
        self.body.addWidget(label)
        row = QHBoxLayout()
        group = QButtonGroup(self)
        buttons = {}
        for choice in choices:
            button = QPushButton(self.card)
            button.setObjectName("segment")
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, c=choice: emit(c))
            group.addButton(button)
            buttons[choice] = button
            row.addWidget(button, 1)
        self.body.addLayout(row)
        return buttons

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.card.setAccessibleName(self.tr("Settings"))
        self.labels["size"].setText(self.tr("Text size"))
        self.labels["language"].setText(self.tr("Language"))
        self.labels["contrast"].setText(self.tr("Contrast"))
        self.labels["motion"].setText(self.tr("Pictures"))
        for size, text in zip(TEXT_SIZES, (self.tr("Small"), self.tr("Normal"), self.tr("Large"),
                                           self.tr("Largest")), strict=True):
            self.sizes[size].setText(text)
        self.contrasts["standard"].setText(self.tr("Standard"))
        self.contrasts["high"].setText(self.tr("High contrast"))
        self.motion["moving"].setText(self.tr("Moving"))
        self.motion["still"].setText(self.tr("Still, step by step"))
        self.close_button.setText(self.tr("Close"))
        for group in (self.sizes, self.languages, self.contrasts, self.motion):
            for button in group.values():
                button.setAccessibleName(button.text())

    def show_current(self, size: str, language: str, contrast: str, still: bool) -> None:
        for group, chosen in ((self.sizes, size), (self.languages, language), (self.contrasts, contrast),
                              (self.motion, "still" if still else "moving")):
            for key, button in group.items():
                button.setChecked(key == chosen)
        if not self.isVisible():
            self.open()
            self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.card.geometry().contains(event.position().toPoint()):
            self.close_requested.emit()
        event.accept()
