"""Keep visitors inside the app: refuse exit keys, context menus, drag and drop and hover tooltips."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent

BLOCKED_EVENTS = frozenset({
    QEvent.Type.ContextMenu, QEvent.Type.ToolTip, QEvent.Type.WhatsThis, QEvent.Type.DragEnter,
    QEvent.Type.DragMove, QEvent.Type.Drop,
})
BLOCKED_KEYS = (
    QKeySequence("Alt+F4"), QKeySequence("Ctrl+Q"), QKeySequence("Ctrl+W"), QKeySequence("Ctrl+F4"),
    QKeySequence("F11"), QKeySequence("Escape"), QKeySequence("Ctrl+Shift+Q"), QKeySequence("Meta+Q"),
    QKeySequence("Ctrl+O"), QKeySequence("Ctrl+S"), QKeySequence("Ctrl+P"), QKeySequence("Menu"),
    QKeySequence("Ctrl+A"), QKeySequence("Ctrl+C"), QKeySequence("Ctrl+Insert"),  # nothing to select or copy
)


def key_sequence(event: QKeyEvent) -> QKeySequence:
    return QKeySequence(event.keyCombination())


class Lockdown(QObject):
    """An input filter on the kiosk window (MainWindow.add_input_filter). `refused` counts what it stopped."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.refused = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(event, QMouseEvent) and (
                (kind == QEvent.Type.MouseMove and event.buttons() == Qt.MouseButton.NoButton)
                or event.button() == Qt.MouseButton.RightButton):
            self.refused += kind != QEvent.Type.MouseMove
            return True  # no hover (so no tooltips) and no right button (so no context menus)
        if kind in BLOCKED_EVENTS:
            event.ignore()
            self.refused += 1
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(event, QKeyEvent):
            sequence = key_sequence(event)
            if any(sequence.matches(blocked) == QKeySequence.SequenceMatch.ExactMatch for blocked in BLOCKED_KEYS):
                event.accept() if kind == QEvent.Type.ShortcutOverride else event.ignore()
                self.refused += kind == QEvent.Type.KeyPress
                return True
        return False


def kiosk_window_flags() -> Qt.WindowType:
    """Frameless, always on top: nothing of the desktop shows."""
    return Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
