"""A layout that wraps its widgets onto the next line when a row is full (the header's buttons), so no
button is ever squeezed until its words are cut off. After Qt's own Flow Layout example."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Rows of widgets, right-aligned (or left), wrapping downwards; the height follows the width."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10, left: bool = False) -> None:
        super().__init__(parent)
        self._left = left  # rows start at the left edge (in a drawer) instead of the right (in the header)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue  # a hidden button takes no room
            wide = item.sizeHint().width()
            if rows[-1] and used + self._spacing + wide > width:
                rows.append([])
                used = 0
            used += (self._spacing if rows[-1] else 0) + wide
            rows[-1].append(item)
        return [row for row in rows if row]

    def _arrange(self, rect: QRect, move: bool) -> int:
        y = rect.y()
        for row in self._rows(rect.width()):
            row_width = sum(i.sizeHint().width() for i in row) + self._spacing * (len(row) - 1)
            row_height = max(i.sizeHint().height() for i in row)
            x = rect.x() + (0 if self._left else max(0, rect.width() - row_width))
            for item in row:
                hint = item.sizeHint()
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (row_height - hint.height()) // 2), hint))
                x += hint.width() + self._spacing
            y += row_height + self._spacing
        return y - rect.y() - self._spacing if y > rect.y() else 0
