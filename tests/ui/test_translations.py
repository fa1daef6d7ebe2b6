"""Qt Linguist translations: every interface string translated, the .qm files built from the .ts sources."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ioexplainer.app.main import build_window
from ioexplainer.core.paths import resources_dir
from ioexplainer.core.settings import Settings

I18N = resources_dir() / "i18n"
PACKAGE = Path(__file__).resolve().parents[2] / "ioexplainer"
LANGUAGES = ("de", "es")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        pytest.skip(f"{name} (from PySide6-Essentials) is not installed")
    return found


def sources(ts_text: str) -> set[str]:
    return set(re.findall(r"<source>(.*?)</source>", ts_text, re.DOTALL))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_interface_string_is_in_the_ts_file_and_translated(lang: str, tmp_path: Path) -> None:
    committed = (I18N / f"ioexplainer_{lang}.ts").read_text(encoding="utf-8")
    fresh = tmp_path / "fresh.ts"
    fresh.write_text(committed, encoding="utf-8")
    files = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none", "-ts", str(fresh)],
                   check=True, capture_output=True)
    assert sources(fresh.read_text(encoding="utf-8")) == sources(committed), "run pyside6-lupdate (README)"
    assert 'type="unfinished"' not in committed


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_qm_file_is_built_from_the_ts_file(lang: str, tmp_path: Path) -> None:
    built = tmp_path / f"ioexplainer_{lang}.qm"
    subprocess.run([tool("pyside6-lrelease"), str(I18N / f"ioexplainer_{lang}.ts"), "-qm", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == (I18N / f"ioexplainer_{lang}.qm").read_bytes(), "run pyside6-lrelease (README)"


def test_the_window_speaks_german_and_spanish(qtbot: QtBot) -> None:
    window = build_window(Settings(lang="de"), remember=False)
    qtbot.addWidget(window)
    try:
        assert window.home_button.text() == "Start" and window.windowTitle() == "Immuntherapie verstehen"
        assert window.diagram.controls.mode_buttons["before"].text() == "Vor der Therapie"  # from the pack
        assert window.language is not None
        window.language.apply("es")
        QApplication.processEvents()
        assert window.home_button.text() == "Inicio" and window.windowTitle() == "Entender la inmunoterapia"
        assert window.pack.topics[0].lang == "es"
    finally:
        assert window.language is not None
        window.language.apply("en")
        QApplication.processEvents()
    assert window.home_button.text() == "Home"
