"""The command line's error messages in the reader's language (`--lang`, else the system's).

argparse writes its messages in English. Each one is matched against the templates below (argparse's own,
word for word, and the app's), and the template's translation is filled with the same values. Qt is
loaded only when there is an error to say in a language other than English.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ioexplainer.app.cli_text import QT_TRANSLATE_NOOP, translator

LINE = QT_TRANSLATE_NOOP("cli", "%1: error: %2 (see: %1 --help)")  # a mistake in the command line
FAIL = QT_TRANSLATE_NOOP("cli", "%1: error: %2")  # the command line was right, but something else is not
WRAPPER = "argument %(argument_name)s: %(message)s"  # argparse: an argument and what is wrong with it
TEMPLATES = (
    QT_TRANSLATE_NOOP("cli", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("cli", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("cli", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("cli", "expected one argument"),
    QT_TRANSLATE_NOOP("cli", "expected at most one argument"),
    QT_TRANSLATE_NOOP("cli", "expected at least one argument"),
    QT_TRANSLATE_NOOP("cli", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("cli", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("cli", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("cli", "ambiguous option: %(option)s could match %(matches)s"),
    # The app's own (cli.py raises or prints them filled in)
    QT_TRANSLATE_NOOP("cli", "size must look like 1920x1080, not %1"),
    QT_TRANSLATE_NOOP("cli", "size %1 is out of range: use 800x600 (the smallest the app is laid out for) up "
                             "to 7680x4320"),
    QT_TRANSLATE_NOOP("cli", "picture size must look like 1920x1080, from 240x135 to 7680x4320, not %1"),
    QT_TRANSLATE_NOOP("cli", "fps must be a number such as 4, not %1"),
    QT_TRANSLATE_NOOP("cli", "fps %1 is out of range (0.1 to 60)"),
    QT_TRANSLATE_NOOP("cli", "content folder not found: %1 (give the folder that holds en/)"),
    QT_TRANSLATE_NOOP("cli", "content folder not found: %1 (check --content or content = in the config)"),
    QT_TRANSLATE_NOOP("cli", "%1 holds no content pack: no language folder (such as en/) with topic files in it "
                             "(check --content or content = in the config)"),
    QT_TRANSLATE_NOOP("cli", "no content in language %1; languages of this pack: %2 (check --lang or lang = in "
                             "the config)"),
    QT_TRANSLATE_NOOP("cli", "no screen found (DISPLAY and WAYLAND_DISPLAY are not set); start it from a "
                             "desktop or kiosk session, or draw into a file with --screenshot FILE.png"),
    QT_TRANSLATE_NOOP("cli", "--layout-report goes with --screenshot FILE.png (it describes that picture)"),
)
PLACEHOLDER = re.compile(r"%\((\w+)\)[sr]|%[sr]|%(\d)")


def fill(template: str, *values: str) -> str:
    """The app's own template with %1, %2 ... filled in (the English message that is shown, or matched)."""
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", value)
    return template


def error_line(prog: str, message: str, lang: str, line: str = LINE) -> str:
    """The one line an error is, in `lang` (`line`: LINE for a mistake in the command line, FAIL else)."""
    translate = translator(lang)
    return fill(translate(line), prog, translate_message(message, translate))


def fail_line(prog: str, message: str, lang: str) -> str:
    """The line for a command line that was right, when something else is not."""
    return error_line(prog, message, lang, FAIL)


def translate_message(message: str, translate: Callable[[str], str]) -> str:
    """`message` (English, filled in) in the translation's words, with its values kept; unchanged when no
    template matches it."""
    for template in TEMPLATES:
        found = _pattern(template).fullmatch(message)
        if found is None:
            continue
        values = list(found.groups())
        keys = _keys(template)
        if template == WRAPPER:  # what is wrong with the argument is itself one of the messages
            values[-1] = translate_message(values[-1], translate)
        return _put(translate(template), dict(zip(keys, values, strict=True)))
    return message


def _keys(template: str) -> list[str]:
    """Each placeholder's name: its own, its number, or its place among the unnamed ones."""
    keys, unnamed = [], 0
    for found in PLACEHOLDER.finditer(template):
        if found.group(1) or found.group(2):
            keys.append(found.group(1) or found.group(2))
        else:
            unnamed += 1
            keys.append(f"#{unnamed}")
    return keys


def _pattern(template: str) -> re.Pattern[str]:
    """The template as a pattern: its words exactly, each placeholder any text (each appears once)."""
    parts, last = [], 0
    for found in PLACEHOLDER.finditer(template):
        parts += [re.escape(template[last:found.start()]), "(.+?)"]
        last = found.end()
    parts.append(re.escape(template[last:]))
    return re.compile("".join(parts), re.DOTALL)


def _put(translated: str, values: dict[str, str]) -> str:
    unnamed = 0

    def value(found: re.Match[str]) -> str:
        nonlocal unnamed
        key = found.group(1) or found.group(2)
        if key is None:
            unnamed += 1
            key = f"#{unnamed}"
        return values.get(key, found.group(0))

    return PLACEHOLDER.sub(value, translated)
