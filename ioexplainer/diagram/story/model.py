"""What one frame of the diagram holds: actors, bonds, particles and labels (pure data, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

SCENE_WIDTH = 1600.0
SCENE_HEIGHT = 900.0
DYING_SHRINK = 0.38  # a dying cell is drawn this much smaller at the end (apoptosis 1)


class Kind(Enum):
    """The kinds of thing the diagram draws."""

    T_CELL = "t-cell"
    CANCER_CELL = "cancer-cell"
    NK_CELL = "nk-cell"
    HEALTHY_CELL = "healthy-cell"
    ANTIBODY = "antibody"
    VESSEL = "vessel"  # a small blood vessel at the scene's edge, where the medicine arrives


class State(Enum):
    """What a cell is doing."""

    PATROLLING = "patrolling"
    BOUND = "bound"
    SWITCHED_OFF = "switched off"
    ATTACKING = "attacking"
    DYING = "dying"
    DEAD = "dead"
    DIVIDING = "dividing"
    NOTICING = "noticing"
    RESTING = "resting"


class BondKind(Enum):
    """Which two molecules have joined."""

    TCR_MHC = "receptor-antigen"  # the T-cell receptor locks onto its antigen piece on MHC class I
    PD1_PDL1 = "pd1-pdl1"  # the brake: PD-L1 on the cancer cell joins PD-1 on the T cell
    ANTIBODY_PD1 = "antibody-pd1"  # the checkpoint inhibitor covers PD-1


@dataclass(frozen=True)
class Actor:
    """One cell or antibody in one frame. Positions and sizes are in scene units (1600 x 900)."""

    actor_id: str
    kind: Kind
    x: float
    y: float
    r: float
    state: State = State.RESTING
    opacity: float = 1.0
    activation: float = 0.0  # 0 calm .. 1 switched on (a glow around a T cell)
    receptor: str = ""  # T cells: the shape their receptor fits; cancer cells: the shape of their antigen
    has_mhc: bool = True  # cancer cells: False for a cell that hides its MHC holders
    pd1_covered: float = 0.0  # T cells: how far antibodies cover PD-1 (0..1)
    apoptosis: float = 0.0  # 0 healthy .. 1 gone: shrink, blebs, fade
    division: float = 0.0  # 0 .. 1 while a daughter cell buds off
    angle: float = 0.0  # degrees; the direction the cell faces (its receptors point this way)
    warning: float = 0.0  # healthy cell: how strongly it is marked as affected (side effects)

    @property
    def drawn_r(self) -> float:
        """The radius as drawn: a dying cell shrinks (labels name the cell as it is seen, not as it was)."""
        return self.r * (1.0 - DYING_SHRINK * self.apoptosis)


@dataclass(frozen=True)
class Bond:
    """Two actors joined by molecules; `strength` 0..1 fades bonds in and out."""

    kind: BondKind
    a: str
    b: str
    strength: float = 1.0
    glow: float = 1.0  # the warm contact glow of a receptor lock; it dims while the brake holds the T cell off


@dataclass(frozen=True)
class Particle:
    """Perforin or granzyme on its way from a killer cell into its target."""

    x: float
    y: float
    kind: str  # "perforin" or "granzyme"
    opacity: float = 1.0


@dataclass(frozen=True)
class Label:
    """A name with a leader line to the point (x, y) it names; `key` selects the translated text."""

    key: str
    x: float
    y: float
    dx: float  # the preferred place of the label box, relative to the point (placement may move it)
    dy: float
    opacity: float = 1.0
    names: str = ""  # the actor it names: its box may touch that cell, never another
    edge: bool = False  # it names the whole cell: its line may end anywhere on the cell's edge (the nearest)


@dataclass(frozen=True)
class Frame:
    """Everything drawn at one moment of one scenario."""

    scenario: str
    t: float
    phase_index: int
    phase_id: str
    progress: float  # 0..1 through the current phase
    actors: tuple[Actor, ...]
    bonds: tuple[Bond, ...] = ()
    particles: tuple[Particle, ...] = ()
    labels: tuple[Label, ...] = field(default=())
    camera_x: float = SCENE_WIDTH / 2  # where the story's camera looks (see story/camera.py)
    camera_y: float = SCENE_HEIGHT / 2
    zoom: float = 1.0
    region: tuple[float, float, float, float] | None = None  # what a wide shot must show (see camera.Camera)

    def actor(self, actor_id: str) -> Actor:
        return next(a for a in self.actors if a.actor_id == actor_id)

    def has_bond(self, kind: BondKind, a: str, b: str) -> bool:
        return any(x.kind is kind and {x.a, x.b} == {a, b} and x.strength > 0.5 for x in self.bonds)
