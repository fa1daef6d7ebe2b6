"""The topic navigator: every topic in reading order, the current one highlighted."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QHideEvent, QPainter, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ioexplainer.content.model import Topic
from ioexplainer.core.keep_together import keep_together

SLUG_ROLE = Qt.ItemDataRole.UserRole
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
READ_ROLE = Qt.ItemDataRole.UserRole + 2
V_PADDING = 22
SUMMARY_SCALE = 0.95  # of the title's size: the topic's few words under it (16 px at normal text; it was 14)
CHECK = 18  # the "already read" tick, pixels


class _TopicDelegate(QStyledItemDelegate):
    """Each topic: its title, its one-line summary under it (touch screens show no hover tips), and a tick
    once this visitor has read it. Everything wraps; nothing is cut off."""

    def _width(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> int:
        """The width the title wraps in when painted (the styled item's text area, less the tick's room), so
        that an item is as tall as its lines: an estimate narrower than that left blank rows under items.
        The line under it has the tick's room too (it sits beside the title's first line)."""
        view = self.parent()
        if not isinstance(view, QListWidget):
            return 200
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.rect = QRect(0, 0, view.viewport().width(), 100)
        area = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
        return max(80, area.width() - CHECK - 4)

    def _summary_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPixelSize(max(12, round(option.font.pixelSize() * SUMMARY_SCALE)))
        return font

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self._width(option, index)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        summary = str(index.data(SUMMARY_ROLE) or "")
        high = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, title).height()
        small = QFontMetrics(self._summary_font(option))
        wide = width + CHECK + 4  # (under the title: the tick's room too)
        high += small.boundingRect(QRect(0, 0, wide, 10_000), Qt.TextFlag.TextWordWrap, summary).height() + 4
        return QSize(width, high + V_PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # background, selection
        whole = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        area = whole.adjusted(0, 0, -CHECK - 4, 0)  # the title leaves room for the tick beside it
        colour = opt.palette.color(QPalette.ColorRole.Text)
        painter.save()
        painter.setPen(colour)
        painter.setFont(opt.font)
        used = painter.boundingRect(area, Qt.TextFlag.TextWordWrap, title)
        painter.drawText(area, Qt.TextFlag.TextWordWrap, title)
        painter.setFont(self._summary_font(opt))
        # The theme's muted text (7:1 on white). Not the list's own palette: its style sheet sets a text colour,
        # and Qt then makes its placeholder colour that text at half strength (3.1:1, too faint to read).
        painter.setPen(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(whole.adjusted(0, used.height() + 4, 0, 0), Qt.TextFlag.TextWordWrap,
                         str(index.data(SUMMARY_ROLE) or ""))
        if index.data(READ_ROLE):  # a drawn tick (no font needed): "you have read this"
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(colour, 3))
            x, y = area.right() + 6, area.top() + used.height() / 2
            painter.drawPolyline([QPointF(x, y), QPointF(x + 5, y + 5), QPointF(x + 14, y - 6)])
        painter.restore()


class Navigator(QListWidget):
    """A list of topics; choosing one (click, tap, Enter) emits `topic_chosen`."""

    topic_chosen = Signal(str)

    def __init__(self, topics: tuple[Topic, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.retranslate()
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setItemDelegate(_TopicDelegate(self))
        self.read: set[str] = set()  # topics this visitor has opened (cleared for the next one)
        self._hidden_scroll = 0
        self.set_topics(topics)
        self.itemClicked.connect(self._on_item_activated)
        self.itemActivated.connect(self._on_item_activated)

    def set_topics(self, topics: tuple[Topic, ...]) -> None:
        """List these topics (in reading order), keeping the current one highlighted."""
        current = self.current_slug()
        self.clear()
        for number, topic in enumerate(topics, start=1):
            item = QListWidgetItem(f"{number}. {topic.title}")
            item.setData(SLUG_ROLE, topic.slug)
            item.setToolTip(topic.summary)
            item.setData(SUMMARY_ROLE, keep_together(topic.tile_words))  # (its tagline; the whole summary is spoken)
            item.setData(READ_ROLE, topic.slug in self.read)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, topic.summary)
            self.addItem(item)
            self.setRowHidden(self.count() - 1, not self.isVisible())  # see hideEvent
        if current is not None:
            self.set_current(current)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Topics"))
        self.setAccessibleDescription(self.tr("Choose a topic to read. Use the arrow keys and Enter."))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def visitor_state(self) -> object:
        return self.verticalScrollBar().value(), tuple(sorted(self.read))

    def reset_visitor(self) -> None:
        self.read.clear()
        current = self.current_slug()
        for row in range(self.count()):
            item = self.item(row)
            item.setData(READ_ROLE, item.data(SLUG_ROLE) == current)  # only the topic on screen now
        if current is not None:
            self.read.add(current)
        self.scrollToTop()

    def set_current(self, slug: str) -> None:
        """Highlight the topic with this slug without emitting `topic_chosen`."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(SLUG_ROLE) == slug:
                self.read.add(slug)
                item.setData(READ_ROLE, True)
                self.blockSignals(True)
                self.setCurrentItem(item)
                self.blockSignals(False)
                self.scrollToItem(item)
                return

    def current_slug(self) -> str | None:
        item = self.currentItem()
        return str(item.data(SLUG_ROLE)) if item is not None else None

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.topic_chosen.emit(str(item.data(SLUG_ROLE)))

    def hideEvent(self, event: QHideEvent) -> None:
        """Hidden by the app (under the kiosk's attract screen): hide the rows from screen readers too.

        Qt reports a list item as showing whenever its rectangle overlaps the list's, even when the list
        itself is hidden, so a screen reader would still read the topics under the attract screen. Hidden
        rows have no rectangle. (A minimised window is hidden by the system: nothing to do then.)
        """
        super().hideEvent(event)
        if not event.spontaneous():
            self._hidden_scroll = self.verticalScrollBar().value()
            for row in range(self.count()):
                self.setRowHidden(row, True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if any(self.isRowHidden(row) for row in range(self.count())):
            for row in range(self.count()):
                self.setRowHidden(row, False)
            self.doItemsLayout()  # lay the rows out now, not on Qt's next timer: they are on screen at once
            self.verticalScrollBar().setValue(self._hidden_scroll)

    def selectionChanged(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        super().selectionChanged(selected, deselected)
        # Checked once the event is over: the keyboard and mouse move the current item together with the
        # selection, but Qt updates the current item just after this call.
        QTimer.singleShot(0, self._follow_assistive_selection)

    def _follow_assistive_selection(self) -> None:
        """Open a topic chosen through assistive technology.

        A screen reader's only action on a list item ("Toggle") selects the item without making it the
        current one (keyboard and mouse always do both). Such a selection opens the topic, so the action a
        screen reader offers does what a click does. Toggling the open topic off reopens it, so the list
        never loses its highlight.
        """
        selected = self.selectedItems()
        current = self.currentItem()
        if len(selected) == 1 and selected[0] is not current:
            self.blockSignals(True)
            self.setCurrentItem(selected[0])
            self.blockSignals(False)
            self._on_item_activated(selected[0])
        elif not selected and current is not None:
            self.blockSignals(True)
            self.setCurrentItem(current)
            current.setSelected(True)
            self.blockSignals(False)
            self._on_item_activated(current)
