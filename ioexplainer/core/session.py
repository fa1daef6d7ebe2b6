"""What one visitor has done: current topic, history, text size, open card (pure, resettable)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class History:
    """Browser-like back/forward stacks of topic slugs."""

    back: list[str] = field(default_factory=list)
    forward: list[str] = field(default_factory=list)

    def visit(self, previous: str | None) -> None:
        """Record leaving `previous` for a new topic: it goes on the back stack, forward is cleared."""
        if previous is not None:
            self.back.append(previous)
        self.forward.clear()

    def go_back(self, current: str) -> str | None:
        """The topic to show for Back, moving `current` to the forward stack."""
        if not self.back:
            return None
        self.forward.append(current)
        return self.back.pop()

    def go_forward(self, current: str) -> str | None:
        """The topic to show for Forward, moving `current` to the back stack."""
        if not self.forward:
            return None
        self.back.append(current)
        return self.forward.pop()

    def clear(self) -> None:
        self.back.clear()
        self.forward.clear()


@dataclass
class SessionState:
    """Every piece of state a visitor can change; `reset()` returns all of it to the defaults."""

    home: str | None
    default_text_size: str
    topic: str | None = None
    text_size: str = ""
    card: str | None = None
    history: History = field(default_factory=History)

    def __post_init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Back to the state a new visitor should see."""
        self.topic = self.home
        self.text_size = self.default_text_size
        self.card = None
        self.history.clear()

    def go_to(self, slug: str) -> bool:
        """Show a topic, recording history; False if it is already shown."""
        if slug == self.topic:
            return False
        self.history.visit(self.topic)
        self.topic = slug
        return True

    def back(self) -> bool:
        if self.topic is None:
            return False
        target = self.history.go_back(self.topic)
        if target is None:
            return False
        self.topic = target
        return True

    def forward(self) -> bool:
        if self.topic is None:
            return False
        target = self.history.go_forward(self.topic)
        if target is None:
            return False
        self.topic = target
        return True
