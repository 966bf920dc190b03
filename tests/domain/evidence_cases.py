"""Valid and invalid cases of the evidence commands (schema 3), run by test_domain_commands.py
like every other command: applied, saved, undone and redone; or refused with nothing changed.

A case that needs a source (or an arena, a decision point) first makes it in the same Batch,
so the edit under test is still one undo step.
"""

from __future__ import annotations

from typing import Any, Callable

from workshop_app.domain import commands as cmds
from workshop_app.domain.commands_arenas import (
    AddArena,
    AddDecisionPoint,
    DeleteArena,
    DeleteDecisionPoint,
    SetArenaMembers,
    SetInstitutionalWork,
    SetPhasePublicValue,
    UpdateArena,
    UpdateDecisionPoint,
)
from workshop_app.domain.commands_evidence import (
    AddSource,
    DeleteSource,
    SetAlignment,
    SetDataOpenness,
    SetFactSource,
    SetInfluence,
    SetOrchestrator,
    SetParticipantKind,
    SetPresenceState,
    SetPresenceStates,
    SetRelationState,
    SetValueEffects,
    UpdateSource,
)
from workshop_app.domain.commands_levels import ClearStatedClass, ClearStatedLevel, SetStatedClass, SetStatedLevel

Build = Callable[[Any], cmds.Command]
Check = Callable[[Any], None]

SRC = 90  # the id the cases give the source they make


def _source(**extra: Any) -> AddSource:
    values = {"kind": "stated", "document": "002", "section": "Cooperation",
              "quote": "Information sharing is the preferred choice of exchange"}
    values.update(extra)
    return AddSource(source_id=SRC, **values)


def _batch(*commands: cmds.Command) -> cmds.Batch:
    return cmds.Batch(list(commands), text="evidence case")


# -- checks ---------------------------------------------------------------------------------
def _check_not_described(w: Any) -> None:
    s = w.s
    assert s.presence_state(w.uni, w.piloting) == "not_described"
    assert w.uni not in s.present_actors(w.piloting)
    assert s.relation_state(w.plan, w.piloting) == "not_described"
    assert s.presence_state(w.uni, w.design) == "present"


def _check_absent_with_source(w: Any) -> None:
    s = w.s
    assert s.presence_state(w.city, w.piloting) == "absent"
    assert s.relation_state(w.info, w.piloting) == "inactive"
    assert s.provenance(("presence", w.city, w.piloting))["document"] == "002"
    assert s.roles(w.city, w.piloting) == ()


def _check_states(w: Any) -> None:
    s = w.s
    assert [a.name for a in s.actors_in_state(w.piloting, "not_described")] == [
        "City of Lyon", "Vendor SA"]
    assert s.present_actors(w.piloting) == []
    assert s.relation_state(w.info, w.piloting) == "not_described"
    assert s.presence_state(w.uni, w.piloting) == "absent"  # untouched: the session default


def _check_influence(w: Any) -> None:
    info = w.s.presence(w.city, w.design)
    assert info["influence"] == 4 and info["roles"] == ["coordinator", "steward"]


def _check_alignment(w: Any) -> None:
    assert w.s.presence(w.vendor, w.design)["alignment"] == "opposes"


def _check_orchestrator(w: Any) -> None:
    info = w.s.presence(w.city, w.design)
    assert (info["orchestrator_form"], info["orchestrator_modes"]) == (
        "collective", ["strategist", "manager"])


def _check_value_effects(w: Any) -> None:
    info = w.s.presence(w.uni, w.piloting)
    assert (info["value_gains"], info["value_costs"]) == ("access to the data", "")
    assert info["state"] == "absent" and info["stored"]  # an absent actor can still gain


def _check_relation_off(w: Any) -> None:
    assert w.s.relation_state(w.info, w.design) == "inactive"
    assert w.info not in w.s.active_relations(w.design)
    assert w.info in w.s.active_relations(w.piloting)


def _check_relation_undescribed(w: Any) -> None:
    assert w.s.relation_state(w.info, w.piloting) == "not_described"
    assert w.info not in w.s.active_relations(w.piloting)
    assert w.s.provenance(("relation_phase", w.info, w.piloting))["section"] == "Cooperation"


def _check_openness(w: Any) -> None:
    assert w.s.relation(w.data).attrs == {"openness": "vendor_held", "interoperable": False}


