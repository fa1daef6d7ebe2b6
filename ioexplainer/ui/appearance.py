"""How the app looks for this visitor: standard or high contrast (text size lives in the session)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication

from ioexplainer.core.colours import THEMES

CONTRASTS = tuple(THEMES)  # "standard", "high"


def system_prefers_high_contrast() -> bool:
    """The desktop's own high-contrast setting, where Qt exposes it (Qt 6.10 and later)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    preference = getattr(Qt, "ContrastPreference", None)
    if accessibility is None or preference is None:
        return False
    try:
        return bool(accessibility().contrastPreference() == preference.HighContrast)
    except (AttributeError, RuntimeError):
        return False


class Appearance(QObject):
    """Visitor state: a kiosk goes back to its configured contrast for each visitor."""

    contrast_changed = Signal(str)

    def __init__(self, default: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.default = default if default in CONTRASTS else "standard"
        self.contrast = self.default

    def set_contrast(self, contrast: str) -> None:
        if contrast in CONTRASTS and contrast != self.contrast:
            self.contrast = contrast
            self.contrast_changed.emit(contrast)

    def visitor_state(self) -> object:
        return self.contrast

    def reset_visitor(self) -> None:
        self.set_contrast(self.default)
