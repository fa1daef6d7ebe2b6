"""Measure the diagram: paint time per frame, CPU while animating, timer wake-ups while paused."""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QRectF, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from ioexplainer.diagram.paint.painter import paint
from ioexplainer.diagram.qt.player import FRAME_MS
from ioexplainer.diagram.story.registry import REGISTRY
from ioexplainer.diagram.story.story import Timeline, frames_at

if TYPE_CHECKING:
    from ioexplainer.diagram.qt.widget import DiagramWidget

WINDOW = (1920, 1080)
PLAYED_FPS = 1000 // FRAME_MS  # the diagram's frame rate (25 frames/s)


@dataclass(frozen=True)
class DiagramBench:
    """What the benchmark measured."""

    played_median_ms: float  # the frames a viewer sees, one after another at the diagram's frame rate
    played_p95_ms: float
    played_first_median_ms: float  # the first time through (each cell picture drawn once)
    played_frames: int
    paint_median_ms: float  # every frame a different moment: the worst case for the caches
    paint_p95_ms: float
    first_pass_median_ms: float
    frames_painted: int
    animate_seconds: float
    animate_fps: float
    animate_cpu_percent: float
    read_seconds: float
    read_fps: float
    read_cpu_percent: float
    paused_seconds: float
    paused_timer_events: int
    paused_paints: int

    def lines(self) -> list[str]:
        return [
            f"paint 1920x1080 as played ({self.played_frames} frames of both scenarios, one after another at "
            f"{PLAYED_FPS} frames/s): median {self.played_median_ms:.2f} ms (budget 2 ms), 95th percentile "
            f"{self.played_p95_ms:.2f} ms; the first time through: median {self.played_first_median_ms:.2f} ms",
            f"paint 1920x1080, every frame a different moment (worst case for the caches): median "
            f"{self.paint_median_ms:.2f} ms, 95th percentile {self.paint_p95_ms:.2f} ms over {self.frames_painted} "
            f"frames (first pass: median {self.first_pass_median_ms:.2f} ms)",
            f"playing the whole story as a reader sees it ({self.read_seconds:.0f} s from step 1, each step held "
            f"until its words are read) in the {WINDOW[0]}x{WINDOW[1]} window: {self.read_fps:.1f} frames/s, "
            f"CPU {self.read_cpu_percent:.1f}% of one core (budget 6%)",
            f"moving without a pause for {self.animate_seconds:.0f} s (the worst case): "
            f"{self.animate_fps:.1f} frames/s, CPU {self.animate_cpu_percent:.1f}% of one core",
            f"paused {self.paused_seconds:.0f} s: {self.paused_timer_events} timer wake-ups of the diagram, "
            f"{self.paused_paints} paints",
        ]


