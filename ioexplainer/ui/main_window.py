"""The main window: header, topic navigator, viewer with Next/Previous, diagram panel, glossary card."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ioexplainer.content.help import HelpBox, compose_help
from ioexplainer.content.loader import pack_languages
from ioexplainer.content.model import ContentPack
from ioexplainer.core.colours import THEMES
from ioexplainer.core.session import Visitor
from ioexplainer.core.settings import TEXT_SIZES, Settings
from ioexplainer.ui.announce import announce, install_factory
from ioexplainer.ui.appearance import Appearance, system_prefers_high_contrast
from ioexplainer.ui.arrangement import arrange
from ioexplainer.ui.commands import Commands, bind
from ioexplainer.ui.diagram_panel import DiagramPanel
from ioexplainer.ui.end_card import EndCard
from ioexplainer.ui.flow_layout import FlowLayout
from ioexplainer.ui.focus_rings import FocusRings
from ioexplainer.ui.fonts import load_app_font
from ioexplainer.ui.glossary_card import GlossaryCard
from ioexplainer.ui.keys import EnterPresses
from ioexplainer.ui.language import Language
from ioexplainer.ui.language_picker import LANGUAGE_CARD, LanguagePicker
from ioexplainer.ui.navigator import Navigator
from ioexplainer.ui.overlay import refresh_still
from ioexplainer.ui.preferences import Preferences
from ioexplainer.ui.print_buttons import PrintButtons
from ioexplainer.ui.read_aloud import ReadAloud
from ioexplainer.ui.session_controller import SessionController
from ioexplainer.ui.settings_card import SettingsCard
from ioexplainer.ui.swipe import SwipeDetector
from ioexplainer.ui.text_size import TextSizeControl
from ioexplainer.ui.theme import Metrics, big_kiosk, palette, style_sheet
from ioexplainer.ui.topic_document import use_theme as use_document_theme
from ioexplainer.ui.topics_drawer import TopicsDrawer
from ioexplainer.ui.view_tabs import ViewTabs
from ioexplainer.ui.viewer import Viewer
from ioexplainer.ui.window_layout import WindowLayout

if TYPE_CHECKING:
    from ioexplainer.diagram.qt.widget import DiagramWidget
    from ioexplainer.ui.kiosk_screens import KioskScreens

MINIMUM_SIZE = (800, 600)  # the smallest window the layout is designed for (--size refuses less)
ROOMY_WIDTH = 1280
SHORT_HEIGHT = 800  # a window lower than this, in the compact arrangement, has tighter margins
NAMED_WIDTH = 1180  # narrower than this, the header drops the app's name to keep every button whole
OFFLINE_CARD = "#offline"  # the card that explains a link cannot be opened offline
HELP_CARD = "#help"  # the "When to get help" card behind the header button
SETTINGS_CARD = "#settings"  # the settings panel
END_CARD = "#finished"  # after the last topic
TOPICS_CARD = "#topics"  # the topic list as a drawer (small windows and portrait)
KEYS_CARD = "#keys"  # F1: every keyboard key the app knows


class _DiagramNotYetBuilt:
    """Holds the diagram's place in the visitor's reset until the diagram is built (just after first paint)."""

    def visitor_state(self) -> object:
        return "not built yet"

    def reset_visitor(self) -> None:
        """Nothing to forget: nobody has seen the diagram yet."""


class _BuildAfterFirstPaint(QObject):
    """The window shows its text first; the diagram (the heaviest part to import and build) follows."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.window, self.window.build_diagram)  # dropped if the window goes first
        return False


