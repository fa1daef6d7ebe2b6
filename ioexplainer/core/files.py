"""Read a content file as UTF-8 text, turning every failure into a Problem."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from ioexplainer.core.problems import Problem

TOML_POSITION = re.compile(r"\(at line (\d+), column \d+\)")


def toml_error(exc: tomllib.TOMLDecodeError) -> tuple[int, str]:
    """(1-based line, reason without the position) of a TOML syntax error."""
    match = TOML_POSITION.search(str(exc))
    return (int(match.group(1)) if match else 1), TOML_POSITION.sub("", str(exc)).strip()


def read_text(path: Path) -> tuple[str | None, Problem | None]:
    """The file's text, or a Problem saying why it cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, Problem(path, 1, f"cannot read the file ({exc.strerror}); check that it exists and is readable")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, Problem(path, line, f"not UTF-8 text (byte 0x{raw[exc.start]:02x}); "
                                         "save the file with UTF-8 encoding")
    if not text.strip():
        return None, Problem(path, 1, "the file is empty; add content or delete the file")
    return text, None


def read_toml(path: Path) -> tuple[dict[str, Any] | None, str, Problem | None]:
    """A TOML file's table and its text (for finding key lines), or a Problem naming the line at fault."""
    text, problem = read_text(path)
    if text is None:
        return None, "", problem
    try:
        return tomllib.loads(text), text, None
    except tomllib.TOMLDecodeError as exc:
        line, reason = toml_error(exc)
        return None, text, Problem(path, line, f"invalid TOML: {reason}; check quotes, brackets and '=' on this line")


def key_line(text: str, key: str, table: str | None = None) -> int:
    """Best-effort 1-based line where `key =` (or `[table]` header) appears; 1 if not found."""
    lines = text.splitlines()
    start = 0
    if table is not None:
        header = f"[{table}]"
        start = next((i for i, line in enumerate(lines) if line.strip() == header), -1)
        if start < 0:
            return 1
        if key == "":
            return start + 1
    for i in range(start, len(lines)):
        stripped = lines[i].strip()
        if i > start and table is not None and stripped.startswith("["):
            break
        if stripped.split("=", 1)[0].strip() == key and "=" in stripped:
            return i + 1
    return start + 1
