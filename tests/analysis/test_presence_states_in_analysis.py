"""Presence in three states in the analysis: only an actor recorded as absent has "left" or is
"missing"; an actor the source does not describe is listed apart in the diff, counted apart
in the metrics, and never raises a warning."""

from __future__ import annotations

from conftest import Sketch

from workshop_app.analysis.diff import KINDS, diff_phases
from workshop_app.analysis.metrics import all_phase_metrics
from workshop_app.analysis.warnings import PatternWarning, compute_warnings


def _texts(diff: object, kind: str) -> list[str]:
    return [i.text for i in diff.of_kind(kind)]  # type: ignore[attr-defined]


def found(sk: Sketch, rule: str) -> list[PatternWarning]:
    return [w for w in compute_warnings(sk.model) if w.id == rule]


def _four_fates(sketch: Sketch) -> dict[str, object]:
    """A case-like session: who is present, absent or not described in two phases."""
    sketch.case_like()
    sketch.phases("design", "piloting")
    city = sketch.actor("City", present=(0, 1))
    gone = sketch.actor("Gone firm", "private", present=(0,))
    silent = sketch.actor("Silent lab", "academia", present=(0,))
    back = sketch.actor("Back agency", present=(1,))
    new = sketch.actor("New forum", "civil_society", present=(1,))
    sketch.state(gone, 1, "absent")  # the source says it left
    sketch.state(new, 0, "absent")  # the source says it was not there yet
    ties = {
        "gone": sketch.rel(city, gone), "silent": sketch.rel(city, silent, "data"),
        "back": sketch.rel(city, back, "resources"), "kept": sketch.rel(city, new, "agreement"),
    }
    sketch.rel_state(ties["gone"], 0, "active")
    sketch.rel_state(ties["silent"], 0, "active")
    sketch.rel_state(ties["back"], 1, "active")
    sketch.rel_state(ties["kept"], 1, "active")
    return {"city": city, "gone": gone, "silent": silent, "back": back, "new": new, **{
        f"rel_{k}": v for k, v in ties.items()}}


def test_diff_names_nobody_as_left_who_is_only_not_described(sketch: Sketch) -> None:
    x = _four_fates(sketch)
    diff = diff_phases(sketch.model, sketch.pid(0), sketch.pid(1))
    assert _texts(diff, "actor_left") == ["Gone firm left between Design and Piloting"]
    assert _texts(diff, "actor_entered") == ["New forum joined between Design and Piloting"]
    assert _texts(diff, "actor_not_described") == [
        "Silent lab: present in Design, not described in Piloting"]
    assert _texts(diff, "actor_described") == [
        "Back agency: not described in Design, present in Piloting"]
    [ended] = diff.of_kind("relation_ended")
    assert ended.relation_ids == (x["rel_gone"].id,) and ended.detail["reason"] == "actor_absent"
    [quiet] = diff.of_kind("relation_not_described")
    assert quiet.relation_ids == (x["rel_silent"].id,)
    assert quiet.text == ("The data relation from City to Silent lab: active in Design, not "
                          "described in Piloting")
    assert quiet.detail["reason"] == "not_described"
    [again] = diff.of_kind("relation_described")
    assert again.relation_ids == (x["rel_back"].id,)
    # the agreement with the forum: the forum was recorded absent, so the tie is new
    [new] = diff.of_kind("relation_appeared")
    assert new.relation_ids == (x["rel_kept"].id,) and new.detail["reason"] == "actor_absent"
    assert [i.kind for i in diff.items] == sorted((i.kind for i in diff.items), key=KINDS.index)
    assert [g[0] for g in diff.groups()] == [k for k in KINDS if diff.of_kind(k)]


