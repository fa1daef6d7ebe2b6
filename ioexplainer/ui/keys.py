"""Enter presses the focused button or toggle, as Space does (keyboards and switch devices send Enter)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication


class EnterPresses(QObject):
    """Watches a window's key presses; Return or Enter on a focused button clicks it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or not plain:
            return False
        button = QApplication.focusWidget()
        if isinstance(button, QAbstractButton) and button.isEnabled() and button.isVisible():
            button.animateClick()
            return True
        return False
