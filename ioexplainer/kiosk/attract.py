"""The attract screen between visitors: a calm looping animation and 'Touch to learn' in every language."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ioexplainer.content.model import DiagramText
from ioexplainer.diagram.qt.player import Player
from ioexplainer.diagram.qt.view import DiagramView
from ioexplainer.diagram.story.camera import WIDE, framing
from ioexplainer.diagram.story.registry import REGISTRY
from ioexplainer.diagram.story.story import still_time
from ioexplainer.ui.overlay import sync_inert

ATTRACT_FRAME_MS = 167  # 6 frames a second: the cells drift slowly, and the screen runs all day (budget 3% of a core)
ATTRACT_PHASE = 3  # "attack": the clearest picture of what the treatment does
HOPEFUL = ("rematch", "expand")  # the loop: the T cell freed and switched on, attacking, more T cells
CLIP_REGION = (250.0, 10.0, 1190.0, 890.0)  # scene units where the loop's cells are (story test keeps it so)
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
        self.player.still_camera = WIDE  # (framed on the clip for the picture's shape: see _compose)
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
        # The picture and, beside it (landscape) or under it (portrait), the words and the button.
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(48, 40, 48, 40)
        self.box.setSpacing(40)
        self.box.addWidget(self.view)
        self.words = words = QVBoxLayout()
        words.setSpacing(12)
        words.addStretch(1)
        for number, label in enumerate(self.phrases):
            label.setObjectName("attractMain" if number == 0 else "attractOther")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            words.addWidget(label)
        words.addSpacing(24)
        self.start = QPushButton(start_words, self)
        self.start.setObjectName("attractStart")
        self.start.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.start.clicked.connect(self.touched)
        words.addWidget(self.start, 0, Qt.AlignmentFlag.AlignHCenter)
        words.addStretch(1)
        self.box.addLayout(words)
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
        """Landscape: the picture beside the words, three fifths of the width; portrait: the picture over
        them, all the height they leave (the scene drawn turned). Either way framed on where the clip
        happens, as large as it fits: a 16:9 strip over the words was 1270x266 on a 1366x768 kiosk, its
        attacking T cell 50 px across."""
        tall = height > width
        self.start.setMinimumWidth(self.start.sizeHint().width())  # its words whole, whatever the column
        self.box.setDirection(QBoxLayout.Direction.TopToBottom if tall else QBoxLayout.Direction.LeftToRight)
        self.box.setStretch(0, 1 if tall else 3)
        self.box.setStretch(1, 0 if tall else 2)
        self.box.activate()
        self.player.still_camera = framing(self.view.width(), self.view.height(), CLIP_REGION)
        self.view.update()

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
