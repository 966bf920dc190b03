"""Every edit command: what the facilitator sees after a valid edit, and a clear refusal
(CommandError) that leaves model, file and undo history untouched after an invalid one."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from workshop_app import CommandError, Session
from workshop_app.domain import commands as cmds
from workshop_app.domain.model import Participant

from evidence_cases import INVALID as EVIDENCE_INVALID
from evidence_cases import VALID as EVIDENCE_VALID

# The sample workshop comes from tests/conftest.py (fixture ``ws``).

Build = Callable[[Any], cmds.Command]
Check = Callable[[Any], None]


def _check_add_actor(w: Any) -> None:
    new = w.s.actor("Citizens' panel")
    assert (new.type, new.scale, new.abilities) == ("citizens", "neighbourhood", ("skills",))
    assert new in w.s.present_actors(w.piloting)
    assert new not in w.s.present_actors(w.design)


def _check_update_actor(w: Any) -> None:
    a = w.s.actor(w.city.id)
    assert (a.name, a.type, a.abilities, a.pinned) == ("Metropole", "intermediary", ("resources",), True)


def _check_move_base(w: Any) -> None:
    assert w.s.model.position(w.vendor.id, None) == (5.0, 6.0)
    assert w.s.model.position(w.vendor.id, w.design.id) == (5.0, 6.0)


def _check_move_per_phase(w: Any) -> None:
    assert w.s.model.position(w.vendor.id, w.piloting.id) == (7.0, 8.0)
    assert w.s.model.position(w.vendor.id, w.design.id) == (0.0, 0.0)
    assert w.s.model.position(w.vendor.id, None) == (0.0, 0.0)


def _check_reset(w: Any) -> None:
    assert w.s.model.position(w.city.id, w.piloting.id) == (10.0, 20.0)


def _check_delete_actor(w: Any) -> None:
    assert [a.name for a in w.s.actors] == ["City of Lyon", "Vendor SA"]
    assert [r.id for r in w.s.relations] == [w.info.id, w.data.id]


def _check_add_relation(w: Any) -> None:
    rel = w.s.relations[-1]
    assert (rel.source, rel.target, rel.kind) == (w.uni.id, w.city.id, "funding")
    assert rel.directed, "funding is always directed even when asked for undirected"
    assert rel.attrs == {"amount": "2M EUR"}


def _check_update_relation(w: Any) -> None:
    rel = w.s.relation(w.info.id)
    assert (rel.kind, rel.note, rel.target) == ("decision", "steering board", w.uni.id)


def _check_delete_relation(w: Any) -> None:
    assert w.info.id not in [r.id for r in w.s.relations]
    assert w.s.model.votes(w.info.id, w.design.id) == []


def _check_switch_off(w: Any) -> None:
    assert w.info not in w.s.active_relations(w.design)
    assert w.info in w.s.active_relations(w.piloting)


def _check_add_phase(w: Any) -> None:
    assert [p.name for p in w.s.phases][:2] == ["Workshop zero", "Design"]
    assert [p.position for p in w.s.phases] == list(range(6))


def _check_update_phase(w: Any) -> None:
    ph = w.s.phase(w.design.id)
    assert (ph.name, ph.key, ph.note) == ("Planning", "design", "incl. planning")


def _check_move_phase(w: Any) -> None:
    assert [p.key for p in w.s.phases] == [
        "piloting", "implementation", "design", "scaling", "maintenance"]
    assert [p.position for p in w.s.phases] == list(range(5))


def _check_delete_phase(w: Any) -> None:
    assert [p.key for p in w.s.phases] == ["design", "implementation", "scaling", "maintenance"]
    assert [p.position for p in w.s.phases] == list(range(4))


def _check_presence(w: Any) -> None:
    assert w.s.roles(w.uni, w.piloting) == ("co_creator", "researcher", "Data trustee")
    assert w.s.model.presence(w.uni.id, w.piloting.id).note == "joined late"


def _check_score(w: Any) -> None:
    votes = w.s.scores(w.data, w.design)
    assert [(v["participant"], v["trust"], v["commitment"], v["interdependence"]) for v in votes] \
        == [("Ana", 1, None, 5)]


def _check_add_participant(w: Any) -> None:
    p = w.s.participant("Bo")
    assert p is not None and (p.organisation, p.actor_id) == ("University", w.uni.id)


def _check_update_participant(w: Any) -> None:
    assert w.s.participant(w.ana.id) == Participant(w.ana.id, "Ana B.", "City", w.city.id)


def _check_delete_participant(w: Any) -> None:
    assert [p.name for p in w.s.participants] == ["Facilitator"]
    assert [v["participant"] for v in w.s.scores(w.info, w.design)] == ["Facilitator"]


def _check_meta(w: Any) -> None:
    assert w.s.model.meta("modes") == ["dashboard", "citizen-centric"]


def _check_batch(w: Any) -> None:
    assert w.s.actor("Start-up").type == "private"
    assert w.s.roles("Start-up", w.piloting) == ("entrepreneur",)


VALID: dict[str, tuple[Build, Check]] = {
    "AddActor": (
        lambda w: cmds.AddActor(actor_name="  Citizens' panel ", type="citizens",
                                scale="neighbourhood", abilities=("skills",),
                                present_in=(w.piloting.id,)),
        _check_add_actor,
    ),
    "UpdateActor": (
        lambda w: cmds.UpdateActor(actor_id=w.city.id, changes={
            "name": "Metropole", "type": "intermediary", "abilities": ["resources"], "pinned": True}),
        _check_update_actor,
    ),
    "MoveActors": (lambda w: cmds.MoveActors(moves=[(w.vendor.id, 5, 6)]), _check_move_base),
    "MoveActors-per-phase": (
        lambda w: cmds.MoveActors(moves=[(w.vendor.id, 7, 8)], phase_id=w.piloting.id),
        _check_move_per_phase,
    ),
    "ResetPhasePosition": (
        lambda w: cmds.ResetPhasePosition(actor_ids=[w.city.id], phase_id=w.piloting.id),
        _check_reset,
    ),
    "DeleteActor": (lambda w: cmds.DeleteActor(actor_id=w.uni.id), _check_delete_actor),
    "AddRelation": (
        lambda w: cmds.AddRelation(source=w.uni.id, target=w.city.id, kind="funding",
                                   directed=False, attrs={"amount": "2M EUR"}),
        _check_add_relation,
    ),
    "UpdateRelation": (
        lambda w: cmds.UpdateRelation(relation_id=w.info.id, changes={
            "kind": "decision", "note": "steering board", "target": w.uni.id}),
        _check_update_relation,
    ),
    "DeleteRelation": (lambda w: cmds.DeleteRelation(relation_id=w.info.id), _check_delete_relation),
    "SetRelationState-switch-off": (
        lambda w: cmds.SetRelationState(relation_id=w.info.id, phase_id=w.design.id, state="inactive"),
        _check_switch_off,
    ),
    "AddPhase": (
        lambda w: cmds.AddPhase(phase_name="Workshop zero", key="kickoff", index=0),
        _check_add_phase,
    ),
    "UpdatePhase": (
        lambda w: cmds.UpdatePhase(phase_id=w.design.id, changes={
            "name": "Planning", "note": "incl. planning"}),
        _check_update_phase,
    ),
    "MovePhase": (lambda w: cmds.MovePhase(phase_id=w.design.id, index=2), _check_move_phase),
    "DeletePhase": (lambda w: cmds.DeletePhase(phase_id=w.piloting.id), _check_delete_phase),
    "SetPresence": (
        lambda w: cmds.SetPresence(actor_id=w.uni.id, phase_id=w.piloting.id,
                                   roles=("Co-designer", "evaluator", "co_creator", "Data trustee"),
                                   note="joined late"),
        _check_presence,
    ),
    "SetScore": (
        lambda w: cmds.SetScore(relation_id=w.data.id, phase_id=w.design.id,
                                participant_id=w.ana.id, values={"trust": 1, "interdependence": 5}),
        _check_score,
    ),
    "AddParticipant": (
        lambda w: cmds.AddParticipant(participant_name="Bo", organisation="University",
                                      actor_id=w.uni.id),
        _check_add_participant,
    ),
    "UpdateParticipant": (
        lambda w: cmds.UpdateParticipant(participant_id=w.ana.id, changes={
            "name": "Ana B.", "organisation": "City", "actor_id": w.city.id}),
        _check_update_participant,
    ),
    "DeleteParticipant": (
        lambda w: cmds.DeleteParticipant(participant_id=w.ana.id), _check_delete_participant),
    "SetMeta": (
        lambda w: cmds.SetMeta(key="modes", value=("dashboard", "citizen-centric")), _check_meta),
    "AddNote": (
        lambda w: cmds.AddNote(text=" 'We never saw the data' ", kind="quote", phase_id=w.design.id,
                               relation_id=w.data.id, participant_id=w.ana.id),
        lambda w: _check_one_note(w, "'We never saw the data'", "quote"),  # after the old note
    ),
    "UpdateNote": (
        lambda w: cmds.UpdateNote(note_id=_note(w), changes={"text": "Vendor keeps the keys"}),
        lambda w: _check_one_note(w, "Vendor keeps the keys", "note"),
    ),
    "DeleteNote": (lambda w: cmds.DeleteNote(note_id=_note(w)), lambda w: _check_no_notes(w)),
    "SetPromptCheck": (
        lambda w: cmds.SetPromptCheck(phase_id=w.piloting.id, prompt_id="P9", note="ask the port"),
        lambda w: _check_prompt(w),
    ),
    "BringIntoPhase": (  # everybody: only the university was missing from piloting
        lambda w: cmds.BringIntoPhase(phase_id=w.piloting.id), lambda w: _check_brought(w)),
    "BringIntoPhase-selected": (
        lambda w: cmds.BringIntoPhase(phase_id=w.s.phase("implementation").id,
                                      actor_ids=[w.uni.id, w.uni.id]),
        lambda w: _check_brought_selected(w)),
    "CopyPresenceFromPhase": (
        lambda w: cmds.CopyPresenceFromPhase(phase_id=w.piloting.id), lambda w: _check_copied(w)),
    "Batch": (
        lambda w: cmds.Batch([
            cmds.AddActor(actor_name="Start-up", type="private", actor_id=50),
            cmds.SetPresence(actor_id=50, phase_id=w.piloting.id, roles=("entrepreneur",)),
        ], text="Add start-up"),
        _check_batch,
    ),
}


INVALID: dict[str, tuple[Build, str]] = {
    "AddActor-empty-name": (lambda w: cmds.AddActor(actor_name="   "), "needs a name"),
    "AddActor-type": (lambda w: cmds.AddActor(actor_name="X", type="company"),
                      "Unknown actor type 'company'"),
    "AddActor-scale": (lambda w: cmds.AddActor(actor_name="X", scale="planet"), "Unknown scale"),
    "AddActor-ability": (lambda w: cmds.AddActor(actor_name="X", abilities=("money",)),
                         "Unknown ability 'money'"),
    "AddActor-taken-id": (lambda w: cmds.AddActor(actor_name="X", actor_id=w.city.id),
                          "already taken"),
    "AddActor-unknown-phase": (  # fails after the actor itself was added: must roll back
        lambda w: cmds.AddActor(actor_name="X", present_in=(w.design.id, 999)),
        "No phase with id 999"),
    "UpdateActor-unknown": (lambda w: cmds.UpdateActor(actor_id=999, changes={"name": "X"}),
                            "No actor with id 999"),
    "UpdateActor-field": (lambda w: cmds.UpdateActor(actor_id=w.city.id, changes={"colour": 1}),
                          "no field colour"),
    "UpdateActor-name": (lambda w: cmds.UpdateActor(actor_id=w.city.id, changes={"name": ""}),
                         "needs a name"),
    "UpdateActor-type": (lambda w: cmds.UpdateActor(actor_id=w.city.id, changes={"type": "firm"}),
                         "Unknown actor type"),
    "MoveActors-unknown-actor": (  # the first move is valid: must roll back
        lambda w: cmds.MoveActors(moves=[(w.city.id, 1, 1), (999, 2, 2)]), "No actor with id 999"),
    "MoveActors-unknown-phase": (
        lambda w: cmds.MoveActors(moves=[(w.city.id, 1, 1)], phase_id=999), "No phase"),
    "ResetPhasePosition-unknown-phase": (
        lambda w: cmds.ResetPhasePosition(actor_ids=[w.city.id], phase_id=999), "No phase"),
    "DeleteActor-unknown": (lambda w: cmds.DeleteActor(actor_id=999), "No actor with id 999"),
    "AddRelation-self": (lambda w: cmds.AddRelation(source=w.city.id, target=w.city.id),
                         "two different actors"),
    "AddRelation-kind": (lambda w: cmds.AddRelation(source=w.city.id, target=w.uni.id,
                                                    kind="friendship"), "Unknown relation kind"),
    "AddRelation-unknown-actor": (lambda w: cmds.AddRelation(source=w.city.id, target=999),
                                  "No actor with id 999"),
    "AddRelation-taken-id": (lambda w: cmds.AddRelation(source=w.city.id, target=w.uni.id,
                                                        relation_id=w.info.id), "already taken"),
    "AddRelation-attrs": (lambda w: cmds.AddRelation(source=w.city.id, target=w.uni.id,
                                                     attrs={"x": object()}), "cannot be saved"),
    "UpdateRelation-undirected-funding": (
        lambda w: cmds.UpdateRelation(relation_id=w.plan.id, changes={"kind": "funding"}),
        "always directed"),
    "UpdateRelation-self": (
        lambda w: cmds.UpdateRelation(relation_id=w.info.id, changes={"target": w.city.id}),
        "two different actors"),
    "UpdateRelation-field": (
        lambda w: cmds.UpdateRelation(relation_id=w.info.id, changes={"weight": 3}),
        "no field weight"),
    "UpdateRelation-unknown-actor": (
        lambda w: cmds.UpdateRelation(relation_id=w.info.id, changes={"target": 999}),
        "No actor with id 999"),
    "DeleteRelation-unknown": (lambda w: cmds.DeleteRelation(relation_id=999), "No relation"),
    "SetRelationState-unknown-relation": (
        lambda w: cmds.SetRelationState(relation_id=999, phase_id=w.design.id, state="inactive"),
        "No relation"),
    "AddPhase-empty": (lambda w: cmds.AddPhase(phase_name=""), "needs a name"),
    "AddPhase-taken-id": (lambda w: cmds.AddPhase(phase_name="X", phase_id=w.design.id),
                          "already taken"),
    "UpdatePhase-field": (
        lambda w: cmds.UpdatePhase(phase_id=w.design.id, changes={"position": 3}),
        "no field position"),
    "UpdatePhase-name": (lambda w: cmds.UpdatePhase(phase_id=w.design.id, changes={"name": " "}),
                         "needs a name"),
    "MovePhase-unknown": (lambda w: cmds.MovePhase(phase_id=999, index=0), "No phase"),
    "DeletePhase-unknown": (lambda w: cmds.DeletePhase(phase_id=999), "No phase"),
    "SetPresence-unknown-actor": (
        lambda w: cmds.SetPresence(actor_id=999, phase_id=w.design.id), "No actor"),
    "SetPresence-unknown-phase": (
        lambda w: cmds.SetPresence(actor_id=w.city.id, phase_id=999), "No phase"),
    "SetScore-0": (lambda w: _score(w, {"trust": 0}), "whole number from 1 to 5, not 0"),
    "SetScore-6": (lambda w: _score(w, {"commitment": 6}), "whole number from 1 to 5, not 6"),
    "SetScore-str": (lambda w: _score(w, {"trust": "3"}), "not '3'"),
    "SetScore-float": (lambda w: _score(w, {"trust": 2.5}), "not 2.5"),
    "SetScore-bool": (lambda w: _score(w, {"trust": True}), "not True"),
    "SetScore-second-bad": (lambda w: _score(w, {"trust": 3, "commitment": 9}), "not 9"),
    "SetScore-dimension": (lambda w: _score(w, {"power": 3}), "Unknown score dimension 'power'"),
    "SetScore-not-in-phase": (  # the university is absent from piloting
        lambda w: cmds.SetScore(relation_id=w.plan.id, phase_id=w.piloting.id,
                                participant_id=w.ana.id, values={"trust": 3}),
        "not part of the phase"),
    "SetScore-unknown-participant": (
        lambda w: cmds.SetScore(relation_id=w.info.id, phase_id=w.design.id,
                                participant_id=999, values={"trust": 3}), "No participant"),
    "AddParticipant-duplicate": (lambda w: cmds.AddParticipant(participant_name=" Ana "),
                                 "already a participant called 'Ana'"),
    "AddParticipant-empty": (lambda w: cmds.AddParticipant(participant_name=""), "needs a name"),
    "AddParticipant-unknown-actor": (
        lambda w: cmds.AddParticipant(participant_name="Bo", actor_id=999), "No actor"),
    "AddParticipant-taken-id": (
        lambda w: cmds.AddParticipant(participant_name="Bo", participant_id=w.ana.id),
        "already taken"),
    "UpdateParticipant-duplicate": (
        lambda w: cmds.UpdateParticipant(participant_id=w.ana.id, changes={"name": "Facilitator"}),
        "already a participant called 'Facilitator'"),
    "UpdateParticipant-actor": (
        lambda w: cmds.UpdateParticipant(participant_id=w.ana.id, changes={"actor_id": 999}),
        "No actor"),
    "UpdateParticipant-field": (
        lambda w: cmds.UpdateParticipant(participant_id=w.ana.id, changes={"email": "x"}),
        "no field email"),
    "DeleteParticipant-unknown": (lambda w: cmds.DeleteParticipant(participant_id=999),
                                  "No participant"),
    "SetMeta-no-key": (lambda w: cmds.SetMeta(key="", value="x"), "needs a name"),
    "AddNote-empty": (lambda w: cmds.AddNote(text="  ", phase_id=w.design.id), "needs some text"),
    "AddNote-kind": (lambda w: cmds.AddNote(text="x", kind="rumour"), "Unknown note kind"),
    "AddNote-unknown-actor": (lambda w: cmds.AddNote(text="x", actor_id=999), "No actor"),
    "UpdateNote-unknown": (lambda w: cmds.UpdateNote(note_id=999, changes={"text": "x"}), "No note"),
    "UpdateNote-field": (lambda w: cmds.UpdateNote(note_id=_note(w), changes={"mood": "x"}),
                         "no field mood"),
    "DeleteNote-unknown": (lambda w: cmds.DeleteNote(note_id=999), "No note"),
    "SetPromptCheck-unknown-phase": (lambda w: cmds.SetPromptCheck(phase_id=999, prompt_id="P1"),
                                     "No phase"),
    "SetPromptCheck-no-id": (lambda w: cmds.SetPromptCheck(phase_id=w.design.id, prompt_id=""),
                             "prompt's id"),
    "SetMeta-unsaveable": (lambda w: cmds.SetMeta(key="k", value={1, 2}), "cannot be saved"),
    "BringIntoPhase-unknown-phase": (lambda w: cmds.BringIntoPhase(phase_id=999), "No phase"),
    "BringIntoPhase-nobody-selected": (
        lambda w: cmds.BringIntoPhase(phase_id=w.piloting.id, actor_ids=[]), "Select the actors"),
    "BringIntoPhase-unknown-actor": (  # checked before anybody is brought in
        lambda w: cmds.BringIntoPhase(phase_id=w.piloting.id, actor_ids=[w.uni.id, 999]),
        "No actor with id 999"),
    "CopyPresenceFromPhase-first": (
        lambda w: cmds.CopyPresenceFromPhase(phase_id=w.design.id),
        "“Design” is the first phase: there is no previous phase to copy from."),
    "CopyPresenceFromPhase-itself": (
        lambda w: cmds.CopyPresenceFromPhase(phase_id=w.piloting.id, from_phase_id=w.piloting.id),
        "cannot copy presence and roles from itself"),
    "CopyPresenceFromPhase-empty": (
        lambda w: cmds.CopyPresenceFromPhase(phase_id=w.s.phase("scaling").id),
        "Nobody takes part in “Implementation” yet: there is nothing to copy."),
    "CopyPresenceFromPhase-unknown": (
        lambda w: cmds.CopyPresenceFromPhase(phase_id=w.piloting.id, from_phase_id=999), "No phase"),
    "Batch-second-invalid": (
        lambda w: cmds.Batch([
            cmds.AddActor(actor_name="Start-up", type="private"),
            cmds.AddRelation(source=w.city.id, target=w.city.id),
        ]),
        "two different actors"),
}


def _check_brought(w: Any) -> None:
    assert [a.name for a in w.s.present_actors(w.piloting)] == ["City of Lyon", "Vendor SA", "University"]
    assert w.s.roles(w.uni, w.piloting) == ()  # joins with no role yet
    assert w.s.roles(w.city, w.design) == ("coordinator", "steward")
    assert w.s.undo_text == "Bring 1 actor into Pilot"


def _check_brought_selected(w: Any) -> None:
    assert [a.name for a in w.s.present_actors(w.s.phase("implementation"))] == ["University"]
    assert w.s.undo_text == "Bring 1 actor into Implementation"


def _check_copied(w: Any) -> None:
    pilot = w.piloting
    assert [a.name for a in w.s.present_actors(pilot)] == ["City of Lyon", "Vendor SA", "University"]
    assert w.s.roles(w.city, pilot) == ("coordinator", "steward")
    assert w.s.roles(w.vendor, pilot) == ("vendor",)
    assert w.s.model.position(w.city.id, pilot.id) == (100.0, -50.0)  # positions are not copied
    assert w.s.undo_text == "Copy presence and roles from Design"


def _note(w: Any) -> int:
    """The sample workshop's one note ("Keys with the vendor", written for the design phase)."""
    return next(iter(w.s.model.tables["notes"]))


