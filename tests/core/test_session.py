"""The visitor's state, history and the one reset, as plain Python (no Qt, no qtbot)."""

from __future__ import annotations

import pytest

from ioexplainer.core.session import History, SessionState, Visitor


def test_history_works_like_a_browser() -> None:
    history = History()
    history.visit(None)
    history.visit("a")
    history.visit("b")
    assert history.go_back("c") == "b" and history.go_back("b") == "a" and history.go_back("a") is None
    assert history.go_forward("a") == "b"
    history.visit("b")  # a new visit clears forward
    assert history.forward == [] and history.go_forward("x") is None


def test_session_state_goes_back_and_forward_and_resets() -> None:
    state = SessionState(home="home", default_text_size="normal")
    assert state.go_to("two") and state.go_to("three") and not state.go_to("three")
    assert state.back() and state.topic == "two"
    assert state.forward() and state.topic == "three" and not state.forward()
    state.text_size, state.card = "largest", "t-cell"
    before = state.visitor_state()
    state.reset_visitor()
    assert state.visitor_state() == ("home", (), (), "normal", None) != before


class Piece:
    def __init__(self, log: list[str], name: str) -> None:
        self.value, self.log, self.name = 0, log, name

    def visitor_state(self) -> object:
        return self.value

    def reset_visitor(self) -> None:
        self.value = 0
        self.log.append(self.name)


def test_one_reset_reaches_every_piece_in_order() -> None:
    log: list[str] = []
    visitor = Visitor()
    model, view = Piece(log, "model"), Piece(log, "view")
    visitor.register("model", model)
    visitor.register("view", view)
    model.value, view.value = 3, 4
    assert visitor.snapshot() == {"model": 3, "view": 4}
    visitor.reset()
    assert visitor.snapshot() == {"model": 0, "view": 0} and log == ["model", "view"] and visitor.resets == 1


def test_pieces_that_hold_state_but_did_not_register_are_found() -> None:
    visitor = Visitor()
    registered, stray = Piece([], "a"), Piece([], "b")
    visitor.register("a", registered)
    assert visitor.unregistered([registered, stray, object(), "text"]) == [stray]
    with pytest.raises(ValueError, match="already registered"):
        visitor.register("a", stray)
