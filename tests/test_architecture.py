"""The pure layers never import Qt widgets (checked in a fresh interpreter)."""

from __future__ import annotations

import subprocess
import sys

PURE = [
    "ioexplainer.content.check", "ioexplainer.content.loader", "ioexplainer.core.settings", "ioexplainer.core.session",
    "ioexplainer.core.pin", "ioexplainer.diagram.story.phases",
]


def test_pure_modules_import_no_qt() -> None:
    code = (f"import sys\nfor m in {PURE!r}: __import__(m)\n"
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]", result.stdout


def test_nothing_imports_qtnetwork() -> None:
    code = ("import sys\nimport ioexplainer.app.main, ioexplainer.app.cli\n"
            "print([m for m in sys.modules if 'QtNetwork' in m or m in ('urllib.request', 'http.client')])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]", result.stdout


def test_the_first_window_loads_no_diagram_widget_code() -> None:
    """The diagram's widgets, painter and icons load just after the first paint (start-up stays quick).
    A type import in the diagram's panel once pulled them in at start: 28 ms more before the first paint."""
    code = ("import sys\nimport ioexplainer.app.main, ioexplainer.ui.main_window\n"
            "late = ('ioexplainer.diagram.qt', 'ioexplainer.diagram.paint')\n"
            "print(sorted(m for m in sys.modules if m.startswith(late)))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]", result.stdout
