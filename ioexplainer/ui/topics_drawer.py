"""The "Topics" drawer: the topic list slid in from the left when the window has no room for it as a column."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from ioexplainer.ui.flow_layout import FlowLayout
from ioexplainer.ui.overlay import DismissibleOverlay


class TopicsDrawer(DismissibleOverlay):
    """Holds the window's topic list while it is a drawer (the window moves the list in and out) and, in
    the smallest windows, the header's buttons too (then it is the "Menu").
    Closes on Esc, on a tap beside it, on its Close button, and when a topic is chosen."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, card_width=0.42, max_width=560)
        self.heading = QLabel(self.card)
        self.heading.setObjectName("cardTerm")
        self.heading.setWordWrap(True)
        self.controls = QWidget(self.card)
        self.controls_flow = FlowLayout(self.controls, left=True)
        policy = self.controls.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        self.controls.setSizePolicy(policy)
        self.controls.hide()
        self.close_button = QPushButton(self.card)
        self.close_button.clicked.connect(self.close_requested)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.controls)
        self.list_slot = self.body.count()  # the list goes here, between the title and Close
        self.body.addWidget(self.close_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Menu") if self.holds_controls else self.tr("Topics"))
        self.card.setAccessibleName(self.heading.text())
        self.close_button.setText(self.tr("Close"))

    @property
    def holds_controls(self) -> bool:
        return self.controls_flow.count() > 0

    def hold(self, widget: QWidget) -> None:
        """Put the topic list inside the drawer."""
        self.body.insertWidget(self.list_slot, widget, 1)

    def hold_controls(self, widgets: list[QWidget]) -> None:
        """Put these header buttons at the top of the drawer, in this order."""
        for widget in widgets:
            self.controls_flow.addWidget(widget)
            widget.show()
        self.controls.setVisible(bool(widgets))
        self.retranslate()

    def release_controls(self) -> list[QWidget]:
        """Take the header buttons out again (the window puts them back in its header)."""
        widgets = []
        while (item := self.controls_flow.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widgets.append(widget)
        self.controls.hide()
        self.retranslate()
        return widgets

    def fit(self) -> None:
        """A panel down the left side, the whole height of the window (at least 320 px wide)."""
        if (covered := self.cover()) is None:
            return
        parent, width = covered
        self.card.setFixedSize(width, parent.height())
        self.card.move(0, 0)

    def open(self) -> None:
        super().open()
        for child in self.card.findChildren(QWidget):
            if child.objectName() == "navigator":
                child.setFocus()
                break
