"""Measure start-up: the app against a bare PySide6 window, both started the same way as subprocesses.

Each run starts a fresh Python, builds its window, shows it and quits as soon as the reading text has been
painted once (the same event filter in both); the wall time of the whole process is what a person waits
before they can start reading. The ratio is app median / bare median.
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser


class QuitAtFirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            app.quit()
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
view = QTextBrowser()
view.setMarkdown("# What is immuno-oncology?\\n\\n" + "Plain words about the immune system. " * 80)
window.setCentralWidget(view)
window.resize(1280, 800)
probe = QuitAtFirstPaint()
view.viewport().installEventFilter(probe)
window.show()
app.exec()
"""


@dataclass(frozen=True)
class Startup:
    """Median seconds from process start to a painted window, and their ratio."""

    app_s: float
    bare_s: float
    runs: int
    compiled: bool = True  # whether the app's modules had cached bytecode (an install has; an editable one may not)

    @property
    def ratio(self) -> float:
        return self.app_s / self.bare_s

    def lines(self) -> list[str]:
        return [f"Start to first painted window (median of {self.runs}): app {self.app_s * 1000:.0f} ms, "
                f"bare QMainWindow + QTextBrowser {self.bare_s * 1000:.0f} ms, ratio {self.ratio:.2f} "
                f"(budget 1.5)"] + ([] if self.compiled else [
                    "  (the app's modules have no cached bytecode here, so every start compiles them: run "
                    "`python -m compileall` on the package, or install it with pip, for the figure a user sees)"])


def _time(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(runs: int = 7) -> Startup:
    """Alternate bare and app starts (so both see the same machine load); one warm-up of each first."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as folder:
        env["XDG_CONFIG_HOME"] = folder  # no saved preferences change what starts
        bare = [sys.executable, "-c", BARE]
        app = [sys.executable, "-m", "ioexplainer", "--startup-probe"]
        _time(bare, env), _time(app, env)
        bare_times, app_times = [], []
        for _ in range(runs):
            bare_times.append(_time(bare, env))
            app_times.append(_time(app, env))
    return Startup(statistics.median(app_times), statistics.median(bare_times), runs, has_bytecode())


def has_bytecode() -> bool:
    """Whether this package's modules are compiled ahead (pip does so on install; PYTHONDONTWRITEBYTECODE with an
    editable install leaves every start compiling them, which costs about a fifth of the start-up here)."""
    main = os.path.join(os.path.dirname(os.path.dirname(__file__)), "ui", "main_window.py")
    return os.path.exists(importlib.util.cache_from_source(main))