def _check_one_note(w: Any, text: str, kind: str) -> None:
    note = w.s.notes()[-1]
    assert (note.text, note.kind) == (text, kind)
    assert note.time and note.phase_id == w.design.id
    assert w.s.notes(w.piloting) == []


def _check_no_notes(w: Any) -> None:
    assert w.s.notes() == []


def _check_prompt(w: Any) -> None:
    check = w.s.model.prompt_check(w.piloting.id, "P9")
    assert check is not None and check.done and check.note == "ask the port"
    assert w.s.model.prompt_check(w.design.id, "P9") is None


def _score(w: Any, values: dict[str, Any]) -> cmds.Command:
    return cmds.SetScore(relation_id=w.info.id, phase_id=w.design.id,
                         participant_id=w.ana.id, values=values)


VALID.update(EVIDENCE_VALID)
INVALID.update(EVIDENCE_INVALID)


def test_every_command_has_a_valid_and_an_invalid_case() -> None:
    valid = {k.split("-")[0] for k in VALID}
    invalid = {k.split("-")[0] for k in INVALID}
    assert valid == set(cmds.COMMANDS), set(cmds.COMMANDS) ^ valid
    # Only a deletion of the last phase is "invalid" for DeletePhase beyond unknown ids,
    # tested separately below; every command must have at least one refusal.
    assert invalid == set(cmds.COMMANDS), set(cmds.COMMANDS) ^ invalid


