"""The topic navigator: every topic in reading order, the current one highlighted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ioexplainer.content.model import Topic

SLUG_ROLE = Qt.ItemDataRole.UserRole
H_PADDING = 56  # list padding, item padding, the selection bar and room for a scroll bar
V_PADDING = 22


class _WrappingDelegate(QStyledItemDelegate):
    """Sizes each item to its word-wrapped title, so long titles wrap instead of being cut off."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        width = max(80, view.viewport().width() - H_PADDING) if isinstance(view, QListWidget) else 200
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(width, bounds.height() + V_PADDING)


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
        self.setItemDelegate(_WrappingDelegate(self))
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
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, topic.summary)
            self.addItem(item)
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
        return self.verticalScrollBar().value()

    def reset_visitor(self) -> None:
        self.scrollToTop()

    def set_current(self, slug: str) -> None:
        """Highlight the topic with this slug without emitting `topic_chosen`."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(SLUG_ROLE) == slug:
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
