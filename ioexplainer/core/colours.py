"""The app's colours as #rrggbb text (pure data): a calm standard set and a high-contrast set, each
checked by the tests (text 4.5:1, or 7:1 in high contrast; controls, focus rings and lines 3:1)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Colours:
    background: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_soft: str
    link: str
    border: str  # quiet dividers only: never the only way to see a control
    control_line: str  # scroll thumbs, slider tracks, outlines people must see (3:1)
    focus: str
    help: str  # the "When to get help" button and box edge


STANDARD = Colours(background="#f6f4ef", surface="#ffffff", text="#1c2730", muted="#4a5863", accent="#1f5f8b",
                   accent_soft="#dcebf5", link="#1a4f8a", border="#b9c3cb", control_line="#6b7780",
                   focus="#c25400", help="#a4262c")
HIGH = Colours(background="#ffffff", surface="#ffffff", text="#000000", muted="#262626", accent="#00305c",
               accent_soft="#cfe0f2", link="#00307a", border="#000000", control_line="#000000",
               focus="#8a3a00", help="#7a0010")
THEMES = {"standard": STANDARD, "high": HIGH}

# The standard set by name, for code that only ever uses it (the diagram's controls).
BACKGROUND = STANDARD.background
SURFACE = STANDARD.surface
TEXT = STANDARD.text
MUTED = STANDARD.muted
ACCENT = STANDARD.accent
ACCENT_SOFT = STANDARD.accent_soft
LINK = STANDARD.link
BORDER = STANDARD.border
FOCUS = STANDARD.focus