@pytest.mark.parametrize("case", sorted(VALID))
def test_valid_command_is_applied_saved_and_undoable(case: str, ws: Any, probes: Any) -> None:
    build, check = VALID[case]
    before = ws.s.model.snapshot()
    n_events = len(probes.events(ws.path))
    ws.s.execute(build(ws))
    check(ws)
    assert probes.reopened(ws.path) == ws.s.model.snapshot()
    assert len(probes.events(ws.path)) == n_events + 1
    assert ws.s.can_undo and ws.s.undo_text
    ws.s.undo()
    assert ws.s.model.snapshot() == before
    assert probes.reopened(ws.path) == before
    ws.s.redo()
    check(ws)


@pytest.mark.parametrize("case", sorted(INVALID))
def test_invalid_command_is_refused_and_changes_nothing(case: str, ws: Any, probes: Any) -> None:
    build, message = INVALID[case]
    before = ws.s.model.snapshot()
    state = probes.state(ws.path)
    n_events = len(probes.events(ws.path))
    undo_text = ws.s.undo_text
    heard: list[Any] = []
    ws.s.subscribe(lambda changes, reason: heard.append(reason))
    with pytest.raises(CommandError) as info:
        ws.s.execute(build(ws))
    text = str(info.value)
    assert message in text
    assert "\n" not in text
    assert ws.s.model.snapshot() == before
    assert probes.state(ws.path) == state
    assert len(probes.events(ws.path)) == n_events
    assert ws.s.undo_text == undo_text
    assert heard == []
    assert probes.reopened(ws.path) == before