class _DiagramRoom(QObject):
    """Tells the diagram how much room its scroll area shows, so it can arrange itself to fit."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            if not self.window.diagram_built:
                return False
            self.fit()
        return False

    def fit(self) -> None:
        """Fit the diagram to its area without a scroll bar; only where it cannot fit there does the scroll
        bar show, and the diagram fits beside it. (Fitted to the viewport, a scroll bar that came for a
        moment while a new topic's words were laid out made the room 14 px narrower: Play showed as its
        symbol and the picture shrank for a frame, then all came back, each time a topic opened.)"""
        area = self.window.diagram_area
        whole = area.contentsRect().size()  # (the room with no scroll bar)
        if self._fit_in(whole):
            area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            return
        area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._fit_in(QSize(whole.width() - area.verticalScrollBar().sizeHint().width(), whole.height()))

    def _fit_in(self, size: QSize) -> bool:
        """Arrange the diagram for a viewport of `size`; True if all of it fits there."""
        panel = self.window.diagram_panel
        margins = panel.body.contentsMargins()
        # (inside the panel's border as well: fitted 2 px wider than it was, a row of buttons that just fitted
        # cut "Siguiente paso" by 2 px)
        frame = panel.frameWidth()
        width = size.width() - margins.left() - margins.right() - 2 * frame
        parts = self.window.parts
        # The picture is the hero: its scenario buttons go above it (see place_modes). Placed again
        # after the fit, which may offer or withdraw side by side (one more button to find room for).
        above = not parts.compact and not (parts.watching and parts.has_diagram)
        controls = self.window.diagram.controls

        def fit_under_head() -> None:
            head = panel.head.heightForWidth(width)  # (-1 where no word in it wraps: the scenario tabs)
            head = head if head >= 0 else panel.head.sizeHint().height()
            title = head + panel.body.spacing() if not panel.head.isHidden() else 0
            self.window.diagram.fit_to(width, size.height() - margins.top() - margins.bottom() - 2 * frame - title)

        panel.place_modes(controls, above, width)
        fit_under_head()
        if panel.place_modes(controls, above, width):  # the fit offered or withdrew side by side
            fit_under_head()
            if panel.place_modes(controls, above, width):  # and again: they go under the picture after all
                panel.place_modes(controls, False, width)
                fit_under_head()
        panel.head.updateGeometry()  # (its height as measured now: the tabs may have moved in or out)
        panel.body.invalidate()
        head = panel.head.heightForWidth(width)
        title = (head if head >= 0 else panel.head.sizeHint().height()) + panel.body.spacing()
        need = margins.top() + margins.bottom() + (0 if panel.head.isHidden() else title)
        return need + self.window.diagram.minimumHeight() <= size.height()


class MainWindow(QMainWindow):
    """Wires the session to the widgets; holds no visitor state of its own."""

    diagram_ready = Signal()  # the diagram was built (just after the first paint)
    words_changed = Signal()  # the interface words were set again (a new language)

    def __init__(self, pack: ContentPack, settings: Settings, pack_root: Path,
                 preferences: Preferences | None = None, visitor: Visitor | None = None) -> None:
        super().__init__()
        install_factory()  # before any accessible interface exists: scroll areas a screen reader walks safely
        self.pack = pack
        self.settings = settings
        self._focus_placed = False  # (see showEvent)
        self.focus_rings = False  # where keyboard focus is: shown once a key is pressed (see FocusRings)
        self.preferences = preferences
        text_size = (preferences.text_size() if preferences else None) or settings.effective_text_size
        self.kiosk = settings.kiosk
        self.input_filters: list[QObject] = []
        self._applied_size = ""
        self._big = False  # a kiosk on a big screen: larger words (theme.BIG_KIOSK_PX)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(lambda: self._lay_out(self.width(), self.height()))
        self.allow_close = not settings.kiosk  # a kiosk closes only through the staff PIN
        self.session = SessionController(pack, text_size, self)
        self.visitor = visitor or Visitor()
        self.language: Language | None = None  # set by the app, which knows how to load another pack
        self._font_family = load_app_font()
        self.help_box = self._compose_help(pack)
        contrast = (preferences.contrast() if preferences else None) or settings.contrast or (
            "high" if system_prefers_high_contrast() else "standard")
        self.appearance = Appearance(contrast, self)
        self._diagram_theme = "standard"
        self.setPalette(palette())
        QApplication.setPalette(palette())  # the Markdown reader takes link colours from the application
        self.setMinimumSize(MINIMUM_SIZE[0], MINIMUM_SIZE[1])
        self._build(pack_root)
        for name, piece in (("read aloud", self.read_aloud), ("appearance", self.appearance),
                            ("navigation", self.session),
                            ("reading position", self.viewer),
                            ("topic list", self.navigator), ("diagram", _DiagramNotYetBuilt())):
            self.visitor.register(name, piece)  # model first, then the views that follow it
        self.screens: KioskScreens | None = None
        self.commands = Commands(self, self.session, self.kiosk, self._on_escape)
        self.commands.next.triggered.disconnect()
        self.commands.next.triggered.connect(self._next_or_finish)
        self.enter_presses = EnterPresses(self)
        self.add_input_filter(self.enter_presses)
        self.keys_seen = FocusRings(self)
        self.add_input_filter(self.keys_seen)
        self.visitor.register("focus rings", self.keys_seen)
        self._connect()
        self.retranslate()
        if self.kiosk:
            from ioexplainer.ui.kiosk_screens import KioskScreens  # (a laptop never loads the start screen)

            self.screens = KioskScreens(self)
            self.visitor.register("screen", self.screens)  # after the topic: a reset ends on the start screen
            self.commands.home.triggered.disconnect()
            self.commands.home.triggered.connect(self.screens.show_start)
            self._make_touch_first()
            # Two text steps, its starting size and the largest: the toggle, Settings and Ctrl+Plus/Minus.
            steps = tuple(dict.fromkeys((settings.effective_text_size, TEXT_SIZES[-1])))
            self.session.text_steps = steps
            self.text_size.use_toggle()
            self.settings_card.use_steps(steps)
            self.text_size.toggle.toggled.connect(
                lambda on: self.session.set_text_size(steps[-1] if on else steps[0]))
        self._on_text_size_changed(self.session.state.text_size)
        if self.session.state.topic:
            self._on_topic_changed(self.session.state.topic)
        else:
            self._show_no_topics()
        self._on_history_changed(False, False)
        saved = preferences.window_size() if preferences else None
        self.resize(saved if saved is not None else QSize(1280, 800))
        if preferences and preferences.maximized():
            self.setWindowState(Qt.WindowState.WindowMaximized)
        self.navigator.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out(event.size().width(), event.size().height())

    def _lay_out(self, width: int, height: int) -> None:
        """Wide screens: list, text and diagram side by side; portrait: the diagram on top; smaller
        windows or larger text: the list in a drawer, text and diagram as two tabs (ui.arrangement)."""
        # Larger text needs more room: the thresholds grow with the text size.
        big = big_kiosk(self.kiosk, width, height)
        if big != self._big:  # a kiosk's words grow on a big screen: style it again, then lay it out
            self._big = big
            self._restyle()
            return
        # Each column must grow with the words: a laptop's three (list, text, picture), a kiosk's two. (With
        # Larger text on a 1920x1080 kiosk, its text and picture side by side left the picture 988x378, the
        # cancer cell cut top and bottom: as two tabs, the picture grows with the words, to 1016x790.)
        grow = (self._metrics().ui / Metrics.for_size("normal").ui) ** 0.75
        arrangement = arrange(width, height, grow, self.kiosk, self._reading_share(width, height))
        self._fit_margins(arrangement.shape == "compact" and height < SHORT_HEIGHT)
        self.parts.crowded = not self.kiosk and self._header_buttons_width() > width
        if self.kiosk:  # "Larger text" with its box where the header's buttons keep one row with it
            # (the buttons on screen: a kiosk's header never shows "Topics"; counted, a German or Spanish
            # portrait kiosk left the box out with 150 px to spare)
            shown = [w for w in self.parts.header_order if not w.isHidden() and w is not self.topics_button]
            extra = 0 if self.text_size.boxed else self.text_size.box_width()
            self.text_size.show_box(40 + _row_width(shown) + extra <= width)
        self.parts.apply(arrangement, width, height)
        # A kiosk's topics are its start screen: "Menu" only where the header's buttons went into it.
        self.topics_button.setVisible(arrangement.drawer and (not self.kiosk or self.drawer.holds_controls))
        if self.screens is not None:
            self.screens.fit(width)
        self._name_topics_button()
        if not arrangement.drawer and self.session.state.card == TOPICS_CARD:
            self.session.close_card()  # the list is a column again: no drawer to keep open
        self.text_size.label.setVisible(not self.kiosk and width >= ROOMY_WIDTH * grow)
        self._fit_title(width, grow)

    def _fit_margins(self, tight: bool) -> None:
        """A short window's compact arrangement (a 768 px laptop screen at 200% text) keeps less room round
        the header's buttons and the page: the text gets it (9.5 lines of 40 px became 10 at 1366x768)."""
        header, page = self.header.layout(), self.topic_page.layout()
        if header is None or page is None:
            return
        header.setContentsMargins(20, 4 if tight else 10, 20, 4 if tight else 10)
        page.setContentsMargins(16, 6 if tight else 12, 16, 6 if tight else 12)
        page.setSpacing(6 if tight else 12)

    def _reading_share(self, width: int, height: int) -> float:
        """The share of the height under the header that ten lines of text (and the row of buttons under
        them, where it sits in the text's column) need: a portrait screen gives the picture the rest."""
        header = self.header.heightForWidth(width) if self.header.hasHeightForWidth() else -1
        split = height - (header if header > 0 else self.header.sizeHint().height()) - 2 * 12  # page margins
        row = self.footer.sizeHint().height() + 12  # (and the spacing above it)
        need = self.viewer.height_for_lines(10) + 24  # (24: rounding and the splitter's handle)
        if self.footer.parentWidget() is self.reading:
            need += row
        else:
            split -= row
        return need / split if split > 0 else 1.0

    # -- building -----------------------------------------------------------------------------------
    def _build(self, pack_root: Path) -> None:
        central = QWidget(self)
        central.setObjectName("central")
        self.setCentralWidget(central)
        self.language_picker = LanguagePicker(central, pack_languages(pack_root), self.session, self.preferences)
        self.settings_card = SettingsCard(central, pack_languages(pack_root))
        self.end_card = EndCard(central)
        self.drawer = TopicsDrawer(central)
        self.header = self._build_header()
        self.navigator = Navigator(self.pack.topics)
        self.viewer = Viewer(pack_root)
        self.diagram_panel = DiagramPanel()
        self._diagram: DiagramWidget | None = None
        self._covered = False
        self._words_timer = QTimer(self)
        self._words_timer.setSingleShot(True)
        self._words_timer.setInterval(0)
        self._words_timer.timeout.connect(self.words_changed)
        self.viewer.viewport().installEventFilter(_BuildAfterFirstPaint(self))
        self._scene_links = {(t.scene.scenario, t.scene.phase): (t.slug, t.title)
                             for t in self.pack.topics if t.scene is not None}
        self.reading = reading = QWidget()
        column = QVBoxLayout(reading)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(self.viewer, 1)
        self.print_buttons = PrintButtons(self.kiosk, self.settings.printer, self._font_family)
        column.addWidget(self.print_buttons)
        self.read_aloud = ReadAloud(self.settings.speech_engine, self)
        self.read_aloud.auto = self.preferences is not None and self.preferences.auto_read()  # a laptop remembers
        self._listen_offered = False
        self.listen_button = QPushButton()
        self.stop_button = QPushButton()
        listen_row = QHBoxLayout()
        listen_row.addWidget(self.listen_button)
        listen_row.addWidget(self.stop_button)
        listen_row.addStretch(1)
        for button in (self.listen_button, self.stop_button):
            button.hide()  # shown once a voice for the language is known to exist (after the first paint)
        column.addLayout(listen_row)
        self.tabs = ViewTabs()
        self.footer = self._build_footer()
        column.addWidget(self.footer)
        self.columns = QSplitter(Qt.Orientation.Horizontal)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for splitter in (self.columns, self.splitter):
            splitter.setChildrenCollapsible(False)
            splitter.setHandleWidth(16)
        self.columns.addWidget(self.navigator)
        self.columns.addWidget(reading)
        self.splitter.addWidget(self.columns)
        # The panel scrolls when the window is small for the text size, instead of squeezing the text.
        self.diagram_area = QScrollArea()
        self.diagram_area.setWidget(self.diagram_panel)
        self.diagram_area.setWidgetResizable(True)
        self.diagram_area.setFrameShape(QFrame.Shape.NoFrame)
        self.diagram_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.diagram_area.setMinimumSize(200, 160)
        # Tab goes to the buttons and the picture in it (the area scrolls each into view), not to the area
        # itself: there it was a stop with nothing to show for it.
        self.diagram_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._room = _DiagramRoom(self)
        self.diagram_area.viewport().installEventFilter(self._room)
        self.splitter.addWidget(self.diagram_area)
        self.parts = WindowLayout(self.splitter, self.columns, self.navigator, reading, self.diagram_area,
                                  self.tabs, self.drawer)
        self.parts.panel = self.diagram_panel
        self.parts.keep_controls = self.kiosk
        self.diagram_panel.bigger.clicked.connect(lambda: self.show_bigger_picture(not self.parts.watching))
        body = QVBoxLayout(central)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.header)
        self.topic_page = QWidget()
        self.pages = QStackedWidget()  # the topic screen; a kiosk puts its start screen in front of it
        self.pages.addWidget(self.topic_page)
        main = QVBoxLayout(self.topic_page)
        main.setContentsMargins(16, 12, 16, 12)
        main.setSpacing(12)
        main.addWidget(self.splitter, 1)
        self.parts.add_footer(self.footer, self.position_label, column, main)
        c = (self.topics_button, self.back_button, self.forward_button, self.home_button, self.help_button,
             self.language_picker.button, self.settings_button, self.text_size)
        movable = [c[1], c[2], c[5], c[6], c[7]]
        if self.kiosk:  # one "Home" and one "Next": no browser-style Back and Forward on a kiosk
            for button in (self.back_button, self.forward_button):
                self.header_flow.removeWidget(button)
                button.hide()
                movable.remove(button)
        self.parts.add_header(self.header_flow, [w for w in c if self.header_flow.indexOf(w) >= 0], movable)
        body.addWidget(self.pages, 1)
        self.card = GlossaryCard(central)
        self.language_picker.card.raise_()

    def _build_header(self) -> QFrame:
        header = QFrame()
        header.setObjectName("header")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.app_title = title = QLabel()
        title.setObjectName("appTitle")
        title.setWordWrap(True)
        title.setMinimumWidth(160)
        self.back_button = QPushButton()
        self.forward_button = QPushButton()
        self.home_button = QPushButton()
        self.help_button = QPushButton()
        self.help_button.setObjectName("helpButton")
        self.help_button.setVisible(self.help_box is not None)
        self.text_size = TextSizeControl()
        row = QHBoxLayout(header)
        row.setContentsMargins(20, 10, 20, 10)
        row.setSpacing(16)
        row.addWidget(title, 0, Qt.AlignmentFlag.AlignVCenter)
        buttons = QWidget()
        self.header_flow = flow = FlowLayout(buttons)  # a narrow window: two rows, never cut-off words
        self.settings_button = QPushButton()
        self.topics_button = QPushButton()
        self.topics_button.hide()  # shown when the list is a drawer
        for widget in (self.topics_button, self.back_button, self.forward_button, self.home_button, self.help_button,
                       self.language_picker.button, self.settings_button, self.text_size):
            flow.addWidget(widget)
        policy = buttons.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        buttons.setSizePolicy(policy)
        row.addWidget(buttons, 1)
        return header

    def _build_footer(self) -> QWidget:
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.next_button.setObjectName("primary")
        self.position_label = QLabel()
        self.position_label.setObjectName("muted")
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.position_label.setMinimumWidth(1)
        footer = QWidget()
        row = QHBoxLayout(footer)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.previous_button)
        row.addWidget(self.position_label, 1)
        row.addWidget(self.tabs, 1)  # compact: "Read" and "Picture" take the position's place
        row.addWidget(self.next_button)
        return footer

    def _connect(self) -> None:
        s = self.session
        s.topic_changed.connect(self._on_topic_changed)
        s.history_changed.connect(self._on_history_changed)
        s.text_size_changed.connect(self._on_text_size_changed)
        s.card_changed.connect(self._on_card_changed)
        self.navigator.topic_chosen.connect(self._on_topic_chosen)
        self.drawer.close_requested.connect(s.close_card)
        self.topics_button.clicked.connect(lambda: s.open_card(TOPICS_CARD))
        self.viewer.topic_clicked.connect(s.go_to)
        self.viewer.term_clicked.connect(s.open_card)
        self.viewer.external_clicked.connect(self._on_external_clicked)
        self.card.close_requested.connect(s.close_card)
        self.help_button.clicked.connect(lambda: s.open_card(HELP_CARD))
        self.settings_button.clicked.connect(lambda: s.open_card(SETTINGS_CARD))
        self.listen_button.clicked.connect(self._on_listen)
        self.stop_button.clicked.connect(self.read_aloud.stop)
        self.read_aloud.state_changed.connect(self._on_read_state)
        self.read_aloud.word.connect(self.viewer.highlight)
        self.end_card.close_requested.connect(s.close_card)
        self.end_card.start_again.connect(self._start_again)
        card = self.settings_card
        card.close_requested.connect(s.close_card)
        card.text_size_chosen.connect(s.set_text_size)
        card.language_chosen.connect(self._choose_language)
        card.contrast_chosen.connect(self.appearance.set_contrast)
        card.still_chosen.connect(lambda still: self.diagram.controls.still.setChecked(still))
        card.auto_read_chosen.connect(self._set_auto_read)
        for signal in (card.text_size_chosen, card.language_chosen, card.contrast_chosen, card.still_chosen,
                       card.auto_read_chosen):
            signal.connect(lambda *_: self._show_settings())
        self.appearance.contrast_changed.connect(self._on_contrast_changed)
        c = self.commands
        for button, action in ((self.back_button, c.back), (self.forward_button, c.forward),
                               (self.home_button, c.home), (self.previous_button, c.previous),
                               (self.next_button, c.next), (self.text_size.larger, c.larger),
                               (self.text_size.smaller, c.smaller)):
            bind(button, action)

    def retranslate(self) -> None:
        """Every interface word again, in the current language (QEvent.LanguageChange)."""
        self.setWindowTitle(self.tr("Understanding immunotherapy"))
        self.app_title.setText(self.tr("Understanding immunotherapy"))
        self.app_title.setAccessibleName(self.app_title.text())
        self.settings_button.setText(self.tr("Settings"))
        self._name_topics_button()
        self.settings_button.setAccessibleName(self.tr("Settings: text size, language, contrast, pictures"))
        self.commands.retranslate()
        self._show_help_button()
        self._show_listen()
        if self.session.state.topic is not None:
            self._show_position(self.session.state.topic)
        self._words_timer.start()  # after every child widget has re-translated too (the timer dies with us)

    def set_pack(self, pack: ContentPack) -> None:
        """Show another content pack (a new language) in place: topics, glossary and diagram words follow,
        and the visitor stays on the same topic where the new pack has it."""
        self.pack = pack
        self.session.pack = pack
        self.help_box = self._compose_help(pack)
        self._show_help_button()
        self.navigator.set_topics(pack.topics)
        if self._diagram is not None:
            self._diagram.set_texts(pack.diagram_text)
        self._scene_links = {(t.scene.scenario, t.scene.phase): (t.slug, t.title)
                             for t in pack.topics if t.scene is not None}
        topic = self.session.state.topic
        if topic is not None and pack.topic(topic) is None:
            self.session.home()
        self.show_current_topic()
        if self.screens is not None:
            self.screens.fill()
        if self.session.state.card:
            self._on_card_changed(self.session.state.card)
        if self._diagram is not None:
            self._offer_listen()  # a voice for the new language, or no Listen button
        if (central := self.centralWidget()) is not None:
            refresh_still(central)  # the words under an open card, in the new language

    def changeEvent(self, event: QEvent) -> None:
        """A minimised window runs no diagram timer; a new language re-translates every word."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self._diagram is not None:
            self._diagram.player.set_visible(not self.isMinimized() and self._diagram.isVisible())
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def show_bigger_picture(self, bigger: bool) -> None:
        """The picture alone on the whole width, or beside the text again (a new topic opens on its text)."""
        self.parts.watch(bigger)
        self.relayout()

    def _on_escape(self) -> None:
        """Escape closes the card first, then the bigger picture, then leaves full screen."""
        if self.card.isVisible() or self.drawer.isVisible():
            self.session.close_card()
        elif self.parts.watching and not self.parts.compact:
            self.show_bigger_picture(False)
        elif self.isFullScreen():
            self.showNormal()

    def _make_touch_first(self) -> None:
        """Kiosk: kinetic scrolling, swipe between topics, no text selection, a big Home button."""
        for area in (self.viewer, self.navigator):
            QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.viewer.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.swipe = SwipeDetector(self.viewer.viewport())
        self.swipe.swiped.connect(self.session.step)
        self.add_input_filter(self.swipe)
        for widget in (self, self.viewer, self.viewer.viewport(), self.navigator, self.navigator.viewport()):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            widget.setAcceptDrops(False)
        self.home_button.setObjectName("primary")

    # -- reacting to the session --------------------------------------------------------------------
    def _on_topic_changed(self, slug: str) -> None:
        topic = self.pack.topic(slug)
        if topic is None:
            return
        self.read_aloud.stop()  # a new topic: the old one is not read on
        self.viewer.show_topic(topic, self.help_box)
        if self.read_aloud.auto and self._listen_offered:
            self.read_aloud.speak(self.viewer.toPlainText())
        self.print_buttons.show_for(topic, self.help_box)
        announce(self.viewer, f"{topic.title}. {topic.summary}")
        self.navigator.set_current(slug)
        self._show_position(slug)
        self.parts.show_topic(topic.scene is not None)  # hidden: no timer runs, nothing is painted
        if self._diagram is not None:
            self._diagram.caption.set_topic_links(self._scene_links, slug)
            if topic.scene is not None:
                self._diagram.show_scene(topic.scene, autoplay=self.isVisible() and not self._covered)

    def _show_position(self, slug: str) -> None:
        index = self.pack.index_of(slug)
        total = len(self.pack.topics)
        self.position_label.setText(self.tr("Topic %1 of %2").replace("%1", str(index + 1))
                                    .replace("%2", str(total)))
        self.commands.previous.setEnabled(index > 0)
        self.commands.next.setEnabled(total > 0)  # on the last topic it finishes: no dead end
        last = index == total - 1
        self.commands.next.setIconText(self.tr("Finish ›") if last else self.tr("Next ›"))
        self.commands.next.setToolTip(self.tr("Finish: you have read every topic") if last else self.tr("Next topic"))

    def _show_no_topics(self) -> None:
        """A content pack with no usable topic: say so kindly instead of showing an empty window."""
        self.viewer.setMarkdown(self.tr("# Sorry, there is nothing to read yet\n\n"
                                        "The information for this screen could not be loaded. "
                                        "Please ask a member of staff for help.\n\n"
                                        "*For staff: run `ioexplainer check` to see what is wrong.*"))
        for action in (self.commands.previous, self.commands.next):
            action.setEnabled(False)
        self.position_label.clear()
        self.parts.show_topic(False)

    # -- the small API the kiosk uses ---------------------------------------------------------------
    @property
    def font_family(self) -> str | None:
        return self._font_family

    def overlay_parent(self) -> QWidget:
        """Where full-window overlays (countdown, PIN pad) go."""
        return self.centralWidget() or self

    def start_visit(self) -> None:
        """A new visitor: a kiosk's start screen, or the home topic with its diagram playing."""
        if self.screens is not None:
            self.screens.show_start()  # the visitor reset has gone home already
            return
        self.session.home()
        self.show_current_topic()
        self.navigator.setFocus()

    def relayout(self) -> None:
        """Arrange the window again now, and once more at the next turn of the event loop, when every
        button shown or hidden has its size (the header's buttons changed). Only deferred, the first frame
        of a kiosk topic opened from its tile laid the header out in two rows (Home beside a title still
        as wide as on the start screen): the text showed 9.5 lines, not 10, until the next turn."""
        if self.isVisible():
            self._lay_out(self.width(), self.height())
        self._relayout.start()

    def open_help(self) -> None:
        self.session.open_card(HELP_CARD)

    def diagram_playing(self) -> bool:
        return self._diagram is not None and self._diagram.player.playing and self._diagram.isVisible()

    def set_covered(self, covered: bool) -> None:
        """Something covers the whole window (the kiosk's attract screen): the diagram under it runs no timer."""
        self._covered = covered
        if self._diagram is not None:
            self._diagram.player.set_visible(not covered and self._diagram.isVisible())
            if covered:
                self._diagram.player.pause()

    def pause_diagram(self) -> None:
        if self._diagram is not None:
            self._diagram.player.pause()

    # -- the diagram, built just after the first paint ------------------------------------------------
    @property
    def diagram_built(self) -> bool:
        return self._diagram is not None

    @property
    def diagram(self) -> DiagramWidget:
        """The diagram widget (built now if the window has not painted yet)."""
        return self._diagram if self._diagram is not None else self.build_diagram()

    def build_diagram(self) -> DiagramWidget:
        """Create the diagram and bring it up to the visitor's topic and text size."""
        if self._diagram is not None:
            return self._diagram
        from ioexplainer.diagram.qt.widget import DiagramWidget

        speed = {"slow": 0.5, "fast": 2.0}.get(self.settings.diagram_speed, 1.0)
        diagram = DiagramWidget(self.pack.diagram_text, self.settings.reduced_motion, self.settings.diagram_labels,
                                self._font_family, speed=speed)
        diagram.controls.options_allowed = not self.kiosk  # a kiosk: config keys, not buttons
        diagram.hero = self.kiosk  # "Next step" joins the play buttons sooner: the picture keeps half the room
        diagram.controls.set_back_words(self.kiosk)
        self._diagram = diagram
        self.diagram_panel.set_content(diagram)
        if self.diagram_panel.isVisible():
            diagram.show()  # at once, not at the layout's next turn: the player must know it is on screen
        if self._covered:
            diagram.player.set_visible(False)
        self.visitor.register("diagram", diagram, replace=True)
        self.diagram_ready.emit()
        diagram.topic_requested.connect(self.session.go_to)
        diagram.announcement.connect(lambda words: announce(diagram.view, words))
        diagram.announcement.connect(self.read_aloud.speak_caption)
        self._offer_listen()
        diagram.view.set_label_px(self.diagram_label_px())
        diagram.view.focus_ring = self.focus_rings
        topic = self.pack.topic(self.session.state.topic or "")
        if topic is not None:
            diagram.caption.set_topic_links(self._scene_links, topic.slug)
            if topic.scene is not None:
                diagram.show_scene(topic.scene, autoplay=self.isVisible() and not self._covered)
        self._room.eventFilter(self.diagram_area.viewport(), QResizeEvent(self.diagram_area.viewport().size(),
                                                                          self.diagram_area.viewport().size()))
        return diagram

    def show_current_topic(self) -> None:
        """Show the session's topic again (and start its diagram scene), for example for a new visitor."""
        if self.session.state.topic is not None:
            self._on_topic_changed(self.session.state.topic)

    def _on_history_changed(self, can_back: bool, can_forward: bool) -> None:
        self.commands.back.setEnabled(can_back)
        self.commands.forward.setEnabled(can_forward)

    def _on_text_size_changed(self, size: str) -> None:
        if size == self._applied_size:
            return  # a reset to the size already on screen: no restyle, no second render of the topic
        self._applied_size = size
        self._restyle()
        if self.preferences:
            self.preferences.set_text_size(size)

    def diagram_label_px(self) -> float:
        """The least size of the names in the picture: a little under the buttons' text, at this text size."""
        return self._metrics().ui * 0.9

    def _metrics(self) -> Metrics:
        return Metrics.for_size(self.session.state.text_size, self.kiosk, self._big)

    def _restyle(self) -> None:
        """Apply the text size and contrast: style sheet, palette, the diagram's colours, the topic again."""
        size, contrast = self.session.state.text_size, self.appearance.contrast
        colours = THEMES[contrast]
        self.setStyleSheet(self._style_sheet())
        self.setPalette(palette(colours))
        QApplication.setPalette(palette(colours))
        use_document_theme(contrast)
        if contrast != self._diagram_theme:  # new colours for the picture: its cached drawings go too
            from ioexplainer.diagram.paint.painter import use_theme

            use_theme(contrast)
            self._diagram_theme = contrast
            if self.screens is not None:
                self.screens.start.forget_pictures()
        if self._diagram is not None:
            self._diagram.view.set_label_px(self.diagram_label_px())
            self._diagram.view.update()
        self._lay_out(self.width(), self.height())
        self._relayout.start()  # once more when every button has its new size (the header's title fits then)
        self.navigator.doItemsLayout()
        self.text_size.set_size(size)
        if self.viewer.topic is not None:
            self.viewer.show_topic(self.viewer.topic, self.help_box)
        if (central := self.centralWidget()) is not None:
            refresh_still(central)  # a card is open (Settings): the window under it in its new look

    def _style_sheet(self) -> str:
        header = self.session.text_steps[0] if self.kiosk else ""  # its starting size (see theme.style_sheet)
        return style_sheet(self.session.state.text_size, self._font_family, THEMES[self.appearance.contrast],
                           self.kiosk, self._big, header, self.focus_rings)

    def show_focus_rings(self, shown: bool) -> None:
        """Show where keyboard focus is, or not. Each visitor starts without: a card opened by a touch put an
        orange ring on its first button, which read as a warning (review). A key pressed shows it, for the
        rest of that visit (see FocusRings). Only the style sheet changes: the rings take no room of their own."""
        if shown == self.focus_rings:
            return
        self.focus_rings = shown
        self.setStyleSheet(self._style_sheet())
        if self._diagram is not None:
            self._diagram.view.focus_ring = shown
            self._diagram.view.update()

    def set_language(self, language: Language) -> None:
        """The app hands over the language path (it knows how to load another pack)."""
        self.language = language
        self.language_picker.attach(language)

    def _choose_language(self, code: str) -> None:
        if self.language is not None:
            self.language.apply(code)
        if self.preferences is not None:
            self.preferences.set_language(code)

    def _show_settings(self) -> None:
        if self.session.state.card != SETTINGS_CARD:
            return
        still = self._diagram.player.reduced_motion if self._diagram is not None else self.settings.reduced_motion
        self.settings_card.show_current(self.session.state.text_size, self.language.code if self.language else "en",
                                        self.appearance.contrast, still, self.read_aloud.auto)

    def _on_contrast_changed(self, contrast: str) -> None:
        if self.preferences:
            self.preferences.set_contrast(contrast)
        self._restyle()

    # -- read aloud -----------------------------------------------------------------------------------
    def _offer_listen(self) -> None:
        """Show Listen when there is a voice for the language (and, on a kiosk, when speech is on)."""
        lang = self.pack.lang
        self.read_aloud.set_language(lang)
        offered = (not self.kiosk or self.settings.speech) and self.read_aloud.available(lang)
        self.listen_button.setVisible(offered)
        self.stop_button.setVisible(offered)
        self.settings_card.offer_reading(offered)
        self._listen_offered = offered
        self._show_listen()

    def _set_auto_read(self, auto: bool) -> None:
        """Read each page as it opens (from Settings); choosing it starts with the page on screen."""
        self.read_aloud.auto = auto
        if self.preferences is not None:
            self.preferences.set_auto_read(auto)
        if auto and self._listen_offered and self.read_aloud.state == "idle":
            self.read_aloud.speak(self.viewer.toPlainText())
        elif not auto:
            self.read_aloud.stop()

    def _on_listen(self) -> None:
        state = self.read_aloud.state
        if state == "speaking":
            self.read_aloud.pause()
        elif state == "paused":
            self.read_aloud.resume()
        else:
            self.read_aloud.speak(self.viewer.toPlainText())

    def _on_read_state(self, _state: str) -> None:
        self._show_listen()

    def _show_listen(self) -> None:
        state = self.read_aloud.state
        self.listen_button.setText({"speaking": self.tr("Pause"), "paused": self.tr("Go on")}.get(
            state, self.tr("Listen")))
        self.listen_button.setAccessibleName({"speaking": self.tr("Pause reading aloud"),
                                              "paused": self.tr("Go on reading aloud")}.get(
            state, self.tr("Listen: read this page aloud")))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop reading aloud"))
        self.stop_button.setEnabled(state != "idle")
        if state == "idle":
            self.viewer.highlight(0, 0)

    def _next_or_finish(self) -> None:
        topic = self.session.state.topic
        if topic is not None and self.pack.index_of(topic) == len(self.pack.topics) - 1:
            self.session.open_card(END_CARD)
        else:
            self.session.step(1)

    def _start_again(self) -> None:
        """A kiosk forgets this visit but keeps the visitor's language and text size (the same person
        starts again: a Spanish reader was put back into English); a laptop goes back to the first topic.
        The idle reset still forgets everything before the next visitor."""
        if self.kiosk:
            size = self.session.state.text_size
            self.visitor.reset(keep={"language"})
            if self.session.state.text_size != size:
                self.session.set_text_size(size)
        else:
            self.session.close_card()
            self.session.home()

    def _header_buttons_width(self) -> int:
        """The width the header's buttons need on one row (with "Topics" and the header's margins), wherever
        they are now (the header or the Menu)."""
        buttons = [w for w in self.parts.header_order if w is self.topics_button or not w.isHidden()
                   or (self.drawer.holds_controls and w in self.parts.movable)]
        return 40 + _row_width(buttons)

    def _fit_title(self, width: int, grow: float) -> None:
        """The app's name beside the header's buttons (which come first): at its own size on one line where
        it fits (on a laptop's wide window, on two); else at the buttons' size, on one line or two no taller
        than the buttons; otherwise the buttons need the whole header."""
        flow = self.header_flow
        buttons = [w for i in range(flow.count()) if (w := flow.itemAt(i).widget()) is not None  # type: ignore[union-attr]
                   and not w.isHidden()]
        room = width - 82 - _row_width(buttons)
        header = Metrics.for_size(self.session.text_steps[0], self.kiosk, self._big) if self.kiosk else self._metrics()
        tall = max((w.sizeHint().height() for w in buttons), default=0)
        text = self.app_title.text()
        choices = [(header.title, 1)]
        if not self.kiosk and not self.drawer.holds_controls and width >= NAMED_WIDTH * grow:
            choices.append((header.title, 2))  # (as wide windows always had it)
        choices += [(header.ui, 1), (header.ui, 2)]
        for px, lines in choices:
            font = QFont(self.app_title.font())
            font.setPixelSize(px)
            metrics = QFontMetrics(font)
            need = _title_width(text, metrics, lines) + 4
            if need <= room and (lines == 1 or px == header.title or lines * metrics.lineSpacing() <= tall):
                self._title_px(0 if px == header.title else px)
                self.app_title.setMinimumWidth(need)
                # No wider than it needs: two lines never become one long one, and one line never takes the
                # width of its last, larger size (from 1920x1080 to 1366x768 a kiosk's buttons went onto two rows)
                self.app_title.setMaximumWidth(need)
                self.app_title.setVisible(True)
                return
        self.app_title.setVisible(False)

    def _title_px(self, px: int) -> None:
        """The app's name at `px` pixels (0: the theme's title size); its own style, set only when it changes."""
        style = f"font-size: {px}px;" if px else ""
        if self.app_title.styleSheet() != style:
            self.app_title.setStyleSheet(style)

    def _name_topics_button(self) -> None:
        """"Topics" opens the list; "Menu" when the drawer also holds the header's other buttons."""
        if self.drawer.holds_controls:
            self.topics_button.setText(self.tr("Menu"))
            self.topics_button.setAccessibleName(self.tr("Menu: topics, language, settings and more"))
        else:
            self.topics_button.setText(self.tr("Topics"))
            self.topics_button.setAccessibleName(self.tr("Topics: the list of every topic"))

    def _on_topic_chosen(self, slug: str) -> None:
        """A topic chosen from the list; the drawer, if the list is in it, closes."""
        if self.session.state.card == TOPICS_CARD:
            self.session.close_card()
        self.session.go_to(slug)
        if self.screens is not None:
            self.screens.show_topic()  # from a kiosk's start screen, even to the topic it already had

    def _on_card_changed(self, term_id: str) -> None:
        self.language_picker.show_card(term_id == LANGUAGE_CARD)
        if term_id == TOPICS_CARD:
            self.drawer.open()
            if (current := self.navigator.currentItem()) is not None:  # the topic on screen, in view
                self.navigator.scrollToItem(current, QListWidget.ScrollHint.PositionAtCenter)
        elif not self.drawer.isHidden():  # (its own state: the window itself may be hidden)
            self.drawer.hide()
            if self.drawer.holds_controls:  # buttons kept in the Menu while it was open may fit the header now
                self._lay_out(self.width(), self.height())
        self.end_card.setVisible(term_id == END_CARD)
        if term_id == END_CARD:
            self.end_card.open()
            self.card.hide()
            self.settings_card.hide()
            return
        if term_id == SETTINGS_CARD:
            self.card.hide()
            self._show_settings()
            return
        self.settings_card.hide()
        if term_id in (LANGUAGE_CARD, TOPICS_CARD):
            self.card.hide()
            return
        if not term_id:
            self.card.hide()
            self.viewer.setFocus()
            return
        term = self.pack.glossary.get(term_id)
        if term_id == OFFLINE_CARD:
            self._show_offline_card()
        elif term_id == KEYS_CARD:
            self.card.show_text(self.tr("Keyboard keys"), "\n".join(self.commands.card_lines()))
        elif term_id == HELP_CARD and self.help_box is not None:
            self.card.show_help(self.help_box)
        elif term is None:
            self.card.show_text(self.tr("Word not found"),
                                self.tr("Sorry, there is no explanation for this word yet."))
        else:
            self.card.show_text(as_heading(term.term), term.definition)

    def _compose_help(self, pack: ContentPack) -> HelpBox | None:
        """The help box in the pack's words with this clinic's numbers (None when the pack has no words)."""
        s = self.settings
        return compose_help(pack.help, s.help_phone, s.help_hours, s.emergency_number, s.help_note,
                            s.kiosk) if pack.help else None

    def _show_help_button(self) -> None:
        self.help_button.setVisible(self.help_box is not None)
        if self.help_box is not None and self.pack.help is not None:
            self.help_button.setText(self.pack.help.button)
            self.help_button.setAccessibleName(self.pack.help.button)

    def _on_external_clicked(self, target: str) -> None:
        self.session.open_card(OFFLINE_CARD)

    def _show_offline_card(self) -> None:
        self.card.show_text(self.tr("Not available here"),
                            self.tr("This app works without the internet, so it cannot open websites or "
                                    "files. Please ask your care team for this information."))

    def add_input_filter(self, watcher: QObject) -> None:
        """Watch every input event of this window (touch, mouse, keys) before any widget sees it.
        Filters sit on the native window, not on the application: PySide6 can crash when a Python
        filter on the application meets an object it has not wrapped yet."""
        if watcher not in self.input_filters:
            self.input_filters.append(watcher)
        if (native := self.windowHandle()) is not None:
            native.installEventFilter(watcher)

    def remove_input_filter(self, watcher: QObject) -> None:
        if watcher in self.input_filters:
            self.input_filters.remove(watcher)
        if (native := self.windowHandle()) is not None:
            native.removeEventFilter(watcher)

    def showEvent(self, event: QShowEvent) -> None:
        """The native window is new after a change of window flags: put the input filters on it again."""
        super().showEvent(event)
        native = self.windowHandle()
        if native is not None:
            for watcher in self.input_filters:
                native.installEventFilter(watcher)
        if not self.kiosk and not self._focus_placed:
            # Keyboard focus starts on the words to read (arrows and Page Down scroll them, Tab reaches their
            # links, a screen reader reads them), not on whichever header button comes first (Home, ringed).
            self._focus_placed = True
            self.viewer.setFocus(Qt.FocusReason.OtherFocusReason)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.allow_close:
            event.ignore()  # Alt+F4 or a window manager's close: a kiosk stays
            return
        if self.preferences:
            self.preferences.set_maximized(self.isMaximized())
            if not self.isMaximized() and not self.isFullScreen():
                self.preferences.set_window_size(self.size())
            self.preferences.sync()
        super().closeEvent(event)


def as_heading(term: str) -> str:
    """A glossary word as a card's heading: a capital first letter ("immunotherapy", "sistema
    inmunitario" stood as headings in lower case), unless the word's own capitals say otherwise (mRNA)."""
    if not term or term[0].isupper() or (len(term) > 1 and term[1].isupper()):
        return term
    return term[0].upper() + term[1:]


def _row_width(widgets: list[QWidget]) -> int:
    """The width of the header's buttons on one row, 10 px apart."""
    return sum(w.sizeHint().width() for w in widgets) + 10 * max(0, len(widgets) - 1)


def _title_width(text: str, metrics: QFontMetrics, lines: int) -> int:
    """The width `text` needs on `lines` lines (1 or 2), broken between words where it is narrowest."""
    if lines == 1:
        return metrics.horizontalAdvance(text)
    words = text.split()
    return min((max(metrics.horizontalAdvance(" ".join(words[:i])), metrics.horizontalAdvance(" ".join(words[i:])))
                for i in range(1, len(words))), default=metrics.horizontalAdvance(text))
