"""The immutable content model: topics, glossary terms and diagram text of one language."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ioexplainer.core.problems import Problem


@dataclass(frozen=True)
class Scene:
    """Which diagram scenario and phase a topic shows."""

    scenario: str
    phase: str

    def __str__(self) -> str:
        return f"{self.scenario}:{self.phase}"


@dataclass(frozen=True)
class Source:
    """A public patient page a topic rests on (shown as text, never opened)."""

    title: str
    publisher: str


@dataclass(frozen=True)
class Topic:
    """One page of patient text."""

    slug: str
    title: str
    summary: str
    order: int
    body: str
    path: Path
    lang: str
    scene: Scene | None = None
    sources: tuple[Source, ...] = ()
    body_line: int = 1  # 1-based line in the file where the body starts
    updated: datetime.date | None = None
    review_by: datetime.date | None = None
    printable: bool = False  # offer Print / Save as PDF (laptops, or kiosks with a printer)
    help_box: bool = False  # show the "When to get help" box at the top
    lines: Mapping[str, int] = field(default_factory=dict)  # front matter key -> its line in the file
    tagline: str = ""  # a few words under the title on a kiosk's start tile (the summary where there are none)
    picture: str = ""  # the start tile's picture, where not the scene's: "scenario:phase" or a drawn symbol's name

    @property
    def tile_words(self) -> str:
        """The line under the title on a kiosk's start tile."""
        return self.tagline or self.summary

    @property
    def tile_scene(self) -> Scene | None:
        """The diagram step a kiosk's start tile shows: the `picture` key's, or the topic's scene."""
        if ":" in self.picture:
            return Scene(*self.picture.split(":", 1))
        return None if self.picture else self.scene

    @property
    def tile_symbol(self) -> str:
        """The drawn symbol a start tile shows where it has no diagram step ("" for none): the `picture`
        key's, or a sheet with tick boxes for a page to print and fill in."""
        if self.picture and ":" not in self.picture:
            return self.picture
        return "checklist" if self.tile_scene is None and self.printable else ""


@dataclass(frozen=True)
class Term:
    """One glossary entry."""

    term_id: str
    term: str
    definition: str
    line: int = 1  # where its [term-id] table starts in glossary.toml


@dataclass(frozen=True)
class PhaseText:
    """Words for one phase of a diagram scenario."""

    title: str
    caption: str
    description: str


@dataclass(frozen=True)
class ScenarioText:
    """Words for one diagram scenario."""

    title: str
    phases: Mapping[str, PhaseText]


@dataclass(frozen=True)
class HelpText:
    """The words of the "When to get help" box (the clinic's numbers come from the settings)."""

    title: str
    call_now_intro: str
    call_now: tuple[str, ...]
    emergency: str
    no_number: str
    phone_label: str
    hours_label: str
    tell_them: str
    kiosk_note: str
    button: str
    local_emergency: str = "your local emergency number"
    summary: str = ""  # one line under the title on the kiosk's start tile (none when the pack gives none)


@dataclass(frozen=True)
class DiagramText:
    """All the diagram's words in one language: scenario and comparison titles, step words, labels."""

    scenarios: Mapping[str, ScenarioText] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)  # label key (from the story) -> name shown

    def title(self, mode: str) -> str:
        """The name of a scenario or comparison (its id when the pack has none)."""
        words = self.scenarios.get(mode)
        return words.title if words else mode


@dataclass(frozen=True)
class ContentPack:
    """Everything the app shows in one language, with the problems found while loading it."""

    lang: str
    topics: tuple[Topic, ...]
    glossary: Mapping[str, Term] = field(default_factory=dict)
    diagram: Mapping[str, ScenarioText] = field(default_factory=dict)
    diagram_labels: Mapping[str, str] = field(default_factory=dict)
    help: HelpText | None = None
    problems: tuple[Problem, ...] = ()

    def topic(self, slug: str) -> Topic | None:
        """The topic with this slug, or None."""
        return next((t for t in self.topics if t.slug == slug), None)

    def index_of(self, slug: str) -> int:
        """Position of a topic in reading order, or -1."""
        return next((i for i, t in enumerate(self.topics) if t.slug == slug), -1)

    @property
    def diagram_text(self) -> DiagramText:
        return DiagramText(self.diagram, self.diagram_labels)

    @property
    def home(self) -> Topic | None:
        """The first topic in reading order."""
        return self.topics[0] if self.topics else None
