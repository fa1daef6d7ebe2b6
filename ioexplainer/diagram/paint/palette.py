"""The diagram's colours (pure data). Outlines and shapes keep 3:1 against the background (WCAG 1.4.11);
hues follow the Okabe-Ito colour-blind-safe set, and every actor also differs in shape."""

from __future__ import annotations

BACKGROUND = "#fbf9f4"
TISSUE = "#f3efe6"
T_FILL = "#d6e8f7"
T_FILL_OFF = "#e3e6ea"
T_LINE = "#1f5fa8"
T_LINE_OFF = "#5d6b78"
T_NUCLEUS = "#a9cbe9"
T_GLOW = "#f0b429"
CANCER_FILL = "#fbd9bf"
CANCER_LINE = "#b34700"
CANCER_NUCLEUS = "#f1b48a"
NK_FILL = "#e7dcf1"
NK_LINE = "#6a3d9a"
NK_GRAIN = "#8e63b8"
HEALTHY_FILL = "#d3efdf"
HEALTHY_LINE = "#1e7b4f"
HEALTHY_NUCLEUS = "#a4d9bd"
NORMAL_PIECE = "#6b7780"  # a healthy cell's own, normal piece in its MHC holder: no receptor fits it
T_GRANULE = "#173f6b"  # granules of an activated killer T cell (a cue that is not colour alone)
VESSEL_FILL = "#f6d5d5"
VESSEL_LINE = "#a4262c"
WARNING = "#a15c00"
ANTIBODY = "#0b6e6e"
ANTIGEN = "#e8a317"
ANTIGEN_LINE = "#6b4700"
MHC = "#7a3a12"
PD1 = "#173f6b"
PDL1 = "#8c3b00"
BRAKE = "#b3261e"
LOCK = "#f0b429"
PERFORIN = "#8e2472"
GRANZYME = "#005f73"
LABEL_TEXT = "#1c2730"
LABEL_BOX = "#ffffff"
LABEL_LINE = "#4a5863"
TITLE = "#1c2730"

# Colours that must stand out from the background at 3:1 (lines and shapes) and 4.5:1 (text).
GRAPHICS = {
    "T_LINE": T_LINE, "T_LINE_OFF": T_LINE_OFF, "CANCER_LINE": CANCER_LINE, "NK_LINE": NK_LINE,
    "HEALTHY_LINE": HEALTHY_LINE, "ANTIBODY": ANTIBODY, "MHC": MHC, "PD1": PD1, "PDL1": PDL1, "BRAKE": BRAKE,
    "PERFORIN": PERFORIN, "GRANZYME": GRANZYME, "WARNING": WARNING, "LABEL_LINE": LABEL_LINE,
    "ANTIGEN_LINE": ANTIGEN_LINE, "NORMAL_PIECE": NORMAL_PIECE, "T_GRANULE": T_GRANULE, "VESSEL_LINE": VESSEL_LINE,
}
TEXT = {"LABEL_TEXT": LABEL_TEXT, "TITLE": TITLE}

# The high-contrast picture: white ground, darker outlines and lines, black words.
_STANDARD = {name: value for name, value in globals().items() if name.isupper() and isinstance(value, str)}
HIGH_CONTRAST = {
    "BACKGROUND": "#ffffff", "TISSUE": "#f2f2f2", "T_LINE": "#0b3d7a", "T_LINE_OFF": "#3d4650",
    "CANCER_LINE": "#7a2e00", "NK_LINE": "#4b1f73", "HEALTHY_LINE": "#0f4d30", "ANTIBODY": "#004848",
    "MHC": "#5a2a0c", "PD1": "#0d2a4a", "PDL1": "#6b2d00", "BRAKE": "#8a0d12", "LABEL_TEXT": "#000000",
    "LABEL_LINE": "#000000", "TITLE": "#000000", "ANTIGEN_LINE": "#3d2800", "NORMAL_PIECE": "#3d464d",
    "T_GRANULE": "#0d2a4a", "VESSEL_LINE": "#7a0010", "WARNING": "#6b3d00", "PERFORIN": "#6a1a55",
    "GRANZYME": "#003d4a",
}


def use(theme: str) -> None:
    """Draw from now on with the "standard" or "high" contrast colours (the caches must be emptied too)."""
    values = {**_STANDARD, **(HIGH_CONTRAST if theme == "high" else {})}
    globals().update(values)
    GRAPHICS.update({name: values[name] for name in GRAPHICS})
    TEXT.update({name: values[name] for name in TEXT})


def current() -> dict[str, str]:
    return {name: globals()[name] for name in _STANDARD}
