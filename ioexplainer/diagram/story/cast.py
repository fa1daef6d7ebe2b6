"""Where the cells sit and where their molecules are (pure geometry in scene units)."""

from __future__ import annotations

import math

# The main cancer cell, the hidden cancer cell (no MHC holders), the healthy cell.
CANCER = (1000.0, 440.0, 170.0)
HIDDEN = (1300.0, 700.0, 95.0)
NK_SPOT = (1490.0, 790.0)  # where the NK cell settles beside the hidden cell
REMAINING = (900.0, 120.0, 85.0)  # after therapy: a cancer cell the T cells have not reached yet
HEALTHY = (1420.0, 150.0, 72.0)
DAUGHTER = (1180.0, 200.0, 120.0)  # where a dividing cancer cell's daughter ends up: beside its parent, not in it
T_RADIUS = 80.0
NK_RADIUS = 90.0
ANTIBODY_SIZE = 34.0
RECEPTOR_LENGTH = 28.0  # T-cell receptor and PD-1 stick out this far from a T cell
GAP = 40.0  # between a docked T cell and the cancer cell, bridged by the molecules
DOCK = (CANCER[0] - CANCER[2] - T_RADIUS - GAP, CANCER[1])
PD1_ANGLE = 40.0  # PD-1 sits this many degrees either side of where the T cell faces
PDL1_ANGLE = 17.0  # PD-L1 sits this many degrees either side of the point facing the T cell
MHC_ANGLES = (180.0, 118.0, 242.0, 62.0, 300.0)  # cups on the cancer cell; 180 faces the docked T cell
PDL1_ANGLES = (180.0 - PDL1_ANGLE, 180.0 + PDL1_ANGLE, 90.0, 270.0, 0.0)


def on_circle(cx: float, cy: float, r: float, degrees: float) -> tuple[float, float]:
    """A point on a circle; 0 degrees is to the right, 90 is down (screen coordinates)."""
    a = math.radians(degrees)
    return cx + r * math.cos(a), cy + r * math.sin(a)


def pd1_tips(x: float, y: float, facing: float = 0.0) -> tuple[tuple[float, float], tuple[float, float]]:
    """The tips of a T cell's two PD-1 stalks."""
    return (on_circle(x, y, T_RADIUS + RECEPTOR_LENGTH, facing - PD1_ANGLE),
            on_circle(x, y, T_RADIUS + RECEPTOR_LENGTH, facing + PD1_ANGLE))


def receptor_tip(x: float, y: float, facing: float = 0.0) -> tuple[float, float]:
    return on_circle(x, y, T_RADIUS + RECEPTOR_LENGTH, facing)


def mhc_point(index: int = 0) -> tuple[float, float]:
    """Where MHC cup `index` sits on the main cancer cell (0 faces the docked T cell)."""
    cx, cy, r = CANCER
    return on_circle(cx, cy, r, MHC_ANGLES[index])

# How big each molecule is drawn, across its longest side (scene units): the camera's close-ups are
# sized from these so that each reads from a metre away.
MOLECULES = {
    "T-cell receptor": RECEPTOR_LENGTH + 26.0,  # stalk and the open shape at its end
    "MHC holder": 34.0,
    "PD-1": RECEPTOR_LENGTH + 16.0,  # stalk and its square end
    "PD-L1": 14.0 + 20.0,  # stalk and its round knob
    "antibody": ANTIBODY_SIZE,
}
