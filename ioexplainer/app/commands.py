"""The `render` and `bench` command-line commands."""

from __future__ import annotations

import argparse
import sys

from ioexplainer.app.main import application
from ioexplainer.ui.fonts import load_app_font


def run_render(args: argparse.Namespace) -> int:
    from ioexplainer.content.loader import load_pack
    from ioexplainer.core.paths import content_root
    from ioexplainer.diagram.paint.render import render_frames
    from ioexplainer.diagram.story.registry import REGISTRY

    if args.scenario not in REGISTRY.modes():
        print(f"ioexplainer render: error: unknown scenario {args.scenario!r}; use one of "
              f"{', '.join(REGISTRY.modes())}", file=sys.stderr)
        return 2
    application()
    texts = load_pack(content_root(), args.lang or "en").diagram_text
    try:
        paths = render_frames(args.scenario, args.out, texts, args.size, args.fps, args.stills, not args.no_labels,
                              load_app_font())
    except OSError as exc:
        print(f"ioexplainer: error: {exc} (check the folder is writable)", file=sys.stderr)
        return 1
    print(f"Wrote {len(paths)} frame(s) of {args.size[0]}x{args.size[1]} to {args.out}")
    return 0


def run_bench(args: argparse.Namespace) -> int:
    from ioexplainer.app.bench import run

    application()
    load_app_font()
    from ioexplainer.app.startup import measure

    result = run(frames=max(10, args.frames), animate_seconds=max(0.2, args.seconds))
    for line in result.lines():
        print(line)
    from ioexplainer.app import kiosk_bench

    for line in kiosk_bench.measure(attract_seconds=max(0.2, args.seconds), visits=max(0, args.visits)).lines():
        print(line)
    if args.startup_runs > 0:
        for line in measure(args.startup_runs).lines():
            print(line)
    return 0
