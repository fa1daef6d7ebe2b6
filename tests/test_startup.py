"""The start-up figure the bench prints: its ratio, and a warning when the modules are not compiled ahead."""

from __future__ import annotations

from pathlib import Path

import ioexplainer.app.startup as startup
from ioexplainer.app.startup import Startup


def test_ratio_and_line_give_both_medians() -> None:
    figure = Startup(app_s=0.45, bare_s=0.25, runs=7)
    assert figure.ratio == 0.45 / 0.25
    assert figure.lines() == ["Start to first painted window (median of 7): app 450 ms, bare QMainWindow + "
                              "QTextBrowser 250 ms, ratio 1.80 (budget 1.5)"]


def test_uncompiled_modules_are_named_as_the_reason_for_a_slow_figure() -> None:
    lines = Startup(app_s=0.6, bare_s=0.25, runs=3, compiled=False).lines()
    assert len(lines) == 2
    assert "no cached bytecode" in lines[1] and "compileall" in lines[1]


def test_bytecode_is_looked_for_next_to_the_package(tmp_path: Path, monkeypatch) -> None:
    package = tmp_path / "ioexplainer"
    (package / "app").mkdir(parents=True)
    (package / "ui").mkdir()
    source = package / "ui" / "main_window.py"
    source.write_text("", encoding="utf-8")
    monkeypatch.setattr(startup, "__file__", str(package / "app" / "startup.py"))
    assert not startup.has_bytecode()
    import py_compile

    py_compile.compile(str(source))
    assert startup.has_bytecode()
