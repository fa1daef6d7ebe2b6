"""The one entry point: start the app (default), or `check` a content pack.

Only argparse is imported up front: `--version` and `--help` import nothing else, `check` imports the
pure content package only, and Qt is imported only by the commands that draw.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from ioexplainer import __version__

if TYPE_CHECKING:
    from ioexplainer.core.settings import Settings

MIN_SIZE = (800, 600)  # the smallest window the layout is designed for

EPILOG = """examples:
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
"""


class Parser(argparse.ArgumentParser):
    """Usage errors are one clear line and exit 2, never a traceback."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see: {self.prog} --help)\n")


def picture_size(text: str) -> tuple[int, int]:
    """Parse WxH for a picture of the diagram alone (it may be small)."""
    m = re.fullmatch(r"(\d{3,5})[xX](\d{3,5})", text.strip())
    if not m or not (240 <= int(m.group(1)) <= 7680 and 135 <= int(m.group(2)) <= 4320):
        raise argparse.ArgumentTypeError(f"picture size must look like 1920x1080, from 240x135 to 7680x4320, "
                                         f"not {text!r}")
    return int(m.group(1)), int(m.group(2))


def window_size(text: str) -> tuple[int, int]:
    """Parse WxH such as 1920x1080."""
    m = re.fullmatch(r"(\d{3,5})[xX](\d{3,5})", text.strip())
    if not m:
        raise argparse.ArgumentTypeError(f"size must look like 1920x1080, not {text!r}")
    width, height = int(m.group(1)), int(m.group(2))
    if not (MIN_SIZE[0] <= width <= 7680 and MIN_SIZE[1] <= height <= 4320):
        raise argparse.ArgumentTypeError(f"size {text} is out of range: use {MIN_SIZE[0]}x{MIN_SIZE[1]} "
                                         "(the smallest the app is laid out for) up to 7680x4320")
    return width, height


def build_parser() -> Parser:
    parser = Parser(prog="ioexplainer", formatter_class=argparse.RawDescriptionHelpFormatter,
                    description="Explains cancer immunotherapy (immuno-oncology) to patients and families, "
                                "with a moving picture of T cells before and after therapy. Works offline.",
                    epilog=EPILOG)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--lang", metavar="CODE", help="language of the text, such as en (default: en)")
    parser.add_argument("--content", metavar="DIR", type=Path,
                        help="use another content pack folder instead of the bundled one")
    parser.add_argument("--config", metavar="FILE", type=Path, help="read settings from a TOML file")
    parser.add_argument("--reduced-motion", action="store_true", default=None,
                        help="show still pictures instead of movement")
    parser.add_argument("--kiosk", action="store_true", default=None,
                        help="run as a waiting-room kiosk: full screen, starts over after idle time")
    parser.add_argument("--screenshot", metavar="FILE.png", type=Path,
                        help="draw the window once into a PNG file and exit (works without a screen)")
    parser.add_argument("--size", metavar="WxH", type=window_size, default=(1280, 800),
                        help="window size for --screenshot (default: 1280x800)")
    parser.add_argument("--topic", metavar="SLUG", help="topic to show first, such as how-cancer-escapes")
    parser.add_argument("--layout-report", metavar="FILE.json", type=Path,
                        help="with --screenshot: also write what is on screen (every widget's place, words, text "
                             "size, and whether they fit; the diagram's labels) as JSON")
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)  # bench: quit at first paint
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    check = commands.add_parser("check", help="check a content pack and list every problem",
                                description="Check a content pack. Prints each problem as path:line: message. "
                                            "Exit 0 when clean, 1 when there are problems.")
    check.add_argument("dir", nargs="?", type=Path, help="content pack folder (default: the bundled one)")
    render = commands.add_parser("render", help="write the diagram's frames as numbered PNG files",
                                 description="Write diagram frames as PNG files, without a screen.")
    render.add_argument("--scenario", required=True, metavar="NAME",
                        help="before, after, side-by-side, or another registered scenario")
    render.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the PNG files")
    render.add_argument("--size", type=picture_size, default=(1920, 1080), metavar="WxH",
                        help="picture size (default: 1920x1080)")
    render.add_argument("--fps", type=frames_per_second, default=4.0, metavar="N",
                        help="frames per second of story time (default: 4)")
    render.add_argument("--stills", action="store_true", help="one settled picture per step instead")
    render.add_argument("--no-labels", action="store_true", help="leave out the names in the picture")
    commands.add_parser("hash-pin", help="make the admin_pin_hash line for a kiosk config file",
                        description="Asks for a 4 to 12 digit PIN (twice) and prints the admin_pin_hash line "
                                    "to put in the kiosk config file. Only the salted hash is stored.")
    bench = commands.add_parser("bench", help="measure the diagram's speed and CPU use",
                                description="Paint time per frame, CPU while animating, wake-ups while paused.")
    bench.add_argument("--seconds", type=float, default=10.0, help="how long to animate (default: 10)")
    bench.add_argument("--frames", type=int, default=300, help="frames to time for painting (default: 300)")
    bench.add_argument("--visits", type=int, default=1000, metavar="N",
                       help="simulated kiosk visits before measuring memory (default: 1000; 0 to skip)")
    bench.add_argument("--startup-runs", type=int, default=7, metavar="N",
                       help="start the app and a bare Qt window N times each to compare start-up (default: 7; "
                            "0 to skip)")
    return parser


def frames_per_second(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"fps must be a number such as 4, not {text!r}") from None
    if not 0.1 <= value <= 60:
        raise argparse.ArgumentTypeError(f"fps {text} is out of range (0.1 to 60)")
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
    print(f"ioexplainer: error: {message}", file=sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from ioexplainer.core.logs import setup_logging
    from ioexplainer.core.paths import content_root

    setup_logging()
    if args.command == "check":
        from ioexplainer.content.check import run_check

        folder = args.dir or content_root()
        if not folder.is_dir():
            return fail(f"content folder not found: {folder} (give the folder that holds en/)")
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
        return fail(f"content folder not found: {root} (check --content or content = in the config)")
    from ioexplainer.content.loader import pack_languages

    languages = pack_languages(root)
    if settings.lang not in languages:
        return fail(f"no content in language {settings.lang!r}; languages of this pack: "
                    f"{', '.join(languages) or 'none'} (check --lang or lang = in the config)")
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
