"""The kiosk's start screen: a big tile for each topic (title, one-line summary, a small picture from the
diagram), plus "Watch how it works" and "When to get help". Touched from a metre away, so every tile is
large and says what it holds in words; the pictures only help."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontInfo, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ioexplainer.content.model import Scene, Topic
from ioexplainer.core.keep_together import keep_together
from ioexplainer.ui.fade import EdgeFade

PICTURE_SIZE = QSize(480, 180)  # a wide strip from the diagram: its least height for its width
TALLEST = 0.75  # a picture's height, at most, for its width, where the screen has room to spare under the tiles
LOWEST = 0.18  # ... and at least, where a lower strip is what shows every tile (German at 1920x1080: 400x86)
WATCH = "#watch"  # the tile that opens the diagram from its start
HELP = "#help"  # the tile that opens "When to get help"
MOST_COLUMNS = 6  # more columns of narrower tiles, where that shows every tile at once (see _columns_that_fit)
TILE_LEAST = 280  # px: no narrower than this for that (a title at a kiosk's size wraps onto four lines there)
TILE_LEAST_EMS = 9  # ... nor than this many of its title's letter heights (Larger text: five-line titles)
# A tile's side margins and the gap between tiles: with 20 and 24, German "Immunonkologie?" and Spanish
# "inmunooncología?" missed six across at 1920x1080 by 11 and 13 px, and four across made their pictures strips
SIDE, GAP = 16, 16

_WORDS = re.compile(r"[^ \t\n-]+-?")  # the pieces a line may break between (after a space or a hyphen)

Painter = Callable[[Scene, QSize], QPixmap]
SymbolPainter = Callable[[str, QSize], QPixmap]  # a symbol's name (tile_pictures.SYMBOLS) to its picture


class Tile(QPushButton):
    """A large button that holds a picture strip, a title and a summary (words wrap; nothing is cut)."""

    resized = Signal()  # its picture is to be drawn again at its new size

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.reserve = False  # a picture is on its way: keep its room, so the tiles do not jump when it comes
        self.aspect = PICTURE_SIZE.height() / PICTURE_SIZE.width()  # the picture's height for its width
        self.setObjectName("tile")
        self.picture = QLabel(self)
        self.picture.setObjectName("tilePicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setFixedHeight(0)
        self.title = QLabel(self)
        self.title.setObjectName("tileTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("tileSummary")
        # "✓ Read" once this visitor has opened the topic: over the picture's corner, not on a line of its own
        # (kept for every tile, read or not, it left a blank line at the foot of each)
        self.mark = QLabel(self)
        self.mark.setObjectName("tileMark")
        self.mark.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.mark.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(SIDE, 16, SIDE, 18)
        box.setSpacing(8)
        for label in (self.picture, self.title, self.summary):
            label.setWordWrap(label is not self.picture)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            box.addWidget(label)
        box.addStretch(1)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_words(self, title: str, summary: str, description: str = "") -> None:
        """The title, the line under it, and what a screen reader says after the title (the topic's longer
        summary; the line under the title where there is none)."""
        self.title.setText(keep_together(title))
        self.summary.setText(keep_together(summary))
        self.summary.setVisible(bool(summary))
        self.setAccessibleName(title)
        self.setAccessibleDescription(description or summary)

    def height_at(self, width: int, aspect: float | None = None) -> int:
        """The tile's height at `width` with its picture (drawn with `aspect`, or its own)."""
        layout = self.layout()
        if layout is None:
            return self.heightForWidth(width)
        return layout.heightForWidth(width) - self.picture.height() + self._picture_height(width, aspect)

    def set_picture(self, pixmap: QPixmap | None) -> None:
        self.picture.setPixmap(pixmap if pixmap is not None else QPixmap())
        self.fit_picture()

    def set_read(self, read: bool, words: str) -> None:
        self.mark.setText(f"✓ {words}")
        self.mark.setVisible(read)
        self._place_mark()

    def _place_mark(self) -> None:
        """At the top right of the picture (of the tile, where it has none), inside its rounded corner."""
        self.mark.adjustSize()
        top = self.picture.y() if self.picture.height() > 0 else 16
        self.mark.move(max(0, self.width() - SIDE - 8 - self.mark.width()), top + 8)
        self.mark.raise_()

    def _picture_height(self, width: int, aspect: float | None = None) -> int:
        """The picture's height in a tile `width` wide (0: no picture, none on its way)."""
        pixmap = self.picture.pixmap()
        if not self.reserve and (pixmap is None or pixmap.isNull()):
            return 0
        return round(max(1, width - 2 * SIDE) * (self.aspect if aspect is None else aspect))

    def widest_word(self) -> int:
        """The widest word of its title and its line (a tile narrower than that would cut it)."""
        widths = [0]
        for label in (self.title, self.summary):
            label.ensurePolished()
            metrics = label.fontMetrics()
            widths += [metrics.horizontalAdvance(word) for word in _WORDS.findall(label.text())]
        return max(widths) + 2 * SIDE + 2  # (its margins, and a pixel each side for rounding)

    def picture_size(self) -> QSize:
        """The size its picture is drawn at: the size it shows at, pixel for pixel."""
        return QSize(max(1, self.width() - 2 * SIDE), max(1, self._picture_height(self.width())))

    def fit_picture(self) -> None:
        self.picture.setFixedHeight(self._picture_height(self.width()))
        self.picture.setScaledContents(True)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.fit_picture()
        self._place_mark()
        self.resized.emit()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.heightForWidth(width) if layout is not None else super().heightForWidth(width)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return QSize(200, layout.minimumSize().height()) if layout is not None else super().minimumSizeHint()


