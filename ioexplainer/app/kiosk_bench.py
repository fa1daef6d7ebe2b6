"""The kiosk's all-day budgets: the attract screen's CPU and wake-ups, the diagram's caches, and the
memory of a kiosk process after many visitors (measured by `ioexplainer bench`, in a process of its own,
as a kiosk runs: nothing the other measurements drew or imported counts against it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication

from ioexplainer.app.bench import TimerCounter, run_for
from ioexplainer.core.settings import Settings

if TYPE_CHECKING:
    from ioexplainer.kiosk.mode import KioskMode


@dataclass(frozen=True)
class KioskBench:
    attract_seconds: float
    attract_cpu_percent: float
    attract_wakeups_per_second: float
    portrait_cpu_percent: float  # the same on a portrait screen (1080x1920: its picture turned and taller)
    cache_mib: float
    cache_limit_mib: float
    visits: int
    resident_mib_before: float
    resident_mib_after: float

    def lines(self) -> list[str]:
        return [
            f"attract screen {self.attract_seconds:.0f} s at 1920x1080: CPU {self.attract_cpu_percent:.1f}% of one "
            f"core (budget 3%), {self.attract_wakeups_per_second:.0f} timer wake-ups a second (budget 60); "
            f"at 1080x1920 (portrait): CPU {self.portrait_cpu_percent:.1f}%",
            f"diagram caches: {self.cache_mib:.1f} MiB in use, {self.cache_limit_mib:.0f} MiB at most (budget 48)",
            f"after {self.visits} visits: {self.resident_mib_after:.0f} MiB resident "
            f"(at the start {self.resident_mib_before:.0f} MiB; budget 160)",
        ]


def resident_mib() -> float:
    """This process's resident memory now (Linux /proc; elsewhere the peak from resource)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
        import os

        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _loop_seconds(kiosk: KioskMode) -> float:
    start, end = kiosk.attract.player.loop_range or (0.0, kiosk.attract.player.timeline.total)
    return end - start


def run(attract_seconds: float = 10.0, visits: int = 1000) -> KioskBench:
    """Needs a QApplication (offscreen is fine)."""
    from ioexplainer.app.main import build_window
    from ioexplainer.diagram.paint.painter import CACHE, LAYERS
    from ioexplainer.kiosk.mode import KioskMode

    app = QApplication.instance()
    assert isinstance(app, QApplication), "create a QApplication first"
    settings = Settings(kiosk=True)
    window = build_window(settings, remember=False)
    kiosk = KioskMode(app, window, settings, ["Touch to learn how immunotherapy works"])
    window.resize(1920, 1080)
    window.show()
    kiosk.show_attract()
    QCoreApplication.processEvents()
    run_for(min(attract_seconds, _loop_seconds(kiosk)))  # once round the loop first: all day, its pictures are kept
    wakeups = TimerCounter()
    timers = [*kiosk.attract.findChildren(QTimer), *kiosk.findChildren(QTimer), *window.findChildren(QTimer)]
    for timer in timers:
        timer.installEventFilter(wakeups)
    cpu, wall = time.process_time(), time.perf_counter()
    run_for(attract_seconds)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    for timer in timers:
        timer.removeEventFilter(wakeups)
    window.resize(1080, 1920)  # a portrait kiosk: once round its loop, then measured the same way
    run_for(min(attract_seconds, _loop_seconds(kiosk)))
    portrait = time.process_time()
    run_for(attract_seconds)
    portrait = 100 * (time.process_time() - portrait) / attract_seconds
    window.resize(1920, 1080)
    before = resident_mib()
    topics = [t.slug for t in window.pack.topics]
    for visit in range(visits):  # what a day of visitors does: read, watch, change things, leave
        kiosk.welcome()
        window.session.go_to(topics[visit % len(topics)])
        window.diagram.player.set_mode(("before", "after", "side-by-side")[visit % 3])
        for step in range(6):
            window.diagram.player.seek(window.diagram.player.timeline.total * step / 6)
            window.diagram.view.repaint()
        window.session.change_text_size(1 if visit % 2 else -1)
        if visit % 10 == 0 and window.language is not None:  # one in ten reads in another language (the
            window.language.apply(("de", "es")[visit // 10 % 2])  # reset switches back: that leaked once)
        if visit % 4 == 0:
            window.session.open_card("t-cell")  # a word explained (the reset closes it)
        kiosk.end_visit()
        QCoreApplication.processEvents()
        # What a kiosk's event loop does between visits and processEvents() does not: delete what was
        # handed to deleteLater() (each topic's old document, for one).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    after = resident_mib()
    kiosk.stop()
    window.allow_close = True
    window.close()
    limit = (CACHE.limit + LAYERS.limit) / 2**20
    return KioskBench(wall, 100 * cpu / wall, wakeups.count / wall, portrait, (CACHE.bytes + LAYERS.bytes) / 2**20,
                      limit, visits, before, after)


def measure(attract_seconds: float = 10.0, visits: int = 1000) -> KioskBench:
    """Run the kiosk measurements in a fresh kiosk process (offscreen) and read back what it measured."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as folder:
        env["XDG_CONFIG_HOME"] = env["XDG_DATA_HOME"] = folder  # no saved preferences, no kiosk log left behind
        done = subprocess.run([sys.executable, "-m", "ioexplainer.app.kiosk_bench", str(attract_seconds), str(visits)],
                              env=env, check=True, capture_output=True, text=True)
    return KioskBench(**json.loads(done.stdout.strip().splitlines()[-1]))


def main(arguments: list[str]) -> None:
    from ioexplainer.app.main import application
    from ioexplainer.ui.fonts import load_app_font

    application()
    load_app_font()
    print(json.dumps(asdict(run(float(arguments[0]), int(arguments[1])))))


if __name__ == "__main__":
    main(sys.argv[1:])
