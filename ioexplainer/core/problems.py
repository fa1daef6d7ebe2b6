"""Problems found in a content pack, each naming the file, the line and the fix."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a content file."""

    path: Path
    line: int
    message: str
    warning: bool = False  # worth fixing, but the app shows the content as it is

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {'warning: ' if self.warning else ''}{self.message}"


def suggest(word: str, choices: Iterable[str]) -> str:
    """A ' Did you mean "x"?' hint for the nearest valid choice, or an empty string."""
    import difflib  # only when something is wrong

    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.5)
    return f' Did you mean "{close[0]}"?' if close else ""
