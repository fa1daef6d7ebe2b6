"""Under the diagram: "Step 3 of 6: The brake", one or two plain sentences, and a link to the topic."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ioexplainer.content.model import DiagramText
from ioexplainer.core.keep_together import keep_together
from ioexplainer.diagram.story.registry import REGISTRY
from ioexplainer.diagram.story.story import is_comparison, phase_id_at

NBSP = "\u00a0"
LEGEND_LINE = "1 = T"  # the line of badges' names keeps at least one line's height (see DiagramWidget.fit_to)


class _Reserving(QLabel):
    """Words that keep the height of the tallest of the words they may show (`reserve`: every step's words
    in the scenario on screen), so the picture and the buttons stay put from step to step. (Measured at
    each step's own caption, a kiosk's picture was 712, 518, 647 and 802 px wide at steps 1 to 6, "Next
    step" moved under the finger, and the speed row came and went on a laptop.)"""

    def __init__(self, name: str, parent: QWidget, bottom: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # At the top of the room it keeps, or (`bottom`: a step's title) at its foot, on the words under it
        # (Qt centres a label's words: a step's words stood a line below its title, and side by side one
        # half's words stood lower than the other's; review)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | (Qt.AlignmentFlag.AlignBottom if bottom
                                                        else Qt.AlignmentFlag.AlignTop))
        self.reserve: tuple[str, ...] = ()
        self._probe = QLabel(self)  # measures the other words: styled as this one (the same name)
        self._probe.setObjectName(name)
        self._probe.setWordWrap(True)
        self._probe.setTextFormat(Qt.TextFormat.PlainText)
        self._probe.hide()
        self._heights: dict[tuple[int, str, str], int] = {}  # the height of words at a width, in a font

    def set_reserve(self, words: tuple[str, ...]) -> None:
        if words != self.reserve:
            self.reserve = words
            self.updateGeometry()

    def heightForWidth(self, width: int) -> int:
        own = super().heightForWidth(width)
        return max(own, self._reserved(width)) if self.reserve else own

    def _reserved(self, width: int) -> int:
        """The height of the tallest words of the reserve at `width`."""
        return max(self._height_of(words, width) for words in self.reserve)

    def _height_of(self, words: str, width: int) -> int:
        """The height `words` take at `width`, in this label's style (measured once per width and font)."""
        key = (width, self.font().key(), words)
        if key not in self._heights:
            if len(self._heights) > 256:  # (a window dragged through many widths)
                self._heights.clear()
            self._probe.ensurePolished()
            self._probe.setText(words)
            self._heights[key] = self._probe.heightForWidth(width)
        return self._heights[key]

    def fits(self, words: str) -> bool:
        """Whether `words` need no more height than the line keeps (words seen in no still picture, as
        badges come and go between two steps, would make it taller and move the buttons under it)."""
        width = self.width()
        if not self.reserve or width <= 0 or not self.isVisibleTo(self.window()) or words in self.reserve:
            return True
        return self._height_of(words, width) <= self._reserved(width)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.heightForWidth(self.width()))) if self.reserve else hint


