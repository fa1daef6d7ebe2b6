"""`ioexplainer render`: write diagram frames as numbered PNG files, headless."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from ioexplainer.content.model import DiagramText
from ioexplainer.diagram.paint import palette
from ioexplainer.diagram.paint.painter import paint
from ioexplainer.diagram.story.story import Timeline, frames_at, is_comparison, still_time


def render_image(mode: str, t: float, size: tuple[int, int], texts: DiagramText, labels: bool = True,
                 family: str | None = None) -> QImage:
    """One picture of the diagram at time t (needs a QGuiApplication)."""
    image = QImage(size[0], size[1], QImage.Format.Format_ARGB32_Premultiplied)
    frames = frames_at(mode, t)
    titles = [texts.title(f.scenario) for f in frames] if is_comparison(mode) else []
    painter = QPainter(image)
    try:
        drawn = paint(painter, QRectF(0, 0, size[0], size[1]), frames, texts.labels, labels, titles, family)
        legend = "   ".join(f"{one.number} = {one.text}" for one in drawn if one.number)
        if legend:  # numbered badges: their names under the picture, as the app shows them beside it
            _legend(painter, legend, size, family)
    finally:
        painter.end()
    return image


def _legend(painter: QPainter, legend: str, size: tuple[int, int], family: str | None) -> None:
    """The badges' key in a white box along the picture's bottom edge."""
    font = QFont(family) if family else QFont()
    font.setPixelSize(max(14, round(min(size) * 0.024)))
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    pad = font.pixelSize() * 0.5
    box = QRectF(pad, size[1] - metrics.height() - 3 * pad, min(size[0] - 2 * pad, metrics.horizontalAdvance(legend)
                                                                 + 2 * pad), metrics.height() + 2 * pad)
    painter.setPen(QPen(QColor(palette.LABEL_LINE), 1.5))
    painter.setBrush(QColor(palette.LABEL_BOX))
    painter.drawRoundedRect(box, pad, pad)
    painter.setPen(QColor(palette.LABEL_TEXT))
    painter.drawText(box.adjusted(pad, 0, -pad, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, legend)


def frame_times(mode: str, fps: float, stills: bool = False) -> list[float]:
    """Every 1/fps seconds through the story, or one settled moment per phase with `stills`."""
    timeline = Timeline.of(mode)
    if stills:
        return [still_time(mode, i) for i in range(timeline.phase_count)]
    count = math.floor(timeline.total * fps) + 1
    return [min(i / fps, timeline.total) for i in range(count)]


def render_frames(mode: str, out: Path, texts: DiagramText, size: tuple[int, int] = (1920, 1080), fps: float = 4.0,
                  stills: bool = False, labels: bool = True, family: str | None = None) -> list[Path]:
    """Write `<mode>-0000.png`, `<mode>-0001.png`, ... into `out`; return the paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for number, t in enumerate(frame_times(mode, fps, stills)):
        path = out / f"{mode}-{number:04d}.png"
        if not render_image(mode, t, size, texts, labels, family).save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written
