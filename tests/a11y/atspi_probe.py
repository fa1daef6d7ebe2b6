"""Walk the running app the way a screen reader does, over the real AT-SPI bus, and report it as JSON.

Run by the system Python (the one `python3-pyatspi` belongs to) inside `dbus-run-session`:

    dbus-run-session -- /usr/bin/python3 tests/a11y/atspi_probe.py APP_PYTHON REPORT.json

It starts an X server (Xvfb), the accessibility bus and the app (with APP_PYTHON, on the xcb platform
with accessibility forced on), then, as an assistive technology client:

1. reads the whole tree: role, name, description, actions and whether each node is showing;
2. reads the topic text the viewer exposes, and tries to insert text into it;
3. performs the list item's action on topic 5 and reads the viewer and the list again;
4. collects the events the app sends (announcements, name changes) while doing so.

Everything is written to REPORT.json as one JSON object (not to stdout, which the bus daemons share);
tests/a11y/test_atspi.py checks it. This file is not imported by pytest (its name does not start with
test_), and it needs no package from the venv.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from typing import Any

import pyatspi

WAIT = 45.0  # at most, seconds to wait for the X server, the bus and the app on a slow machine


def wait_for(what: str, check: Callable[[], Any]) -> Any:
    """Run the AT-SPI event loop until `check` returns something truthy (it waits for other processes: the
    bus and the app starting), or WAIT seconds."""
    found: list[Any] = []

    def done() -> bool:
        try:
            value = check()
        except Exception:  # the bus or the app is still starting
            value = None
        if value:
            found.append(value)
        return bool(found)

    if not done():
        run_loop_until(done)
    if not found:
        raise SystemExit(f"atspi_probe: timed out waiting for {what}")
    return found[0]


def start_x() -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        raise SystemExit("atspi_probe: Xvfb did not start")
    return xvfb, f":{number}"


def find_app() -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == "ioexplainer" and app.childCount > 0:
            return app
    return None


def nodes(node: Any, depth: int = 0) -> Iterator[Any]:
    yield node
    if depth < 30:
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                yield from nodes(child, depth + 1)


def actions_of(node: Any) -> list[str]:
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def describe(node: Any) -> dict[str, Any]:
    states = node.getState()
    return {"role": node.getRoleName(), "name": node.name or "", "description": node.description or "",
            "actions": actions_of(node), "showing": states.contains(pyatspi.STATE_SHOWING),
            "editable": states.contains(pyatspi.STATE_EDITABLE)}


def text_of(node: Any) -> str:
    text = node.queryText()
    return str(text.getText(0, text.characterCount))


def find(app: Any, role: str, name: str) -> Any:
    for node in nodes(app):
        if node.getRoleName() == role and node.name == name:
            return node
    return None


def showing_names(app: Any) -> list[dict[str, Any]]:
    """Every node a screen reader is told is on screen, with its role and name."""
    return [describe(node) for node in nodes(app) if node.getState().contains(pyatspi.STATE_SHOWING)]


def listen(events: list[dict[str, str]]) -> Callable[[Any], None]:
    def record(event: Any) -> None:
        source = event.source
        events.append({"type": str(event.type), "source": source.name if source is not None else "",
                       "role": source.getRoleName() if source is not None else "",
                       "detail": str(event.any_data) if event.any_data is not None else ""})

    pyatspi.Registry.registerEventListener(record, "object:announcement", "object:property-change:accessible-name",
                                           "object:text-changed", "object:state-changed:selected",
                                           "object:state-changed:showing", "window:activate")
    return record


def run_loop_until(done: Callable[[], bool]) -> None:
    """Run the AT-SPI event loop, as a screen reader's would, until `done()` or WAIT seconds."""
    from gi.repository import GLib

    deadline = time.monotonic() + WAIT

    def check() -> bool:
        if done() or time.monotonic() > deadline:
            pyatspi.Registry.stop()
            return False
        return True

    GLib.timeout_add(100, check)
    pyatspi.Registry.start()


