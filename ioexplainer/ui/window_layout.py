"""Puts the window's parts where the arrangement (ui.arrangement) says: columns, stacked, or two tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QSplitter, QWidget

from ioexplainer.ui.arrangement import Arrangement
from ioexplainer.ui.diagram_panel import DiagramPanel
from ioexplainer.ui.flow_layout import FlowLayout
from ioexplainer.ui.topics_drawer import TopicsDrawer
from ioexplainer.ui.view_tabs import PICTURE, READ, ViewTabs

NAVIGATOR_SHARE = 0.34  # of the text area's width, when the list is a column


class WindowLayout:
    """Moves the topic list between its column and the drawer, orders text and diagram, and shows one
    of them at a time in the compact arrangement. Holds no visitor state: the tab follows the topic."""

    def __init__(self, splitter: QSplitter, columns: QSplitter, navigator: QWidget, reading: QWidget,
                 diagram_area: QWidget, tabs: ViewTabs, drawer: TopicsDrawer) -> None:
        self.header_flow: FlowLayout | None = None
        self.header_order: list[QWidget] = []
        self.movable: list[QWidget] = []  # header buttons that go into the drawer in the compact arrangement
        # A kiosk's header buttons keep one size at either text step and fit its row: they stay in the
        # header (a "Larger text" just pressed must not vanish into a menu).
        self.keep_controls = False
        # A laptop's header whose buttons would need two rows (a portrait window at larger text): they go
        # into the Menu too, so the header stays one row and the picture and text keep that height.
        self.crowded = False
        self.footer: QWidget | None = None
        self.footer_homes: tuple[QBoxLayout, QBoxLayout] | None = None  # (in the text column, under both)
        self.position: QWidget | None = None
        self.panel: DiagramPanel | None = None  # the diagram's panel (its title row, its "Bigger picture")
        self.splitter = splitter
        self.columns = columns
        self.navigator = navigator
        self.reading = reading
        self.diagram_area = diagram_area
        self.tabs = tabs
        self.drawer = drawer
        self.arrangement = Arrangement("wide", drawer=False, diagram_share=0.42)
        self.has_diagram = True  # the topic on screen has a diagram scene
        self.watching = False  # "Bigger picture" (and the kiosk's "Watch how it works"): the picture alone
        tabs.chosen.connect(self.show_tab)

    @property
    def compact(self) -> bool:
        return self.arrangement.shape == "compact"

    def add_header(self, flow: FlowLayout, order: list[QWidget], movable: list[QWidget]) -> None:
        """The header's buttons in `order`; `movable` go into the drawer (the "Menu") when compact."""
        self.header_flow = flow
        self.header_order = order
        self.movable = movable

    def add_footer(self, footer: QWidget, position: QWidget, in_column: QBoxLayout, under_both: QBoxLayout) -> None:
        """Previous and Next: under the text, or (compact) under whichever tab is showing, with the tabs."""
        self.footer = footer
        self.position = position
        self.footer_homes = (in_column, under_both)

    def apply(self, arrangement: Arrangement, width: int, height: int) -> None:
        self.arrangement = arrangement
        self._place_navigator(arrangement.drawer)
        self._place_controls((self.compact or (self.crowded and arrangement.drawer)) and not self.keep_controls,
                             self.compact)
        wide = arrangement.shape == "wide"
        self.splitter.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        first = self.diagram_area if arrangement.shape == "tall" else self.columns  # portrait: picture on top
        if self.splitter.indexOf(first) != 0:
            self.splitter.insertWidget(0, first)
        share = arrangement.diagram_share
        outer = width if wide else height
        if arrangement.shape == "tall":
            self.splitter.setSizes([round(outer * share), round(outer * (1 - share))])
        elif wide:
            self.splitter.setSizes([round(outer * (1 - share)), round(outer * share)])
        inner = round(width * (1 - share)) if wide else width
        if not arrangement.drawer:
            # The same width with or without a diagram beside the text: the page never reflows between topics.
            self.navigator.setFixedWidth(max(180, round(inner * NAVIGATOR_SHARE)))
            self.columns.setSizes([round(inner * NAVIGATOR_SHARE), round(inner * (1 - NAVIGATOR_SHARE))])
        self.sync()

    def _place_navigator(self, in_drawer: bool) -> None:
        if in_drawer and self.navigator.parentWidget() is not self.drawer.card:
            self.navigator.setMinimumWidth(0)
            self.navigator.setMaximumWidth(16_777_215)
            self.drawer.hold(self.navigator)
        elif not in_drawer and self.columns.indexOf(self.navigator) < 0:
            self.drawer.hide()
            self.columns.insertWidget(0, self.navigator)
            self.navigator.show()

    def _place_controls(self, in_drawer: bool, compact: bool) -> None:
        """The header's movable buttons in the drawer or the header; Previous and Next under the text, or
        (compact) under both tabs."""
        if self.header_flow is None:
            return
        if not in_drawer and self.drawer.holds_controls and not self.drawer.isHidden():
            in_drawer = True  # the Menu is open: A- just pressed in it stays under the finger until it closes
        if in_drawer and not self.drawer.holds_controls:
            for widget in self.movable:
                self.header_flow.removeWidget(widget)
            self.drawer.hold_controls(self.movable)
        elif not in_drawer and self.drawer.holds_controls:
            for widget in self.drawer.release_controls():
                widget.show()
            for widget in self.header_order:  # back in their places, in the header's order
                self.header_flow.removeWidget(widget)
                self.header_flow.addWidget(widget)
        if self.footer is not None and self.footer_homes is not None:
            home = self.footer_homes[1 if compact else 0]
            if home.indexOf(self.footer) < 0:
                self.footer_homes[0 if compact else 1].removeWidget(self.footer)
                home.addWidget(self.footer)
                self.footer.show()

    def show_topic(self, has_diagram: bool) -> None:
        """A new topic opens on its text."""
        self.has_diagram = has_diagram
        self.watching = False
        self.tabs.show_tab(READ)
        self.sync()

    def watch(self, watching: bool) -> None:
        """The picture alone, as large as the window allows (its words beside or under it), or back to
        the text and picture together."""
        self.watching = watching
        self.tabs.show_tab(PICTURE if watching else READ)
        self.sync()

    def show_tab(self, tab: str) -> None:
        self.watching = self.watching and tab == PICTURE  # the Read tab shows the text, whatever opened the picture
        self.tabs.show_tab(tab)
        self.sync()

    def sync(self) -> None:
        """Show what the arrangement and the tab call for (the diagram only when the topic has one)."""
        tabs = self.compact and self.has_diagram
        self.tabs.setVisible(tabs)
        if self.position is not None:
            self.position.setVisible(not tabs)  # "Topic 5 of 10" makes room for the tabs
        picture = (tabs and self.tabs.current == PICTURE) or (self.watching and self.has_diagram)
        self.columns.setVisible(not picture)
        self.diagram_area.setVisible(self.has_diagram and (not self.compact or picture))
        if self.panel is not None:
            self.panel.head.setVisible(not self.compact)  # the "Picture" tab names it; its height goes to it
            self.panel.set_enlarged(picture)
