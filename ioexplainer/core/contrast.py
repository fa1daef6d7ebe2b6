"""WCAG contrast ratios between colours given as #rrggbb (pure Python)."""

from __future__ import annotations


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour such as '#1f5f8b'."""
    value = colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    """(lighter + 0.05) / (darker + 0.05): 1 for the same colour, 21 for black on white."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