def test_last_phase_cannot_be_deleted(tmp_path: Any, probes: Any) -> None:
    with Session.create(tmp_path / "one.workshop", default_phases=False) as s:
        only = s.add_phase("Only")
        before = s.model.snapshot()
        with pytest.raises(CommandError, match="at least one phase"):
            s.execute(cmds.DeletePhase(phase_id=only.id))
        assert s.model.snapshot() == before
        assert [p.name for p in s.phases] == ["Only"]


def test_deleting_all_but_one_phase_then_the_last_is_refused(ws: Any) -> None:
    for ph in ws.s.phases[1:]:
        ws.s.execute(cmds.DeletePhase(phase_id=ph.id))
    with pytest.raises(CommandError, match="at least one phase"):
        ws.s.execute(cmds.DeletePhase(phase_id=ws.design.id))
    assert [p.key for p in ws.s.phases] == ["design"]


def test_read_only_session_refuses_edits(ws: Any, probes: Any) -> None:
    state = probes.state(ws.path)
    with Session.open(ws.path, read_only=True) as ro:
        with pytest.raises(CommandError, match="read-only"):
            ro.add_actor("X")
        assert ro.undo() is None and ro.redo() is None
    assert probes.state(ws.path) == state


# -- cascades ------------------------------------------------------------------------------
def test_deleting_what_a_note_points_at_keeps_the_words(ws: Any, probes: Any) -> None:
    s = ws.s
    quote = s.add_note("They own the sensors", kind="quote", phase=ws.piloting, actor=ws.city,
                       relation=ws.data, participant="Ana")
    s.execute(cmds.SetPromptCheck(phase_id=ws.piloting.id, prompt_id="P10"))
    s.delete_actor(ws.city)
    s.execute(cmds.DeleteParticipant(participant_id=ws.ana.id))
    s.execute(cmds.DeletePhase(phase_id=ws.piloting.id))
    kept = s.notes()[-1]
    assert kept.text == "They own the sensors" and kept.id == quote.id
    assert (kept.actor_id, kept.relation_id, kept.participant_id, kept.phase_id) == (None,) * 4
    assert not s.model.tables["prompt_checks"]
    assert probes.reopened(ws.path) == s.model.snapshot()



