"""The story model tells the biology right, deterministically (pure tests, no Qt)."""

from __future__ import annotations

import pytest

from ioexplainer.diagram.story.cast import DAUGHTER
from ioexplainer.diagram.story.model import BondKind, Frame, Kind, State
from ioexplainer.diagram.story.registry import REGISTRY
from ioexplainer.diagram.story.story import Timeline, frame_at, frames_at, still_time


def times(scenario: str, step: float = 0.25) -> list[float]:
    total = Timeline.of(scenario).total
    return [i * step for i in range(int(total / step) + 1)]


def phase_end(scenario: str, phase_id: str) -> float:
    timeline = Timeline.of(scenario)
    index = list(REGISTRY.scenario(scenario).phase_ids).index(phase_id)
    return timeline.start_of(index) + timeline.durations[index] * 0.99


def test_same_inputs_give_the_same_frame() -> None:
    assert frame_at("before", 12.3) == frame_at("before", 12.3)
    assert frame_at("after", 17.0) == frame_at("after", 17.0)


def test_phases_follow_the_storyboard() -> None:
    assert list(REGISTRY.scenario("before").phase_ids) == ["patrol", "display", "match", "brake", "hiding", "result",
                                                           "recap"]
    assert list(REGISTRY.scenario("after").phase_ids) == ["arrive", "block", "rematch", "attack", "expand", "outlook",
                                                          "recap"]
    for scenario in REGISTRY.scenario_names():
        timeline = Timeline.of(scenario)
        for index in range(timeline.phase_count):
            assert frame_at(scenario, timeline.start_of(index) + 0.01).phase_index == index


def test_time_is_clamped() -> None:
    assert frame_at("before", -5).t == 0.0
    assert frame_at("before", 999).t == Timeline.of("before").total


def test_before_the_brake_switches_the_t_cell_off_while_the_tumour_grows() -> None:
    match = frame_at("before", phase_end("before", "match"))
    assert match.has_bond(BondKind.TCR_MHC, "T1", "C1")
    assert match.actor("T1").state is State.BOUND and match.actor("T1").activation > 0.9
    brake = frame_at("before", phase_end("before", "brake"))
    assert brake.has_bond(BondKind.PD1_PDL1, "T1", "C1")
    assert brake.actor("T1").state is State.SWITCHED_OFF and brake.actor("T1").activation == 0.0
    result = frame_at("before", phase_end("before", "result"))
    assert result.actor("T1").state is State.SWITCHED_OFF
    assert result.actor("C1").state is State.DIVIDING
    assert result.actor("C3").kind is Kind.CANCER_CELL  # the tumour has grown a new cell
    assert not any(f.actor("C1").state is State.DYING for f in map(lambda t: frame_at("before", t), times("before")))


def test_before_the_nk_cell_kills_a_hiding_cell_on_its_own_but_cannot_keep_up() -> None:
    noticing = frame_at("before", 22.1)
    assert noticing.actor("C2").has_mhc is False and noticing.actor("NK").state is State.NOTICING
    assert not any(b.b == "C2" or b.a == "C2" for t in times("before") for b in frame_at("before", t).bonds)
    killing = frame_at("before", 23.3)
    assert killing.actor("NK").state is State.ATTACKING and killing.particles  # its own perforin, no medicine
    assert not any(a.kind is Kind.ANTIBODY for t in times("before") for a in frame_at("before", t).actors)
    result = frame_at("before", phase_end("before", "result"))
    assert "C2" not in {a.actor_id for a in result.actors}  # gone: "missing self" killing
    assert result.actor("C3").kind is Kind.CANCER_CELL  # ...while the main tumour grows anyway


def test_healthy_cells_show_mhc_holders_with_a_normal_piece() -> None:
    for scenario in ("before", "after"):
        healthy = frame_at(scenario, 1.0).actor("H")
        assert healthy.has_mhc and healthy.receptor == ""  # holders, with a piece no receptor fits


def test_the_contact_glow_dims_while_the_brake_holds() -> None:
    match = next(b for b in frame_at("before", phase_end("before", "match")).bonds if b.kind is BondKind.TCR_MHC)
    brake = next(b for b in frame_at("before", phase_end("before", "brake")).bonds if b.kind is BondKind.TCR_MHC)
    assert match.glow == 1.0 and brake.glow <= 0.25 and brake.strength == 1.0  # still locked, but dim
    start = next(b for b in frame_at("after", 0.5).bonds if b.kind is BondKind.TCR_MHC)
    freed = next(b for b in frame_at("after", phase_end("after", "rematch")).bonds if b.kind is BondKind.TCR_MHC)
    assert start.glow <= 0.25 and freed.glow == 1.0


def test_the_medicine_arrives_from_a_blood_vessel_and_travels_under_the_cells() -> None:
    first = frame_at("after", 0.0)
    vessel = first.actor("V")
    assert vessel.kind is Kind.VESSEL and vessel.x - vessel.r <= 20
    for actor in first.actors:
        if actor.kind is Kind.ANTIBODY:
            assert abs(actor.x - vessel.x) <= vessel.r  # every antibody starts inside the vessel
    for t in times("after", 1.0):
        kinds = [a.kind for a in frame_at("after", t).actors]
        free = [i for i, k in enumerate(kinds) if k is Kind.ANTIBODY]
        cells = [i for i, k in enumerate(kinds) if k in (Kind.T_CELL, Kind.CANCER_CELL, Kind.HEALTHY_CELL)]
        assert not free or not cells or max(free) < min(cells)  # drawn first: never on top of a cell


