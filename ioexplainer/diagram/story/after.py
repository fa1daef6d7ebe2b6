"""After therapy: antibodies arrive from a blood vessel and cover PD-1, the T cell stays on, kills the
cancer cell, and T cells multiply. A cancer cell that shows no MHC holders stays hidden: losing them is a
known way tumours resist these medicines. NK cells are left out here: their role with these medicines is
a research question, and the picture claims no more than the evidence."""

from __future__ import annotations

from ioexplainer.diagram.story.cast import (
    ANTIBODY_SIZE,
    CANCER,
    DOCK,
    HEALTHY,
    REMAINING,
    T_RADIUS,
    pd1_tips,
    receptor_tip,
)
from ioexplainer.diagram.story.model import Actor, Bond, BondKind, Frame, Kind, Label, Particle, State
from ioexplainer.diagram.story.phases import AFTER
from ioexplainer.diagram.story.tracks import Key, clamp01, fade_in, lerp, position, ramp, smooth

TIPS = pd1_tips(*DOCK)
VESSEL = (40.0, 450.0, 30.0)  # x, y, half-width of the small blood vessel at the left edge
ANTIBODY_KEYS = (  # each leaves the vessel, drifts through the tissue (under the cells) and settles
    (Key(0, 40, 300), Key(4.5, 560, 250), Key(7.0, TIPS[0][0], TIPS[0][1] - 20)),
    (Key(0, 40, 620), Key(4.5, 560, 640), Key(7.0, TIPS[1][0], TIPS[1][1] + 20)),
    (Key(0.6, 40, 180), Key(9, 420, 140), Key(20, 640, 60), Key(29.5, 760, 40)),
    (Key(1.2, 40, 560), Key(9, 300, 520), Key(20, 520, 560), Key(29.5, 700, 600)),
)
T2_KEYS = (Key(0, 160, 770), Key(14, 420, 800), Key(29.5, 640, 760))
T4_KEYS = (Key(20.5, *DOCK), Key(23.5, 560, 260), Key(29.5, 690, 260))  # patrols on, towards the last cell
T5_KEYS = (Key(20.5, *DOCK), Key(24.5, 980, 320), Key(27.5, 1200, 260))
T1_KEYS = (Key(20.5, *DOCK), Key(24.5, 820, 610), Key(29.5, 1060, 570))
COVER = (6.0, 7.4)  # antibodies settle on PD-1
RELEASE = (6.4, 8.0)  # the PD-1/PD-L1 brake comes apart
ATTACK = (14.5, 18.6)  # perforin and granzymes travel into the cancer cell
DIE = (16.2, 19.4)  # the cancer cell shrinks, blebs and fades (apoptosis)
DIVIDE = (19.6, 21.2)
WARN = (25.5, 27.2)


def frame(t: float, index: int, progress: float) -> Frame:
    phase = AFTER[index].phase_id
    cover = ramp(t, *COVER)
    release = ramp(t, *RELEASE)
    dying = ramp(t, *DIE)
    t1 = _t1(t, release, dying)
    actors: list[Actor] = [Actor("V", Kind.VESSEL, VESSEL[0], VESSEL[1], VESSEL[2])]
    for number, path in enumerate(ANTIBODY_KEYS, start=1):  # first in the list: drawn under every cell
        bound = number <= 2  # A1 and A2 settle on PD-1 and from then on are drawn as part of the T cell
        if t >= path[0].t and (not bound or t < COVER[1]):
            actors.append(Actor(f"A{number}", Kind.ANTIBODY, *position(path, t), ANTIBODY_SIZE, State.RESTING,
                                angle=_antibody_angle(number, t), opacity=1.0 - cover if bound else 1.0))
    actors += [Actor("H", Kind.HEALTHY_CELL, *HEALTHY, State.RESTING, warning=ramp(t, *WARN)),
               Actor("C4", Kind.CANCER_CELL, *REMAINING, State.RESTING, receptor="tri", has_mhc=False)]
    if dying < 1.0:
        actors.append(Actor("C1", Kind.CANCER_CELL, *CANCER, State.DYING if dying > 0 else State.RESTING,
                            receptor="tri", apoptosis=dying))
    actors.append(Actor("T2", Kind.T_CELL, *position(T2_KEYS, t), T_RADIUS, State.PATROLLING, receptor="square"))
    for daughter, keys in (("T4", T4_KEYS), ("T5", T5_KEYS)):
        if t >= keys[0].t:
            x, y = position(keys, t)
            actors.append(Actor(daughter, Kind.T_CELL, x, y, T_RADIUS * (0.7 + 0.3 * ramp(t, keys[0].t, 22.5)),
                                State.PATROLLING, activation=1.0, receptor="tri", pd1_covered=1.0,
                                opacity=smooth((t - keys[0].t) / 0.8)))
    actors.append(t1)
    bonds = []
    lock = 1.0 - ramp(t, 18.4, 19.4)
    if lock > 0:  # dim while the brake still holds the T cell off, bright once the medicine frees it
        bonds.append(Bond(BondKind.TCR_MHC, "T1", "C1", lock, glow=0.2 + 0.8 * release))
    if release < 1.0:
        bonds.append(Bond(BondKind.PD1_PDL1, "T1", "C1", 1.0 - release))
    if cover > 0 and t < DIVIDE[0]:
        bonds.extend((Bond(BondKind.ANTIBODY_PD1, "A1", "T1", cover), Bond(BondKind.ANTIBODY_PD1, "A2", "T1", cover)))
    particles = _particles(t)
    return Frame("after", t, index, phase, progress, tuple(actors), tuple(bonds), particles,
                 _labels(phase, progress, t))