def _check_add_source(w: Any) -> None:
    src = w.s.source(SRC)
    assert (src["kind"], src["author"], src["reason"]) == (
        "inferred", "case encoder", "the chapter lists only partners")
    assert src["time"]


def _check_update_source(w: Any) -> None:
    assert w.s.source(SRC)["page"] == "112"


def _check_deleted_source(w: Any) -> None:
    assert w.s.sources() == []
    assert w.s.provenance(("actor", w.city)) is None


def _check_role_source(w: Any) -> None:
    s = w.s
    assert s.provenance(("role", w.city, w.design, "steward"))["document"] == "002"
    assert s.provenance(("role", w.city, w.design, "coordinator")) is None
    assert s.provenance(("presence", w.city, w.design)) is None


def _check_influence_source(w: Any) -> None:
    s = w.s
    assert s.provenance(("influence", w.city, w.design))["document"] == "002"
    assert s.presence(w.city, w.design)["fact_sources"]["influence"]["section"] == "Cooperation"
    assert s.provenance(("alignment", w.city, w.design)) is None


def _check_influence_source_cleared(w: Any) -> None:
    """A fact's source goes with the fact: clearing the influence clears its citation."""
    assert w.s.presence(w.city, w.design)["fact_sources"] == {}
    assert w.s.provenance(("influence", w.city, w.design)) is None


def _check_reference(w: Any) -> None:
    s = w.s
    assert s.participant("Ana").kind == "reference"
    assert s.consensus(w.info, w.design)["trust"].median == 4  # Ana's 2 is not pooled
    assert [r["trust"] for r in s.reference_levels(w.info, w.design)] == [2]


def _check_stated_class(w: Any) -> None:
    stated = w.s.stated_class(w.info, w.design)
    assert stated is not None and stated["class"] == "cooperation"
    assert stated["source"]["document"] == "002"
    assert w.s.stated_class(None, w.design) is None


def _check_cleared_class(w: Any) -> None:
    assert w.s.stated_class(None, w.design) is None
    assert w.s.stated_class(w.info, w.design)["class"] == "cooperation"


def _check_two_stated_classes(w: Any) -> None:
    """A source may state two classes for one scope (002 on Antwerp's core partners)."""
    stated = w.s.stated_classes(None, w.design)
    assert [(st["class"], st["source"]["document"]) for st in stated] == [
        ("coordination", "002"), ("collaboration", "002")]
    assert w.s.stated_class(None, w.design)["class"] == "coordination"


def _check_one_class_cleared(w: Any) -> None:
    assert [st["class"] for st in w.s.stated_classes(None, w.design)] == ["collaboration"]


def _check_stated_level(w: Any) -> None:
    (level,) = w.s.stated_levels(w.piloting, whole_phase_only=True)
    assert (level["dimension"], level["level"], level["relation_id"]) == ("commitment", "low", None)
    assert level["source"]["section"] == "Cooperation"
    assert w.s.stated_levels(w.design) == []
    assert w.s.provenance(("stated_level", level["id"]))["document"] == "002"


def _check_stated_level_replaced(w: Any) -> None:
    levels = w.s.stated_levels(w.piloting)
    assert [(x["dimension"], x["level"]) for x in levels] == [("commitment", "medium")]


def _check_stated_levels_cleared(w: Any) -> None:
    assert [(x["dimension"], x["relation_id"]) for x in w.s.stated_levels()] == [
        ("trust", w.info.id)]


def _check_arena(w: Any) -> None:
    assert w.s.arenas()[0]["name"] == "Steering committee"
    assert w.s.arena("Steering committee").level == "steering"


def _check_renamed_arena(w: Any) -> None:
    assert w.s.arena(7).name == "Board"


def _check_no_arena(w: Any) -> None:
    assert w.s.arenas() == [] and not w.s.model.tables["arena_members"]
    assert not w.s.model.tables["stated_classes"]


def _check_members(w: Any) -> None:
    assert [a.name for a in w.s.arena_members(7, w.design)] == ["City of Lyon", "Vendor SA"]
    assert [r.id for r in w.s.arena_relations(7, w.design)] == [w.info.id, w.data.id]
    assert w.s.arena_members(7, w.piloting) == []


def _check_work(w: Any) -> None:
    rows = w.s.institutional_work(w.city)
    assert [(r["kind"], r["aim"], r["phase"]) for r in rows] == [("political", "creating", "Design")]


def _check_work_removed(w: Any) -> None:
    assert [(r["kind"], r["aim"]) for r in w.s.institutional_work()] == [("cultural", "maintaining")]


