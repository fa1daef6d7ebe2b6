"""The one entry point: start the app (default), or `check` a content pack.

Only argparse is imported up front: `--version` and `--help` import nothing else, `check` imports the
pure content package only, and Qt is imported only by the commands that draw.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from ioexplainer import __version__
from ioexplainer.app.cli_errors import fill
from ioexplainer.app.cli_text import help_language, message_language, texts

if TYPE_CHECKING:
    from ioexplainer.core.settings import Settings

MIN_SIZE = (800, 600)  # the smallest window the layout is designed for

class Parser(argparse.ArgumentParser):
    """Usage errors are one clear line in the reader's language and exit 2, never a traceback."""

    language = "en"  # set from --lang or the system's language before parsing

    def error(self, message: str) -> NoReturn:
        from ioexplainer.app.cli_errors import error_line

        self.exit(2, error_line(self.prog, message, Parser.language) + "\n")


def picture_size(text: str) -> tuple[int, int]:
    """Parse WxH for a picture of the diagram alone (it may be small)."""
    m = re.fullmatch(r"(\d{3,5})[xX](\d{3,5})", text.strip())
    if not m or not (240 <= int(m.group(1)) <= 7680 and 135 <= int(m.group(2)) <= 4320):
        raise argparse.ArgumentTypeError(fill("picture size must look like 1920x1080, from 240x135 to 7680x4320, "
                                              "not %1", repr(text)))
    return int(m.group(1)), int(m.group(2))


def window_size(text: str) -> tuple[int, int]:
    """Parse WxH such as 1920x1080."""
    m = re.fullmatch(r"(\d{3,5})[xX](\d{3,5})", text.strip())
    if not m:
        raise argparse.ArgumentTypeError(fill("size must look like 1920x1080, not %1", repr(text)))
    width, height = int(m.group(1)), int(m.group(2))
    if not (MIN_SIZE[0] <= width <= 7680 and MIN_SIZE[1] <= height <= 4320):
        raise argparse.ArgumentTypeError(fill("size %1 is out of range: use 800x600 (the smallest the app is laid "
                                              "out for) up to 7680x4320", text))
    return width, height


def _formatter(usage_prefix: str) -> type[argparse.HelpFormatter]:
    class Formatter(argparse.RawDescriptionHelpFormatter):
        """Keeps the examples' layout and says "usage:" in the reader's language."""

        def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                      groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
            super().add_usage(usage, actions, groups, usage_prefix if prefix is None else prefix)

    return Formatter


def build_parser(lang: str = "en") -> Parser:
    """The command line, its help in `lang` (English, German or Spanish)."""
    t = texts(lang)
    parser = Parser(prog="ioexplainer", description=t["description"], epilog=t["epilog"],
                    formatter_class=_formatter(t["usage"]), add_help=False)
    parser._positionals.title = t["positionals"]
    parser._optionals.title = t["options"]
    parser.add_argument("-h", "--help", action="help", help=t["help"])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}", help=t["version"])
    parser.add_argument("--lang", metavar="CODE", help=t["lang"])
    parser.add_argument("--content", metavar="DIR", type=Path, help=t["content"])
    parser.add_argument("--config", metavar="FILE", type=Path, help=t["config"])
    parser.add_argument("--reduced-motion", action="store_true", default=None, help=t["reduced_motion"])
    parser.add_argument("--kiosk", action="store_true", default=None, help=t["kiosk"])
    parser.add_argument("--screenshot", metavar="FILE.png", type=Path, help=t["screenshot"])
    parser.add_argument("--size", metavar="WxH", type=window_size, default=(1280, 800), help=t["size"])
    parser.add_argument("--topic", metavar="SLUG", help=t["topic"])
    parser.add_argument("--layout-report", metavar="FILE.json", type=Path, help=t["layout_report"])
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)  # bench: quit at first paint
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def command(name: str, key: str) -> Parser:
        sub: Parser = commands.add_parser(name, help=t[key], description=t.get(f"{key}_description"),
                                          formatter_class=_formatter(t["usage"]), add_help=False)
        sub._positionals.title = t["positionals"]
        sub._optionals.title = t["options"]
        sub.add_argument("-h", "--help", action="help", help=t["help"])
        return sub

    check = command("check", "check")
    check.add_argument("dir", nargs="?", type=Path, help=t["check_dir"])
    render = command("render", "render")
    render.add_argument("--scenario", required=True, metavar="NAME", help=t["scenario"])
    render.add_argument("--out", required=True, type=Path, metavar="DIR", help=t["out"])
    render.add_argument("--size", type=picture_size, default=(1920, 1080), metavar="WxH", help=t["picture_size"])
    render.add_argument("--fps", type=frames_per_second, default=4.0, metavar="N", help=t["fps"])
    render.add_argument("--stills", action="store_true", help=t["stills"])
    render.add_argument("--no-labels", action="store_true", help=t["no_labels"])
    command("hash-pin", "hash_pin")
    bench = command("bench", "bench")
    bench.add_argument("--seconds", type=float, default=10.0, help=t["seconds"])
    bench.add_argument("--frames", type=int, default=300, help=t["frames"])
    bench.add_argument("--visits", type=int, default=1000, metavar="N", help=t["visits"])
    bench.add_argument("--startup-runs", type=int, default=7, metavar="N", help=t["startup_runs"])
    return parser


