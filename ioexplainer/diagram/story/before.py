"""Before therapy: T cells find the cancer cell, the PD-1/PD-L1 brake switches them off, the tumour grows."""

from __future__ import annotations

from dataclasses import replace

from ioexplainer.diagram.story.cast import (
    CANCER,
    DAUGHTER,
    DOCK,
    HEALTHY,
    HIDDEN,
    NK_RADIUS,
    NK_SPOT,
    T_RADIUS,
    mhc_point,
    on_circle,
    pd1_tips,
    receptor_tip,
)
from ioexplainer.diagram.story.model import (
    SCENE_HEIGHT,
    SCENE_WIDTH,
    Actor,
    Bond,
    BondKind,
    Frame,
    Kind,
    Label,
    Particle,
    State,
)
from ioexplainer.diagram.story.phases import BEFORE
from ioexplainer.diagram.story.tracks import Key, clamp01, fade_in, lerp, position, ramp, smooth

# T1 carries the receptor that fits the cancer cell's antigen ("tri"); T2 and T3 carry others.
T1_KEYS = (Key(0, -80, 250), Key(5, 420, 330), Key(9.5, 560, 400), Key(12, *DOCK))
T2_KEYS = (Key(0, -80, 640), Key(5, 380, 640), Key(9.5, 620, 740), Key(14, 1060, 800), Key(19, 1160, 1010))
T3_KEYS = (Key(0, 200, -80), Key(5, 520, 150), Key(9.5, 760, 130), Key(14, 1000, 120), Key(19, 1120, 120),
           Key(20.5, 1290, 280), Key(21.5, 1310, 460), Key(24, 1560, 470), Key(29, 1720, 430))
NK_KEYS = (Key(19, 1720, 960), Key(22, *NK_SPOT))
LOCK = (11.5, 12.5)  # the receptor locks onto its antigen piece
BRAKE = (15.0, 16.2)  # PD-L1 joins PD-1
NK_KILL = (22.3, 23.3)  # the NK cell's own "missing self" attack on the hiding cell (no medicine needed)
NK_DIE = (22.9, 24.6)
DIVIDE = (24.5, 28.5)  # ...but it cannot keep up: the main tumour divides


def frame(t: float, index: int, progress: float) -> Frame:
    phase = BEFORE[index].phase_id
    lock = ramp(t, *LOCK)
    brake = ramp(t, *BRAKE)
    activation = ramp(t, 12.0, 13.4) * (1.0 - ramp(t, 16.2, 17.6))
    if t < LOCK[1] - 0.5:
        t1_state = State.PATROLLING
    elif brake < 1.0:
        t1_state = State.BOUND
    else:
        t1_state = State.SWITCHED_OFF
    t1 = Actor("T1", Kind.T_CELL, *position(T1_KEYS, t), T_RADIUS, t1_state, activation=activation,
               receptor="tri")
    t2 = _leaving(Actor("T2", Kind.T_CELL, *position(T2_KEYS, t), T_RADIUS, State.PATROLLING, receptor="square"))
    t3 = _leaving(Actor("T3", Kind.T_CELL, *position(T3_KEYS, t), T_RADIUS, State.PATROLLING, receptor="round"))
    growth = ramp(t, *DIVIDE)
    cancer = Actor("C1", Kind.CANCER_CELL, *CANCER, State.DIVIDING if growth > 0 else State.RESTING,
                   receptor="tri", division=growth)
    nk_dying = ramp(t, *NK_DIE)
    healthy = Actor("H", Kind.HEALTHY_CELL, *HEALTHY, State.RESTING)
    actors = [healthy, cancer, t2, t3, t1]
    if nk_dying < 1.0:
        actors.insert(2, Actor("C2", Kind.CANCER_CELL, *HIDDEN, State.DYING if nk_dying > 0 else State.RESTING,
                               receptor="tri", has_mhc=False, apoptosis=nk_dying))
    if growth > 0:
        actors.insert(2, _daughter(growth))
    if t >= NK_KEYS[0].t:
        nk_state = (State.ATTACKING if NK_KILL[0] <= t < NK_DIE[1] else
                    State.NOTICING if t >= 22.0 else State.PATROLLING)
        actors.append(Actor("NK", Kind.NK_CELL, *position(NK_KEYS, t), NK_RADIUS, nk_state, angle=200.0,
                            activation=ramp(t, 22.0, 23.0) * 0.6 + 0.4 * ramp(t, *NK_KILL) * (1 - nk_dying)))
    bonds = []
    if lock > 0:  # the contact glow dims while the brake holds the T cell off
        bonds.append(Bond(BondKind.TCR_MHC, "T1", "C1", lock, glow=1.0 - 0.8 * brake))
    if brake > 0:
        bonds.append(Bond(BondKind.PD1_PDL1, "T1", "C1", brake))
    particles = missing_self_attack(t, NK_KILL)
    return Frame("before", t, index, phase, progress, tuple(actors), tuple(bonds), particles,
                 _labels(phase, progress, t1, t2))


