"""Translatable words drawn inside the diagram: label names and scenario titles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Diagram", text)


def label_texts() -> dict[str, str]:
    """Label key (from the story) -> the name shown, in the current language."""
    return {
        "t-cell": _tr("Killer T cell"),
        "cancer-cell": _tr("Cancer cell"),
        "healthy-cell": _tr("Healthy cell"),
        "mhc": _tr("MHC holder with a piece"),
        "receptor": _tr("Receptor fits the piece"),
        "no-match": _tr("No match: drifts past"),
        "pd-1": _tr("PD-1 (on T cell)"),
        "pd-l1": _tr("PD-L1 (on cancer cell)"),
        "hidden-cell": _tr("Hiding: no holders"),
        "nk-cell": _tr("NK cell notices"),
        "tumour-grows": _tr("Tumour grows"),
        "switched-off": _tr("Switched off"),
        "antibody": _tr("Medicine (antibody)"),
        "antibody-blocks": _tr("Antibody covers PD-1"),
        "stays-on": _tr("T cell stays on"),
        "perforin": _tr("Perforin and granzymes"),
        "apoptosis": _tr("Cancer cell dies"),
        "more-t-cells": _tr("More T cells"),
        "nk-attacks": _tr("NK cell attacks"),
        "side-effects": _tr("Healthy cell: watch for side effects"),
        "still-there": _tr("Not every cancer cell is gone"),
    }


def scenario_titles() -> dict[str, str]:
    return {"before": _tr("Before therapy"), "after": _tr("After therapy"), "side-by-side": _tr("Side by side")}
