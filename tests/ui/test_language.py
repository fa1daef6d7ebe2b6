"""One path for language: a translator swap re-translates every widget and reloads content, no restart."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from ioexplainer.app.main import build_window
from ioexplainer.core.settings import Settings
from ioexplainer.ui.main_window import MainWindow


class Shouting(QTranslator):
    """A tiny test translation: every interface string in capitals."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return source.upper()

    def isEmpty(self) -> bool:
        return False


def shouting(parent: QObject, lang: str) -> list[QTranslator]:
    return [Shouting(parent)] if lang == "xx" else []


@pytest.fixture
def pack_root(tmp_path: Path) -> Path:
    """The bundled pack plus a tiny "xx" language with one translated topic."""
    from ioexplainer.core.paths import content_root

    root = tmp_path / "pack"
    shutil.copytree(content_root(), root)
    (root / "xx").mkdir()
    home = (root / "en" / "01-what-is-immuno-oncology.md").read_text(encoding="utf-8")
    (root / "xx" / "01-what-is-immuno-oncology.md").write_text(
        home.replace('title = "What is immuno-oncology?"', 'title = "XX: what is it?"'), encoding="utf-8")
    return root


@pytest.fixture
def window(qtbot: QtBot, pack_root: Path) -> Iterator[MainWindow]:
    window = build_window(Settings(content=pack_root), remember=False)
    assert window.language is not None
    window.language._translators_for = shouting
    qtbot.addWidget(window)
    window.show()
    yield window
    window.language.apply("en")


def visible_words(window: MainWindow) -> list[str]:
    widgets = [w for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton) if w.isVisible()]
    return [w.text() for w in widgets if w.text().strip()]


def test_switching_language_retranslates_every_widget_and_reloads_content(qtbot: QtBot,
                                                                           window: MainWindow) -> None:
    assert window.home_button.text() == "Home" and window.windowTitle() == "Understanding immunotherapy"
    assert "What is immuno-oncology?" in window.viewer.toPlainText()
    assert window.language is not None
    with qtbot.waitSignal(window.language.changed):
        window.language.apply("xx")
    QApplication.processEvents()  # LanguageChange events are delivered through the event loop
    assert window.home_button.text() == "HOME" and window.next_button.text() == "NEXT ›"
    assert window.windowTitle() == "UNDERSTANDING IMMUNOTHERAPY"
    assert window.diagram.controls.play.text() in ("PLAY", "PAUSE")
    assert window.text_size.label.text().startswith("TEXT: ")
    assert "XX: what is it?" in window.viewer.toPlainText()  # content from the xx pack
    assert window.navigator.item(0).text() == "1. XX: what is it?"
    assert window.navigator.item(1).text() == "2. Your immune system"  # English where xx has no topic
    pack = window.pack
    content = sorted({t.title for t in pack.topics} | {s.title for s in pack.diagram.values()}
                     | {p.title for s in pack.diagram.values() for p in s.phases.values()}
                     | {p.caption for s in pack.diagram.values() for p in s.phases.values()}
                     | set(pack.diagram_labels.values()) | ({pack.help.button} if pack.help else set()),
                     key=len, reverse=True)

    def interface_part(words: str) -> str:
        # (spaces and joiners that keep names whole, and a link's words wrapped onto lines of their own)
        words = words.replace("\u00a0", " ").replace("\u2060", "").replace("\n", " ")
        for piece in content:
            words = words.replace(piece, "")
        return words

    names = {window.language_picker.button.text()}  # a language is named in itself, never translated
    leftovers = [w for w in visible_words(window) if w not in names and any(c.islower() for c in interface_part(w))]
    assert leftovers == [], leftovers  # every interface word went through the translator


def test_the_visitor_reset_returns_to_the_configured_language(window: MainWindow) -> None:
    assert window.language is not None
    window.language.apply("xx")
    QApplication.processEvents()
    window.visitor.reset()
    QApplication.processEvents()
    assert window.language.code == "en" and window.home_button.text() == "Home"
    assert "What is immuno-oncology?" in window.viewer.toPlainText()


def test_the_language_button_switches_to_german_at_a_touch_and_a_reset_goes_back(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    window = build_window(Settings(kiosk=True), remember=False)
    qtbot.addWidget(window)
    window.show()
    picker = window.language_picker
    assert picker.button.isVisible() and picker.button.text().endswith("English")
    qtbot.mouseClick(picker.button, Qt.MouseButton.LeftButton)
    assert picker.card.isVisible()
    # the language in use is marked, filled and with a tick (not colour alone)
    assert [b.text() for b in picker.card.buttons.values()] == ["Deutsch", "✓ English", "Español"]
    assert [b.isChecked() for b in picker.card.buttons.values()] == [False, True, False]
    assert picker.card.buttons["en"].accessibleName() == "English"
    qtbot.mouseClick(picker.card.buttons["de"], Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not picker.card.isVisible() and picker.button.text().endswith("Deutsch")
    assert window.pack.lang == "de" and window.pack.topics[0].title == "Was ist Immunonkologie?"
    assert window.pack.help is not None and "Notruf" in window.pack.help.local_emergency
    window.visitor.reset()  # the next visitor starts in the kiosk's own language
    QApplication.processEvents()
    assert window.pack.lang == "en" and picker.button.text().endswith("English")


def test_switching_back_and_forth_loads_each_language_once(qtbot: QtBot) -> None:
    """A kiosk switches back to its own language for each visitor who chose another. Each switch loaded the
    translations anew and kept the old ones: 155 KB a switch, 50 MB after 360 (a slow leak all day). Now
    each language's translators are loaded once and reused."""
    window = build_window(Settings(kiosk=True), remember=False)
    qtbot.addWidget(window)
    window.show()
    language = window.language
    assert language is not None
    app = QApplication.instance()
    assert app is not None
    language.apply("de")
    german = list(language._installed)
    language.apply("es")
    language.apply("en")
    loaded = len(app.findChildren(QTranslator))
    for _ in range(6):
        for code in ("de", "es"):
            language.apply(code)
            window.visitor.reset()  # (back to English)
    assert len(app.findChildren(QTranslator)) == loaded  # no new translators
    language.apply("de")
    assert language._installed == german and window.pack.lang == "de"  # the very same translators
    assert window.language_picker.button.text().endswith("Deutsch")  # and the words are German again
    language.apply("en")


def test_a_laptop_remembers_the_language(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from ioexplainer.ui import preferences

    store = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(preferences.Preferences, "__init__",
                        lambda self, s=None: setattr(self, "_store", store))
    first = build_window(Settings(), remember=True)
    qtbot.addWidget(first)
    first.language_picker.card.chosen.emit("es")
    assert first.pack.lang == "es"
    second = build_window(Settings(), remember=True)
    qtbot.addWidget(second)
    assert second.pack.lang == "es" and second.language is not None and second.language.code == "es"
    for window in (first, second):  # leave no translator installed for the tests that follow
        assert window.language is not None
        window.language.apply("en")
