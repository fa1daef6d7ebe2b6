"""The command line: help, version, usage errors, check, and the headless screenshot."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from ioexplainer import __version__
from ioexplainer.app.cli import main
from tests.conftest import TOPIC


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages follow the system's language: these tests set it (English unless a test says otherwise)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def test_a_mistake_is_told_in_the_readers_language_with_its_values_kept(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "de", "--nonsense"])
    assert capsys.readouterr().err == ("ioexplainer: Fehler: unbekannte Argumente: --nonsense "
                                       "(siehe: ioexplainer --help)\n")
    monkeypatch.setenv("LANG", "es_ES.UTF-8")  # no --lang: the system's language
    with pytest.raises(SystemExit):
        main(["--size", "10x10"])
    assert capsys.readouterr().err == ("ioexplainer: error: argumento --size: el tamaño debe ser como 1920x1080, "
                                       "no '10x10' (vea: ioexplainer --help)\n")
    assert main(["--lang", "de", "check", "/nonexistent/pack"]) == 2  # past the parser: still in German
    assert capsys.readouterr().err == ("ioexplainer: Fehler: Inhaltsordner nicht gefunden: /nonexistent/pack "
                                       "(geben Sie den Ordner an, der en/ enthält)\n")


def test_messages_are_matched_to_their_templates_and_filled_in_again() -> None:
    from ioexplainer.app.cli_errors import translate_message

    words = {"argument %(argument_name)s: %(message)s": "ARG %(argument_name)s / %(message)s",
             "invalid choice: %(value)r (choose from %(choices)s)": "CHOICE %(choices)s <- %(value)r",
             "fps %1 is out of range (0.1 to 60)": "FPS %1"}

    def translate(text: str) -> str:
        return words.get(text, text)

    assert translate_message("argument COMMAND: invalid choice: 'x' (choose from 'a', 'b')", translate) == \
        "ARG COMMAND / CHOICE 'a', 'b' <- 'x'"  # the inner message too, its values moved where it says
    assert translate_message("argument --fps: fps 99 is out of range (0.1 to 60)", translate) == "ARG --fps / FPS 99"
    assert translate_message("something no template knows", translate) == "something no template knows"


def test_help_is_readable(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for words in ("--screenshot", "--lang", "--config", "check", "examples:"):
        assert words in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["--size", "big"], ["--nonsense"], ["--size", "10x10"], ["check", "a", "b"]])
def test_usage_errors_exit_2_with_one_line(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("ioexplainer: error:") and len(err.splitlines()) == 1
    assert "Traceback" not in err


def test_bad_config_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "c.toml"
    config.write_text("idle_timeout = 1\n")
    assert main(["--config", str(config)]) == 2
    assert f"{config}:1: idle_timeout" in capsys.readouterr().err


def test_check_bundled_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert "No problems found." in capsys.readouterr().out


def test_check_broken_pack_lists_every_problem(make_pack, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_pack({"03-bad.md": '+++\ntitle = "x"\n', "04-web.md": TOPIC.format(title="W", order=4)
                      + "[x](https://example.org) and [y](topic:nowhere)\n"})
    assert main(["check", str(root)]) == 1
    out = capsys.readouterr().out
    assert f"{root / 'en' / '03-bad.md'}:1: the front matter is never closed" in out
    assert f"{root / 'en' / '04-web.md'}:11: link to \"https://example.org\" is not allowed" in out
    assert f"{root / 'en' / '04-web.md'}:11: unknown topic" in out
    assert "3 problem(s) in 2 file(s)." in out


def test_check_accepts_a_language_folder(make_pack) -> None:
    assert main(["check", str(make_pack() / "en")]) == 0


def test_screenshot_in_process(qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "shot.png"
    assert main(["--screenshot", str(out), "--size", "1024x700", "--topic", "how-cancer-escapes"]) == 0
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    assert "Saved 1024x700" in capsys.readouterr().out


def test_screenshot_unknown_topic_exits_2(qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--screenshot", str(tmp_path / "x.png"), "--topic", "nope"]) == 2
    assert "unknown topic 'nope'" in capsys.readouterr().err


def test_screenshot_as_a_real_process(tmp_path: Path) -> None:
    """The entry point works headless from another directory, as a nurse would run it."""
    out = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "ioexplainer", "--screenshot", str(out), "--size", "800x600"],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000


def imported_by(*argv: str) -> set[str]:
    """Which modules a fresh interpreter imported to run the command line with `argv`."""
    code = ("import sys\nfrom ioexplainer.app.cli import main\n"
            f"try:\n    main({list(argv)!r})\nexcept SystemExit:\n    pass\n"
            "print(' '.join(sorted(sys.modules)), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return set(result.stderr.split("\n")[-2].split())


def test_version_and_check_import_no_qt_and_no_more_than_they_use() -> None:
    version = imported_by("--version")
    assert not any(m.startswith(("PySide6", "tomllib", "ioexplainer.core", "ioexplainer.content")) for m in version)
    check = imported_by("check")
    assert "ioexplainer.content.loader" in check
    assert not any(m.startswith(("PySide6", "ioexplainer.ui", "ioexplainer.kiosk", "ioexplainer.diagram.qt"))
                   for m in check)


def test_no_kiosk_code_without_kiosk(tmp_path: Path) -> None:
    modules = imported_by("--screenshot", str(tmp_path / "shot.png"))
    assert "ioexplainer.ui.main_window" in modules
    assert not any(m.startswith("ioexplainer.kiosk") for m in modules)


@pytest.mark.parametrize(("argv", "expected"), [
    (["--screenshot", "x.png", "--size", "320x240"], "out of range: use 800x600"),
    (["--lang", "xx"], "no content in language 'xx'; languages of this pack: "),
    (["check", "/nonexistent/pack"], "content folder not found: /nonexistent/pack"),
    # a system folder given by mistake: its etc/, usr/ ... hold no topics, so they are not "languages"
    (["--content", "/", "--screenshot", "x.png"], "/ holds no content pack: no language folder (such as en/)"),
])
def test_command_line_mistakes_exit_2_with_a_clear_line(argv: list[str], expected: str,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    assert code == 2
    assert expected in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("kiosk", [False, True], ids=["laptop", "kiosk"])
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_signals_close_the_app_cleanly_with_a_log_line(tmp_path: Path, number: int, kiosk: bool) -> None:
    """systemd stops a kiosk with SIGTERM: it must end although it refuses every way a visitor closes it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path)}
    code = ("import logging, sys\nfrom PySide6.QtCore import QTimer\nfrom ioexplainer.app import main as m\n"
            "logging.basicConfig(level=logging.INFO)\nm.application()\n"
            "QTimer.singleShot(300, lambda: print('ready', flush=True))\n"
            f"sys.exit(m.run(m.Settings(kiosk={kiosk})))")
    process = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    try:
        assert process.stdout.readline().strip() == "ready"  # the event loop runs
    except BaseException:
        process.kill()
        raise
    process.send_signal(number)
    _out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert f"Stopping on {signal.Signals(number).name}" in err and "Stopped" in err