def _t1(t: float, release: float, dying: float) -> Actor:
    if t < RELEASE[1]:
        state = State.SWITCHED_OFF
    elif t < ATTACK[0]:
        state = State.BOUND
    elif dying < 1.0:
        state = State.ATTACKING
    elif t < DIVIDE[1]:
        state = State.DIVIDING
    else:
        state = State.PATROLLING
    activation = ramp(t, RELEASE[1] - 0.4, RELEASE[1] + 1.2)
    x, y = position(T1_KEYS, t)
    return Actor("T1", Kind.T_CELL, x, y, T_RADIUS, state, activation=activation, receptor="tri",
                 pd1_covered=ramp(t, *COVER), division=ramp(t, *DIVIDE) if t < DIVIDE[1] else 0.0)


def _antibody_angle(number: int, t: float) -> float:
    """Free antibodies tumble gently; bound ones point their arms at PD-1."""
    if number == 1:
        return lerp(30.0 * smooth(t / 4.5), 90.0, ramp(t, 4.5, 7.0))
    if number == 2:
        return lerp(-30.0 * smooth(t / 4.5), -90.0, ramp(t, 4.5, 7.0))
    return 25.0 * number + 12.0 * t


def _particles(t: float) -> tuple[Particle, ...]:
    """Perforin (makes holes) and granzymes (go in) from the T cell into the cancer cell."""
    out = []
    sources = ((receptor_tip(*DOCK), CANCER, ATTACK),)
    for (sx, sy), (cx, cy, r), (start, end) in sources:
        if not start <= t <= end + 0.8:
            continue
        for i in range(10):
            launch = start + (end - start) * i / 10
            f = clamp01((t - launch) / 1.1)
            if f <= 0.0 or f >= 1.0:
                continue
            spread = (i % 5 - 2) * 0.18 * r
            tx, ty = cx - (cx - sx) * 0.35, cy + spread
            out.append(Particle(lerp(sx, tx, smooth(f)), lerp(sy + spread * 0.3, ty, smooth(f)),
                                "perforin" if i % 2 == 0 else "granzyme", 1.0 - ramp(f, 0.75, 1.0)))
    return tuple(out)


def _labels(phase: str, progress: float, t: float) -> tuple[Label, ...]:
    o = fade_in(progress)
    if phase == "arrive":
        x, y = position(ANTIBODY_KEYS[2], t)
        return (Label("antibody", x, y + ANTIBODY_SIZE, 30, 90, o, "A3"),
                Label("vessel", VESSEL[0] + VESSEL[2], 820, 40, 20, o, "V"),
                Label("switched-off", DOCK[0], DOCK[1] + T_RADIUS, -90, 90, o, "T1", edge=True))
    if phase == "block":
        return (Label("antibody-blocks", TIPS[0][0] + 14, TIPS[0][1] - 14, -170, -150, o, "T1"),)
    if phase == "rematch":
        return (Label("stays-on", DOCK[0], DOCK[1] - T_RADIUS, -80, -120, o, "T1", edge=True),)
    if phase == "attack":
        x, y = receptor_tip(*DOCK)
        return (Label("perforin", x + 40, y + 20, -140, 170, o, "T1"),
                Label("apoptosis", CANCER[0] + 60, CANCER[1] - CANCER[2] * 0.8, 40, -80, o, "C1", edge=True))
    if phase == "expand":
        x, y = position(T4_KEYS, t)
        return (Label("more-t-cells", x, y - T_RADIUS, -60, -70, o, "T4", edge=True),)
    if phase == "recap":  # what it all comes to: T cells on and multiplying, the tumour cell gone
        x, y = position(T4_KEYS, t)
        return (Label("recap-after", x, y + T_RADIUS, 0, 120, o, "T4", edge=True),)
    return (Label("side-effects", HEALTHY[0] + HEALTHY[2] * 0.5, HEALTHY[1] + HEALTHY[2], 0, 200, o, "H", edge=True),
            Label("still-there", REMAINING[0] + REMAINING[2], REMAINING[1], 150, -50, o, "C4", edge=True))
