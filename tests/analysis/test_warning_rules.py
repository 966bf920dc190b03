"""Each pattern warning fires on a small sketch that meets its rule and stays quiet on one that
just misses it (threshold edges: six relations against five, exactly half, one tie too few)."""

from __future__ import annotations

import json

from conftest import Sketch

from workshop_app.analysis.warnings import WARNING_RULES, PatternWarning, compute_warnings


def found(sk: Sketch, rule: str) -> list[PatternWarning]:
    return [w for w in compute_warnings(sk.model) if w.id == rule]


# -- W1 citizens absent from design -------------------------------------------------------
def test_w1_design_without_citizens(sketch: Sketch) -> None:
    sketch.phases("design", "piloting")
    sketch.actor("City", present=(0, 1))
    [w] = found(sketch, "W1")  # the pilot has no citizens either, but it is no design phase
    assert w.phase_id == sketch.pid(0) and w.severity == "warning"
    assert w.message == WARNING_RULES["W1"].message
    assert "003, Module 1" in w.source and "000, Roles and interrelations" in w.source
    sketch.actor("Residents' forum", "citizens", present=(0,))
    assert found(sketch, "W1") == []


# -- W2 citizens without decision power ---------------------------------------------------
def test_w2_citizens_only_consulted(sketch: Sketch) -> None:
    sketch.phases("implementation")
    firm = sketch.actor("Vendor", "private")
    people = sketch.actor("Residents", "citizens", roles=("consulted",))
    ask = sketch.rel(firm, people, "consultation")
    [w] = found(sketch, "W2")
    assert w.actor_ids == (people.id,) and w.relation_ids == (ask.id,)
    assert "Residents (Consulted)" in w.detail


def test_w2_misses_with_a_civic_role_or_an_agreement(sketch: Sketch) -> None:
    sketch.phases("implementation")
    firm = sketch.actor("Vendor", "private")
    people = sketch.actor("Residents", "citizens", roles=("user", "civic_agent"))
    assert found(sketch, "W2") == []
    sketch.roles(people, 0, "user")
    assert len(found(sketch, "W2")) == 1
    sketch.rel(people, firm, "agreement", directed=False)
    assert found(sketch, "W2") == []


def test_w2_needs_citizens_present(sketch: Sketch) -> None:
    sketch.phases("implementation")
    sketch.actors(3)
    assert found(sketch, "W2") == []


# -- W3 one endpoint of most relations ----------------------------------------------------
def _hub(sketch: Sketch, spokes: int, others: int, hub_type: str = "government") -> None:
    sketch.phases("piloting")
    hub = sketch.actor("Hub", hub_type)
    rest = sketch.actors(4, prefix="Partner")
    for i in range(spokes):
        sketch.rel(hub, rest[i % 4], "information")
    for i in range(others):
        sketch.rel(rest[0], rest[1 + i % 3], "data")


def test_w3_fires_above_half_of_six(sketch: Sketch) -> None:
    _hub(sketch, spokes=4, others=2)
    [w] = found(sketch, "W3")
    assert w.severity == "info"  # a public hub: a question, raised for private hubs
    assert "Hub is an end of 4 of the 6 relations" in w.detail
    assert len(w.relation_ids) == 4


def test_w3_severity_up_for_a_private_hub(sketch: Sketch) -> None:
    _hub(sketch, spokes=4, others=2, hub_type="private")
    [w] = found(sketch, "W3")
    assert w.severity == "warning" and "(private)" in w.detail


def test_w3_misses_at_exactly_half(sketch: Sketch) -> None:
    _hub(sketch, spokes=3, others=3)  # the hub has 3 of 6; Partner 1 has 4 and is flagged
    assert [w.detail.split(" is ")[0] for w in found(sketch, "W3")] == ["Partner 1"]


def test_w3_needs_six_relations(sketch: Sketch) -> None:
    _hub(sketch, spokes=5, others=0)
    assert found(sketch, "W3") == []


