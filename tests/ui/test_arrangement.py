"""Which arrangement the window takes for its size and text size (pure)."""

from __future__ import annotations

import pytest

from ioexplainer.ui.arrangement import arrange

LARGEST = (29 / 17) ** 0.5  # how much the largest text grows the thresholds (as the window computes it)


@pytest.mark.parametrize(("width", "height", "grow", "shape"), [
    (1920, 1080, 1.0, "wide"), (1366, 768, 1.0, "wide"), (1280, 800, 1.0, "wide"), (2560, 1440, LARGEST, "wide"),
    (1920, 1080, LARGEST, "wide"), (1366, 768, LARGEST, "compact"), (1024, 768, 1.0, "compact"),
    (800, 600, 1.0, "compact"), (1080, 1920, 1.0, "tall"), (1080, 1920, LARGEST, "tall"), (700, 1000, 1.0, "compact"),
])
def test_the_shape_follows_the_room(width: int, height: int, grow: float, shape: str) -> None:
    assert arrange(width, height, grow).shape == shape


def test_only_the_wide_laptop_window_keeps_the_list_as_a_column() -> None:
    assert not arrange(1920, 1080).drawer
    assert arrange(1920, 1080, kiosk=True).drawer  # a kiosk's topics are its start screen
    assert arrange(1080, 1920).drawer and arrange(1024, 768).drawer


def test_a_kiosk_gives_the_diagram_half_the_width() -> None:
    assert arrange(1920, 1080, kiosk=True).diagram_share >= 0.5
    assert arrange(1080, 1920, kiosk=True).diagram_share >= 0.5  # the top half, in portrait
