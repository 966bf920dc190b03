"""The pattern warnings fire on the demo cases where the papers point (domain brief §4)."""

from __future__ import annotations

from typing import Any

import pytest

from workshop_app.analysis.warnings import PatternWarning, compute_warnings
from workshop_app.session import Session


def _by(session: Session, rule: str) -> list[PatternWarning]:
    return [w for w in compute_warnings(session.model) if w.id == rule]


def _phase_key(session: Session, w: PatternWarning) -> str:
    return session.model.phase(w.phase_id).key


def _actor(session: Session, start: str) -> int:
    return next(a.id for a in session.actors if a.name.startswith(start))


@pytest.mark.parametrize("case", ["iskandar", "antwerp", "darmstadt"])
def test_w1_citizens_absent_from_design(demo: Any, case: str) -> None:
    s = demo(case)
    [w] = _by(s, "W1")
    assert _phase_key(s, w) == "design"


def test_w1_quiet_where_citizens_help_plan(demo: Any) -> None:
    assert _by(demo("turin"), "W1") == []  # Turin's citizens are there as voters from the start


def test_iskandar_citizens_consulted_without_decision_power(demo: Any) -> None:
    s = demo("iskandar")
    [w] = _by(s, "W2")
    assert _phase_key(s, w) == "implementation"
    assert w.actor_ids == (_actor(s, "Citizens of Iskandar"),)


def test_iskandar_local_knowledge_missing_in_design(demo: Any) -> None:
    s = demo("iskandar")
    [w] = _by(s, "W11")
    assert _phase_key(s, w) == "design"
    assert set(w.actor_ids) == {_actor(s, "International donors"), _actor(s, "UN agencies")}


def test_iskandar_academics_leave_after_design(demo: Any) -> None:
    s = demo("iskandar")
    first = _by(s, "W4")[0]
    assert (_phase_key(s, first), s.model.phase(first.next_phase_id).key) == (
        "design", "implementation")
    assert first.actor_ids == (_actor(s, "Academic partners"),)
    assert "Academic partners took part in Design" in first.detail


def test_london_loda_pilot_leaves_before_scaling(demo: Any) -> None:
    s = demo("london")
    [w] = _by(s, "W4")
    assert s.model.phase(w.next_phase_id).key == "scaling"
    assert w.actor_ids == (_actor(s, "London Office for Data Analytics"),)


def test_iskandar_jurisdictions_needed_late(demo: Any) -> None:
    s = demo("iskandar")
    [w] = _by(s, "W5")
    assert _phase_key(s, w) == "maintenance"
    assert _actor(s, "Other parties and jurisdictions") in w.actor_ids
    assert [s.model.relation(r).kind for r in w.relation_ids] == ["data"]


def test_london_boroughs_on_vendor_data(demo: Any) -> None:
    s = demo("london")
    [w] = _by(s, "W15")
    assert _phase_key(s, w) == "scaling"
    assert set(w.actor_ids) == {_actor(s, "London Boroughs"), _actor(s, "Large IT vendors")}
    assert "London Boroughs (33 local authorities) receives data only from Large IT vendors" \
        in w.detail


@pytest.mark.parametrize("case", ["turin", "antwerp", "darmstadt", "london"])
def test_w3_names_the_hub(demo: Any, case: str) -> None:
    s = demo(case)
    ws = _by(s, "W3")
    assert ws, case
    for w in ws:
        [hub] = w.actor_ids
        assert s.model.actor(hub).name in w.detail
        assert all(hub in (s.model.relation(r).source, s.model.relation(r).target)
                   for r in w.relation_ids)


def test_london_primary_actors_without_relations_are_a_mapping_gap(demo: Any) -> None:
    """004 names Nesta and the ODI primary actors (4.1): no relation recorded for them in a
    phase is a gap in the map, not a finding that they have no influence."""
    s = demo("london")
    named = {_actor(s, "Nesta"), _actor(s, "Open Data Institute")}
    assert not [w for w in _by(s, "W14") if named & set(w.actor_ids)]
    pilot = [w for w in _by(s, "W19") if _phase_key(s, w) == "piloting"]
    assert len(pilot) == 1 and pilot[0].severity == "info"
    assert named <= set(pilot[0].actor_ids)
    assert "no relation of theirs is recorded there" in pilot[0].detail