def _check_decision(w: Any) -> None:
    points = w.s.decision_points()
    assert [(p["label"], p["kind"], p["date"], p["phase"], p["position"]) for p in points] == [
        ("Specifications fixed", "specifications_fixed", "2019-03", "Design", 0)]


def _check_decision_moved(w: Any) -> None:
    assert [(p["label"], p["phase"]) for p in w.s.decision_points()] == [("Plan adopted", "Pilot")]


def _check_decision_deleted(w: Any) -> None:
    assert [p["id"] for p in w.s.decision_points()] == [6]


def _check_public_value(w: Any) -> None:
    assert w.s.public_value(w.design) == "Cleaner air around the schools"
    assert w.s.public_value(w.piloting) == ""


VALID: dict[str, tuple[Build, Check]] = {
    "SetPresenceState": (
        lambda w: SetPresenceState(actor_id=w.uni.id, phase_id=w.piloting.id, state="not_described"),
        _check_not_described),
    "SetPresenceState-absent-with-source": (
        lambda w: _batch(_source(), SetPresenceState(actor_id=w.city.id, phase_id=w.piloting.id,
                                                     state="absent", source_id=SRC)),
        _check_absent_with_source),
    "SetPresenceStates": (
        lambda w: SetPresenceStates(phase_id=w.piloting.id, actor_ids=[w.city.id, w.vendor.id],
                                    state="not_described"),
        _check_states),
    "SetInfluence": (
        lambda w: SetInfluence(actor_id=w.city.id, phase_id=w.design.id, influence=4),
        _check_influence),
    "SetAlignment": (
        lambda w: SetAlignment(actor_id=w.vendor.id, phase_id=w.design.id, alignment="opposes"),
        _check_alignment),
    "SetOrchestrator": (
        lambda w: SetOrchestrator(actor_id=w.city.id, phase_id=w.design.id, form="collective",
                                  modes=("manager", "strategist", "manager")),
        _check_orchestrator),
    "SetValueEffects": (
        lambda w: SetValueEffects(actor_id=w.uni.id, phase_id=w.piloting.id,
                                  gains="access to the data"),
        _check_value_effects),
    "SetRelationState": (
        lambda w: SetRelationState(relation_id=w.info.id, phase_id=w.design.id, state="inactive"),
        _check_relation_off),
    "SetRelationState-not-described": (
        lambda w: _batch(_source(), SetRelationState(relation_id=w.info.id, phase_id=w.piloting.id,
                                                     state="not_described", source_id=SRC)),
        _check_relation_undescribed),
    "SetDataOpenness": (
        lambda w: SetDataOpenness(relation_id=w.data.id, openness="vendor_held", interoperable=False),
        _check_openness),
    "AddSource": (
        lambda w: AddSource(source_id=SRC, kind="inferred", author="case encoder",
                            reason="the chapter lists only partners"),
        _check_add_source),
    "UpdateSource": (
        lambda w: _batch(_source(), UpdateSource(source_id=SRC, changes={"page": "112"})),
        _check_update_source),
    "DeleteSource": (
        lambda w: _batch(_source(), SetFactSource(fact="actor", key=[w.city.id], source_id=SRC),
                         DeleteSource(source_id=SRC)),
        _check_deleted_source),
    "SetFactSource": (
        lambda w: _batch(_source(), SetFactSource(fact="role", key=[w.city.id, w.design.id, "steward"],
                                                  source_id=SRC)),
        _check_role_source),
    "SetFactSource-influence": (
        lambda w: _batch(_source(), SetInfluence(actor_id=w.city.id, phase_id=w.design.id,
                                                 influence=3),
                         SetFactSource(fact="influence", key=[w.city.id, w.design.id],
                                       source_id=SRC)),
        _check_influence_source),
    "SetFactSource-influence-cleared": (
        lambda w: _batch(_source(), SetInfluence(actor_id=w.city.id, phase_id=w.design.id,
                                                 influence=3),
                         SetFactSource(fact="influence", key=[w.city.id, w.design.id],
                                       source_id=SRC),
                         SetInfluence(actor_id=w.city.id, phase_id=w.design.id, influence=None)),
        _check_influence_source_cleared),
    "SetParticipantKind": (
        lambda w: SetParticipantKind(participant_id=w.ana.id, kind="reference"), _check_reference),
    "SetStatedClass": (
        lambda w: _batch(_source(), SetStatedClass(phase_id=w.design.id, relation_id=w.info.id,
                                                   three_c="cooperation", source_id=SRC)),
        _check_stated_class),
    "ClearStatedClass": (
        lambda w: _batch(SetStatedClass(phase_id=w.design.id, three_c="collaboration"),
                         SetStatedClass(phase_id=w.design.id, relation_id=w.info.id,
                                        three_c="cooperation"),
                         ClearStatedClass(phase_id=w.design.id)),
        _check_cleared_class),
    "SetStatedClass-beside": (
        lambda w: _batch(_source(), SetStatedClass(phase_id=w.design.id, three_c="coordination",
                                                   source_id=SRC),
                         SetStatedClass(phase_id=w.design.id, three_c="collaboration",
                                        source_id=SRC, replace=False)),
        _check_two_stated_classes),
    "ClearStatedClass-one": (
        lambda w: _batch(SetStatedClass(phase_id=w.design.id, three_c="coordination", stated_id=3),
                         SetStatedClass(phase_id=w.design.id, three_c="collaboration",
                                        replace=False),
                         ClearStatedClass(phase_id=w.design.id, stated_id=3)),
        _check_one_class_cleared),
    "SetStatedLevel": (
        lambda w: _batch(_source(), SetStatedLevel(phase_id=w.piloting.id, dimension="commitment",
                                                   level="low", source_id=SRC)),
        _check_stated_level),
    "SetStatedLevel-replaces": (
        lambda w: _batch(SetStatedLevel(phase_id=w.piloting.id, dimension="commitment", level="low"),
                         SetStatedLevel(phase_id=w.piloting.id, dimension="commitment",
                                        level="medium")),
        _check_stated_level_replaced),
    "ClearStatedLevel": (
        lambda w: _batch(SetStatedLevel(phase_id=w.design.id, dimension="commitment", level="low"),
                         SetStatedLevel(phase_id=w.design.id, dimension="trust", level="high"),
                         SetStatedLevel(phase_id=w.design.id, relation_id=w.info.id,
                                        dimension="trust", level="low"),
                         ClearStatedLevel(phase_id=w.design.id)),
        _check_stated_levels_cleared),
    "AddArena": (lambda w: AddArena(arena_name=" Steering committee ", level="steering"), _check_arena),
    "UpdateArena": (
        lambda w: _batch(AddArena(arena_name="Steering", arena_id=7),
                         UpdateArena(arena_id=7, changes={"name": "Board"})),
        _check_renamed_arena),
    "DeleteArena": (
        lambda w: _batch(AddArena(arena_name="Steering", arena_id=7),
                         SetArenaMembers(arena_id=7, phase_id=w.design.id,
                                         actor_ids=[w.city.id, w.vendor.id]),
                         SetStatedClass(phase_id=w.design.id, arena_id=7, three_c="coordination"),
                         DeleteArena(arena_id=7)),
        _check_no_arena),
    "SetArenaMembers": (
        lambda w: _batch(AddArena(arena_name="Operations", level="operations", arena_id=7),
                         SetArenaMembers(arena_id=7, phase_id=w.design.id,
                                         actor_ids=[w.city.id, w.vendor.id, w.city.id])),
        _check_members),
    "SetInstitutionalWork": (
        lambda w: SetInstitutionalWork(actor_id=w.city.id, phase_id=w.design.id, kind="political",
                                       aim="creating"),
        _check_work),
    "SetInstitutionalWork-remove": (
        lambda w: _batch(
            SetInstitutionalWork(actor_id=w.city.id, phase_id=w.design.id, kind="political",
                                 aim="creating"),
            SetInstitutionalWork(actor_id=w.uni.id, phase_id=w.design.id, kind="cultural",
                                 aim="maintaining"),
            SetInstitutionalWork(actor_id=w.city.id, phase_id=w.design.id, kind="political",
                                 aim="creating", present=False)),
        _check_work_removed),
    "AddDecisionPoint": (
        lambda w: AddDecisionPoint(phase_id=w.design.id, decision_label="Specifications fixed",
                                   kind="specifications_fixed", date="2019-03"),
        _check_decision),
    "UpdateDecisionPoint": (
        lambda w: _batch(AddDecisionPoint(phase_id=w.design.id, decision_label="Plan", decision_id=5),
                         UpdateDecisionPoint(decision_id=5, changes={
                             "label": "Plan adopted", "kind": "plan_adopted",
                             "phase_id": w.piloting.id})),
        _check_decision_moved),
    "DeleteDecisionPoint": (
        lambda w: _batch(AddDecisionPoint(phase_id=w.design.id, decision_label="A", decision_id=5),
                         AddDecisionPoint(phase_id=w.design.id, decision_label="B", decision_id=6),
                         DeleteDecisionPoint(decision_id=5)),
        _check_decision_deleted),
    "SetPhasePublicValue": (
        lambda w: SetPhasePublicValue(phase_id=w.design.id, text="Cleaner air around the schools"),
        _check_public_value),
}