def test_the_reverse_diff_swaps_each_pair(sketch: Sketch) -> None:
    _four_fates(sketch)
    forward = diff_phases(sketch.model, sketch.pid(0), sketch.pid(1))
    back = diff_phases(sketch.model, sketch.pid(1), sketch.pid(0))
    for a, b in (("actor_left", "actor_entered"), ("actor_not_described", "actor_described"),
                 ("relation_ended", "relation_appeared"),
                 ("relation_not_described", "relation_described")):
        assert {i.actor_ids for i in forward.of_kind(a)} == {i.actor_ids for i in back.of_kind(b)}


def test_absent_to_not_described_is_no_change(sketch: Sketch) -> None:
    sketch.case_like()
    sketch.phases("design", "piloting")
    sketch.actor("City", present=(0, 1))
    lab = sketch.actor("Lab", "academia", present=())
    sketch.state(lab, 0, "absent")  # absent, then not described: nobody saw it change
    assert diff_phases(sketch.model, sketch.pid(0), sketch.pid(1)).items == []


def test_in_an_app_session_silence_is_absence(sketch: Sketch) -> None:
    """Sessions made in the app keep their meaning: the room decides who is there, so an
    actor not marked present is absent and 'left' as before."""
    sketch.phases("design", "piloting")
    sketch.actor("City", present=(0, 1))
    sketch.actor("Lab", "academia", present=(0,))
    diff = diff_phases(sketch.model, sketch.pid(0), sketch.pid(1))
    assert _texts(diff, "actor_left") == ["Lab left between Design and Piloting"]
    assert [w.actor_ids for w in found(sketch, "W4")] == [(sketch.s.actor("Lab").id,)]


# -- warnings never fire on "not described" ------------------------------------------------
def test_w4_needs_explicit_absence(sketch: Sketch) -> None:
    x = _four_fates(sketch)
    [w] = found(sketch, "W4")
    assert w.actor_ids == (x["gone"].id,)  # not the silent lab
    sketch.state(x["gone"], 1, "not_described")
    assert found(sketch, "W4") == []


def test_w1_not_on_citizens_the_source_does_not_describe(sketch: Sketch) -> None:
    sketch.case_like()
    sketch.phases("design", "implementation")
    sketch.actor("City", present=(0, 1))
    people = sketch.actor("Residents", "citizens", present=(1,))
    assert found(sketch, "W1") == []  # the paper never says whether residents helped design
    sketch.state(people, 0, "absent")
    [w] = found(sketch, "W1")
    assert w.detail == "Residents is recorded as absent from Design." and w.actor_ids == (people.id,)


def test_w1_without_citizens_needs_a_fully_described_design_phase(sketch: Sketch) -> None:
    sketch.case_like()
    sketch.phases("design")
    sketch.actor("City", present=(0,))
    other = sketch.actor("Utility", "private", present=())
    assert found(sketch, "W1") == []  # the utility is not described: the phase is not either
    sketch.state(other, 0, "absent")
    [w] = found(sketch, "W1")  # every actor recorded: no citizens among them
    assert w.detail == "No citizens actor takes part in Design."


def test_w5_needs_the_newcomer_absent_the_phase_before(sketch: Sketch) -> None:
    sketch.case_like()
    sketch.phases("design", "maintenance")
    city = sketch.actor("City", present=(0, 1))
    late = sketch.actor("Jurisdictions", present=(1,))
    sketch.rel_state(sketch.rel(late, city, "data"), 1, "active")
    assert found(sketch, "W5") == []  # not described in design: not known to be new
    sketch.state(late, 0, "absent")
    [w] = found(sketch, "W5")
    assert late.id in w.actor_ids


def test_w10_and_w11_wait_for_actors_not_described(sketch: Sketch) -> None:
    sketch.case_like()
    sketch.phases("design")
    sketch.actor("Ministry", scale="national", present=(0,))
    sketch.actor("Vendor", "private", "international", present=(0,))
    sketch.actor("Utility", "private", "national", present=(0,))
    lab = sketch.actor("Neighbourhood lab", "academia", "neighbourhood", present=())
    assert found(sketch, "W10") == [] and found(sketch, "W11") == []
    sketch.state(lab, 0, "absent")
    assert len(found(sketch, "W10")) == 1 and len(found(sketch, "W11")) == 1


