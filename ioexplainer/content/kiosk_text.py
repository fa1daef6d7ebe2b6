"""Load `kiosk.toml`: words the kiosk shows outside the topics, such as the attract-screen invitation."""

from __future__ import annotations

from pathlib import Path

from ioexplainer.core.files import key_line, read_toml
from ioexplainer.core.problems import Problem, suggest

KEYS = ("attract",)


def load_kiosk_text(path: Path) -> tuple[dict[str, str], list[Problem]]:
    """Known keys with non-empty text, and problems with the rest."""
    data, text, problem = read_toml(path)
    if data is None:
        return {}, [problem] if problem else []
    problems: list[Problem] = []
    result: dict[str, str] = {}
    for key, value in data.items():
        line = key_line(text, key)
        if key not in KEYS:
            hint = f'{suggest(key, KEYS)} Valid keys: {", ".join(KEYS)}'
            problems.append(Problem(path, line, f'unknown key "{key}".{hint}'))
        elif not isinstance(value, str) or not value.strip():
            problems.append(Problem(path, line, f'{key} must be non-empty text, for example {key} = "..."'))
        else:
            result[key] = value.strip()
    return result, problems


def attract_phrases(root: Path, languages: list[str], first: str = "en") -> list[str]:
    """The attract invitation in every language that has one, `first` language on top."""
    ordered = sorted(languages, key=lambda code: (code != first, code))
    phrases = []
    for code in ordered:
        path = root / code / "kiosk.toml"
        if path.is_file():
            words, _ = load_kiosk_text(path)
            if "attract" in words:
                phrases.append(words["attract"])
    return phrases
