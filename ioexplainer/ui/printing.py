"""Print a topic or save it as a PDF: one A4 page in large, clear type, with its help box and sources.

Qt does it all (QTextDocument laid out on a QPdfWriter or QPrinter): no outside tool, no network.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ioexplainer.content.help import HelpBox
from ioexplainer.content.model import Topic
from ioexplainer.ui.topic_document import fill

LARGEST_PT = 16.0  # large print guidance asks 14-16 pt; we start there and shrink only to save a page
SMALLEST_PT = 13.0  # never smaller: a longer topic takes another page instead
MARGIN_MM = 14.0
A4_POINTS = QSizeF(595.0, 842.0)


def paper_document(topic: Topic, help_box: HelpBox | None, family: str | None, point_size: float) -> QTextDocument:
    document = QTextDocument()
    font = QFont(family) if family else QFont()
    font.setPointSizeF(point_size)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    fill(document, topic, help_box, always_help=True)  # on paper at home, the signs to act on go too
    margin = MARGIN_MM / 25.4 * 72
    document.setPageSize(QSizeF(A4_POINTS.width() - 2 * margin, A4_POINTS.height() - 2 * margin))
    return document


def fewest_pages(topic: Topic, help_box: HelpBox | None, family: str | None) -> QTextDocument:
    """The largest type (16 pt down to 13 pt) at which the topic takes the fewest A4 pages (one, for most)."""
    sizes = [LARGEST_PT - 0.5 * step for step in range(int((LARGEST_PT - SMALLEST_PT) / 0.5) + 1)]
    documents = [paper_document(topic, help_box, family, size) for size in sizes]
    fewest = min(d.pageCount() for d in documents)
    return next(d for d in documents if d.pageCount() == fewest)


def print_on(device: QPagedPaintDevice, topic: Topic, help_box: HelpBox | None, family: str | None) -> int:
    """Lay the topic out on a printer or PDF writer; returns the number of pages."""
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    document = fewest_pages(topic, help_box, family)
    document.print_(device)
    return document.pageCount()


def save_pdf(path: Path, topic: Topic, help_box: HelpBox | None, family: str | None) -> int:
    """Write the topic to a PDF file; returns the number of pages (raises OSError if it cannot be written)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(topic.title)
    writer.setCreator("ioexplainer")
    pages = print_on(writer, topic, help_box, family)
    del writer  # the file is finished when the writer goes
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")
    return pages
