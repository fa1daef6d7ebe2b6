"""Settings: defaults, config files and their errors (file, line, key, fix)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ioexplainer.core.pin import hash_pin
from ioexplainer.core.settings import RULES, ConfigError, Settings, load_config


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_setting_has_a_rule() -> None:
    assert set(RULES) == set(Settings.__dataclass_fields__)


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
    ('lang = "en"\nkiosc = true\n', 2, 'unknown key "kiosc". Did you mean "kiosk"?'),
    ('kiosk = "yes"\n', 1, "kiosk must be true or false"),
    ('idle_timeout = 5\n', 1, "from 15 to 3600"),
    ('\n\nidle_timeout = "90"\n', 3, "idle_timeout must be a whole number"),
    ('text_size = "huge"\n', 1, "use one of: small, normal, large, largest"),
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


def test_flags_override_config(tmp_path: Path) -> None:
    settings = load_config(write(tmp_path, 'lang = "de"\n')).with_overrides(lang="es", content=None)
    assert settings.lang == "es" and settings.content is None
