"""Colours, sizes and the style sheet: calm, high-contrast, large touch targets."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from ioexplainer.core.colours import (
    ACCENT,
    ACCENT_SOFT,
    BACKGROUND,
    BORDER,
    FOCUS,
    LINK,
    MUTED,
    STANDARD,
    SURFACE,
    TEXT,
    Colours,
)

__all__ = ["ACCENT", "ACCENT_SOFT", "BACKGROUND", "BORDER", "FOCUS", "LINK", "MUTED", "SURFACE", "TEXT"]

# Reading text in px; buttons and lists are 85% of it. A laptop's "largest" is twice "normal" (200%).
TEXT_PX = {"small": 17, "normal": 20, "large": 26, "largest": 40}
# A kiosk's two steps ("Larger text" off and on): on a small kiosk (1366x768) ten lines of 40 px would not
# fit, so its larger step stays at 34 px.
SMALL_KIOSK_PX = {**TEXT_PX, "largest": 34}
# A big kiosk screen is read from a metre, not 50 cm: body text 32 px, 42 px with "Larger text".
BIG_KIOSK_PX = {"small": 21, "normal": 25, "large": 32, "largest": 42}
BIG_KIOSK_FROM = 1000  # a screen at least this many pixels high (a 768 px screen is a small one)


def big_kiosk(kiosk: bool, width: int, height: int) -> bool:
    """Whether a kiosk's screen is big enough for its larger words (BIG_KIOSK_PX)."""
    return kiosk and min(width, height) >= BIG_KIOSK_FROM


@dataclass(frozen=True)
class Metrics:
    """Pixel sizes derived from the chosen text size."""

    body: int  # the topic text and diagram captions
    ui: int  # buttons, lists, labels
    small: int
    title: int
    target: int  # minimum height/width of anything you can press

    @classmethod
    def for_size(cls, size: str, kiosk: bool = False, big: bool = False) -> Metrics:
        """`kiosk`: touch targets of at least 60 px, pressed at arm's length (44 px on a laptop), and the
        kiosk's own text sizes; `big`: a big kiosk screen's larger words (see big_kiosk)."""
        table = BIG_KIOSK_PX if kiosk and big else SMALL_KIOSK_PX if kiosk else TEXT_PX
        body = table.get(size, table["normal"])
        ui = max(15, round(body * 0.85))
        # A finger on a kiosk needs a target that grows with the words; a mouse needs 44 px, and a button
        # only enough height to hold its words with a margin (it leaves the larger text room to read).
        target = max(60, round(ui * 2.6)) if kiosk else max(44, round(ui * 1.2 + 14))
        return cls(body=body, ui=ui, small=max(14, round(body * 0.8)), title=round(ui * 1.45), target=target)


def palette(colours: Colours = STANDARD) -> QPalette:
    """A light palette with the theme's colours."""
    BACKGROUND, SURFACE, TEXT, MUTED, ACCENT, LINK = (colours.background, colours.surface, colours.text,  # noqa: N806
                                                      colours.muted, colours.accent, colours.link)
    pal = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, BACKGROUND), (QPalette.ColorRole.Base, SURFACE),
        (QPalette.ColorRole.AlternateBase, BACKGROUND), (QPalette.ColorRole.Text, TEXT),
        (QPalette.ColorRole.WindowText, TEXT), (QPalette.ColorRole.ButtonText, TEXT),
        (QPalette.ColorRole.Button, SURFACE), (QPalette.ColorRole.Highlight, ACCENT),
        (QPalette.ColorRole.HighlightedText, SURFACE), (QPalette.ColorRole.Link, LINK),
        (QPalette.ColorRole.LinkVisited, LINK), (QPalette.ColorRole.ToolTipBase, SURFACE),
        (QPalette.ColorRole.ToolTipText, TEXT), (QPalette.ColorRole.PlaceholderText, MUTED),
    ):
        pal.setColor(role, QColor(colour))
    return pal


