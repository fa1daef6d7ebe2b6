"""A layer over the whole window: a dimmed backdrop with a centred card (glossary, countdown, PIN pad)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPixmap, QShowEvent
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QScroller, QVBoxLayout, QWidget

from ioexplainer.ui.announce import give_role
from ioexplainer.ui.fade import END, EdgeFade

FROZEN = "frozen"  # property on a widget the overlay hid (its picture stands in its place)
KEPT_ROOM = "keptRoom"  # its own "retain size when hidden", while frozen
NORMAL_UI_PX = 17  # the words of buttons and cards at normal text size (theme.Metrics)


def _is_overlay(widget: QWidget) -> bool:
    return isinstance(widget, Overlay) or bool(widget.property("overlay"))


class _Still(QWidget):
    """A picture of what an overlay covers, standing in for it: it looks the same under the dimmed
    backdrop, but it is one unnamed picture, so a screen reader finds nothing under the overlay."""

    def __init__(self, parent: QWidget, picture: QPixmap, over: QWidget) -> None:
        super().__init__(parent)
        self.picture = picture
        self.setGeometry(over.geometry())
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).drawPixmap(0, 0, self.picture)


def _children(parent: QWidget) -> list[QWidget]:
    return [w for w in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if not isinstance(w, _Still)]


def _freeze(parent: QWidget, opaque: bool) -> None:
    """Hide what the overlay covers (from screen readers too); a translucent overlay keeps its picture."""
    for widget in _children(parent):
        if _is_overlay(widget) or widget.isHidden() or widget.property(FROZEN):
            continue
        if not opaque:
            enabled = widget.isEnabled()
            widget.setEnabled(True)  # pictured in its own colours (a disabled widget is drawn greyed)
            still = _Still(parent, widget.grab(), widget)
            widget.setEnabled(enabled)
            still.lower()
            still.show()
        widget.setProperty(FROZEN, True)
        _keep_room(widget, True)
        widget.hide()


def _thaw(parent: QWidget) -> None:
    for still in parent.findChildren(_Still, options=Qt.FindChildOption.FindDirectChildrenOnly):
        still.hide()
        still.deleteLater()
    for widget in _children(parent):
        if widget.property(FROZEN):
            widget.setProperty(FROZEN, False)
            widget.show()
            _keep_room(widget, False)


def _keep_room(widget: QWidget, frozen: bool) -> None:
    """A frozen widget keeps its room in the layout: were the header hidden first, the page would grow
    into its room before hiding in turn, the text's last lines would scroll up to fill it, and the reader
    would find their place moved three lines when the card closed."""
    policy = widget.sizePolicy()
    if frozen:
        widget.setProperty(KEPT_ROOM, policy.retainSizeWhenHidden())
        policy.setRetainSizeWhenHidden(True)
    else:
        policy.setRetainSizeWhenHidden(bool(widget.property(KEPT_ROOM)))
    widget.setSizePolicy(policy)


def sync_inert(parent: QWidget) -> None:
    """While any overlay over `parent` is open, everything else in it is inert and hidden: no clicks, no
    keyboard focus (so Tab wraps inside the overlay), and nothing for a screen reader to find under it.
    A translucent overlay shows a still picture of what it covers; an opaque one (the attract screen)
    needs none."""
    children = _children(parent)
    covering = [w for w in children if _is_overlay(w) and w.isVisible()]
    for widget in children:
        if not _is_overlay(widget):
            widget.setEnabled(not covering)
    if covering:
        _freeze(parent, opaque=any(bool(w.property("opaque")) for w in covering))
    else:
        _thaw(parent)


def refresh_still(parent: QWidget) -> None:
    """What lies under an open overlay changed (a new text size, contrast or language): picture it again."""
    if not any(w.property(FROZEN) for w in _children(parent)):
        return
    opaque = any(bool(w.property("opaque")) for w in _children(parent) if _is_overlay(w) and w.isVisible())
    _thaw(parent)
    if (layout := parent.layout()) is not None:
        layout.activate()
    _freeze(parent, opaque)


class Overlay(QFrame):
    """Covers its parent and follows its size; `card` is the centred panel that holds the content.
    While it is open, what lies under it is inert and focus stays inside it."""

    def __init__(self, parent: QWidget, card_width: float = 0.6, max_width: int = 720, backdrop: str = "backdrop",
                 role: str = "dialog") -> None:
        super().__init__(parent)
        self.setObjectName(backdrop)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card_width = card_width
        self.max_width = max_width
        self.card = QFrame(self)
        self.card.setObjectName("card")
        give_role(self.card, role)  # a screen reader says "dialog" (or reads an alert at once)
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.body = QVBoxLayout(self.card)
        self.body.setContentsMargins(32, 28, 32, 24)
        self.body.setSpacing(16)
        parent.installEventFilter(self)
        self.hide()

    def retranslate(self) -> None:
        """Subclasses set their interface words here; it runs again on every change of language."""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def open(self) -> None:
        self.fit()
        self.show()
        self.raise_()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if (parent := self.parentWidget()) is not None:
            sync_inert(parent)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if (parent := self.parentWidget()) is not None:
            sync_inert(parent)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.fit()
            if isinstance(watched, QWidget):
                refresh_still(watched)
        return False

    def cover(self) -> tuple[QWidget, int] | None:
        """Cover the parent; return it and the card's width (its share of the parent, 320 px at least, and
        at most `max_width` at normal text). Larger text widens both, up to 92% of the parent, so its lines
        keep their words (at 42 px in a portrait kiosk's half width, a line held 20 letters)."""
        parent = self.parentWidget()
        if parent is None:
            return None
        self.setGeometry(parent.rect())
        growth = max(1.0, self.fontInfo().pixelSize() / NORMAL_UI_PX)
        share = min(max(self.card_width, 0.92), self.card_width * growth)
        return parent, min(round(self.max_width * growth), max(320, int(parent.width() * share)))

    def fit(self) -> None:
        if (covered := self.cover()) is None:
            return
        parent, width = covered
        self.card.setFixedWidth(width)
        # As tall as its words need at this width (its size hint guesses a width of its own: in a portrait
        # window that left the end card's message a third too short, cut off top and bottom).
        layout = self.card.layout()
        height = max(self.card.minimumSizeHint().height(), layout.totalHeightForWidth(width)
                     if layout is not None and layout.hasHeightForWidth() else self.card.sizeHint().height())
        self.card.resize(width, height)
        self.card.move((parent.width() - width) // 2, max(16, (parent.height() - height) // 2))


class DismissibleOverlay(Overlay):
    """A card the visitor may close: Esc asks to close it, and so (unless switched off) does a tap
    outside the card. The window decides what closing means, through `close_requested`."""

    close_requested = Signal()
    closes_on_outside_tap = True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.closes_on_outside_tap:
            super().mousePressEvent(event)
            return
        if not self.card.geometry().contains(event.position().toPoint()):
            self.close_requested.emit()
        event.accept()


def card_scroll(card: QWidget, content: QWidget, name: str) -> QScrollArea:
    """A frameless area in a card that scrolls `content` up and down (by finger too) when the window is too
    short for it; the card's own background shows through."""
    area = QScrollArea(card)
    area.setObjectName(name)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    content.setAutoFillBackground(False)
    area.viewport().setAutoFillBackground(False)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    EdgeFade(area, QPalette.ColorRole.Base)  # (a card is the surface colour) more below: a soft edge says so
    return area


class MoreBelow(QPushButton):
    """"More below ↓" beside a card's Close while its words go on below the card's edge: a scroll bar and a
    soft edge were the only signs, and a reader missed the last warning signs of the help card. A press
    shows the next card's worth (a line of it kept in view); gone at the end."""

    def __init__(self, area: QScrollArea, parent: QWidget) -> None:
        super().__init__(parent)
        self.area = area
        self.hide()
        self.clicked.connect(self.page_down)
        bar = area.verticalScrollBar()
        bar.valueChanged.connect(self.sync)
        bar.rangeChanged.connect(self.sync)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("More below ↓"))
        self.setAccessibleName(self.tr("Show more of the words below"))

    def sync(self) -> None:
        bar = self.area.verticalScrollBar()
        more = bar.maximum() > 0 and bar.value() < bar.maximum() - END
        if more == self.isHidden():
            if not more and self.hasFocus():
                self.focusNextChild()  # (focus never falls out of the card with it)
            self.setVisible(more)

    def page_down(self) -> None:
        bar = self.area.verticalScrollBar()
        words = self.area.widget()
        line = words.fontMetrics().lineSpacing() if words is not None else 0
        bar.setValue(bar.value() + max(bar.pageStep() - 2 * line, line))
