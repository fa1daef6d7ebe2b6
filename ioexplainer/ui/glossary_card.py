"""A plain-language card over the window: a glossary term, or a note that a link is not available."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ioexplainer.content.help import HelpBox
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
        self._definition.setContentsMargins(0, 0, 12, 0)  # clear of the scroll bar, when there is one
        self._plain = ""
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
        return self._plain

    def show_text(self, heading: str, text: str) -> None:
        """Show the card with a heading and a plain-text explanation."""
        self._definition.setTextFormat(Qt.TextFormat.PlainText)
        self._show(heading, text, text)

    def show_help(self, box: HelpBox) -> None:
        """"When to get help": what to do in an emergency first and in bold (on a small screen at the largest
        text the card's end is below the fold), then the signs as a list whose wrapped lines stay clear of
        the bullets, then who to call. The pack's words are escaped: they are shown, never read as markup."""
        def para(line: str, bold: bool = False) -> str:
            words = escape(line)
            return f"<p>{'<b>' + words + '</b>' if bold else words}</p>"

        after = box.after()
        rich = "".join([*(para(line, True) for line in box.urgent()), para(box.intro) if box.intro else "",
                        "<ul style='margin-left: 0; -qt-list-indent: 1;'>",
                        *(f"<li>{escape(sign)}</li>" for sign in box.signs), "</ul>",
                        *(para(line, i == 0) for i, line in enumerate(after))])
        self._definition.setTextFormat(Qt.TextFormat.RichText)
        self._show(box.title, rich, "\n".join(box.lines()[1:]))

    def _show(self, heading: str, text: str, plain: str) -> None:
        self._plain = plain
        self._term.setText(heading)
        self._definition.setText(text)
        self.card.setAccessibleDescription(f"{heading}. {plain}")
        self._words.verticalScrollBar().setValue(0)  # from the top, whatever the last card showed
        self.open()
        self._close.setFocus(Qt.FocusReason.OtherFocusReason)
