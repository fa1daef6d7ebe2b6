"""A scenario registered from test code alone plays, renders, captions and compares (no package file touched)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ioexplainer.content.loader import load_pack
from ioexplainer.content.model import ContentPack
from ioexplainer.core.keep_together import keep_together
from ioexplainer.core.paths import content_root
from ioexplainer.diagram.paint.render import render_image
from ioexplainer.diagram.qt.widget import DiagramWidget
from ioexplainer.diagram.story.model import Actor, Frame, Kind, Label, State
from ioexplainer.diagram.story.phases import Phase
from ioexplainer.diagram.story.registry import REGISTRY, Comparison, Registry, Scenario
from ioexplainer.diagram.story.story import Timeline, frames_at
from tests.conftest import FakeClock

MEET = (Phase("approach", 2.0), Phase("touch", 3.0))
PART = (Phase("wait", 2.5), Phase("leave", 2.0))


def meet(t: float, index: int, progress: float) -> Frame:
    x = 300.0 + 500.0 * (index + progress) / 2  # the T cell walks towards the cancer cell
    actors = (Actor("A", Kind.T_CELL, x, 450.0, 80.0, State.PATROLLING),
              Actor("B", Kind.CANCER_CELL, 1250.0, 450.0, 150.0))
    return Frame("meet", t, index, MEET[index].phase_id, progress, actors,
                 labels=(Label("walker", x, 450.0, 0.0, -140.0),))


def part(t: float, index: int, progress: float) -> Frame:
    actors = (Actor("N", Kind.NK_CELL, 800.0 - 300.0 * progress * index, 300.0, 90.0),)
    return Frame("part", t, index, PART[index].phase_id, progress, actors)


CAPTIONS = """
[meet]
title = "Meeting"
[meet.approach]
title = "Coming closer"
caption = "A T cell comes closer to a cancer cell."
description = "A blue cell moves right."
[meet.touch]
title = "Touching"
caption = "The two cells touch."
description = "The blue cell reaches the orange one."

[part]
title = "Parting"
[part.wait]
title = "Waiting"
caption = "An NK cell waits."
description = "A purple cell stays still."
[part.leave]
title = "Leaving"
caption = "The NK cell moves away."
description = "The purple cell drifts left."

[meet-and-part]
title = "Meet and part"
"""


@pytest.fixture
def registered() -> Iterator[None]:
    REGISTRY.add(Scenario("meet", MEET, meet))
    REGISTRY.add(Scenario("part", PART, part))
    REGISTRY.add_comparison(Comparison("meet-and-part", "meet", "part"))
    try:
        yield
    finally:
        REGISTRY.remove("meet")
        REGISTRY.remove("part")


@pytest.fixture
def pack(registered: None, tmp_path: Path) -> ContentPack:
    """The bundled pack, with captions for the new scenarios added in a copy (the bundled files stay)."""
    root = tmp_path / "pack"
    shutil.copytree(content_root(), root)
    with (root / "en" / "diagram.toml").open("a", encoding="utf-8") as file:
        file.write(CAPTIONS)
    text = (root / "en" / "diagram.toml").read_text(encoding="utf-8").replace(
        "[labels]\n", '[labels]\nwalker = "Walking T cell"\n')
    (root / "en" / "diagram.toml").write_text(text, encoding="utf-8")
    loaded = load_pack(root)
    assert not [p for p in loaded.problems if "diagram.toml" in str(p.path)], loaded.problems
    return loaded


def test_the_registry_lists_scenarios_then_comparisons(registered: None) -> None:
    assert REGISTRY.modes() == ("before", "after", "meet", "part", "side-by-side", "meet-and-part")
    assert REGISTRY.parts("meet-and-part") == ("meet", "part")
    assert REGISTRY.phase_ids()["meet"] == ("approach", "touch")
    assert Timeline.of("meet-and-part").durations == (2.5, 3.0)  # the longer of each pair


def test_a_registered_scenario_plays_captions_and_compares(qtbot: QtBot, pack: ContentPack,
                                                           clock: FakeClock) -> None:
    widget = DiagramWidget(pack.diagram_text, clock=clock)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    with qtbot.waitExposed(widget):
        widget.show()
    qtbot.mouseClick(widget.controls.mode_buttons["meet"], Qt.MouseButton.LeftButton)
    assert widget.player.mode == "meet"
    assert widget.caption.columns[0].text.text() == keep_together("A T cell comes closer to a cancer cell.")
    qtbot.mouseClick(widget.controls.play, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(widget.player.phase_changed):  # after the step's words have had time to be read
        for _ in range(90):
            clock.now += 0.1
            widget.player.tick()
    assert widget.player.phase_index == 1
    assert widget.caption.columns[0].text.text() == "The two cells touch."
    assert "Step 2 of 2: Touching" in widget.caption.columns[0].step.text().replace("\u00a0", " ")
    assert widget.controls.mode_buttons["meet-and-part"].text() == "Meet and part"
    qtbot.mouseClick(widget.controls.mode_buttons["meet-and-part"], Qt.MouseButton.LeftButton)
    assert [f.scenario for f in widget.player.frames()] == ["meet", "part"]
    assert widget.caption.columns[1].isVisible()
    assert widget.caption.columns[1].text.text() == keep_together("An NK cell waits.")


def test_a_registered_scenario_renders(pack: ContentPack) -> None:
    early = render_image("meet", 0.0, (640, 360), pack.diagram_text)
    late = render_image("meet", 4.5, (640, 360), pack.diagram_text)
    assert early.size().width() == 640 and early != late  # the T cell moved
    pair = frames_at("meet-and-part", 1.0)
    assert [f.scenario for f in pair] == ["meet", "part"] and pair[0].phase_index == pair[1].phase_index


def test_a_comparison_needs_matching_steps() -> None:
    registry = Registry()
    registry.add(Scenario("one", MEET, meet))
    registry.add(Scenario("three", (*PART, Phase("extra", 1.0)), part))
    with pytest.raises(ValueError, match="same number of steps"):
        registry.add_comparison(Comparison("bad", "one", "three"))
    with pytest.raises(ValueError, match="already registered"):
        registry.add(Scenario("one", MEET, meet))
