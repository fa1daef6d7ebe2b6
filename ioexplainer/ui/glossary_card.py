"""A plain-language card over the window: a glossary term, or a note that a link is not available."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ioexplainer.ui.overlay import DismissibleOverlay


class GlossaryCard(DismissibleOverlay):
    """Esc, the Close button or a tap outside the card closes it."""


    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._term = QLabel(self.card)
        self._term.setObjectName("cardTerm")
        self._term.setWordWrap(True)
        self._definition = QLabel(self.card)
        self._definition.setWordWrap(True)
        self._definition.setTextFormat(Qt.TextFormat.PlainText)
        self._close = QPushButton(self.card)
        self._close.setObjectName("primary")
        self._close.clicked.connect(self.close_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._close)
        self.body.addWidget(self._term)
        self.body.addWidget(self._definition)
        self.body.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.card.setAccessibleName(self.tr("Word explained"))
        self._close.setText(self.tr("Close"))
        self._close.setAccessibleName(self.tr("Close the explanation"))

    @property
    def term_text(self) -> str:
        return self._term.text()

    @property
    def definition_text(self) -> str:
        return self._definition.text()

    def show_text(self, heading: str, text: str) -> None:
        """Show the card with a heading and a plain-text explanation."""
        self._term.setText(heading)
        self._definition.setText(text)
        self.card.setAccessibleDescription(f"{heading}. {text}")
        self.open()
        self._close.setFocus(Qt.FocusReason.OtherFocusReason)
