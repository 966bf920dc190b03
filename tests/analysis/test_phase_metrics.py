"""Per-phase metrics on hand-built sketches whose figures are known, and on the demos."""

from __future__ import annotations

import json
from typing import Any

import networkx as nx
from conftest import Sketch

from workshop_app.analysis.metrics import all_phase_metrics, betweenness


def test_a_star_is_fully_centralised_and_its_centre_brokers(sketch: Sketch) -> None:
    sketch.phases("design")
    centre = sketch.actor("Programme office", "intermediary")
    leaves = sketch.actors(4, prefix="Partner")
    for leaf in leaves:
        sketch.rel(centre, leaf)
    sketch.rel(leaves[0], centre, "data")  # a second relation on a pair is still one tie
    [m] = all_phase_metrics(sketch.model)
    assert m.actors == 5 and m.relations == 5
    assert m.degree_centralisation == 1.0
    assert m.density == 0.4  # 4 ties of 10 possible
    assert m.components == 1
    assert [(b.name, b.betweenness) for b in m.brokers] == [("Programme office", 1.0)]
    assert m.relations_by_kind["information"] == 4 and m.relations_by_kind["data"] == 1
    assert m.actors_by_type["intermediary"] == 1 and m.actors_by_type["government"] == 4
    assert not m.betweenness_sampled


def test_a_ring_has_no_centralisation_and_isolates_are_components(sketch: Sketch) -> None:
    sketch.phases("piloting")
    ring = sketch.actors(4)
    for i in range(4):
        sketch.rel(ring[i], ring[(i + 1) % 4])
    sketch.actor("Alone", "citizens", "neighbourhood")
    [m] = all_phase_metrics(sketch.model)
    assert m.components == 2
    assert m.degree_centralisation == round(2 / (4 * 3), 4)  # only the isolate falls short
    assert m.actors_by_scale == {"neighbourhood": 1, "city": 4, "regional": 0, "national": 0,
                                 "international": 0, "unknown": 0}


def test_scores_summarise_medians_and_leave_unscored_out(sketch: Sketch) -> None:
    sketch.phases("implementation")
    people = sketch.actors(5)
    rels = [sketch.rel(people[i], people[i + 1]) for i in range(4)]
    sketch.s.add_participant("Ana")
    sketch.score(rels[0], 0, trust=2, commitment=4, interdependence=4)
    sketch.score(rels[0], 0, trust=5, participant="Ana")  # votes 2 and 5: lower median 2
    sketch.score(rels[1], 0, trust=4, commitment=4, interdependence=5)
    sketch.score(rels[2], 0, trust=5)
    # rels[3] stays unscored: it must not count as 0 (nor as 1)
    [m] = all_phase_metrics(sketch.model)
    t = m.scores["trust"]
    assert (t.scored, t.median, t.min, t.max, t.q1, t.q3) == (3, 4, 2, 5, 2, 5)
    assert t.mean == round(11 / 3, 2)
    assert m.scores["commitment"].scored == 2 and m.scores["commitment"].min == 4
    # weakest-dimension rule (new sessions): the facilitator's 2/4/4 is cooperation; Ana's
    # trust-only vote has no class of its own
    assert m.threec_counts == {"cooperation": 1, "coordination": 0, "collaboration": 1,
                               "unclassified": 2}
    assert m.threec_shares["unclassified"] == 0.5


def test_empty_phase_has_no_made_up_numbers(sketch: Sketch) -> None:
    sketch.phases("design", "maintenance")
    sketch.actors(2)
    empty = all_phase_metrics(sketch.model)[1]
    assert empty.actors == 0 and empty.relations == 0 and empty.components == 0
    assert empty.density is None and empty.degree_centralisation is None
    assert empty.scores["trust"].scored == 0 and empty.scores["trust"].median is None
    assert set(empty.threec_shares.values()) == {None}


def test_large_phases_use_a_fixed_seed_sample() -> None:
    g = nx.connected_watts_strogatz_graph(400, 6, 0.2, seed=3)
    first, k = betweenness(g)
    again, k2 = betweenness(g)
    assert k is not None and k == k2 and k < 400
    assert first == again  # same session, same figures
    small, k_small = betweenness(nx.path_graph(30))
    assert k_small is None and small[15] > small[0]


def test_metrics_on_london_are_json(demo: Any) -> None:
    s = demo("london")
    ms = all_phase_metrics(s.model)
    assert [m.position for m in ms] == [1, 2, 3]
    pilot = ms[1]
    # Nesta, the ODI and the Smart London Board have no relation recorded in diffusion; TfL
    # and the emergency services are not described there (004), so they are no nodes at all
    assert pilot.components == 4
    assert pilot.presence_states == {"present": 10, "absent": 0, "not_described": 4}
    assert pilot.brokers[0].name == "London Boroughs (33 local authorities)"
    data = json.loads(json.dumps([m.to_dict() for m in ms]))
    assert data[2]["key"] == "scaling"
    assert set(data[0]) >= {"actors_by_type", "density", "degree_centralisation", "brokers",
                            "betweenness_sampled", "components", "scores", "threec_shares",
                            "threec_rule", "presence_states", "relation_states",
                            "stated_classes", "stated_levels", "arena_threec"}
