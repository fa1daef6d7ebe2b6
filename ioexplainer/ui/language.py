"""The one path for language: Qt's translators for interface words, the content pack for everything else.

`Language.apply(code)` swaps the installed translators (Qt then sends every widget a LanguageChange event
and each one re-translates itself) and hands the window the content pack of that language. Nothing
caches translated words. It is visitor state: a kiosk goes back to the configured language per visitor.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from ioexplainer.content.model import ContentPack
from ioexplainer.core.paths import resources_dir

log = logging.getLogger(__name__)
INSTALLED: list[QTranslator] = []  # every translator any Language installed (tests remove them all between tests)


def load_translators(parent: QObject, lang: str) -> list[QTranslator]:
    """The app's `resources/i18n/ioexplainer_<lang>.qm` and Qt's own, for the languages that have them."""
    if lang == "en":
        return []
    found = []
    app_tr = QTranslator(parent)
    if app_tr.load(f"ioexplainer_{lang}", str(resources_dir() / "i18n")):
        found.append(app_tr)
    else:
        log.info("No interface translation for %r; buttons and labels stay in English", lang)
    qt_tr = QTranslator(parent)
    if qt_tr.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        found.append(qt_tr)
    return found


class Language(QObject):
    """The current language; `apply()` switches interface and content at once, without a restart."""

    changed = Signal(str)

    def __init__(self, default: str, load_pack: Callable[[str], ContentPack],
                 show_pack: Callable[[ContentPack], None], parent: QObject | None = None,
                 translators: Callable[[QObject, str], list[QTranslator]] = load_translators) -> None:
        super().__init__(parent)
        self.default = default
        self.code = ""
        self._load_pack = load_pack
        self.show_pack = show_pack
        self._translators_for = translators
        self._installed: list[QTranslator] = []
        # Each language's translators, loaded once and kept: loaded anew at every switch (a kiosk switches
        # back for each visitor who chose another language), the old ones stayed in memory, 155 KB a time.
        self._loaded: dict[str, list[QTranslator]] = {}

    def install(self, code: str) -> None:
        """Install the interface translators only (at start, before any window exists)."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
            if translator in INSTALLED:
                INSTALLED.remove(translator)
        if code not in self._loaded:
            self._loaded[code] = self._translators_for(app or self, code)
        self._installed = self._loaded[code]
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)  # Qt sends LanguageChange to every widget
            INSTALLED.append(translator)
        QLocale.setDefault(QLocale(code))
        self.code = code

    def apply(self, code: str) -> None:
        """Switch everything to `code`: interface words, then topics, glossary and diagram words."""
        if code == self.code:
            return
        self.install(code)
        self.show_pack(self._load_pack(code))
        self.changed.emit(code)

    def visitor_state(self) -> object:
        return self.code

    def reset_visitor(self) -> None:
        self.apply(self.default)
