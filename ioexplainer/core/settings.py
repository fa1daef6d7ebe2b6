"""One Settings dataclass: defaults <- TOML config file <- command-line flags (pure Python)."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ioexplainer.core.files import key_line, toml_error
from ioexplainer.core.pin import FORMAT_HELP, is_valid_hash
from ioexplainer.core.problems import suggest

TEXT_SIZES = ("small", "normal", "large", "largest")


class ConfigError(ValueError):
    """A config problem; str() is one line naming the file, line, key and fix."""

    def __init__(self, path: Path | None, line: int, message: str) -> None:
        where = f"{path}:{line}: " if path is not None else ""
        super().__init__(f"{where}{message}")


@dataclass(frozen=True)
class Settings:
    """Everything the app can be told at start-up."""

    lang: str = "en"
    content: Path | None = None
    text_size: str = ""  # "" = automatic: normal on a laptop, large on a kiosk
    reduced_motion: bool = False
    diagram_labels: bool = True
    kiosk: bool = False
    idle_timeout: int = 90
    countdown: int = 10
    hide_cursor: bool = False
    admin_pin_hash: str = ""
    screen: int = 0

    @property
    def effective_text_size(self) -> str:
        return self.text_size or ("large" if self.kiosk else "normal")

    def with_overrides(self, **changes: Any) -> Settings:
        """A copy with the given non-None values replaced (used for command-line flags)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


@dataclass(frozen=True)
class _Rule:
    kind: type
    help: str
    check: Callable[[Any], bool] = lambda value: True
    fix: str = ""


RULES: Mapping[str, _Rule] = {
    "lang": _Rule(str, "language code such as en, de or es",
                  lambda v: v.isalpha() and 2 <= len(v) <= 3, 'use a two-letter code such as "en"'),
    "content": _Rule(str, "folder of another content pack"),
    "text_size": _Rule(str, f"one of {', '.join(TEXT_SIZES)}", lambda v: v in TEXT_SIZES,
                       f"use one of: {', '.join(TEXT_SIZES)}"),
    "reduced_motion": _Rule(bool, "true to show still pictures instead of movement"),
    "diagram_labels": _Rule(bool, "false to hide the labels in the diagram"),
    "kiosk": _Rule(bool, "true to run as a waiting-room kiosk"),
    "idle_timeout": _Rule(int, "seconds without a touch before the kiosk starts over",
                          lambda v: 15 <= v <= 3600, "use a number of seconds from 15 to 3600"),
    "countdown": _Rule(int, "seconds of the 'Still there?' countdown", lambda v: 3 <= v <= 120,
                       "use a number of seconds from 3 to 120"),
    "hide_cursor": _Rule(bool, "true to hide the mouse pointer on touch screens"),
    "admin_pin_hash": _Rule(str, "salted hash of the admin PIN", lambda v: v == "" or is_valid_hash(v),
                            f"use the form {FORMAT_HELP}"),
    "screen": _Rule(int, "which screen the kiosk fills, counting from 0", lambda v: 0 <= v <= 15,
                    "use a screen number from 0 to 15"),
}
_TYPE_NAMES = {bool: "true or false", int: "a whole number", str: "text in quotes"}


def load_config(path: Path, base: Settings | None = None) -> Settings:
    """Read a TOML config file over `base`; raise ConfigError on the first problem."""
    base = base or Settings()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(path, 1, f"cannot read the config file ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise ConfigError(path, 1, "the config file is not UTF-8 text; save it as UTF-8") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, reason = toml_error(exc)
        raise ConfigError(path, line, f"invalid TOML ({reason}); check quotes and '='") from None
    changes: dict[str, Any] = {}
    for key, value in data.items():
        line = key_line(text, key)
        rule = RULES.get(key)
        if rule is None:
            raise ConfigError(path, line, f'unknown key "{key}".{suggest(key, list(RULES))} '
                                          f"Valid keys: {', '.join(RULES)}")
        if type(value) is not rule.kind:
            raise ConfigError(path, line, f"{key} must be {_TYPE_NAMES[rule.kind]} ({rule.help}), "
                                          f"not {value!r}")
        if not rule.check(value):
            raise ConfigError(path, line, f"{key} = {value!r} is not allowed: {rule.fix}")
        changes[key] = (path.parent / Path(str(value)).expanduser()) if key == "content" else value
    return replace(base, **changes)
