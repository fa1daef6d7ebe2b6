"""Load the Atkinson Hyperlegible font with QFontDatabase; fall back quietly to the system font."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtGui import QFontDatabase

log = logging.getLogger(__name__)
FONT_PACKAGE = "fontpkg_atkinson_hyperlegible"
_loaded: str | None = None


def load_app_font() -> str | None:
    """Register the bundled TTF files once; return the family name, or None if unavailable."""
    global _loaded
    if _loaded is not None:
        return _loaded
    try:
        files = resources.files(FONT_PACKAGE) / "files"
        ttfs = sorted((f for f in files.iterdir() if f.name.endswith(".ttf")), key=lambda f: f.name)
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError) as exc:
        log.info("Atkinson Hyperlegible not installed (%s); using the system font", exc)
        return None
    family = None
    for ttf in ttfs:
        font_id = QFontDatabase.addApplicationFontFromData(ttf.read_bytes())
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    if family is None:
        log.info("Atkinson Hyperlegible could not be loaded; using the system font")
    _loaded = family
    return family
