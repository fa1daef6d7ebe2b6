"""PhET-style controls: scenario, play/pause, step, restart, scrubber, speed, labels, still pictures."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFontMetrics, QIcon, QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ioexplainer.content.model import DiagramText
from ioexplainer.core.colours import ACCENT, SURFACE
from ioexplainer.diagram.paint.icons import icon
from ioexplainer.diagram.qt.player import SPEEDS, Player
from ioexplainer.diagram.qt.scrubber import STEPS, Scrubber
from ioexplainer.diagram.story.registry import REGISTRY


def _button(text: str, name: str, parent: QWidget, checkable: bool = False) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.setCheckable(checkable)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


def hint_as(button: QPushButton, text: str, symbol: QIcon | None = None) -> QSize:
    """The size `button` would ask for with `text` (and `symbol`, or its own icon), measured and put back
    as it was (its least width too, which a measured width may have set)."""
    current, icon, least = button.text(), button.icon(), button.minimumWidth()
    button.setMinimumWidth(0)
    button.setText(text)
    if symbol is not None:
        button.setIcon(symbol)
    hint = button.sizeHint()
    button.setText(current)
    button.setIcon(icon)
    button.setMinimumWidth(least)
    return hint


def _name(button: QPushButton, text: str, name: str) -> None:
    """Set a button's words; icon buttons show their name as a tooltip (laptops; kiosks strip tooltips)."""
    if text:
        button.setText(text)
    button.setAccessibleName(name)
    if not text:
        button.setToolTip(name)


OPTIONS_GAP = 16  # px between the scrubber and the options, where they share its row
SPEED_GAP = 12  # px between the speed buttons and the labels and still-picture buttons
ROOMY_SCRUBBER = 300  # px: beside the picture, less than this and the scrubber takes a row of its own


