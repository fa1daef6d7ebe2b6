"""The language choice: one big button per language of the pack, each named in itself."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ioexplainer.ui.overlay import DismissibleOverlay

OWN_NAMES = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français", "it": "Italiano",
             "pt": "Português", "pl": "Polski", "tr": "Türkçe", "ar": "العربية", "uk": "Українська"}


def own_name(code: str) -> str:
    """A language's name in that language ("Deutsch", not "German"): how a reader finds their own."""
    if code in OWN_NAMES:
        return OWN_NAMES[code]
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


class LanguageCard(DismissibleOverlay):
    """Emits `chosen(code)`; Esc, Close or a tap outside closes it without a change."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget, languages: list[str]) -> None:
        super().__init__(parent, card_width=0.4, max_width=560)
        self.heading = QLabel(self.card)
        self.heading.setObjectName("cardTerm")
        self.body.addWidget(self.heading)
        self.buttons: dict[str, QPushButton] = {}
        for code in languages:
            button = QPushButton(own_name(code), self.card)
            button.setObjectName("bigChoice")
            button.setCheckable(True)
            button.setAccessibleName(own_name(code))
            button.clicked.connect(lambda _checked=False, c=code: self.chosen.emit(c))
            self.buttons[code] = button
            self.body.addWidget(button)
        self.close_button = QPushButton(self.card)
        self.close_button.clicked.connect(self.close_requested)
        self.body.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Language"))
        self.card.setAccessibleName(self.tr("Choose a language"))
        self.close_button.setText(self.tr("Close"))

    def show_current(self, code: str) -> None:
        """Open with the language in use marked: filled, and a tick before its name (not colour alone)."""
        for other, button in self.buttons.items():
            button.setChecked(other == code)
            button.setText(f"✓ {own_name(other)}" if other == code else own_name(other))
        self.open()
        (self.buttons.get(code) or self.close_button).setFocus(Qt.FocusReason.OtherFocusReason)
