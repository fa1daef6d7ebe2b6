"""Load `kiosk.toml` (words the kiosk shows outside the topics) and `help.toml` ("When to get help")."""

from __future__ import annotations

from pathlib import Path

from ioexplainer.content.model import HelpText
from ioexplainer.content.topics import TAGLINE_LETTERS
from ioexplainer.core.files import KeyLines, read_toml
from ioexplainer.core.problems import Problem
from ioexplainer.core.schema import Field, Schema, at_most

KIOSK = Schema({"attract": Field(str, "the invitation on the screen between visitors", required=True,
                                 example='attract = "Touch to learn how immunotherapy works"'),
                "start": Field(str, "the words on the big button of that screen, such as Touch to start")}, "key")
HELP = Schema({
    "title": Field(str, "the box's heading", required=True),
    "call_now_intro": Field(str, "the line before the list of signs", required=True),
    "call_now": Field(list, "the signs that mean calling the care team straight away", required=True, items=str,
                      check=lambda v: None if 3 <= len(v) <= 30 else "list 3 to 30 signs"),
    "emergency": Field(str, "what to do in an emergency; {emergency_number} is filled in", required=True),
    "no_number": Field(str, "what to say when the clinic set no phone number", required=True),
    "phone_label": Field(str, "the words before the clinic's number", required=True),
    "hours_label": Field(str, "the words before the clinic's hours", required=True),
    "tell_them": Field(str, "what to tell the person who answers", required=True),
    "kiosk_note": Field(str, "the line a kiosk adds, such as: tell a member of staff", required=True),
    "button": Field(str, "the words on the button that opens the box", required=True),
    "summary": Field(str, "one line under the title on the kiosk's start tile, such as: signs that need a call now",
                     check=at_most(TAGLINE_LETTERS, "it is one line on a tile read from a metre away")),
    "local_emergency": Field(str, 'what to call it when no number is set, such as "your local emergency number"'),
}, "key")


def load_kiosk_text(path: Path, inside: Path | None = None) -> tuple[dict[str, str], list[Problem]]:
    """Known keys with non-empty text, and problems with the rest."""
    data, text, problem = read_toml(path, inside)
    if data is None:
        return {}, [problem] if problem else []
    problems: list[Problem] = []
    valid = KIOSK.validate(data, path, KeyLines(text).line, problems)
    return {key: value.strip() for key, value in valid.items()}, problems


def load_help_text(path: Path, inside: Path | None = None) -> tuple[HelpText | None, list[Problem]]:
    """The help box's words, or None (with the reasons) when the file cannot give a complete box."""
    data, text, problem = read_toml(path, inside)
    if data is None:
        return None, [problem] if problem else []
    problems: list[Problem] = []
    valid = HELP.validate(data, path, KeyLines(text).line, problems)
    if any(key not in valid for key, field in HELP.fields.items() if field.required):
        return None, problems
    text_of = {key: value.strip() for key, value in valid.items() if isinstance(value, str)}
    return HelpText(call_now=tuple(item.strip() for item in valid["call_now"]),
                    **{k: v for k, v in text_of.items() if k != "call_now"}), problems


def kiosk_words(root: Path, lang: str, key: str, default: str) -> str:
    """One of the kiosk's words in `lang` (English, then `default`, where the pack has none)."""
    for code in (lang, "en"):
        path = root / code / "kiosk.toml"
        if path.is_file():
            words, _ = load_kiosk_text(path, inside=root)
            if key in words:
                return words[key]
    return default


def attract_phrases(root: Path, languages: list[str], first: str = "en") -> list[str]:
    """The attract invitation in every language that has one, `first` language on top."""
    ordered = sorted(languages, key=lambda code: (code != first, code))
    phrases = []
    for code in ordered:
        path = root / code / "kiosk.toml"
        if path.is_file():
            words, _ = load_kiosk_text(path, inside=root)
            if "attract" in words:
                phrases.append(words["attract"])
    return phrases