# -- W4 actor left ------------------------------------------------------------------------
def test_w4_names_who_left_each_step(sketch: Sketch) -> None:
    sketch.phases("design", "piloting", "scaling")
    stays = sketch.actor("City", present=(0, 1, 2))
    back = sketch.actor("University", "academia", present=(0, 2))
    gone = sketch.actor("Start-up", "private", present=(1,))
    sketch.rel(stays, back)
    ws = found(sketch, "W4")
    assert [(w.phase_id, w.next_phase_id, w.actor_ids) for w in ws] == [
        (sketch.pid(0), sketch.pid(1), (back.id,)),
        (sketch.pid(1), sketch.pid(2), (gone.id,)),
    ]
    assert ws[0].detail == "University took part in Design but not in Piloting."
    assert ws[0].relation_ids  # the tie that went with it
    assert stays.id not in {a for w in ws for a in w.actor_ids}


# -- W5 newcomer needed late --------------------------------------------------------------
def test_w5_late_newcomer_with_a_data_relation(sketch: Sketch) -> None:
    sketch.phases("design", "maintenance")
    city = sketch.actor("City", present=(0, 1))
    late = sketch.actor("Transport authority", present=(1,))
    tie = sketch.rel(late, city, "data")
    [w] = found(sketch, "W5")
    assert w.phase_id == sketch.pid(1) and late.id in w.actor_ids and w.relation_ids == (tie.id,)
    assert "Transport authority appears for the first time in Maintenance" in w.detail


def test_w5_misses(sketch: Sketch) -> None:
    sketch.phases("design", "piloting", "implementation")
    city = sketch.actor("City", present=(0, 1, 2))
    pilot_only = sketch.actor("Pilot partner", present=(1,))
    sketch.rel(pilot_only, city, "data")  # piloting is not a late stage
    talk = sketch.actor("Adviser", present=(2,))
    sketch.rel(talk, city, "information")  # late, but no data or agreement
    earlier = sketch.actor("Operator", present=(0, 2))
    sketch.rel(earlier, city, "agreement")  # late tie, but not new
    assert found(sketch, "W5") == []


def test_w5_not_in_the_first_phase(sketch: Sketch) -> None:
    sketch.phases("implementation")
    a, b = sketch.actors(2)
    sketch.rel(a, b, "agreement")
    assert found(sketch, "W5") == []


# -- W6 high commitment, low trust --------------------------------------------------------
def test_w6_reads_the_median_of_votes(sketch: Sketch) -> None:
    sketch.phases("piloting")
    a, b = sketch.actors(2)
    r = sketch.rel(a, b, "agreement")
    sketch.s.add_participant("Ana")
    sketch.s.add_participant("Bo")
    for who, trust in (("Facilitator", 1), ("Ana", 2), ("Bo", 5)):
        sketch.score(r, 0, trust=trust, commitment=4, participant=who)
    [w] = found(sketch, "W6")  # median trust 2 (low), commitment 4 (high)
    assert w.relation_ids == (r.id,) and "trust 2 (low)" in w.detail
    sketch.score(r, 0, trust=4, participant="Ana")  # votes 1, 4, 5: median 4
    assert found(sketch, "W6") == []


def test_w6_misses_on_medium_trust_or_unscored_commitment(sketch: Sketch) -> None:
    sketch.phases("piloting")
    a, b, c = sketch.actors(3)
    sketch.score(sketch.rel(a, b), 0, trust=3, commitment=5)
    sketch.score(sketch.rel(b, c), 0, trust=1)
    assert found(sketch, "W6") == []


# -- W7 intensity dropped -----------------------------------------------------------------
def test_w7_trust_falls_a_level(sketch: Sketch) -> None:
    sketch.phases("design", "piloting")
    a = sketch.actor("City", present=(0, 1))
    b = sketch.actor("Lab", "academia", present=(0, 1))
    r = sketch.rel(a, b, "information")
    sketch.score(r, 0, trust=4, commitment=3)
    sketch.score(r, 1, trust=3, commitment=3)
    [w] = found(sketch, "W7")
    assert (w.phase_id, w.next_phase_id) == (sketch.pid(0), sketch.pid(1))
    assert "trust high → medium" in w.detail and "commitment" not in w.detail


