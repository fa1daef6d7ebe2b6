"""Shared fixtures. Qt runs offscreen, settings go to a temporary folder, and no socket may connect."""

from __future__ import annotations

import os
import socket
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported anywhere
_CONFIG_HOME = tempfile.mkdtemp(prefix="ioexplainer-test-config-")
os.environ["XDG_CONFIG_HOME"] = _CONFIG_HOME
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="ioexplainer-test-data-")

import pytest  # noqa: E402

from ioexplainer.core.paths import content_root  # noqa: E402

TOPIC = """+++
title = "{title}"
summary = "A short summary."
order = {order}
sources = [{{ title = "Immunotherapy to treat cancer", publisher = "National Cancer Institute (US)" }}]
updated = 2026-11-01
review_by = 2099-01-01
+++

Some text about [T cells](term:t-cell).
"""
GLOSSARY = """[t-cell]
term = "T cell"
definition = "A white blood cell that finds and kills sick cells."
"""


class FakeClock:
    """A clock the test moves by hand: `clock.now += 5`."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


class NetworkUsedError(AssertionError):
    """Raised when code under test tries to open a network connection."""


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any attempt to connect a socket: the app must stay offline."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkUsedError(f"network connection attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    """Whatever a test did, the next one starts with no translator installed (English on every widget)."""
    yield
    import sys

    if "ioexplainer.ui.language" in sys.modules:
        from PySide6.QtCore import QCoreApplication

        from ioexplainer.ui.language import INSTALLED

        for translator in INSTALLED:
            QCoreApplication.removeTranslator(translator)
        INSTALLED.clear()


@pytest.fixture
def bundled_root() -> Path:
    return content_root()


@pytest.fixture
def make_pack(tmp_path: Path) -> Callable[..., Path]:
    """Write a small pack (English: topics first and second, plus `files`) and return its root."""

    def make(files: dict[str, str | bytes] | None = None, lang: str = "en", glossary: bool = True,
             words: bool = True) -> Path:
        """`words`: copy the bundled diagram.toml and help.toml, which every pack needs."""
        root = tmp_path / "pack"
        folder = root / lang
        folder.mkdir(parents=True, exist_ok=True)
        if lang == "en":
            files = {"01-first.md": TOPIC.format(title="First", order=1),
                     "02-second.md": TOPIC.format(title="Second", order=2), **(files or {})}
        if glossary and lang == "en" and not (folder / "glossary.toml").exists():
            (folder / "glossary.toml").write_text(GLOSSARY, encoding="utf-8")
        if words and lang == "en":
            for name in ("diagram.toml", "help.toml"):
                if not (folder / name).exists():
                    (folder / name).write_bytes((content_root() / "en" / name).read_bytes())
        for name, content in (files or {}).items():
            path = folder / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return make