def test_w18_citizens_after_a_fixing_decision(sketch: Sketch) -> None:
    sketch.case_like()
    sketch.phases("design", "implementation")
    sketch.actor("City", present=(0, 1))
    people = sketch.actor("Residents", "citizens", present=(1,))
    sketch.s.add_decision_point(sketch.s.phases[0], "Specifications fixed", "specifications_fixed")
    assert found(sketch, "W18") == []  # residents not described in design: no claim
    sketch.state(people, 0, "absent")
    [w] = found(sketch, "W18")
    assert w.phase_id == sketch.pid(1) and w.actor_ids == (people.id,)
    assert w.detail == ("Residents first takes part in Implementation, after \"Specifications "
                        "fixed\" (specifications fixed, Design), when it was recorded absent.")


def test_w18_misses_an_open_decision_or_one_in_the_same_phase(sketch: Sketch) -> None:
    sketch.phases("design", "implementation")
    sketch.actor("City", present=(0, 1))
    sketch.actor("Residents", "citizens", present=(1,))
    point = sketch.s.add_decision_point(sketch.s.phases[0], "Round table", "other")
    assert found(sketch, "W18") == []  # a decision that fixes nothing
    sketch.s.update_decision_point(point, kind="plan_adopted", phase_id=sketch.pid(1))
    assert found(sketch, "W18") == []  # in the phase they join: the order is not known
    sketch.s.update_decision_point(point, phase_id=sketch.pid(0))
    assert len(found(sketch, "W18")) == 1


def test_turning_absences_into_silence_never_adds_a_warning(sketch: Sketch) -> None:
    """Whatever the rule, 'not described' can only take warnings away, never add one."""
    sketch.phases("design", "implementation", "maintenance")
    city = sketch.actor("City", present=(0, 1, 2))
    donor = sketch.actor("Donor", "international", "international", present=(0,))
    people = sketch.actor("Residents", "citizens", present=(1, 2), roles=("consulted",))
    late = sketch.actor("Jurisdictions", present=(2,))
    sketch.rel(city, donor, "funding")
    sketch.rel(late, city, "data")
    sketch.rel(city, people, "consultation")
    sketch.s.add_decision_point(sketch.s.phases[0], "Plan adopted", "plan_adopted")
    before = {(w.id, w.phase_id) for w in compute_warnings(sketch.model)}
    assert {"W1", "W4", "W5", "W18"} <= {i for i, _ in before}
    for actor, phase in ((donor, 1), (people, 0), (late, 1), (late, 0), (donor, 2)):
        sketch.state(actor, phase, "not_described")
        now = {(w.id, w.phase_id) for w in compute_warnings(sketch.model)}
        assert now <= before, (actor.name, phase, now - before)
        before = now
    assert not {"W1", "W4", "W5", "W18"} & {i for i, _ in before}


# -- metrics ------------------------------------------------------------------------------
def test_metrics_count_each_state_and_measure_the_present(sketch: Sketch) -> None:
    _four_fates(sketch)
    design, pilot = all_phase_metrics(sketch.model)
    assert design.presence_states == {"present": 3, "absent": 1, "not_described": 1}
    assert pilot.presence_states == {"present": 3, "absent": 1, "not_described": 1}
    assert design.relation_states == {"active": 2, "inactive": 1, "not_described": 1}
    assert pilot.relation_states == {"active": 2, "inactive": 1, "not_described": 1}
    # density over the three present actors and their two active ties, nobody else
    assert (pilot.actors, pilot.relations, pilot.density) == (3, 2, round(2 / 3, 4))
    assert pilot.degree_centralisation == 1.0  # the city is the star's centre
