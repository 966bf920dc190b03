"""Comparing two phases: who joined and left, role changes, relations, level changes."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import Sketch

from workshop_app.analysis.diff import KINDS, diff_phases


def _texts(diff: Any, kind: str) -> list[str]:
    return [i.text for i in diff.of_kind(kind)]


def test_iskandar_design_to_implementation(demo: Any) -> None:
    """000: "the academic partners left the project and citizens became involved"; the
    other design participants are not placed in implementation, which is not leaving."""
    s = demo("iskandar")
    design, impl = s.phases[0], s.phases[1]
    diff = diff_phases(s.model, design.id, impl.id)
    assert _texts(diff, "actor_left") == [
        "Academic partners left between Design: project specifications and Implementation"]
    assert _texts(diff, "actor_entered") == [
        "Citizens of Iskandar joined between Design: project specifications and Implementation"]
    assert [i.text.split(":")[0] for i in diff.of_kind("actor_not_described")] == [
        "International donors", "Non-profit professional groups", "Regional government agencies",
        "UN agencies"]
    assert _texts(diff, "actor_described") == [
        "Private-sector consortium: not described in Design: project specifications, present in "
        "Implementation"]
    ended = diff.of_kind("relation_ended")  # the academics' ties went with them
    assert len(ended) == 4 and {i.detail["reason"] for i in ended} == {"actor_absent"}
    assert len(diff.of_kind("relation_not_described")) == 6  # the others' round table
    [new] = diff.of_kind("relation_appeared")
    assert new.text == ("New consultation relation from Private-sector consortium to Citizens "
                        "of Iskandar")
    assert new.detail["reason"] == "actor_absent"  # the citizens were recorded absent


def test_any_two_phases_in_either_order(demo: Any) -> None:
    s = demo("iskandar")
    first, last = s.phases[0].id, s.phases[2].id
    forward, back = diff_phases(s.model, first, last), diff_phases(s.model, last, first)
    assert {i.actor_ids for i in forward.of_kind("actor_left")} == {
        i.actor_ids for i in back.of_kind("actor_entered")}
    assert back.phase_a == last and back.phase_b == first
    assert diff_phases(s.model, first, first).items == []


def test_london_roles_change_in_the_room_s_words(demo: Any) -> None:
    s = demo("london")
    diff = diff_phases(s.model, s.phases[0].id, s.phases[2].id)
    gla = next(i for i in diff.of_kind("roles_changed") if i.text.startswith("Greater London"))
    assert gla.text == ("Greater London Authority (incl. Mayor's office): Provider, Steward → "
                        "Coordinator, Orchestrator, Steward")
    assert gla.detail["added"] == ["coordinator", "orchestrator"]
    assert gla.detail["removed"] == ["provider"]
    # 004 describes relations per dimension: one it does not describe in openness is not new
    again = diff.of_kind("relation_described")
    assert again and {i.detail["reason"] for i in again} == {"not_described"}
    assert diff.of_kind("relation_appeared") == []


def test_reordered_roles_are_no_change(demo: Any) -> None:
    s = demo("turin")  # the European Commission lists "regulator, funder" then "funder, regulator"
    diff = diff_phases(s.model, s.phases[0].id, s.phases[1].id)
    assert not any("European Commission" in i.text for i in diff.of_kind("roles_changed"))


def test_score_changes_are_level_changes(sketch: Sketch) -> None:
    sketch.phases("design", "piloting")
    a = sketch.actor("City", present=(0, 1), roles=("coordinator",))
    b = sketch.actor("Lab", "academia", present=(0, 1))
    r = sketch.rel(a, b, "data", directed=False)
    sketch.score(r, 0, trust=4, commitment=2, interdependence=1)
    sketch.score(r, 1, trust=5, commitment=3, interdependence=3)
    diff = diff_phases(sketch.model, sketch.pid(0), sketch.pid(1))
    [item, other] = diff.of_kind("score_changed")  # trust 4 → 5 stays high: not listed
    assert item.text == ("Commitment in the data relation between City and Lab went from "
                         "low (2) to medium (3)")
    assert item.detail == {"dimension": "commitment", "before": 2, "after": 3,
                           "level_before": "low", "level_after": "medium"}
    assert other.detail["dimension"] == "interdependence"  # 1 → 3: two points, and a level
    assert item.relation_ids == (r.id,) and item.actor_ids == (a.id, b.id)


def test_unscored_on_one_side_is_not_a_change(sketch: Sketch) -> None:
    sketch.phases("design", "piloting")
    a = sketch.actor("City", present=(0, 1))
    b = sketch.actor("Lab", "academia", present=(0, 1))
    sketch.score(sketch.rel(a, b), 0, trust=1)
    assert diff_phases(sketch.model, sketch.pid(0), sketch.pid(1)).items == []


def test_order_is_stable_and_json_friendly(sketch: Sketch) -> None:
    sketch.phases("design", "scaling")
    z = sketch.actor("Zeta agency", present=(0,))
    a = sketch.actor("Alpha city", present=(0, 1), roles=("funder",))
    sketch.roles(a, 1, "funder", "orchestrator")
    sketch.actor("beta start-up", "private", present=(1,))
    sketch.actor("Another firm", "private", present=(1,))
    sketch.rel(z, a, "funding")
    diff = diff_phases(sketch.model, sketch.pid(0), sketch.pid(1))
    kinds = [i.kind for i in diff.items]
    assert kinds == sorted(kinds, key=KINDS.index)
    assert _texts(diff, "actor_entered")[0].startswith("Another firm")  # names ignore case
    assert _texts(diff, "actor_entered")[1].startswith("beta start-up")
    assert _texts(diff, "roles_changed") == ["Alpha city: Funder → Funder, Orchestrator"]
    assert _texts(diff, "relation_ended") == ["The funding relation from Zeta agency to Alpha "
                                              "city ended"]
    data = json.loads(json.dumps(diff.to_dict()))
    assert data["phase_a_name"] == "Design" and data["phase_b_name"] == "Scaling"
    assert data["items"][0] == {"kind": "actor_entered", "text": diff.items[0].text,
                                "actor_ids": list(diff.items[0].actor_ids), "relation_ids": [],
                                "detail": {"roles": [], "state_before": "absent",
                                           "state_after": "present"}}
    assert diff_phases(sketch.model, sketch.pid(0), sketch.pid(1)) == diff


def test_unknown_phase_is_refused(sketch: Sketch) -> None:
    sketch.phases("design")
    with pytest.raises(KeyError):
        diff_phases(sketch.model, sketch.pid(0), 999)
