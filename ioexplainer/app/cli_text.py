"""The command line's help in the reader's language, through the same Qt Linguist files as the window.

The strings are marked with `QT_TRANSLATE_NOOP("cli", ...)` so `pyside6-lupdate` collects them into
`resources/i18n/ioexplainer_<lang>.ts`. Qt is imported only when help is asked for in a language other
than English, so `--version`, `check` and English help stay as light as before.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Mark `text` for translation in `context`; the lookup happens later, in `texts()`."""
    return text


CONTEXT = "cli"
TEXT: dict[str, str] = {
    "usage": QT_TRANSLATE_NOOP("cli", "usage: "),
    "positionals": QT_TRANSLATE_NOOP("cli", "positional arguments"),
    "options": QT_TRANSLATE_NOOP("cli", "options"),
    "help": QT_TRANSLATE_NOOP("cli", "show this help and exit"),
    "version": QT_TRANSLATE_NOOP("cli", "show the version number and exit"),
    "description": QT_TRANSLATE_NOOP("cli", "Explains cancer immunotherapy (immuno-oncology) to patients and "
                                            "families, with a moving picture of T cells before and after "
                                            "therapy. Works offline."),
    "epilog": QT_TRANSLATE_NOOP("cli", """examples:
  ioexplainer                              start the app with the bundled content
  ioexplainer --lang de                    start in German (English where a topic is not translated)
  ioexplainer --config /etc/ioexplainer.toml
  ioexplainer --kiosk --config kiosk.toml  run as a waiting-room kiosk
  ioexplainer hash-pin                     make the staff PIN line for a kiosk config
  ioexplainer --screenshot shot.png --size 1920x1080 --topic how-cancer-escapes
  ioexplainer check                        check the bundled content for problems
  ioexplainer check ~/my-content           check another content pack
  ioexplainer render --scenario after --out frames --size 1280x720 --fps 2
  ioexplainer bench                        measure the diagram's speed
"""),
    "lang": QT_TRANSLATE_NOOP("cli", "language of the text: en, de or es (default: en)"),
    "content": QT_TRANSLATE_NOOP("cli", "use another content pack folder instead of the bundled one"),
    "config": QT_TRANSLATE_NOOP("cli", "read settings from a TOML file"),
    "reduced_motion": QT_TRANSLATE_NOOP("cli", "show still pictures instead of movement"),
    "kiosk": QT_TRANSLATE_NOOP("cli", "run as a waiting-room kiosk: full screen, starts over after idle time"),
    "screenshot": QT_TRANSLATE_NOOP("cli", "draw the window once into a PNG file and exit (works without a "
                                           "screen)"),
    "size": QT_TRANSLATE_NOOP("cli", "window size for --screenshot (default: 1280x800)"),
    "topic": QT_TRANSLATE_NOOP("cli", "topic to show first, such as how-cancer-escapes"),
    "layout_report": QT_TRANSLATE_NOOP("cli", "with --screenshot: also write what is on screen (every "
                                              "widget's place, words, text size, and whether they fit; the "
                                              "diagram's labels) as JSON"),
    "check": QT_TRANSLATE_NOOP("cli", "check a content pack and list every problem"),
    "check_description": QT_TRANSLATE_NOOP("cli", "Check a content pack. Prints each problem as path:line: "
                                                  "message. Exit 0 when clean, 1 when there are problems."),
    "check_dir": QT_TRANSLATE_NOOP("cli", "content pack folder (default: the bundled one)"),
    "render": QT_TRANSLATE_NOOP("cli", "write the diagram's frames as numbered PNG files"),
    "render_description": QT_TRANSLATE_NOOP("cli", "Write diagram frames as PNG files, without a screen."),
    "scenario": QT_TRANSLATE_NOOP("cli", "before, after, side-by-side, or another registered scenario"),
    "out": QT_TRANSLATE_NOOP("cli", "folder for the PNG files"),
    "picture_size": QT_TRANSLATE_NOOP("cli", "picture size (default: 1920x1080)"),
    "fps": QT_TRANSLATE_NOOP("cli", "frames per second of story time (default: 4)"),
    "stills": QT_TRANSLATE_NOOP("cli", "one settled picture per step instead"),
    "no_labels": QT_TRANSLATE_NOOP("cli", "leave out the names in the picture"),
    "hash_pin": QT_TRANSLATE_NOOP("cli", "make the admin_pin_hash line for a kiosk config file"),
    "hash_pin_description": QT_TRANSLATE_NOOP("cli", "Asks for a 4 to 12 digit PIN (twice) and prints the "
                                                     "admin_pin_hash line to put in the kiosk config file. "
                                                     "Only the salted hash is stored."),
    "bench": QT_TRANSLATE_NOOP("cli", "measure the diagram's speed and CPU use"),
    "bench_description": QT_TRANSLATE_NOOP("cli", "Paint time per frame, CPU while animating, wake-ups while "
                                                  "paused."),
    "seconds": QT_TRANSLATE_NOOP("cli", "how long to animate (default: 10)"),
    "frames": QT_TRANSLATE_NOOP("cli", "frames to time for painting (default: 300)"),
    "visits": QT_TRANSLATE_NOOP("cli", "simulated kiosk visits before measuring memory (default: 1000; 0 to "
                                       "skip)"),
    "startup_runs": QT_TRANSLATE_NOOP("cli", "start the app and a bare Qt window N times each to compare "
                                             "start-up (default: 7; 0 to skip)"),
}
LANGUAGES = ("en", "de", "es")  # languages whose interface file exists (see resources/i18n)


def help_language(argv: Sequence[str], environ: Mapping[str, str] = os.environ) -> str:
    """The language for help: `--lang` when given, else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).

    English unless help was asked for, so commands that only run never load a translation.
    """
    if not any(arg in ("-h", "--help") for arg in argv):
        return "en"
    return message_language(argv, environ)


def message_language(argv: Sequence[str], environ: Mapping[str, str] = os.environ) -> str:
    """The reader's language for a message: `--lang` when given, else the system's. (Looking costs nothing;
    a translation is loaded only when there is something to say.)"""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return _known(argv[i + 1])
        if arg.startswith("--lang="):
            return _known(arg.split("=", 1)[1])
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return _known(value.split(":")[0])
    return "en"


def _known(code: str) -> str:
    short = code.strip().lower()[:2]
    return short if short in LANGUAGES else "en"


def texts(lang: str) -> dict[str, str]:
    """Every help text in `lang`; English for any text the translation lacks."""
    translate = translator(lang)
    return {key: translate(text) for key, text in TEXT.items()}


def translator(lang: str) -> Callable[[str], str]:
    """Looks up a command-line text in `lang` (itself where there is no translation). Loads Qt only for a
    language other than English."""
    if lang == "en":
        return lambda text: text
    from PySide6.QtCore import QTranslator

    from ioexplainer.core.paths import resources_dir

    qt = QTranslator()
    if not qt.load(f"ioexplainer_{lang}", str(resources_dir() / "i18n")):
        return lambda text: text
    return lambda text: qt.translate(CONTEXT, text) or text
