"""A bounded cache of pre-drawn images (cells, labels, background), so a frame is mostly quick copies."""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

DEFAULT_LIMIT = 32 * 1024 * 1024  # bytes of images kept; the oldest unused ones go first


class SpriteCache:
    """Images keyed by what they show; each is drawn once and reused until evicted."""

    def __init__(self, limit_bytes: int = DEFAULT_LIMIT) -> None:
        self.limit = limit_bytes
        self._images: OrderedDict[Hashable, QImage] = OrderedDict()
        self.bytes = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._images)

    def find(self, key: Hashable) -> QImage | None:
        """The cached image for `key`, or None (then call get() with a way to draw it)."""
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def get(self, key: Hashable, width: float, height: float, draw: Callable[[QPainter], None],
            opaque: bool = False) -> QImage:
        """The cached image for `key`, drawing it with `draw` (painter origin at the image centre) if new."""
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
            return image
        self.misses += 1
        image = QImage(max(1, math.ceil(width)), max(1, math.ceil(height)),
                       QImage.Format.Format_RGB32 if opaque else QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent if not opaque else Qt.GlobalColor.white)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            if not opaque:
                painter.translate(image.width() / 2, image.height() / 2)
            draw(painter)
        finally:
            painter.end()
        self._images[key] = image
        self.bytes += image.sizeInBytes()
        while self.bytes > self.limit and len(self._images) > 1:
            _, old = self._images.popitem(last=False)
            self.bytes -= old.sizeInBytes()
        return image

    def clear(self) -> None:
        self._images.clear()
        self.bytes = 0
