"""The composition root: build the content, the window, the language and (only with --kiosk) the kiosk."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication

from ioexplainer import APP_NAME
from ioexplainer.content.loader import load_pack, pack_languages
from ioexplainer.content.model import ContentPack
from ioexplainer.core.logs import setup_logging
from ioexplainer.core.paths import content_root
from ioexplainer.core.session import Visitor
from ioexplainer.core.settings import Settings
from ioexplainer.ui.language import Language
from ioexplainer.ui.main_window import MainWindow
from ioexplainer.ui.preferences import Preferences

if TYPE_CHECKING:
    from ioexplainer.kiosk.mode import KioskMode

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The running QApplication, created once."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("ioexplainer")
    return app


def load_content(settings: Settings, lang: str | None = None) -> ContentPack:
    """The content pack for the settings, with its problems logged (the app shows every good topic)."""
    pack = load_pack(settings.content or content_root(), lang or settings.lang, editorial=False)
    for problem in pack.problems:
        log.warning("%s", problem)
    if pack.problems:
        log.warning("%d content problem(s); run `ioexplainer check` for the full list", len(pack.problems))
    return pack


def build_window(settings: Settings, remember: bool = True) -> MainWindow:
    """Create the main window for the settings (no preferences are read or kept when `remember` is off),
    with its language registered as visitor state."""
    visitor = Visitor()
    preferences = Preferences() if remember else None
    root = settings.content or content_root()
    remembered = preferences.language() if preferences else None
    if remembered and remembered != settings.lang and remembered in pack_languages(root):
        settings = settings.with_overrides(lang=remembered)  # a laptop starts in the language chosen last
    language = Language(settings.lang, lambda code: load_content(settings, code), lambda pack: None)
    language.install(settings.lang)  # before the window exists, so its first words are already right
    window = MainWindow(load_content(settings), settings, root, preferences, visitor)
    language.setParent(window)
    language.show_pack = window.set_pack
    window.set_language(language)
    visitor.register("language", language, first=True)
    return window


def run(settings: Settings, screenshot: Path | None = None, size: tuple[int, int] = (1280, 800),
        topic: str | None = None, probe: bool = False, layout_report: Path | None = None) -> int:
    """Run the app; with `screenshot`, render the window once into a PNG and return."""
    app = application()
    if settings.kiosk:  # kiosk content problems reach the kiosk's log file, so set it up first
        log_file = setup_logging(kiosk_log_dir())
        log.info("Kiosk starting; logging to %s", log_file)
    window = build_window(settings, remember=screenshot is None and not settings.kiosk)
    kiosk = start_kiosk(app, window, settings) if settings.kiosk else None
    if topic is not None:
        if window.pack.topic(topic) is None:
            slugs = ", ".join(t.slug for t in window.pack.topics)
            print(f"ioexplainer: error: unknown topic {topic!r}; topics: {slugs}", file=sys.stderr)
            return 2
        if kiosk is not None:
            kiosk.welcome()  # a topic was asked for: skip the attract screen
        window.session.go_to(topic)
        if window.screens is not None:
            window.screens.show_topic()  # (the topic may already be the session's: no change to follow)
    if screenshot is not None:
        code = save_screenshot(window, screenshot, size, layout_report)
        if kiosk is not None:
            kiosk.stop()
        return code
    if probe:  # `bench` measures start-up: quit as soon as the topic text has been painted once
        window.viewer.viewport().installEventFilter(_QuitAtFirstPaint(app))
    if kiosk is None:
        window.show()
    from ioexplainer.app.signals import SignalExit

    stopper = SignalExit(app)
    try:
        return app.exec()
    finally:
        stopper.close()
        log.info("Stopped")


class _QuitAtFirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.app.quit()
        return False


def kiosk_log_dir() -> Path:
    """Where a kiosk keeps its rotating log (the README names the same place)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)) / "logs"


def start_kiosk(app: QApplication, window: MainWindow, settings: Settings) -> KioskMode:
    """Turn the window into a kiosk: full screen, attract screen first. Kiosk code is imported only here."""
    from ioexplainer.content.kiosk_text import attract_phrases, kiosk_words
    from ioexplainer.content.loader import pack_languages
    from ioexplainer.kiosk.mode import KioskMode

    root = settings.content or content_root()
    kiosk = KioskMode(app, window, settings, attract_phrases(root, pack_languages(root), settings.lang),
                      start_words=kiosk_words(root, settings.lang, "start", "Touch to start"))
    kiosk.start()
    log.info("Kiosk started")
    return kiosk


def save_screenshot(window: MainWindow, path: Path, size: tuple[int, int], layout_report: Path | None = None) -> int:
    """Lay the window out at `size`, render it into `path`, and say where it went."""
    from ioexplainer.diagram.story.story import still_time

    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    window.show()
    player = window.diagram.player
    if player.playing:  # a picture of a moving diagram: show the step settled, as a still
        player.pause()
        player.seek(still_time(player.mode, player.phase_index))
    settle = QEventLoop()  # each new caption is followed by a refit and a layout, on later turns of the loop
    QTimer.singleShot(150, settle.quit)
    settle.exec()
    image = window.grab()
    if layout_report is not None:
        import json

        from ioexplainer.ui.layout_report import report

        data = report(window, "kiosk" if window.kiosk else "laptop", window.session.state.text_size)
        try:
            layout_report.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
        except OSError as exc:
            print(f"ioexplainer: error: could not write {layout_report} ({exc.strerror})", file=sys.stderr)
            return 1
    window.allow_close = True
    window.close()
    if not image.save(str(path), "PNG"):
        print(f"ioexplainer: error: could not write {path} (check the folder exists and is writable)",
              file=sys.stderr)
        return 1
    print(f"Saved {image.width()}x{image.height()} screenshot to {path}")
    return 0
