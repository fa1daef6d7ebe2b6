"""The animated diagram: a pure story model, a painter and Qt widgets."""