def test_deleting_an_actor_removes_its_relations_presence_scores_and_positions(
    ws: Any, probes: Any
) -> None:
    s = ws.s
    s.execute(cmds.UpdateParticipant(participant_id=ws.ana.id, changes={"actor_id": ws.city.id}))
    s.set_relation_active(ws.data, ws.piloting, False)
    before = s.model.snapshot()
    s.delete_actor(ws.city)
    m = s.model
    assert [a.name for a in s.actors] == ["Vendor SA", "University"]
    assert [r.id for r in s.relations] == [ws.plan.id]
    assert not any(k[0] == ws.city.id for k in m.tables["presence"])
    assert not any(k[0] == ws.city.id for k in m.tables["positions"])
    assert not any(k[0] in (ws.info.id, ws.data.id) for k in m.tables["scores"])
    assert not m.tables["relation_phases"]
    assert s.participant("Ana").actor_id is None
    assert [r.id for r in s.active_relations(ws.design)] == [ws.plan.id]
    assert probes.reopened(ws.path) == m.snapshot()
    assert s.undo_text == "Delete actor"
    s.undo()
    assert s.model.snapshot() == before
    assert probes.reopened(ws.path) == before
    assert s.model.position(ws.city.id, ws.piloting.id) == (100.0, -50.0)
    assert [v["trust"] for v in s.scores(ws.info, ws.design)] == [4, 2]


