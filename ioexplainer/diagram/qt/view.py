"""The widget that paints the current diagram frame(s); it paints only when the player moves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QHideEvent, QPainter, QPaintEvent, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ioexplainer.content.model import DiagramText
from ioexplainer.core.colours import FOCUS
from ioexplainer.diagram.paint.painter import MIN_LABEL_PX, legend, legend_of, paint
from ioexplainer.diagram.qt.player import Player
from ioexplainer.diagram.story.camera import turned
from ioexplainer.diagram.story.labels import Placed
from ioexplainer.diagram.story.story import frames_at, is_comparison, still_time

SMALL_RESIZE = 0.1  # of the width and height: a resize this small keeps the picture turned or upright
JUMP = 0.5  # s of the story between two pictures drawn one after the other: more, and the picture jumped


class DiagramView(QWidget):
    """Draws the player's frames; tells the player when it is shown or hidden."""

    legend_changed = Signal(str)  # "1 = Healthy cell ..." for labels drawn as numbered badges

    def __init__(self, player: Player, texts: DiagramText, family: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.family = family
        self.show_labels = True
        self.label_px = MIN_LABEL_PX
        self.focus_ring = True  # drawn while the picture has keyboard focus (the window: once a key is pressed)
        self.paint_count = 0
        self.legend = ""
        # Whether a legend fits the line kept for it under the picture (None: any does). Between two steps
        # badges no still picture needs came and went; their names took a second line, and on a 1366x768
        # laptop the buttons under the picture moved 58 px for a second at the start of "What to expect".
        self.legend_fits: Callable[[str], bool] | None = None
        self.placed: list[Placed] = []  # the labels drawn last (for the layout report)
        self._painted: tuple[str, float] | None = None  # the mode and time of the picture drawn last
        self.turn: bool | None = None  # the picture drawn turned a quarter (None: not yet sized)
        self._legends: tuple[tuple[object, ...], tuple[str, ...]] = ((), ())  # (what they were worked out for, them)
        self.texts = texts
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paint() covers every pixel: skip the parent
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # keep the scene's 16:9 shape; no wasted pixels to paint
        self.setSizePolicy(policy)
        self.setMinimumSize(240, 135)
        self.retranslate()
        player.frame_changed.connect(self.update)
        player.set_visible(False)  # until it is really on screen: a diagram never shown runs no timer

    def set_texts(self, texts: DiagramText) -> None:
        self.texts = texts
        self.update()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Diagram: T cells and cancer cells"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width * 9 / 16)

    def set_label_px(self, px: float) -> None:
        """The smallest label text, in pixels (it follows the window's text size)."""
        self.label_px = px
        self.update()

    def set_labels(self, shown: bool) -> None:
        self.show_labels = shown
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Turned or not, chosen afresh for a new size; across a small resize (a window being dragged), the
        last choice holds until the other way shows the scene larger by more than a gain of 1 (see
        camera.turned): the scene does not flip back and forth at the threshold."""
        super().resizeEvent(event)
        old, new = event.oldSize(), event.size()
        small = (self.turn is not None and old.width() > 0 and old.height() > 0
                 and abs(new.width() - old.width()) <= SMALL_RESIZE * old.width()
                 and abs(new.height() - old.height()) <= SMALL_RESIZE * old.height())
        self.turn = turned(new.width(), new.height(), self.turn if small else None)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paint_count += 1
        frames = self.player.frames()
        titles = [self.texts.title(f.scenario) for f in frames] if is_comparison(self.player.mode) else []
        painter = QPainter(self)
        try:
            fits = self.legend_fits
            drawn = paint(painter, QRectF(self.rect()), frames, self.texts.labels, self.show_labels, titles,
                          self.family, label_px=self.label_px, turn=self.turn,
                          room=None if fits is None else lambda placed: fits(legend(placed)),
                          steady=self._goes_on())
        finally:
            painter.end()
        if self.hasFocus() and self.focus_ring:  # keyboard users see where they are: a clear ring inside the picture
            ring = QPainter(self)
            ring.setPen(QPen(QColor(FOCUS), 4))
            ring.drawRect(QRectF(self.rect()).adjusted(2, 2, -2, -2))
            ring.end()
        self.placed = drawn
        words = legend(drawn)
        if words != self.legend:  # badges in the picture: their names under it
            self.legend = words
            self.legend_changed.emit(words)

    def _goes_on(self) -> bool:
        """Whether this picture follows on from the one drawn last (the story moving, or a small drag of the
        scrubber): its labels then try first where they sat, and stay put while they can. A picture that
        jumps (a new step, a topic, a still picture) places them afresh, at their best: a still showed
        the places of the step before it, found mid-zoom ("PD-1" at the end of a long line, room beside it)."""
        now = (self.player.mode, self.player.t)
        last, self._painted = self._painted, now
        return last is not None and last[0] == now[0] and abs(now[1] - last[1]) <= JUMP

    def step_legends(self) -> tuple[str, ...]:
        """The legend each step of the scenario on screen needs at this size, as its still picture shows it
        (worked out once per scenario, size, text size and language): the line under the picture keeps the
        height of the tallest, so the buttons under it do not move when badges come at one step."""
        player = self.player
        if not self.show_labels or self.width() < 50 or self.height() < 50:
            return ()
        key = (player.mode, self.width(), self.height(), self.label_px, self.turn, self.family, id(self.texts))
        if key != self._legends[0]:
            titles = [self.texts.title(f.scenario) for f in frames_at(player.mode, 0.0)] if is_comparison(
                player.mode) else []
            words = tuple(legend_of(QRectF(self.rect()), frames_at(player.mode, still_time(player.mode, step)),
                                    self.texts.labels, titles, self.family, self.label_px, self.turn)
                          for step in range(player.timeline.phase_count))
            self._legends = (key, tuple(sorted({w for w in words if w})))
        return self._legends[1]

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.player.set_visible(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.player.set_visible(False)
