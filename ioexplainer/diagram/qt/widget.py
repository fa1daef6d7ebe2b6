"""The whole diagram: picture, caption and controls, driven by one Player."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QVBoxLayout, QWidget

from ioexplainer.content.model import DiagramText, Scene
from ioexplainer.diagram.paint.painter import GAP_PX
from ioexplainer.diagram.qt.caption import LEGEND_LINE, CaptionPanel
from ioexplainer.diagram.qt.controls import DiagramControls
from ioexplainer.diagram.qt.player import Player
from ioexplainer.diagram.qt.view import DiagramView
from ioexplainer.diagram.story.registry import REGISTRY
from ioexplainer.diagram.story.story import is_comparison, phase_id_at, still_time

QWIDGETSIZE_MAX = (1 << 24) - 1
SLACK = 12  # pixels left over under the buttons, so a rounding never makes the panel scroll
COMPARE_PX = 600  # side by side is offered only where each half can be this wide
SHARES = (0.7, 0.62, 0.55, 0.5, 0.45, 0.4)  # of the width for the picture, its words beside it: the largest that fits


class DiagramWidget(QWidget):
    """Space plays or pauses, Left/Right step, Home restarts, whenever focus is inside the diagram."""

    topic_requested = Signal(str)
    announcement = Signal(str)  # "Step 4 of 7: The brake. ..." when a step begins, for screen readers

    def __init__(self, texts: DiagramText, reduced_motion: bool = False, labels: bool = True,
                 family: str | None = None, clock: Callable[[], float] | None = None,
                 parent: QWidget | None = None, speed: float = 1.0) -> None:
        super().__init__(parent)
        self.player = Player(clock) if clock else Player()
        self.player.setParent(self)
        self.view = DiagramView(self.player, texts, family, self)
        self.caption = CaptionPanel(texts, self)
        self.controls = DiagramControls(self.player, texts, self)
        self.default_reduced_motion = reduced_motion
        self.default_labels = labels
        self.default_speed = speed
        self._room: tuple[int, int] | None = None  # the room fit_to was last given
        # A kiosk's picture is the hero: it keeps 60% of the room's height (not 40%) before "Next step" joins
        # the play buttons, and the in-between level (no options row) is no help, as a kiosk has none.
        self.hero = False
        self._refit = QTimer(self)  # arrange again once new words are laid out (a caption, a legend)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(lambda: self.fit_to(*self._room) if self._room is not None else None)
        side = QVBoxLayout()
        side.setSpacing(10)
        side.addWidget(self.caption)
        side.addWidget(self.controls)
        side.addStretch(1)
        self.box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(16)
        self.box.addWidget(self.view)
        self.box.addLayout(side, 1)
        self.caption.topic_requested.connect(self.topic_requested)
        self.caption.next_step.clicked.connect(self.player.next_phase)
        self.view.legend_changed.connect(self.caption.show_legend)
        self.view.legend_fits = self.caption.legend.fits
        self.view.legend_changed.connect(lambda _words: self._refit.start())
        self.set_reading_times(texts)
        self.controls.labels.toggled.connect(self.view.set_labels)
        self.player.phase_changed.connect(self._on_phase_changed)
        self.player.mode_changed.connect(self._on_mode_changed)
        self.reset()

    def show_scene(self, scene: Scene, autoplay: bool = True) -> None:
        """Open a scenario at a phase (keeping side by side if the person chose it) and play from there;
        without autoplay, show the phase as a still picture."""
        mode = self.player.mode if is_comparison(self.player.mode) else scene.scenario
        self.player.set_mode(mode, scene.phase)
        if autoplay and not self.player.reduced_motion:
            self.player.play_step(self.player.phase_index)  # the topic's step, then it holds there
        else:
            self.player.seek(still_time(mode, self.player.phase_index))

    def set_reading_times(self, texts: DiagramText) -> None:
        """Each step stays at least as long as its caption takes to read at 120 words a minute, plus 2 s."""
        times: dict[str, tuple[float, ...]] = {}
        for mode in REGISTRY.modes():
            parts = [REGISTRY.scenario(name) for name in REGISTRY.parts(mode)]
            steps = []
            for index in range(len(parts[0].phases)):
                words = 0
                for part in parts:
                    scenario = texts.scenarios.get(part.name)
                    phase = scenario.phases.get(part.phases[index].phase_id) if scenario else None
                    words += len(phase.caption.split()) if phase else 0
                steps.append(words / 2.0 + 2.0)
            times[mode] = tuple(steps)
        self.player.set_reading_times(times)

    def set_texts(self, texts: DiagramText) -> None:
        """New words for the diagram (the language changed): captions, buttons and labels follow."""
        self.set_reading_times(texts)
        self.caption.set_texts(texts)
        self.controls.set_texts(texts)
        self.view.set_texts(texts)
        self._on_phase_changed()

    def visitor_state(self) -> tuple[object, ...]:
        """What a visitor can change here: scenario, step, time, speed, playing, labels, still pictures."""
        p = self.player
        return p.mode, p.phase_index, round(p.t, 3), p.speed, p.playing, self.view.show_labels, p.reduced_motion

    def reset_visitor(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Everything back to the start: before therapy, paused, normal speed, default labels and motion."""
        self.player.reset()
        self.player.set_speed(self.default_speed)
        self.player.set_reduced_motion(self.default_reduced_motion)
        self.controls.labels.setChecked(self.default_labels)
        self.view.set_labels(self.default_labels)
        self._on_phase_changed()

    def fit_to(self, width: int, height: int) -> None:
        """Arrange the diagram for the room (see _fit), then lay it out at once, with the panel round it.
        Again (at most twice) if the picture's new size calls for a taller line of badges' names under it."""
        for _ in range(3):
            self._fit(width, height)
            holder = self.parentWidget() or self
            for layout in reversed(holder.findChildren(QLayout)):  # (the rows inside first, the panel's last)
                layout.activate()
            if (outer := holder.layout()) is not None:
                outer.activate()
            reserve = (LEGEND_LINE, *self.view.step_legends())
            if reserve == self.caption.legend.reserve:
                break
            self.caption.legend.set_reserve(reserve)

    def _fit(self, width: int, height: int) -> None:
        """Given the room the window has for the diagram, choose the first arrangement that fits. At each
        level (every button; without the speed, labels and still-picture row; without the "Next step" row)
        the words and buttons go beside the picture in a wide, short room (the picture taking the largest
        share of the width that leaves them room), else under it if the picture keeps enough height.
        Chosen again whenever the caption changes (its height does)."""
        self._room = (width, height)
        spacing = self.box.spacing()
        self._offer_compare(width, height)
        # Each level asks less room for the words: all buttons; no speed, labels and still-picture row;
        # then (tight) no row of its own for "Next step", which joins the play buttons in words.
        for options, tight in ((True, False), (False, False), (False, True)):
            self.controls.show_options(options)
            self._tighten(tight)
            for layout in (self.caption.layout(), self.controls.modes_grid, self.controls.layout()):
                if layout is not None:
                    _lay_out_again(layout)  # buttons shown, hidden or renamed: measure what is there now
            side = self.controls.least_width()  # (rows rearranged for a narrow column: see least_width)
            self.controls.roomy = True  # (beside: the scrubber on a row of its own, unless it has room)
            for share in SHARES:  # beside: the picture takes the largest share that leaves its words room
                column = width - round(width * share) - spacing
                # (10% to spare: rows of equal-stretch segments share their width evenly, and at the
                # largest text a column that is exactly the buttons' measure cut "Before therapy")
                if width <= 1.5 * height or column < 1.1 * side:
                    continue
                words = self._words_height(column)
                if words <= height:
                    self.box.setDirection(QBoxLayout.Direction.LeftToRight)
                    self.box.setStretch(0, 0)
                    self.box.setStretch(1, 1)
                    picture = max(240, min(round(width * share), round(height * 16 / 9)))
                    self.view.setMinimumSize(picture, 135)  # its share, not its size hint: the words take the rest
                    self.view.setMaximumSize(picture, QWIDGETSIZE_MAX)  # the whole height: composed for its shape
                    self.setMinimumSize(240, max(135, words))
                    return
            self.controls.roomy = False
            words = self._words_height(width)  # (the words under the picture, at this level)
            picture = height - words - spacing - SLACK
            least = 0.6 if self.hero else 0.4
            if picture >= max(135, least * height) or (not options and not self.hero and picture >= 180) or tight:
                break
        self.box.setDirection(QBoxLayout.Direction.TopToBottom)  # keep the words and buttons in view
        self.box.setStretch(0, 1)  # the picture takes the height the words leave
        self.box.setStretch(1, 0)
        self.view.setMinimumSize(240, 135)
        self.view.setMaximumSize(QWIDGETSIZE_MAX, max(135, height - words - spacing - SLACK))
        # The least height at this width (Qt would take the words' height at the narrowest width, where
        # they wrap onto many more lines, and the panel round the diagram would scroll for nothing).
        self.setMinimumSize(240, 135 + spacing + words)

    def _offer_compare(self, width: int, height: int) -> None:
        """Side by side only where each half can be at least COMPARE_PX wide and tall enough to show its
        scene: halves side by side or stacked, the words under them (measured with every button, so the
        choice does not flip when the button goes). Too small, a comparison on screen gives way to its
        second half ("after") at the same step."""
        self.controls.show_options(True)
        self._tighten(False)
        self.controls.roomy = False
        self.controls.offer_compare(True)
        mode, index = self.player.mode, self.player.phase_index
        compare = next((m for m in REGISTRY.modes() if is_comparison(m)), None)
        if compare is not None and not is_comparison(mode):
            # Measured with a comparison's words (two columns, each half as wide): measured with one
            # scenario's, a portrait kiosk offered side by side, and took it back the moment it was chosen.
            self.caption.show_phase(compare, index)
            words = self._words_height(width)
            self.caption.show_phase(mode, index)
        else:
            words = self._words_height(width)
        picture = height - words - self.box.spacing() - SLACK
        half_high = round(COMPARE_PX * 9 / 16)
        beside = (width - GAP_PX) / 2 >= COMPARE_PX and picture >= half_high
        stacked = width >= COMPARE_PX and (picture - GAP_PX) / 2 >= half_high
        offered = beside or stacked
        self.controls.offer_compare(offered)
        if not offered and is_comparison(self.player.mode):
            single = REGISTRY.parts(self.player.mode)[-1]  # its second half: "after"
            self.player.set_mode(single, phase_id_at(single, self.player.phase_index))

    def _tighten(self, tight: bool) -> None:
        self.caption.set_tight(tight)
        self.controls.set_tight(tight)

    def _words_height(self, width: int) -> int:
        """The caption's and the buttons' height at this width (its link under "Next step" if need be)."""
        self.caption.arrange_actions(width)
        self.controls.arrange_modes(0 if self.controls.modes_lent else width)  # (lent: on one row, see lend_modes)
        self.controls.arrange_transport(width)
        for layout in (self.caption.layout(), self.controls.modes_grid, self.controls.layout()):
            if layout is not None:
                _lay_out_again(layout)  # a button was just shown or hidden: measure what is there now
        caption = self.caption.layout()
        high = caption.heightForWidth(width) if caption is not None and caption.hasHeightForWidth() else -1
        return (high if high > 0 else self.caption.sizeHint().height()) + self.controls.sizeHint().height() + 10

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._on_phase_changed()  # "Step 2 of 6" and the accessible description, in the new language

    def keyPressEvent(self, event: QKeyEvent) -> None:
        actions = {Qt.Key.Key_Space: self.player.toggle, Qt.Key.Key_Left: self.player.previous_phase,
                   Qt.Key.Key_Right: self.player.next_phase, Qt.Key.Key_Home: self.player.restart}
        action = actions.get(Qt.Key(event.key()))
        if action is None:
            super().keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_Space and self.player.reduced_motion:
            action = self.player.next_phase
        action()
        event.accept()

    def _on_mode_changed(self, mode: str) -> None:
        self._on_phase_changed(self.player.phase_index)

    def _sync_next_step(self) -> None:
        self.caption.next_step.setEnabled(self.player.phase_index < self.player.timeline.phase_count - 1)

    def _on_phase_changed(self, index: int = 0) -> None:
        self._sync_next_step()
        caption = self.caption.show_phase(self.player.mode, self.player.phase_index)
        self._refit.start()
        description = self.caption.description(self.player.mode, self.player.phase_index)
        self.view.setAccessibleDescription(f"{caption} {description}".strip())
        if self.isVisible():
            self.announcement.emit(caption)


def _lay_out_again(layout: QLayout) -> None:
    """Measure a layout afresh, the rows inside it too: each row keeps what it measured until the layout
    is done again (invalidating only the outer one left the rows counting buttons just hidden)."""
    layout.invalidate()
    layout.activate()
