"""A plain-language card over the window: a glossary term, or a note that a link is not available."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class GlossaryCard(QFrame):
    """A dimmed backdrop covering its parent, with a card in the middle. Esc, the button or a tap
    outside the card closes it."""

    close_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("backdrop")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._card = QFrame(self)
        self._card.setObjectName("card")
        self._card.setAccessibleName(self.tr("Word explained"))
        self._term = QLabel(self._card)
        self._term.setObjectName("cardTerm")
        self._term.setWordWrap(True)
        self._definition = QLabel(self._card)
        self._definition.setWordWrap(True)
        self._definition.setTextFormat(Qt.TextFormat.PlainText)
        self._close = QPushButton(self.tr("Close"), self._card)
        self._close.setObjectName("primary")
        self._close.setAccessibleName(self.tr("Close the explanation"))
        self._close.clicked.connect(self.close_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._close)
        layout = QVBoxLayout(self._card)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self._term)
        layout.addWidget(self._definition)
        layout.addLayout(buttons)
        parent.installEventFilter(self)
        self.hide()

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
        self._card.setAccessibleDescription(f"{heading}. {text}")
        self._fit()
        self.show()
        self.raise_()
        self._close.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._card.geometry().contains(event.position().toPoint()):
            self.close_requested.emit()
        event.accept()

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.setGeometry(parent.rect())
        width = min(720, max(320, int(parent.width() * 0.6)))
        self._card.setFixedWidth(width)
        self._card.adjustSize()
        height = self._card.sizeHint().height()
        self._card.move((parent.width() - width) // 2, max(16, (parent.height() - height) // 2))
