"""How the window arranges its parts for the room it has (pure: no Qt).

Three arrangements, chosen from the window's size and the text size:

- "wide": topic list, text and diagram side by side (a landscape screen with room for three columns);
- "tall": a portrait screen; the diagram fills the top at full width, the text is under it, and the topic
  list is a "Topics" drawer;
- "compact": anything smaller (or larger text on a smaller screen); the topic list is a drawer and the text
  and the diagram are two tabs, so each has the whole window and nothing scrolls but the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Shape = Literal["wide", "tall", "compact"]

WIDE_WIDTH = 1280  # three columns need this much width at normal text (more at larger text)
WIDE_HEIGHT = 740  # and this much height, so the text shows ten lines and the diagram does not scroll
# A portrait screen needs this much height to stack the diagram over ten lines of text, times the text's
# growth: stacked at the largest text, a kiosk's picture went from 1006x722 to 1006x483; as two tabs it
# grows with the words (1006x1047)
TALL_HEIGHT = 1200
LEAST_SHARE = 0.42  # of a wide window's width for the picture, at least
LIST_AND_TEXT = 960  # px a laptop's topic list and text column need beside the picture, at normal text
LIST_AND_TEXT_LARGER = 1040  # ... and at larger text, times its growth's square root (longer lines of bigger words)
TALL_SHARES = (0.5, 0.7)  # of a portrait screen's height for the diagram: at least half, at most this much


@dataclass(frozen=True)
class Arrangement:
    shape: Shape
    drawer: bool  # the topic list is a "Topics" drawer, not a column
    diagram_share: float  # of the width (wide) or of the height (tall) that the diagram takes


def arrange(width: int, height: int, grow: float = 1.0, kiosk: bool = False, reading: float = 0.0) -> Arrangement:
    """The arrangement for a window of `width` x `height` pixels whose words are `grow` times the normal
    size. A kiosk never shows the list as a column: its start screen of topic tiles is the list.

    `reading`: the share of a portrait screen's diagram-and-text height that the text needs for ten lines
    (0: unknown). The diagram takes the rest, between half and TALL_SHARES[1]: the picture is the hero,
    and the text keeps its ten lines."""
    if width > height and width >= WIDE_WIDTH * grow and height >= WIDE_HEIGHT * grow:
        if kiosk:
            return Arrangement("wide", drawer=True, diagram_share=0.55)
        # A laptop's list and text need about 960 px (every topic in view, text lines of about 60 letters);
        # a wider window gives the rest to the picture, up to half its width (at 1920x1080 the picture went
        # from 815x646 to 894x646, and the scrubber beside the options from 170 to 249 px).
        three = 1 - (LIST_AND_TEXT if grow <= 1 else LIST_AND_TEXT_LARGER) * grow ** 0.5 / width
        if grow > 1 and three < LEAST_SHARE:
            # Larger text where three columns would leave the picture its least share: the list goes into
            # the drawer, and the picture takes what about 740 px of text leave, so it grows with the words
            # (at 1920x1080 and 26 px it had shrunk from 815x646 to 744x526)
            share = min(0.55, max(LEAST_SHARE, 1 - 740 * grow ** 0.5 / width))
            return Arrangement("wide", drawer=True, diagram_share=round(share, 3))
        share = min(0.5, max(LEAST_SHARE, three))
        return Arrangement("wide", drawer=False, diagram_share=round(share, 3))
    if height > width and height >= TALL_HEIGHT * grow and width >= 720:
        least, most = TALL_SHARES
        share = min(most, max(least, 1 - reading)) if reading > 0 else least
        return Arrangement("tall", drawer=True, diagram_share=round(share, 3))
    return Arrangement("compact", drawer=True, diagram_share=1.0)
