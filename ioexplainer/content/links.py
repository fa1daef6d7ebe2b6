"""Find every link, picture, autolink, reference definition and piece of raw HTML in a Markdown body.

One linear pass per body (no nested quantifiers, so no pathological backtracking). Link text may run
over several lines; titles may use "double", 'single' or (round) quotes; reference definitions count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

# [text](target "title") and ![alt](target 'title'); text may span lines but not a blank line.
_INLINE = re.compile(r"(!?)\[((?:[^\[\]\n]|\n(?!\s*\n)){0,500})\]\(\s*(<[^<>\n]*>|"
                     r"(?:[^\s()<>]|\((?:[^\s()<>]|\([^\s()<>]*\)){0,200}\)){0,2000})"  # brackets two deep
                     r"""(?:\s+(?:"(?:[^"\\]|\\.|\n(?!\s*\n)){0,500}"|'(?:[^'\\]|\\.|\n(?!\s*\n)){0,500}'"""
                     r"""|\((?:[^()\\]|\\.|\n(?!\s*\n)){0,500}\)))?\s*\)""")
# [label]: target "title"   (a reference definition, used by [text][label] and ![alt][label])
_DEFINITION = re.compile(r"""^ {0,3}\[([^\]\n]{1,200})\]:\s*(<[^<>\n]*>|\S+)""", re.MULTILINE)
_USE = re.compile(r"(!?)\[((?:[^\[\]\n]|\n(?!\s*\n)){0,500})\]\[([^\]\n]{0,200})\]")
_AUTOLINK = re.compile(r"<((?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}):[^<>\s]*|[^<>\s@]{1,64}@[^<>\s@]{1,255})>")
_BARE_URL = re.compile(r"(?<![A-Za-z0-9/])((?:https?|ftp)://[^\s<>()]+|www\.[A-Za-z0-9-]+\.[^\s<>()]+)")
_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+)")
_HTML = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--|<![A-Z]|<\?")
_REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//|^(?:https?|ftp|mailto|tel|file|data|javascript):|^www\.",
                     re.IGNORECASE)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
# Characters that change what text looks like without showing themselves: controls and direction overrides.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff]")


class LinkKind(Enum):
    """What a link points at."""

    TERM = "term"
    TOPIC = "topic"
    REMOTE = "remote"
    LOCAL = "local"
    EMPTY = "empty"


@dataclass(frozen=True)
class Link:
    """A link or picture found in a Markdown body; `line` is 1-based within the body."""

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
    if "@" in target and "/" not in target.split("@", 1)[0]:
        return LinkKind.REMOTE  # an e-mail address: the viewer makes it a mailto: link
    if target.startswith("term:"):
        return LinkKind.TERM
    if target.startswith("topic:"):
        return LinkKind.TOPIC
    if _REMOTE.match(target) or _SCHEME.match(target):
        return LinkKind.REMOTE
    return LinkKind.LOCAL


class _Lines:
    """Offset -> 1-based line number, by bisection over the line starts."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def at(self, offset: int) -> int:
        low, high = 0, len(self.starts)
        while low + 1 < high:
            middle = (low + high) // 2
            low, high = (middle, high) if self.starts[middle] <= offset else (low, middle)
        return low + 1


def _code_spans_blanked(body: str) -> str:
    """The body with fenced code blocks and `code spans` blanked out (same length: offsets still match)."""
    body = re.sub(r"(?ms)^ {0,3}(```|~~~).*?(^ {0,3}\1|\Z)", lambda m: re.sub(r"[^\n]", " ", m.group(0)), body)
    return re.sub(r"`[^`\n]+`", lambda m: " " * len(m.group(0)), body)


def _clean(target: str) -> str:
    target = target.strip()
    return target[1:-1].strip() if target.startswith("<") and target.endswith(">") else target


def find_links(body: str) -> Iterator[Link]:
    """Every inline and reference link or picture, autolink and bare web address in the body."""
    text = _code_spans_blanked(body)
    lines = _Lines(text)
    definitions = {m.group(1).strip().lower(): _clean(m.group(2)) for m in _DEFINITION.finditer(text)}
    spans = []
    for m in _INLINE.finditer(text):
        spans.append(m.span())
        yield Link(_clean(m.group(3)), " ".join(m.group(2).split()), lines.at(m.start()), m.group(1) == "!")
    for m in _USE.finditer(text):
        label = (m.group(3) or m.group(2)).strip().lower()
        if label in definitions and m.group(1) == "!":  # pictures by reference (links: at their definition)
            yield Link(definitions[label], " ".join(m.group(2).split()), lines.at(m.start()), m.group(1) == "!")
    for m in _DEFINITION.finditer(text):  # a definition is a link target even if nothing uses it yet
        yield Link(_clean(m.group(2)), m.group(1), lines.at(m.start()), False)
    for m in _DEFINITION.finditer(text):
        spans.append(m.span())
    rest = list(text)
    for start, end in spans:  # the addresses inside links were reported already: blank them
        rest[start:end] = [" " if c != "\n" else c for c in text[start:end]]
    plain = "".join(rest)
    for m in _AUTOLINK.finditer(plain):
        yield Link(m.group(1), m.group(1), lines.at(m.start()), False)
    plain = _AUTOLINK.sub(lambda m: " " * len(m.group(0)), plain)
    for pattern in (_BARE_URL, _EMAIL):
        for m in pattern.finditer(plain):
            yield Link(m.group(1).rstrip(".,;:!?"), m.group(1), lines.at(m.start()), False)


def find_html(body: str) -> Iterator[tuple[int, str]]:
    """(line, the tag) for every piece of raw HTML: the viewer shows it as plain text."""
    text = _code_spans_blanked(body)
    lines = _Lines(text)
    for m in _HTML.finditer(text):
        yield lines.at(m.start()), m.group(0)[:40]


def find_unsafe(text: str) -> Iterator[tuple[int, str]]:
    """(line, description) for every control or text-direction character that would mislead a reader."""
    lines = _Lines(text)
    for m in _UNSAFE.finditer(text):
        yield lines.at(m.start()), f"U+{ord(m.group(0)):04X}"


def max_nesting(body: str) -> int:
    """The deepest nesting of brackets or quote markers in the body (a guard for the Markdown reader)."""
    deepest = depth = 0
    for char in body:
        if char == "[":
            depth += 1
            deepest = max(deepest, depth)
        elif char == "]":
            depth = max(0, depth - 1)
        elif char == "\n":
            depth = 0 if depth > 64 else depth
    quote = max((len(m.group(0).replace(" ", "")) for m in re.finditer(r"(?m)^(?: {0,3}>)+", body)), default=0)
    return max(deepest, quote)
