"""Kiosk from the command line: hash-pin, bad configs, logs, and the kiosk screenshot."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ioexplainer.app.cli import main
from ioexplainer.app.hash_pin import run_hash_pin
from ioexplainer.core.logs import BACKUPS, MAX_BYTES, setup_logging
from ioexplainer.core.pin import is_valid_hash, verify_pin
from ioexplainer.core.settings import load_config


def test_hash_pin_prints_a_config_line_that_loads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = io.StringIO()
    assert run_hash_pin(io.StringIO("2468\n2468\n"), out) == 0
    line = out.getvalue().splitlines()[-1]
    assert line.startswith('admin_pin_hash = "pbkdf2_sha256$')
    config = tmp_path / "kiosk.toml"
    config.write_text(f"kiosk = true\n{line}\n")
    stored = load_config(config).admin_pin_hash
    assert is_valid_hash(stored) and verify_pin("2468", stored) and not verify_pin("2469", stored)
    assert "2468" not in out.getvalue()


@pytest.mark.parametrize("typed", ["12\n12\n", "abcd\nabcd\n", "2468\n1357\n"])
def test_hash_pin_refuses_bad_pins(typed: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_hash_pin(io.StringIO(typed), io.StringIO()) == 2
    assert "ioexplainer: error:" in capsys.readouterr().err


@pytest.mark.parametrize(("text", "expected"), [
    ("kiosk = true\nidle_timeout = 5\n", ":2: idle_timeout = 5 is out of range: use a value from 15 to 3600"),
    ('kiosk = true\nadmin_pin_hash = "1234"\n', ":2: admin_pin_hash = '1234' is not allowed"),
    ("kiosk = true\nidle_timout = 60\n", ':2: unknown config key "idle_timout". Did you mean "idle_timeout"?'),
    ("kiosk = yes\n", ":1: invalid TOML"),
    ("kiosk = true\nscreen = -1\n", ":2: screen = -1 is out of range"),
])
def test_bad_kiosk_config_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str,
                                                expected: str) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(text)
    assert main(["--kiosk", "--config", str(config)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and f"{config}{expected}" in err, err


def test_logs_rotate_and_stay_small(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = setup_logging(tmp_path / "logs")
        assert path is not None
        for number in range(12000):
            logging.getLogger("ioexplainer.test").info("event %d %s", number, "x" * 200)
        files = sorted((tmp_path / "logs").iterdir())
        assert len(files) == BACKUPS + 1
        assert all(f.stat().st_size <= MAX_BYTES for f in files)
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


def test_kiosk_screenshot_shows_the_attract_screen(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QImage

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    out = tmp_path / "kiosk.png"
    try:
        assert main(["--kiosk", "--screenshot", str(out), "--size", "1080x1920"]) == 0
    finally:
        logging.getLogger().handlers[:] = [h for h in logging.getLogger().handlers
                                           if not isinstance(h, logging.FileHandler)]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1080, 1920)


def test_example_config_loads_and_documents_every_key() -> None:
    from ioexplainer.core.paths import resources_dir
    from ioexplainer.core.settings import RULES

    example = resources_dir() / "kiosk" / "kiosk.example.toml"
    settings = load_config(example)
    assert settings.kiosk and settings.idle_timeout == 90
    text = example.read_text()
    for key in RULES.fields:
        assert f"{key} =" in text, f"{key} is not documented in {example.name}"


def test_service_units_restart_always() -> None:
    from ioexplainer.core.paths import resources_dir

    for unit in ("ioexplainer-kiosk.service", "ioexplainer-cage.service"):
        text = (resources_dir() / "kiosk" / unit).read_text()
        assert "Restart=always" in text and "--kiosk" in text


def test_hash_pin_without_any_console_says_what_to_use(monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", None)  # how a Windows GUI entry point starts
    assert run_hash_pin() == 2
    assert "ioexplainer-cli hash-pin" in capsys.readouterr().err


def test_content_problems_found_at_start_reach_the_kiosk_log(tmp_path: Path, make_pack) -> None:
    """The log file is set up before the content loads, so a nurse finds the cause in it."""
    root = make_pack({"03-broken.md": '+++\ntitle = "x"\n'})
    config = tmp_path / "kiosk.toml"
    config.write_text(f'kiosk = true\ncontent = "{root}"\n', encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data")}
    subprocess.run([sys.executable, "-m", "ioexplainer", "--config", str(config), "--screenshot",
                    str(tmp_path / "shot.png")], env=env, check=True, capture_output=True, timeout=60)
    logs = list((tmp_path / "data").rglob("ioexplainer.log"))
    assert logs, list((tmp_path / "data").rglob("*"))
    text = logs[0].read_text(encoding="utf-8")
    assert "03-broken.md:1: the front matter is never closed" in text and "Kiosk starting" in text
