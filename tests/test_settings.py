"""Settings: defaults, config files and their errors (file, line, key, fix)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from ioexplainer.core.pin import hash_pin
from ioexplainer.core.settings import RULES, ConfigError, Settings, load_config


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_setting_has_a_rule() -> None:
    assert set(RULES.fields) == set(Settings.__dataclass_fields__)


def test_defaults() -> None:
    settings = Settings()
    assert settings.lang == "en" and not settings.kiosk and settings.idle_timeout == 90


def test_good_config(tmp_path: Path) -> None:
    pin = hash_pin("2468")
    path = write(tmp_path, f'lang = "de"\nkiosk = true\nidle_timeout = 120\ncontent = "pack"\n'
                           f'admin_pin_hash = "{pin}"\ntext_size = "large"\n')
    settings = load_config(path)
    assert (settings.lang, settings.kiosk, settings.idle_timeout, settings.text_size) == ("de", True, 120, "large")
    assert settings.content == tmp_path / "pack"
    assert settings.admin_pin_hash == pin


@pytest.mark.parametrize(("text", "line", "expected"), [
    ('lang = "en"\nkiosc = true\n', 2, 'unknown config key "kiosc". Did you mean "kiosk"?'),
    ('kiosk = "yes"\n', 1, "kiosk must be true or false"),
    ('idle_timeout = 5\n', 1, "from 15 to 3600"),
    ('\n\nidle_timeout = "90"\n', 3, "idle_timeout must be a whole number"),
    ('text_size = "huge"\n', 1, "use one of small, normal, large, largest"),
    ('admin_pin_hash = "1234"\n', 1, "ioexplainer hash-pin"),
    ('lang = "en"\nkiosk = \n', 2, "invalid TOML"),
])
def test_config_errors_name_file_line_and_fix(tmp_path: Path, text: str, line: int, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert message.startswith(f"{path}:{line}: "), message
    assert expected in message
    assert "\n" not in message


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read the config file"):
        load_config(tmp_path / "nope.toml")


def test_three_bad_keys_are_all_named_with_their_lines(tmp_path: Path) -> None:
    path = write(tmp_path, 'kiosk = true\nidle_timout = 60\ncountdown = 1\n# note\ntext_size = "huge"\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    lines = str(info.value).splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == [f"{path}:2", f"{path}:3", f"{path}:5"]
    assert 'Did you mean "idle_timeout"' in lines[0] and "from 3 to 120" in lines[1] and "huge" in lines[2]
    assert len(info.value.problems) == 3


@pytest.mark.parametrize(("text", "expected"), [
    ("\ufeffkiosk = true\r\nidle_timeout = 60\r\n", 60),  # Windows Notepad: byte-order mark and CRLF
])
def test_bom_and_crlf_are_accepted(tmp_path: Path, text: str, expected: int) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(text.encode("utf-8"))
    assert load_config(path).idle_timeout == expected


@pytest.mark.parametrize(("stored", "expected"), [
    ("pbkdf2_sha256$0000$" + "ab" * 16 + "$" + "cd" * 32, "iterations must be from 100,000"),
    ("pbkdf2_sha256$9999999$" + "ab" * 16 + "$" + "cd" * 32, "iterations must be from 100,000"),
    ("md5$200000$" + "ab" * 16 + "$" + "cd" * 32, "must start with pbkdf2_sha256$"),
    ("pbkdf2_sha256$200000$abcd$" + "cd" * 32, "32-character salt"),
])
def test_unsafe_pin_hashes_are_refused_when_the_config_loads(tmp_path: Path, stored: str, expected: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(expected)):
        load_config(write(tmp_path, f'admin_pin_hash = "{stored}"\n'))


def test_empty_content_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="content must not be empty"):
        load_config(write(tmp_path, 'content = ""\n'))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_special_files_are_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "config.toml"
    os.mkfifo(pipe)  # opening a pipe for reading would block for ever without the guarded door
    with pytest.raises(ConfigError, match="not a regular file"):
        load_config(pipe)
    with pytest.raises(ConfigError, match="not a regular file"):
        load_config(Path("/dev/zero"))


def test_oversized_config_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "# padding\n" * 10_000)
    with pytest.raises(ConfigError, match="over the limit"):
        load_config(path)


def test_flags_override_config(tmp_path: Path) -> None:
    settings = load_config(write(tmp_path, 'lang = "de"\n')).with_overrides(lang="es", content=None)
    assert settings.lang == "es" and settings.content is None
