"""The attract screen between visitors: a calm looping animation and 'Touch to learn' in every language."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ioexplainer.content.model import DiagramText
from ioexplainer.diagram.qt.player import Player
from ioexplainer.diagram.qt.view import DiagramView
from ioexplainer.diagram.story.registry import REGISTRY
from ioexplainer.diagram.story.story import still_time
from ioexplainer.ui.overlay import sync_inert

ATTRACT_FRAME_MS = 167  # 6 frames a second: the cells drift slowly, and the screen runs all day (budget 3% of a core)
ATTRACT_PHASE = 3  # "attack": the clearest picture of what the treatment does
HOPEFUL = ("rematch", "expand")  # the loop: the T cell freed and switched on, attacking, more T cells
PULSE_MS = 1400  # the start button breathes gently (two looks, swapped: almost no CPU)


class AttractScreen(QFrame):
    """Covers the whole window. Any touch, click or key emits `touched`."""

    touched = Signal()

    def __init__(self, parent: QWidget, phrases: Sequence[str], texts: DiagramText, reduced_motion: bool = False,
                 family: str | None = None, clock: Callable[[], float] | None = None,
                 start_words: str = "Touch to start") -> None:
        super().__init__(parent)
        self.setObjectName("attract")
        self.setProperty("overlay", True)
        self.setProperty("opaque", True)  # nothing shows through: what it covers is hidden, not pictured
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.player = Player(clock, frame_ms=ATTRACT_FRAME_MS) if clock else Player(frame_ms=ATTRACT_FRAME_MS)
        self.player.setParent(self)
        self.player.loop = True
        self.player.wide_only = True
        self.player.set_mode("after")
        timeline = self.player.timeline
        ids = [p.phase_id for p in REGISTRY.scenario("after").phases]
        first, last = ids.index(HOPEFUL[0]), ids.index(HOPEFUL[1])
        self.player.loop_range = (timeline.start_of(first), timeline.start_of(last) + timeline.durations[last])
        self.player.set_reduced_motion(reduced_motion)
        self.view = DiagramView(self.player, texts, family, self)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.phrases = [QLabel(text, self) for text in phrases]
        self.box = layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(self.view)
        layout.addSpacing(24)
        for number, label in enumerate(self.phrases):
            label.setObjectName("attractMain" if number == 0 else "attractOther")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addSpacing(24)
        self.start = QPushButton(start_words, self)
        self.start.setObjectName("attractStart")
        self.start.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.start.clicked.connect(self.touched)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.pulse = QTimer(self)  # runs only while the attract screen shows, and never with reduced motion
        self.pulse.setInterval(PULSE_MS)
        self.pulse.timeout.connect(self._breathe)
        self.setAccessibleName(" / ".join(phrases))
        parent.installEventFilter(self)  # cover the whole window, also after it goes full screen
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
            self._compose(parent.width(), parent.height())
        return False

    def _compose(self, width: int, height: int) -> None:
        """Landscape: the picture (16:9) and the words centred. Portrait: the picture takes all the height
        the words leave (the scene is drawn turned, composed for a tall picture: no empty bands)."""
        tall = height > width
        last = self.box.count() - 1
        self.box.setStretch(0, 0 if tall else 1)
        self.box.setStretch(self.box.indexOf(self.view), 1 if tall else 0)
        self.box.setStretch(last, 0 if tall else 1)

    def open(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
            self._compose(parent.width(), parent.height())
        self.player.seek(still_time("after", ATTRACT_PHASE))  # open on the hopeful picture, then loop
        if not self.player.reduced_motion:
            self.player.play()
            self.pulse.start()
        self.show()
        self.raise_()
        if parent is not None:
            sync_inert(parent)  # nothing under the attract screen can be reached or changed
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _breathe(self) -> None:
        if self.player.reduced_motion:
            self.pulse.stop()
            return
        self.start.setProperty("bright", not bool(self.start.property("bright")))
        self.start.style().unpolish(self.start)
        self.start.style().polish(self.start)

    def close_screen(self) -> None:
        self.player.pause()
        self.pulse.stop()
        self.hide()
        if (parent := self.parentWidget()) is not None:
            sync_inert(parent)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.touched.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()
        self.touched.emit()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.TouchBegin:
            event.accept()
            self.touched.emit()
            return True
        return super().event(event)