def test_w7_same_pair_and_kind_in_another_record(sketch: Sketch) -> None:
    sketch.phases("design", "piloting")
    a = sketch.actor("City", present=(0, 1))
    b = sketch.actor("Lab", "academia", present=(0, 1))
    old, new = sketch.rel(a, b, "data"), sketch.rel(b, a, "data", directed=False)
    sketch.s.set_relation_active(new, sketch.s.phases[0], False)
    sketch.s.set_relation_active(old, sketch.s.phases[1], False)
    sketch.score(old, 0, commitment=3)
    sketch.score(new, 1, commitment=2)
    [w] = found(sketch, "W7")
    assert set(w.relation_ids) == {old.id, new.id} and "commitment medium → low" in w.detail


def test_w7_misses_within_a_level_across_kinds_and_unscored(sketch: Sketch) -> None:
    sketch.phases("design", "piloting")
    a = sketch.actor("City", present=(0, 1))
    b = sketch.actor("Lab", "academia", present=(0, 1))
    same = sketch.rel(a, b, "information")
    sketch.score(same, 0, trust=5)
    sketch.score(same, 1, trust=4)  # very high to high: still "high"
    info, data = sketch.rel(a, b, "resources"), sketch.rel(a, b, "data")
    sketch.s.set_relation_active(data, sketch.s.phases[0], False)
    sketch.s.set_relation_active(info, sketch.s.phases[1], False)
    sketch.score(info, 0, trust=4)
    sketch.score(data, 1, trust=2)  # another kind: not the same tie
    dropped = sketch.rel(a, b, "decision")
    sketch.score(dropped, 0, trust=4)  # unscored in the next phase
    assert found(sketch, "W7") == []


# -- W8 collaboration everywhere ----------------------------------------------------------
def _classed(sketch: Sketch, n_actors: int, collab: int, other: int) -> None:
    sketch.phases("implementation")
    people = sketch.actors(n_actors)
    for i in range(collab + other):
        r = sketch.rel(people[i % n_actors], people[(i + 1) % n_actors])
        if i < collab:
            sketch.score(r, 0, 4, 5, 4)
        else:
            sketch.score(r, 0, 3, 3, 3)
    sketch.rel(people[0], people[2])  # unclassified: not counted either way


def test_w8_more_than_half_collaboration(sketch: Sketch) -> None:
    _classed(sketch, 6, collab=3, other=1)
    [w] = found(sketch, "W8")
    assert "3 of the 4 classed relations" in w.detail and len(w.relation_ids) == 3


def test_w8_misses_at_exactly_half(sketch: Sketch) -> None:
    _classed(sketch, 6, collab=2, other=2)
    assert found(sketch, "W8") == []


def test_w8_misses_with_five_actors(sketch: Sketch) -> None:
    _classed(sketch, 5, collab=4, other=0)
    assert found(sketch, "W8") == []


def test_w8_needs_four_classed(sketch: Sketch) -> None:
    _classed(sketch, 6, collab=3, other=0)
    assert found(sketch, "W8") == []


# -- W16 single funder (001, Table 3) and W9 single partner (002) --------------------------
def test_w16_all_funding_from_one_source(sketch: Sketch) -> None:
    sketch.phases("piloting")
    fund, city, agency = sketch.actor("Fund", "international"), sketch.actor("City"), sketch.actor("Agency")
    sketch.rel(fund, city, "funding")
    assert found(sketch, "W16") == []  # one grant is not yet dependence
    sketch.rel(fund, city, "funding")
    [w] = found(sketch, "W16")
    assert "City: all 2 of its funding relations come from Fund" in w.detail
    assert w.sources == ("001, Table 3 - Collaborative governance in practice (System context: "
                         "\"Dependence of local government on national and European government "
                         "decisions, for instance in terms of policies and funding\")",)
    assert found(sketch, "W9") == []  # the interdependence rule is another rule now
    sketch.rel(agency, city, "funding")
    assert found(sketch, "W16") == []  # a second source


