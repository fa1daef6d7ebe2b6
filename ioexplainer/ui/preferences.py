"""What a laptop remembers between runs (window size, text size), through QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize

from ioexplainer import APP_NAME
from ioexplainer.core.settings import TEXT_SIZES


class Preferences:
    """A thin typed wrapper over QSettings; kiosk mode does not use it, so nothing is kept."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)

    def text_size(self) -> str | None:
        value = self._store.value("text_size")
        return value if isinstance(value, str) and value in TEXT_SIZES else None

    def set_text_size(self, size: str) -> None:
        self._store.setValue("text_size", size)

    def language(self) -> str | None:
        value = self._store.value("language")
        return value if isinstance(value, str) and value.isalpha() and len(value) <= 3 else None

    def set_language(self, code: str) -> None:
        self._store.setValue("language", code)

    def contrast(self) -> str | None:
        value = self._store.value("contrast")
        return value if value in ("standard", "high") else None

    def set_contrast(self, contrast: str) -> None:
        self._store.setValue("contrast", contrast)

    def auto_read(self) -> bool:
        return str(self._store.value("auto_read", "false")).lower() == "true"

    def set_auto_read(self, auto: bool) -> None:
        self._store.setValue("auto_read", auto)

    def window_size(self) -> QSize | None:
        value = self._store.value("window_size")
        return value if isinstance(value, QSize) and value.isValid() else None

    def set_window_size(self, size: QSize) -> None:
        self._store.setValue("window_size", size)

    def maximized(self) -> bool:
        return str(self._store.value("maximized", "false")).lower() == "true"

    def set_maximized(self, maximized: bool) -> None:
        self._store.setValue("maximized", maximized)

    def sync(self) -> None:
        self._store.sync()