class DiagramControls(QWidget):
    """Buttons and a scrubber that command the Player and follow its state."""

    def __init__(self, player: Player, texts: DiagramText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.texts = texts
        self.options_allowed = True
        self.tight = False  # a small room: "Next step" in words here, instead of a row of its own
        self.back_words = False  # "Back" in words where it fits, not the skip-back symbol (see set_back_words)
        self.back_shown = False  # ... and whether it shows so now (see arrange_transport)
        self._back_widths = (0, 0)  # its width in words and as its symbol (see _fit_play)
        self.modes = REGISTRY.modes()
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QPushButton] = {}
        # The scenario buttons' own bar: the panel may lend it a place above the picture (lend_modes).
        self.modes_bar = QWidget(self)
        self._lent = False
        self.modes_grid = modes = QGridLayout(self.modes_bar)  # one row where they fit; see arrange_modes
        modes.setContentsMargins(0, 0, 0, 0)
        modes.setSpacing(8)
        self._mode_rows: list[list[str]] = []
        for number, mode in enumerate(self.modes):
            button = _button("", "", self.modes_bar, True)
            button.setObjectName("segment")
            self.mode_group.addButton(button, number)
            self.mode_buttons[mode] = button
        self.arrange_modes(0)
        self.restart = _button("", "", self)
        self.previous = _button("", "", self)
        self.play = _button("", "", self)
        self.play.setObjectName("primary")
        self.next = _button("", "", self)
        for button, name in ((self.restart, "restart"), (self.previous, "previous"), (self.next, "next")):
            button.setIcon(icon(name, ACCENT))
            button.setObjectName("iconButton")
        self._play_icons = (icon("play", SURFACE), icon("pause", SURFACE))
        self.scrubber = Scrubber(self)
        self.speed_group = QButtonGroup(self)
        self.speed_buttons: dict[float, QPushButton] = {}
        self.transport = transport = QHBoxLayout()
        transport.setSpacing(8)
        for widget in (self.restart, self.previous, self.play, self.next):
            transport.addWidget(widget)
        self.next.hide()  # (the caption's big "Next step" does it; this one only where that row goes)
        transport.addWidget(self.scrubber, 1)
        self.scrub_row = QHBoxLayout()  # the scrubber's own row, where it does not fit beside the buttons
        self.play_words = True  # "▸ Play" / "❚❚ Pause" in words; off: the symbol alone (see arrange_transport)
        self.roomy = False  # in a column beside the picture, with height to spare (see arrange_transport)
        self._play_widths = (0, 0)  # Play's width in words and as its symbol alone (see _fit_play)
        for number, speed in enumerate(SPEEDS):
            button = _button("", "", self, True)
            button.setObjectName("segment")
            self.speed_group.addButton(button, number)
            self.speed_buttons[speed] = button
        self.labels = _button("", "", self, True)
        self.labels.setObjectName("segment")
        self.labels.setChecked(True)
        self.still = _button("", "", self, True)
        self.still.setObjectName("segment")
        # Speed, labels and still pictures: a row of their own, or (options_row, moved whole) at the end of the
        # play buttons' row where it has room for them (see arrange_transport)
        self.options_row = options = QHBoxLayout()
        options.setSpacing(8)
        for button in self.speed_buttons.values():
            options.addWidget(button)
        options.addSpacing(SPEED_GAP)
        options.addWidget(self.labels)
        options.addWidget(self.still)
        self.toggles = toggles = QHBoxLayout()
        toggles.setSpacing(8)
        toggles.addLayout(options)
        toggles.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.modes_bar)
        layout.addLayout(transport)
        layout.addLayout(self.scrub_row)
        layout.addLayout(toggles)
        self._connect()
        self._size_icons()
        self.play.installEventFilter(self)
        self.retranslate()

    def arrange_modes(self, width: int) -> None:
        """The scenario buttons ("Before therapy", "After therapy", "Side by side") in one row where their
        words fit `width` (0: one row); else the comparison gets a row of its own, and if the scenarios do
        not fit either, each does. Never squeezed until their words are cut (Spanish at 42 px in portrait)."""
        shown = [m for m in self.modes if not self.mode_buttons[m].isHidden()]
        singles = [m for m in shown if REGISTRY.comparison(m) is None]
        pairs = [m for m in shown if REGISTRY.comparison(m) is not None]

        def fits(row: list[str]) -> bool:
            gaps = self.modes_grid.spacing() * (len(row) - 1)
            widths = [self.mode_buttons[m].sizeHint().width() for m in row]
            # (in even columns here, each as wide as the widest; lent, each as its words ask)
            need = (sum(widths) if self._lent else max(widths, default=0) * len(widths)) + gaps
            return width <= 0 or need <= width

        if fits(shown):
            rows = [shown]
        elif fits(singles):
            rows = [singles] + [[m] for m in pairs]
        else:
            rows = [[m] for m in shown]
        hidden = [[m] for m in self.modes if m not in shown]  # (kept in the grid, after the rest)
        if rows + hidden == self._mode_rows:
            return
        self._mode_rows = rows + hidden
        grid = self.modes_grid
        for button in self.mode_buttons.values():
            grid.removeWidget(button)
        columns = max(len(row) for row in rows) if rows else 1
        for r, row in enumerate(rows + hidden):
            for c, mode in enumerate(row):
                span = columns if len(row) == 1 else 1  # a row of one spans the width
                grid.addWidget(self.mode_buttons[mode], r, c, 1, span)
        for c in range(max(columns, grid.columnCount())):
            # Lent (tabs beside another button): each as wide as its words ask, so the longer is not cut
            # to an even share ("Después del tratamiento"); here, even columns.
            weight = self.mode_buttons[rows[0][c]].sizeHint().width() if self._lent and c < len(rows[0]) else 1
            grid.setColumnStretch(c, weight if c < columns else 0)

    @property
    def modes_lent(self) -> bool:
        """The scenario buttons are in another row (above the picture), not in these controls."""
        return self._lent

    def modes_width(self) -> int:
        """The scenario buttons on screen, on one row."""
        buttons = [b for b in self.mode_buttons.values() if not b.isHidden()]
        return sum(b.sizeHint().width() for b in buttons) + self.modes_grid.spacing() * (len(buttons) - 1)

    def lend_modes(self) -> QWidget:
        """The scenario buttons' bar, on one row, for the caller to place in a row of its own."""
        layout = self.layout()
        if layout is not None:
            layout.removeWidget(self.modes_bar)
        self._lent = True
        self._mode_rows = []  # (arranged again: one row, each as wide as its words need)
        self.arrange_modes(0)
        return self.modes_bar

    def take_back_modes(self) -> None:
        """The scenario buttons back above the play buttons."""
        layout = self.layout()
        if not self.modes_lent or not isinstance(layout, QVBoxLayout):
            return
        self._lent = False
        self._mode_rows = []  # (arranged again at the next measure, in even columns)
        self.modes_bar.setParent(self)
        layout.insertWidget(0, self.modes_bar)
        self.modes_bar.show()
        before = self.restart  # Tab follows them back: after the picture and its words, before the play buttons
        for button in self.mode_buttons.values():
            QWidget.setTabOrder(before, button)
            before = button
        QWidget.setTabOrder(before, self.restart)

    def least_width(self) -> int:
        """The narrowest column these controls fit without a word cut: each scenario button on a row of its
        own if need be, Play as its symbol, the scrubber on a row of its own (see arrange_modes and
        arrange_transport), and the options row where it shows."""
        modes = 0 if self._lent else max((b.sizeHint().width() for b in self.mode_buttons.values()
                                           if not b.isHidden()), default=0)
        others = [b for b in (self.restart, self.previous, self.next) if not b.isHidden()]
        transport = (sum(self._width_of(b, symbol=True) for b in others) + self._play_widths[1]
                     + self.transport.spacing() * len(others))
        shown = [b for b in (*self.speed_buttons.values(), self.labels, self.still) if not b.isHidden()]
        options = (sum(b.sizeHint().width() for b in shown) + self.options_row.spacing() * len(shown) + SPEED_GAP
                   if shown else 0)
        return max(modes, transport, self.scrubber.least_width(), options)

    def arrange_transport(self, width: int) -> None:
        """Restart, previous, play and next, with the scrubber beside them where it keeps its least width
        (`width` 0: all in words, beside). Where they do not fit, Play shows its symbol alone (its name is
        still spoken and shown as a tip); where even that does not fit, the scrubber gets a row of its own.
        In a roomy column beside the picture the scrubber takes its own row first, and Play keeps its words.
        Never squeezed until the words are cut ("▸ Abspielen" and "Nächster Schritt" at a kiosk's larger
        text)."""
        others = [b for b in (self.restart, self.previous, self.next) if not b.isHidden()]
        in_words, symbol = self._play_widths
        # The step back in words where they fit beside Play's symbol (the scrubber under them): its symbol
        # is unclear, Play's is not ("Atrás" in words cut "Siguiente paso" on a 1280x800 kiosk)
        if self.back_words:
            spaced = self.transport.spacing() * len(others)
            self._show_back(width <= 0 or sum(self._width_of(b) for b in others) + spaced + symbol <= width)
        # In a column beside the picture (roomy: height to spare), the scrubber takes a row of its own
        # rather than be squeezed beside the buttons: 165 px for seven marks was fiddly to aim at.
        least = max(self.scrubber.least_width(), ROOMY_SCRUBBER if self.roomy else 0)
        buttons = (sum(self._width_of(b, symbol=not self.back_shown) for b in others)
                   + self.transport.spacing() * len(others))
        fixed = buttons + self.transport.spacing() + least
        if width <= 0 or fixed + in_words <= width:
            words, beside = True, True
        elif self.roomy and buttons + in_words <= width:
            # (a column with height to spare: "Play" keeps its words, the scrubber goes under the buttons;
            # a 1920x1080 kiosk's Watch screen showed the symbol alone over a scrubber on a row of its own)
            words, beside = True, False
        else:
            words, beside = False, fixed + symbol <= width
        if words != self.play_words:
            self.play_words = words
            self._sync()
            self._size_icons()
            self._fit_play()
        # The options at the end of this row where it has room for them as well (a row of height for the
        # picture: a 1920x1080 laptop's); not in a roomy column, where height is to spare
        options = self._options_width()
        self._place_options(False)  # (out of this row while the scrubber moves: it takes the row's last item)
        if beside != (self.transport.indexOf(self.scrubber) >= 0):
            (self.scrub_row if beside else self.transport).removeWidget(self.scrubber)
            if beside:
                self.transport.takeAt(self.transport.count() - 1)  # the stretch that kept the buttons together
                self.transport.addWidget(self.scrubber, 1)
            else:
                self.transport.addStretch(1)
                self.scrub_row.addWidget(self.scrubber, 1)
        self._place_options(options > 0 and width > 0 and words and beside and not self.roomy
                            and fixed + in_words + options <= width)

    def _options_width(self) -> int:
        """The options' width on the play buttons' row (0: hidden), with the room before them."""
        shown = [b for b in (*self.speed_buttons.values(), self.labels, self.still) if not b.isHidden()]
        if not shown:
            return 0
        return (sum(b.sizeHint().width() for b in shown) + self.options_row.spacing() * (len(shown) - 1)
                + SPEED_GAP + OPTIONS_GAP + self.transport.spacing())

    def _place_options(self, beside: bool) -> None:
        """The options row at the end of the play buttons' row, or on a row of its own under them."""
        if beside == (self.transport.indexOf(self.options_row) >= 0):
            return
        (self.toggles if beside else self.transport).removeItem(self.options_row)
        self.options_row.setParent(None)  # (a layout has one parent at a time)
        self.options_row.setContentsMargins(OPTIONS_GAP if beside else 0, 0, 0, 0)
        if beside:
            self.transport.addLayout(self.options_row)
        else:
            self.toggles.insertLayout(0, self.options_row)

    def _play_width(self, words: bool) -> int:
        """Play's width with its words (the longer of Play and Pause: the buttons beside it do not move when
        it changes; "Abspielen" is twice as long as "Pause"), or with its symbol alone (square)."""
        if not words:
            hint = hint_as(self.play, "")
            return max(hint.width(), hint.height())
        return max(hint_as(self.play, text).width() for text in (self.tr("Play"), self.tr("Pause")))

    def _width_of(self, button: QPushButton, symbol: bool = False) -> int:
        """A play button's width; the step back's in words (or, `symbol`, as its symbol) on a kiosk."""
        if button is self.previous and self.back_words:
            return self._back_widths[1 if symbol else 0]
        return button.sizeHint().width()

    def _fit_play(self) -> None:
        """Measure Play both ways (once per text size, language or style, not at every resize) and keep the
        width of the way it is shown; the step back too, where it may show its words."""
        self._play_widths = (self._play_width(True), self._play_width(False))
        if self.back_words:
            self._back_widths = (hint_as(self.previous, self.tr("‹ Back"), QIcon()).width(),
                                 hint_as(self.previous, "", icon("previous", ACCENT)).width())
        self.play.setMinimumWidth(self._play_widths[0 if self.play_words else 1])

    def show_options(self, shown: bool) -> None:
        """Speed, labels and still pictures: hidden where a small room needs the height for the picture,
        and always on a kiosk (there they are config keys: diagram_speed, diagram_labels, reduced_motion)."""
        for button in (*self.speed_buttons.values(), self.labels, self.still):
            button.setVisible(shown and self.options_allowed)

    def offer_compare(self, offered: bool) -> None:
        """The side by side button(s), only where each half of the picture can be read (see fit_to)."""
        for mode, button in self.mode_buttons.items():
            if REGISTRY.comparison(mode) is not None:
                button.setVisible(offered)
        self._mode_rows = []  # (arranged again at the next measure)

    def set_tight(self, tight: bool) -> None:
        """In a small room the caption's big "Next step" row goes; this row's next-step button then shows,
        in words (the same action), so the way on is as plain as before. Elsewhere it stays hidden: two
        buttons for one action (a big "Next step" and a skip symbol under it) read as two different
        things (review)."""
        if tight == self.tight:
            return
        self.tight = tight
        self.next.setVisible(tight)
        self.next.setObjectName("primary" if tight else "iconButton")
        self.next.setIcon(QIcon() if tight else icon("next", ACCENT))
        self.next.setText(self.tr("Next step ›") if tight else "")
        self.next.style().unpolish(self.next)
        self.next.style().polish(self.next)

    def set_back_words(self, words: bool) -> None:
        """A kiosk's step back says "Back" in words (it mirrors "Next step") where the row has room for it:
        its skip-back symbol, a bar and a triangle, read as "go to the start" (review). A laptop keeps the
        symbol: its header's "Back" goes back a page. (See arrange_transport.)"""
        if words == self.back_words:
            return
        self.back_words = words
        # (in words, measured again with its own new style: see eventFilter)
        (self.previous.installEventFilter if words else self.previous.removeEventFilter)(self)
        self.previous.setObjectName("" if words else "iconButton")  # (one style for both forms on a kiosk)
        self.previous.style().unpolish(self.previous)
        self.previous.style().polish(self.previous)
        self._fit_play()
        self._show_back(words)

    def _show_back(self, words: bool) -> None:
        """The step back in words, or as its symbol."""
        if words == self.back_shown:
            return
        self.back_shown = words
        self.previous.setIcon(QIcon() if words else icon("previous", ACCENT))
        self.previous.setText(self.tr("‹ Back") if words else "")

    def set_texts(self, texts: DiagramText) -> None:
        """The content pack's words changed (a new language): rename the scenario buttons."""
        self.texts = texts
        self.retranslate()

    def retranslate(self) -> None:
        """Every visible word again, in the current language (called on QEvent.LanguageChange)."""
        for mode, button in self.mode_buttons.items():
            title = self.texts.title(mode)
            _name(button, title, self.tr("Show %1").replace("%1", title))
        _name(self.restart, "", self.tr("Restart from the beginning (Home)"))
        _name(self.previous, self.tr("‹ Back") if self.back_shown else "", self.tr("Previous step (Left arrow)"))
        _name(self.next, self.tr("Next step ›") if self.tight else "", self.tr("Next step (Right arrow)"))
        self.scrubber.setAccessibleName(self.tr("Time in the story"))
        for speed, button in self.speed_buttons.items():
            text = {0.5: self.tr("½×"), 1.0: self.tr("1×"), 2.0: self.tr("2×")}[speed]
            _name(button, text, self.tr("Speed %1").replace("%1", text))
        _name(self.labels, self.tr("Labels"), self.tr("Show names in the diagram"))
        _name(self.still, self.tr("Still pictures"), self.tr("Still pictures instead of movement"))
        self._sync()
        self._fit_play()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange_transport(event.size().width())  # (a new width only moves the scrubber up or down)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.play, self.previous) and event.type() in (QEvent.Type.FontChange,
                                                                        QEvent.Type.StyleChange):
            self._size_icons()  # a new text size: new icons, and Play's width again
            self._fit_play()
            if self.width() > 0:  # (arranged with the new widths: 2 px short, "Siguiente paso" was cut)
                self.arrange_transport(self.width())
        return False

    def _size_icons(self) -> None:
        """Icons that grow with the buttons' words (26 and 22 px at normal text, as before): on a kiosk's
        94 px buttons a fixed 26 px icon was a speck."""
        words = QFontMetrics(self.play.font()).height()
        side = max(26, round(words * 1.25))  # (these buttons are square: a larger icon costs no width)
        for button in (self.restart, self.previous, self.next):
            button.setIconSize(QSize(side, side))
        play = max(22, round(words * 0.75)) if self.play_words else side  # beside "Pause", small: they need the width
        self.play.setIconSize(QSize(play, play))

    def _connect(self) -> None:
        p = self.player
        self.mode_group.idClicked.connect(self._on_mode_clicked)
        self.speed_group.idClicked.connect(self._on_speed_clicked)
        self.restart.clicked.connect(p.restart)
        self.previous.clicked.connect(p.previous_phase)
        self.next.clicked.connect(p.next_phase)
        self.play.clicked.connect(p.toggle)
        self.still.toggled.connect(p.set_reduced_motion)
        self.scrubber.sliderPressed.connect(p.pause)
        self.scrubber.valueChanged.connect(self._on_scrubbed)
        for signal in (p.phase_changed, p.playing_changed, p.mode_changed, p.speed_changed,
                       p.reduced_motion_changed):
            signal.connect(self._sync)
        p.frame_changed.connect(self._sync_scrubber)  # every frame: only the scrubber moves

    def _on_mode_clicked(self, number: int) -> None:
        self.player.set_mode(self.modes[number])

    def _on_speed_clicked(self, number: int) -> None:
        self.player.set_speed(SPEEDS[number])

    def _on_scrubbed(self, value: int) -> None:
        """A person moved the scrubber (drag, click or keys): pause there. Our own updates are blocked."""
        self.player.pause()
        self.player.seek(value / STEPS * self.player.timeline.total)

    def _sync(self) -> None:
        p = self.player
        timeline = p.timeline
        self.mode_buttons[p.mode].setChecked(True)
        self.speed_buttons[p.speed].setChecked(True)
        self.still.setChecked(p.reduced_motion)
        words = self.tr("Pause") if p.playing else self.tr("Play")
        self.play.setText(words if self.play_words else "")
        self.play.setToolTip("" if self.play_words else words)
        self.play.setIcon(self._play_icons[1] if p.playing else self._play_icons[0])
        self.play.setAccessibleName(self.tr("Pause (Space)") if p.playing else self.tr("Play (Space)"))
        self.play.setEnabled(not p.reduced_motion)
        for button in self.speed_buttons.values():
            button.setEnabled(not p.reduced_motion)
        self.previous.setEnabled(p.phase_index > 0)
        self.next.setEnabled(p.phase_index < timeline.phase_count - 1)
        self.scrubber.set_marks(tuple(timeline.start_of(i) / timeline.total for i in range(timeline.phase_count)))
        self._sync_scrubber()

    def _sync_scrubber(self) -> None:
        p = self.player
        self.scrubber.blockSignals(True)
        self.scrubber.setValue(round(p.t / p.timeline.total * STEPS))
        self.scrubber.blockSignals(False)
