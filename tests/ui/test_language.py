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
        for piece in content:
            words = words.replace(piece, "")
        return words

    leftovers = [w for w in visible_words(window) if any(c.islower() for c in interface_part(w))]
    assert leftovers == [], leftovers  # every interface word went through the translator


def test_the_visitor_reset_returns_to_the_configured_language(window: MainWindow) -> None:
    assert window.language is not None
    window.language.apply("xx")
    QApplication.processEvents()
    window.visitor.reset()
    QApplication.processEvents()
    assert window.language.code == "en" and window.home_button.text() == "Home"
    assert "What is immuno-oncology?" in window.viewer.toPlainText()