def test_deleting_a_phase_removes_its_presence_scores_switches_and_positions(
    ws: Any, probes: Any
) -> None:
    s = ws.s
    s.set_relation_active(ws.data, ws.piloting, False)
    s.score(ws.info, ws.piloting, 3, 3, 3, participant="Ana")
    before = s.model.snapshot()
    s.execute(cmds.DeletePhase(phase_id=ws.piloting.id))
    m = s.model
    for table in ("presence", "positions", "relation_phases", "scores"):
        assert not any(k[1] == ws.piloting.id for k in m.tables[table]), table
    # the design phase keeps everything it had
    assert len(s.scores(ws.info, ws.design)) == 2
    assert s.roles(ws.city, ws.design) == ("coordinator", "steward")
    assert probes.reopened(ws.path) == m.snapshot()
    s.undo()
    assert s.model.snapshot() == before
    assert probes.reopened(ws.path) == before
    assert [p.key for p in s.phases][:2] == ["design", "piloting"]


def test_deleting_a_relation_removes_its_votes_and_switches(ws: Any) -> None:
    s = ws.s
    s.set_relation_active(ws.info, ws.piloting, False)
    before = s.model.snapshot()
    s.delete_relation(ws.info)
    assert not s.model.tables["relation_phases"]
    assert not any(k[0] == ws.info.id for k in s.model.tables["scores"])
    s.undo()
    assert s.model.snapshot() == before


