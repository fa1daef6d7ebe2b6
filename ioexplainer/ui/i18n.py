"""Install Qt translators for the chosen language (app strings and Qt's own)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ioexplainer.core.paths import resources_dir

log = logging.getLogger(__name__)


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load `resources/i18n/ioexplainer_<lang>.qm` and Qt's base translation; keep the returned list alive."""
    QLocale.setDefault(QLocale(lang))
    if lang == "en":
        return []
    installed = []
    app_tr = QTranslator(app)
    if app_tr.load(f"ioexplainer_{lang}", str(resources_dir() / "i18n")):
        app.installTranslator(app_tr)
        installed.append(app_tr)
    else:
        log.warning("No interface translation for %r; buttons and labels stay in English", lang)
    qt_tr = QTranslator(app)
    if qt_tr.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_tr)
        installed.append(qt_tr)
    return installed
