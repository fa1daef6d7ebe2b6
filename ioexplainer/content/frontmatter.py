"""Split a topic file into TOML front matter (between +++ lines) and its Markdown body."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from typing import Any

from ioexplainer.core.files import toml_error

FENCE = "+++"


class FrontMatterError(ValueError):
    """The front matter is missing, unclosed or not valid TOML; `line` is 1-based in the file."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass(frozen=True)
class Split:
    """Parsed front matter, the body, and where things are in the file."""

    data: dict[str, Any]
    body: str
    body_line: int  # 1-based line number of the body's first line
    key_lines: dict[str, int]


def split(text: str) -> Split:
    """Parse `+++` fenced TOML front matter; raise FrontMatterError with a fix in the message."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != FENCE:
        raise FrontMatterError(1, f'the file must start with a "{FENCE}" line, then TOML front matter '
                                  f'(title, summary, order), then another "{FENCE}" line')
    try:
        close = next(i for i in range(1, len(lines)) if lines[i].strip() == FENCE)
    except StopIteration:
        raise FrontMatterError(1, f'the front matter is never closed: add a "{FENCE}" line after it') from None
    toml_text = "\n".join(lines[1:close])
    try:
        data = tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError as exc:
        line, reason = toml_error(exc)
        raise FrontMatterError(line + 1, f"invalid TOML in front matter: {reason}; "
                                     'write keys as key = "text" or key = 3') from None
    key_lines = {}
    for number, line_text in enumerate(lines[1:close], start=2):
        m = re.match(r"\s*([A-Za-z0-9_-]+)\s*=", line_text)
        if m and m.group(1) not in key_lines:
            key_lines[m.group(1)] = number
    return Split(data, "\n".join(lines[close + 1:]), close + 2, key_lines)
