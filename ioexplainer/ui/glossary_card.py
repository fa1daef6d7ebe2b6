"""A plain-language card over the window: a glossary term, or a note that a link is not available."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ioexplainer.content.help import HelpBox
from ioexplainer.ui.fonts import line_percent
from ioexplainer.ui.overlay import DismissibleOverlay, MoreBelow, card_scroll

MEASURE_EMS = 32  # the card's widest line, in ems of its words: about 65 letters


class GlossaryCard(DismissibleOverlay):
    """Esc, the Close button or a tap outside the card closes it. Its words scroll when the window is too
    short for them (the help and keys cards at the largest text): the heading and Close stay in view."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._term = QLabel(self.card)
        self._term.setObjectName("cardTerm")
        self._term.setWordWrap(True)
        self._definition = QLabel(self.card)
        self._definition.setObjectName("cardText")  # the size of the page's words, not of the buttons'
        self._definition.setWordWrap(True)
        self._definition.setTextFormat(Qt.TextFormat.RichText)  # (the pack's words escaped: see _paragraph)
        self._definition.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._definition.setContentsMargins(0, 0, 12, 0)  # clear of the scroll bar, when there is one
        self._plain = ""
        self._words = card_scroll(self.card, self._definition, "cardScroll")
        self._close = QPushButton(self.card)
        self._close.setObjectName("primary")
        self._close.clicked.connect(self.close_requested)
        self.more = MoreBelow(self._words, self.card)
        QWidget.setTabOrder(self._words, self.more)  # as they read: the words, More below, Close
        QWidget.setTabOrder(self.more, self._close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.more)
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
        self.more.retranslate()

    def cover(self) -> tuple[QWidget, int] | None:
        """No wider than lines of about 65 letters of its words (at a kiosk's larger text a card 1,520 px
        wide held lines of 90 to 100)."""
        if (covered := super().cover()) is None:
            return None
        parent, width = covered
        margins = self.body.contentsMargins()
        chrome = margins.left() + margins.right() + 2 * self.card.frameWidth() + 40  # (a scroll bar, a margin)
        return parent, min(width, MEASURE_EMS * self._definition.fontInfo().pixelSize() + chrome)

    def fit(self) -> None:
        """As tall as the words need, but never taller than the window: then the words scroll."""
        if (covered := self.cover()) is not None:
            parent, width = covered
            margins = self.body.contentsMargins()
            inner = width - margins.left() - margins.right() - 2 * self.card.frameWidth()
            chrome = (self._term.heightForWidth(inner) + self._close.sizeHint().height()
                      + margins.top() + margins.bottom() + 2 * self.body.spacing() + 2 * self.card.frameWidth())
            ring = self._words.contentsMargins()  # (the room its focus ring keeps, around the words)
            inner -= ring.left() + ring.right()
            chrome += ring.top() + ring.bottom()
            words = self._definition.heightForWidth(inner)
            room = parent.height() - 32 - chrome
            scrolls = words > room
            if scrolls:  # it will scroll: the words wrap in the width the scroll bar leaves
                words = self._definition.heightForWidth(inner - self._words.verticalScrollBar().sizeHint().width())
            # No scroll bar where the words fit (one left from a longer card would narrow them by its width,
            # and the extra line they then wrap onto would need it).
            self._words.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if scrolls
                                                   else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self._words.setFixedHeight(max(min(120, words), min(words, room)) + ring.top() + ring.bottom())
        super().fit()

    @property
    def term_text(self) -> str:
        return self._term.text()

    @property
    def definition_text(self) -> str:
        return self._plain

    def show_text(self, heading: str, text: str) -> None:
        """Show the card with a heading and a plain-text explanation (each line a paragraph)."""
        self._mark_help(False)
        spacing = self._line_spacing()
        self._show(heading, "".join(_paragraph(line, spacing) for line in text.split("\n") if line.strip()), text)

    def _line_spacing(self) -> str:
        """The words' line height as the page has it (lines 1.5 em apart), worked out once per card."""
        self._definition.ensurePolished()
        return f"line-height: {line_percent(self._definition.font()):.1f}%"

    def _mark_help(self, on: bool) -> None:
        """The help card wears the colour of the help button and of the box on the page (red)."""
        if bool(self.card.property("help")) != on:
            self.card.setProperty("help", on)
            for widget in (self.card, self._term):
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def show_help(self, box: HelpBox) -> None:
        """"When to get help": what to do in an emergency first and in bold (on a small screen at the largest
        text the card's end is below the fold), then the signs as a list whose wrapped lines stay clear of
        the bullets, then who to call."""
        self._mark_help(True)
        after, spacing = box.after(), self._line_spacing()
        rich = "".join([*(_paragraph(line, spacing, bold=True) for line in box.urgent()),
                        _paragraph(box.intro, spacing) if box.intro else "",
                        "<ul style='margin-left: 0; -qt-list-indent: 1;'>",
                        *(_paragraph(sign, spacing, item=True) for sign in box.signs), "</ul>",
                        *(_paragraph(line, spacing, bold=i == 0) for i, line in enumerate(after))])
        self._show(box.title, rich, "\n".join(box.lines()[1:]))

    def _show(self, heading: str, text: str, plain: str) -> None:
        self._plain = plain
        self._term.setText(heading)
        self._definition.setText(text)
        self.card.setAccessibleDescription(f"{heading}. {plain}")
        self._words.verticalScrollBar().setValue(0)  # from the top, whatever the last card showed
        self.open()
        self._close.setFocus(Qt.FocusReason.OtherFocusReason)


def _paragraph(line: str, spacing: str, bold: bool = False, item: bool = False) -> str:
    """One paragraph (or list item) of the pack's words, escaped (shown, never read as markup), with the
    card's line spacing."""
    words = f"<b>{escape(line)}</b>" if bold else escape(line)
    tag = "li" if item else "p"
    return f"<{tag} style='{spacing}'>{words}</{tag}>"
