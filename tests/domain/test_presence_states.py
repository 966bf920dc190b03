"""Present, absent, not described: what a missing row means, how relations follow their actors,
and how sources stay attached to the facts they support through edits, deletions and undo."""

from __future__ import annotations

from typing import Any

import pytest

from workshop_app import CommandError
from workshop_app.domain import commands as cmds


def test_a_new_session_decides_in_the_room(ws: Any) -> None:
    s = ws.s
    assert s.model.presence_default == "absent" and s.model.meta("presence_default") == "absent"
    assert s.presence_state(ws.uni, ws.piloting) == "absent"  # no row: the room's default
    assert s.relation_state(ws.plan, ws.piloting) == "inactive"
    assert s.relation_state(ws.info, ws.design) == "active"  # both present, no row


def test_where_silence_means_not_described(ws: Any) -> None:
    """A case or imported session: an actor nobody mentions is not described, never absent,
    and a relation is active only where a row says so."""
    s = ws.s
    s.set_meta("presence_default", "not_described")
    assert s.presence_state(ws.uni, ws.piloting) == "not_described"
    assert s.relation_state(ws.plan, ws.piloting) == "not_described"
    assert s.relation_state(ws.info, ws.design) == "not_described"
    assert s.active_relations(ws.design) == []
    s.set_relation_state(ws.info, ws.design, "active")
    assert [r.id for r in s.active_relations(ws.design)] == [ws.info.id]
    # marking an actor absent now needs a row saying so
    s.set_presence(ws.uni, ws.piloting, present=False)
    assert s.presence_state(ws.uni, ws.piloting) == "absent"
    assert s.model.presence(ws.uni.id, ws.piloting.id) is not None


def test_a_relation_follows_its_actors(ws: Any) -> None:
    s = ws.s
    s.set_presence_state(ws.vendor, ws.piloting, "not_described")
    assert s.relation_state(ws.info, ws.piloting) == "not_described"
    s.set_presence_state(ws.city, ws.piloting, "absent")
    assert s.relation_state(ws.info, ws.piloting) == "inactive"  # an absent end wins
    s.set_presence_state(ws.city, ws.piloting, "present")
    s.set_relation_state(ws.info, ws.piloting, "inactive")
    assert s.relation_state(ws.info, ws.piloting) == "inactive"  # switched off is said
    s.set_presence_state(ws.vendor, ws.piloting, "present")
    assert s.relation_state(ws.info, ws.piloting) == "inactive"
    assert s.relation_state(ws.data, ws.piloting) == "active"
    # a score needs the relation active
    with pytest.raises(CommandError, match="not part of the phase"):
        s.score(ws.info, ws.piloting, trust=3)


def test_leaving_present_drops_the_roles_and_their_sources_but_keeps_the_rest(ws: Any) -> None:
    s = ws.s
    src = s.add_source("stated", document="001", section="Table 1", quote="the city steers")
    s.cite(("role", ws.city, ws.design, "steward"), src)
    s.set_influence(ws.city, ws.design, 5)
    s.set_orchestrator(ws.city, ws.design, "individual", ["manager"])
    s.set_presence(ws.city, ws.design, roles=["coordinator"])  # steward goes, and its source
    assert s.presence(ws.city, ws.design)["role_sources"] == {}
    s.cite(("role", ws.city, ws.design, "coordinator"), src)
    s.set_presence_state(ws.city, ws.design, "not_described", src)
    info = s.presence(ws.city, ws.design)
    assert (info["roles"], info["role_sources"], info["orchestrator_form"]) == ([], {}, None)
    assert info["influence"] == 5 and info["source"]["document"] == "001"
    s.set_presence(ws.city, ws.design, roles=["leader"])
    assert s.presence(ws.city, ws.design)["source"] is None  # the old state's source goes
    assert s.presence(ws.city, ws.design)["influence"] == 5


def test_a_row_that_only_repeats_the_default_is_not_kept(ws: Any) -> None:
    s = ws.s
    s.set_presence_state(ws.uni, ws.piloting, "not_described")
    s.set_presence_state(ws.uni, ws.piloting, "absent")
    assert s.model.presence(ws.uni.id, ws.piloting.id) is None
    s.set_value_effects(ws.uni, ws.piloting, costs="lost its data")
    assert s.model.presence(ws.uni.id, ws.piloting.id) is not None
    s.set_value_effects(ws.uni, ws.piloting, costs="")
    assert s.model.presence(ws.uni.id, ws.piloting.id) is None


