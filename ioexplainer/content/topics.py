"""Load one topic file (`NN-slug.md`) into a Topic, collecting every problem."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from types import MappingProxyType

from ioexplainer.content.frontmatter import FrontMatterError, split
from ioexplainer.content.model import Scene, Source, Topic
from ioexplainer.core.files import read_text
from ioexplainer.core.problems import Problem
from ioexplainer.core.schema import Field, Schema, at_most

FILE_NAME = re.compile(r"^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
TAGLINE_LETTERS = 40  # one line on a kiosk's start tile, where the tiles stand six across
SCENE_FORMAT = re.compile(r"^[a-z0-9-]+:[a-z0-9-]+$")
# drawn pictures a start tile may show instead of a step of the diagram
TILE_SYMBOLS = ("antibody", "body", "calendar", "checklist", "drip", "questions", "shield")
SOURCE = Schema({
    "title": Field(str, "the page's title, as its publisher writes it", required=True),
    "publisher": Field(str, "who publishes it, such as National Cancer Institute (US)", required=True),
}, "source key")
FRONT_MATTER = Schema({
    "title": Field(str, "the topic's title", required=True, example='title = "How the treatment works"'),
    "summary": Field(str, "one plain line about the topic", required=True, example='summary = "..."'),
    "tagline": Field(str, "a few words under the title on the kiosk's start tile",
                     check=at_most(TAGLINE_LETTERS, "it is one line on a tile read from a metre away; the summary "
                                                    "says the rest"),
                     example='tagline = "Taking the brakes off T cells"'),
    "order": Field(int, "where the topic comes in reading order", required=True, minimum=1, maximum=999,
                   example="order = 3"),
    "scene": Field(str, 'which diagram step the topic shows, as "scenario:phase"',
                   check=lambda v: None if SCENE_FORMAT.match(v) else 'write "scenario:phase", such as "before:brake"'),
    "picture": Field(str, 'the picture on the kiosk\'s start tile, where the scene\'s would look like another '
                          'topic\'s: a diagram step as "scenario:phase", or one of ' + ", ".join(TILE_SYMBOLS),
                     check=lambda v: None if SCENE_FORMAT.match(v) or v in TILE_SYMBOLS else
                     f'write "scenario:phase", such as "after:expand", or one of {", ".join(TILE_SYMBOLS)}',
                     example='picture = "calendar"'),
    "sources": Field(list, "public patient pages this topic rests on", items=dict,
                     example='sources = [{ title = "...", publisher = "..." }]'),
    "updated": Field(datetime.date, "when a clinician last checked the topic", example="updated = 2026-11-28"),
    "review_by": Field(datetime.date, "when the topic must be checked again", example="review_by = 2027-11-28"),
    "printable": Field(bool, "true to offer Print / Save as PDF for this topic"),
    "help_box": Field(bool, 'true to show the "When to get help" box at the top of this topic'),
}, "front matter key")


def slug_of(path: Path) -> str | None:
    """The slug in a `NN-slug.md` file name, or None if the name does not fit."""
    m = FILE_NAME.match(path.name)
    return m.group(2) if m else None


def load_topic(path: Path, lang: str, inside: Path | None = None) -> tuple[Topic | None, list[Problem]]:
    """Parse a topic file; return the Topic (None if unusable) and the problems found."""
    slug = slug_of(path)
    if slug is None:
        return None, [Problem(path, 1, "file name must look like NN-slug.md (two digits, a dash, "
                                       "lowercase words joined by dashes), for example 03-the-immune-system.md")]
    text, problem = read_text(path, inside=inside)
    if text is None:
        return None, [problem] if problem else []
    try:
        parts = split(text)
    except FrontMatterError as exc:
        return None, [Problem(path, exc.line, exc.message)]
    problems: list[Problem] = []
    lines = parts.key_lines

    def at(key: str) -> int:
        return lines.get(key, 1)

    data = FRONT_MATTER.validate(parts.data, path, at, problems)
    sources = tuple(_sources(parts.data.get("sources", []) if "sources" in data else [], path, at("sources"),
                             problems))
    if not parts.body.strip():
        problems.append(Problem(path, parts.body_line, "the topic has no text after the front matter; add the body"))
    if not {"title", "summary", "order"} <= data.keys():
        return None, problems
    scene = Scene(*data["scene"].split(":")) if "scene" in data else None
    topic = Topic(slug=slug, title=data["title"].strip(), summary=data["summary"].strip(), order=data["order"],
                  tagline=data.get("tagline", "").strip(), picture=data.get("picture", ""),
                  body=parts.body, path=path, lang=lang, scene=scene, sources=sources, body_line=parts.body_line,
                  updated=data.get("updated"), review_by=data.get("review_by"),
                  printable=data.get("printable", False), help_box=data.get("help_box", False),
                  lines=MappingProxyType(dict(lines)))
    return topic, problems


def _sources(items: list[dict[str, object]], path: Path, line: int, problems: list[Problem]) -> list[Source]:
    found = []
    for number, item in enumerate(items, start=1):
        valid = SOURCE.validate(item, path, lambda _key: line, problems, where=f"source {number}")
        if {"title", "publisher"} <= valid.keys():
            found.append(Source(str(valid["title"]).strip(), str(valid["publisher"]).strip()))
    return found