def walk_kiosk(app: Any, report: dict[str, Any], events: list[dict[str, str]]) -> None:
    """The attract screen, starting (the topic tiles), a tile pressed, and the "Still there?" countdown
    after the idle time."""
    start = wait_for("the attract screen", lambda: next(
        (n for n in nodes(app) if n.getRoleName() == "push button" and n.name == "Touch to start"
         and n.getState().contains(pyatspi.STATE_SHOWING)), None))
    report["attract_showing"] = showing_names(app)
    listen(events)
    start.queryAction().doAction(0)
    tile = wait_for("the topic tiles after starting", lambda: next(
        (n for n in nodes(app) if n.getRoleName() == "push button" and n.name == "5. How cancer hides from the "
         "immune system" and n.getState().contains(pyatspi.STATE_SHOWING)), None))
    report["started_showing"] = showing_names(app)
    report["tile_description"] = tile.description
    report["tile_actions"] = [tile.queryAction().getName(i) for i in range(tile.queryAction().nActions)]
    # Pressed while this client walks the tree: Qt's own scroll-area interface then read past its list of
    # children when the start screen's scroll bar went, and the app crashed (every run, before the fix).
    tile.queryAction().doAction(0)
    wait_for("the topic after pressing its tile", lambda: next(
        (n for n in nodes(app) if n.name == "Topic text" and n.getState().contains(pyatspi.STATE_SHOWING)), None))
    report["topic_showing_after_tile"] = showing_names(app)

    def countdown_heard() -> bool:
        return any(e["type"] == "object:announcement" and "Still there?" in e["detail"] for e in events)

    run_loop_until(countdown_heard)  # the idle time (15 s in the test's config) passes
    card = find(app, "alert", "Still there?") or find(app, "panel", "Still there?")
    report["countdown"] = describe(card) if card is not None else None
    report["countdown_role"] = card.getRoleName() if card is not None else ""
    report["events"] = events


def walk_window(app: Any, report: dict[str, Any], events: list[dict[str, str]]) -> None:
    """The laptop window: the whole tree, an edit refused, a list item's action, the announcements."""
    listing = wait_for("the topic list", lambda: find(app, "list", "Topics"))
    report["tree"] = [describe(node) for node in nodes(app)]
    viewer = next(node for node in nodes(app) if node.name == "Topic text")
    report["viewer_before"] = text_of(viewer)
    try:
        inserted = bool(viewer.queryEditableText().insertText(0, "HACKED ", 7))
    except NotImplementedError:
        inserted = False
    report["insert_accepted"] = inserted
    try:
        report["restored"] = bool(wait_for("the viewer to put its words back",
                                           lambda: text_of(viewer) == report["viewer_before"]))
    except SystemExit:
        report["restored"] = False

    listen(events)
    item = listing.getChildAtIndex(4)
    report["item_name"] = item.name
    action = item.queryAction()
    report["item_action"] = action.getName(0)
    action.doAction(0)
    report["viewer_after_action"] = wait_for(
        "the topic to open", lambda: (t := text_of(viewer)) != report["viewer_before"] and "HACKED" not in t and t)

    def both_announced() -> bool:  # the topic, then the diagram's step
        announced = [e["detail"] for e in events if e["type"] == "object:announcement"]
        return any(a.startswith("Step ") for a in announced) and any(not a.startswith("Step ") for a in announced)

    run_loop_until(both_announced)
    report["selected_after_action"] = [
        listing.getChildAtIndex(i).name for i in range(listing.childCount)
        if listing.getChildAtIndex(i).getState().contains(pyatspi.STATE_SELECTED)]
    report["events"] = events
    helper = next(n for n in nodes(app) if n.getRoleName() == "push button" and n.name == "When to get help")
    helper.queryAction().doAction(0)
    wait_for("the help card", lambda: next((n for n in nodes(app) if n.getRoleName() == "dialog"
                                            and n.getState().contains(pyatspi.STATE_SHOWING)), None))
    report["card_showing"] = showing_names(app)


def main() -> None:
    app_python, out = sys.argv[1], sys.argv[2]
    arguments = sys.argv[3:] or ["--size", "1920x1080"]
    kiosk = "--kiosk" in arguments
    events: list[dict[str, str]] = []
    xvfb, display = start_x()
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                           env={**os.environ, "DISPLAY": display},
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    config = tempfile.mkdtemp(prefix="ioexplainer-a11y-")
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
           "QT_ACCESSIBILITY": "1", "PYTHONFAULTHANDLER": "1", "XDG_CONFIG_HOME": config, "XDG_DATA_HOME": config,
           "HOME": config}
    app_process = subprocess.Popen([app_python, "-c", "import sys\nfrom ioexplainer.app.cli import main\n"
                                    f"sys.exit(main({arguments!r}))"],
                                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    report: dict[str, Any] = {}
    try:
        os.environ["DISPLAY"] = display
        app = wait_for("the app on the accessibility bus", find_app)
        (walk_kiosk if kiosk else walk_window)(app, report, events)
    finally:
        app_process.terminate()
        try:
            _, err = app_process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            app_process.kill()
            _, err = app_process.communicate()
        report["app_stderr"] = err.decode(errors="replace")[-4000:]
        if app_process.returncode not in (0, -15, 143):  # it ended by itself: say how (a crash, an error)
            print(f"the app ended with {app_process.returncode}:\n{report['app_stderr']}", file=sys.stderr)
        bus.terminate()
        xvfb.terminate()
        bus.wait(timeout=10)
        xvfb.wait(timeout=10)
    with open(out, "w", encoding="utf-8") as file:
        json.dump(report, file)


if __name__ == "__main__":
    main()
