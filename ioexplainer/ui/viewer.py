"""The read-only topic viewer: Markdown through Qt's own reader, local resources only."""

from __future__ import annotations

import logging
from math import ceil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleTextUpdateEvent,
    QColor,
    QFontMetricsF,
    QImage,
    QImageReader,
    QResizeEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from ioexplainer.content.help import HelpBox
from ioexplainer.content.links import LinkKind, classify
from ioexplainer.content.model import Topic
from ioexplainer.content.resources import resolve_target
from ioexplainer.core.files import MAX_IMAGE_BYTES, RefusedError, open_guarded
from ioexplainer.ui.announce import announce
from ioexplainer.ui.fonts import line_percent
from ioexplainer.ui.topic_document import MARKDOWN, fill

log = logging.getLogger(__name__)
MAX_PICTURE_PIXELS = 4096 * 4096
MEASURE_EMS = 36  # the longest line, in ems of the body text: about 75 characters, easy to follow back
READING = "#ffe08a"  # the words being read aloud: a soft yellow behind dark text (13:1)
EMPTY = QImage()  # what Qt gets for anything refused
DOCUMENT_MARGIN = 28  # px round the text
PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
NORMAL_BODY_PX = 20  # the body text at the normal text size (theme.TEXT_PX)
HEADING_SCALE = {1: (2.0, 1.55), 2: (1.5, 1.2), 3: (1.2, 1.08)}  # of the body: at normal text, at twice that