def test_layout_report_describes_what_is_on_screen(qapp, tmp_path: Path) -> None:
    import json

    shot, data = tmp_path / "shot.png", tmp_path / "layout.json"
    assert main(["--screenshot", str(shot), "--size", "1366x768", "--layout-report", str(data),
                 "--topic", "how-cancer-escapes"]) == 0
    report = json.loads(data.read_text(encoding="utf-8"))
    assert report["window"] == [1366, 768] and report["mode"] == "laptop"
    texts = [w["text"] for w in report["widgets"]]
    assert "‹ Back" in texts and any(t.startswith("How cancer hides") for t in texts)
    assert all({"rect", "font_px", "clipped", "elided"} <= w.keys() for w in report["widgets"])
    assert report["diagram_labels"] and all(len(label["rect"]) == 4 for label in report["diagram_labels"])
    assert main(["--layout-report", str(data)]) == 2  # it describes a screenshot: alone it is a mistake


@pytest.fixture
def no_locale(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_help_speaks_german_with_lang_de(no_locale: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--lang", "de", "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for words in ("Aufruf: ioexplainer", "Optionen:", "diese Hilfe zeigen und beenden", "Beispiele:",
                  "Sprache des Textes", "ein Inhaltspaket prüfen"):
        assert words in out
    assert "show this help" not in out and "examples:" not in out


def test_help_follows_the_system_language(no_locale: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    no_locale.setenv("LANG", "es_ES.UTF-8")
    with pytest.raises(SystemExit):
        main(["render", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("uso: ioexplainer render")
    assert "opciones:" in out and "carpeta para los archivos PNG" in out
    no_locale.setenv("LANG", "fr_FR.UTF-8")  # no French interface yet: English, not a half-translation
    with pytest.raises(SystemExit):
        main(["--help"])
    assert capsys.readouterr().out.startswith("usage: ioexplainer")


@pytest.mark.parametrize(("argv", "env", "expected"), [
    (["--help"], {}, "en"),
    (["--help"], {"LANG": "de_DE.UTF-8"}, "de"),
    (["--help"], {"LANGUAGE": "es:de", "LANG": "de_DE.UTF-8"}, "es"),
    (["--help"], {"LANG": "C.UTF-8"}, "en"),
    (["--lang=es", "check", "-h"], {"LANG": "de_DE.UTF-8"}, "es"),
    (["--lang", "xx", "--help"], {}, "en"),
    (["check"], {"LANG": "de_DE.UTF-8"}, "en"),  # no help asked for: nothing to translate, no Qt
])
def test_help_language(argv: list[str], env: dict[str, str], expected: str) -> None:
    from ioexplainer.app.cli_text import help_language

    assert help_language(argv, env) == expected


def test_english_help_imports_no_qt() -> None:
    modules = imported_by("--lang", "en", "--help")
    assert not any(m.startswith("PySide6") for m in modules)
