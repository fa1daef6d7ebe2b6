"""Load one topic file (`NN-slug.md`) into a Topic, collecting every problem."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ioexplainer.content.frontmatter import FrontMatterError, split
from ioexplainer.content.model import Scene, Topic
from ioexplainer.core.files import read_text
from ioexplainer.core.problems import Problem, suggest

FILE_NAME = re.compile(r"^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
REQUIRED = ("title", "summary", "order")
ALLOWED = (*REQUIRED, "scene", "sources")


def slug_of(path: Path) -> str | None:
    """The slug in a `NN-slug.md` file name, or None if the name does not fit."""
    m = FILE_NAME.match(path.name)
    return m.group(2) if m else None


def load_topic(path: Path, lang: str) -> tuple[Topic | None, list[Problem]]:
    """Parse a topic file; return the Topic (None if unusable) and the problems found."""
    slug = slug_of(path)
    if slug is None:
        return None, [Problem(path, 1, "file name must look like NN-slug.md (two digits, a dash, "
                                       "lowercase words joined by dashes), for example 03-the-immune-system.md")]
    text, problem = read_text(path)
    if text is None:
        return None, [problem] if problem else []
    try:
        parts = split(text)
    except FrontMatterError as exc:
        return None, [Problem(path, exc.line, exc.message)]
    problems: list[Problem] = []
    data, lines = parts.data, parts.key_lines

    def at(key: str) -> int:
        return lines.get(key, 1)

    for key in data:
        if key not in ALLOWED:
            problems.append(Problem(path, at(key), f'unknown front matter key "{key}".{suggest(key, ALLOWED)}'
                                                   f" Valid keys: {', '.join(ALLOWED)}"))
    for key in REQUIRED:
        if key not in data:
            problems.append(Problem(path, 1, f'missing front matter key "{key}"; add a line {key} = ...'))
    title = _text(data, "title", path, at, problems)
    summary = _text(data, "summary", path, at, problems)
    order = data.get("order")
    if "order" in data and (not isinstance(order, int) or isinstance(order, bool) or order < 1):
        problems.append(Problem(path, at("order"), "order must be a whole number from 1 up, for example order = 3"))
        order = None
    scene = _scene(data.get("scene"), path, at("scene"), problems)
    sources = data.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        problems.append(Problem(path, at("sources"), 'sources must be a list of text, for example sources = ["..."]'))
        sources = []
    if not parts.body.strip():
        problems.append(Problem(path, parts.body_line, "the topic has no text after the front matter; add the body"))
    if title is None or summary is None or not isinstance(order, int):
        return None, problems
    topic = Topic(slug=slug, title=title, summary=summary, order=order, body=parts.body, path=path,
                  lang=lang, scene=scene, sources=tuple(sources), body_line=parts.body_line)
    return topic, problems


def _text(data: dict[str, Any], key: str, path: Path, at: Any, problems: list[Problem]) -> str | None:
    value = data.get(key)
    if key in data and (not isinstance(value, str) or not value.strip()):
        problems.append(Problem(path, at(key), f'{key} must be non-empty text in quotes, for example {key} = "..."'))
        return None
    return value.strip() if isinstance(value, str) else None


def _scene(value: Any, path: Path, line: int, problems: list[Problem]) -> Scene | None:
    if value is None:
        return None
    if not isinstance(value, str) or value.count(":") != 1 or not all(value.split(":")):
        problems.append(Problem(path, line, 'scene must be "scenario:phase", for example scene = "before:brake"'))
        return None
    scenario, phase = value.split(":")
    return Scene(scenario.strip(), phase.strip())
