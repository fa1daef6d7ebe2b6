"""Load a content pack for one language (falling back to English per topic) and check it as a whole."""

from __future__ import annotations

import re
from pathlib import Path
from types import MappingProxyType

from ioexplainer.content.diagram_text import load_diagram_text
from ioexplainer.content.glossary import load_glossary
from ioexplainer.content.kiosk_text import load_kiosk_text
from ioexplainer.content.links import LinkKind, find_links
from ioexplainer.content.model import ContentPack, ScenarioText, Term, Topic
from ioexplainer.content.topics import load_topic
from ioexplainer.core.problems import Problem, suggest
from ioexplainer.diagram.story.registry import REGISTRY

FALLBACK = "en"
LANG_CODE = re.compile(r"^[a-z]{2,3}(?:_[A-Z]{2})?$")


def pack_languages(root: Path) -> list[str]:
    """Language codes that have a folder in the pack root."""
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and LANG_CODE.match(p.name))


def load_pack(root: Path, lang: str = FALLBACK) -> ContentPack:
    """Load `root/<lang>` over `root/en`; every usable topic is kept and every problem is collected."""
    problems: list[Problem] = []
    if not root.is_dir():
        problems.append(Problem(root, 1, "content folder not found; pass --content with a folder that holds en/"))
        return ContentPack(lang, (), problems=tuple(problems))
    langs = [FALLBACK] if lang == FALLBACK else [FALLBACK, lang]
    if not (root / lang).is_dir():
        problems.append(Problem(root / lang, 1, f'no content for language "{lang}"; showing English. '
                                                f"Languages here: {', '.join(pack_languages(root)) or 'none'}"))
    topics: dict[str, Topic] = {}
    glossary: dict[str, Term] = {}
    diagram: dict[str, ScenarioText] = {}
    labels: dict[str, str] = {}
    for code in langs:
        folder = root / code
        if not folder.is_dir():
            continue
        topics.update(_load_topics(folder, code, problems))
        if (folder / "glossary.toml").is_file():
            terms, found = load_glossary(folder / "glossary.toml")
            glossary.update(terms)
            problems.extend(found)
        if (folder / "kiosk.toml").is_file():
            problems.extend(load_kiosk_text(folder / "kiosk.toml")[1])
        if (folder / "diagram.toml").is_file():
            text, found = load_diagram_text(folder / "diagram.toml", REGISTRY.phase_ids(),
                                            [m for m in REGISTRY.modes() if REGISTRY.comparison(m)])
            diagram.update(text.scenarios)
            labels.update(text.labels)
            problems.extend(found)
    ordered = tuple(sorted(topics.values(), key=lambda t: (t.order, t.slug)))
    problems.extend(_check_orders(ordered))
    for topic in ordered:
        problems.extend(check_topic_links(topic, {t.slug for t in ordered}, glossary, root))
        problems.extend(_check_scene(topic))
    return ContentPack(lang, ordered, MappingProxyType(glossary), MappingProxyType(diagram),
                       MappingProxyType(labels), tuple(problems))


def _load_topics(folder: Path, lang: str, problems: list[Problem]) -> dict[str, Topic]:
    topics: dict[str, Topic] = {}
    for path in sorted(folder.glob("*.md")):
        topic, found = load_topic(path, lang)
        problems.extend(found)
        if topic is None:
            continue
        if topic.slug in topics:
            problems.append(Problem(path, 1, f'duplicate topic slug "{topic.slug}" (also in '
                                             f"{topics[topic.slug].path.name}); rename one of the files"))
            continue
        topics[topic.slug] = topic
    return topics


def _check_orders(topics: tuple[Topic, ...]) -> list[Problem]:
    seen: dict[int, Topic] = {}
    problems = []
    for topic in topics:
        if topic.order in seen:
            problems.append(Problem(topic.path, 1, f"duplicate order {topic.order} (also in "
                                                   f"{seen[topic.order].path.name}); give each topic its own number"))
        seen.setdefault(topic.order, topic)
    return problems


def _check_scene(topic: Topic) -> list[Problem]:
    if topic.scene is None:
        return []
    known = REGISTRY.phase_ids()
    phases = known.get(topic.scene.scenario)
    if phases is None:
        return [Problem(topic.path, 1, f'unknown diagram scenario "{topic.scene.scenario}" in scene.'
                                       f"{suggest(topic.scene.scenario, list(known))}")]
    if topic.scene.phase not in phases:
        return [Problem(topic.path, 1, f'unknown phase "{topic.scene.phase}" for scenario '
                                       f'"{topic.scene.scenario}".{suggest(topic.scene.phase, phases)} '
                                       f"Phases: {', '.join(phases)}")]
    return []


def check_topic_links(topic: Topic, slugs: set[str], glossary: dict[str, Term], root: Path) -> list[Problem]:
    """Problems with the links and images in one topic's body."""
    problems = []
    for link in find_links(topic.body):
        line = topic.body_line + link.line - 1
        kind = link.kind
        if kind is LinkKind.EMPTY:
            problems.append(Problem(topic.path, line, f'link "{link.text}" has no target; write [text](term:id) '
                                                      "or [text](topic:slug)"))
        elif kind is LinkKind.REMOTE:
            what = "image" if link.is_image else "link"
            problems.append(Problem(topic.path, line, f'remote {what} "{link.target}" is not allowed: the app '
                                                      "works offline. Put the information in the text instead"))
        elif kind is LinkKind.TERM and link.name not in glossary:
            problems.append(Problem(topic.path, line, f'unknown glossary term "{link.name}".'
                                                      f"{suggest(link.name, list(glossary))} Add it to glossary.toml "
                                                      "or fix the link"))
        elif kind is LinkKind.TOPIC and link.name not in slugs:
            problems.append(Problem(topic.path, line, f'unknown topic "{link.name}".{suggest(link.name, slugs)}'))
        elif kind is LinkKind.LOCAL:
            problems.extend(_check_local(topic, link.target, line, link.is_image, root))
    return problems


def _check_local(topic: Topic, target: str, line: int, is_image: bool, root: Path) -> list[Problem]:
    folder = topic.path.parent
    resolved = (folder / target.split("#", 1)[0]).resolve()
    if not resolved.is_relative_to(root.resolve()):
        return [Problem(topic.path, line, f'path "{target}" points outside the content pack; keep images and '
                                          "files inside the pack folder")]
    if not is_image:
        return [Problem(topic.path, line, f'link "{target}" is not a term or topic; use [text](term:id) or '
                                          "[text](topic:slug)")]
    if not resolved.is_file():
        return [Problem(topic.path, line, f'image "{target}" not found; check the file name and folder')]
    return []
