"""Load `diagram.toml`: titles, captions and spoken descriptions for every diagram phase."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType

from ioexplainer.content.model import PhaseText, ScenarioText
from ioexplainer.core.files import key_line, read_toml
from ioexplainer.core.problems import Problem, suggest

PHASE_FIELDS = ("title", "caption", "description")


def load_diagram_text(path: Path, expected: Mapping[str, Sequence[str]]
                      ) -> tuple[dict[str, ScenarioText], list[Problem]]:
    """Scenario and phase text; `expected` maps each scenario to its phase ids in order."""
    data, text, problem = read_toml(path)
    if data is None:
        return {}, [problem] if problem else []
    problems: list[Problem] = []
    result: dict[str, ScenarioText] = {}
    for name in data:
        if name not in expected:
            problems.append(Problem(path, key_line(text, "", name),
                                    f'unknown scenario [{name}].{suggest(name, list(expected))}'))
    for scenario, phase_ids in expected.items():
        table = data.get(scenario)
        if not isinstance(table, dict):
            problems.append(Problem(path, 1, f'missing scenario [{scenario}]; add it with title = "..."'))
            continue
        title = table.get("title")
        if not isinstance(title, str) or not title.strip():
            problems.append(Problem(path, key_line(text, "", scenario), f'[{scenario}] needs title = "..."'))
            title = scenario
        for key, value in table.items():
            if key != "title" and key not in phase_ids:
                problems.append(Problem(path, key_line(text, "", f"{scenario}.{key}"),
                                        f'unknown phase [{scenario}.{key}].{suggest(key, phase_ids)}'))
            elif key != "title" and not isinstance(value, dict):
                problems.append(Problem(path, key_line(text, key, scenario), f"{scenario}.{key} must be a table"))
        phases: dict[str, PhaseText] = {}
        for phase in phase_ids:
            entry = table.get(phase)
            section = f"{scenario}.{phase}"
            if not isinstance(entry, dict):
                problems.append(Problem(path, 1, f"missing phase [{section}]; add title, caption and description"))
                continue
            values = []
            for key in PHASE_FIELDS:
                value = entry.get(key)
                if not isinstance(value, str) or not value.strip():
                    problems.append(Problem(path, key_line(text, key, section),
                                            f'[{section}] needs {key} = "..." as non-empty text'))
                values.append(value.strip() if isinstance(value, str) else "")
            for key in entry:
                if key not in PHASE_FIELDS:
                    problems.append(Problem(path, key_line(text, key, section),
                                            f'unknown key "{key}" in [{section}].{suggest(key, PHASE_FIELDS)}'))
            phases[phase] = PhaseText(*values)
        result[scenario] = ScenarioText(title.strip(), MappingProxyType(phases))
    return result, problems
