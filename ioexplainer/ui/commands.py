"""Every window command as a QAction, shared by its button, its shortcuts and assistive technology."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QWidget

from ioexplainer.ui.session_controller import SessionController

Keys = Sequence[QKeySequence.StandardKey | str]


def bind(button: QAbstractButton, action: QAction) -> None:
    """The button triggers the action and follows its enabled state, words and accessible name."""
    button.clicked.connect(action.trigger)

    def follow() -> None:
        button.setEnabled(action.isEnabled())
        button.setText(action.iconText())
        button.setAccessibleName(action.toolTip())

    action.changed.connect(follow)
    follow()


class Commands(QObject):
    """The window's commands: topic navigation, text size, and (laptop only) closing and full screen."""

    def __init__(self, window: QWidget, session: SessionController, kiosk: bool,
                 on_escape: Callable[[], object] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.kiosk = kiosk
        self._taken: set[str] = set()
        s = self.session = session
        self.back = self._add(s.back, (QKeySequence.StandardKey.Back,))
        self.forward = self._add(s.forward, (QKeySequence.StandardKey.Forward,))
        self.home = self._add(s.home, ("Alt+Home",))
        self.previous = self._add(lambda: s.step(-1), ("Ctrl+PgUp",))
        self.next = self._add(lambda: s.step(1), ("Ctrl+PgDown",))
        self.larger = self._add(lambda: s.change_text_size(1), (QKeySequence.StandardKey.ZoomIn, "Ctrl+="))
        self.smaller = self._add(lambda: s.change_text_size(-1), (QKeySequence.StandardKey.ZoomOut,))
        self.keys = self._add(lambda: session.open_card("#keys"), ("F1", "?"))
        self.quit: QAction | None = None
        self.full_screen: QAction | None = None
        self.escape: QAction | None = None
        if not kiosk:  # a laptop window closes and goes full screen like any other
            self.quit = self._add(window.close, ("Ctrl+Q", "Ctrl+W", QKeySequence.StandardKey.Quit,
                                                 QKeySequence.StandardKey.Close))
            self.full_screen = self._add(self._toggle_full_screen, ("F11", QKeySequence.StandardKey.FullScreen))
            self.escape = self._add(on_escape or self._leave_full_screen, ("Escape",))
        self.retranslate()

    def _add(self, slot: Callable[[], object], keys: Keys) -> QAction:
        action = QAction(self.window)
        action.triggered.connect(lambda _checked=False: slot())
        sequences = []
        for key in keys:
            sequence = QKeySequence(key)
            if sequence.isEmpty() or sequence.toString() in self._taken:
                continue  # the platform maps this standard key to one we already have, or to nothing
            self._taken.add(sequence.toString())
            sequences.append(sequence)
        action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.window.addAction(action)
        return action

    def _toggle_full_screen(self) -> None:
        self.window.showNormal() if self.window.isFullScreen() else self.window.showFullScreen()

    def _leave_full_screen(self) -> None:
        if self.window.isFullScreen():
            self.window.showNormal()

    def all(self) -> list[QAction]:
        return [a for a in (self.back, self.forward, self.home, self.previous, self.next, self.larger,
                            self.smaller, self.keys, self.quit, self.full_screen, self.escape) if a is not None]

    def card_lines(self) -> list[str]:
        """'Alt+Left: Back' for every command with keys, and the diagram's own keys (the F1 card)."""
        lines = []
        for action in self.all():
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
            if keys:
                lines.append(f"{keys}: {action.text()}")
        lines += [self.tr("Space: play or pause the picture (when it has focus)"),
                  self.tr("Left / Right: the step before or after"), self.tr("Home: the picture from the start"),
                  self.tr("Tab: move to the next button; Enter or Space presses it")]
        return lines

    def retranslate(self) -> None:
        """Words for every command: iconText on its button, text in menus and lists, toolTip as its name."""
        for action, short, long, name in (
            (self.back, self.tr("‹ Back"), self.tr("Back"), self.tr("Back to the topic you read before")),
            (self.forward, self.tr("Forward ›"), self.tr("Forward"),
             self.tr("Forward to the next topic in your history")),
            (self.home, self.tr("Home"), self.tr("Home"),
             self.tr("Home: every topic") if self.kiosk else self.tr("Home: the first topic")),
            (self.previous, self.tr("‹ Previous"), self.tr("Previous topic"), self.tr("Previous topic")),
            (self.next, self.tr("Next ›"), self.tr("Next topic"), self.tr("Next topic")),
            (self.larger, self.tr("A+"), self.tr("Larger text"), self.tr("Larger text")),
            (self.smaller, self.tr("A−"), self.tr("Smaller text"), self.tr("Smaller text")),
            (self.keys, self.tr("Keys"), self.tr("Keyboard keys"), self.tr("Show the keyboard keys")),
            (self.quit, self.tr("Quit"), self.tr("Quit"), self.tr("Close the app")),
            (self.full_screen, self.tr("Full screen"), self.tr("Full screen"), self.tr("Full screen on or off")),
            (self.escape, self.tr("Close"), self.tr("Close the card or leave full screen"),
             self.tr("Close the card or leave full screen")),
        ):
            if action is not None:
                action.setIconText(short)
                action.setText(long)
                action.setToolTip(name)
