"""The read-only topic viewer: Markdown through Qt's own reader, local resources only."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QImage, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from ioexplainer.content.links import LinkKind, classify
from ioexplainer.content.model import Topic

log = logging.getLogger(__name__)
LINE_HEIGHT_PERCENT = 145
PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value


class Viewer(QTextBrowser):
    """Shows one topic. Links are never followed by Qt itself: they become signals."""

    term_clicked = Signal(str)
    topic_clicked = Signal(str)
    external_clicked = Signal(str)

    def __init__(self, pack_root: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewer")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.retranslate()
        self.document().setDocumentMargin(28)
        self._pack_root = pack_root.resolve() if pack_root else None
        self._topic: Topic | None = None
        self.anchorClicked.connect(self._on_anchor_clicked)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Topic text"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def visitor_state(self) -> object:
        """Where the visitor scrolled to and what they selected."""
        return self.verticalScrollBar().value(), self.textCursor().hasSelection()

    def reset_visitor(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(0)

    @property
    def topic(self) -> Topic | None:
        return self._topic

    def show_topic(self, topic: Topic) -> None:
        """Render the topic's title, summary and Markdown body."""
        self._topic = topic
        self.document().setBaseUrl(QUrl.fromLocalFile(str(topic.path.parent) + "/"))
        self.setMarkdown(f"# {topic.title}\n\n{topic.body.strip()}\n")
        self._space_lines()
        self.setAccessibleDescription(topic.summary)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)

    def _space_lines(self) -> None:
        """Generous line height for paragraphs and clear space above headings, for reading at a distance."""
        block = self.document().begin()
        cursor = QTextCursor(self.document())
        while block.isValid():
            fmt = block.blockFormat()
            if fmt.headingLevel() > 0:
                fmt.setTopMargin(18 if block.blockNumber() > 0 else 0)
                fmt.setBottomMargin(6)
                fmt.setLineHeight(115, PROPORTIONAL)
            else:
                fmt.setLineHeight(LINE_HEIGHT_PERCENT, PROPORTIONAL)
                fmt.setBottomMargin(10)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
            block = block.next()

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Load only local files inside the content pack; never anything remote."""
        url = QUrl(url)
        if url.scheme() not in ("", "file"):
            log.warning("Blocked a remote resource: %s", url.toString())
            return None
        path = Path(url.toLocalFile() if url.scheme() == "file" else url.path())
        if not path.is_absolute() and self._topic is not None:
            path = self._topic.path.parent / path
        path = path.resolve()
        if self._pack_root is None or not path.is_relative_to(self._pack_root) or not path.is_file():
            log.warning("Blocked a resource outside the content pack: %s", path)
            return None
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return QImage(str(path))
        return None

    def _on_anchor_clicked(self, url: QUrl) -> None:
        target = url.toString()
        kind = classify(target)
        if kind is LinkKind.TERM:
            self.term_clicked.emit(target.split(":", 1)[1])
        elif kind is LinkKind.TOPIC:
            self.topic_clicked.emit(target.split(":", 1)[1])
        else:
            self.external_clicked.emit(target)
