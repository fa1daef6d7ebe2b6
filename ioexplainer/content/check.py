"""`ioexplainer check`: validate every language of a content pack and report all problems at once."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from ioexplainer.content.glossary import load_glossary
from ioexplainer.content.loader import FALLBACK, LANG_CODE, load_pack, pack_languages
from ioexplainer.content.model import ContentPack
from ioexplainer.core.problems import Problem


def pack_root_of(folder: Path) -> Path:
    """Accept a pack root (holding en/) or one language folder inside it."""
    if (folder / FALLBACK).is_dir() or not any(folder.glob("*.md")):
        return folder
    return folder.parent


def check_pack(folder: Path) -> tuple[list[Problem], list[str]]:
    """All problems in all languages (each once), and a summary line per language."""
    root = pack_root_of(folder)
    seen: set[Problem] = set()
    problems: list[Problem] = []
    summary: list[str] = []
    if not (root / FALLBACK).is_dir():
        return [Problem(root, 1, f"no {FALLBACK}/ folder here; a content pack holds one folder per language, "
                                 f"with English in {FALLBACK}/")], []
    for entry in sorted(root.iterdir()):
        if entry.is_symlink() and LANG_CODE.match(entry.name):
            problems.append(Problem(entry, 1, f"language folder {entry.name}/ is a link, not a folder of this pack; "
                                              "it is not used. Copy the folder into the pack instead"))
    english = load_pack(root, FALLBACK, editorial=False)
    for lang in pack_languages(root, with_topics=False):
        pack = load_pack(root, lang)
        if lang != FALLBACK:
            problems.extend(missing_in(root / lang, pack, english))
        for problem in pack.problems:
            if problem not in seen:
                seen.add(problem)
                problems.append(problem)
        phases = sum(len(s.phases) for s in pack.diagram.values())
        summary.append(f"{lang}: {len(pack.topics)} topics, {len(pack.glossary)} glossary terms, "
                       f"{phases} diagram phases")
    return problems, summary


def missing_in(folder: Path, pack: ContentPack, english: ContentPack) -> list[Problem]:
    """Warnings for each topic, glossary term, help or kiosk line that a language does not have yet
    (the app shows English for that item only)."""
    found = []
    for topic in english.topics:
        translated = pack.topic(topic.slug)
        if translated is None or translated.lang != pack.lang:
            found.append(Problem(folder / topic.path.name, 1, f'topic "{topic.slug}" is not translated yet; '
                                                               "English is shown", warning=True))
    glossary_path = folder / "glossary.toml"
    own_terms, _ = load_glossary(glossary_path, folder.parent) if glossary_path.is_file() else ({}, [])
    for term_id in sorted(set(english.glossary) - set(own_terms)):
        found.append(Problem(glossary_path, 1, f'term "{term_id}" is not translated yet; English is shown',
                             warning=True))
    if english.help is not None and not (folder / "help.toml").is_file():
        found.append(Problem(folder / "help.toml", 1, 'the "When to get help" words are not translated yet; '
                                                      "English is shown", warning=True))
    for key in sorted(set(english.diagram_labels) - set(_own_labels(folder))):
        found.append(Problem(folder / "diagram.toml", 1, f'picture label "{key}" is not translated yet; '
                                                         "English is shown", warning=True))
    return found


def _own_labels(folder: Path) -> dict[str, str]:
    path = folder / "diagram.toml"
    if not path.is_file():
        return {}
    from ioexplainer.content.diagram_text import load_diagram_text
    from ioexplainer.diagram.story.registry import REGISTRY

    text, _ = load_diagram_text(path, REGISTRY.phase_ids(), [], folder.parent, translation=True)
    return dict(text.labels)


def run_check(folder: Path, out: TextIO) -> int:
    """Print problems as `path:line: message`; 0 when clean, 1 when anything is wrong."""
    problems, summary = check_pack(folder)
    for problem in sorted(problems, key=lambda p: (str(p.path), p.line)):
        print(problem, file=out)
    for line in summary:
        print(line, file=out)
    errors = [p for p in problems if not p.warning]
    warnings = len(problems) - len(errors)
    if errors:
        files = len({p.path for p in errors})
        print(f"{len(errors)} problem(s) in {files} file(s)" + (f", and {warnings} warning(s)." if warnings else "."),
              file=out)
        return 1
    print(f"No problems found ({warnings} warning(s))." if warnings else "No problems found.", file=out)
    return 0
