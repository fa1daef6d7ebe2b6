"""Kiosk mode driven like a visitor and a nurse would, with an injected clock (no sleeping)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ioexplainer.app.main import build_window
from ioexplainer.core.settings import Settings
from ioexplainer.kiosk.mode import KioskMode
from tests.conftest import FakeClock
from tests.kiosk.conftest import PIN

ESCAPES = [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier), (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier), (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
]


def start_visit(qtbot: QtBot, kiosk: KioskMode, held: bool = True) -> None:
    qtbot.mouseClick(kiosk.attract, Qt.MouseButton.LeftButton)
    assert not kiosk.attract.isVisible()
    if held:
        kiosk.window.pause_diagram()  # as if its step had played and held: the visitor walked away


def open_tile(qtbot: QtBot, kiosk: KioskMode, key: str) -> None:
    """Touch a tile of the start screen (a topic's slug, or "#watch")."""
    screens = kiosk.window.screens
    assert screens is not None and screens.on_start
    tile = next(t for t in screens.start.tiles if t.key == key)
    screens.start.ensureWidgetVisible(tile)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert not screens.on_start


def test_starts_on_the_attract_screen_and_a_touch_shows_the_topic_tiles(qtbot: QtBot, kiosk: KioskMode) -> None:
    assert kiosk.attract.isVisible()
    assert kiosk.attract.player.mode == "after" and kiosk.attract.player.playing
    # the names in its picture as big as in a topic's picture (a little under the buttons' words), not 13 px
    assert kiosk.attract.view.label_px == kiosk.window.diagram_label_px() > 20
    assert "Touch to learn how immunotherapy works" in kiosk.attract.phrases[0].text()
    start_visit(qtbot, kiosk, held=False)
    screens = kiosk.window.screens
    assert screens is not None and screens.on_start and screens.start.isVisible()
    assert [t.key for t in screens.start.tiles][:2] == ["#watch", "what-is-immuno-oncology"]
    assert screens.start.tiles[-1].key == "#help" and len(screens.start.tiles) == len(kiosk.window.pack.topics) + 2
    assert not kiosk.attract.player.timer_active
    assert not kiosk.window.diagram.player.timer_active  # nothing plays behind the tiles
    assert not kiosk.window.home_button.isVisible()  # already home
    open_tile(qtbot, kiosk, "how-cancer-escapes")
    window = kiosk.window
    assert window.session.state.topic == "how-cancer-escapes" and window.viewer.isVisible()
    assert window.diagram.isVisible() and window.diagram.player.playing  # its step plays, then holds
    assert not window.back_button.isVisible() and not window.forward_button.isVisible()
    assert not window.diagram.controls.labels.isVisible()  # speed and labels are config keys on a kiosk
    assert not any(b.isVisible() for b in window.diagram.controls.speed_buttons.values())
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    assert screens.on_start and not window.diagram.player.timer_active
    read = [t for t in screens.start.tiles if t.mark.isVisible()]
    assert [t.key for t in read] == ["how-cancer-escapes"]  # a tick on the topic this visitor read
    window.visitor.reset()
    assert screens.on_start and not any(t.mark.isVisible() for t in screens.start.tiles)


@pytest.mark.parametrize(("key", "modifier"), ESCAPES)
def test_escape_keys_are_refused(qtbot: QtBot, kiosk: KioskMode, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    start_visit(qtbot, kiosk)
    window = kiosk.window
    before = kiosk.lockdown.refused
    full_screen = window.isFullScreen()
    window.viewer.setFocus()
    qtbot.keyClick(window.windowHandle(), key, modifier)  # real keys arrive through the native window
    assert kiosk.lockdown.refused > before
    assert window.isVisible() and window.isFullScreen() == full_screen


def test_close_event_is_refused(kiosk: KioskMode) -> None:
    assert kiosk.window.close() is False
    assert kiosk.window.isVisible()


@pytest.mark.parametrize(("key", "modifier"), ESCAPES[1:3])
def test_laptop_closes_with_the_usual_keys(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    window = build_window(Settings(), remember=False)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window.viewer, key, modifier)
    assert not window.isVisible()


def test_laptop_f11_goes_full_screen_and_escape_comes_back(qtbot: QtBot) -> None:
    window = build_window(Settings(), remember=False)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window.viewer, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window.viewer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.close() is True


def test_context_menus_tooltips_and_drops_are_refused(qtbot: QtBot, kiosk: KioskMode) -> None:
    start_visit(qtbot, kiosk)
    window = kiosk.window
    before = kiosk.lockdown.refused
    point = window.viewer.viewport().mapTo(window, QPoint(40, 40))
    qtbot.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton, pos=point)
    assert kiosk.lockdown.refused >= before + 1  # the right button never reaches a widget
    for widget in (window.viewer, window.viewer.viewport(), window.navigator, window.navigator.viewport()):
        assert widget.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
        assert not widget.acceptDrops()
    assert all(not w.toolTip() for w in window.findChildren(QWidget))  # nothing to hover for
    text_flags = window.viewer.textInteractionFlags()
    assert not text_flags & Qt.TextInteractionFlag.TextSelectableByMouse  # nothing to drag out
    drop = QEvent(QEvent.Type.DragEnter)
    assert kiosk.lockdown.eventFilter(window.windowHandle(), drop) is True


def test_idle_countdown_and_i_am_still_here(qtbot: QtBot, kiosk: KioskMode, clock: FakeClock) -> None:
    start_visit(qtbot, kiosk)
    clock.now += 89
    kiosk.idle.check()
    assert not kiosk.countdown.isVisible()
    clock.now += 2
    kiosk.idle.check()
    assert kiosk.countdown.isVisible()
    assert "9 seconds" in kiosk.countdown.message.text()
    qtbot.mouseClick(kiosk.countdown.button, Qt.MouseButton.LeftButton)
    assert not kiosk.countdown.isVisible()
    clock.now += 30
    kiosk.idle.check()
    assert not kiosk.countdown.isVisible() and kiosk.window.isVisible()


def test_touch_anywhere_during_the_countdown_also_keeps_the_visit(qtbot: QtBot, kiosk: KioskMode,
                                                                  clock: FakeClock) -> None:
    start_visit(qtbot, kiosk)
    clock.now += 95
    kiosk.idle.check()
    assert kiosk.countdown.isVisible()
    qtbot.mouseClick(kiosk.window.windowHandle(), Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    assert not kiosk.countdown.isVisible()


def test_the_attract_picture_is_composed_for_a_portrait_screen(qtbot: QtBot, kiosk: KioskMode) -> None:
    """Portrait: the picture takes the height the words leave, over them, and the scene is drawn turned (no
    empty bands above and below a 16:9 strip); landscape: the picture beside the words. Either way framed
    on the clip: on a 1366x768 kiosk the attacking T cell was 50 px across in a 1270x266 strip."""
    from ioexplainer.diagram.story.camera import Camera, view_of

    attract, view = kiosk.attract, kiosk.attract.view

    def camera() -> Camera:
        assert attract.player.still_camera is not None
        return attract.player.still_camera

    def t_cell_px() -> float:
        scale = view_of(view.width(), view.height(), camera()).scale
        return 2 * attract.player.frames()[0].actor("T1").r * scale

    kiosk.window.resize(1080, 1920)
    qtbot.waitUntil(lambda: view.height() > 1.3 * view.width())
    assert view.height() >= 0.5 * 1920 and view_of(view.width(), view.height(), camera()).turned
    assert view.geometry().bottom() < attract.phrases[0].geometry().top()  # the words under the picture
    assert attract.start.geometry().bottom() <= attract.height()  # "Touch to start" in view
    assert t_cell_px() >= 150
    for size, least in (((1920, 1080), 160), ((1366, 768), 120)):  # (were about 100 and 50)
        kiosk.window.resize(*size)
        qtbot.waitUntil(lambda: view.geometry().right() < attract.phrases[0].geometry().left())  # beside
        assert t_cell_px() >= least, size
        start = attract.start
        assert start.width() >= start.sizeHint().width() and attract.rect().contains(start.geometry())


def test_reset_wipes_everything_and_shows_the_attract_screen(qtbot: QtBot, kiosk: KioskMode,
                                                             clock: FakeClock) -> None:
    start_visit(qtbot, kiosk)
    window = kiosk.window
    window.session.go_to("how-cancer-escapes")
    window.session.go_to("how-treatment-works")
    window.session.change_text_size(1)
    window.session.open_card("t-cell")
    window.viewer.verticalScrollBar().setValue(200)
    window.diagram.player.set_mode("side-by-side")
    window.diagram.player.set_speed(2.0)
    window.diagram.controls.labels.click()
    window.pause_diagram()  # nobody watching any more
    clock.now += 95
    kiosk.idle.check()
    clock.now += 10
    kiosk.idle.check()
    state = window.session.state
    assert (state.topic, state.text_size, state.card) == ("what-is-immuno-oncology", "large", None)
    assert state.history.back == [] and state.history.forward == []
    assert not window.card.isVisible() and not kiosk.countdown.isVisible()
    assert window.viewer.verticalScrollBar().value() == 0
    player = window.diagram.player
    assert (player.mode, player.speed, player.playing) == ("before", 1.0, False) and player.t == 0
    assert window.diagram.view.show_labels
    assert kiosk.attract.isVisible() and kiosk.resets == 1
    assert "How the treatment works" not in window.viewer.toPlainText()


def test_no_idle_countdown_on_the_attract_screen(kiosk: KioskMode, clock: FakeClock) -> None:
    clock.now += 1000
    kiosk.idle.check()
    assert not kiosk.countdown.isVisible() and kiosk.attract.isVisible()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_returns_home(qtbot: QtBot, kiosk: KioskMode,
                                             caplog: pytest.LogCaptureFixture) -> None:
    start_visit(qtbot, kiosk)
    kiosk.window.session.go_to("how-cancer-escapes")

    def broken() -> None:
        raise RuntimeError("a bug in a slot")

    kiosk.window.next_button.clicked.connect(broken)
    with caplog.at_level(logging.ERROR):
        qtbot.mouseClick(kiosk.window.next_button, Qt.MouseButton.LeftButton)
    assert kiosk.guard.caught == 1
    assert kiosk.window.session.state.topic == "what-is-immuno-oncology"
    assert kiosk.window.isVisible() and not kiosk.attract.isVisible()
    assert "RuntimeError: a bug in a slot" in caplog.text and "Traceback" in caplog.text


def test_corner_hold_opens_the_pin_pad(qtbot: QtBot, kiosk: KioskMode) -> None:
    start_visit(qtbot, kiosk)
    corner = kiosk.corner
    assert corner is not None
    native = kiosk.window.windowHandle()
    qtbot.mousePress(native, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert corner.timer.isActive()
    qtbot.mouseRelease(native, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert not corner.timer.isActive()  # a short tap does nothing
    qtbot.mousePress(native, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    corner.timer.timeout.emit()  # five seconds of holding, driven through the timer's signal
    pad = kiosk.pin_pad
    assert pad.isVisible()
    zero = pad.digit_buttons["0"].geometry()  # the bottom row lines up: delete, 0 and OK alike
    assert [b.geometry().top() for b in (pad.erase, pad.ok)] == [zero.top()] * 2
    assert [b.height() for b in (pad.erase, pad.ok)] == [zero.height()] * 2
    qtbot.mouseRelease(native, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.mousePress(native, Qt.MouseButton.LeftButton, pos=QPoint(900, 500))
    assert not corner.timer.isActive()


def enter(qtbot: QtBot, kiosk: KioskMode, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(kiosk.pin_pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.pin_pad.ok, Qt.MouseButton.LeftButton)


def test_wrong_pins_lock_the_pad_for_a_minute(qtbot: QtBot, kiosk: KioskMode, clock: FakeClock) -> None:
    kiosk.pin_pad.open()
    for _ in range(4):
        enter(qtbot, kiosk, "1111")
        assert "Wrong PIN" in kiosk.pin_pad.message.text()
    enter(qtbot, kiosk, "1111")
    assert "Locked for 60 s" in kiosk.pin_pad.message.text()
    assert not kiosk.pin_pad.digit_buttons["2"].isEnabled()
    assert kiosk.gate.try_pin(PIN, clock.now) is False  # even the right PIN waits
    clock.now += 61
    kiosk.pin_pad.open()
    assert kiosk.pin_pad.digit_buttons["2"].isEnabled()


def test_right_pin_exits(qtbot: QtBot, kiosk: KioskMode, monkeypatch: pytest.MonkeyPatch) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(kiosk.app, "quit", lambda: quits.append(True))
    kiosk.pin_pad.open()
    with qtbot.waitSignal(kiosk.pin_pad.accepted):
        enter(qtbot, kiosk, PIN)
    assert quits == [True] and not kiosk.window.isVisible()


def test_without_a_pin_admin_exit_is_off(qtbot: QtBot, qapp: QApplication, clock: FakeClock) -> None:
    settings = Settings(kiosk=True)
    window = build_window(settings, remember=False)
    qtbot.addWidget(window)
    mode = KioskMode(qapp, window, settings, [], clock=clock)
    try:
        assert mode.corner is None and not mode.gate.enabled
        assert mode.gate.try_pin("", clock.now) is False
    finally:
        mode.stop()
        window.allow_close = True


def test_swipe_moves_between_topics(qtbot: QtBot, kiosk: KioskMode) -> None:
    start_visit(qtbot, kiosk)
    viewport = kiosk.window.viewer.viewport()
    native = kiosk.window.windowHandle()  # real touches arrive through the native window

    def drag(start: QPoint, end: QPoint) -> None:
        qtbot.mousePress(native, Qt.MouseButton.LeftButton, pos=viewport.mapTo(kiosk.window, start))
        qtbot.mouseRelease(native, Qt.MouseButton.LeftButton, pos=viewport.mapTo(kiosk.window, end))

    drag(QPoint(500, 300), QPoint(200, 310))
    assert kiosk.window.session.state.topic == "the-immune-system"
    drag(QPoint(100, 300), QPoint(450, 290))
    assert kiosk.window.session.state.topic == "what-is-immuno-oncology"
    drag(QPoint(300, 300), QPoint(320, 600))  # a vertical drag scrolls; it is not a swipe
    assert kiosk.window.session.state.topic == "what-is-immuno-oncology"


def test_touch_targets_are_at_least_44_px(qtbot: QtBot, kiosk: KioskMode) -> None:
    from PySide6.QtWidgets import QAbstractButton

    start_visit(qtbot, kiosk)
    for button in kiosk.window.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.width() >= 44 and button.height() >= 44, button.accessibleName() or button.text()
    qtbot.mouseClick(kiosk.window.topics_button, Qt.MouseButton.LeftButton)  # the list is a drawer on a kiosk
    navigator = kiosk.window.navigator
    qtbot.waitUntil(navigator.isVisible)
    assert all(navigator.visualItemRect(navigator.item(i)).height() >= 44 for i in range(navigator.count()))


def test_kiosk_keeps_nothing_on_disk(qtbot: QtBot, kiosk: KioskMode, tmp_path: Path) -> None:
    import os

    start_visit(qtbot, kiosk)
    kiosk.window.session.change_text_size(1)
    kiosk.window.resize(1000, 700)
    config_home = Path(os.environ["XDG_CONFIG_HOME"])
    assert kiosk.window.preferences is None
    assert not any(config_home.rglob("ioexplainer*"))


def test_idle_watcher_sees_touch_events(qtbot: QtBot, kiosk: KioskMode, clock: FakeClock) -> None:
    from PySide6.QtGui import QEventPoint, QPointingDevice, QTouchEvent

    start_visit(qtbot, kiosk)
    clock.now += 80
    device = QPointingDevice.primaryPointingDevice()
    point = QEventPoint(1, QEventPoint.State.Pressed, QPointF(50, 50), QPointF(50, 50))
    touch = QTouchEvent(QEvent.Type.TouchBegin, device, Qt.KeyboardModifier.NoModifier, [point])
    QApplication.sendEvent(kiosk.window.windowHandle(), touch)
    clock.now += 80  # 160 s since the visit began, but only 80 since the touch
    kiosk.idle.check()
    assert not kiosk.countdown.isVisible()


def test_reduced_motion_attract_screen_is_a_still_picture(qtbot: QtBot, qapp: QApplication, clock: FakeClock) -> None:
    settings = Settings(kiosk=True, reduced_motion=True)
    window = build_window(settings, remember=False)
    qtbot.addWidget(window)
    mode = KioskMode(qapp, window, settings, ["Touch"], clock=clock)
    try:
        window.setWindowFlags(Qt.WindowType.Window)
        with qtbot.waitExposed(window):
            window.show()
        mode.show_attract()
        assert mode.attract.isVisible() and not mode.attract.player.timer_active
        assert mode.attract.player.phase_index == 3  # the attack, as one settled picture
        assert window.diagram.player.reduced_motion
    finally:
        mode.stop()
        window.allow_close = True


def test_watching_the_diagram_play_counts_as_being_here(qtbot: QtBot, kiosk: KioskMode, clock: FakeClock) -> None:
    kiosk.welcome()
    window = kiosk.window
    open_tile(qtbot, kiosk, "#watch")
    assert window.diagram.isVisible() and window.diagram.player.playing and window.diagram.player.stop_after is None
    clock.now += 95
    kiosk.idle.check()
    assert not kiosk.countdown.isVisible()  # the story was playing: no countdown
    window.diagram.player.pause()
    clock.now += 95
    kiosk.idle.check()
    assert kiosk.countdown.isVisible()


def test_the_pin_pad_opens_again_by_itself_when_the_lock_ends_and_takes_keyboard_digits(
        qtbot: QtBot, kiosk: KioskMode, clock: FakeClock) -> None:
    kiosk.pin_pad.open()
    for _ in range(5):
        enter(qtbot, kiosk, "1111")
    assert not kiosk.pin_pad.digit_buttons["2"].isEnabled() and kiosk.pin_pad._unlock.isActive()
    clock.now += 61
    kiosk.pin_pad.tick()  # the pad's own one-second timer, stepped by hand
    assert kiosk.pin_pad.digit_buttons["2"].isEnabled() and not kiosk.pin_pad._unlock.isActive()
    assert "Locked" not in kiosk.pin_pad.message.text()
    focused = QApplication.focusWidget()
    assert focused is not None and (focused is kiosk.pin_pad or kiosk.pin_pad.isAncestorOf(focused))
    for digit in PIN:
        qtbot.keyClick(kiosk.pin_pad, digit)
    assert kiosk.pin_pad.entered == PIN
    qtbot.keyClick(kiosk.pin_pad, Qt.Key.Key_Backspace)
    assert kiosk.pin_pad.entered == PIN[:-1]


def test_what_lies_under_an_overlay_is_inert_and_tab_stays_inside(qtbot: QtBot, kiosk: KioskMode) -> None:
    window = kiosk.window
    assert not window.text_size.larger.isEnabled()  # under the attract screen: cannot be pressed or reached
    central = window.centralWidget()
    assert central is not None and not central.isVisible()  # nor seen by a screen reader
    from PySide6.QtGui import QAccessible

    QAccessible.setActive(True)
    listing = QAccessible.queryAccessibleInterface(window.navigator)

    def items_invisible() -> list[bool]:
        return [bool(listing.child(i).state().invisible) for i in range(listing.childCount())]

    assert items_invisible() and all(items_invisible())  # Qt would report the rows as showing otherwise
    start_visit(qtbot, kiosk)
    assert window.text_size.larger.isEnabled()
    qtbot.mouseClick(window.topics_button, Qt.MouseButton.LeftButton)  # the list is a drawer on a kiosk
    assert not any(items_invisible()[:3])  # the first topics are on screen again
    window.session.close_card()
    window.session.open_card("t-cell")
    assert window.card.isVisible() and not window.viewer.isEnabled() and not window.text_size.larger.isEnabled()
    window.card._close.setFocus()
    for _ in range(6):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None and window.card.isAncestorOf(now), now
    window.session.close_card()
    assert window.viewer.isEnabled()


def test_enter_presses_a_button_like_space(qtbot: QtBot, kiosk: KioskMode) -> None:
    start_visit(qtbot, kiosk)
    open_tile(qtbot, kiosk, kiosk.window.pack.topics[0].slug)
    window = kiosk.window
    window.next_button.setFocus()
    with qtbot.waitSignal(window.next_button.clicked):
        qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Return)
    assert window.session.state.topic == window.pack.topics[1].slug


@pytest.mark.parametrize("hide", ["minimise", "leave full screen", "resize", "hide"])
def test_a_kiosk_that_is_hidden_or_shrunk_puts_itself_back_within_a_second(
        qtbot: QtBot, qapp: QApplication, pin_hash: str, hide: str, caplog: pytest.LogCaptureFixture) -> None:
    settings = Settings(kiosk=True, admin_pin_hash=pin_hash)
    window = build_window(settings, remember=False)
    qtbot.addWidget(window)
    kiosk = KioskMode(qapp, window, settings, ["Touch"])
    kiosk.start()
    qtbot.waitUntil(lambda: window.isFullScreen() and kiosk.stay_put.problem() == "", timeout=1000)
    def shrink() -> None:
        window.showNormal()
        window.resize(700, 600)

    {"minimise": window.showMinimized, "leave full screen": window.showNormal, "hide": window.hide,
     "resize": shrink}[hide]()
    with caplog.at_level(logging.WARNING):
        qtbot.waitUntil(lambda: kiosk.stay_put.restores >= 1 and kiosk.stay_put.problem() == "", timeout=1000)
    assert window.isFullScreen() and window.isVisible() and not window.isMinimized()
    assert "putting it back" in caplog.text
    kiosk.stop()
    window.allow_close = True


def test_a_kiosk_has_one_larger_text_toggle_reset_for_each_visitor(qtbot: QtBot, kiosk: KioskMode) -> None:
    start_visit(qtbot, kiosk)
    window = kiosk.window
    control = window.text_size
    assert control.toggle.isVisible() and not control.larger.isVisible() and not control.smaller.isVisible()
    qtbot.mouseClick(control.toggle, Qt.MouseButton.LeftButton)
    assert window.session.state.text_size == "largest" and control.toggle.isChecked()
    qtbot.mouseClick(control.toggle, Qt.MouseButton.LeftButton)
    assert window.session.state.text_size == "large"
    qtbot.mouseClick(control.toggle, Qt.MouseButton.LeftButton)
    kiosk.wipe()
    assert window.session.state.text_size == "large" and not control.toggle.isChecked()


def test_cards_are_dialogs_and_the_countdown_is_an_alert(qtbot: QtBot, kiosk: KioskMode) -> None:
    from PySide6.QtGui import QAccessible

    QAccessible.setActive(True)
    pin = QAccessible.queryAccessibleInterface(kiosk.pin_pad.card)
    assert pin.role() == QAccessible.Role.Dialog and pin.text(QAccessible.Text.Name)
    countdown = QAccessible.queryAccessibleInterface(kiosk.countdown.card)
    assert countdown.role() == QAccessible.Role.AlertMessage
    assert countdown.text(QAccessible.Text.Name) == "Still there?"
    glossary = QAccessible.queryAccessibleInterface(kiosk.window.card.card)
    assert glossary.role() == QAccessible.Role.Dialog
    plain = QAccessible.queryAccessibleInterface(kiosk.window.navigator)
    assert plain.role() == QAccessible.Role.List  # every other widget keeps Qt's own description


def test_a_topic_or_card_opened_without_a_touch_counts_as_being_here(qtbot: QtBot, kiosk: KioskMode,
                                                                       clock: FakeClock) -> None:
    """A screen reader's or switch device's action arrives through accessibility, with no input event."""
    kiosk.welcome()
    window = kiosk.window
    clock.now += 80
    window.session.go_to(window.pack.topics[3].slug)  # as an accessibility action on a tile would
    window.pause_diagram()  # (a playing picture counts as presence too)
    clock.now += 80
    kiosk.idle.check()
    assert not kiosk.countdown.isVisible()
    clock.now += 15
    kiosk.idle.check()
    assert kiosk.countdown.isVisible()
    window.session.open_card("t-cell")
    kiosk.idle.check()
    assert not kiosk.countdown.isVisible()


def test_a_kiosk_steps_back_with_words_and_a_laptop_with_its_symbol(qtbot: QtBot, kiosk: KioskMode) -> None:
    """The skip-back symbol (a bar and a triangle) read as "go to the start" (review): on a kiosk the step
    back says "Back" in words, mirroring "Next step", and goes back one step."""
    start_visit(qtbot, kiosk)
    open_tile(qtbot, kiosk, "how-cancer-escapes")
    controls, player = kiosk.window.diagram.controls, kiosk.window.diagram.player
    back = controls.previous
    assert back.isVisible() and back.text() == "‹ Back" and back.icon().isNull()
    index = player.phase_index
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert player.phase_index == index - 1
    laptop = build_window(Settings(), remember=False)
    qtbot.addWidget(laptop)
    laptop.allow_close = True
    previous = laptop.diagram.controls.previous
    assert previous.text() == "" and not previous.icon().isNull() and previous.toolTip().startswith("Previous step")
