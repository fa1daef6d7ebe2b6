"""What one visitor has done (topic, history, text size, open card) and the one reset that forgets it (pure)."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


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

    def reset_visitor(self) -> None:
        self.reset()

    def visitor_state(self) -> tuple[object, ...]:
        return self.topic, tuple(self.history.back), tuple(self.history.forward), self.text_size, self.card

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


@runtime_checkable
class VisitorState(Protocol):
    """Anything that holds what one visitor did. `visitor_state()` is a comparable snapshot of it."""

    def reset_visitor(self) -> None: ...

    def visitor_state(self) -> object: ...


class Visitor:
    """Every piece that holds visitor state registers here; one `reset()` forgets the visitor everywhere.

    Pieces reset in the order they registered: the model first, then the views that follow it (PhET's
    Reset All). A piece that holds visitor state but never registered is a privacy bug on a kiosk;
    `unregistered()` finds such pieces (a test walks every widget of the window with it)."""

    def __init__(self) -> None:
        self._pieces: dict[str, VisitorState] = {}
        self.resets = 0

    def register(self, name: str, piece: VisitorState, first: bool = False, replace: bool = False) -> None:
        """Add a piece; `first` for one that others follow (the language: content reloads before the rest);
        `replace` swaps a stand-in for the real piece once it exists (keeping its place in the order)."""
        if name in self._pieces and self._pieces[name] is not piece and not replace:
            raise ValueError(f"a different piece is already registered as {name!r}")
        self._pieces[name] = piece
        if first:
            self._pieces = {name: piece} | {k: v for k, v in self._pieces.items() if k != name}

    @property
    def pieces(self) -> dict[str, VisitorState]:
        return dict(self._pieces)

    def holds(self, piece: object) -> bool:
        return any(piece is p for p in self._pieces.values())

    def unregistered(self, objects: Iterable[object]) -> list[object]:
        """The objects that hold visitor state (they implement VisitorState) but are not registered."""
        return [o for o in objects if isinstance(o, VisitorState) and not self.holds(o)]

    def snapshot(self) -> dict[str, object]:
        return {name: piece.visitor_state() for name, piece in self._pieces.items()}

    def reset(self, keep: Collection[str] = ()) -> None:
        """Back to what a new visitor should see, everywhere but the pieces named in `keep`."""
        self.resets += 1
        for name, piece in self._pieces.items():
            if name not in keep:
                piece.reset_visitor()
