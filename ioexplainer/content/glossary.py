"""Load `glossary.toml`: term id -> plain-language term and definition."""

from __future__ import annotations

import re
from pathlib import Path

from ioexplainer.content.model import Term
from ioexplainer.core.files import key_line, read_toml
from ioexplainer.core.problems import Problem, suggest

TERM_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FIELDS = ("term", "definition")


def load_glossary(path: Path) -> tuple[dict[str, Term], list[Problem]]:
    """Every valid term in the file, and the problems with the rest."""
    data, text, problem = read_toml(path)
    if data is None:
        return {}, [problem] if problem else []
    terms: dict[str, Term] = {}
    problems: list[Problem] = []
    for term_id, entry in data.items():
        line = key_line(text, "", table=term_id)
        if not TERM_ID.match(term_id):
            problems.append(Problem(path, line, f'term id "{term_id}" must be lowercase words joined by dashes, '
                                                "for example [t-cell]"))
            continue
        if not isinstance(entry, dict):
            problems.append(Problem(path, line, f'"{term_id}" must be a table: [{term_id}] then term = "..." '
                                                'and definition = "..."'))
            continue
        ok = True
        for key in entry:
            if key not in FIELDS:
                problems.append(Problem(path, key_line(text, key, term_id),
                                        f'unknown key "{key}" in [{term_id}].{suggest(key, FIELDS)}'))
        for key in FIELDS:
            value = entry.get(key)
            if not isinstance(value, str) or not value.strip():
                problems.append(Problem(path, key_line(text, key, term_id),
                                        f'[{term_id}] needs {key} = "..." as non-empty text'))
                ok = False
        if ok:
            terms[term_id] = Term(term_id, entry["term"].strip(), entry["definition"].strip())
    return terms, problems