def test_w9_high_interdependence_with_one_partner(sketch: Sketch) -> None:
    sketch.phases("piloting")
    a, b, c = sketch.actor("Operator"), sketch.actor("Vendor", "private"), sketch.actor("Lab", "academia")
    r1, r2, r3 = sketch.rel(a, b, "data"), sketch.rel(a, b, "resources"), sketch.rel(a, c, "data")
    sketch.score(r1, 0, interdependence=4)
    assert found(sketch, "W9") == []
    sketch.score(r2, 0, interdependence=5)
    sketch.score(r3, 0, interdependence=3)
    ws = found(sketch, "W9")
    assert any("Operator: all 2 of its high-interdependence relations are with Vendor" in w.detail
               for w in ws)
    sketch.score(r3, 0, interdependence=4)
    assert not any(w.detail.startswith("In Piloting, Operator") for w in found(sketch, "W9"))


# -- W10 double helix ---------------------------------------------------------------------
def test_w10_is_info_for_government_and_private_only(sketch: Sketch) -> None:
    sketch.phases("design")
    sketch.actor("City")
    sketch.actor("Vendor", "private")
    assert found(sketch, "W10") == []  # two actors: too small to say
    sketch.actor("Utility", "private")
    [w] = found(sketch, "W10")
    assert w.severity == "info" and len(w.actor_ids) == 3
    sketch.actor("University", "academia")
    assert found(sketch, "W10") == []


# -- W11 local knowledge ------------------------------------------------------------------
def test_w11_international_outweighs_local(sketch: Sketch) -> None:
    sketch.phases("design")
    sketch.actor("City", scale="city")
    sketch.actor("Donor", "international", "international")
    assert found(sketch, "W11") == []  # one against one
    sketch.actor("UN agency", "international", "international")
    [w] = found(sketch, "W11")
    assert "2 actors act internationally" in w.detail and len(w.actor_ids) == 2


def test_w11_no_local_actor(sketch: Sketch) -> None:
    sketch.phases("design", "piloting")
    sketch.actor("Ministry", scale="national")
    [w] = found(sketch, "W11")  # the empty pilot phase has nothing to miss
    assert w.phase_id == sketch.pid(0)
    assert "No actor in Design acts at neighbourhood or city level" in w.detail


# -- W12 nobody coordinates ---------------------------------------------------------------
def test_w12_six_actors_without_a_coordinator(sketch: Sketch) -> None:
    sketch.phases("implementation")
    people = sketch.actors(5)
    assert found(sketch, "W12") == []
    sketch.actor("Sixth")
    assert len(found(sketch, "W12")) == 1
    sketch.roles(people[2], 0, "orchestrator")
    assert found(sketch, "W12") == []


# -- W13 low shared commitment ------------------------------------------------------------
def _commitments(sketch: Sketch, values: list[int]) -> None:
    sketch.phases("piloting")
    people = sketch.actors(len(values) + 1)
    for i, v in enumerate(values):
        sketch.score(sketch.rel(people[i], people[i + 1]), 0, commitment=v)


def test_w13_half_low_is_enough(sketch: Sketch) -> None:
    _commitments(sketch, [1, 2, 3, 4])
    [w] = found(sketch, "W13")
    assert "2 of the 4 relations scored for commitment" in w.detail


def test_w13_misses_below_half(sketch: Sketch) -> None:
    _commitments(sketch, [2, 3, 4])
    assert found(sketch, "W13") == []


def test_w13_needs_three_scores(sketch: Sketch) -> None:
    _commitments(sketch, [1, 2])
    assert found(sketch, "W13") == []


