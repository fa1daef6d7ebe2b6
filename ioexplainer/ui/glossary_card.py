"""A plain-language card over the window: a glossary term, or a note that a link is not available."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ioexplainer.ui.overlay import DismissibleOverlay, card_scroll


class GlossaryCard(DismissibleOverlay):
    """Esc, the Close button or a tap outside the card closes it. Its words scroll when the window is too
    short for them (the help and keys cards at the largest text): the heading and Close stay in view."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._term = QLabel(self.card)
        self._term.setObjectName("cardTerm")
        self._term.setWordWrap(True)
        self._definition = QLabel(self.card)
        self._definition.setWordWrap(True)
        self._definition.setTextFormat(Qt.TextFormat.PlainText)
        self._definition.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._words = card_scroll(self.card, self._definition, "cardScroll")
        self._close = QPushButton(self.card)
        self._close.setObjectName("primary")
        self._close.clicked.connect(self.close_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._close)
        self.body.addWidget(self._term)
        self.body.addWidget(self._words)
        self.body.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.card.setAccessibleName(self.tr("Word explained"))
        self._close.setText(self.tr("Close"))
        self._close.setAccessibleName(self.tr("Close the explanation"))

    def fit(self) -> None:
        """As tall as the words need, but never taller than the window: then the words scroll."""
        if (covered := self.cover()) is not None:
            parent, width = covered
            margins = self.body.contentsMargins()
            inner = width - margins.left() - margins.right() - 2 * self.card.frameWidth()
            chrome = (self._term.heightForWidth(inner) + self._close.sizeHint().height()
                      + margins.top() + margins.bottom() + 2 * self.body.spacing() + 2 * self.card.frameWidth())
            words = self._definition.heightForWidth(inner)
            room = parent.height() - 32 - chrome
            scrolls = words > room
            if scrolls:  # it will scroll: the words wrap in the width the scroll bar leaves
                words = self._definition.heightForWidth(inner - self._words.verticalScrollBar().sizeHint().width())
            # No scroll bar where the words fit (one left from a longer card would narrow them by its width,
            # and the extra line they then wrap onto would need it).
            self._words.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if scrolls
                                                   else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self._words.setFixedHeight(max(min(120, words), min(words, room)))
        super().fit()

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
        self._words.verticalScrollBar().setValue(0)  # from the top, whatever the last card showed
        self.open()
        self._close.setFocus(Qt.FocusReason.OtherFocusReason)
