"""Find links and images in Markdown and say which kind each one is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

_LINK = re.compile(r"(!?)\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_HTML_SRC = re.compile(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//|^(?:https?|ftp|mailto|tel|file|data):|^www\.", re.IGNORECASE)


class LinkKind(Enum):
    """What a link points at."""

    TERM = "term"
    TOPIC = "topic"
    REMOTE = "remote"
    LOCAL = "local"
    EMPTY = "empty"


@dataclass(frozen=True)
class Link:
    """A link or image found in a Markdown body; `line` is 1-based within the body."""

    target: str
    text: str
    line: int
    is_image: bool

    @property
    def kind(self) -> LinkKind:
        return classify(self.target)

    @property
    def name(self) -> str:
        """The term id or topic slug after the `term:` / `topic:` prefix."""
        return self.target.split(":", 1)[1] if ":" in self.target else self.target


def classify(target: str) -> LinkKind:
    """Sort a link target into term, topic, remote, local file or empty."""
    if not target:
        return LinkKind.EMPTY
    if target.startswith("term:"):
        return LinkKind.TERM
    if target.startswith("topic:"):
        return LinkKind.TOPIC
    if _REMOTE.match(target):
        return LinkKind.REMOTE
    return LinkKind.LOCAL


def find_links(body: str) -> Iterator[Link]:
    """Every Markdown link, image, autolink and raw HTML src/href in the body."""
    for number, line in enumerate(body.splitlines(), start=1):
        for m in _LINK.finditer(line):
            yield Link(m.group(3), m.group(2), number, m.group(1) == "!")
        for m in _AUTOLINK.finditer(line):
            yield Link(m.group(1), m.group(1), number, False)
        for m in _HTML_SRC.finditer(line):
            yield Link(m.group(1), m.group(1), number, "src" in m.group(0).lower())
