"""A kiosk's own screens: the start screen of topic tiles in front of the topic screen.

Every visitor begins at the start screen; a tile opens its topic (with the diagram as the hero), "Home"
comes back, and the visitor reset returns here. A laptop has no start screen: its topic list is enough.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QPixmap

from ioexplainer.content.model import Scene, Topic
from ioexplainer.core.colours import THEMES
from ioexplainer.ui.start_screen import HELP, WATCH, StartScreen
from ioexplainer.ui.tile_pictures import scene_picture, symbol_picture

if TYPE_CHECKING:
    from ioexplainer.ui.main_window import MainWindow

WATCH_SCENE = Scene("after", "attack")  # the tile's picture: the hopeful moment, T cells attacking
TILE_WIDTH = 440  # about this wide: four across a landscape kiosk, two in portrait


def first_scene_topic(topics: tuple[Topic, ...]) -> Topic | None:
    """The topic the story starts with (the first one showing "before"), where "Watch" plays it all."""
    return next((t for t in topics if t.scene is not None and t.scene.scenario == "before"),
                next((t for t in topics if t.scene is not None), None))


class KioskScreens(QObject):
    """Owns the start screen and which screen shows. Registered with the visitor: a reset shows the start."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.read: set[str] = set()  # the topics this visitor opened (a tick on their tiles)
        self.start = StartScreen(self._picture, symbols=self._symbol)
        window.pages.insertWidget(0, self.start)
        self.start.chosen.connect(self._on_chosen)
        window.session.topic_changed.connect(self._on_topic_changed)
        self.fill()
        self.show_start()

    def _picture(self, scene: Scene, size: QSize) -> QPixmap:
        return scene_picture(scene, size, self.window.pack.diagram_text, self.window.font_family)

    def _symbol(self, name: str, size: QSize) -> QPixmap:
        return symbol_picture(name, size, THEMES[self.window.appearance.contrast])

    def fill(self) -> None:
        """Tiles for the window's content pack (again after a change of language)."""
        pack = self.window.pack
        help_words = (pack.help.title, pack.help.summary) if pack.help is not None and self.window.help_box else None
        watch = WATCH_SCENE if first_scene_topic(pack.topics) is not None else None
        self.start.set_topics(pack.topics, help_words, watch)
        self.mark_read()

    def mark_read(self) -> None:
        self.start.mark_read(self.read, self.tr("Read"))

    def _on_topic_changed(self, _slug: str) -> None:
        """Whatever opened a topic (a tile, the Menu's list, a link in a card or under the picture), the
        topic screen shows it. (A visitor reset opens the first topic, then shows the start screen.)"""
        self.show_topic()

    @property
    def on_start(self) -> bool:
        return self.window.pages.currentWidget() is self.start

    def show_start(self) -> None:
        """The start screen: nothing plays behind it, and the topics already read have a tick."""
        self.mark_read()
        self.window.parts.watch(False)
        self.window.pages.setCurrentWidget(self.start)
        self.window.home_button.hide()
        self.window.relayout()
        self.window.pause_diagram()
        self.start.verticalScrollBar().setValue(0)
        self.start.setFocus()

    def show_topic(self) -> None:
        self.window.pages.setCurrentWidget(self.window.topic_page)
        self.window.home_button.show()
        self.window.relayout()
        if self.window.viewer.isVisible():
            self.window.viewer.setFocus()  # not the picture: a ring round it would look like a warning
        if (slug := self.window.session.state.topic) is not None:
            self.read.add(slug)

    def fit(self, width: int) -> None:
        self.start.set_columns(max(1, min(4, (width - 64) // TILE_WIDTH)))

    def _on_chosen(self, key: str) -> None:
        window = self.window
        if key == HELP:
            window.open_help()
            return
        if key == WATCH:
            self._watch()
            return
        if window.session.state.topic == key:
            window.show_current_topic()  # the same topic again: from its top, its step playing
        else:
            window.session.go_to(key)
        self.show_topic()

    def _watch(self) -> None:
        """The whole story from its first step, playing on through every step, with the picture in view."""
        topic = first_scene_topic(self.window.pack.topics)
        if topic is None:
            return
        self.window.session.go_to(topic.slug)
        self.show_topic()
        self.window.parts.watch(True)  # the picture alone, on the whole width: the hero of the kiosk
        diagram = self.window.diagram
        diagram.player.set_mode("before")
        diagram.player.play_all()

    def visitor_state(self) -> object:
        return ("start" if self.on_start else "topic"), tuple(sorted(self.read))

    def reset_visitor(self) -> None:
        self.read.clear()
        self.show_start()
