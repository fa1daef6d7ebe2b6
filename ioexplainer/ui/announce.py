"""Tell screen readers what changed: a new topic, a new step of the picture, the kiosk's countdown."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent

SENT: list[str] = []  # what was announced (tests read it; a screen reader hears it)


def announce(source: QObject, message: str, urgent: bool = False) -> None:
    """A polite announcement (or an assertive one when `urgent`), as Qt 6.8+ passes it to AT-SPI/UIA."""
    if not message:
        return
    SENT.append(message)
    del SENT[:-50]
    if not QAccessible.isActive():
        return  # no screen reader listening: nothing to build
    event = QAccessibleAnnouncementEvent(source, message)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def alert(source: QObject) -> None:
    """The widget appeared as an alert (a countdown): screen readers read it at once."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(source, QAccessible.Event.Alert))