def test_a_dividing_cell_pinches_off_beside_its_parent_never_inside_it() -> None:
    seen = False
    for t in times("before", 0.1):
        frame = frame_at("before", t)
        ids = {a.actor_id for a in frame.actors}
        if "C3" in ids:
            parent, daughter = frame.actor("C1"), frame.actor("C3")
            distance = ((parent.x - daughter.x) ** 2 + (parent.y - daughter.y) ** 2) ** 0.5
            assert distance >= parent.r + daughter.r * 0.3, t
            if daughter.r >= 0.99 * DAUGHTER[2]:  # grown and pinched off: two cells side by side
                assert distance >= parent.r + daughter.r + 8, t  # (review: 30 px of one drawn in the other)
                seen = True
    assert seen


def test_after_therapy_the_cell_that_remains_is_one_that_hides() -> None:
    outlook = frame_at("after", phase_end("after", "outlook"))
    remaining = [a for a in outlook.actors if a.kind is Kind.CANCER_CELL]
    assert remaining and all(not a.has_mhc for a in remaining)
    assert any(label.key == "still-there" for label in outlook.labels)
    assert not any(a.kind is Kind.NK_CELL for t in times("after") for a in frame_at("after", t).actors)


def test_after_antibodies_cover_pd1_and_the_t_cell_attacks_and_the_cancer_cell_dies() -> None:
    block = frame_at("after", phase_end("after", "block"))
    assert block.has_bond(BondKind.ANTIBODY_PD1, "A1", "T1")
    assert not block.has_bond(BondKind.PD1_PDL1, "T1", "C1")
    assert block.actor("T1").pd1_covered == 1.0
    assert block.actor("T1").state is not State.SWITCHED_OFF
    rematch = frame_at("after", phase_end("after", "rematch"))
    assert rematch.has_bond(BondKind.TCR_MHC, "T1", "C1") and rematch.actor("T1").activation == 1.0
    attack_mid = frame_at("after", 16.5)
    assert attack_mid.actor("T1").state is State.ATTACKING
    assert attack_mid.particles and {p.kind for p in attack_mid.particles} == {"perforin", "granzyme"}
    assert attack_mid.actor("C1").state is State.DYING and 0 < attack_mid.actor("C1").apoptosis < 1
    after_attack = frame_at("after", phase_end("after", "attack"))
    assert "C1" not in {a.actor_id for a in after_attack.actors}  # gone: a tidy death
    expand = frame_at("after", phase_end("after", "expand"))
    t_cells = [a for a in expand.actors if a.kind is Kind.T_CELL and a.receptor == "tri"]
    assert len(t_cells) == 3 and all(a.activation == 1.0 for a in t_cells)


def test_after_honest_ending_marks_a_healthy_cell() -> None:
    outlook = frame_at("after", phase_end("after", "outlook"))
    assert outlook.actor("H").warning == 1.0


def test_before_starts_where_nothing_is_switched_off_and_after_starts_braked() -> None:
    assert frame_at("before", 0).actor("T1").state is State.PATROLLING
    first = frame_at("after", 0)
    assert first.actor("T1").state is State.SWITCHED_OFF and first.has_bond(BondKind.PD1_PDL1, "T1", "C1")


@pytest.mark.parametrize("scenario", ["before", "after"])
def test_t_cells_without_a_matching_receptor_never_bind(scenario: str) -> None:
    for t in times(scenario):
        frame: Frame = frame_at(scenario, t)
        for bond in frame.bonds:
            if bond.kind is BondKind.ANTIBODY_PD1:
                continue
            assert frame.actor(bond.a).kind is Kind.T_CELL
            assert frame.actor(bond.a).receptor == "tri", (t, bond)
        for actor in frame.actors:
            if actor.kind is Kind.T_CELL and actor.receptor != "tri":
                assert actor.state is State.PATROLLING


def test_side_by_side_runs_in_lock_step() -> None:
    timeline = Timeline.of("side-by-side")
    for index in range(timeline.phase_count):
        before, after = frames_at("side-by-side", timeline.start_of(index) + timeline.durations[index] / 2)
        assert before.phase_index == after.phase_index == index
        assert before.progress == pytest.approx(after.progress)


def test_still_time_is_inside_its_phase() -> None:
    for mode in ("before", "after", "side-by-side"):
        timeline = Timeline.of(mode)
        for index in range(timeline.phase_count):
            assert timeline.locate(still_time(mode, index))[0] == index


def test_cells_never_overlap_badly() -> None:
    """Cells may touch but not sit on top of each other (a calm, readable picture)."""
    for scenario in ("before", "after"):
        for t in times(scenario, 0.5):
            cells = [a for a in frame_at(scenario, t).actors if a.kind is not Kind.ANTIBODY and a.opacity > 0.5]
            for i, a in enumerate(cells):
                for b in cells[i + 1:]:
                    if {a.actor_id, b.actor_id} in ({"C1", "C3"},):
                        continue  # a dividing cancer cell buds off its daughter
                    if {a.actor_id, b.actor_id} <= {"T1", "T4", "T5"} and t < 23:
                        continue  # daughters are born from T1 and move apart
                    gap = ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5 - a.r - b.r
                    assert gap > -12, (scenario, t, a.actor_id, b.actor_id, round(gap))