def style_sheet(size: str, family: str | None, colours: Colours = STANDARD, kiosk: bool = False,
                big: bool = False, header_size: str = "", rings: bool = True) -> str:
    """The application style sheet for one text size and one set of colours (bigger targets on a kiosk).
    `header_size`: the header's buttons keep this size whatever the text size (a kiosk's, at its starting
    size: "Larger text" grows the words to read, and the button just pressed stays where it was).
    `rings`: focus shows (see _focus_rules); the window shows it once a key is pressed (see FocusRings)."""
    m = Metrics.for_size(size, kiosk, big)
    c = colours
    BACKGROUND, SURFACE, TEXT, MUTED, ACCENT, ACCENT_SOFT, LINK, BORDER = (  # noqa: N806
        c.background, c.surface, c.text, c.muted, c.accent, c.accent_soft, c.link, c.border)
    LINE, HELP = c.control_line, c.help  # noqa: N806
    font = f'font-family: "{family}";' if family else ""
    return f"""
    QWidget {{ {font} font-size: {m.ui}px; color: {TEXT}; }}
    QTextBrowser {{ font-size: {m.body}px; }}
    QMainWindow, #central {{ background: {BACKGROUND}; }}
    #header {{ background: {SURFACE}; border-bottom: 1px solid {BORDER}; }}
    #appTitle {{ font-size: {m.title}px; font-weight: bold; color: {ACCENT}; }}
    #panelTitle {{ font-size: {round(m.ui * 1.1)}px; font-weight: bold; color: {TEXT}; }}
    #muted {{ color: {MUTED}; font-size: {m.small}px; }}
    QPushButton, QToolButton {{
        background: {SURFACE}; border: 2px solid {ACCENT}; color: {ACCENT}; font-weight: bold; {_box(m)}
    }}
    QPushButton:hover, QToolButton:hover {{ background: {ACCENT_SOFT}; }}
    QPushButton:pressed, QToolButton:pressed, QToolButton:checked {{ background: {ACCENT}; color: {SURFACE}; }}
    QPushButton:disabled, QToolButton:disabled {{
        border-style: dashed; border-color: {LINE}; color: {LINE}; background: transparent;
    }}
    #primary {{ background: {ACCENT}; color: {SURFACE}; border-radius: {m.target // 2}px; }}  /* acts: round ends */
    #primary:hover {{ background: {TEXT}; }}
    #primary:disabled {{ background: transparent; color: {LINE}; }}
    QListWidget {{
        background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 10px; padding: 6px; outline: none;
    }}
    QListWidget::item {{
        min-height: {m.target}px; padding: 6px 10px; border-radius: 8px; margin: 2px 0;
        border-left: 6px solid transparent; color: {TEXT};
    }}
    QListWidget::item:hover {{ background: {BACKGROUND}; }}
    QListWidget::item:selected {{ background: {ACCENT_SOFT}; color: {TEXT}; border-left: 6px solid {ACCENT}; }}
    QTextBrowser {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 10px; }}
    #bigPrimary {{
        background: {ACCENT}; color: {SURFACE}; font-size: {round(m.title * 1.1)}px; min-height: {m.target * 2}px;
        border-radius: {m.target // 2}px;
    }}
    #attract {{ background: {BACKGROUND}; }}
    #attractMain {{ font-size: {round(m.title * 1.6)}px; font-weight: bold; color: {ACCENT}; }}
    #attractOther {{ font-size: {round(m.title * 1.1)}px; color: {MUTED}; }}
    #attractStart {{ font-size: {round(m.title * 1.3)}px; font-weight: bold; color: {SURFACE}; background: {ACCENT};
                     border: 6px solid {ACCENT_SOFT}; border-radius: 20px; padding: 18px 56px; }}
    #attractStart[bright="true"] {{ border: 6px solid {ACCENT}; background: {LINK}; }}
    #pinKey, #primary[pinKey="true"] {{ font-size: {m.title}px; min-height: {round(m.target * 1.3)}px; }}
    #pinDots {{ font-size: {m.title}px; letter-spacing: 6px; min-height: {m.target}px; }}
    #iconButton {{ padding: 0; min-width: {m.target}px; max-width: {m.target}px; }}
    #segment {{
        border-width: 2px; font-weight: normal; padding: 0 {m.ui // 4 + 2}px; border-radius: {m.target // 8}px;
    }}  /* a choice: square corners, filled when chosen (a button that acts has round ends) */
    #segment:checked {{ background: {ACCENT}; color: {SURFACE}; }}
    #bigChoice:checked {{ background: {ACCENT}; color: {SURFACE}; }}
    #sizeToggle:checked {{ background: {ACCENT}; color: {SURFACE}; }}
    #diagramStep {{ font-weight: bold; color: {ACCENT}; }}
    #diagramCaption {{ font-size: {m.body}px; }}
    #linkButton {{ border: none; background: transparent; color: {LINK}; text-decoration: underline; text-align: left;
                   padding: 0; min-height: {m.target}px; margin: 3px; }}
    QSlider {{ min-height: {m.target}px; }}
    QSlider::groove:horizontal {{ height: 8px; background: {LINE}; border-radius: 4px; }}
    QSlider::sub-page:horizontal {{ background: {ACCENT}; border-radius: 4px; }}
    QSlider::handle:horizontal {{
        background: {SURFACE}; border: 3px solid {ACCENT}; width: {m.target // 2}px;
        margin: -{m.target // 4 - 2}px 0; border-radius: {m.target // 4}px;
    }}
    #startHeading {{ font-size: {m.title}px; font-weight: bold; color: {TEXT}; }}
    #tile {{ background: {SURFACE}; border: 2px solid {BORDER}; border-radius: 16px; padding: 0; text-align: left; }}
    #tile:hover {{ background: {ACCENT_SOFT}; }}
    #tile:pressed {{ background: {ACCENT_SOFT}; border: 3px solid {ACCENT}; }}
    #tile[help="true"] {{ border: 3px solid {HELP}; }}
    #tileTitle {{ font-size: {round(m.body * 0.95)}px; font-weight: bold; color: {TEXT}; }}
    #tile[help="true"] #tileTitle {{ color: {HELP}; }}
    #tileSummary {{ font-size: {m.ui}px; color: {MUTED}; }}
    #tileMark {{ font-size: {m.ui}px; font-weight: bold; color: {ACCENT}; background: {SURFACE};
                border: 2px solid {ACCENT}; border-radius: 8px; padding: 2px 10px; }}
    #tilePicture {{ border-radius: 10px; background: {BACKGROUND}; }}
    #panel {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 10px; }}
    #helpButton {{
        background: {HELP}; color: {SURFACE}; border: 2px solid {HELP}; font-weight: bold;
        border-radius: {m.target // 2}px;
    }}
    #card {{ background: {SURFACE}; border: 3px solid {ACCENT}; border-radius: 16px; }}
    #cardScroll {{ border: 3px solid transparent; border-radius: 8px; padding: 2px 0 2px 6px; }}  /* ring room */
    #cardText {{ font-size: {m.body}px; }}
    #cardTerm {{ font-size: {m.title}px; font-weight: bold; color: {ACCENT}; }}
    #card[help="true"] {{ border: 4px solid {HELP}; }}
    #card[help="true"] #cardTerm {{ color: {HELP}; }}
    #backdrop {{ background: rgba(28, 39, 48, 140); }}
    QScrollBar:vertical {{ width: {max(14, m.ui // 2)}px; background: {BACKGROUND}; }}
    QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; border: none; }}
    QScrollBar::handle:vertical {{ background: {LINE}; border-radius: 6px; min-height: 40px; }}
    QSplitter::handle {{ background: {BACKGROUND}; }}
    QScrollArea {{ background: transparent; }}
    QScrollArea > QWidget > QWidget {{ background: transparent; }}
    """ + (_focus_rules(m, c) if rings else "") + (
        _header_style(Metrics.for_size(header_size, kiosk, big), rings) if header_size else "")