class TimerCounter(QObject):
    """Counts timer events delivered to the objects it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Timer:
            self.count += 1
        return False


def _paint_time(image: QImage, mode: str, t: float) -> float:
    texts = {"t-cell": "Killer T cell", "cancer-cell": "Cancer cell"}  # label text length is what costs time
    frame = frames_at(mode, t)
    start = time.perf_counter()
    painter = QPainter(image)
    paint(painter, QRectF(0, 0, image.width(), image.height()), frame, texts)
    painter.end()
    return time.perf_counter() - start


def paint_times(frames: int = 300, size: tuple[int, int] = (1920, 1080)) -> list[float]:
    """Seconds to paint each of `frames` frames, spread evenly over both scenarios (each a different moment
    from the one before: the worst case for the caches)."""
    image = QImage(size[0], size[1], QImage.Format.Format_ARGB32_Premultiplied)
    names = REGISTRY.scenario_names()
    return [_paint_time(image, names[i % len(names)],
                        Timeline.of(names[i % len(names)]).total * (i // 2) / max(1, frames // 2))
            for i in range(frames)]


def played_times(seconds: float | None = None, size: tuple[int, int] = (1920, 1080)) -> list[float]:
    """Seconds to paint each frame a viewer sees: the "before" and "after" stories, each frame the next one
    at PLAYED_FPS (the first `seconds` of each, or the whole story)."""
    image = QImage(size[0], size[1], QImage.Format.Format_ARGB32_Premultiplied)
    result = []
    for mode in ("before", "after"):
        total = Timeline.of(mode).total if seconds is None else min(seconds, Timeline.of(mode).total)
        result += [_paint_time(image, mode, k / PLAYED_FPS) for k in range(int(total * PLAYED_FPS))]
    return result


def run_for(seconds: float) -> None:
    """Let Qt's event loop run for `seconds` (timers fire, frames paint, deferred deletions happen)."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def _idle_for(seconds: float) -> None:
    """Let Qt handle events for a while without a timer of our own (so none is counted)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.02)


def whole_pass(reading: Sequence[float], durations: Sequence[float]) -> float:
    """Seconds one pass of a story takes when each step stays until its words have been read."""
    return sum(max(duration, reading[i] if i < len(reading) else 0.0) for i, duration in enumerate(durations))


def _playing(widget: DiagramWidget, seconds: float) -> tuple[float, float, float]:
    """(seconds, frames a second, percent of a core) while the diagram plays on for `seconds`."""
    painted = widget.view.paint_count
    cpu, wall = time.process_time(), time.perf_counter()
    run_for(seconds)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return wall, (widget.view.paint_count - painted) / wall, 100 * cpu / wall


def run(frames: int = 300, animate_seconds: float = 10.0, paused_seconds: float = 3.0,
        read_seconds: float | None = None, played_seconds: float | None = None) -> DiagramBench:
    """Run every measurement (needs a QApplication; works offscreen). The story is played as read for
    `read_seconds`, or for one whole pass (about a minute) when not given; its frames are painted one
    after another for `played_seconds` of each scenario, or the whole of each."""
    from ioexplainer.app.main import build_window
    from ioexplainer.core.settings import Settings

    app = QApplication.instance()
    assert isinstance(app, QApplication), "create a QApplication first"
    played_first = sorted(played_times(played_seconds))  # the first pass also draws every sprite once
    played = sorted(played_times(played_seconds))
    cold = sorted(paint_times(frames))
    times = sorted(paint_times(frames))
    window = build_window(Settings(), remember=False)  # the real window, as a kiosk shows it
    window.resize(*WINDOW)
    window.show()
    window.session.go_to("how-treatment-works")
    QCoreApplication.processEvents()
    widget = window.diagram
    player = widget.player
    player.loop = True
    player.seek(0.0)
    player.play_all()
    if read_seconds is None:
        read_seconds = whole_pass(player.reading.get(player.mode, ()), player.timeline.durations)
    read = _playing(widget, read_seconds)
    reading, player.reading = player.reading, {}  # no pauses for reading: it moves all the time
    moving = _playing(widget, animate_seconds)
    player.reading = reading
    player.pause()
    QCoreApplication.processEvents()
    counter = TimerCounter()
    watched = [widget.player, *widget.player.findChildren(QTimer), widget.view, widget.controls.scrubber]
    for thing in watched:  # per object: a Python filter on the whole application can crash PySide6
        thing.installEventFilter(counter)
    painted = widget.view.paint_count
    _idle_for(paused_seconds)
    for thing in watched:
        thing.removeEventFilter(counter)
    paused_paints = widget.view.paint_count - painted
    window.close()
    return DiagramBench(
        played_median_ms=statistics.median(played) * 1000, played_p95_ms=played[int(len(played) * 0.95)] * 1000,
        played_first_median_ms=statistics.median(played_first) * 1000, played_frames=len(played),
        paint_median_ms=statistics.median(times) * 1000, paint_p95_ms=times[int(len(times) * 0.95)] * 1000,
        first_pass_median_ms=statistics.median(cold) * 1000,
        frames_painted=len(times), animate_seconds=moving[0], animate_fps=moving[1], animate_cpu_percent=moving[2],
        read_seconds=read[0], read_fps=read[1], read_cpu_percent=read[2],
        paused_seconds=paused_seconds, paused_timer_events=counter.count, paused_paints=paused_paints)
