"""A topic as a QTextDocument: its Markdown, the "When to get help" box, and a foot with its sources and
the month it was last checked. The viewer shows it; printing lays the same document out on paper."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextListFormat,
    QTextTable,
)

from ioexplainer.content.help import HelpBox
from ioexplainer.content.model import Topic
from ioexplainer.core.keep_together import keep_codes

# GitHub Markdown with raw HTML off: HTML in a topic shows as the text it is, so nothing is ever dropped.
MARKDOWN = QTextDocument.MarkdownFeature(QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
                                         | QTextDocument.MarkdownFeature.MarkdownNoHTML.value)
HELP_BORDER = "#a4262c"  # 7.0:1 on white: a clear, calm red edge (graphics need 3:1)
HELP_BACKGROUND = "#fdf3f2"
HELP_TITLE = "#8a1f24"  # 8.9:1 on the box's background
FOOT_TEXT = "#4a5863"  # the theme's muted text, 7.3:1 on white
TERM_LINK = "#3c66de"  # glossary words: underlined, 5.1:1 on white and 3:1 against the body text
TOPIC_LINK = "#1f5f8b"  # links to topics: bold with an arrow, no underline (they look different)
HINT_TEXT = FOOT_TEXT
TABLE_BORDER = "#5b6770"  # 5.9:1 on white: the boxes to tick must be seen (graphics need 3:1)


def use_theme(theme: str) -> None:
    """Link and help-box colours for the "standard" or "high" contrast theme."""
    global TERM_LINK, TOPIC_LINK, HELP_BORDER, HELP_TITLE, FOOT_TEXT, HINT_TEXT, TABLE_BORDER
    high = theme == "high"
    TERM_LINK = "#00307a" if high else "#3c66de"
    TOPIC_LINK = "#00305c" if high else "#1f5f8b"
    HELP_BORDER, HELP_TITLE = ("#7a0010", "#7a0010") if high else ("#a4262c", "#8a1f24")
    FOOT_TEXT = HINT_TEXT = "#262626" if high else "#4a5863"
    TABLE_BORDER = "#000000" if high else "#5b6770"


def fill(document: QTextDocument, topic: Topic, help_box: HelpBox | None = None, always_help: bool = False) -> None:
    """Replace the document's content with the topic (title, help box if the topic asks for it or
    `always_help` (paper to take home), body, foot)."""
    document.setMarkdown(keep_codes(f"# {topic.title}\n\n{topic.body.strip()}\n"), MARKDOWN)  # (PD-L1 whole)
    for table in _tables(document):
        _tidy(table)
    style_links(document)
    _add_hint(document)
    if help_box is not None and (topic.help_box or always_help):
        cursor = QTextCursor(document.firstBlock())
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        insert_help_box(cursor, help_box)
    add_foot(document, topic)


def style_links(document: QTextDocument) -> None:
    """Glossary words underlined in their own colour; topic links bold, with an arrow after them."""
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().isAnchor():
                found.append((fragment.position(), fragment.length(), fragment.text(), fragment.charFormat()))
            it += 1
        block = block.next()
    for position, length, text, fmt in reversed(found):  # from the end, so positions stay right
        href = fmt.anchorHref()
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        if href.startswith("term:"):
            fmt.setForeground(QColor(TERM_LINK))
            fmt.setFontUnderline(True)
            cursor.setCharFormat(fmt)
        elif href.startswith("topic:"):
            fmt.setForeground(QColor(TOPIC_LINK))
            fmt.setFontUnderline(False)
            fmt.setFontWeight(QFont.Weight.Bold)
            cursor.insertText(f"{text} ›", fmt)  # inside a sentence, so no "Read:" before it


def _add_hint(document: QTextDocument) -> None:
    """Under the title, once: how to open the words explained."""
    if "term:" not in document.toMarkdown():
        return
    cursor = QTextCursor(document.firstBlock())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    hint = QTextCharFormat()
    hint.setForeground(QColor(HINT_TEXT))
    hint.setFontItalic(True)
    cursor.insertBlock(QTextBlockFormat(), hint)
    cursor.insertText(QCoreApplication.translate("TopicDocument",
                                                 "Tap or click an underlined word to see what it means."), hint)


def _tables(document: QTextDocument) -> list[QTextTable]:
    found = []
    frames = [document.rootFrame()]
    while frames:
        frame = frames.pop()
        if isinstance(frame, QTextTable):
            found.append(frame)
        frames.extend(frame.childFrames())
    return found


def _tidy(table: QTextTable) -> None:
    """Full width with every cell drawn: Qt's Markdown reader merges a row's empty cells into one, which
    hides the boxes a checklist is for."""
    for row in range(table.rows()):
        column = 0
        while column < table.columns():
            span = table.cellAt(row, column).columnSpan()
            if span > 1:
                table.splitCell(row, column, 1, 1)
            column += 1
    fmt = table.format()
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 98))  # 100 plus the borders would scroll
    fmt.setColumnWidthConstraints(_column_shares(table))
    fmt.setBorderCollapse(True)
    fmt.setBorder(1)
    fmt.setCellPadding(8)
    fmt.setBorderBrush(QColor(TABLE_BORDER))
    table.setFormat(fmt)


def _column_shares(table: QTextTable) -> list[QTextLength]:
    """Columns in set shares of the width, from the header row alone: tables with the same header line up
    one under another (a checklist's "Yes" and "Date it started" in the same place in every section), the
    first column (what you notice) takes the most, and each column to fill in has room to write."""
    columns = table.columns()
    if columns < 2:
        return []
    first = 50.0 if columns == 2 else 40.0
    header = [table.cellAt(0, c).firstCursorPosition().block().text() for c in range(1, columns)]
    weights = [max(len(words), 10) for words in header]
    return ([QTextLength(QTextLength.Type.PercentageLength, first)]
            + [QTextLength(QTextLength.Type.PercentageLength, (100 - first) * w / sum(weights)) for w in weights])


def insert_help_box(cursor: QTextCursor, box: HelpBox) -> None:
    """A framed box at the cursor: the title, the emergency line, the signs as a list, who to call."""
    frame_format = QTextFrameFormat()
    frame_format.setBorder(3)
    frame_format.setBorderBrush(QColor(HELP_BORDER))
    frame_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    frame_format.setBackground(QColor(HELP_BACKGROUND))
    frame_format.setPadding(18)
    frame_format.setTopMargin(14)
    frame_format.setBottomMargin(14)
    frame = cursor.insertFrame(frame_format)
    inside = frame.firstCursorPosition()
    title = QTextCharFormat()
    title.setFontWeight(QFont.Weight.Bold)
    title.setForeground(QColor(HELP_TITLE))
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    plain = QTextCharFormat()
    inside.insertText(box.title, title)
    for line in box.urgent():  # an emergency first: the end of the box may be below the fold
        inside.insertBlock(QTextBlockFormat(), bold)
        inside.insertText(line, bold)
    inside.insertBlock(QTextBlockFormat(), plain)
    inside.insertText(box.intro, plain)
    first = True
    for sign in box.signs:
        if first:
            list_format = QTextListFormat()
            list_format.setStyle(QTextListFormat.Style.ListDisc)
            list_format.setIndent(1)
            inside.insertList(list_format)
            first = False
        else:
            inside.insertBlock()
        inside.insertText(sign, plain)
    for line, style in ((box.phone, bold), (box.hours, plain), (box.tell_them, plain), (box.note, plain)):
        if line:
            inside.insertBlock(QTextBlockFormat(), style)  # a new block outside the list
            current = inside.block().textList()
            if current is not None:
                current.remove(inside.block())
            inside.setBlockFormat(QTextBlockFormat())
            inside.insertText(line, style)


def add_foot(document: QTextDocument, topic: Topic) -> None:
    """'Last checked: November 2026' and the sources, small and calm, under the topic."""
    parts = []
    if topic.updated is not None:
        month = QLocale().toString(QDate(topic.updated.year, topic.updated.month, topic.updated.day), "MMMM yyyy")
        parts.append(QCoreApplication.translate("TopicDocument", "Last checked: %1").replace("%1", month))
    if topic.sources:
        names = "; ".join(f"{s.title}, {s.publisher}" for s in topic.sources)  # (no brackets in brackets)
        parts.append(QCoreApplication.translate("TopicDocument", "Sources: %1").replace("%1", names))
    if not parts:
        return
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    foot = QTextCharFormat()
    foot.setForeground(QColor(FOOT_TEXT))
    block = QTextBlockFormat()
    block.setTopMargin(24)
    for text in parts:
        cursor.insertBlock(block, foot)
        cursor.insertText(text, foot)
        block = QTextBlockFormat()
