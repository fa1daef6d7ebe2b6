"""Glossary words in topic text: each term linked at its first use in a topic, and every term used (pure)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ioexplainer.content.model import Term

_TERM_LINK = re.compile(r"\[[^\]]*\]\(term:([a-z0-9-]+)\)")
_ANY_LINK = re.compile(r"!?\[[^\]]*\]\([^)]*\)")


def _forms(term: Term) -> list[str]:
    """How a term may appear in text: its name (and a 2+ word alias in brackets), with plurals."""
    text = term.term.lower()
    names = [re.sub(r"\s*\([^)]*\)", "", text).strip()]
    alias = re.search(r"\(([^)]*)\)", text)
    if alias and len(alias.group(1).split()) >= 2:
        names.append(alias.group(1).strip())
    forms = []
    for name in filter(None, names):
        forms.append(re.escape(name) + r"(?:s|es)?")
        if name.endswith("y"):
            forms.append(re.escape(name[:-1]) + "ies")
    return forms


class TermFinder:
    """One regular expression for the whole glossary, built once; each topic is then scanned once."""

    def __init__(self, glossary: Mapping[str, Term]) -> None:
        pairs = sorted(((form, term_id) for term_id, term in glossary.items() for form in _forms(term)),
                       key=lambda pair: -len(pair[0]))  # longest first: "killer T cell" before "T cell"
        self._ids = [term_id for _, term_id in pairs]
        alternatives = "|".join(f"({form})" for form, _ in pairs)
        self._pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])") if pairs else None

    def unlinked_first_uses(self, body: str) -> list[tuple[str, int]]:
        """(term id, offset) for each term whose first mention in `body` comes before its first link."""
        first_link: dict[str, int] = {}
        for m in _TERM_LINK.finditer(body):
            first_link.setdefault(m.group(1), m.start())
        if self._pattern is None:
            return []
        masked = _ANY_LINK.sub(lambda m: " " * len(m.group(0)), body).lower()
        masked = re.sub(r"(?m)^#.*$", lambda m: " " * len(m.group(0)), masked)  # headings do not count
        first_use: dict[str, int] = {}
        for m in self._pattern.finditer(masked):
            term_id = self._ids[(m.lastindex or 1) - 1]
            first_use.setdefault(term_id, m.start())
        return sorted((term_id, offset) for term_id, offset in first_use.items()
                      if first_link.get(term_id, len(body) + 1) > offset)


def linked_terms(body: str) -> set[str]:
    return {m.group(1) for m in _TERM_LINK.finditer(body)}
