"""Read aloud with Qt's mock speech engine: Listen, pause, go on, stop, words marked, captions, reset."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ioexplainer.app.main import build_window
from ioexplainer.core.settings import Settings
from ioexplainer.ui.main_window import MainWindow

pytest.importorskip("PySide6.QtTextToSpeech", reason="read aloud needs PySide6-Addons (the speech extra)")


def open_window(qtbot: QtBot, settings: Settings) -> MainWindow:
    window = build_window(settings, remember=False)
    qtbot.addWidget(window, before_close_func=lambda w: quiet(qtbot, w))
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    window.build_diagram()
    return window


def quiet(qtbot: QtBot, window: MainWindow) -> None:
    """Stop the speech engine and let its last queued signals arrive before the window goes."""
    window.read_aloud.stop()
    qtbot.waitUntil(lambda: window.read_aloud.state == "idle", timeout=3000)
    qtbot.wait(50)


def test_listen_reads_the_topic_marks_the_words_and_pauses_goes_on_and_stops(qtbot: QtBot) -> None:
    window = open_window(qtbot, Settings(speech_engine="mock"))
    assert window.listen_button.isVisible() and window.listen_button.text() == "Listen"
    with qtbot.waitSignal(window.read_aloud.state_changed, timeout=3000):
        qtbot.mouseClick(window.listen_button, Qt.MouseButton.LeftButton)
    assert window.read_aloud.state == "speaking" and window.listen_button.text() == "Pause"
    with qtbot.waitSignal(window.read_aloud.word, timeout=3000) as word:
        pass
    _start, length = word.args
    assert length > 0 and window.viewer.extraSelections()  # the word being read is marked
    qtbot.mouseClick(window.listen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.read_aloud.state == "paused", timeout=3000)
    assert window.listen_button.text() == "Go on"
    qtbot.mouseClick(window.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.read_aloud.state == "idle", timeout=3000)
    assert window.listen_button.text() == "Listen" and not window.viewer.extraSelections()


def test_no_voice_for_the_language_hides_the_button(qtbot: QtBot) -> None:
    window = open_window(qtbot, Settings(speech_engine="mock", lang="de"))  # the mock engine has no German
    try:
        assert not window.listen_button.isVisible()
    finally:
        assert window.language is not None
        window.language.apply("en")


def test_a_kiosk_listens_only_when_speech_is_on_and_a_reset_stops_it(qtbot: QtBot) -> None:
    quiet = open_window(qtbot, Settings(kiosk=True, speech_engine="mock"))
    quiet.session.go_to(quiet.pack.topics[1].slug)  # from the start screen to a topic
    assert quiet.viewer.isVisible() and not quiet.listen_button.isVisible()
    window = open_window(qtbot, Settings(kiosk=True, speech=True, speech_engine="mock"))
    window.session.go_to(window.pack.topics[1].slug)
    assert window.listen_button.isVisible()
    with qtbot.waitSignal(window.read_aloud.state_changed, timeout=3000):
        qtbot.mouseClick(window.listen_button, Qt.MouseButton.LeftButton)
    window.visitor.reset()
    qtbot.waitUntil(lambda: window.read_aloud.state == "idle", timeout=3000)


def test_without_an_engine_there_is_no_button(qtbot: QtBot) -> None:
    window = open_window(qtbot, Settings(speech_engine="nosuchengine"))
    assert not window.listen_button.isVisible() and not window.read_aloud.available()


def test_settings_can_read_each_page_as_it_opens(qtbot: QtBot) -> None:
    from PySide6.QtCore import QSettings

    from ioexplainer.ui.preferences import Preferences

    window = open_window(qtbot, Settings(speech_engine="mock"))
    qtbot.mouseClick(window.settings_button, Qt.MouseButton.LeftButton)
    card = window.settings_card
    assert card.isVisible() and card.reading["auto"].isVisible() and card.reading["button"].isChecked()
    with qtbot.waitSignal(window.read_aloud.state_changed, timeout=3000):
        qtbot.mouseClick(card.reading["auto"], Qt.MouseButton.LeftButton)  # starts with the page on screen
    assert window.read_aloud.auto and card.reading["auto"].isChecked()
    qtbot.mouseClick(card.close_button, Qt.MouseButton.LeftButton)
    quiet(qtbot, window)
    with qtbot.waitSignal(window.read_aloud.state_changed, timeout=3000):
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)  # the next page is read by itself
    assert window.read_aloud.state == "speaking"
    qtbot.mouseClick(window.settings_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.reading["button"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.read_aloud.state == "idle", timeout=3000)
    assert not window.read_aloud.auto
    # A laptop remembers the choice.
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ioexplainer-test-auto", "t")
    preferences = Preferences(store)
    preferences.set_auto_read(True)
    assert Preferences(store).auto_read()
    store.clear()


def test_a_kiosk_visitor_reset_turns_reading_each_page_off(qtbot: QtBot) -> None:
    window = open_window(qtbot, Settings(kiosk=True, speech=True, speech_engine="mock"))
    window.settings_card.auto_read_chosen.emit(True)
    assert window.read_aloud.auto
    window.visitor.reset()
    qtbot.waitUntil(lambda: window.read_aloud.state == "idle", timeout=3000)
    assert not window.read_aloud.auto


def test_no_voice_no_read_aloud_choice(qtbot: QtBot) -> None:
    window = open_window(qtbot, Settings(speech_engine="nosuchengine"))
    qtbot.mouseClick(window.settings_button, Qt.MouseButton.LeftButton)
    assert window.settings_card.isVisible() and not window.settings_card.reading["auto"].isVisible()
