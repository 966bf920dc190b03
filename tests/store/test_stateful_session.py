"""Random sequences of edits, undo, redo and reopening: the file always holds exactly what the
facilitator sees, every saved step leaves one log line, and undoing everything gets back to the
new session."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from workshop_app import CommandError, Session
from workshop_app.domain import commands as cmds
from workshop_app.domain import commands_arenas as arena_cmds
from workshop_app.domain import commands_evidence as ev
from workshop_app.domain import commands_levels as levels
from workshop_app.domain import vocabulary as voc

pick = st.integers(min_value=0, max_value=40)
names = st.sampled_from(["City", "Vendor", "Uni", "Citizens", "NGO", " ", "Ana", "Bo", "Ché"])
actor_types = st.sampled_from([*voc.ACTOR_TYPES, "company"])
scales = st.sampled_from([*voc.SCALES, "planet"])
kinds = st.sampled_from([*voc.RELATION_KINDS, "friendship"])
roles = st.lists(st.sampled_from([*voc.ROLES, "Co-designer", "evaluator", "Data trustee"]),
                 max_size=3)
score_value = st.one_of(st.none(), st.integers(min_value=0, max_value=6), st.just("3"))
score_values = st.dictionaries(st.sampled_from([*voc.SCORE_DIMENSIONS, "interdependence_back"]),
                               score_value, max_size=4)
presence_states = st.sampled_from([*voc.PRESENCE_STATES, "gone"])
relation_states = st.sampled_from([*voc.RELATION_STATES, "on"])
maybe_pick = st.one_of(st.none(), pick)
words = st.sampled_from(["", "x", "2021", "Ché", "\u00e9t\u00e9"])
coords = st.floats(min_value=-1e4, max_value=1e4, allow_nan=False)
json_values = st.one_of(
    st.lists(st.text(max_size=4), max_size=3).map(tuple),  # reads back as a list
    st.none(), st.text(max_size=8), st.integers(-5, 5), st.booleans(),
    st.dictionaries(st.text(max_size=4), st.integers(0, 3), max_size=2),
)


class SessionMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="workshop-stateful-"))
        self.path = self.folder / "s.workshop"
        self.s = Session.create(self.path)
        self.initial = self.s.model.snapshot()
        self.events = self.s._store.event_count()

    @initialize()
    def seed(self) -> None:
        """Start from a small, undoable sketch so that early steps have things to edit."""
        s = self.s
        design, piloting = s.phases[0], s.phases[1]
        a = s.add_actor("City", present_in=[design, piloting])
        b = s.add_actor("Vendor", "private", present_in=[design, piloting])
        c = s.add_actor("Uni", "academia", present_in=[design])
        s.add_relation(a, b, "information")
        s.add_relation(a, b, "data")
        s.add_relation(b, c, "agreement", directed=False)
        s.add_participant("Ana")
        self.events += 7

    # -- helpers ---------------------------------------------------------------------------
    def _ids(self, table: str) -> list[Any]:
        return sorted(self.s.model.tables[table])

    def _pick(self, table: str, i: int) -> Any:
        ids = self._ids(table)
        # now and then an id that does not exist, to exercise the refusals
        return ids[i % len(ids)] if ids and i < 38 else 999

    def run(self, command: cmds.Command) -> None:
        before = self.s.model.snapshot()
        undo_text = self.s.undo_text
        try:
            self.s.execute(command)
        except CommandError as exc:
            assert str(exc) and "\n" not in str(exc)
            assert self.s.model.snapshot() == before
            assert self.s.undo_text == undo_text
            return
        if self.s.model.snapshot() != before:
            self.events += 1
            assert self.s.can_undo and not self.s.can_redo

    # -- actors ----------------------------------------------------------------------------
    @rule(name=names, type=actor_types, scale=scales, phases=st.lists(pick, max_size=3),
          x=coords, y=coords)
    def add_actor(self, name: str, type: str, scale: str, phases: list[int], x: float,
                  y: float) -> None:
        present = tuple(dict.fromkeys(self._pick("phases", i) for i in phases))
        self.run(cmds.AddActor(actor_name=name, type=type, scale=scale, present_in=present,
                               x=x, y=y, abilities=("skills",) if len(name) > 3 else ()))

    @rule(i=pick, name=names, type=actor_types, pinned=st.booleans())
    def update_actor(self, i: int, name: str, type: str, pinned: bool) -> None:
        self.run(cmds.UpdateActor(actor_id=self._pick("actors", i),
                                  changes={"name": name, "type": type, "pinned": pinned}))

    @rule(i=pick)
    def delete_actor(self, i: int) -> None:
        self.run(cmds.DeleteActor(actor_id=self._pick("actors", i)))

    @rule(ids=st.lists(pick, min_size=1, max_size=3), phase=st.one_of(st.none(), pick),
          x=coords, y=coords)
    def move_actors(self, ids: list[int], phase: int | None, x: float, y: float) -> None:
        moves = [(self._pick("actors", i), x + n, y - n) for n, i in enumerate(ids)]
        ph = None if phase is None else self._pick("phases", phase)
        self.run(cmds.MoveActors(moves=moves, phase_id=ph))

    @rule(i=pick, phase=pick)
    def reset_position(self, i: int, phase: int) -> None:
        self.run(cmds.ResetPhasePosition(actor_ids=[self._pick("actors", i)],
                                         phase_id=self._pick("phases", phase)))

    # -- relations -------------------------------------------------------------------------
    @rule(a=pick, b=pick, kind=kinds, directed=st.booleans())
    def add_relation(self, a: int, b: int, kind: str, directed: bool) -> None:
        self.run(cmds.AddRelation(source=self._pick("actors", a), target=self._pick("actors", b),
                                  kind=kind, directed=directed, attrs={"arena": ["steering"]}))

    @rule(i=pick, kind=kinds, directed=st.booleans(), note=st.text(max_size=5))
    def update_relation(self, i: int, kind: str, directed: bool, note: str) -> None:
        self.run(cmds.UpdateRelation(relation_id=self._pick("relations", i),
                                     changes={"kind": kind, "directed": directed, "note": note}))

    @rule(i=pick)
    def delete_relation(self, i: int) -> None:
        self.run(cmds.DeleteRelation(relation_id=self._pick("relations", i)))

    @rule(i=pick, phase=pick, state=relation_states, source=maybe_pick)
    def set_relation_state(self, i: int, phase: int, state: str, source: int | None) -> None:
        self.run(cmds.SetRelationState(relation_id=self._pick("relations", i),
                                       phase_id=self._pick("phases", phase), state=state,
                                       source_id=self._maybe("sources", source)))

    # -- presence and scores ---------------------------------------------------------------
    @rule(a=pick, phase=pick, present=st.booleans(), roles=st.one_of(st.none(), roles))
    def set_presence(self, a: int, phase: int, present: bool, roles: list[str] | None) -> None:
        self.run(cmds.SetPresence(actor_id=self._pick("actors", a),
                                  phase_id=self._pick("phases", phase), present=present,
                                  roles=None if roles is None else tuple(roles)))

    @rule(i=pick, phase=pick, who=pick, values=score_values)
    def score(self, i: int, phase: int, who: int, values: dict[str, Any]) -> None:
        self.run(cmds.SetScore(relation_id=self._pick("relations", i),
                               phase_id=self._pick("phases", phase),
                               participant_id=self._pick("participants", who), values=values))

    @rule(i=pick, phase=pick, who=pick)
    def score_active_relation(self, i: int, phase: int, who: int) -> None:
        """Most random scores hit inactive relations; aim at active ones too."""
        active = [(r.id, p.id) for p in self.s.phases for r in self.s.model.active_relations(p.id)]
        if not active or not self.s.participants:
            return
        rid, pid = active[i % len(active)]
        self.run(cmds.SetScore(relation_id=rid, phase_id=pid,
                               participant_id=self._pick("participants", who),
                               values={"trust": 1 + i % 5, "commitment": 1 + phase % 5}))

    @rule(name=names)
    def add_participant(self, name: str) -> None:
        self.run(cmds.AddParticipant(participant_name=name))

    @rule(i=pick)
    def delete_participant(self, i: int) -> None:
        self.run(cmds.DeleteParticipant(participant_id=self._pick("participants", i)))

    # -- phases ----------------------------------------------------------------------------
    @rule(name=names, key=st.sampled_from(["", *voc.PHASE_KEYS, "consolidation"]),
          index=st.one_of(st.none(), st.integers(-2, 8)))
    def add_phase(self, name: str, key: str, index: int | None) -> None:
        self.run(cmds.AddPhase(phase_name=name, key=key, index=index))

    @rule(i=pick, name=names)
    def rename_phase(self, i: int, name: str) -> None:
        self.run(cmds.UpdatePhase(phase_id=self._pick("phases", i), changes={"name": name}))

    @rule(i=pick, index=st.integers(-1, 8))
    def move_phase(self, i: int, index: int) -> None:
        self.run(cmds.MovePhase(phase_id=self._pick("phases", i), index=index))

    @rule(i=pick)
    def delete_phase(self, i: int) -> None:
        self.run(cmds.DeletePhase(phase_id=self._pick("phases", i)))

    @rule(key=st.sampled_from(["title", "public_value", "modes"]), value=json_values)
    def set_meta(self, key: str, value: Any) -> None:
        self.run(cmds.SetMeta(key=key, value=value))

    # -- notes and prompts -----------------------------------------------------------------
    @rule(text=names, quote=st.booleans(), phase=st.one_of(st.none(), pick),
          actor=st.one_of(st.none(), pick), rel=st.one_of(st.none(), pick))
    def add_note(self, text: str, quote: bool, phase: int | None, actor: int | None,
                 rel: int | None) -> None:
        self.run(cmds.AddNote(
            text=text, kind="quote" if quote else "note",
            phase_id=None if phase is None else self._pick("phases", phase),
            actor_id=None if actor is None else self._pick("actors", actor),
            relation_id=None if rel is None else self._pick("relations", rel)))

    @rule(i=pick, text=names)
    def update_note(self, i: int, text: str) -> None:
        self.run(cmds.UpdateNote(note_id=self._pick("notes", i), changes={"text": text}))

    @rule(i=pick)
    def delete_note(self, i: int) -> None:
        self.run(cmds.DeleteNote(note_id=self._pick("notes", i)))

    @rule(phase=pick, prompt=st.integers(1, 23), done=st.booleans(), note=st.text(max_size=4))
    def tick_prompt(self, phase: int, prompt: int, done: bool, note: str) -> None:
        self.run(cmds.SetPromptCheck(phase_id=self._pick("phases", phase), prompt_id=f"P{prompt}",
                                     done=done, note=note))

    # -- evidence (schema 3) ---------------------------------------------------------------
    def _maybe(self, table: str, i: int | None) -> Any:
        return None if i is None else self._pick(table, i)

    @rule(kind=st.sampled_from([*voc.SOURCE_KINDS, "rumour"]), document=words, reason=words)
    def add_source(self, kind: str, document: str, reason: str) -> None:
        self.run(ev.AddSource(kind=kind, document=document, reason=reason, quote=reason,
                              detail={"row": len(reason)}))

    @rule(i=pick, page=words)
    def update_source(self, i: int, page: str) -> None:
        self.run(ev.UpdateSource(source_id=self._pick("sources", i), changes={"page": page}))

    @rule(i=pick)
    def delete_source(self, i: int) -> None:
        self.run(ev.DeleteSource(source_id=self._pick("sources", i)))

    @rule(fact=st.sampled_from([*ev.FACTS, "vote"]), parts=st.lists(pick, min_size=1, max_size=4),
          role=st.sampled_from(["coordinator", "steward", "Data trustee"]), source=maybe_pick)
    def cite(self, fact: str, parts: list[int], role: str, source: int | None) -> None:
        tables = {"actor": ["actors"], "relation": ["relations"],
                  "presence": ["actors", "phases"], "role": ["actors", "phases"],
                  "relation_phase": ["relations", "phases"], "participant": ["participants"],
                  "score": ["relations", "phases", "participants"], "arena": ["arenas"],
                  "stated_class": ["stated_classes"], "decision_point": ["decision_points"]}
        key: list[Any] = [self._pick(t, i) for t, i in zip(tables.get(fact, ["actors"]), parts)]
        if fact == "role":
            key.append(role)
        elif fact == "institutional_work":  # its key is (actor, phase, kind, aim)
            work = self._ids("institutional_work")
            key = list(work[parts[0] % len(work)]) if work else [999, 999, "political", "creating"]
        self.run(ev.SetFactSource(fact=fact, key=key, source_id=self._maybe("sources", source)))

    @rule(a=pick, phase=pick, state=presence_states, source=maybe_pick)
    def set_presence_state(self, a: int, phase: int, state: str, source: int | None) -> None:
        self.run(ev.SetPresenceState(actor_id=self._pick("actors", a),
                                     phase_id=self._pick("phases", phase), state=state,
                                     source_id=self._maybe("sources", source)))

    @rule(ids=st.lists(pick, max_size=3), phase=pick, state=presence_states)
    def set_presence_states(self, ids: list[int], phase: int, state: str) -> None:
        self.run(ev.SetPresenceStates(phase_id=self._pick("phases", phase),
                                      actor_ids=[self._pick("actors", i) for i in ids], state=state))

    @rule(a=pick, phase=pick, influence=st.one_of(st.none(), st.integers(-1, 7)),
          alignment=st.sampled_from([None, *voc.ALIGNMENTS, "loves"]))
    def set_influence_and_alignment(self, a: int, phase: int, influence: int | None,
                                    alignment: str | None) -> None:
        actor, ph = self._pick("actors", a), self._pick("phases", phase)
        self.run(ev.SetInfluence(actor_id=actor, phase_id=ph, influence=influence))
        self.run(ev.SetAlignment(actor_id=actor, phase_id=ph, alignment=alignment))

    @rule(a=pick, phase=pick, form=st.sampled_from([None, *voc.ORCHESTRATOR_FORMS, "duo"]),
          modes=st.lists(st.sampled_from([*voc.ORCHESTRATOR_MODES, "boss"]), max_size=2))
    def set_orchestrator(self, a: int, phase: int, form: str | None, modes: list[str]) -> None:
        self.run(ev.SetOrchestrator(actor_id=self._pick("actors", a),
                                    phase_id=self._pick("phases", phase), form=form,
                                    modes=tuple(modes)))

    @rule(a=pick, phase=pick, gains=st.one_of(st.none(), words), costs=st.one_of(st.none(), words))
    def set_value_effects(self, a: int, phase: int, gains: str | None, costs: str | None) -> None:
        self.run(ev.SetValueEffects(actor_id=self._pick("actors", a),
                                    phase_id=self._pick("phases", phase), gains=gains, costs=costs))

    @rule(i=pick, openness=st.sampled_from([None, *voc.OPENNESS, "public"]),
          interoperable=st.sampled_from([None, True, False]))
    def set_data_openness(self, i: int, openness: str | None, interoperable: bool | None) -> None:
        self.run(ev.SetDataOpenness(relation_id=self._pick("relations", i), openness=openness,
                                    interoperable=interoperable))

    @rule(who=pick, kind=st.sampled_from([*voc.PARTICIPANT_KINDS, "observer"]), source=maybe_pick)
    def set_participant_kind(self, who: int, kind: str, source: int | None) -> None:
        self.run(ev.SetParticipantKind(participant_id=self._pick("participants", who), kind=kind,
                                       source_id=self._maybe("sources", source)))

    @rule(phase=pick, rel=maybe_pick, arena=maybe_pick,
          cls=st.sampled_from([*voc.THREE_C, "integration"]), clear=st.booleans())
    def stated_class(self, phase: int, rel: int | None, arena: int | None, cls: str,
                     clear: bool) -> None:
        scope = dict(phase_id=self._pick("phases", phase), relation_id=self._maybe("relations", rel),
                     arena_id=self._maybe("arenas", arena))
        if clear:
            self.run(levels.ClearStatedClass(**scope))
        else:
            self.run(levels.SetStatedClass(three_c=cls, **scope))

    @rule(name=names, level=st.sampled_from([*voc.ARENA_LEVELS, "board"]))
    def add_arena(self, name: str, level: str) -> None:
        self.run(arena_cmds.AddArena(arena_name=name, level=level))

    @rule(i=pick, name=names)
    def rename_arena(self, i: int, name: str) -> None:
        self.run(arena_cmds.UpdateArena(arena_id=self._pick("arenas", i), changes={"name": name}))

    @rule(i=pick)
    def delete_arena(self, i: int) -> None:
        self.run(arena_cmds.DeleteArena(arena_id=self._pick("arenas", i)))

    @rule(i=pick, phase=pick, ids=st.lists(pick, max_size=3))
    def set_arena_members(self, i: int, phase: int, ids: list[int]) -> None:
        self.run(arena_cmds.SetArenaMembers(arena_id=self._pick("arenas", i),
                                            phase_id=self._pick("phases", phase),
                                            actor_ids=[self._pick("actors", a) for a in ids]))

    @rule(a=pick, phase=pick, kind=st.sampled_from([*voc.WORK_KINDS, "legal"]),
          aim=st.sampled_from(list(voc.WORK_AIMS)), present=st.booleans())
    def set_institutional_work(self, a: int, phase: int, kind: str, aim: str, present: bool) -> None:
        self.run(arena_cmds.SetInstitutionalWork(actor_id=self._pick("actors", a),
                                                 phase_id=self._pick("phases", phase), kind=kind,
                                                 aim=aim, present=present))

    @rule(phase=pick, label=names, kind=st.sampled_from([*voc.DECISION_KINDS, "vote"]))
    def add_decision_point(self, phase: int, label: str, kind: str) -> None:
        self.run(arena_cmds.AddDecisionPoint(phase_id=self._pick("phases", phase),
                                             decision_label=label, kind=kind))

    @rule(i=pick, phase=pick, position=st.integers(-1, 3))
    def move_decision_point(self, i: int, phase: int, position: int) -> None:
        self.run(arena_cmds.UpdateDecisionPoint(decision_id=self._pick("decision_points", i),
                                                changes={"phase_id": self._pick("phases", phase),
                                                         "position": position}))

    @rule(i=pick)
    def delete_decision_point(self, i: int) -> None:
        self.run(arena_cmds.DeleteDecisionPoint(decision_id=self._pick("decision_points", i)))

    @rule(phase=pick, text=words)
    def set_phase_public_value(self, phase: int, text: str) -> None:
        self.run(arena_cmds.SetPhasePublicValue(phase_id=self._pick("phases", phase), text=text))

    @rule(key=st.sampled_from(["threec_rule", "presence_default", "pool_references"]),
          value=st.sampled_from(["median", "weakest", "absent", "not_described", True, False,
                                 None, "loosest", "yes"]))
    def set_reading_setting(self, key: str, value: Any) -> None:
        self.run(cmds.SetMeta(key=key, value=value))

    # -- undo, redo, reopen ----------------------------------------------------------------
    @precondition(lambda self: self.s.can_undo)
    @rule()
    def undo(self) -> None:
        label = self.s.undo_text
        assert self.s.undo() == label
        assert self.s.redo_text == label
        self.events += 1

    @precondition(lambda self: self.s.can_redo)
    @rule()
    def redo(self) -> None:
        label = self.s.redo_text
        assert self.s.redo() == label
        assert self.s.undo_text == label
        self.events += 1

    @rule()
    def close_and_reopen(self) -> None:
        snap, undo, redo = self.s.model.snapshot(), self.s.undo_text, self.s.redo_text
        self.s.close()
        self.s = Session.open(self.path)
        assert self.s.model.snapshot() == snap
        assert (self.s.undo_text, self.s.redo_text) == (undo, redo)

    # -- checks ----------------------------------------------------------------------------
    @invariant()
    def file_matches_memory(self) -> None:
        with Session.open(self.path, read_only=True) as other:
            assert other.model.snapshot() == self.s.model.snapshot()
            assert other.undo_text == self.s.undo_text
        assert self.s._store.event_count() == self.events

    @invariant()
    def phases_are_numbered_in_order(self) -> None:
        assert [p.position for p in self.s.phases] == list(range(len(self.s.phases)))
        assert self.s.phases, "a session always keeps one phase"

    def teardown(self) -> None:
        try:
            while self.s.can_undo:
                self.s.undo()
            assert self.s.model.snapshot() == self.initial
            self.s.close()
            with Session.open(self.path, read_only=True) as other:
                assert other.model.snapshot() == self.initial
        finally:
            self.s.close()
            shutil.rmtree(self.folder, ignore_errors=True)


SessionMachine.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestSessionMachine = SessionMachine.TestCase
