"""One clearly labelled panel for how the app reads: text size, language, contrast, pictures, read aloud."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ioexplainer.core.settings import TEXT_SIZES
from ioexplainer.ui.language_card import own_name
from ioexplainer.ui.overlay import DismissibleOverlay, MoreBelow, card_scroll

WORDS = "words"  # a choice's own words, without its tick
TICK = "✓ "


def _tick(button: QPushButton) -> None:
    """The choice in use is ticked, as on the language card (not marked by its colour alone)."""
    words = str(button.property(WORDS) or button.text().removeprefix(TICK))  # (set in retranslate)
    button.setText(f"{TICK}{words}" if button.isChecked() else words)


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
        self.choices_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # (Tab goes to its buttons, each scrolled into view)
        self.body.addWidget(self.choices_area)
        self.labels: dict[str, QLabel] = {}
        self._grids: list[tuple[QGridLayout, list[QPushButton]]] = []
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
        self.more = MoreBelow(self.choices_area, self.card)
        QWidget.setTabOrder(self.more, self.close_button)  # (the choices, More below, Close: as they read)
        buttons = QHBoxLayout()
        buttons.addWidget(self.more)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.body.addLayout(buttons)
        self.retranslate()

    def _row(self, name: str, choices: list[str], emit: Callable[[str], object]) -> dict[str, QPushButton]:
        label = QLabel(self.rows_widget)
        label.setObjectName("panelTitle")
        self.labels[name] = label
        self.rows.addWidget(label)
        row = QGridLayout()
        group = QButtonGroup(self)
        buttons: dict[str, QPushButton] = {}
        for choice in choices:
            button = QPushButton(self.rows_widget)
            button.setObjectName("segment")
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, c=choice: emit(c))
            button.toggled.connect(lambda _on=False, b=button: _tick(b))
            group.addButton(button)
            row.addWidget(button, 0, len(buttons))
            buttons[choice] = button
        self.rows.addLayout(row)
        self._grids.append((row, list(buttons.values())))
        return buttons

    def _arrange_rows(self, width: int) -> None:
        """Each row of choices on one line where they fit `width`, else two to a line (at the largest text
        in an 800x600 window, four text sizes, one with its tick, did not fit one line)."""
        for grid, buttons in self._grids:
            shown = [b for b in buttons if not b.isHidden()]
            # (even columns: the widest choice sets every column's width)
            need = max((b.sizeHint().width() for b in shown), default=0) * len(shown) \
                + grid.horizontalSpacing() * (len(shown) - 1)
            columns = len(shown) if need <= width or len(shown) < 3 else (len(shown) + 1) // 2
            for button in buttons:
                grid.removeWidget(button)
            for i, button in enumerate(shown):
                grid.addWidget(button, i // columns, i % columns)
            for column in range(max(len(buttons), 1)):
                grid.setColumnStretch(column, 1 if column < columns else 0)

    def fit(self) -> None:
        """As tall as the choices need, but never taller than the window: then the choices scroll."""
        parent = self.parentWidget()
        if parent is not None and (covered := self.cover()) is not None:
            margins = self.body.contentsMargins()
            bar = self.choices_area.verticalScrollBar().sizeHint().width()
            self._arrange_rows(covered[1] - margins.left() - margins.right() - 2 * self.card.frameWidth() - bar)
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
        self.more.retranslate()
        for group in (self.sizes, self.languages, self.contrasts, self.motion, self.reading):
            for button in group.values():
                words = button.text().removeprefix(TICK)
                button.setAccessibleName(words)
                button.setProperty(WORDS, words)
                _tick(button)
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
