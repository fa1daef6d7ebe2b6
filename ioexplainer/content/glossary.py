"""Load `glossary.toml`: term id -> plain-language term and definition (one parse, one pass)."""

from __future__ import annotations

import re
from pathlib import Path

from ioexplainer.content.model import Term
from ioexplainer.core.files import KeyLines, read_toml
from ioexplainer.core.problems import Problem
from ioexplainer.core.schema import Field, Schema

TERM_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_TERMS = 2000  # a real glossary has tens; this only stops a runaway file
ENTRY = Schema({
    "term": Field(str, "the word as the reader sees it", required=True, example='term = "T cell"'),
    "definition": Field(str, "one to five plain sentences", required=True, example='definition = "..."'),
}, "key")


def load_glossary(path: Path, inside: Path | None = None) -> tuple[dict[str, Term], list[Problem]]:
    """Every valid term in the file, and the problems with the rest (the file's own problem first)."""
    data, text, problem = read_toml(path, inside)
    if data is None:
        return {}, [problem] if problem else []
    lines = KeyLines(text)
    problems: list[Problem] = []
    if not data:
        return {}, [Problem(path, 1, "the glossary has no terms; add [term-id] tables with term and definition")]
    if len(data) > MAX_TERMS:
        problems.append(Problem(path, 1, f"the glossary has {len(data):,} terms, over the limit of {MAX_TERMS:,}; "
                                         f"only the first {MAX_TERMS:,} are used"))
    terms: dict[str, Term] = {}
    for term_id, entry in list(data.items())[:MAX_TERMS]:
        line = lines.line("", term_id)
        if not TERM_ID.match(term_id):
            problems.append(Problem(path, line, f'term id "{term_id}" must be lowercase words joined by dashes, '
                                                "for example [t-cell]"))
            continue
        if not isinstance(entry, dict):
            problems.append(Problem(path, line, f'"{term_id}" must be a table: [{term_id}] then term = "..." '
                                                'and definition = "..."'))
            continue
        words = ENTRY.validate(entry, path, lines.in_table(term_id), problems, f"[{term_id}]")
        if len(words) == 2:
            terms[term_id] = Term(term_id, words["term"].strip(), words["definition"].strip(), line)
    return terms, problems