def test_deleting_a_source_keeps_the_facts_and_undo_brings_the_citations_back(
        ws: Any, probes: Any) -> None:
    s = ws.s
    src = s.add_source("inferred", author="encoder", reason="listed in the annex")
    s.cite(("role", ws.city, ws.design, "steward"), src)
    s.cite(("score", ws.info, ws.design, "Ana"), src)
    s.cite(("relation_phase", ws.info, ws.piloting), src)
    s.set_stated_class(ws.design, "coordination", source=src)
    before = s.model.snapshot()
    s.delete_source(src)
    assert s.undo_text == "Delete source (4 facts lose it)"
    assert s.sources() == [] and s.provenance(("role", ws.city, ws.design, "steward")) is None
    assert s.provenance(("score", ws.info, ws.design, "Ana")) is None
    assert s.relation_state(ws.info, ws.piloting) == "active"  # the fact stays
    assert s.stated_class(None, ws.design)["class"] == "coordination"
    assert probes.reopened(ws.path) == s.model.snapshot()
    s.undo()
    assert s.model.snapshot() == before
    assert s.provenance(("score", ws.info, ws.design, "Ana"))["reason"] == "listed in the annex"


def test_deleting_actors_relations_and_phases_takes_their_evidence_along(ws: Any, probes: Any) -> None:
    s = ws.s
    board = s.add_arena("Board", "steering")
    s.set_arena_members(board, ws.design, [ws.city, ws.vendor, ws.uni])
    s.set_institutional_work(ws.uni, ws.design, "cultural", "creating")
    s.set_stated_class(ws.design, "cooperation", relation=ws.plan)
    s.set_stated_class(ws.piloting, "coordination", arena=board)
    s.add_decision_point(ws.piloting, "Plan adopted", "plan_adopted")
    s.set_relation_state(ws.info, ws.piloting, "not_described")
    before = s.model.snapshot()
    s.delete_actor(ws.uni)  # its memberships, its work, and its relation's stated class
    t = s.model.tables
    assert [k[1] for k in t["arena_members"]] == [ws.city.id, ws.vendor.id]
    assert not t["institutional_work"] and len(t["stated_classes"]) == 1
    s.execute(cmds.DeletePhase(phase_id=ws.piloting.id))
    assert not t["stated_classes"] and not t["decision_points"] and not t["relation_phases"]
    assert probes.reopened(ws.path) == s.model.snapshot()
    s.undo()
    s.undo()
    assert s.model.snapshot() == before


def test_asymmetric_interdependence_is_a_score_like_the_others(ws: Any) -> None:
    s = ws.s
    s.execute(cmds.SetScore(relation_id=ws.info.id, phase_id=ws.design.id,
                            participant_id=ws.ana.id, values={"interdependence_back": 1}))
    ana = next(v for v in s.scores(ws.info, ws.design) if v["participant"] == "Ana")
    assert (ana["interdependence"], ana["interdependence_back"]) == (4, 1)
    with pytest.raises(CommandError, match="whole number from 1 to 5, not 6"):
        s.execute(cmds.SetScore(relation_id=ws.info.id, phase_id=ws.design.id,
                                participant_id=ws.ana.id, values={"interdependence_back": 6}))


@pytest.mark.parametrize(("key", "value", "words"), [
    ("threec_rule", "loosest", "Unknown value of 'threec_rule' 'loosest'"),
    ("presence_default", "present", "Unknown value of 'presence_default'"),
    ("pool_references", "yes", "is true or false"),
])
def test_settings_the_app_reads_are_checked(ws: Any, key: str, value: Any, words: str) -> None:
    with pytest.raises(CommandError, match=words):
        ws.s.set_meta(key, value)


def test_many_states_at_once_are_one_undo_step(ws: Any) -> None:
    s = ws.s
    s.set_presence_states(ws.piloting, [ws.city, ws.vendor, ws.uni], "not_described")
    assert s.undo_text == "Mark 3 actors not described"
    assert s.present_actors(ws.piloting) == []
    s.undo()
    assert [a.name for a in s.present_actors(ws.piloting)] == ["City of Lyon", "Vendor SA"]
