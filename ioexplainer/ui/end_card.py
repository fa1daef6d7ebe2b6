"""After the last topic: "You've finished", one thing to do next, and Start again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ioexplainer.ui.overlay import DismissibleOverlay


class EndCard(DismissibleOverlay):
    """Emits `start_again` or `close_requested`."""

    start_again = Signal()
    closes_on_outside_tap = False  # the last card of a visit: only its buttons or Esc close it

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, card_width=0.5, max_width=760)
        self.heading = QLabel(self.card)
        self.heading.setObjectName("cardTerm")
        self.heading.setWordWrap(True)
        self.message = QLabel(self.card)
        self.message.setObjectName("cardText")
        self.message.setWordWrap(True)
        self.again = QPushButton(self.card)
        self.again.clicked.connect(self.start_again)
        self.close_button = QPushButton(self.card)
        self.close_button.setObjectName("primary")
        self.close_button.clicked.connect(self.close_requested)
        row = QHBoxLayout()  # Close where every other card has it, filled; Start again apart, on the left
        row.addWidget(self.again)
        row.addStretch(1)
        row.addWidget(self.close_button)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.message)
        self.body.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("You've finished"))
        self.message.setText(self.tr("Well done. Tell your nurse or doctor one thing you learned today, and ask "
                                     "them anything that is still not clear."))
        self.card.setAccessibleName(self.heading.text())
        self.card.setAccessibleDescription(self.message.text())
        self.again.setText(self.tr("Start again"))
        self.close_button.setText(self.tr("Close"))

    def open(self) -> None:
        super().open()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