class StartScreen(QScrollArea):
    """Emits `chosen(slug | WATCH | HELP)`. Scrolls (kinetically, by touch) only when the tiles need it."""

    chosen = Signal(str)

    def __init__(self, painter: Painter | None = None, parent: QWidget | None = None,
                 symbols: SymbolPainter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the tiles (each scrolled into view), not here
        # A finger drags the tiles (touch events only: a mouse-style press would be held back a moment to
        # tell a tap from a drag, and a tile must answer a tap at once). "More topics" scrolls for everyone.
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self._painter = painter
        self._symbol_painter = symbols
        self._pictures: dict[str, QPixmap] = {}  # each tile's, at the size it was drawn
        self._drawn: dict[str, str] = {}  # what each of those shows (a scene or a symbol: another pack's may differ)
        self._scenes: dict[str, Scene] = {}
        self._symbols: dict[str, str] = {}  # tiles with no moment of the diagram: a symbol instead
        page = QWidget()
        page.setObjectName("startPage")
        self.heading = QLabel(page)
        self.heading.setObjectName("startHeading")
        self.heading.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setSpacing(GAP)
        column = QVBoxLayout(page)
        column.setContentsMargins(32, 24, 32, 32)
        column.setSpacing(20)
        column.addWidget(self.heading)
        column.addLayout(self.grid)
        column.addStretch(1)
        self.setWidget(page)
        self.more = QPushButton(self)  # "More topics ↓": shown while tiles lie below the screen's edge
        self.more.setObjectName("primary")
        self.more.clicked.connect(self._scroll_on)
        self.more.hide()
        self.fade = EdgeFade(self)
        self.verticalScrollBar().valueChanged.connect(self._sync_more)
        self.verticalScrollBar().rangeChanged.connect(self._sync_more)
        self.tiles: list[Tile] = []
        self.columns = 4
        self.base_columns = 4  # as many as stand about TILE_WIDTH wide (the kiosk's screens say; see set_columns)
        self.aspect = PICTURE_SIZE.height() / PICTURE_SIZE.width()  # the pictures' height for their width
        self._watch_scene: Scene | None = None
        self._paint_timer = QTimer(self)
        self._paint_timer.setInterval(0)
        self._paint_timer.timeout.connect(self._paint_one)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What would you like to know? Touch a topic to start."))
        self._sync_more()
        self.setAccessibleName(self.tr("Topics"))
        for tile in self.tiles:
            if tile.key == WATCH:
                tile.set_words(self.tr("Watch how it works"), self.tr("T cells and cancer, step by step"),
                               self.tr("The picture of T cells and cancer, before and after treatment, step by step."))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def set_topics(self, topics: tuple[Topic, ...], help_words: tuple[str, str] | None,
                   watch: Scene | None) -> None:
        """One tile per topic, in reading order, then "Watch how it works" and (if the pack has it) help."""
        for tile in self.tiles:
            tile.deleteLater()
        self.tiles = []
        self._scenes = {}
        self._symbols = {}
        self._watch_scene = watch
        if watch is not None:  # first: the most inviting way in, for anyone who would rather watch than read
            self._add(WATCH)
            self._scenes[WATCH] = watch
        for number, topic in enumerate(topics, start=1):
            tile = self._add(topic.slug)
            tile.set_words(f"{number}. {topic.title}", topic.tile_words, topic.summary)
            if topic.tile_scene is not None:  # (a scene of its own, where its topic's looks like another's)
                self._scenes[topic.slug] = topic.tile_scene
            elif topic.tile_symbol:  # a page to print and fill in, questions to ask, ...
                self._symbols[topic.slug] = topic.tile_symbol
        if help_words is not None:
            tile = self._add(HELP)
            tile.setProperty("help", True)
            tile.set_words(*help_words)
            self._symbols[HELP] = "help"
        self.retranslate()
        self._place()
        for tile in self.tiles:
            tile.reserve = ((tile.key in self._scenes and self._painter is not None)
                            or (tile.key in self._symbols and self._symbol_painter is not None))
            if tile.key in self._pictures and self._drawn.get(tile.key) == self._subject(tile.key):
                tile.set_picture(self._pictures[tile.key])
            else:
                self._pictures.pop(tile.key, None)
        self._fit_columns()
        if self.isVisible():
            self._paint_timer.start()

    def _add(self, key: str) -> Tile:
        tile = Tile(key, self.widget())
        tile.aspect = self.aspect
        tile.clicked.connect(lambda: self.chosen.emit(tile.key))
        tile.resized.connect(self._draw_again)
        self.tiles.append(tile)
        return tile

    def set_columns(self, columns: int) -> None:
        """`columns` tiles across, or more where that shows every tile without scrolling."""
        self.base_columns = columns
        self._fit_columns()

    def _fit_columns(self) -> None:
        columns, aspect = self._columns_that_fit()
        if (columns, aspect) == (self.columns, self.aspect):
            return
        self.aspect = aspect
        for tile in self.tiles:
            tile.aspect = aspect
            tile.fit_picture()
        if columns != self.columns:
            self.columns = columns
            self._place()
        if self.isVisible():
            self._paint_timer.start()  # (drawn again at their new size)

    def _frame(self) -> tuple[int, int] | None:
        """The tiles' room across, and the height of all else on the page (None: nothing laid out yet)."""
        page = self.widget()
        column = page.layout() if page is not None else None
        if column is None or not self.tiles:
            return None
        margins = column.contentsMargins()
        inner = self.width() - 2 * self.frameWidth() - margins.left() - margins.right()  # (no scroll bar)
        self.heading.ensurePolished()
        return inner, margins.top() + self.heading.heightForWidth(inner) + column.spacing() + margins.bottom()

    def _rows(self, columns: int, inner: int, aspect: float) -> tuple[int, list[int]]:
        """The tiles' width `columns` across, and each row's height with pictures drawn at `aspect` (worked
        out, not read from the grid: it keeps its old heights until the event loop lays it out again)."""
        width = (inner - self.grid.spacing() * (columns - 1)) // columns
        rows = [self.tiles[start:start + columns] for start in range(0, len(self.tiles), columns)]
        return width, [max(tile.height_at(width, aspect) for tile in row) for row in rows]

    def _need(self) -> int:
        """The page's height, as laid out now, at the width with no scroll bar."""
        frame = self._frame()
        if frame is None:
            return 0
        inner, fixed = frame
        heights = self._rows(self.columns, inner, self.aspect)[1]
        return fixed + sum(heights) + self.grid.spacing() * (len(heights) - 1)

    def _columns_that_fit(self) -> tuple[int, float]:
        """The fewest columns, from the base count up to MOST_COLUMNS with no tile narrower than TILE_LEAST,
        that show every tile on the screen at once, and the pictures' height for their width: taller, up
        to TALLEST, with room to spare. Where none does, the fewest whose pictures, made lower (down to
        LOWEST), show every tile. Where none does so either, the count that shows the most whole tiles, with
        strips. (Four across at 1920x1080 showed two of three rows: "When to get help" lay under the edge;
        in German and Spanish, five across still hid it.)"""
        strip = PICTURE_SIZE.height() / PICTURE_SIZE.width()
        frame = self._frame()
        if frame is None:
            return self.base_columns, strip
        inner, fixed = frame
        gap = self.grid.spacing()
        widest = max(tile.widest_word() for tile in self.tiles)
        self.tiles[0].title.ensurePolished()
        least = max(TILE_LEAST, widest, TILE_LEAST_EMS * QFontInfo(self.tiles[0].title.font()).pixelSize())
        above = self.height() - fixed - self.more.sizeHint().height() - 24  # (over "More topics", when it shows)
        best, most = self.base_columns, -1
        lower: tuple[int, float] | None = None  # the fewest columns that fit with lower pictures, and their aspect
        for columns in range(self.base_columns, MOST_COLUMNS + 1):
            width, heights = self._rows(columns, inner, strip)
            if columns > self.base_columns and width < least:
                break  # ("Behandlungsteam" was cut at six across in German)
            spare = self.height() - fixed - sum(heights) - gap * (len(heights) - 1)
            # (what is short, taken from the rows' pictures, each as wide as its tile less its margins, and a
            # pixel more for each picture's rounding)
            aspect = strip + (spare - len(heights)) / len(heights) / max(1, width - 2 * SIDE)
            if spare >= 0:  # two thirds of the room to spare go to the pictures (the rest, a calm margin)
                return columns, min(TALLEST, strip + spare * 2 / 3 / len(heights) / max(1, width - 2 * SIDE))
            if lower is None and aspect >= LOWEST:
                lower = columns, aspect
            whole = sum(min(columns, len(self.tiles) - number * columns) for number in range(len(heights))
                        if sum(heights[:number + 1]) + gap * number <= above)
            if whole > most:  # where none fits: the most whole tiles in view, over "More topics"
                best, most = columns, whole
        return lower if lower is not None else (best, strip)

    def _place(self) -> None:
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, index // self.columns, index % self.columns)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 1 if column < self.columns else 0)

    def _sync_more(self) -> None:
        """A bar under the tiles (never over them): "More topics ↓" while tiles lie below, "Back to the
        top ↑" at the end; empty when every tile is in view."""
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 8
        self.more.setText(self.tr("Back to the top ↑") if at_end else self.tr("More topics ↓"))
        self.more.setAccessibleName(self.tr("Back to the first topics") if at_end else self.tr("Show more topics"))
        self.more.adjustSize()
        # Whether the tiles need more than the whole screen (not than the screen less the bar's room: the bar,
        # once shown, kept itself there when the tiles fitted with 77 px to spare, less than its 100)
        # (worked out at the width with no scroll bar. Qt measures at the width the bar leaves: a bar once come,
        # while the tiles were laid out for a moment, stayed, and its 14 px wrapped the tiles past the edge.)
        scrolls = self._need() > self.height()
        policy = Qt.ScrollBarPolicy.ScrollBarAsNeeded if scrolls else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)
        self.more.setVisible(scrolls)
        margin = self.more.height() + 24 if scrolls else 0
        if self.viewportMargins().bottom() != margin:  # not on every scroll step: it relays out
            self.setViewportMargins(0, 0, 0, margin)
        viewport = self.viewport().geometry()
        self.more.move(viewport.center().x() - self.more.width() // 2, viewport.bottom() + 12)
        self.fade.sync()

    def _scroll_on(self) -> None:
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 8
        bar.setValue(0 if at_end else min(bar.maximum(), bar.value() + round(self.viewport().height() * 0.8)))

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_columns()
        self._sync_more()

    def mark_read(self, read: set[str], words: str) -> None:
        for tile in self.tiles:
            tile.set_read(tile.key in read, words)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self._paint_timer.start()  # the pictures, one per turn of the event loop (the screen answers at once)

    def hideEvent(self, event: object) -> None:
        super().hideEvent(event)  # type: ignore[arg-type]
        self._paint_timer.stop()  # (a topic opened: its page lays out without pictures drawn behind it)

    def _draw_again(self) -> None:
        if self.isVisible():
            self._paint_timer.start()

    def _paint_one(self) -> None:
        """Draw one tile's picture at the size it shows at (a new size: drawn again, not stretched)."""
        waiting = [t for t in self.tiles if _redraw(self._pictures.get(t.key), t.picture_size())
                   and ((t.key in self._scenes and self._painter is not None)
                        or (t.key in self._symbols and self._symbol_painter is not None))]
        if not waiting:
            self._paint_timer.stop()
            return
        tile = waiting[0]
        size = tile.picture_size()
        if tile.key in self._scenes and self._painter is not None:
            self._pictures[tile.key] = self._painter(self._scenes[tile.key], size)
        elif self._symbol_painter is not None:
            self._pictures[tile.key] = self._symbol_painter(self._symbols[tile.key], size)
        self._drawn[tile.key] = self._subject(tile.key)
        tile.set_picture(self._pictures[tile.key])

    def _subject(self, key: str) -> str:
        """What a tile's picture shows: a scene ("after:expand") or a symbol's name."""
        scene = self._scenes.get(key)
        return str(scene) if scene is not None else self._symbols.get(key, "")

    @property
    def pictures_pending(self) -> bool:
        return self._paint_timer.isActive()

    def forget_pictures(self) -> None:
        """New colours (contrast): the pictures are drawn again."""
        self._pictures.clear()
        for tile in self.tiles:
            tile.set_picture(None)
        if self.isVisible():
            self._paint_timer.start()


def _redraw(pixmap: QPixmap | None, size: QSize) -> bool:
    """Whether a tile's picture must be drawn (again): none yet, or drawn at a size more than a few pixels
    off (within 5%, as when a scroll bar comes or goes, a scaled picture is as sharp: not drawn again)."""
    if pixmap is None or pixmap.isNull():
        return True
    return any(abs(have - want) > max(2.0, want * 0.05) for have, want in ((pixmap.width(), size.width()),
                                                                            (pixmap.height(), size.height())))
