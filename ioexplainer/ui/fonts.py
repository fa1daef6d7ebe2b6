"""Fonts: Atkinson Hyperlegible through QFontDatabase (else quietly the system font), and line spacing."""

from __future__ import annotations

import logging
from importlib import resources
from math import ceil

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetricsF

log = logging.getLogger(__name__)
FONT_PACKAGE = "fontpkg_atkinson_hyperlegible"
_loaded: str | None = None
LINE_EMS = 1.5  # from one line of body text to the next: the spacing WCAG 1.4.8 and large-print guides ask


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


def line_percent(font: QFont) -> float:
    """The line height, in percent of the font's own line spacing, that puts lines LINE_EMS apart. (Qt's
    proportional height scales the font's spacing, rounded up to a whole pixel: 1.24 em for Atkinson
    Hyperlegible, so the 135% used before put lines 1.67 em apart, and a fixed percentage would give each
    font a different pitch.)"""
    spacing = ceil(QFontMetricsF(font).lineSpacing())
    px = font.pixelSize() if font.pixelSize() > 0 else QFontInfo(font).pixelSize()
    return max(100.0, 100 * LINE_EMS * px / spacing) if spacing > 0 else 100 * LINE_EMS
