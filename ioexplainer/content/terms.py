"""Glossary words in topic text: each term linked at its first use in a topic, and every term used (pure).

Terms are found by looking up runs of one to a few words in a table of every term's forms (with
plurals), so a topic is scanned once whatever the size of the glossary.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import pairwise

from ioexplainer.content.model import Term

# No "[" inside the brackets: a run of "[" with no "]" is then scanned once, not once per bracket.
_TERM_LINK = re.compile(r"\[[^\[\]]*\]\(term:([a-z0-9-]+)\)")
_ANY_LINK = re.compile(r"!?\[[^\[\]]*\]\([^()\n]*\)")
_WORD = re.compile(r"[\w-]+")
_GAP = re.compile(r"[ \t]+")  # words of one term are separated by spaces only (not punctuation or lines)


def _names(term: Term) -> list[str]:
    """A term's name (and a 2+ word alias in brackets), lowercase."""
    text = term.term.lower()
    names = [re.sub(r"\s*\([^)]*\)", "", text).strip()]
    alias = re.search(r"\(([^)]*)\)", text)
    if alias and len(alias.group(1).split()) >= 2:
        names.append(alias.group(1).strip())
    return [name for name in names if name]


def _endings(word: str) -> list[str]:
    """A word and its plurals in English, Spanish and German (-s, -es, -ies; -n, -en, -e)."""
    return [word, word + "s", word + "es", word + "n", word + "en", word + "e",
            *([word[:-1] + "ies"] if word.endswith("y") else [])]


def _forms(name: str) -> list[tuple[str, ...]]:
    """The name as words, with its first and last words in any plural form ("cancer cells";
    Spanish "células cancerosas", "inhibidores de puntos de control"; German "Krebszellen")."""
    words = tuple(_WORD.findall(name))
    if not words:
        return []
    if len(words) == 1:
        return [(form,) for form in _endings(words[0])]
    return [(first, *words[1:-1], last) for first in _endings(words[0]) for last in _endings(words[-1])]


class TermFinder:
    """A table of every form of every term, built once; each topic is then scanned once."""

    def __init__(self, glossary: Mapping[str, Term]) -> None:
        self._table: dict[tuple[str, ...], str] = {}
        for term_id, term in glossary.items():
            for name in _names(term):
                for form in _forms(name):
                    self._table.setdefault(form, term_id)
        self._longest: dict[str, int] = {}  # first word -> the most words a term starting with it has
        for form in self._table:
            self._longest[form[0]] = max(self._longest.get(form[0], 0), len(form))

    def unlinked_first_uses(self, body: str) -> list[tuple[str, int]]:
        """(term id, offset) for each term whose first mention in `body` comes before its first link."""
        first_link: dict[str, int] = {}
        for m in _TERM_LINK.finditer(body):
            first_link.setdefault(m.group(1), m.start())
        masked = _ANY_LINK.sub(lambda m: " " * len(m.group(0)), body).lower()
        masked = re.sub(r"(?m)^#.*$", lambda m: " " * len(m.group(0)), masked)  # headings do not count
        words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(masked)]
        first_use: dict[str, int] = {}
        index = 0
        while index < len(words):
            step = 1
            longest = self._longest.get(words[index][0], 0)
            for size in range(min(longest, len(words) - index), 0, -1):  # longest match first
                run = words[index:index + size]
                if any(not _GAP.fullmatch(masked[a[2]:b[1]]) for a, b in pairwise(run)):
                    continue
                term_id = self._table.get(tuple(word for word, _, _ in run))
                if term_id is not None:
                    first_use.setdefault(term_id, run[0][1])
                    step = size
                    break
            index += step
        return sorted((term_id, offset) for term_id, offset in first_use.items()
                      if first_link.get(term_id, len(body) + 1) > offset)


def linked_terms(body: str) -> set[str]:
    return {m.group(1) for m in _TERM_LINK.finditer(body)}
