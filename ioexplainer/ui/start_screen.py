"""The kiosk's start screen: a big tile for each topic (title, one-line summary, a small picture from the
diagram), plus "Watch how it works" and "When to get help". Touched from a metre away, so every tile is
large and says what it holds in words; the pictures only help."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
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
from ioexplainer.ui.fade import EdgeFade

PICTURE_SIZE = QSize(480, 180)  # drawn once per tile at this size (a wide strip from the diagram)
WATCH = "#watch"  # the tile that opens the diagram from its start
HELP = "#help"  # the tile that opens "When to get help"

Painter = Callable[[Scene, QSize], QPixmap]
SymbolPainter = Callable[[str, QSize], QPixmap]  # a symbol's name (tile_pictures.SYMBOLS) to its picture


class Tile(QPushButton):
    """A large button that holds a picture strip, a title and a summary (words wrap; nothing is cut)."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.reserve = False  # a picture is on its way: keep its room, so the tiles do not jump when it comes
        self.setObjectName("tile")
        self.picture = QLabel(self)
        self.picture.setObjectName("tilePicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setFixedHeight(0)
        self.title = QLabel(self)
        self.title.setObjectName("tileTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("tileSummary")
        self.mark = QLabel(self)  # "✓ Read" once this visitor has opened the topic
        self.mark.setObjectName("tileMark")
        self.mark.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 16, 20, 18)
        box.setSpacing(8)
        for label in (self.picture, self.title, self.summary, self.mark):
            label.setWordWrap(label is not self.picture)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            box.addWidget(label)
        box.addStretch(1)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_words(self, title: str, summary: str) -> None:
        self.title.setText(title)
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        self.setAccessibleName(title)
        self.setAccessibleDescription(summary)

    def set_picture(self, pixmap: QPixmap | None) -> None:
        self.picture.setPixmap(pixmap if pixmap is not None else QPixmap())
        self._fit_picture()

    def set_read(self, read: bool, words: str) -> None:
        self.mark.setText(f"✓ {words}")
        self.mark.setVisible(read)

    def _fit_picture(self) -> None:
        pixmap = self.picture.pixmap()
        inner = max(1, self.width() - 40)
        shape = PICTURE_SIZE if pixmap is None or pixmap.isNull() else pixmap.size()
        if shape is PICTURE_SIZE and not self.reserve:
            self.picture.setFixedHeight(0)
            return
        self.picture.setFixedHeight(round(inner * shape.height() / max(1, shape.width())))
        self.picture.setScaledContents(True)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_picture()

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
        # A finger drags the tiles (touch events only: a mouse-style press would be held back a moment to
        # tell a tap from a drag, and a tile must answer a tap at once). "More topics" scrolls for everyone.
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self._painter = painter
        self._symbol_painter = symbols
        self._pictures: dict[str, QPixmap] = {}
        self._scenes: dict[str, Scene] = {}
        self._symbols: dict[str, str] = {}  # tiles with no moment of the diagram: a symbol instead
        page = QWidget()
        page.setObjectName("startPage")
        self.heading = QLabel(page)
        self.heading.setObjectName("startHeading")
        self.heading.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setSpacing(24)
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
                tile.set_words(self.tr("Watch how it works"),
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
            tile.set_words(f"{number}. {topic.title}", topic.summary)
            if topic.scene is not None:
                self._scenes[topic.slug] = topic.scene
            elif topic.printable:  # a page to print and fill in
                self._symbols[topic.slug] = "checklist"
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
            if tile.key in self._pictures:
                tile.set_picture(self._pictures[tile.key])
        if self.isVisible():
            self._paint_timer.start()

    def _add(self, key: str) -> Tile:
        tile = Tile(key, self.widget())
        tile.clicked.connect(lambda: self.chosen.emit(tile.key))
        self.tiles.append(tile)
        return tile

    def set_columns(self, columns: int) -> None:
        if columns != self.columns:
            self.columns = columns
            self._place()

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
        self.more.setVisible(bar.maximum() > 0)
        self.more.adjustSize()
        if self.viewportMargins().bottom() != self.more.height() + 24:  # not on every scroll step: it relays out
            self.setViewportMargins(0, 0, 0, self.more.height() + 24)
        viewport = self.viewport().geometry()
        self.more.move(viewport.center().x() - self.more.width() // 2, viewport.bottom() + 12)
        self.fade.sync()

    def _scroll_on(self) -> None:
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 8
        bar.setValue(0 if at_end else min(bar.maximum(), bar.value() + round(self.viewport().height() * 0.8)))

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._sync_more()

    def mark_read(self, read: set[str], words: str) -> None:
        for tile in self.tiles:
            tile.set_read(tile.key in read, words)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self._paint_timer.start()  # the pictures, one per turn of the event loop (the screen answers at once)

    def _paint_one(self) -> None:
        waiting = [t for t in self.tiles if t.key not in self._pictures
                   and ((t.key in self._scenes and self._painter is not None)
                        or (t.key in self._symbols and self._symbol_painter is not None))]
        if not waiting:
            self._paint_timer.stop()
            return
        tile = waiting[0]
        if tile.key in self._scenes and self._painter is not None:
            self._pictures[tile.key] = self._painter(self._scenes[tile.key], PICTURE_SIZE)
        elif self._symbol_painter is not None:
            self._pictures[tile.key] = self._symbol_painter(self._symbols[tile.key], PICTURE_SIZE)
        tile.set_picture(self._pictures[tile.key])

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
