"""The diagram's clock: play, pause, step, seek, speed and mode. One QTimer, running only when it must."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ioexplainer.diagram.story.camera import Camera
from ioexplainer.diagram.story.model import Frame
from ioexplainer.diagram.story.registry import REGISTRY
from ioexplainer.diagram.story.story import Timeline, frames_at, still_time

FRAME_MS = 40  # 25 frames a second: cells drift slowly; 60 would cost a core's tenth on a kiosk all day
MAX_STEP = 0.1  # seconds: a slow or stalled machine skips ahead at most this much per tick
SPEEDS = (0.5, 1.0, 2.0)


class Player(QObject):
    """Time-based playback of the story. The timer runs only while playing, visible and motion is allowed."""

    frame_changed = Signal()
    phase_changed = Signal(int)
    playing_changed = Signal(bool)
    mode_changed = Signal(str)
    speed_changed = Signal(float)
    reduced_motion_changed = Signal(bool)

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None,
                 frame_ms: int = FRAME_MS) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(frame_ms)
        self._timer.timeout.connect(self.tick)
        self._last = 0.0
        self.mode = "before"
        self.timeline = Timeline.of(self.mode)
        self.t = 0.0
        self.speed = 1.0
        self.playing = False
        self.reduced_motion = False
        self.visible = True
        self.loop = False
        self.still_camera: Camera | None = None  # one camera for every frame (the attract screen), not the story's
        self.loop_range: tuple[float, float] | None = None  # loop only these seconds of the story
        self._phase = 0
        self.reading: dict[str, tuple[float, ...]] = {}  # mode -> seconds each step's words need to be read
        self.stop_after: int | None = None  # a topic's step: play it, then hold its last picture
        self._held = 0.0  # seconds already spent holding the end of the current step

    # -- reading ------------------------------------------------------------------------------------
    @property
    def timer_active(self) -> bool:
        return self._timer.isActive()

    @property
    def phase_index(self) -> int:
        return self._phase

    def frames(self) -> tuple[Frame, ...]:
        frames = frames_at(self.mode, self.t)
        if (still := self.still_camera) is not None:  # the attract screen: no camera moves (cheap all day)
            return tuple(replace(f, camera_x=still.x, camera_y=still.y, zoom=still.zoom) for f in frames)
        return frames

    # -- commands -----------------------------------------------------------------------------------
    def play(self) -> None:
        if self.reduced_motion:
            return
        if self.t >= self.timeline.total:
            self.seek(0.0)
        self._set_playing(True)

    def pause(self) -> None:
        self._set_playing(False)

    def play_all(self) -> None:
        """Play on through every step (the Play button), no longer holding a topic's step."""
        self.stop_after = None
        self.play()

    def toggle(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play_all()

    def set_reading_times(self, times: dict[str, tuple[float, ...]]) -> None:
        """Seconds each step must stay on screen for its caption to be read (words at 120 a minute + 2 s)."""
        self.reading = times

    def play_step(self, index: int) -> None:
        """Play one step from its start and hold its last picture (how a topic shows its step)."""
        self.stop_after = index
        self._go_to_phase(index)
        self.play()

    def restart(self) -> None:
        self.seek(self._still(0) if self.reduced_motion else 0.0)

    def next_phase(self) -> None:
        if self.stop_after is not None:  # "Next step" after a held step plays the next one and holds it
            self.play_step(min(self._phase + 1, self.timeline.phase_count - 1))
            return
        self._go_to_phase(min(self._phase + 1, self.timeline.phase_count - 1))

    def previous_phase(self) -> None:
        if self.stop_after is not None:
            self.play_step(max(self._phase - 1, 0))
            return
        self._go_to_phase(max(self._phase - 1, 0))

    def seek(self, t: float) -> None:
        self.t = max(0.0, min(t, self.timeline.total))
        self._announce()

    def set_mode(self, mode: str, phase_id: str | None = None) -> None:
        """Switch scenario (before, after, side-by-side), starting at a phase (by id) or the start."""
        if mode not in REGISTRY.modes():
            raise ValueError(f"unknown diagram mode {mode!r}")
        if mode != self.mode:
            self.mode = mode
            self.timeline = Timeline.of(mode)
            self.mode_changed.emit(mode)
        index = self._phase_index_of(phase_id)
        self._phase = -1  # make sure phase_changed fires for the new timeline
        self._go_to_phase(index)

    def set_speed(self, speed: float) -> None:
        if speed in SPEEDS and speed != self.speed:
            self.speed = speed
            self.speed_changed.emit(speed)

    def set_reduced_motion(self, reduced: bool) -> None:
        if reduced == self.reduced_motion:
            return
        self.reduced_motion = reduced
        if reduced:
            self.pause()
            self.seek(self._still(self._phase))
        self.reduced_motion_changed.emit(reduced)
        self._sync_timer()

    def set_visible(self, visible: bool) -> None:
        """Hidden, minimised or off screen: no timer, no painting."""
        self.visible = visible
        self._sync_timer()

    def reset(self) -> None:
        """Back to the start of `before`, paused, at normal speed."""
        self.pause()
        self.stop_after = None
        self.set_speed(1.0)
        self.set_mode("before")

    # -- time ---------------------------------------------------------------------------------------
    def tick(self) -> None:
        """Advance by the real time since the last tick (capped), times the speed."""
        now = self._clock()
        dt = min(max(0.0, now - self._last), MAX_STEP)
        self._last = now
        self.advance(dt)

    def advance(self, dt: float) -> None:
        """Move the story on by dt seconds (at the chosen speed), holding each step's end until its words
        have been read, and stopping at the end of a held topic step."""
        if dt <= 0:  # no time passed (a timer that fired early): the same picture, not painted again
            return
        index = self._phase
        end = self.timeline.start_of(index) + self.timeline.durations[index]
        t = self.t + dt * self.speed
        if t >= end - 1e-6 and self.t < end + 1e-6:
            if self.stop_after == index:
                self.seek(end - 1e-3)  # the step's last picture, held; "Next step" goes on
                self.pause()
                return
            needed = self._reading_time(index) - self.timeline.durations[index]
            if needed > self._held and index < self.timeline.phase_count - 1:
                self._held += dt
                if self.t != end - 1e-3:  # once: a held picture is not painted again 30 times a second
                    self.seek(end - 1e-3)
                return
        if self.loop and self.loop_range is not None and t >= self.loop_range[1]:
            start, end = self.loop_range
            self.seek(start + (t - end) % (end - start))
            return
        if t >= self.timeline.total:
            if self.loop:
                t %= self.timeline.total
            else:
                t = self.timeline.total
                self.pause()
        self.seek(t)

    # -- inside -------------------------------------------------------------------------------------
    def _phase_index_of(self, phase_id: str | None) -> int:
        comparison = REGISTRY.comparison(self.mode)
        if phase_id is None and comparison is not None:
            return comparison.opens_at
        for name in REGISTRY.parts(self.mode):
            ids = REGISTRY.scenario(name).phase_ids
            if phase_id in ids:
                return ids.index(phase_id)
        return 0

    def _still(self, index: int) -> float:
        return still_time(self.mode, index)

    def _go_to_phase(self, index: int) -> None:
        self.seek(self._still(index) if self.reduced_motion else self.timeline.start_of(index))

    def _reading_time(self, index: int) -> float:
        times = self.reading.get(self.mode, ())
        return times[index] if index < len(times) else 0.0

    def _announce(self) -> None:
        index, _ = self.timeline.locate(self.t)
        if index != self._phase:
            self._phase = index
            self._held = 0.0
            self.phase_changed.emit(index)
        self.frame_changed.emit()

    def _set_playing(self, playing: bool) -> None:
        if playing != self.playing:
            self.playing = playing
            self.playing_changed.emit(playing)
        self._sync_timer()

    def _sync_timer(self) -> None:
        should_run = self.playing and self.visible and not self.reduced_motion
        if should_run and not self._timer.isActive():
            self._last = self._clock()
            self._timer.start()
        elif not should_run and self._timer.isActive():
            self._timer.stop()