def _focus_rules(m: Metrics, c: Colours) -> str:
    """Where keyboard focus is: a ring 1 px thicker than the border (the box keeps its size: see _box), so
    focus moves nothing and, left out, changes nothing but the ring. After the rules they override (a focused
    "When to get help" tile showed its red border, not the ring)."""
    return f"""
    QPushButton:focus, QToolButton:focus {{ border: 3px solid {c.focus}; {_focus_box(m)} }}
    QListWidget:focus {{ border: 2px solid {c.accent}; }}
    QTextBrowser:focus {{ border: 2px solid {c.accent}; }}
    #bigPrimary:focus {{ border: 4px solid {c.focus}; }}
    #linkButton:focus {{ border: 3px solid {c.focus}; margin: 0; }}
    QSlider:focus {{ background: {c.accent_soft}; border-radius: 8px; }}
    #tile:focus {{ border: 4px solid {c.focus}; }}
    #helpButton:focus {{ border: 3px solid {c.focus}; }}
    #cardScroll:focus {{ border-color: {c.focus}; }}
    """


def _box(m: Metrics) -> str:
    """A button's size: its target, padding and corners, and a 1 px margin above and below that its
    focus ring (1 px thicker than its border) takes, so focus moves nothing (see _focus_box)."""
    return (f"border-radius: {m.target // 4}px; min-height: {m.target}px; min-width: {m.target}px; "
            f"padding: 0 {m.ui // 2 + 4}px; margin: 1px 0;")


def _focus_box(m: Metrics) -> str:
    return f"margin: 0; padding: 0 {m.ui // 2 + 3}px;"


def _header_style(m: Metrics, rings: bool = True) -> str:
    """The header's title and buttons at the metrics `m` (more specific than the rules they replace)."""
    return f"""
    #header #appTitle {{ font-size: {m.title}px; }}
    #header QPushButton {{ font-size: {m.ui}px; {_box(m)} }}
    {f"#header QPushButton:focus {{ {_focus_box(m)} }}" if rings else ""}
    #header #primary, #header #helpButton {{ border-radius: {m.target // 2}px; }}
    """