class _Column(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.step = _Reserving("diagramStep", self, bottom=True)
        self.text = _Reserving("diagramCaption", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.step)
        layout.addWidget(self.text)


class CaptionPanel(QWidget):
    """Shows the words for the current phase; in side by side, one column per scenario."""

    topic_requested = Signal(str)

    def __init__(self, texts: DiagramText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = texts
        self._topics: dict[tuple[str, str], tuple[str, str]] = {}
        self._current_topic = ""
        self._target = ""
        self.columns = [_Column(self), _Column(self)]
        self.read_more = QPushButton(self)
        self.read_more.setObjectName("linkButton")
        policy = self.read_more.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the buttons below never jump when the link comes and goes
        self.read_more.setSizePolicy(policy)
        self.read_more.clicked.connect(lambda: self.topic_requested.emit(self._target))
        self.next_step = QPushButton(self)
        self.next_step.setObjectName("primary")
        self.next_step.setText(self.tr("Next step ›"))
        self.next_step.setAccessibleName(self.tr("Next step of the picture"))
        self.tight = False  # a small room: no row for "Next step" and the link (see set_tight)
        self._step: tuple[str, str] | None = None  # the scenario and step whose link shows (see _update_link)
        self._links: tuple[str, ...] = ()  # every link the scenario's steps show (their room is kept: arrange_actions)
        row = QHBoxLayout()
        row.setSpacing(24)
        for column in self.columns:
            row.addWidget(column, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(row)
        # Names of the labels drawn as numbered badges: one line, kept even when empty (as tall as a line of
        # its words: an empty label was a pixel shorter, and the buttons under it moved by one).
        self.legend = _Reserving("muted", self)
        self.legend.set_reserve((LEGEND_LINE,))
        layout.addWidget(self.legend)
        self.action_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.action_row.setSpacing(16)
        self.action_row.addWidget(self.next_step, 0, Qt.AlignmentFlag.AlignLeft)
        self.action_row.addWidget(self.read_more, 1, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self.action_row)
        layout.addStretch(1)

    def minimumSizeHint(self) -> QSize:
        """As tall as the words are at the width the caption has, not at its narrowest (Qt's default), so
        the scroll area round the diagram does not scroll for lines the caption never wraps onto."""
        hint = super().minimumSizeHint()
        layout = self.layout()
        if self.width() > hint.width() and layout is not None and layout.hasHeightForWidth():
            return QSize(hint.width(), layout.heightForWidth(self.width()))
        return hint

    def arrange_actions(self, width: int) -> None:
        """"Next step" and the link to the topic side by side, or the link under it when they would not fit
        in `width`, on as many lines as it needs there (the link is never cut off). Arranged for every link
        of the scenario's steps, and as tall as the tallest of them, shown or hidden: the buttons under it
        stay put from step to step (a link that came, went or wrapped moved them)."""
        shown = self.read_more.accessibleName()  # the whole words, kept there
        links = [*self._links, shown] if self._links else [shown]
        hidden = self.read_more.isHidden() and not self._links
        beside = all(self._link_lines(words, width, hidden)[1] for words in links)
        wrap = width  # the width its lines wrap at
        room = width - self.next_step.sizeHint().width() - self.action_row.spacing()
        if not beside and not self.next_step.isHidden() and all(
                len(self._wrapped(words, room)) <= 2 for words in links):
            # beside "Next step" on two lines, rather than a row of its own under it: on a 1366x768 laptop
            # the row it took (kept for the scenario's links) cost the speed, labels and still-pictures row
            beside, wrap = True, room
        self.action_row.setDirection(QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom)
        self.read_more.setMinimumHeight(0)
        reserve = 0
        for words in links:  # (the tallest, by its lines: a shorter link may wrap where a longer one does not)
            self.read_more.setText("\n".join(self._link_lines(words, wrap, False, wrap == width and beside)[0]))
            reserve = max(reserve, self.read_more.sizeHint().height())
        self.read_more.setText("\n".join(self._link_lines(shown, wrap, False, wrap == width and beside)[0]))
        self.read_more.setMinimumHeight(reserve)

    def _link_lines(self, words: str, width: int, hidden: bool,
                    beside: bool | None = None) -> tuple[list[str], bool]:
        """The link's words in lines for `width`, and whether it goes beside "Next step" (`beside` given:
        as decided for all the scenario's links)."""
        self.read_more.setText(words)
        if beside is None:
            needed = self.next_step.sizeHint().width() + self.action_row.spacing() + self.read_more.sizeHint().width()
            beside = hidden or width >= needed
        if beside or self.read_more.sizeHint().width() <= width:
            return [words], beside
        return self._wrapped(words, width), beside  # every word of the topic's name, never cut with "…"

    def _wrapped(self, words: str, width: int) -> list[str]:
        """The link's words in as many lines as they need in `width` (one, where they fit)."""
        self.read_more.setText(words)
        metrics = self.read_more.fontMetrics()
        padding = self.read_more.sizeHint().width() - metrics.horizontalAdvance(words)
        lines: list[str] = []
        for word in words.split(" "):
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width - padding:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # its minimum height follows its width (above)

    def set_texts(self, texts: DiagramText) -> None:
        self._texts = texts

    def show_legend(self, legend: str) -> None:
        self.legend.setText(legend)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.next_step.setText(self.tr("Next step ›"))
            self.next_step.setAccessibleName(self.tr("Next step of the picture"))

    def set_topic_links(self, links: Mapping[tuple[str, str], tuple[str, str]], current: str) -> None:
        """(scenario, phase) -> (topic slug, topic title); `current` is the topic on screen."""
        self._topics = dict(links)
        self._current_topic = current

    def show_phase(self, mode: str, index: int) -> str:
        """Update the words; return the full caption (for the accessible description)."""
        names = REGISTRY.parts(mode)
        spoken = []
        for column, name in zip(self.columns, names, strict=False):
            phases = REGISTRY.scenario(name).phases
            phase_id = phases[index].phase_id
            words = self._texts.scenarios.get(name)
            steps = tuple(self._step_words(mode, name, number) for number in range(len(phases)))
            captions = tuple(keep_together(p.caption) for p in words.phases.values()) if words else ()
            column.step.set_reserve(steps)
            column.text.set_reserve(captions)
            phase = words.phases.get(phase_id) if words else None
            step = steps[index]
            column.step.setText(step)
            column.text.setText(keep_together(phase.caption) if phase else "")  # (PD-L1 and "T cell" whole)
            spoken.append(f"{step.replace(NBSP, ' ')}. {phase.caption if phase else ''}")
        self.columns[1].setVisible(is_comparison(mode))
        self._update_link(names[0], phase_id_at(mode, index))
        return " ".join(spoken)

    def _step_words(self, mode: str, name: str, index: int) -> str:
        """'Step 3 of 7: A perfect fit' (in side by side, after the scenario's name)."""
        phases = REGISTRY.scenario(name).phases
        words = self._texts.scenarios.get(name)
        phase = words.phases.get(phases[index].phase_id) if words else None
        # "Step 7 of 7" on one line (side by side, a line ended "Step 7 of" and the next began "7: What
        # changed"): no-break spaces round the numbers, in any language's words
        template = self.tr("Step %1 of %2: %3")
        for number in ("%1", "%2"):
            template = template.replace(f" {number}", f"{NBSP}{number}").replace(f"{number} ", f"{number}{NBSP}")
        step = template.replace("%1", str(index + 1)).replace(
            "%2", str(len(phases))).replace("%3", phase.title if phase else phases[index].phase_id)
        return f"{words.title}. {step}" if is_comparison(mode) and words else step

    def description(self, mode: str, index: int) -> str:
        """The longer spoken description of what is on screen."""
        parts = []
        for name in REGISTRY.parts(mode):
            words = self._texts.scenarios.get(name)
            phase = words.phases.get(REGISTRY.scenario(name).phases[index].phase_id) if words else None
            if phase:
                parts.append(phase.description)
        return " ".join(parts)

    def set_tight(self, tight: bool) -> None:
        """A small room: the "Next step" button (the controls say it instead) and the link to another
        topic (the Read tab has the text) give their row to the picture."""
        was, self.tight = self.tight, tight
        self.next_step.setVisible(not tight)
        policy = self.read_more.sizePolicy()
        policy.setRetainSizeWhenHidden(not tight)
        self.read_more.setSizePolicy(policy)
        if tight:
            self.read_more.hide()
        elif was and self._step is not None:  # room again: the link to the step's topic comes back
            self._update_link(*self._step)

    def _link_words(self, title: str) -> str:
        return self.tr("Read about this: %1 ›").replace("%1", title)

    def _update_link(self, scenario: str, phase_id: str) -> None:
        self._step = (scenario, phase_id)
        self._links = tuple(sorted({self._link_words(title) for (name, _phase), (slug, title) in self._topics.items()
                                    if name == scenario and slug != self._current_topic}))
        target = self._topics.get((scenario, phase_id))
        if target is None or target[0] == self._current_topic or self.tight:
            self.read_more.hide()
            return
        self._target = target[0]
        self.read_more.setText(self._link_words(target[1]))
        self.read_more.setAccessibleName(self.read_more.text())  # (the whole words, when the button ends in "…")
        self.read_more.setToolTip("")
        self.read_more.show()
