"""One clearly labelled panel for how the app reads: text size, language, contrast, pictures, read aloud."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ioexplainer.core.settings import TEXT_SIZES
from ioexplainer.ui.language_card import own_name
from ioexplainer.ui.overlay import DismissibleOverlay, card_scroll


class SettingsCard(DismissibleOverlay):
    """Big segmented choices; each emits its signal; Esc, Close or a tap outside closes it."""

    text_size_chosen = Signal(str)
    language_chosen = Signal(str)
    contrast_chosen = Signal(str)
    still_chosen = Signal(bool)
    auto_read_chosen = Signal(bool)

    def __init__(self, parent: QWidget, languages: list[str]) -> None:
        super().__init__(parent, card_width=0.8, max_width=900)  # wide enough in portrait
        self.heading = QLabel(self.card)
        self.heading.setObjectName("cardTerm")
        self.body.addWidget(self.heading)
        # The choices scroll when the window is too short for them (large text at 768 px high): the heading
        # and Close always stay in view.
        self.rows_widget = QWidget()
        self.rows = QVBoxLayout(self.rows_widget)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(self.body.spacing())
        self.choices_area = card_scroll(self.card, self.rows_widget, "settingsScroll")
        self.body.addWidget(self.choices_area)
        self.labels: dict[str, QLabel] = {}
        self.sizes = self._row("size", list(TEXT_SIZES), self.text_size_chosen.emit)
        self.steps: tuple[str, ...] = TEXT_SIZES  # the text sizes offered (a kiosk's two: see use_steps)
        self.languages = self._row("language", languages, self.language_chosen.emit)
        for code, button in self.languages.items():
            button.setText(own_name(code))  # each language named in itself, never translated
        self.contrasts = self._row("contrast", ["standard", "high"], self.contrast_chosen.emit)
        self.motion = self._row("motion", ["moving", "still"], lambda choice: self.still_chosen.emit(choice == "still"))
        self.reading = self._row("reading", ["button", "auto"],
                                 lambda choice: self.auto_read_chosen.emit(choice == "auto"))
        self.close_button = QPushButton(self.card)
        self.close_button.setObjectName("primary")
        self.close_button.clicked.connect(self.close_requested)
        self.body.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslate()

    def _row(self, name: str, choices: list[str], emit: Callable[[str], object]) -> dict[str, QPushButton]:
        label = QLabel(self.rows_widget)
        label.setObjectName("panelTitle")
        self.labels[name] = label
        self.rows.addWidget(label)
        row = QHBoxLayout()
        group = QButtonGroup(self)
        buttons = {}
        for choice in choices:
            button = QPushButton(self.rows_widget)
            button.setObjectName("segment")
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, c=choice: emit(c))
            group.addButton(button)
            buttons[choice] = button
            row.addWidget(button, 1)
        self.rows.addLayout(row)
        return buttons

    def fit(self) -> None:
        """As tall as the choices need, but never taller than the window: then the choices scroll."""
        parent = self.parentWidget()
        if parent is not None:
            margins = self.body.contentsMargins()
            chrome = (self.heading.sizeHint().height() + self.close_button.sizeHint().height()
                      + margins.top() + margins.bottom() + 2 * self.body.spacing())
            self.rows_widget.adjustSize()
            content = self.rows_widget.sizeHint().height()
            self.choices_area.setFixedHeight(max(120, min(content, parent.height() - 32 - chrome)))
        super().fit()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.card.setAccessibleName(self.tr("Settings"))
        self.labels["size"].setText(self.tr("Text size"))
        self.labels["language"].setText(self.tr("Language"))
        self.labels["contrast"].setText(self.tr("Contrast"))
        self.labels["motion"].setText(self.tr("Pictures"))
        self.labels["reading"].setText(self.tr("Read aloud"))
        for size, text in zip(TEXT_SIZES, (self.tr("Small"), self.tr("Normal"), self.tr("Large"),
                                           self.tr("Largest")), strict=True):
            self.sizes[size].setText(text)
        if self.steps != TEXT_SIZES:  # a kiosk: the same steps as its "Larger text" button
            self.sizes[self.steps[0]].setText(self.tr("Standard"))
            if len(self.steps) > 1:
                self.sizes[self.steps[-1]].setText(self.tr("Larger text"))
        self.contrasts["standard"].setText(self.tr("Standard"))
        self.contrasts["high"].setText(self.tr("High contrast"))
        self.motion["moving"].setText(self.tr("Moving"))
        self.motion["still"].setText(self.tr("Still, step by step"))
        self.reading["button"].setText(self.tr("When I press Listen"))
        self.reading["auto"].setText(self.tr("Each page as it opens"))
        self.close_button.setText(self.tr("Close"))
        for group in (self.sizes, self.languages, self.contrasts, self.motion, self.reading):
            for button in group.values():
                button.setAccessibleName(button.text())
        self.reading["button"].setAccessibleName(self.tr("Read aloud only when I press Listen"))
        self.reading["auto"].setAccessibleName(self.tr("Read each page aloud as it opens"))

    def use_steps(self, steps: tuple[str, ...]) -> None:
        """A kiosk: text size as the header's two steps, "Standard" (its starting size) and "Larger text"
        (the largest), not four (a visitor could choose text smaller than a kiosk is read at)."""
        self.steps = steps
        for size, button in self.sizes.items():
            button.setVisible(size in steps)
        self.retranslate()

    def offer_reading(self, offered: bool) -> None:
        """The read-aloud choice shows only where a voice can read (as the Listen button does)."""
        self.labels["reading"].setVisible(offered)
        for button in self.reading.values():
            button.setVisible(offered)

    def show_current(self, size: str, language: str, contrast: str, still: bool, auto_read: bool = False) -> None:
        for group, chosen in ((self.sizes, size), (self.languages, language), (self.contrasts, contrast),
                              (self.motion, "still" if still else "moving"),
                              (self.reading, "auto" if auto_read else "button")):
            for key, button in group.items():
                button.setChecked(key == chosen)
        if not self.isVisible():
            self.open()
            self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:  # a new text size or language: fit again once the buttons have their new sizes
            QTimer.singleShot(0, self, self.fit)