# -- W14 present but unconnected ----------------------------------------------------------
def test_w19_lists_every_unconnected_actor_as_a_mapping_gap(sketch: Sketch) -> None:
    sketch.phases("design", "piloting")
    a = sketch.actor("City", present=(0, 1))
    b = sketch.actor("Lab", "academia", present=(0, 1))
    c = sketch.actor("Forum", "civil_society", present=(0, 1))
    d = sketch.actor("Residents", "citizens", present=(0,))
    r = sketch.rel(a, b)
    sketch.s.set_relation_active(r, sketch.s.phases[1], False)
    [w] = found(sketch, "W19")  # the pilot has no relation at all: nothing to be cut off from
    assert w.phase_id == sketch.pid(0) and w.actor_ids == (c.id, d.id)
    assert w.severity == "info"
    assert w.detail == ("Forum and Residents take part in Design, but no relation is recorded "
                        "for them there.")
    assert found(sketch, "W14") == []  # nothing recorded says they have no say


# -- W15 public side on private data ------------------------------------------------------
def test_w15_government_fed_only_by_vendors(sketch: Sketch) -> None:
    sketch.phases("piloting", "scaling")
    city = sketch.actor("City", present=(0, 1))
    vendor = sketch.actor("Vendor", "private", present=(0, 1))
    feed = sketch.rel(vendor, city, "data")
    [w] = found(sketch, "W15")  # only in the scaling phase
    assert w.phase_id == sketch.pid(1) and w.relation_ids == (feed.id,)
    assert "City receives data only from Vendor (private)" in w.detail
    agency = sketch.actor("Statistics office", present=(0, 1))
    sketch.rel(agency, city, "data")
    assert found(sketch, "W15") == []


def test_w15_closed_public_data_counts_and_undirected_does_not(sketch: Sketch) -> None:
    sketch.phases("maintenance")
    city, agency = sketch.actor("City"), sketch.actor("Agency")
    vendor = sketch.actor("Vendor", "private")
    sketch.rel(vendor, city, "data", directed=False)
    assert found(sketch, "W15") == []  # undirected: incoming to neither end
    sketch.rel(agency, city, "data", attrs={"openness": "closed"})
    [w] = found(sketch, "W15")
    assert "Agency (closed)" in w.detail


# -- the catalogue ------------------------------------------------------------------------
def test_every_warning_is_plain_json(sketch: Sketch) -> None:
    sketch.phases("design", "implementation")
    city = sketch.actor("City", present=(0, 1))
    vendor = sketch.actor("Vendor", "private", present=(1,))
    sketch.rel(vendor, city, "data")
    ws = compute_warnings(sketch.model)
    assert {w.id for w in ws} >= {"W1", "W5", "W15"}
    for w in ws:
        data = json.loads(json.dumps(w.to_dict()))
        assert data["id"] in WARNING_RULES and data["source"] and data["detail"]
        assert data["severity"] in ("info", "warning")


def test_catalogue_rules_name_paper_and_section() -> None:
    assert list(WARNING_RULES) == [f"W{i}" for i in range(1, 20)]
    for rule in WARNING_RULES.values():
        assert rule.message and rule.looks_for and rule.sources
        for cited in rule.sources:  # "002, Temporal Dynamic": the paper, then its section
            paper, _, section = cited.partition(", ")
            assert paper in ("000", "001", "002", "003", "004") and len(section) > 5, cited


# -- nothing to warn about yet ------------------------------------------------------------
def test_a_new_empty_session_has_no_warnings(sketch: Sketch) -> None:
    sketch.phases("design", "piloting", "scaling")
    assert compute_warnings(sketch.model) == []  # no "citizens absent" before anybody is there


def test_a_phase_nobody_takes_part_in_yet_raises_nothing(sketch: Sketch) -> None:
    sketch.phases("design", "piloting")
    sketch.actor("City", present=(0,))
    ids = [(w.id, w.phase_id) for w in compute_warnings(sketch.model)]
    assert ("W1", sketch.pid(0)) in ids  # the design phase is mapped: its warning stays
    assert not [w for w in compute_warnings(sketch.model) if w.id == "W4"]  # nobody "left" yet
    assert all(p == sketch.pid(0) for _, p in ids)


def test_one_international_actor_reads_in_the_singular(sketch: Sketch) -> None:
    sketch.phases("design")
    sketch.actor("Donor", "international", scale="international", present=(0,))
    [w] = found(sketch, "W11")
    assert "1 actor acts internationally" in w.detail
