"""Open a real window on one screen, as the UI tests of this stop need it (one helper, not five copies)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ioexplainer.app.main import build_window
from ioexplainer.core.settings import Settings
from ioexplainer.ui.main_window import MainWindow

WATCH = "#watch"  # the kiosk's "Watch how it works" tile


def open_screen(qtbot: QtBot, size: tuple[int, int], screen: str, *, kiosk: bool = False, text: str = "",
                lang: str = "en", diagram: bool = False, picture_tab: bool = False) -> MainWindow:
    """A window of `size` showing `screen`: a topic's slug, or WATCH on a kiosk. `diagram`: built now (not
    after the first paint); `picture_tab`: a compact window shows its picture tab."""
    window = build_window(Settings(kiosk=kiosk, text_size=text, lang=lang), remember=False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    if diagram:
        window.build_diagram()
    if screen == WATCH:
        assert window.screens is not None
        qtbot.mouseClick(next(t for t in window.screens.start.tiles if t.key == WATCH), Qt.MouseButton.LeftButton)
    else:
        window.session.go_to(screen)
        if window.screens is not None:
            window.screens.show_topic()
    if picture_tab and window.tabs.isVisible():
        qtbot.mouseClick(window.tabs.picture, Qt.MouseButton.LeftButton)
    window.allow_close = True
    return window
