"""Load `diagram.toml`: scenario titles, words for every phase, comparison titles and picture labels."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ioexplainer.content.model import DiagramText, PhaseText, ScenarioText
from ioexplainer.core.files import KeyLines, read_toml
from ioexplainer.core.problems import Problem, suggest
from ioexplainer.core.schema import Field, Schema

LABELS = "labels"
MAX_WORDS = 400  # a caption or label longer than this is a mistake, not a caption
PHASE = Schema({
    "title": Field(str, "a short name for the step", required=True, example='title = "The brake"'),
    "caption": Field(str, "one or two plain sentences shown under the picture", required=True,
                     example='caption = "..."'),
    "description": Field(str, "what the picture shows, read aloud for people who cannot see it", required=True,
                         example='description = "..."'),
}, "key")
TITLE_ONLY = Schema({"title": Field(str, "the name shown on its button", required=True,
                                    example='title = "Side by side"')}, "key")


def load_diagram_text(path: Path, expected: Mapping[str, Sequence[str]], comparisons: Sequence[str] = (),
                      inside: Path | None = None, translation: bool = False) -> tuple[DiagramText, list[Problem]]:
    """Words for the diagram; `expected` maps each scenario to its phase ids, `comparisons` names the rest.
    In a `translation`, a missing table or phase is a warning: English is shown for it."""
    data, text, problem = read_toml(path, inside)
    if data is None:
        return DiagramText(), [problem] if problem else []
    lines = KeyLines(text)
    problems: list[Problem] = []
    known = [*expected, *comparisons, LABELS]
    for name in data:
        if name not in known:
            problems.append(Problem(path, lines.line("", name), f"unknown scenario [{name}].{suggest(name, known)} "
                                                                f"Tables here: {', '.join(known)}"))
    scenarios: dict[str, ScenarioText] = {}
    for scenario, phase_ids in expected.items():
        table = _table(data, scenario, path, problems, 'add it with title = "..." and a table for each step')
        if table is None:
            continue
        head = TITLE_ONLY.validate({"title": table["title"]} if "title" in table else {}, path,
                                   _at(lines, scenario), problems, where=f"[{scenario}]")
        phases: dict[str, PhaseText] = {}
        for key in table:
            if key != "title" and key not in phase_ids:
                problems.append(Problem(path, lines.line("", f"{scenario}.{key}"),
                                        f"unknown phase [{scenario}.{key}].{suggest(key, phase_ids)} "
                                        f"Steps: {', '.join(phase_ids)}"))
        for phase in phase_ids:
            section = f"{scenario}.{phase}"
            entry = _table(table, phase, path, problems, "add title, caption and description", section)
            if entry is None:
                continue
            words = PHASE.validate(entry, path, _at(lines, section), problems, f"[{section}]")
            phases[phase] = PhaseText(*(str(words.get(k, "")).strip() for k in ("title", "caption", "description")))
        scenarios[scenario] = ScenarioText(str(head.get("title", scenario)).strip(), MappingProxyType(phases))
    for name in comparisons:
        table = _table(data, name, path, problems, 'add it with title = "..."')
        if table is not None:
            head = TITLE_ONLY.validate(table, path, _at(lines, name), problems, f"[{name}]")
            scenarios[name] = ScenarioText(str(head.get("title", name)).strip(), MappingProxyType({}))
    labels = _labels(data.get(LABELS, {}), path, lines, problems)
    if translation:
        problems = [Problem(p.path, p.line, p.message.replace("; add", "; English is shown until you add", 1),
                            warning=True) if p.message.startswith("missing") else p for p in problems]
    return DiagramText(MappingProxyType(scenarios), MappingProxyType(labels)), problems


def _at(lines: KeyLines, table: str) -> Callable[[str], int]:
    return lambda key: lines.line(key, table)


def _table(data: Mapping[str, Any], name: str, path: Path, problems: list[Problem], fix: str,
           shown: str | None = None) -> dict[str, Any] | None:
    table = data.get(name)
    if isinstance(table, dict):
        return table
    what = "missing" if table is None else "not a table:"
    problems.append(Problem(path, 1, f"{what} [{shown or name}]; {fix}"))
    return None


def _labels(table: object, path: Path, lines: KeyLines, problems: list[Problem]) -> dict[str, str]:
    if not isinstance(table, dict):
        problems.append(Problem(path, lines.line("", LABELS), "[labels] must be a table of key = \"name\" lines"))
        return {}
    labels = {}
    for key, value in table.items():
        if isinstance(value, str) and value.strip() and len(value) <= MAX_WORDS:
            labels[key] = value.strip()
        else:
            problems.append(Problem(path, lines.line(key, LABELS), f'label {key} must be short non-empty text, '
                                                                   f'such as {key} = "Cancer cell"'))
    return labels
