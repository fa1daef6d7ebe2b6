"""'Still there?': the friendly countdown before the kiosk starts over for the next person."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ioexplainer.ui.announce import alert, announce
from ioexplainer.ui.overlay import Overlay


class CountdownOverlay(Overlay):
    """Shows the seconds left and a big button; `stay` is emitted when the person taps it."""

    stay = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, card_width=0.5, max_width=760, role="alert")
        self.heading = QLabel(self.card)
        self.heading.setObjectName("cardTerm")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self.card)
        self.message.setObjectName("cardText")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(self.card)
        self.button.setObjectName("bigPrimary")
        self.button.clicked.connect(self.stay)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.message)
        self.body.addWidget(self.button)
        self.seconds = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Still there?"))
        self.button.setText(self.tr("I'm still here"))
        self.button.setAccessibleName(self.tr("I'm still here: keep reading"))
        self.card.setAccessibleName(self.heading.text())
        if self.seconds:
            self._say_seconds()

    def show_seconds(self, seconds: int) -> None:
        self.seconds = seconds
        self._say_seconds()
        if not self.isVisible():
            self.open()
            self.button.setFocus(Qt.FocusReason.OtherFocusReason)
            alert(self.card)
            announce(self.card, f"{self.heading.text()} {self.message.text()}", urgent=True)

    def _say_seconds(self) -> None:
        seconds = self.seconds
        if seconds == 1:
            text = self.tr("Starting over in 1 second for the next person.")
        else:
            text = self.tr("Starting over in %1 seconds for the next person.").replace("%1", str(seconds))
        self.message.setText(text)
        self.card.setAccessibleDescription(self.message.text())
