"""Contrast, computed from the real colours of both themes: text 4.5:1 (7:1 in high contrast); controls,
focus rings, link underlines and the diagram's shapes 3:1 (WCAG 1.4.3, 1.4.6, 1.4.11)."""

from __future__ import annotations

import pytest

from ioexplainer.core.colours import THEMES, Colours
from ioexplainer.core.contrast import contrast_ratio
from ioexplainer.diagram.paint import palette
from ioexplainer.ui import topic_document


@pytest.mark.parametrize("theme", ["standard", "high"])
def test_interface_text_and_controls(theme: str) -> None:
    c: Colours = THEMES[theme]
    text = 7.0 if theme == "high" else 4.5
    for ground in (c.background, c.surface):
        assert contrast_ratio(c.text, ground) >= text
        assert contrast_ratio(c.muted, ground) >= text
        assert contrast_ratio(c.accent, ground) >= text  # button words and outlines
        assert contrast_ratio(c.control_line, ground) >= 3.0  # scroll thumbs, slider tracks
        assert contrast_ratio(c.focus, ground) >= 3.0  # focus rings
    assert contrast_ratio(c.surface, c.accent) >= text  # words on filled buttons
    assert contrast_ratio(c.surface, c.help) >= text  # the "When to get help" button
    assert contrast_ratio(c.link, c.surface) >= text


@pytest.mark.parametrize("theme", ["standard", "high"])
def test_topic_links_help_box_and_foot(theme: str) -> None:
    topic_document.use_theme(theme)
    try:
        text = 7.0 if theme == "high" else 4.5
        body = THEMES[theme].text
        assert contrast_ratio(topic_document.TERM_LINK, "#ffffff") >= text
        if theme == "standard":  # glossary words differ from the body text by colour as well as the underline
            assert contrast_ratio(topic_document.TERM_LINK, body) >= 3.0
        assert contrast_ratio(topic_document.TOPIC_LINK, "#ffffff") >= text
        assert contrast_ratio(topic_document.HELP_TITLE, topic_document.HELP_BACKGROUND) >= text
        assert contrast_ratio(topic_document.HELP_BORDER, topic_document.HELP_BACKGROUND) >= 3.0
        assert contrast_ratio(topic_document.FOOT_TEXT, "#ffffff") >= text
        assert contrast_ratio(topic_document.TABLE_BORDER, "#ffffff") >= 3.0
    finally:
        topic_document.use_theme("standard")


@pytest.mark.parametrize("theme", ["standard", "high"])
def test_diagram_shapes_and_words(theme: str) -> None:
    palette.use(theme)
    try:
        for ground in (palette.BACKGROUND, palette.TISSUE):
            for name, colour in palette.GRAPHICS.items():
                assert contrast_ratio(colour, ground) >= (4.5 if theme == "high" else 3.0), (theme, name)
        for name, colour in palette.TEXT.items():
            assert contrast_ratio(colour, palette.LABEL_BOX) >= (7.0 if theme == "high" else 4.5), name
    finally:
        palette.use("standard")