def _leaving(actor: Actor) -> Actor:
    """A T cell that drifts past fades as it leaves the scene: gone by the time its middle is a radius
    beyond the edge (a picture wider or taller than 16:9 shows a band past the scene's edge, where a
    sliver of it stayed in every settled picture of the later steps)."""
    beyond = max(-actor.x, actor.x - SCENE_WIDTH, -actor.y, actor.y - SCENE_HEIGHT, 0.0)
    return replace(actor, opacity=actor.opacity * clamp01(1.0 - beyond / actor.r)) if beyond > 0 else actor


def _daughter(growth: float) -> Actor:
    """The new cell pinches off beside its parent (side by side, never inside it) and moves a little away."""
    cx, cy, r = CANCER
    dx, dy, dr = DAUGHTER
    distance = ((dx - cx) ** 2 + (dy - cy) ** 2) ** 0.5
    ux, uy = (dx - cx) / distance, (dy - cy) / distance
    radius = dr * (0.45 + 0.55 * smooth(growth))
    gap = lerp(r + radius * 0.35, distance, smooth(growth))  # starts half-merged at the edge: the pinch
    return Actor("C3", Kind.CANCER_CELL, cx + ux * gap, cy + uy * gap, radius, State.DIVIDING,
                 opacity=smooth(growth * 3), receptor="tri")


def missing_self_attack(t: float, window: tuple[float, float]) -> tuple[Particle, ...]:
    """The NK cell releases perforin and granzymes into the cell that shows no MHC holders."""
    start, end = window
    if not start <= t <= end + 0.9:
        return ()
    sx, sy = on_circle(*NK_SPOT, NK_RADIUS, 200.0)
    cx, cy, r = HIDDEN
    out = []
    for i in range(6):
        f = clamp01((t - (start + (end - start) * i / 6)) / 0.9)
        if 0.0 < f < 1.0:
            spread = (i % 3 - 1) * 0.25 * r
            out.append(Particle(lerp(sx, cx + r * 0.3, smooth(f)), lerp(sy, cy + spread, smooth(f)),
                                "perforin" if i % 2 == 0 else "granzyme", 1.0 - ramp(f, 0.75, 1.0)))
    return tuple(out)


def _labels(phase: str, progress: float, t1: Actor, t2: Actor) -> tuple[Label, ...]:
    o = fade_in(progress)
    if phase == "patrol":
        return (Label("t-cell", t1.x, t1.y - t1.r, 40, -70, o, "T1", edge=True),
                Label("cancer-cell", CANCER[0], CANCER[1] - CANCER[2], 60, -90, o, "C1", edge=True),
                Label("healthy-cell", HEALTHY[0] - HEALTHY[2], HEALTHY[1], -190, -30, o, "H", edge=True))
    if phase == "display":
        x, y = mhc_point(4)
        return (Label("mhc", x, y, 110, -170, o, "C1"),)
    if phase == "match":
        x, y = receptor_tip(t1.x, t1.y)
        return (Label("receptor", x, y, -170, -170, o, "T1"),
                Label("no-match", t2.x - t2.r * 0.7, t2.y - t2.r * 0.7, -200, -60, o, "T2", edge=True))
    if phase == "brake":
        (ax, ay), _ = pd1_tips(t1.x, t1.y)
        px, py = on_circle(CANCER[0], CANCER[1], CANCER[2] + 29, 197.0)  # a PD-L1 knob
        return (Label("pd-1", ax, ay, -170, -170, o, "T1"), Label("pd-l1", px, py, -170, 200, o, "C1"))
    if phase == "hiding":
        return (Label("hidden-cell", HIDDEN[0] - HIDDEN[2] * 0.7, HIDDEN[1] + HIDDEN[2] * 0.7, -170, 60, o, "C2",
                      edge=True),
                Label("nk-missing-self", NK_SPOT[0], NK_SPOT[1] - NK_RADIUS, 20, -110, o, "NK", edge=True))
    if phase == "recap":  # what it all comes to: switched-off T cells beside a growing tumour
        return (Label("recap-before", t1.x, t1.y + t1.r, -80, 120, o, "T1", edge=True),)
    return (Label("tumour-grows", DAUGHTER[0] + DAUGHTER[2] * 0.7, DAUGHTER[1] - DAUGHTER[2] * 0.7, -60, -100, o,
                  "C3", edge=True),
            Label("switched-off", t1.x, t1.y + t1.r, -80, 80, o, "T1", edge=True))
