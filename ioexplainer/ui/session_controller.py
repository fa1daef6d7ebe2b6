"""The Qt face of SessionState: one place that changes visitor state and announces every change."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ioexplainer.content.model import ContentPack
from ioexplainer.core.session import SessionState
from ioexplainer.core.settings import TEXT_SIZES


class SessionController(QObject):
    """Owns the SessionState; widgets call its slots and listen to its signals."""

    topic_changed = Signal(str)
    history_changed = Signal(bool, bool)  # can go back, can go forward
    text_size_changed = Signal(str)
    card_changed = Signal(str)  # term id, or "" when closed
    reset_done = Signal()

    def __init__(self, pack: ContentPack, text_size: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        home = pack.home.slug if pack.home else None
        self.state = SessionState(home=home, default_text_size=text_size)
        self.text_steps: tuple[str, ...] = TEXT_SIZES  # what Ctrl+Plus and Ctrl+Minus step through

    # -- topics -------------------------------------------------------------------------------------
    def go_to(self, slug: str) -> None:
        if self.pack.topic(slug) is not None and self.state.go_to(slug):
            self._announce_topic()

    def back(self) -> None:
        if self.state.back():
            self._announce_topic()

    def forward(self) -> None:
        if self.state.forward():
            self._announce_topic()

    def home(self) -> None:
        if self.state.home is not None:
            self.go_to(self.state.home)

    def step(self, delta: int) -> None:
        """Move to the next (+1) or previous (-1) topic in reading order."""
        if self.state.topic is None:
            return
        index = self.pack.index_of(self.state.topic) + delta
        if 0 <= index < len(self.pack.topics):
            self.go_to(self.pack.topics[index].slug)

    # -- text size ----------------------------------------------------------------------------------
    def set_text_size(self, size: str) -> None:
        if size in TEXT_SIZES and size != self.state.text_size:
            self.state.text_size = size
            self.text_size_changed.emit(size)

    def change_text_size(self, delta: int) -> None:
        """One step larger or smaller (a kiosk has two steps: its starting size and the largest)."""
        steps = self.text_steps
        current = TEXT_SIZES.index(self.state.text_size)
        # The step at or below the current size (or the first), then `delta` steps on.
        index = max((i for i, size in enumerate(steps) if TEXT_SIZES.index(size) <= current), default=0) + delta
        self.set_text_size(steps[max(0, min(len(steps) - 1, index))])

    # -- glossary card ------------------------------------------------------------------------------
    def open_card(self, term_id: str) -> None:
        self.state.card = term_id
        self.card_changed.emit(term_id)

    def close_card(self) -> None:
        if self.state.card is not None:
            self.state.card = None
            self.card_changed.emit("")

    # -- everything ---------------------------------------------------------------------------------
    def visitor_state(self) -> object:
        return self.state.visitor_state()

    def reset_visitor(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Forget the visitor: home topic, default text size, no history, no card."""
        self.state.reset()
        self.card_changed.emit("")
        self.text_size_changed.emit(self.state.text_size)
        self._announce_topic()
        self.reset_done.emit()

    def _announce_topic(self) -> None:
        if self.state.topic is not None:
            self.topic_changed.emit(self.state.topic)
        self.history_changed.emit(bool(self.state.history.back), bool(self.state.history.forward))
