"""Where the diagram's labels go: a pure placement pass that never lets a label overlap another label, a
cell it does not name (or the blood vessel), a receptor's lock or a brake, or the edge of the picture,
nor cover the very point it names; its leader line crosses no other label, no other line and no other
cell's middle (tests play every frame at many sizes to prove it). Over the cell it names a box keeps to
the rim, and its line keeps out of that cell's middle; where that leaves no room, a little further in
rather than a numbered badge.

Each label tries its place in the frame before, then its preferred place, then places around its anchor,
nearest first, keeping every rule before it bends one (see PASSES). One that finds no room becomes a small
numbered badge beside its cell, and its name goes in a legend under the picture.
A label shows only while the cell it names is on screen and fully there.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from ioexplainer.diagram.story.camera import camera_of, fit_scale, view_of
from ioexplainer.diagram.story.cast import (
    MHC_ANGLES,
    PDL1_ANGLE,
    PDL1_ANGLES,
    T_RADIUS,
    on_circle,
    pd1_tips,
    receptor_tip,
)
from ioexplainer.diagram.story.model import BondKind, Frame, Kind, State

Measure = Callable[[str, float], float]  # (text, pixel size) -> width in pixels
GAP = 6.0  # pixels kept free between boxes
EDGE = 4.0  # pixels kept free at the picture's edge
# Above first: names read best over what they name; then the other sides, then the eight between them.
DIRECTIONS = (-90, -45, -135, 0, 180, 45, 135, 90, -67.5, -112.5, -22.5, -157.5, 22.5, 157.5, 67.5, 112.5)
# A stalk's foot and tip, the room round its tip, and the box round them all (pixels)
Mark = tuple[tuple[float, float], tuple[float, float], float, "Box"]
MOLECULE = 10.0  # scene units round a T cell's receptor and PD-1 tips that a line ending elsewhere keeps off
NAMED_REACH = 20.0  # scene units round the point a label names (a receptor, PD-1, an antibody) that stay in view
CONTACT = 22.0  # scene units round a contact (see contacts) that no label box covers
OWN_RIM = 0.7  # a box may overlap the cell it names only this far in from its edge (a share of the radius)
OWN_RIM_LOOSE = 0.55  # ... or this far, where words would otherwise become a numbered badge
NEAR = (0.6, 1.0, 1.4)  # how far from its point a box is tried (in box heights): near ...
FAR = (1.9, 2.4, 3.0, 3.6, 4.3, 5.0, 6.6)  # ... then further out
STRICT, RIM, LOOSE = 0, 1, 2  # how many rules a place may bend (see _find)
PASSES = ((NEAR, STRICT), (NEAR, RIM), (FAR, STRICT), (FAR, RIM), (NEAR, LOOSE), (FAR, LOOSE))
# A leader line crosses no cell it does not name; as a last resort (LOOSE), its rim, no nearer its centre
# than this share of its radius.
THROUGH = 0.7
UNITS = tuple((math.cos(math.radians(d)), math.sin(math.radians(d))) for d in DIRECTIONS)


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def overlaps(self, other: Box, gap: float = GAP) -> bool:
        return not (self.right + gap <= other.left or other.right + gap <= self.left
                    or self.bottom + gap <= other.top or other.bottom + gap <= self.top)

    def hits_circle(self, x: float, y: float, r: float) -> bool:
        nearest_x = min(max(x, self.left), self.right)
        nearest_y = min(max(y, self.top), self.bottom)
        return (nearest_x - x) ** 2 + (nearest_y - y) ** 2 < r * r

    def nearest(self, x: float, y: float) -> tuple[float, float]:
        return min(max(x, self.left), self.right), min(max(y, self.top), self.bottom)

    def crossed_by(self, a: tuple[float, float], b: tuple[float, float], gap: float = 2.0) -> bool:
        """Whether the segment a-b passes through the box (Liang-Barsky clipping)."""
        (x0, y0), (x1, y1) = a, b
        t0, t1 = 0.0, 1.0
        dx, dy = x1 - x0, y1 - y0
        for p, q in ((-dx, x0 - (self.left - gap)), (dx, self.right + gap - x0),
                     (-dy, y0 - (self.top - gap)), (dy, self.bottom + gap - y0)):
            if p == 0:
                if q < 0:
                    return False
                continue
            r = q / p
            if p < 0:
                t0 = max(t0, r)
            else:
                t1 = min(t1, r)
            if t0 > t1:
                return False
        return True

    def inside(self, width: float, height: float, edge: float = EDGE) -> bool:
        return self.left >= edge and self.top >= edge and self.right <= width - edge and self.bottom <= height - edge


def segment_hits_circle(a: tuple[float, float], b: tuple[float, float], x: float, y: float, r: float) -> bool:
    """Whether the segment a-b passes within r of (x, y)."""
    (x0, y0), (x1, y1) = a, b
    dx, dy = x1 - x0, y1 - y0
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else min(1.0, max(0.0, ((x - x0) * dx + (y - y0) * dy) / length))
    return (x0 + t * dx - x) ** 2 + (y0 + t * dy - y) ** 2 < r * r


def segments_cross(a: tuple[tuple[float, float], tuple[float, float]],
                   b: tuple[tuple[float, float], tuple[float, float]], gap: float = 3.0) -> bool:
    """Whether two segments cross or run within `gap` pixels of each other (two leader lines that do
    can be read as pointing at each other's cell)."""
    def side(p: tuple[float, float], q: tuple[float, float], r: tuple[float, float]) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    (p1, p2), (q1, q2) = a, b
    d1, d2, d3, d4 = side(q1, q2, p1), side(q1, q2, p2), side(p1, p2, q1), side(p1, p2, q2)
    if ((d1 > 0) != (d2 > 0)) and ((d3 > 0) != (d4 > 0)) and 0 not in (d1, d2, d3, d4):
        return True
    return any(segment_hits_circle(*seg, *end, gap) for seg, ends in ((a, b), (b, a)) for end in ends)


@dataclass(frozen=True)
class Placed:
    """A label on screen: its text, the point it names, its box, and a number when it is a badge."""

    key: str
    text: str
    anchor: tuple[float, float]
    box: Box
    opacity: float
    number: int = 0  # 0: the full name in the box; n: a badge "n", with the name in the legend
    origin: tuple[float, float] | None = None  # the label's own point, where its line ends elsewhere (edge)
    level: int = 0  # the rules its place keeps (STRICT, RIM or LOOSE, see _find)

    @property
    def leader(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """The line from the named point to the nearest point of the box."""
        return self.anchor, self.box.nearest(*self.anchor)


def clear_px(box_height: float, scale: float) -> float:
    """Pixels round the named point that no label box covers: the molecule it names, at this zoom."""
    return max(min(box_height * 0.6, 14.0), NAMED_REACH * scale)


def label_px(width: float, height: float, floor_px: float, turn: bool | None = None) -> float:
    """Label text size: in proportion to the picture (not to its zoom), never under the readable floor."""
    return max(floor_px, 30.0 * fit_scale(width, height, turn))


def box_size(text_width: float, px: float) -> tuple[float, float]:
    """The label box around a text of this width (the painter draws exactly this)."""
    pad = px * 0.45
    return text_width + 2 * pad, px * 1.3 + pad * 1.2


def place_labels(frame: Frame, texts: Mapping[str, str], measure: Measure, width: float, height: float,
                 px: float, bottom: float | None = None, avoid: Sequence[Box] = (),
                 turn: bool | None = None, last: Mapping[str, tuple[float, float, int]] | None = None) -> list[Placed]:
    """Place every visible label of `frame` in a `width` x `height` picture (pixels); `bottom` keeps the
    labels above a legend strip; no label goes over a box in `avoid` (a side by side half's title).
    `last`: where each label's box sat from its anchor in the frame before (see offsets); a label tries
    that place first, so it stays put while it can (steadier to read, and few places tried)."""
    view = view_of(width, height, camera_of(frame), turn)
    scale = view.scale
    limit = height if bottom is None else bottom
    cells: dict[str, tuple[float, float, float]] = {}
    bands: list[tuple[str, Box]] = []  # the blood vessel: a band down the edge, not a circle
    for actor in frame.actors:
        if actor.opacity < 0.3:
            continue
        if actor.kind is Kind.VESSEL:  # only its own name goes over it (the medicine's sat on it: review)
            (x0, y0), (x1, y1) = (view.map(actor.x + side * actor.drawn_r, y) for side, y in ((-1, -40), (1, 940)))
            bands.append((actor.actor_id, Box(min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0))))
            continue
        cells[actor.actor_id] = (*view.map(actor.x, actor.y), actor.drawn_r * scale * 1.08 + 3)
    for number, (x, y, r) in enumerate(signs(frame)):  # the brake's stop sign must stay in view too
        cells[f"#sign{number}"] = (*view.map(x, y), r * scale + 3)
    for number, (x, y) in enumerate(contacts(frame)):  # where a receptor locks or a brake holds: the lesson
        cells[f"#contact{number}"] = (*view.map(x, y), CONTACT * scale + 3)
    marks = [_mark(view.map(*base), view.map(*tip), MOLECULE * scale + 2) for base, tip in molecules(frame)]
    parts = [(*view.map(x, y), r * scale) for x, y, r in rim_parts(frame)]
    placed: list[Placed] = []
    badges = 0
    for label in frame.labels:
        anchor = view.map(label.x, label.y)
        if label.opacity <= 0.01 or not _on_screen(frame, label.names, anchor, width, limit):
            continue
        text = texts.get(label.key, label.key)
        w, h = box_size(measure(text, px), px)
        shut = (*avoid, *(band for owner, band in bands if owner != label.names))
        preferred, before = view.vector(label.dx, label.dy), None if last is None else last.get(label.key)
        first = None if before is None else (before[0], before[1])
        named = next((a for a in frame.actors if a.actor_id == label.names), None) if label.edge else None
        edge = (*view.map(named.x, named.y), named.drawn_r * scale) if named is not None else None
        band = next((one for owner, one in bands if owner == label.names), None)  # (the vessel's own name)
        found: tuple[Box, tuple[float, float]] | None = None
        # Every rule near its point, then a little further over its own cell, then both further out; only
        # then a line across its own cell or a name by another cell; only then a numbered badge.
        level = STRICT
        if before is not None:  # where it was, by the rules it kept there: steady, and one place tried, not all
            level = before[2]
            found = _find(anchor, w, h, preferred, label.names, cells, placed, width, limit, avoid=shut,
                          clear=clear_px(h, scale), first=first, level=level, distances=(), edge=edge, band=band,
                          only_first=True, marks=marks, parts=parts)
        for distances, level in () if found is not None else PASSES:
            found = _find(anchor, w, h, preferred, label.names, cells, placed, width, limit, avoid=shut,
                          clear=clear_px(h, scale), first=first, level=level, distances=distances, edge=edge,
                          band=band, marks=marks, parts=parts)
            if found is not None:
                break
        if found is not None:
            placed.append(Placed(label.key, text, found[1], found[0], label.opacity, origin=anchor, level=level))
            continue
        badges += 1
        side = px * 1.5
        badge = _find(anchor, side, side, (0.0, -side), label.names, cells, placed, width, limit, near=True,
                      avoid=shut, clear=clear_px(side, scale), band=band, marks=marks)
        if badge is not None:
            placed.append(Placed(label.key, text, badge[1], badge[0], label.opacity, badges))
    return placed


def offsets(placed: Sequence[Placed]) -> dict[str, tuple[float, float, int]]:
    """Where each label's box sits from its anchor, and the rules that place keeps (the `last` of the next
    frame's placement); badges are left out, so a label that became a badge tries its words again."""
    return {one.key: (one.box.left - (one.origin or one.anchor)[0], one.box.top - (one.origin or one.anchor)[1],
                      one.level) for one in placed if not one.number}


def contacts(frame: Frame) -> list[tuple[float, float]]:
    """Where a T cell's receptor meets its piece, where its PD-1 meets PD-L1, where the medicine covers its
    PD-1, and the "!" badges of a healthy cell to watch and an NK cell that notices (scene units, kept in
    step with cells.py): no label covers the very thing a step is about."""
    found = []
    actors = {a.actor_id: a for a in frame.actors}
    for actor in frame.actors:
        if actor.opacity < 0.3:
            continue
        if actor.kind is Kind.T_CELL and actor.pd1_covered > 0.3:
            found += list(pd1_tips(actor.x, actor.y, actor.angle))
        elif actor.kind is Kind.HEALTHY_CELL and actor.warning > 0.3:  # its "!": watch for side effects
            found.append((actor.x - actor.r * 1.05, actor.y - actor.r * 1.05))
        elif actor.kind is Kind.NK_CELL and actor.state in (State.NOTICING, State.ATTACKING):  # its "!"
            found.append((actor.x + actor.r * 0.75, actor.y - actor.r * 0.95))
    for bond in frame.bonds:
        t_cell, target = actors.get(bond.a), actors.get(bond.b)
        if t_cell is None or target is None or bond.strength <= 0.1:
            continue
        if bond.kind is BondKind.TCR_MHC:
            found.append(receptor_tip(t_cell.x, t_cell.y, t_cell.angle))
        elif bond.kind is BondKind.PD1_PDL1:
            found += [on_circle(target.x, target.y, target.r + 14, a) for a in (180 + PDL1_ANGLE, 180 - PDL1_ANGLE)]
    return found


def _bound(a: tuple[float, float], b: tuple[float, float], r: float = 0.0) -> Box:
    """The box round a segment, `r` wider on every side."""
    return Box(min(a[0], b[0]) - r, min(a[1], b[1]) - r, abs(a[0] - b[0]) + 2 * r, abs(a[1] - b[1]) + 2 * r)


def _mark(base: tuple[float, float], tip: tuple[float, float], r: float) -> Mark:
    return base, tip, r, _bound(base, tip, r + 1.0)


def molecules(frame: Frame) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """Each T cell's receptor and PD-1 stalks, from the cell's edge to the tip (scene units): no label box
    covers one, and a leader line passes over none but the one it names."""
    found = []
    for actor in frame.actors:
        if actor.kind is Kind.T_CELL and actor.opacity >= 0.3:
            tips = (receptor_tip(actor.x, actor.y, actor.angle), *pd1_tips(actor.x, actor.y, actor.angle))
            found += [(on_circle(actor.x, actor.y, T_RADIUS, math.degrees(math.atan2(y - actor.y, x - actor.x))),
                       (x, y)) for x, y in tips]
    return found


def rim_parts(frame: Frame) -> list[tuple[float, float, float]]:
    """The cups (MHC holders with their pieces) and PD-L1 knobs round each cancer cell's rim (x, y, radius in
    scene units, kept in step with cells.py): a label keeps off them where it can ("PD-L1 (on cancer cell)"
    hid a cup; review). Not a hard rule: kept off at every cost, 14% more labels became numbered badges."""
    found = []
    for actor in frame.actors:
        if actor.kind is Kind.CANCER_CELL and actor.opacity >= 0.3 and actor.apoptosis < 0.33:  # (then gone)
            r = actor.drawn_r
            if actor.has_mhc:
                found += [(*on_circle(actor.x, actor.y, r + 16, angle), 15.0) for angle in MHC_ANGLES]
            found += [(*on_circle(actor.x, actor.y, r + 19, angle), 10.0) for angle in PDL1_ANGLES]
    return found


def signs(frame: Frame) -> list[tuple[float, float, float]]:
    """Where the painter draws a stop sign for each brake that holds (x, y, radius in scene units)."""
    found = []
    for bond in frame.bonds:
        if bond.kind is BondKind.PD1_PDL1 and bond.strength > 0.1:
            t_cell = next((a for a in frame.actors if a.actor_id == bond.a), None)
            target = next((a for a in frame.actors if a.actor_id == bond.b), None)
            if t_cell is not None and target is not None:
                found.append(((t_cell.x + t_cell.r + target.x - target.r) / 2, t_cell.y - t_cell.r - 48, 26.0))
    return found


def _on_screen(frame: Frame, actor_id: str, anchor: tuple[float, float], width: float, height: float) -> bool:
    """A label waits for what it names: the cell must be there and nearly opaque, and the point it names
    well inside the picture (a cell still drifting in, or a close-up that leaves it out, has no label)."""
    x, y = anchor
    inside = 2 * EDGE + 8 <= x <= width - 2 * EDGE - 8 and 2 * EDGE + 8 <= y <= height - 2 * EDGE - 8
    if not actor_id:
        return inside
    actor = next((a for a in frame.actors if a.actor_id == actor_id), None)
    return inside and actor is not None and actor.opacity >= 0.6


def _nearest_cell(box: Box, bodies: Mapping[str, tuple[float, float, float]]) -> str:
    """The cell whose edge is nearest the box's centre."""
    cx, cy = box.left + box.width / 2, box.top + box.height / 2
    return min(bodies, key=lambda key: math.dist((cx, cy), bodies[key][:2]) - bodies[key][2], default="")


def _find(anchor: tuple[float, float], w: float, h: float, preferred: tuple[float, float], names: str,
          cells: Mapping[str, tuple[float, float, float]], placed: list[Placed], width: float, height: float,
          near: bool = False, avoid: Sequence[Box] = (), clear: float = 0.0,
          first: tuple[float, float] | None = None, level: int = STRICT,
          distances: tuple[float, ...] = (*NEAR, *FAR),
          edge: tuple[float, float, float] | None = None, only_first: bool = False,
          band: Box | None = None,
          marks: Sequence[Mark] = (),
          parts: Sequence[tuple[float, float, float]] = ()) -> tuple[Box, tuple[float, float]] | None:
    """The first place for a box of `w` x `h` round `anchor` that breaks no rule of its `level`: STRICT;
    RIM (over the cell it names as far in as OWN_RIM_LOOSE); LOOSE (that, and its line may cross its own
    cell's middle or a lock, and it may sit nearer another cell). With `edge` (the named cell's centre
    and radius, for a label that names a whole cell), its line ends on that cell's edge, where it faces
    the box. With `band` (the blood vessel, for its own name), its line ends on the band's nearest point:
    short, and across no cell (from the band's foot, it ran across a T cell to a box above it). Returns
    the box and the point its line ends at."""
    ax, ay = anchor
    reach = max(h, 24.0, clear)

    def candidates() -> Iterator[tuple[float, float]]:  # made one at a time: the first usually fits
        if first is not None:
            yield ax + first[0], ay + first[1]
        if only_first:
            return
        yield ax + preferred[0] - w / 2, ay + preferred[1] - h / 2
        for distance in ((0.4, 0.9, 1.6, 2.6) if near else distances):
            for ux, uy in UNITS:
                yield ax + ux * (distance * reach + w / 2) - w / 2, ay + uy * (distance * reach + h / 2) - h / 2

    # The rules' obstacles, sorted once per call (not once per place tried): the cell it names, every other
    # cell and stop sign, and the contacts.
    own = cells.get(names)
    others = [c for key, c in cells.items() if key != names and not key.startswith("#contact")]
    contacts = [c for key, c in cells.items() if key.startswith("#contact")]
    bodies = {key: c for key, c in cells.items() if not key.startswith("#")}
    rim = OWN_RIM if level == STRICT else OWN_RIM_LOOSE
    for left, top in candidates():
        box = Box(left, top, w, h)
        if edge is not None:  # the cell's edge where it faces the box: the line never crosses its own cell
            ex, ey, er = edge
            bx, by = left + w / 2, top + h / 2
            span = math.dist((bx, by), (ex, ey)) or 1.0
            anchor = (ex + (bx - ex) / span * er, ey + (by - ey) / span * er)
        if band is not None:
            anchor = band.nearest(left + w / 2, top + h / 2)
        if not box.inside(width, height):
            continue
        if any(box.overlaps(other.box) for other in placed) or any(box.overlaps(other) for other in avoid):
            continue
        if any(box.hits_circle(x, y, r) for x, y, r in others) or (own and box.hits_circle(own[0], own[1],
                                                                                           own[2] * rim)):
            continue  # never over another cell; over its own cell only at the rim, never its middle
        if any(box.hits_circle(x, y, r) for x, y, r in contacts):
            continue  # nor over a lock, a brake or a "!" (see contacts)
        if any(box.overlaps(bound, gap=0.0) and (box.hits_circle(*tip, r) or box.crossed_by(base, tip, 0.0))
               for base, tip, r, bound in marks):
            continue  # nor over a receptor or a PD-1 ("Receptor fits the piece" hid half of a PD-1)
        if level < LOOSE and any(box.hits_circle(x, y, r) for x, y, r in parts):
            continue  # nor, while other places are left, over a cancer cell's cup or PD-L1 knob
        if box.hits_circle(*anchor, clear):
            continue  # the very thing it names (a receptor, PD-1, an antibody) stays in view
        leader = (anchor, box.nearest(*anchor))
        if any(other.box.crossed_by(*leader) or box.crossed_by(*other.leader) for other in placed):
            continue  # no line runs through another label
        if any(segments_cross(leader, other.leader) for other in placed):
            continue  # nor across another line: each points plainly at its own cell
        through = 1.0 if level < LOOSE else THROUGH  # (none of another cell at all; as a last resort, its rim)
        if any(segment_hits_circle(*leader, x, y, r * through) for x, y, r in others):
            continue  # a line across another cell would seem to name that cell
        line = _bound(*leader)
        if any(line.overlaps(bound, gap=0.0) and math.dist(anchor, tip) > r and (
                segment_hits_circle(*leader, *tip, r) or segments_cross(leader, (base, tip), gap=1.0))
               for base, tip, r, bound in marks):
            continue  # nor a line over a receptor or PD-1 it does not end at (from below, "PD-1" ran up
            # over the lower stalk and the receptor to the upper one: which did it name?)
        if level < LOOSE and any(math.dist(anchor, (x, y)) > r and segment_hits_circle(*leader, x, y, r * 0.6)
                                 for x, y, r in contacts):
            continue  # its line keeps off a lock, a brake or a covered PD-1 it does not point at
        if level < LOOSE and any(math.dist(anchor, (x, y)) > r + 4 and segment_hits_circle(*leader, x, y, r * 0.8)
                                 for x, y, r in parts):
            continue  # and, while other places are left, off a cup or a knob it does not end at
        if level < LOOSE and own is not None and _nearest_cell(box, bodies) != names:
            continue  # a name sits on its own cell's side (PD-L1's by the cancer cell, not by the T cell)
        if level < LOOSE and own is not None and math.dist(anchor, own[:2]) > own[2] * 0.4 and segment_hits_circle(
                *leader, own[0], own[1], own[2] * 0.4):
            continue  # nor across the middle of its own cell (from a point at its edge)
        return box, anchor
    return None
