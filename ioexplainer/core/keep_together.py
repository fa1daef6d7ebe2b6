"""Line breaks that keep a name whole (pure: no Qt).

Qt may break a line after any hyphen, and anywhere between words: "PD-" ended one line of a topic and
"L1" began the next, and a tile read "How cancer switches T / cells off". A word joiner after the hyphen
of a short code (PD-L1) and a no-break space after a one-letter word or a two-letter abbreviation
(T cells, NK cells), and before a lone capital letter (células T), keep them together. Neither shows,
and a screen reader reads the words as before.
German compounds such as "T-Zellen" may still break after their hyphen, as German print does.
"""

from __future__ import annotations

import re

WORD_JOINER = "\u2060"
NO_BREAK_SPACE = "\u00a0"
_CODE = re.compile(r"\b([A-Z]{1,5})-(?=[A-Z][A-Z0-9]{0,4}\b)")  # PD-L1 (not T-Zellen, not CTLA-4: no break there)
_SHORT = re.compile(r"(?<![\w\u00a0'’-])([A-Za-z]|[A-Z]{2}) (?=\w)")  # "T cells", "NK cells", "a list"
# "las células T", "células T ven": a lone capital letter stays with the word before it as well
_AFTER = re.compile(r"(?<=\w) (?=[A-Z](?![\w'’-]))")


def keep_codes(text: str) -> str:
    """A word joiner after the hyphen of each short code such as PD-L1."""
    return _CODE.sub(rf"\1-{WORD_JOINER}", text)


def keep_together(text: str) -> str:
    """Short codes whole, each one-letter word (or two-letter abbreviation) on the line of the next, and a
    lone capital letter on the line of the word before it too (Spanish "células / T" left the T alone, and
    "células / T ven" split the name)."""
    return _AFTER.sub(NO_BREAK_SPACE, _SHORT.sub(rf"\1{NO_BREAK_SPACE}", keep_codes(text)))
