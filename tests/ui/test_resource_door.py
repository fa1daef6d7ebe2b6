"""What reaches the screen: only pictures inside the pack; never Qt's own fallback loader; HTML as text."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from ioexplainer.content.model import Topic
from ioexplainer.ui.viewer import Viewer

RED = "#ff0000"


def red_square(path: Path, size: int = 40) -> None:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor(RED))
    assert image.save(str(path))


def red_pixels(viewer: Viewer) -> int:
    """How many red pixels the viewer shows (each shown red square adds 40 x 40)."""
    image = viewer.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = memoryview(image.constBits()).cast("I")  # 0xffRRGGBB, one per pixel
    return sum(1 for value in pixels if value == 0xFFFF0000)


@pytest.fixture
def show(qtbot: QtBot, tmp_path: Path) -> Callable[[str], Viewer]:
    root = tmp_path / "pack"
    (root / "en").mkdir(parents=True)
    red_square(root / "en" / "inside.png")
    red_square(tmp_path / "outside.png")

    def show(body: str) -> Viewer:
        viewer = Viewer(root)
        qtbot.addWidget(viewer)
        viewer.resize(600, 1200)
        viewer.show_topic(Topic("t", "Title", "Summary", 1, body, root / "en" / "01-t.md", "en"))
        viewer.show()
        qtbot.waitExposed(viewer)
        return viewer

    return show


def test_a_picture_inside_the_pack_is_shown(show: Callable[[str], Viewer]) -> None:
    assert red_pixels(show("Before\n\n![a red square](inside.png)\n\nAfter\n")) == 40 * 40


@pytest.mark.parametrize("target", [
    "../../outside.png", "{tmp}/outside.png", "file://{tmp}/outside.png", "%2e%2e/%2e%2e/outside.png",
    "..%2F..%2Foutside.png", "link.png", "data:image/png;base64,{data}", "https://example.org/x.png",
    "//example.org/x.png",
])
def test_pictures_from_outside_never_reach_the_screen(show: Callable[[str], Viewer], tmp_path: Path,
                                                       target: str) -> None:
    """Each of these is a picture Qt itself would happily load (the data: one is the red square itself)."""
    (tmp_path / "pack" / "en" / "link.png").symlink_to(tmp_path / "outside.png")
    import base64

    data = base64.b64encode((tmp_path / "outside.png").read_bytes()).decode()
    body = f"Words\n\n![x]({target.format(tmp=tmp_path, data=data)})\n\nMore words\n"
    viewer = show(body)
    assert red_pixels(viewer) == 0
    assert "More words" in viewer.toPlainText()


def test_reference_style_pictures_go_through_the_door_too(show: Callable[[str], Viewer], tmp_path: Path) -> None:
    viewer = show(f"Words ![s][r]\n\n[r]: {tmp_path}/outside.png\n\nEnd\n")
    assert red_pixels(viewer) == 0


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_devices_and_pipes_are_refused_at_once(show: Callable[[str], Viewer], tmp_path: Path) -> None:
    pack = tmp_path / "pack" / "en"
    os.symlink("/dev/zero", pack / "zero.png")
    os.mkfifo(pack / "pipe.png")
    viewer = show("![z](/dev/zero)\n\n![z](zero.png)\n\n![p](pipe.png)\n\nStill here\n")
    assert "Still here" in viewer.toPlainText() and red_pixels(viewer) == 0


def test_a_huge_picture_is_refused_before_it_is_decoded(show: Callable[[str], Viewer], tmp_path: Path) -> None:
    big = QImage(5000, 5000, QImage.Format.Format_Mono)  # small on disk, 25 megapixels decoded
    big.fill(0)
    assert big.save(str(tmp_path / "pack" / "en" / "big.png"))
    viewer = show("![big](big.png)\n\nAfter\n")
    assert "After" in viewer.toPlainText()


@pytest.mark.parametrize("html", ["<br>", "<hr>", '<img src="inside.png">', "<div>", "<script>x</script>",
                                  "<!-- a comment"])
def test_a_line_of_html_never_deletes_the_rest_of_a_topic(show: Callable[[str], Viewer], html: str) -> None:
    viewer = show(f"First part\n\n{html}\n\n## What you can do\n\nAsk your nurse.\n\n"
                  "> This is general information, not medical advice.\n")
    text = viewer.toPlainText()
    assert "What you can do" in text and "Ask your nurse." in text and "not medical advice" in text
    assert red_pixels(viewer) == 0  # an <img> in HTML is shown as its text, not loaded
