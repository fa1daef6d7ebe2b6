"""What is on screen, as data: every visible widget's rectangle, words, text size and whether its words
fit; and every label drawn in the diagram. `--layout-report FILE.json` writes it for staff and tests."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QListWidget,
    QScrollArea,
    QTextBrowser,
    QWidget,
)

from ioexplainer.diagram.qt.view import DiagramView

KINDS = (QLabel, QAbstractButton, QTextBrowser, QListWidget, QScrollArea, DiagramView)


def _rect(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def _font_px(widget: QWidget) -> float:
    font = widget.font()
    return float(font.pixelSize()) if font.pixelSize() > 0 else font.pointSizeF() * widget.logicalDpiY() / 72


def _clipped(widget: QWidget) -> bool:
    """Whether the widget's words need more room than it has (cut off, or squeezed out of sight)."""
    if isinstance(widget, QAbstractButton) and widget.hasHeightForWidth():  # a tile: its words wrap inside it
        return widget.height() < widget.heightForWidth(widget.width()) - 1
    if isinstance(widget, QAbstractButton):
        return widget.width() < widget.sizeHint().width() - 1 or widget.height() < widget.minimumSizeHint().height()
    if isinstance(widget, QLabel) and widget.text():
        if widget.wordWrap():
            return widget.heightForWidth(widget.width()) > widget.height() + 1
        return widget.fontMetrics().horizontalAdvance(widget.text()) > widget.contentsRect().width() + 1
    return False


def line_pitch(viewer: QTextBrowser) -> float:
    """The distance from one line of body text to the next in the viewer, as laid out (font, line height):
    measured between the first two lines of its longest paragraph. (A paragraph's height over its line
    count is less: its last line has no space under it.) The font's pixel size if no paragraph has two."""
    document, best = viewer.document(), (0, 0.0)
    block = document.begin()
    while block.isValid():
        layout, fmt = block.layout(), block.blockFormat()
        if fmt.headingLevel() == 0 and layout is not None and layout.lineCount() > best[0]:
            best = (layout.lineCount(), layout.lineAt(1).y() - layout.lineAt(0).y() if layout.lineCount() > 1 else 0.0)
        block = block.next()
    return best[1] if best[0] >= 2 else _font_px(viewer)


def _scroll_area_of(widget: QWidget, top: QWidget) -> str:
    """The object name (or class) of the scroll area whose page holds the widget: there, lying beyond the
    window's edge means "scroll to see it", not "cut off"."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return area.objectName() or type(area).__name__
        parent = area
    return ""


def report(window: QWidget, mode: str, text_size: str) -> dict[str, Any]:
    widgets = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, KINDS) or not widget.isVisible() or widget.window() is not window:
            continue
        rect = _rect(widget, window)
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        if isinstance(widget, QTextBrowser):
            text = widget.toPlainText()[:200]
        widgets.append({
            "kind": type(widget).__name__, "name": widget.objectName(), "accessible": widget.accessibleName(),
            "rect": [rect.x(), rect.y(), rect.width(), rect.height()], "text": text, "font_px": _font_px(widget),
            "clipped": _clipped(widget), "elided": "…" in text,
            "inside_window": window.rect().contains(rect),
            "scrolled_in": _scroll_area_of(widget, window),  # the scroll area it lies in ("" if none)
            "scrolls": isinstance(widget, QAbstractScrollArea) and widget.verticalScrollBar().maximum() > 0,
        })
        if isinstance(widget, QTextBrowser):  # how many lines of its body text it shows at once
            pitch = line_pitch(widget)
            widgets[-1] |= {"line_px": round(pitch, 1), "lines": round(widget.viewport().height() / pitch, 1)}
    labels = []
    for view in window.findChildren(DiagramView):
        if view.isVisible():
            origin = view.mapTo(window, QPoint(0, 0))
            for placed in view.placed:
                box = placed.box
                labels.append({"text": placed.text, "badge": placed.number,
                               "rect": [origin.x() + box.left, origin.y() + box.top, box.width, box.height]})
    return {"window": [window.width(), window.height()], "mode": mode, "text_size": text_size,
            "widgets": widgets, "diagram_labels": labels}
