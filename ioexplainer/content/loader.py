"""Load a content pack for one language (falling back to English per topic) and check it as a whole.

Every file passes the guarded door (inside the pack, regular file, size limit); loading is one parse per
file and indexed look-ups, so time grows with the size of the pack, never with its square.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from types import MappingProxyType

from ioexplainer.content.diagram_text import load_diagram_text
from ioexplainer.content.glossary import load_glossary
from ioexplainer.content.kiosk_text import load_help_text, load_kiosk_text
from ioexplainer.content.links import LinkKind, find_html, find_links, find_unsafe, max_nesting
from ioexplainer.content.model import ContentPack, DiagramText, HelpText, ScenarioText, Term, Topic
from ioexplainer.content.resources import resolve_target
from ioexplainer.content.terms import TermFinder, linked_terms
from ioexplainer.content.topics import load_topic
from ioexplainer.core.problems import Problem, suggest
from ioexplainer.diagram.story.registry import REGISTRY

FALLBACK = "en"
LANG_CODE = re.compile(r"^[a-z]{2,3}(?:_[A-Z]{2})?$")
MAX_TOPICS = 200
MAX_LINE = 4000  # characters in one line of a topic
MAX_NESTING = 16  # brackets or quote markers inside one another


def pack_languages(root: Path, with_topics: bool = True) -> list[str]:
    """Language codes that have a folder of topics (Markdown files) in the pack root: a folder such as /usr
    or /etc given as --content by mistake has none. `with_topics` off: every folder named like a language
    (`check` reports what is wrong inside each)."""
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if LANG_CODE.match(p.name) and p.is_dir() and not p.is_symlink()
                  and (not with_topics or _holds_topics(p)))


def _holds_topics(folder: Path) -> bool:
    try:
        return any(child.suffix == ".md" and child.is_file() for child in folder.iterdir())
    except OSError:  # unreadable: not a language of this pack
        return False


def load_pack(root: Path, lang: str = FALLBACK, today: datetime.date | None = None,
              editorial: bool = True) -> ContentPack:
    """Load `root/<lang>` over `root/en`; every usable topic is kept and every problem is collected.
    `editorial` adds the warnings an editor acts on (term links, unused terms, sources, review dates);
    the app leaves them to `check` and starts faster."""
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
    help_text: HelpText | None = None
    glossary_ok = True
    for code in langs:
        folder = root / code
        if not folder.is_dir():
            continue
        topics.update(_load_topics(folder, code, root, problems))
        terms, ok = _load_glossary(folder, root, problems, required=code == FALLBACK)
        glossary.update(terms)
        glossary_ok = glossary_ok and ok if code == FALLBACK else glossary_ok
        if (folder / "kiosk.toml").exists():
            problems.extend(load_kiosk_text(folder / "kiosk.toml", root)[1])
        help_text = _load_help(folder, root, problems, required=code == FALLBACK) or help_text
        text, found = _load_diagram(folder, root, required=code == FALLBACK)
        for name, words in text.scenarios.items():  # a translation's missing phase stays in English
            base = diagram.get(name)
            phases = {**base.phases, **words.phases} if base else dict(words.phases)
            diagram[name] = ScenarioText(words.title, MappingProxyType(phases))
        labels.update(text.labels)
        problems.extend(found)
    ordered = tuple(sorted(topics.values(), key=lambda t: (t.order, t.slug)))
    if not ordered:
        problems.append(Problem(root / FALLBACK, 1, "the pack has no usable topic; add NN-slug.md files to "
                                                    f"{FALLBACK}/ (see the problems above for the ones that failed)"))
    problems.extend(_check_orders(ordered))
    slugs = {t.slug for t in ordered}
    finder = TermFinder(glossary) if editorial and glossary_ok else None
    used: set[str] = set()
    for topic in ordered:
        problems.extend(check_topic_links(topic, slugs, glossary if glossary_ok else None, root))
        problems.extend(check_topic_text(topic, finder, today, editorial))
        problems.extend(_check_scene(topic))
        used |= linked_terms(topic.body)
    if editorial and glossary_ok and ordered:
        for term_id in sorted(set(glossary) - used):
            problems.append(Problem(root / FALLBACK / "glossary.toml", glossary[term_id].line,
                                    f'term "{term_id}" is defined but no topic links to it; link it or remove it',
                                    warning=True))
    return ContentPack(lang, ordered, MappingProxyType(glossary), MappingProxyType(diagram),
                       MappingProxyType(labels), help_text, tuple(problems))


def _load_topics(folder: Path, lang: str, root: Path, problems: list[Problem]) -> dict[str, Topic]:
    topics: dict[str, Topic] = {}
    paths = sorted(folder.glob("*.md"))
    if len(paths) > MAX_TOPICS:
        problems.append(Problem(folder, 1, f"{len(paths)} topic files, over the limit of {MAX_TOPICS}; "
                                           f"only the first {MAX_TOPICS} are read"))
    for path in paths[:MAX_TOPICS]:
        topic, found = load_topic(path, lang, inside=root)
        problems.extend(found)
        if topic is None:
            continue
        if topic.slug in topics:
            problems.append(Problem(path, 1, f'duplicate topic slug "{topic.slug}" (also in '
                                             f"{topics[topic.slug].path.name}); rename one of the files"))
            continue
        topics[topic.slug] = topic
    return topics


def _load_glossary(folder: Path, root: Path, problems: list[Problem], required: bool) -> tuple[dict[str, Term],
                                                                                             bool]:
    """The terms, and whether the file itself was usable (if not, its cause is the one problem reported:
    the many "unknown term" links that follow from it are not listed)."""
    path = folder / "glossary.toml"
    if not path.exists() and not path.is_symlink():
        if required:
            problems.append(Problem(path, 1, "glossary.toml is missing; every [word](term:id) link needs it. "
                                             "Add [term-id] tables with term and definition"))
        return {}, not required
    terms, found = load_glossary(path, root)
    problems.extend(found)
    return terms, bool(terms)


def _load_help(folder: Path, root: Path, problems: list[Problem], required: bool) -> HelpText | None:
    path = folder / "help.toml"
    if not path.exists() and not path.is_symlink():
        if required:
            problems.append(Problem(path, 1, 'help.toml is missing; the "When to get help" box needs its words '
                                             "(title, call_now, emergency...)"))
        return None
    words, found = load_help_text(path, root)
    problems.extend(found)
    return words


def _load_diagram(folder: Path, root: Path, required: bool) -> tuple[DiagramText, list[Problem]]:
    path = folder / "diagram.toml"
    if not path.exists() and not path.is_symlink():
        missing = [Problem(path, 1, "diagram.toml is missing; every diagram step needs its title, caption and "
                                    "spoken description")] if required else []
        return DiagramText(), missing
    comparisons = [m for m in REGISTRY.modes() if REGISTRY.comparison(m)]
    return load_diagram_text(path, REGISTRY.phase_ids(), comparisons, root, translation=not required)


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
    """The diagram steps the topic names (its `scene`, and its tile's `picture`) are steps the story has."""
    problems = []
    for key, scene in (("scene", topic.scene), ("picture", topic.tile_scene if ":" in topic.picture else None)):
        if scene is None:
            continue
        known = REGISTRY.phase_ids()
        phases = known.get(scene.scenario)
        line = topic.lines.get(key, 1)
        if phases is None:
            problems.append(Problem(topic.path, line, f'unknown diagram scenario "{scene.scenario}" in {key}.'
                                                      f"{suggest(scene.scenario, list(known))}"))
        elif scene.phase not in phases:
            problems.append(Problem(topic.path, line, f'unknown phase "{scene.phase}" for scenario '
                                                      f'"{scene.scenario}".{suggest(scene.phase, phases)} '
                                                      f"Phases: {', '.join(phases)}"))
    return problems


def check_topic_text(topic: Topic, finder: TermFinder | None, today: datetime.date | None = None,
                     editorial: bool = True) -> list[Problem]:
    """Raw HTML, unsafe characters, over-long lines, deep nesting, unlinked first uses, sources and dates."""
    problems = []
    at = topic.body_line - 1
    for line, tag in find_html(topic.body):
        problems.append(Problem(topic.path, at + line, f'raw HTML "{tag}" is shown as plain text, not as HTML; '
                                                       "write Markdown instead (## for headings, a blank line "
                                                       "between paragraphs)"))
    for text, first in ((topic.title, topic.lines.get("title", 1)), (topic.summary, topic.lines.get("summary", 1)),
                        (topic.tagline, topic.lines.get("tagline", 1)), (topic.body, topic.body_line)):
        for line, char in find_unsafe(text):
            problems.append(Problem(topic.path, first + line - 1, f"invisible control or text-direction "
                                                                  f"character {char}; delete it (it can make "
                                                                  "words show in a different order)"))
    for number, line_text in enumerate(topic.body.splitlines(), start=topic.body_line):
        if len(line_text) > MAX_LINE:
            problems.append(Problem(topic.path, number, f"line of {len(line_text):,} characters, over the limit "
                                                        f"of {MAX_LINE:,}; break it into paragraphs"))
    if (depth := max_nesting(topic.body)) > MAX_NESTING:
        problems.append(Problem(topic.path, topic.body_line, f"brackets or quotes nested {depth} deep, over the "
                                                             f"limit of {MAX_NESTING}; simplify the text"))
    if finder is not None:
        for term_id, offset in finder.unlinked_first_uses(topic.body):
            line = at + topic.body.count("\n", 0, offset) + 1
            problems.append(Problem(topic.path, line, f'"{term_id}" is used here before it is linked; link its '
                                                      f"first use as [word](term:{term_id})", warning=True))
    if not editorial:
        return problems
    if not topic.sources:
        problems.append(Problem(topic.path, 1, 'no sources; add sources = [{ title = "...", publisher = "..." }] '
                                               "naming the public patient pages this topic rests on", warning=True))
    if topic.review_by is None or topic.updated is None:
        problems.append(Problem(topic.path, 1, "add updated = YYYY-MM-DD and review_by = YYYY-MM-DD (when a "
                                               "clinician checked it, and when it must be checked again)",
                                warning=True))
    elif topic.review_by < (today or datetime.date.today()):
        problems.append(Problem(topic.path, 1, f"past its review date ({topic.review_by}); a clinician should check "
                                               "it and set new updated and review_by dates", warning=True))
    return problems


def check_topic_links(topic: Topic, slugs: set[str], glossary: dict[str, Term] | None,
                      root: Path) -> list[Problem]:
    """Problems with the links and pictures in one topic's body (term links are skipped when the glossary
    itself is broken: its own problem says why)."""
    problems = []
    for link in find_links(topic.body):
        line = topic.body_line + link.line - 1
        kind = link.kind
        if kind is LinkKind.EMPTY:
            problems.append(Problem(topic.path, line, f'link "{link.text}" has no target; write [text](term:id) '
                                                      "or [text](topic:slug)"))
        elif kind is LinkKind.REMOTE:
            what = "picture" if link.is_image else "link"
            problems.append(Problem(topic.path, line, f'{what} to "{link.target[:80]}" is not allowed: the app '
                                                      "works offline. Put the information in the text instead"))
        elif kind is LinkKind.TERM and glossary is not None and link.name not in glossary:
            problems.append(Problem(topic.path, line, f'unknown glossary term "{link.name}".'
                                                      f"{suggest(link.name, glossary)} Add it to glossary.toml "
                                                      "or fix the link"))
        elif kind is LinkKind.TOPIC and link.name not in slugs:
            problems.append(Problem(topic.path, line, f'unknown topic "{link.name}".{suggest(link.name, slugs)}'))
        elif kind is LinkKind.LOCAL:
            problems.extend(_check_local(topic, link.target, line, link.is_image, root))
    return problems


def _check_local(topic: Topic, target: str, line: int, is_image: bool, root: Path) -> list[Problem]:
    if not is_image:
        return [Problem(topic.path, line, f'link "{target[:80]}" is not a term or topic; use [text](term:id) or '
                                          "[text](topic:slug)")]
    resolved = resolve_target(target, topic.path.parent, root)
    if resolved.path is None:
        return [Problem(topic.path, line, f'picture "{target[:80]}" cannot be shown: {resolved.refused}')]
    if not resolved.path.is_file():
        return [Problem(topic.path, line, f'picture "{target[:80]}" not found or not a plain file; check the file '
                                          "name and folder")]
    return []
