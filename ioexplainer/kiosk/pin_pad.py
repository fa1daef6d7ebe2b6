"""The staff PIN pad behind the hidden admin gesture: big digits, dots, a lock after wrong tries."""

from __future__ import annotations

import time
from collections.abc import Callable
from math import ceil

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from ioexplainer.core.pin import PinGate
from ioexplainer.ui.overlay import Overlay

MAX_DIGITS = 12


class PinPad(Overlay):
    """Emits `accepted` for the right PIN; `cancelled` when staff close it (or nobody uses it)."""

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget, gate: PinGate, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent, card_width=0.5, max_width=460)
        self.gate = gate
        self._clock = clock
        self.entered = ""
        self._key_px = 0  # the keys' height where the window is too short for them (0: as styled)
        self._unlock = QTimer(self)  # runs only while the pad is locked
        self._unlock.setInterval(1000)
        self._unlock.timeout.connect(self.tick)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = title = QLabel(self.card)
        title.setObjectName("cardTerm")
        title.setWordWrap(True)
        self.dots = QLabel(self.card)
        self.dots.setObjectName("pinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self.card)
        self.message.setWordWrap(True)
        self.grid = grid = QGridLayout()
        grid.setSpacing(10)
        self.digit_buttons: dict[str, QPushButton] = {}
        for index, key in enumerate("123456789"):
            grid.addWidget(self._digit(key), index // 3, index % 3)
        self.erase = QPushButton(self.card)
        self.erase.setObjectName("pinKey")  # the bottom row as tall as the digits (review: 76 px beside 97)
        self.erase.clicked.connect(self._on_erase)
        grid.addWidget(self.erase, 3, 0)
        grid.addWidget(self._digit("0"), 3, 1)
        self.ok = QPushButton(self.card)
        self.ok.setObjectName("primary")
        self.ok.setProperty("pinKey", True)
        self.ok.clicked.connect(self.submit)
        grid.addWidget(self.ok, 3, 2)
        self.cancel = QPushButton(self.card)
        self.cancel.clicked.connect(self._on_cancel)
        self.cancel_row = row = QHBoxLayout()  # the title, and Cancel beside it (no row of its own)
        row.setSpacing(16)
        row.addWidget(title, 1)
        row.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(row)
        for widget in (self.dots, self.message):
            self.body.addWidget(widget)
        self.body.addLayout(grid)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff only: enter the PIN"))
        self.card.setAccessibleName(self.title.text())
        self.erase.setText(self.tr("⌫"))
        self.erase.setAccessibleName(self.tr("Delete the last digit"))
        self.ok.setText(self.tr("OK"))
        self.cancel.setText(self.tr("Cancel"))

    def _digit(self, key: str) -> QPushButton:
        button = QPushButton(key, self.card)
        button.setObjectName("pinKey")
        button.clicked.connect(lambda: self.press(key))
        self.digit_buttons[key] = button
        return button

    def fit(self) -> None:
        """The keys keep their size where the window has room. In a short window (1366x768 at Larger text,
        800x600) they get shorter, 44 px at least, so that OK and Cancel stay on screen."""
        if (covered := self.cover()) is not None:
            parent, width = covered
            self._set_key_px(0)
            room = parent.height() - 32
            for _ in range(4):  # (the words may wrap again: measure once more)
                excess = self.body.totalHeightForWidth(width) - room
                if excess <= 0 or self._key_px == 44:
                    break
                now = self._key_px or self.digit_buttons["1"].sizeHint().height()
                self._set_key_px(max(44, now - ceil(excess / 5)))  # (four rows of keys, and the title's)
        super().fit()

    def _set_key_px(self, px: int) -> None:
        """Every button in the pad `px` high (0: as the window's style has them)."""
        if px == self._key_px:
            return
        self._key_px = px
        self.card.setStyleSheet(f"QPushButton, #pinKey {{ min-height: {px}px; max-height: {px}px; }}" if px else "")
        for layout in (self.grid, self.cancel_row, self.body):  # (each keeps its sizes until told)
            layout.invalidate()

    def open(self) -> None:
        self.entered = ""
        self._refresh()
        super().open()
        self.setFocus(Qt.FocusReason.OtherFocusReason)  # digits typed on a keyboard go straight in

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A keyboard works too: digits, Backspace, Enter and Escape."""
        key, text = event.key(), event.text()
        if text.isdigit() and len(text) == 1:
            self.press(text)
        elif key == Qt.Key.Key_Backspace:
            self._on_erase()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.ok.isEnabled():
            self.submit()
        elif key == Qt.Key.Key_Escape:
            self._on_cancel()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def tick(self) -> None:
        """Once a second while locked: count down, and open the pad again when the lock ends."""
        self._refresh()

    def press(self, digit: str) -> None:
        if len(self.entered) < MAX_DIGITS and self.gate.seconds_locked(self._clock()) == 0:
            self.entered += digit
            self._refresh()

    def submit(self) -> None:
        now = self._clock()
        if self.gate.try_pin(self.entered, now):
            self.entered = ""
            self.hide()
            self.accepted.emit()
            return
        self.entered = ""
        self._refresh(self.tr("Wrong PIN. Please try again."))

    def _on_erase(self) -> None:
        self.entered = self.entered[:-1]
        self._refresh()

    def _on_cancel(self) -> None:
        self.entered = ""
        self.hide()
        self.cancelled.emit()

    def _refresh(self, note: str = "") -> None:
        locked = self.gate.seconds_locked(self._clock())
        if locked > 0:
            note = self.tr("Too many wrong tries. Locked for %1 s.").replace("%1", str(int(-(-locked // 1))))
        self.dots.setText("●" * len(self.entered) or " ")
        self.message.setText(note)
        for button in (*self.digit_buttons.values(), self.ok, self.erase):
            button.setEnabled(locked == 0)
        if locked > 0 and not self._unlock.isActive():
            self._unlock.start()
        elif locked == 0 and self._unlock.isActive():
            self._unlock.stop()  # the lock is over: the keys work again and the note goes
            self.message.setText(self.tr("You can try again."))
