"""The app's colours as #rrggbb text (pure data, shared by the widgets and the diagram controls)."""

# Contrast on BACKGROUND / SURFACE (WCAG, checked in tests): TEXT 13.8 / 15.2, MUTED 6.7 / 7.3,
# ACCENT 6.2 / 6.8, LINK 7.6 / 8.3.
BACKGROUND = "#f6f4ef"
SURFACE = "#ffffff"
TEXT = "#1c2730"
MUTED = "#4a5863"
ACCENT = "#1f5f8b"
ACCENT_SOFT = "#dcebf5"
LINK = "#1a4f8a"
BORDER = "#b9c3cb"
FOCUS = "#c25400"
