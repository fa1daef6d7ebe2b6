"""What a screen reader gets, checked over the real AT-SPI bus on a real X server (Xvfb).

The app runs as its own process on Qt's xcb platform with accessibility on; `atspi_probe.py`, run by the
system Python that `python3-pyatspi` belongs to, walks it as Orca would. Skipped, with the reason, only
where the machine lacks Xvfb, dbus-run-session, the AT-SPI bus or pyatspi (`.ci/run` installs them all).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

PROBE = Path(__file__).with_name("atspi_probe.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")


def missing() -> str | None:
    if sys.platform != "linux":
        return "AT-SPI is the Linux accessibility bus"
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: xvfb, dbus)"
    if not BUS_LAUNCHER.exists():
        return "the AT-SPI bus is not installed (Debian: at-spi2-core)"
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if check.returncode != 0:
        return "pyatspi is not installed for the system Python (Debian: python3-pyatspi)"
    return None


def probe(folder: Path, *arguments: str) -> dict[str, Any]:
    reason = missing()
    if reason is not None:
        pytest.skip(reason)
    out = folder / "report.json"
    result = subprocess.run(["dbus-run-session", "--", SYSTEM_PYTHON, str(PROBE), sys.executable, str(out),
                             *arguments], capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return probe(tmp_path_factory.mktemp("atspi"))


@pytest.fixture(scope="module")
def kiosk_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from ioexplainer.core.pin import hash_pin

    folder = tmp_path_factory.mktemp("atspi-kiosk")
    config = folder / "kiosk.toml"
    config.write_text(f'kiosk = true\nidle_timeout = 15\ncountdown = 5\nadmin_pin_hash = "{hash_pin("2468")}"\n',
                      encoding="utf-8")
    return probe(folder, "--kiosk", "--config", str(config))


def showing(report: dict[str, Any], role: str) -> list[dict[str, Any]]:
    return [node for node in report["tree"] if node["role"] == role and node["showing"]]


def test_every_control_on_screen_has_a_name(report: dict[str, Any]) -> None:
    controls = [node for role in ("push button", "check box", "list item", "slider", "list", "frame")
                for node in showing(report, role)]
    assert len(controls) > 25
    assert [node for node in controls if not node["name"].strip()] == []
    names = {node["name"] for node in controls}
    for expected in ("Topics", "Next topic", "When to get help", "Language: English", "Pause (Space)",
                     "Time in the story", "1. What is immuno-oncology?"):
        assert expected in names


def test_buttons_can_be_pressed_and_the_diagram_is_described(report: dict[str, Any]) -> None:
    enabled_buttons = [node for node in showing(report, "push button") if node["actions"]]
    assert all("Press" in node["actions"] for node in enabled_buttons)
    diagram = next(node for node in report["tree"] if node["name"] == "Diagram: T cells and cancer cells")
    assert diagram["showing"] and len(diagram["description"]) > 40  # the scene in words, not only a name


def test_what_is_hidden_is_not_showing(report: dict[str, Any]) -> None:
    closed_cards = [node for node in report["tree"]
                    if node["role"] == "dialog" and node["name"] in ("Settings", "Word explained", "Choose a language")]
    assert len(closed_cards) == 3 and not any(node["showing"] for node in closed_cards)


def test_the_viewer_exposes_the_topic_and_refuses_edits(report: dict[str, Any]) -> None:
    assert report["viewer_before"].startswith("What is immuno-oncology?")
    # Qt accepts the insert call (it ignores read-only there); the viewer puts its words back at once.
    assert report["restored"]
    assert report["viewer_after_action"].startswith("How cancer hides from the immune system")
    assert "HACKED" not in report["viewer_after_action"]
    viewer = next(node for node in report["tree"] if node["name"] == "Topic text")
    assert not viewer["editable"]


def test_the_list_items_action_opens_the_topic(report: dict[str, Any]) -> None:
    assert report["item_name"] == "5. How cancer hides from the immune system"
    assert report["item_action"]  # Qt 6 calls it "Toggle"
    assert report["selected_after_action"] == ["5. How cancer hides from the immune system"]


def test_topic_changes_and_diagram_steps_are_announced(report: dict[str, Any]) -> None:
    announced = [event["detail"] for event in report["events"] if event["type"] == "object:announcement"]
    assert any(text.startswith("How cancer hides from the immune system.") for text in announced)
    assert any(text.startswith("Step ") and " of " in text for text in announced)


def test_a_new_topic_reaches_a_screen_reader_as_one_change_of_its_text(report: dict[str, Any]) -> None:
    """The old words out and the new ones in, whole: not each styled link as a change of its own (a screen
    reader could speak "immune system", "NK cell", "MHC"... as words put back)."""
    changes = [event for event in report["events"]
               if event["type"].startswith("object:text-changed") and event["source"] == "Topic text"]
    inserted = [event["detail"] for event in changes if event["type"] == "object:text-changed:insert"]
    assert inserted and all(text.startswith("How cancer hides from the immune system") for text in inserted)
    assert len(changes) == 2 * len(inserted)  # each: one delete, one insert


def test_under_a_card_only_the_card_is_showing(report: dict[str, Any]) -> None:
    """The window under an open card is a still picture: a screen reader finds only the card."""
    showing = report["card_showing"]
    names = {node["name"] for node in showing}
    assert any(node["role"] == "dialog" for node in showing)
    assert "Close the explanation" in names
    assert not names & {"Topic text", "Topics", "Settings", "Next topic", "Home: the first topic"}, names


def test_the_app_logged_no_error(report: dict[str, Any]) -> None:
    errors = [line for line in report["app_stderr"].splitlines()
              if "Traceback" in line or ("Error" in line and "speech" not in line and "pipewire" not in line)]
    assert errors == []


def test_under_the_attract_screen_nothing_else_is_showing(kiosk_report: dict[str, Any]) -> None:
    on_screen = [(node["role"], node["name"]) for node in kiosk_report["attract_showing"]
                 if node["role"] not in ("application", "frame")]
    assert ("push button", "Touch to start") in on_screen
    assert any(name.startswith("Toque la pantalla") for _, name in on_screen)  # the invitation in three languages
    attract_words = {"push button", "label", "panel", "filler"}
    assert [item for item in on_screen if item[0] not in attract_words] == []  # no list items, no topic text
    assert not any(name in ("Topics", "Topic text", "Next topic") for _, name in on_screen)


def test_starting_shows_the_topic_tiles(kiosk_report: dict[str, Any]) -> None:
    names = {node["name"] for node in kiosk_report["started_showing"]}
    assert {"Topics", "Watch how it works", "1. What is immuno-oncology?", "When to get help"} <= names
    assert "Touch to start" not in names and "Topic text" not in names  # only the tiles: no topic behind them
    assert kiosk_report["tile_description"].startswith("How some cancer cells switch off T cells")
    assert kiosk_report["tile_actions"][0] == "Press"


def test_pressing_a_tile_with_a_screen_reader_opens_its_topic(kiosk_report: dict[str, Any]) -> None:
    """Pressed through AT-SPI while the tree is walked (it crashed the app inside Qt before the fix)."""
    names = {node["name"] for node in kiosk_report["topic_showing_after_tile"]}
    assert "Topic text" in names and "Home: every topic" in names
    assert "Watch how it works" not in names  # the tiles are gone from the screen reader too


def test_the_countdown_is_announced_at_once(kiosk_report: dict[str, Any]) -> None:
    card = kiosk_report["countdown"]
    assert card is not None and card["name"] == "Still there?" and card["showing"]
    assert card["role"] == "alert"  # read at once, not as one more panel
    assert "Starting over in" in card["description"]
    announced = [event["detail"] for event in kiosk_report["events"] if event["type"] == "object:announcement"]
    # The whole card in one assertive announcement, starting at the configured 5 seconds
    assert any(re.fullmatch(r"Still there\? Starting over in 5 seconds for the next person\.", text)
               for text in announced)