INVALID: dict[str, tuple[Build, str]] = {
    "SetPresenceState-state": (
        lambda w: SetPresenceState(actor_id=w.city.id, phase_id=w.design.id, state="gone"),
        "Unknown presence state 'gone'"),
    "SetPresenceState-unknown-source": (
        lambda w: SetPresenceState(actor_id=w.city.id, phase_id=w.design.id, state="absent",
                                   source_id=999),
        "No source with id 999"),
    "SetPresenceStates-nobody": (
        lambda w: SetPresenceStates(phase_id=w.design.id, actor_ids=[]), "Select the actors"),
    "SetPresenceStates-unknown-actor": (  # the city is changed first: must roll back
        lambda w: SetPresenceStates(phase_id=w.design.id, actor_ids=[w.city.id, 999]),
        "No actor with id 999"),
    "SetInfluence-9": (
        lambda w: SetInfluence(actor_id=w.city.id, phase_id=w.design.id, influence=9),
        "Influence is a whole number from 0 to 5, not 9"),
    "SetInfluence-bool": (
        lambda w: SetInfluence(actor_id=w.city.id, phase_id=w.design.id, influence=True), "not True"),
    "SetAlignment-word": (
        lambda w: SetAlignment(actor_id=w.city.id, phase_id=w.design.id, alignment="loves"),
        "Unknown alignment 'loves'"),
    "SetOrchestrator-mode": (
        lambda w: SetOrchestrator(actor_id=w.city.id, phase_id=w.design.id, form="individual",
                                  modes=("boss",)),
        "Unknown orchestrator mode 'boss'"),
    "SetOrchestrator-absent": (
        lambda w: SetOrchestrator(actor_id=w.uni.id, phase_id=w.piloting.id, form="individual"),
        "Only an actor present in the phase can orchestrate it"),
    "SetValueEffects-not-text": (
        lambda w: SetValueEffects(actor_id=w.city.id, phase_id=w.design.id, gains=3),  # type: ignore[arg-type]
        "must be text"),
    "SetRelationState-state": (
        lambda w: SetRelationState(relation_id=w.info.id, phase_id=w.design.id, state="maybe"),
        "Unknown relation state 'maybe'"),
    "SetRelationState-unknown-phase": (
        lambda w: SetRelationState(relation_id=w.info.id, phase_id=999, state="inactive"), "No phase"),
    "SetDataOpenness-word": (
        lambda w: SetDataOpenness(relation_id=w.data.id, openness="public"), "Unknown openness"),
    "SetDataOpenness-interoperable": (
        lambda w: SetDataOpenness(relation_id=w.data.id, openness="open", interoperable="yes"),  # type: ignore[arg-type]
        "Interoperable is yes, no or not known"),
    "AddSource-kind": (lambda w: AddSource(kind="rumour", document="x"), "Unknown source kind"),
    "AddSource-stated-without-document": (
        lambda w: AddSource(kind="stated", quote="x"), "needs the document"),
    "AddSource-inferred-without-reason": (
        lambda w: AddSource(kind="inferred", author="me"), "needs the reason"),
    "AddSource-detail": (
        lambda w: AddSource(kind="imported", detail="x"),  # type: ignore[arg-type]
        "detail is a set of named values"),
    "UpdateSource-unknown": (
        lambda w: UpdateSource(source_id=999, changes={"page": "1"}), "No source with id 999"),
    "UpdateSource-field": (
        lambda w: _batch(_source(), UpdateSource(source_id=SRC, changes={"url": "x"})),
        "no field url"),
    "DeleteSource-unknown": (lambda w: DeleteSource(source_id=999), "No source with id 999"),
    "SetFactSource-kind": (
        lambda w: SetFactSource(fact="vote", key=[1], source_id=None), "Unknown kind of fact 'vote'"),
    "SetFactSource-key": (
        lambda w: SetFactSource(fact="presence", key=[w.city.id], source_id=None),
        "A presence is named by 2 values, not 1"),
    "SetFactSource-role-not-held": (
        lambda w: _batch(_source(), SetFactSource(fact="role", key=[w.vendor.id, w.design.id,
                                                                   "steward"], source_id=SRC)),
        "holds no role 'steward'"),
    "SetFactSource-influence-not-recorded": (
        lambda w: _batch(_source(), SetFactSource(fact="influence", key=[w.vendor.id, w.design.id],
                                                  source_id=SRC)),
        "No influence (the Net-Map tower) is recorded"),
    "SetFactSource-unknown-source": (
        lambda w: SetFactSource(fact="actor", key=[w.city.id], source_id=999), "No source"),
    "SetParticipantKind-kind": (
        lambda w: SetParticipantKind(participant_id=w.ana.id, kind="observer"),
        "Unknown participant kind 'observer'"),
    "SetStatedClass-class": (
        lambda w: SetStatedClass(phase_id=w.design.id, three_c="integration"), "Unknown 3C class"),
    "SetStatedClass-relation-and-arena": (
        lambda w: SetStatedClass(phase_id=w.design.id, relation_id=w.info.id, arena_id=999),
        "not for a relation and an arena at once"),
    "ClearStatedClass-unknown-phase": (lambda w: ClearStatedClass(phase_id=999), "No phase"),
    "ClearStatedClass-not-in-scope": (
        lambda w: _batch(SetStatedClass(phase_id=w.design.id, three_c="coordination", stated_id=3),
                         ClearStatedClass(phase_id=w.piloting.id, stated_id=3)),
        "No stated class 3 in this scope"),
    "SetStatedClass-beside-taken-id": (
        lambda w: _batch(SetStatedClass(phase_id=w.design.id, three_c="coordination", stated_id=3),
                         SetStatedClass(phase_id=w.design.id, three_c="collaboration",
                                        stated_id=3, replace=False)),
        "Stated class id 3 is already taken"),
    "SetStatedLevel-dimension": (
        lambda w: SetStatedLevel(phase_id=w.design.id, dimension="loyalty", level="low"),
        "Unknown dimension 'loyalty'"),
    "SetStatedLevel-level": (
        lambda w: SetStatedLevel(phase_id=w.design.id, dimension="trust", level="2"),
        "Unknown level '2'"),
    "SetStatedLevel-relation-and-arena": (
        lambda w: SetStatedLevel(phase_id=w.design.id, relation_id=w.info.id, arena_id=999),
        "A stated level is for a relation, an arena or the whole phase"),
    "ClearStatedLevel-unknown-phase": (lambda w: ClearStatedLevel(phase_id=999), "No phase"),
    "AddArena-level": (lambda w: AddArena(arena_name="Board", level="board"), "Unknown arena level"),
    "AddArena-empty": (lambda w: AddArena(arena_name=" "), "An arena needs a name"),
    "UpdateArena-unknown": (lambda w: UpdateArena(arena_id=999, changes={"name": "X"}), "No arena"),
    "DeleteArena-unknown": (lambda w: DeleteArena(arena_id=999), "No arena"),
    "SetArenaMembers-unknown-arena": (
        lambda w: SetArenaMembers(arena_id=999, phase_id=w.design.id, actor_ids=[w.city.id]),
        "No arena"),
    "SetInstitutionalWork-kind": (
        lambda w: SetInstitutionalWork(actor_id=w.city.id, phase_id=w.design.id, kind="legal"),
        "Unknown kind of institutional work 'legal'"),
    "AddDecisionPoint-kind": (
        lambda w: AddDecisionPoint(phase_id=w.design.id, decision_label="X", kind="vote"),
        "Unknown kind of decision 'vote'"),
    "AddDecisionPoint-label": (
        lambda w: AddDecisionPoint(phase_id=w.design.id, decision_label=""),
        "A decision point needs a name"),
    "UpdateDecisionPoint-unknown": (
        lambda w: UpdateDecisionPoint(decision_id=999, changes={"label": "X"}), "No decision point"),
    "DeleteDecisionPoint-unknown": (
        lambda w: DeleteDecisionPoint(decision_id=999), "No decision point"),
    "SetPhasePublicValue-unknown-phase": (
        lambda w: SetPhasePublicValue(phase_id=999, text="x"), "No phase"),
    "SetPhasePublicValue-not-text": (
        lambda w: SetPhasePublicValue(phase_id=w.design.id, text=5),  # type: ignore[arg-type]
        "must be text"),
}
