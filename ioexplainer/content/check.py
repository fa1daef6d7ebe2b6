"""`ioexplainer check`: validate every language of a content pack and report all problems at once."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from ioexplainer.content.loader import FALLBACK, LANG_CODE, load_pack, pack_languages
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
    for lang in pack_languages(root):
        pack = load_pack(root, lang)
        for problem in pack.problems:
            if problem not in seen:
                seen.add(problem)
                problems.append(problem)
        phases = sum(len(s.phases) for s in pack.diagram.values())
        summary.append(f"{lang}: {len(pack.topics)} topics, {len(pack.glossary)} glossary terms, "
                       f"{phases} diagram phases")
    return problems, summary


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