def frames_per_second(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(fill("fps must be a number such as 4, not %1", repr(text))) from None
    if not 0.1 <= value <= 60:
        raise argparse.ArgumentTypeError(fill("fps %1 is out of range (0.1 to 60)", text))
    return value


def settings_from(args: argparse.Namespace) -> Settings:
    """Defaults <- config file <- flags; raises ConfigError."""
    from ioexplainer.core.settings import Settings, load_config

    settings = Settings()
    if args.config is not None:
        settings = load_config(args.config, settings)
    return settings.with_overrides(lang=args.lang, content=args.content, reduced_motion=args.reduced_motion,
                                   kiosk=args.kiosk)


def needs_no_screen() -> None:
    """Commands that only draw into files work without a display: pick Qt's offscreen platform."""
    if not has_screen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def has_screen() -> bool:
    """Whether Qt can open a window here (Qt itself aborts with a crash report when it cannot)."""
    if "QT_QPA_PLATFORM" in os.environ or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def fail(message: str) -> int:
    """Say what is wrong, in the reader's language, and return the exit code for a usage error."""
    from ioexplainer.app.cli_errors import fail_line

    print(fail_line("ioexplainer", message, Parser.language), file=sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    Parser.language = message_language(arguments)
    parser = build_parser(help_language(arguments))
    args = parser.parse_args(arguments)
    from ioexplainer.core.logs import setup_logging
    from ioexplainer.core.paths import content_root

    setup_logging()
    if args.command == "check":
        from ioexplainer.content.check import run_check

        folder = args.dir or content_root()
        if not folder.is_dir():
            return fail(fill("content folder not found: %1 (give the folder that holds en/)", str(folder)))
        return run_check(folder, sys.stdout)
    if args.command == "hash-pin":
        from ioexplainer.app.hash_pin import run_hash_pin

        return run_hash_pin()
    if args.command in ("render", "bench"):
        needs_no_screen()
        from ioexplainer.app.commands import run_bench, run_render

        return run_render(args) if args.command == "render" else run_bench(args)
    from ioexplainer.core.settings import ConfigError

    try:
        settings = settings_from(args)
    except ConfigError as exc:
        print(f"ioexplainer: {exc}", file=sys.stderr)
        return 2
    root = settings.content or content_root()
    if not root.is_dir():
        return fail(fill("content folder not found: %1 (check --content or content = in the config)", str(root)))
    from ioexplainer.content.loader import pack_languages

    languages = pack_languages(root)
    if not languages:
        return fail(fill("%1 holds no content pack: no language folder (such as en/) with topic files in it (check "
                         "--content or content = in the config)", str(root)))
    if settings.lang not in languages:
        return fail(fill("no content in language %1; languages of this pack: %2 (check --lang or lang = in the "
                         "config)", repr(settings.lang), ", ".join(languages) or "none"))
    if args.screenshot is not None or args.startup_probe:
        needs_no_screen()
    elif not has_screen():
        return fail("no screen found (DISPLAY and WAYLAND_DISPLAY are not set); start it from a desktop or "
                    "kiosk session, or draw into a file with --screenshot FILE.png")
    from ioexplainer.app.main import run

    if args.layout_report is not None and args.screenshot is None:
        return fail("--layout-report goes with --screenshot FILE.png (it describes that picture)")
    return run(settings, screenshot=args.screenshot, size=args.size, topic=args.topic,
               probe=args.startup_probe, layout_report=args.layout_report)
