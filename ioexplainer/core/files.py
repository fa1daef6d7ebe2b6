"""The one guarded door for every file the app reads: inside its folder, a regular file, under a size
limit, UTF-8 (a byte-order mark and CRLF are fine); every refusal is a Problem naming the file and fix."""

from __future__ import annotations

import os
import re
import stat
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ioexplainer.core.problems import Problem

TOML_POSITION = re.compile(r"\(at line (\d+), column \d+\)")


def toml_error(exc: tomllib.TOMLDecodeError) -> tuple[int, str]:
    """(1-based line, reason without the position) of a TOML syntax error."""
    match = TOML_POSITION.search(str(exc))
    return (int(match.group(1)) if match else 1), TOML_POSITION.sub("", str(exc)).strip()


MAX_TEXT_BYTES = 512 * 1024  # a topic or TOML file; the bundled ones are under 20 KB
MAX_CONFIG_BYTES = 64 * 1024
MAX_IMAGE_BYTES = 8 * 1024 * 1024


class RefusedError(ValueError):
    """A file the door will not open; str() says why and what to do."""


def open_guarded(path: Path, limit: int, inside: Path | None = None) -> bytes:
    """The bytes of `path`, refusing symlinks out of `inside`, anything but a regular file, and files
    over `limit` bytes. The file is opened without blocking, so a named pipe can never hang the app."""
    if inside is not None:
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):
            raise RefusedError("not found; check the file name and folder") from None
        if not real.is_relative_to(inside.resolve()):
            raise RefusedError("it points outside the content pack (a link or ..); keep files inside the pack folder")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise RefusedError(f"cannot open it ({exc.strerror}); check that it exists and is readable") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            what = "a folder" if stat.S_ISDIR(info.st_mode) else "a device, pipe or socket"
            raise RefusedError(f"it is {what}, not a regular file; use a plain file")
        if info.st_size > limit:
            raise RefusedError(f"it is {info.st_size:,} bytes, over the limit of {limit:,}; make it smaller")
        data = os.read(fd, limit + 1)
        chunks = [data]
        while data and sum(map(len, chunks)) <= limit:
            data = os.read(fd, limit + 1)
            chunks.append(data)
        raw = b"".join(chunks)
        if len(raw) > limit:
            raise RefusedError(f"it grew over the limit of {limit:,} bytes while being read; make it smaller")
        return raw
    finally:
        os.close(fd)


def decode(raw: bytes, path: Path) -> tuple[str | None, Problem | None]:
    """UTF-8 text (a byte-order mark is dropped, CRLF becomes LF), or a Problem with the line at fault."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, Problem(path, 1, "the file is saved as UTF-16; save it as UTF-8")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, Problem(path, line, f"not UTF-8 text (byte 0x{raw[exc.start]:02x}); "
                                         "save the file with UTF-8 encoding")
    return text.replace("\r\n", "\n"), None


def read_text(path: Path, limit: int = MAX_TEXT_BYTES, inside: Path | None = None) -> tuple[str | None,
                                                                                               Problem | None]:
    """The file's text through the guarded door, or a Problem saying why it cannot be read."""
    try:
        raw = open_guarded(path, limit, inside)
    except RefusedError as exc:
        return None, Problem(path, 1, f"cannot read the file: {exc}")
    text, problem = decode(raw, path)
    if text is None:
        return None, problem
    if not text.strip():
        return None, Problem(path, 1, "the file is empty; add content or delete the file")
    return text, None


def read_toml(path: Path, inside: Path | None = None, limit: int = MAX_TEXT_BYTES) -> tuple[dict[str, Any] | None,
                                                                                              str, Problem | None]:
    """A TOML file's table and its text (for finding key lines), or a Problem naming the line at fault."""
    text, problem = read_text(path, limit, inside)
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


_KEY_CHARS = re.compile(r"[A-Za-z0-9_\"'.-]+")


class KeyLines:
    """Where each `[table]` header and `key =` line sits in a TOML text: one pass, then O(1) look-ups."""

    def __init__(self, text: str) -> None:
        self._lines: dict[tuple[str, str], int] = {}
        table = ""
        for number, line in enumerate(text.splitlines(), start=1):  # string methods only: linear in the text
            stripped = line.strip()
            if stripped.startswith("[") and "]" in stripped:
                table = stripped[1:stripped.index("]")].strip(" [").strip("\"'")
                self._lines.setdefault((table, ""), number)
            elif "=" in stripped:
                key = stripped.split("=", 1)[0].strip()
                if _KEY_CHARS.fullmatch(key):
                    self._lines.setdefault((table, key.strip("\"'")), number)

    def in_table(self, table: str) -> Callable[[str], int]:
        """A key -> line function for one table (what Schema.validate takes)."""
        return lambda key: self.line(key, table)

    def line(self, key: str, table: str = "") -> int:
        """The 1-based line of `key` in `table` (the table's header if the key is not there; else 1)."""
        return (self._lines.get((table, key)) or (self._lines.get((key, "")) if not table else None)
                or self._lines.get((table, "")) or 1)
