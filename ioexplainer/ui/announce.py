"""Tell screen readers what changed: a new topic, a new step of the picture, the kiosk's countdown."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QScrollArea, QWidget

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


ROLE_PROPERTY = "accessibleRole"  # "dialog" or "alert", set on a widget before it is first shown
ROLES = {"dialog": QAccessible.Role.Dialog, "alert": QAccessible.Role.AlertMessage}
_factory_installed: list[bool] = []


def give_role(widget: QWidget, role: str) -> None:
    """Give `widget` a role Qt would not: the cards are dialogs, the kiosk countdown an alert.

    Qt describes a QFrame as a plain panel; a screen reader then neither says "dialog" when a card opens
    nor treats the countdown as something to read at once. One accessibility factory (installed once)
    answers for the widgets that carry the role property; every other widget keeps Qt's own interface.
    """
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    widget.setProperty(ROLE_PROPERTY, role)
    install_factory()


def install_factory() -> None:
    """Our accessibility factory, once: roles for cards and alerts, and scroll areas a screen reader can
    walk safely (see _role_factory)."""
    if not _factory_installed:
        QAccessible.installFactory(_role_factory)
        _factory_installed.append(True)


def _role_factory(key: str, obj: QObject | None) -> QAccessibleInterface | None:
    if isinstance(obj, QWidget):
        role = obj.property(ROLE_PROPERTY)
        if isinstance(role, str) and role in ROLES:
            return QAccessibleWidget(obj, ROLES[role])
    if isinstance(obj, QScrollArea):
        # Qt's own interface for a scroll area lists its viewport and only the scroll bars on screen, and
        # fetches a child by number without checking the number: when a scroll bar goes (the kiosk's start
        # screen, left for a topic) while a screen reader walks the tree, it read past the list and the app
        # crashed (SIGSEGV in QAccessibleCache::idForObject). This one keeps every child in the list, shown
        # or not, and answers "none" to a number out of range.
        return QAccessibleWidget(obj, QAccessible.Role.Client)
    return None
