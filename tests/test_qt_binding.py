"""Guard against a Qt binding that mishandles references to None (PySide6 6.12.0 on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter


def test_void_calls_do_not_release_none(qapp) -> None:
    """Each void call in the bad release dropped one reference to None; a kiosk would crash within minutes."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(500):
        painter.save()
        painter.translate(1.0, 0.0)
        painter.drawLine(QPointF(0, 0), QPointF(1, 1))
        painter.restore()
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 10, f"None lost {before - after} references: use another PySide6 release"