class Viewer(QTextBrowser):
    """Shows one topic. Links are never followed by Qt itself: they become signals."""

    term_clicked = Signal(str)
    topic_clicked = Signal(str)
    external_clicked = Signal(str)

    def __init__(self, pack_root: Path | None = None, parent: QWidget | None = None) -> None:
        """`pack_root` is the only folder pictures may come from."""
        super().__init__(parent)
        self.setObjectName("viewer")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.retranslate()
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self._pack_root = pack_root.resolve() if pack_root else None
        self._topic: Topic | None = None
        self._help_box: HelpBox | None = None
        self._rendering = False
        self._rendered = ""  # the words as rendered, to notice any change made from outside
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.document().contentsChange.connect(self._on_contents_change)

    def highlight(self, start: int, length: int) -> None:
        """Mark the words being read aloud (length 0 clears the mark)."""
        if length <= 0:
            self.setExtraSelections([])
            return
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(start, self.document().characterCount() - 1))
        cursor.setPosition(min(start + length, self.document().characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format.setBackground(QColor(READING))
        self.setExtraSelections([selection])
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._limit_lines()

    def height_for_lines(self, lines: int) -> int:
        """The height that shows `lines` lines of body text at once (as the text scrolls past)."""
        pitch = ceil(QFontMetricsF(self.font()).lineSpacing()) * line_percent(self.font()) / 100
        return ceil(lines * pitch + 2 * self.frameWidth())

    def _limit_lines(self) -> None:
        """Lines no longer than about 75 characters, however wide the window: the eye finds the next line.
        Where the pane is wider than that, the column stands in its middle (review: on a kiosk topic with
        no picture, and on a 2560 px laptop, the text kept to the left and 40% of the pane stood empty)."""
        body = self.font().pixelSize() if self.font().pixelSize() > 0 else 20
        # The document's width holds its margins. The scroll bar is counted as there (most topics scroll):
        # a bar that comes and goes would move the column, and lay it out again.
        whole = self.contentsRect().width() - self.verticalScrollBar().sizeHint().width()
        measure = MEASURE_EMS * body
        side = max(0, (whole - measure) // 2)
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, 0, 0)
        width = min(self.viewport().width(), measure)
        if self.lineWrapMode() != QTextEdit.LineWrapMode.FixedPixelWidth or self.lineWrapColumnOrWidth() != width:
            self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
            self.setLineWrapColumnOrWidth(max(200, width))

    def show_topic(self, topic: Topic, help_box: HelpBox | None = None) -> None:
        """Render the topic: title, the help box when the topic asks for it, the Markdown body, the foot."""
        self._topic = topic
        self._help_box = help_box
        # Built apart, then shown at once: edited in place, each styled link reached a screen reader as a
        # change of its own ("immune system", "NK cell", "MHC"... as words removed and put back).
        document = QTextDocument(self)  # (its parent: pictures still come through loadResource)
        document.setDefaultFont(self.font())
        document.setDocumentMargin(DOCUMENT_MARGIN)
        document.documentLayout().setPaintDevice(self.viewport())  # laid out for this screen, as Qt's own
        fill(document, topic, help_box)
        _space_lines(document)
        old = self.document()
        before, ours = old.toPlainText(), old.parent() is self
        self._rendering = True
        try:
            self.setDocument(document)
            self._limit_lines()
        finally:
            self._rendering = False
        if ours:  # Qt deletes only the document it made itself (its text control's): ours are ours to delete
            old.deleteLater()
        document.contentsChange.connect(self._on_contents_change)
        self._rendered = document.toPlainText()
        QAccessible.updateAccessibility(QAccessibleTextUpdateEvent(self, 0, before, self._rendered))  # one change
        self.setAccessibleDescription(topic.summary)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab move from link to link inside the text; say which link was reached."""
        before = self.textCursor().selectionStart(), self.textCursor().selectionEnd()
        moved = super().focusNextPrevChild(next)
        cursor = self.textCursor()
        if self.hasFocus() and cursor.hasSelection() and (cursor.selectionStart(), cursor.selectionEnd()) != before:
            self._on_link_focused()
        return moved

    def _on_link_focused(self) -> None:
        """Qt's AT-SPI bridge has no hyperlinks for text views, so a screen reader would otherwise hear
        nothing when focus moves from link to link."""
        cursor = self.textCursor()
        words = cursor.selectedText().strip()
        if words and cursor.charFormat().isAnchor() and cursor.charFormat().anchorHref():
            announce(self, self.tr("Link: %1").replace("%1", words))

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        """Put the topic back if anything but the viewer itself changed its words.

        `setReadOnly` stops the keyboard and the mouse, but Qt's accessibility interface still lets an
        assistive technology client insert or delete text (AT-SPI's EditableText). Nobody may change what
        a patient reads, so any such change is undone at once by showing the topic again, at the same place.
        """
        if not self._rendering and self._topic is not None:
            QTimer.singleShot(0, self._restore)

    def _restore(self) -> None:
        if self._topic is None or self.document().toPlainText() == self._rendered:
            return  # only formats changed
        scroll = self.verticalScrollBar().value()
        topic, help_box = self._topic, self._help_box
        log.warning("The topic text was changed from outside (accessibility); showing %r again", topic.slug)
        self.show_topic(topic, help_box)
        self.verticalScrollBar().setValue(scroll)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Every resource passes one guarded door. Anything refused comes back as an empty resource, never
        None: None would let Qt load the file itself (and Qt reads devices, pipes and any path)."""
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return QByteArray()  # style sheets, HTML and the like are never loaded
        return load_picture(QUrl(url).toString(), self._topic, self._pack_root)

    def setMarkdown(self, markdown: str) -> None:
        """Every Markdown the viewer shows is read with raw HTML off."""
        self.document().setMarkdown(markdown, MARKDOWN)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        target = url.toString()
        kind = classify(target)
        if kind is LinkKind.TERM:
            self.term_clicked.emit(target.split(":", 1)[1])
        elif kind is LinkKind.TOPIC:
            self.topic_clicked.emit(target.split(":", 1)[1])
        else:
            self.external_clicked.emit(target)


def heading_px(level: int, body_px: int) -> int:
    """A heading's size for body text of `body_px`: Qt's Markdown scale (2x, 1.5x, 1.2x the body) at
    normal text, closing in to 1.55x, 1.2x and 1.08x at twice that size (the title still stands 1.3x over a
    section heading there). Larger text is chosen to read the words; an 80 px title took three lines of a
    1024x768 window and left one line of text under it."""
    at_normal, at_largest = HEADING_SCALE.get(level, HEADING_SCALE[3])
    share = min(1.0, max(0.0, (body_px - NORMAL_BODY_PX) / NORMAL_BODY_PX))
    return round(body_px * (at_normal + (at_largest - at_normal) * share))


def _size_heading(cursor: QTextCursor, block: QTextBlock, px: int) -> None:
    """Each piece of a heading at `px` pixels, in place of Qt's relative size (which, while present,
    overrides a pixel size: it is taken out, not merged over)."""
    pieces = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            pieces.append((fragment.position(), fragment.length(), fragment.charFormat()))
        it += 1
    for position, length, fmt in pieces:
        fmt.clearProperty(QTextFormat.Property.FontSizeAdjustment)
        fmt.setProperty(QTextFormat.Property.FontPixelSize, px)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)
    cursor.setPosition(block.position())


def _space_lines(document: QTextDocument) -> None:
    """Generous line height for paragraphs and clear space above headings, for reading at a distance;
    headings that grow less than the text at larger sizes (see heading_px)."""
    block = document.begin()
    cursor = QTextCursor(document)
    body_px = document.defaultFont().pixelSize()
    percent = line_percent(document.defaultFont())
    while block.isValid():
        fmt = block.blockFormat()
        cursor.setPosition(block.position())
        if fmt.headingLevel() > 0:
            fmt.setTopMargin(18 if block.blockNumber() > 0 else 0)
            fmt.setBottomMargin(6)
            fmt.setLineHeight(115, PROPORTIONAL)
            if body_px > 0:
                _size_heading(cursor, block, heading_px(fmt.headingLevel(), body_px))
        else:
            fmt.setLineHeight(percent, PROPORTIONAL)
            fmt.setBottomMargin(10)
        cursor.setBlockFormat(fmt)
        block = block.next()


def load_picture(target: str, topic: Topic | None, pack_root: Path | None) -> QImage:
    """A picture from inside the pack, decoded with a size limit; an empty image for anything refused."""
    if topic is None or pack_root is None:
        return EMPTY
    resolved = resolve_target(target, topic.path.parent, pack_root)
    if resolved.path is None:
        log.warning("Refused a picture in %s: %s (%s)", topic.path.name, target[:200], resolved.refused)
        return EMPTY
    try:
        data = open_guarded(resolved.path, MAX_IMAGE_BYTES, inside=pack_root)
    except RefusedError as exc:
        log.warning("Refused a picture in %s: %s (%s)", topic.path.name, target[:200], exc)
        return EMPTY
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer)
    reader.setAllocationLimit(MAX_IMAGE_BYTES // (1024 * 1024) * 4)  # megabytes of decoded pixels
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PICTURE_PIXELS:
        log.warning("Refused a picture in %s: %s (not a picture, or over %d pixels)", topic.path.name,
                    target[:200], MAX_PICTURE_PIXELS)
        return EMPTY
    image = reader.read()
    if image.isNull():
        log.warning("Could not decode a picture in %s: %s (%s)", topic.path.name, target[:200], reader.errorString())
        return EMPTY
    return image
