"""The language button in the header and its card: switch everything at a touch, named in each language."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QWidget

from ioexplainer.ui.language import Language
from ioexplainer.ui.language_card import LanguageCard, own_name
from ioexplainer.ui.preferences import Preferences
from ioexplainer.ui.session_controller import SessionController

LANGUAGE_CARD = "#language"  # the session's card id while the language card is open


class LanguagePicker(QObject):
    """Owns the header button and the card; the session knows whether the card is open (a reset closes it)."""

    def __init__(self, overlay_parent: QWidget, languages: list[str], session: SessionController,
                 preferences: Preferences | None = None) -> None:
        super().__init__(overlay_parent)
        self.session = session
        self.preferences = preferences
        self.language: Language | None = None
        self.button = QPushButton()
        self.button.setObjectName("languageButton")
        self.button.setVisible(len(languages) > 1)
        self.card = LanguageCard(overlay_parent, languages)
        self.button.clicked.connect(lambda: session.open_card(LANGUAGE_CARD))
        self.card.close_requested.connect(session.close_card)
        self.card.chosen.connect(self._choose)

    def attach(self, language: Language) -> None:
        self.language = language
        language.changed.connect(lambda _code: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        code = self.language.code if self.language else "en"
        self.button.setText(own_name(code))
        self.button.setAccessibleName(self.tr("Language: %1").replace("%1", own_name(code)))

    def show_card(self, shown: bool) -> None:
        if shown:
            self.card.show_current(self.language.code if self.language else "en")
        else:
            self.card.hide()

    def _choose(self, code: str) -> None:
        self.session.close_card()
        if self.language is not None:
            self.language.apply(code)
        if self.preferences is not None:
            self.preferences.set_language(code)
