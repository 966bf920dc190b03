"""A relation is in a phase only when both ends are present there and it is not switched off;
the phase graph (networkx MultiDiGraph) shows exactly that."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from workshop_app import CommandError


def edges(ws: Any, phase: Any) -> set[int]:
    return {k for _, _, k in ws.s.graph(phase).edges(keys=True)}


def test_relation_exists_only_where_both_ends_are_present(ws: Any) -> None:
    s = ws.s
    # University is present only in design: its agreement with the vendor shows only there.
    assert edges(ws, ws.design) == {ws.info.id, ws.data.id, ws.plan.id}
    assert edges(ws, ws.piloting) == {ws.info.id, ws.data.id}
    assert edges(ws, "implementation") == set()
    s.set_presence(ws.vendor, ws.design, False)
    assert edges(ws, ws.design) == set()
    assert [a.name for a in s.present_actors(ws.design)] == ["City of Lyon", "University"]
    s.set_presence(ws.vendor, ws.design, True)
    assert edges(ws, ws.design) == {ws.info.id, ws.data.id, ws.plan.id}


def test_switching_a_relation_off_hides_it_in_that_phase_only(ws: Any) -> None:
    s = ws.s
    s.set_relation_active(ws.data, ws.piloting, False)
    assert edges(ws, ws.piloting) == {ws.info.id}
    assert edges(ws, ws.design) == {ws.info.id, ws.data.id, ws.plan.id}
    assert s.model.is_switched_off(ws.data.id, ws.piloting.id)
    s.set_relation_active(ws.data, ws.piloting, True)
    assert edges(ws, ws.piloting) == {ws.info.id, ws.data.id}


def test_switched_off_relation_cannot_be_scored_there(ws: Any) -> None:
    ws.s.set_relation_active(ws.info, ws.design, False)
    with pytest.raises(CommandError, match="not part of the phase"):
        ws.s.score(ws.info, ws.design, trust=3, participant="Ana")


def test_relation_to_absent_actor_cannot_be_scored(ws: Any) -> None:
    with pytest.raises(CommandError, match="not part of the phase"):
        ws.s.score(ws.plan, ws.piloting, trust=3)


def test_graph_nodes_carry_actor_roles_and_per_phase_position(ws: Any) -> None:
    g = ws.s.graph(ws.piloting)
    assert isinstance(g, nx.MultiDiGraph)
    assert g.graph["phase"] == "Pilot" and g.graph["phase_key"] == "piloting"
    assert sorted(g.nodes) == [ws.city.id, ws.vendor.id]
    city = g.nodes[ws.city.id]
    assert (city["name"], city["type"], city["scale"]) == ("City of Lyon", "government", "city")
    assert (city["x"], city["y"]) == (100.0, -50.0)  # the piloting override
    d = ws.s.graph(ws.design).nodes[ws.city.id]
    assert (d["x"], d["y"]) == (10.0, 20.0)  # the shared place
    assert d["roles"] == ["coordinator", "steward"]
    assert d["abilities"] == ["competences"]


def test_parallel_relations_of_different_kinds_stay_separate(ws: Any) -> None:
    g = ws.s.graph(ws.design)
    between = g.get_edge_data(ws.city.id, ws.vendor.id)
    assert set(between) == {ws.info.id, ws.data.id}
    assert {between[k]["kind"] for k in between} == {"information", "data"}
    assert between[ws.data.id]["attr_openness"] == "closed"
    assert g.number_of_edges() == 3


def test_undirected_relation_is_flagged(ws: Any) -> None:
    g = ws.s.graph(ws.design)
    plan = g.edges[ws.vendor.id, ws.uni.id, ws.plan.id]
    assert plan["directed"] is False
    assert g.edges[ws.city.id, ws.vendor.id, ws.info.id]["directed"] is True


def test_graph_edges_carry_consensus_class_and_keep_unscored_as_none(ws: Any) -> None:
    g = ws.s.graph(ws.design)
    info = g.edges[ws.city.id, ws.vendor.id, ws.info.id]
    # Facilitator 4/4/5, Ana 2/3/4: lower medians 2/3/4, spreads 2/1/1
    assert (info["trust"], info["commitment"], info["interdependence"]) == (2, 3, 4)
    assert (info["trust_spread"], info["commitment_spread"], info["interdependence_spread"]) \
        == (2, 1, 1)
    assert info["trust_votes"] == 2
    # a new session reads 3C by the weakest dimension, voter by voter: the facilitator holds
    # collaboration, Ana (low trust) cooperation; the lower median of the two is cooperation
    assert info["threec"] == "cooperation"
    assert info["tensions"] == ["high interdependence but low trust"]
    data = g.edges[ws.city.id, ws.vendor.id, ws.data.id]
    assert (data["trust"], data["commitment"], data["interdependence"]) == (None, None, None)
    assert data["trust_votes"] == 0 and data["threec"] is None and data["tensions"] == []
    plan = g.edges[ws.vendor.id, ws.uni.id, ws.plan.id]
    assert (plan["trust"], plan["commitment"]) == (3, None)
    assert plan["threec"] is None  # partly scored: unclassified, never guessed


def test_votes_are_per_phase(ws: Any) -> None:
    ws.s.score(ws.info, ws.piloting, 5, 5, 5)
    assert ws.s.graph(ws.piloting).edges[ws.city.id, ws.vendor.id, ws.info.id]["threec"] \
        == "collaboration"
    assert ws.s.three_c(ws.info, ws.design) == "cooperation"


def test_phase_lookup_by_name_key_and_id(ws: Any) -> None:
    s = ws.s
    assert s.phase("Pilot") == s.phase("piloting") == s.phase(ws.piloting.id) == ws.piloting
    assert s.phase("pilot") == ws.piloting  # case-insensitive name
    with pytest.raises(CommandError, match="No phase 'launch'"):
        s.phase("launch")