def test_deleting_a_participant_keeps_other_votes(ws: Any) -> None:
    s = ws.s
    s.execute(cmds.DeleteParticipant(participant_id=ws.facilitator.id))
    assert [v["participant"] for v in s.scores(ws.info, ws.design)] == ["Ana"]
    assert s.scores(ws.plan, ws.design) == []


def test_presence_keeps_roles_when_only_marked_present_again(ws: Any) -> None:
    s = ws.s
    s.set_presence(ws.city, ws.design, True)  # roles None: keep what is there
    assert s.roles(ws.city, ws.design) == ("coordinator", "steward")
    s.set_presence(ws.city, ws.design, True, roles=[])
    assert s.roles(ws.city, ws.design) == ()
    s.set_presence(ws.city, ws.design, False)
    assert ws.city not in s.present_actors(ws.design)
    assert s.undo_text == "Mark actor absent"


def test_new_ids_do_not_collide_after_deleting(ws: Any) -> None:
    s = ws.s
    s.delete_actor(ws.uni)
    new = s.add_actor("Newcomer")
    assert new.id not in (ws.city.id, ws.vendor.id)
    assert s.actor("Newcomer") == new


def test_no_op_edit_adds_no_undo_step_and_no_log_line(ws: Any, probes: Any) -> None:
    n = len(probes.events(ws.path))
    label = ws.s.undo_text
    ws.s.set_relation_active(ws.info, ws.design, True)  # already on
    ws.s.set_meta("title", ws.s.title)  # same value
    assert len(probes.events(ws.path)) == n
    assert ws.s.undo_text == label


def test_command_labels_name_the_edit(ws: Any) -> None:
    s = ws.s
    s.add_actor("Port authority")
    assert s.undo_text == "Add actor “Port authority”"
    s.execute(cmds.MoveActors(moves=[(ws.city.id, 1, 1), (ws.uni.id, 2, 2)]))
    assert s.undo_text == "Move 2 actors"
    s.execute(cmds.UpdatePhase(phase_id=ws.design.id, changes={"name": "Plan"}))
    assert s.undo_text == "Rename phase"
    s.score(ws.info, ws.design, trust=5)
    assert s.undo_text == "Score (trust 5)"
    s.execute(cmds.Batch([cmds.AddActor(actor_name="X"), cmds.AddActor(actor_name="Y")]))
    assert s.undo_text == "2 edits"
