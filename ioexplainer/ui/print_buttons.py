"""'Save as PDF…' and 'Print…' under a printable topic (laptops; a kiosk prints only with a printer)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from ioexplainer.content.help import HelpBox
from ioexplainer.content.model import Topic

log = logging.getLogger(__name__)
ChoosePath = Callable[[QWidget, str], Path | None]


def ask_for_path(parent: QWidget, suggested: str) -> Path | None:
    """The laptop's own Save dialog, starting in the Documents folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("PrintButtons", "Save as PDF"),
                                          str(Path(folder) / suggested),
                                          QCoreApplication.translate("PrintButtons", "PDF files (*.pdf)"))
    return Path(name) if name else None


class PrintButtons(QWidget):
    """Shown only for topics marked printable; `done` carries the message shown after saving or printing."""

    done = Signal(str)

    def __init__(self, kiosk: bool, printer: bool, family: str | None, choose_path: ChoosePath = ask_for_path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kiosk = kiosk
        self.printer = printer
        self.family = family
        self.choose_path = choose_path
        self.topic: Topic | None = None
        self.help_box: HelpBox | None = None
        self.save = QPushButton(self)
        self.print = QPushButton(self)
        self.message = QLabel(self)
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.save)
        row.addWidget(self.print)
        row.addWidget(self.message, 1)
        self.save.clicked.connect(self.save_pdf)
        self.print.clicked.connect(self.print_topic)
        self.save.setVisible(not kiosk)  # a kiosk has no files to give a visitor
        self.print.setVisible(printer or not kiosk)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.save.setText(self.tr("Save as PDF…"))
        self.save.setAccessibleName(self.tr("Save this page as a PDF file, in large print"))
        self.print.setText(self.tr("Print…") if not self.kiosk else self.tr("Print"))
        self.print.setAccessibleName(self.tr("Print this page in large print"))
        if self.kiosk and not self.printer and self.topic is not None and self.topic.printable:
            self.message.setText(self._ask_staff())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def show_for(self, topic: Topic, help_box: HelpBox | None) -> None:
        """Offer the buttons for a printable topic, hide them for the rest. A kiosk with no printer says
        where to get the page on paper instead: its text asks the reader to print it (review: "Print this
        page... Tick three questions", and nothing on screen to print with)."""
        self.topic, self.help_box = topic, help_box
        self.message.clear()
        if self.kiosk and not self.printer and topic.printable:
            self.message.setText(self._ask_staff())
        self.setVisible(topic.printable)

    def _ask_staff(self) -> str:
        return self.tr("To take this page home on paper, ask a member of staff to print it for you.")

    def save_pdf(self) -> None:
        if self.topic is None:
            return
        path = self.choose_path(self, f"{self.topic.slug}.pdf")
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        from ioexplainer.ui.printing import save_pdf  # only when someone saves

        try:
            pages = save_pdf(path, self.topic, self.help_box, self.family)
        except OSError as exc:
            log.warning("Could not save %s: %s", path, exc)
            self._say(self.tr("Sorry, the PDF could not be saved there. Please choose another folder."))
            return
        self._say(self.tr("Saved %1 (%2 pages).").replace("%1", path.name).replace("%2", str(pages)))

    def print_topic(self) -> None:
        if self.topic is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # only when someone prints

        from ioexplainer.ui.printing import print_on

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not self.kiosk:  # a laptop asks which printer; a kiosk prints on its own printer
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return
        pages = print_on(printer, self.topic, self.help_box, self.family)
        self._say(self.tr("Sent %1 pages to the printer.").replace("%1", str(pages)))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.done.emit(text)
