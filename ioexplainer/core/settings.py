"""One Settings dataclass: defaults <- TOML config file <- command-line flags (pure Python)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ioexplainer.core.files import MAX_CONFIG_BYTES, KeyLines, RefusedError, decode, open_guarded, toml_error
from ioexplainer.core.problems import Problem
from ioexplainer.core.schema import Field, Schema

TEXT_SIZES = ("small", "normal", "large", "largest")
LANG = re.compile(r"^[a-z]{2,3}$")
PHONE = re.compile(r"^[0-9+()\- ./]{3,32}$")


class ConfigError(ValueError):
    """Config problems; str() has one line per problem naming the file, line, key and fix."""

    def __init__(self, path: Path | None, line: int = 1, message: str = "",
                 problems: tuple[Problem, ...] = ()) -> None:
        self.problems = problems or (Problem(path or Path("config"), line, message),)
        super().__init__("\n".join(str(p) if path is not None else p.message for p in self.problems))


@dataclass(frozen=True)
class Settings:
    """Everything the app can be told at start-up."""

    lang: str = "en"
    content: Path | None = None
    text_size: str = ""  # "" = automatic: normal on a laptop, large on a kiosk
    reduced_motion: bool = False
    diagram_labels: bool = True
    diagram_speed: str = "normal"  # "slow", "normal" or "fast" (a kiosk has no speed buttons)
    kiosk: bool = False
    idle_timeout: int = 90
    countdown: int = 10
    hide_cursor: bool = False
    admin_pin_hash: str = ""
    screen: int = 0
    help_phone: str = ""  # the care team's day-and-night number, shown in the "When to get help" box
    help_hours: str = ""
    emergency_number: str = ""  # "" = "your local emergency number"
    help_note: str = ""
    printer: bool = False  # a kiosk with a printer offers Print; a laptop always offers Save as PDF
    contrast: str = ""  # "standard" or "high"; "" = the desktop's own setting where Qt can read it
    speech: bool = False  # a kiosk offers Listen (headphones) only when this is on; a laptop always does
    speech_engine: str = ""  # "" = the system's own text-to-speech engine

    @property
    def effective_text_size(self) -> str:
        return self.text_size or ("large" if self.kiosk else "normal")

    def with_overrides(self, **changes: Any) -> Settings:
        """A copy with the given non-None values replaced (used for command-line flags)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _pin_problem(value: str) -> str | None:
    from ioexplainer.core.pin import hash_problem  # hashlib only when a PIN is configured

    return hash_problem(value)


def _phone(value: str) -> str | None:
    return None if PHONE.match(value) else 'write it with digits, spaces and + ( ) - only, such as "020 7946 0000"'


def _short(limit: int) -> Any:
    return lambda v: None if len(v) <= limit else f"keep it under {limit} characters"


RULES = Schema({
    "lang": Field(str, "language code such as en, de or es", check=lambda v: None if LANG.match(v)
                  else 'use a two-letter code such as "en"'),
    "content": Field(str, "folder of another content pack (relative to this file)"),
    "text_size": Field(str, "starting text size", choices=TEXT_SIZES),
    "reduced_motion": Field(bool, "true to show still pictures instead of movement"),
    "diagram_labels": Field(bool, "false to hide the labels in the diagram"),
    "diagram_speed": Field(str, "how fast the diagram plays", choices=("slow", "normal", "fast")),
    "kiosk": Field(bool, "true to run as a waiting-room kiosk"),
    "idle_timeout": Field(int, "seconds without a touch before the kiosk starts over", minimum=15, maximum=3600),
    "countdown": Field(int, "seconds of the 'Still there?' countdown", minimum=3, maximum=120),
    "hide_cursor": Field(bool, "true to hide the mouse pointer on touch screens"),
    "admin_pin_hash": Field(str, "salted hash of the admin PIN", allow_empty=True,
                            check=lambda v: _pin_problem(v) if v else None),
    "screen": Field(int, "which screen the kiosk fills, counting from 0", minimum=0, maximum=15),
    "help_phone": Field(str, "the care team's 24-hour phone number", check=_phone),
    "help_hours": Field(str, "when that number answers, such as \"day or night\"", check=_short(80)),
    "emergency_number": Field(str, "the local emergency number, such as 999, 112 or 911", check=_phone),
    "help_note": Field(str, "one more line for the help box, such as which ward to ask for", check=_short(240)),
    "printer": Field(bool, "true if a kiosk has a printer (laptops always offer Save as PDF)"),
    "contrast": Field(str, "standard, or high for high-contrast colours", choices=("standard", "high")),
    "speech": Field(bool, "true to offer Listen (read aloud) on a kiosk, through headphones"),
    "speech_engine": Field(str, "a text-to-speech engine by name, such as speechd; leave it out for the default",
                           check=lambda v: None if v.isalnum() else "use letters and digits only"),
}, "config key")


def load_config(path: Path, base: Settings | None = None) -> Settings:
    """Read a TOML config file over `base`; raise ConfigError listing every problem at once."""
    base = base or Settings()
    try:
        raw = open_guarded(path, MAX_CONFIG_BYTES)
    except RefusedError as exc:
        raise ConfigError(path, 1, f"cannot read the config file: {exc}") from None
    text, problem = decode(raw, path)
    if text is None:
        raise ConfigError(path, problem.line if problem else 1,
                          (problem.message if problem else "unreadable") + " (the config file)")
    import tomllib  # only when there is a config file

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, reason = toml_error(exc)
        raise ConfigError(path, line, f"invalid TOML ({reason}); check quotes and '='") from None
    lines = KeyLines(text)
    problems: list[Problem] = []
    valid = RULES.validate(data, path, lines.line, problems)
    if problems:
        raise ConfigError(path, problems=tuple(problems))
    if "content" in valid:
        valid["content"] = path.parent / Path(valid["content"]).expanduser()
    return replace(base, **valid)
