"""The Session API for evidence: what is known, from where, and how sure (schema 3).

Researchers script sessions in Python, so every new fact has a reader that returns plain
values or dicts (ready for ``pandas.DataFrame``) and an editing shortcut that is exactly one
command through ``Session.execute`` (saved, logged, undoable). :class:`EvidenceAPI` is mixed
into :class:`~workshop_app.session.session.Session`; it holds no state of its own.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from ..domain import commands as cmds
from ..domain import scoring
from ..domain import vocabulary as voc
from ..domain.commands_arenas import (
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
from ..domain.commands_evidence import (
    FACTS,
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
from ..domain.commands_levels import (ClearStatedClass, ClearStatedLevel, SetStatedClass, SetStatedLevel,
                                       stated_classes_of, stated_levels_of)
from ..domain.evidence import Arena, DecisionPoint, Source, StatedClass
from ..domain.model import Actor, Model, Participant, Phase, Relation

if TYPE_CHECKING:  # pragma: no cover
    from .session import ActorRef, ParticipantRef, PhaseRef, RelationRef

SourceRef = Source | int | None
ArenaRef = Arena | int | str


def _source_id(ref: SourceRef) -> int | None:
    return ref.id if isinstance(ref, Source) else ref


class EvidenceAPI:
    """Readers and one-command shortcuts for sources, presence and relation states, stated
    and per-voter 3C classes, stated and reference levels, arenas, institutional work,
    decision points, influence, orchestration and public value."""

    model: Model

    if TYPE_CHECKING:  # provided by Session
        def execute(self, command: cmds.Command) -> Any: ...
        def actor(self, ref: ActorRef) -> Actor: ...
        def phase(self, ref: PhaseRef) -> Phase: ...
        def relation(self, ref: RelationRef) -> Relation: ...
        def participant(self, ref: ParticipantRef) -> Participant | None: ...

    # -- sources ----------------------------------------------------------------------------
    def source(self, ref: SourceRef) -> dict[str, Any] | None:
        """A source as a plain dict (``None`` for no source)."""
        src = self.model.source(_source_id(ref))
        return None if src is None else dataclasses.asdict(src)

    def sources(self) -> list[dict[str, Any]]:
        return [dataclasses.asdict(s) for s in self.model.sources]

    def add_source(self, kind: str = "stated", *, document: str = "", section: str = "",
                   page: str = "", quote: str = "", author: str = "", reason: str = "",
                   detail: dict[str, Any] | None = None) -> Source:
        """Record a piece of evidence: ``stated`` (document, section or page, a short
        verbatim quote), ``inferred`` (author and reason), ``room`` or ``imported``."""
        sid = self.execute(AddSource(kind=kind, document=document, section=section, page=page,
                                     quote=quote, author=author, reason=reason,
                                     detail=dict(detail or {})))
        return self.model.tables["sources"][sid]

    def update_source(self, source: SourceRef, **changes: Any) -> Source:
        sid = _source_id(source)
        self.execute(UpdateSource(source_id=sid or 0, changes=changes))
        return self.model.tables["sources"][sid]

    def delete_source(self, source: SourceRef) -> None:
        """Delete a source; every fact citing it keeps its value and loses the citation."""
        self.execute(DeleteSource(source_id=_source_id(source) or 0))

    def _fact_key(self, fact: Sequence[Any]) -> tuple[str, list[Any]]:
        """("presence", actor, phase) with names or records -> ("presence", [ids])."""
        if not fact or fact[0] not in FACTS:
            raise cmds.CommandError(f"Name a fact as (kind, ...) with kind one of: {', '.join(FACTS)}.")
        kind, refs = fact[0], list(fact[1:])
        lookups = {
            "actor": (self.actor,), "relation": (self.relation,),
            "presence": (self.actor, self.phase), "role": (self.actor, self.phase, str),
            "relation_phase": (self.relation, self.phase),
            "participant": (self.participant,),
            "score": (self.relation, self.phase, self.participant),
            "stated_class": (int,), "stated_level": (int,), "arena": (self.arena,),
            "decision_point": (int,),
            "institutional_work": (self.actor, self.phase, str, str),
            **{fact: (self.actor, self.phase) for fact in voc.PRESENCE_FACTS},
        }[kind]
        if len(refs) != len(lookups):
            raise cmds.CommandError(f"A {kind.replace('_', ' ')} is named by {len(lookups)} "
                                    f"values, not {len(refs)}.")
        key: list[Any] = []
        for find, ref in zip(lookups, refs):
            found = find(ref)
            if found is None:
                raise cmds.CommandError(f"No participant {ref!r} in this session.")
            key.append(getattr(found, "id", found))
        return kind, key

    def cite(self, fact: Sequence[Any], source: SourceRef) -> None:
        """Attach a source to one fact (``None`` detaches it). A fact is a tuple:
        ``("actor", a)``, ``("relation", r)``, ``("presence", a, phase)``,
        ``("role", a, phase, role)``, ``("relation_phase", r, phase)``,
        ``("score", r, phase, participant)``, ``("participant", p)``, ``("arena", arena)``,
        ``("stated_class", id)``, ``("stated_level", id)``, ``("decision_point", id)`` or
        ``("institutional_work", a, phase, kind, aim)``; an actor's other facts in a phase
        are ``("influence", a, phase)``, ``"alignment"``, ``"orchestrator"``,
        ``"value_gains"`` and ``"value_costs"`` named the same way."""
        kind, key = self._fact_key(fact)
        self.execute(SetFactSource(fact=kind, key=key, source_id=_source_id(source)))

    def provenance(self, fact: Sequence[Any]) -> dict[str, Any] | None:
        """The source of one fact (named as for :meth:`cite`) as a dict, or ``None`` when
        none is recorded. A presence or relation state that is only the session's default
        has no source."""
        kind, key = self._fact_key(fact)
        table, _ = FACTS[kind]
        t = self.model.tables
        if kind == "role":
            row = t["presence"].get((key[0], key[1]))
            return self.source(row.role_sources.get(key[2]) if row is not None else None)
        if kind in voc.PRESENCE_FACTS:
            row = t["presence"].get((key[0], key[1]))
            return self.source(row.fact_sources.get(kind) if row is not None else None)
        rec = t[table].get(key[0] if len(key) == 1 else tuple(key))
        return None if rec is None else self.source(rec.source_id)

    # -- presence -------------------------------------------------------------------------
    def presence_state(self, actor: ActorRef, phase: PhaseRef) -> str:
        """``present``, ``absent`` or ``not_described`` (a missing row: the session default)."""
        return self.model.presence_state(self.actor(actor).id, self.phase(phase).id)

    def presence(self, actor: ActorRef, phase: PhaseRef) -> dict[str, Any]:
        """Everything recorded of an actor in a phase, with sources as dicts."""
        a, ph = self.actor(actor), self.phase(phase)
        row = self.model.presence(a.id, ph.id)
        state = self.model.presence_state(a.id, ph.id)
        if row is None:
            return {"actor": a.name, "phase": ph.name, "state": state, "stored": False,
                    "roles": [], "role_sources": {}, "source": None, "note": "",
                    "influence": None, "alignment": None, "orchestrator_form": None,
                    "orchestrator_modes": [], "value_gains": "", "value_costs": "",
                    "fact_sources": {}}
        return {"actor": a.name, "phase": ph.name, "state": state, "stored": True,
                "roles": list(row.roles),
                "role_sources": {r: self.source(s) for r, s in row.role_sources.items()},
                "source": self.source(row.source_id), "note": row.note,
                "influence": row.influence, "alignment": row.alignment,
                "orchestrator_form": row.orchestrator_form,
                "orchestrator_modes": list(row.orchestrator_modes),
                "value_gains": row.value_gains, "value_costs": row.value_costs,
                "fact_sources": {f: self.source(s) for f, s in row.fact_sources.items()}}

    def actors_in_state(self, phase: PhaseRef, state: str) -> list[Actor]:
        """The actors present, absent or not described in a phase."""
        return self.model.actors_in_state(self.phase(phase).id, state)

    def set_presence_state(self, actor: ActorRef, phase: PhaseRef, state: str,
                           source: SourceRef = None) -> None:
        self.execute(SetPresenceState(actor_id=self.actor(actor).id, phase_id=self.phase(phase).id,
                                      state=state, source_id=_source_id(source)))

    def set_presence_states(self, phase: PhaseRef, actors: Iterable[ActorRef], state: str,
                            source: SourceRef = None) -> None:
        """One state for many actors in one phase, as one undo step."""
        self.execute(SetPresenceStates(phase_id=self.phase(phase).id,
                                       actor_ids=[self.actor(a).id for a in actors],
                                       state=state, source_id=_source_id(source)))

    def set_influence(self, actor: ActorRef, phase: PhaseRef, influence: int | None) -> None:
        """Net-Map influence (tower height) 0-5 in a phase; ``None`` clears it."""
        self.execute(SetInfluence(actor_id=self.actor(actor).id, phase_id=self.phase(phase).id,
                                  influence=influence))

    def set_alignment(self, actor: ActorRef, phase: PhaseRef, alignment: str | None) -> None:
        """supports / neutral / opposes / mixed the project's goal; ``None`` clears it."""
        self.execute(SetAlignment(actor_id=self.actor(actor).id, phase_id=self.phase(phase).id,
                                  alignment=alignment))

    def set_orchestrator(self, actor: ActorRef, phase: PhaseRef, form: str | None,
                         modes: Sequence[str] = ()) -> None:
        """The actor orchestrates the phase: individual/collective, strategist and/or manager."""
        self.execute(SetOrchestrator(actor_id=self.actor(actor).id, phase_id=self.phase(phase).id,
                                     form=form, modes=tuple(modes)))

    def set_value_effects(self, actor: ActorRef, phase: PhaseRef, *, gains: str | None = None,
                          costs: str | None = None) -> None:
        """Public value: what the actor gains and what costs it bears in the phase."""
        self.execute(SetValueEffects(actor_id=self.actor(actor).id, phase_id=self.phase(phase).id,
                                     gains=gains, costs=costs))

    # -- relations --------------------------------------------------------------------------
    def relation_state(self, relation: RelationRef, phase: PhaseRef) -> str:
        """``active``, ``inactive`` or ``not_described`` in a phase."""
        return self.model.relation_state(self.relation(relation), self.phase(phase).id)

    def set_relation_state(self, relation: RelationRef, phase: PhaseRef, state: str,
                           source: SourceRef = None) -> None:
        self.execute(SetRelationState(relation_id=self.relation(relation).id,
                                      phase_id=self.phase(phase).id, state=state,
                                      source_id=_source_id(source)))

    def set_data_openness(self, relation: RelationRef, openness: str | None,
                          interoperable: bool | None = None) -> None:
        """open / closed / vendor_held / unknown, and interoperable yes / no / not known."""
        self.execute(SetDataOpenness(relation_id=self.relation(relation).id, openness=openness,
                                     interoperable=interoperable))

    # -- 3C: stated, derived, per voter, reference levels --------------------------------------
    @property
    def threec_rule(self) -> str:
        """How this session reads the 3C class: ``median`` or ``weakest``."""
        return self.model.threec_rule

    def set_threec_rule(self, rule: str) -> None:
        self.execute(cmds.SetMeta(key="threec_rule", value=rule))

    def set_pool_references(self, pool: bool) -> None:
        """Count reference participants' levels in the room's median (off by default)."""
        self.execute(cmds.SetMeta(key="pool_references", value=bool(pool)))

    def _scope_ids(self, relation: RelationRef | None,
                   arena: ArenaRef | None) -> tuple[int | None, int | None]:
        return (None if relation is None else self.relation(relation).id,
                None if arena is None else self.arena(arena).id)

    def _stated_dict(self, s: StatedClass) -> dict[str, Any]:
        return {"id": s.id, "class": s.three_c, "note": s.note, "source": self.source(s.source_id)}

    def stated_classes(self, relation: RelationRef | None, phase: PhaseRef, *,
                       arena: ArenaRef | None = None) -> list[dict[str, Any]]:
        """Every class stated for a relation, an arena (``relation=None, arena=...``) or the
        whole phase (both ``None``), oldest first, each with its source: a source may state
        two (002: Antwerp's core partners resemble "coordination ... and collaboration")."""
        rid, aid = self._scope_ids(relation, arena)
        return [self._stated_dict(s)
                for s in stated_classes_of(self.model, self.phase(phase).id, rid, aid)]

    def stated_class(self, relation: RelationRef | None, phase: PhaseRef, *,
                     arena: ArenaRef | None = None) -> dict[str, Any] | None:
        """The class a source states (or the room agreed) for a relation, an arena or the
        whole phase, with its source; the first one where several are stated
        (:meth:`stated_classes` gives them all)."""
        found = self.stated_classes(relation, phase, arena=arena)
        return found[0] if found else None

    def set_stated_class(self, phase: PhaseRef, three_c: str, *, relation: RelationRef | None = None,
                         arena: ArenaRef | None = None, source: SourceRef = None,
                         note: str = "", replace: bool = True) -> int:
        """State a class for the scope; ``replace=False`` adds it beside those stated."""
        rid, aid = self._scope_ids(relation, arena)
        return int(self.execute(SetStatedClass(
            phase_id=self.phase(phase).id, three_c=three_c, relation_id=rid, arena_id=aid,
            source_id=_source_id(source), note=note, replace=replace)))

    def clear_stated_class(self, phase: PhaseRef, *, relation: RelationRef | None = None,
                           arena: ArenaRef | None = None, stated_id: int | None = None) -> None:
        rid, aid = self._scope_ids(relation, arena)
        self.execute(ClearStatedClass(phase_id=self.phase(phase).id, relation_id=rid,
                                      arena_id=aid, stated_id=stated_id))

    def stated_levels(self, phase: PhaseRef | None = None, *, relation: RelationRef | None = None,
                      arena: ArenaRef | None = None,
                      whole_phase_only: bool = False) -> list[dict[str, Any]]:
        """Levels a source states (low / medium / high of one dimension) with their sources.

        With ``phase`` only: every stated level of the phase, whatever its scope; with
        ``relation`` or ``arena`` (or ``whole_phase_only``): that scope's. Without ``phase``:
        every stated level of the session, in phase order."""
        order = {p.id: i for i, p in enumerate(self.model.phases)}
        rows = sorted(self.model.tables["stated_levels"].values(),
                      key=lambda s: (order.get(s.phase_id, len(order)), s.id))
        if phase is not None:
            pid = self.phase(phase).id
            if relation is not None or arena is not None or whole_phase_only:
                rid, aid = self._scope_ids(relation, arena)
                rows = stated_levels_of(self.model, pid, rid, aid)
            else:
                rows = [s for s in rows if s.phase_id == pid]
        return [{"id": s.id, "phase": self.model.phase(s.phase_id).name,
                 "phase_id": s.phase_id, "relation_id": s.relation_id, "arena_id": s.arena_id,
                 "dimension": s.dimension, "level": s.level, "note": s.note,
                 "source": self.source(s.source_id)} for s in rows]

    def set_stated_level(self, phase: PhaseRef, dimension: str, level: str, *,
                         relation: RelationRef | None = None, arena: ArenaRef | None = None,
                         source: SourceRef = None, note: str = "") -> int:
        """State a level (low / medium / high) of one dimension for the whole phase, an arena
        or a relation; a second one for the same dimension and scope replaces it."""
        rid, aid = self._scope_ids(relation, arena)
        return int(self.execute(SetStatedLevel(
            phase_id=self.phase(phase).id, dimension=dimension, level=level, relation_id=rid,
            arena_id=aid, source_id=_source_id(source), note=note)))

    def clear_stated_level(self, phase: PhaseRef, *, relation: RelationRef | None = None,
                           arena: ArenaRef | None = None, dimension: str | None = None) -> None:
        rid, aid = self._scope_ids(relation, arena)
        self.execute(ClearStatedLevel(phase_id=self.phase(phase).id, relation_id=rid,
                                      arena_id=aid, dimension=dimension))

    def voter_classes(self, relation: RelationRef, phase: PhaseRef) -> dict[str, Any]:
        """Each counted voter's own class (the session's rule) and how many hold each, beside
        the derived class: per-dimension medians can give a class no voter holds."""
        rel, ph = self.relation(relation), self.phase(phase)
        per = scoring.voter_classes(self.model, rel.id, ph.id)
        names = {p.id: p.name for p in self.model.participants}
        return {
            "rule": self.model.threec_rule,
            "derived": scoring.room_class(self.model, rel, ph.id),
            "voters": [{"participant_id": pid, "participant": names.get(pid, str(pid)),
                        "class": cls} for pid, cls in per.items()],
            "distribution": scoring.class_distribution(per.values()),
        }

    def reference_levels(self, relation: RelationRef, phase: PhaseRef) -> list[dict[str, Any]]:
        """The reference participants' levels (e.g. the "Case record"), each with its source:
        the vote's own, else the participant's. Shown beside the room's median."""
        rel, ph = self.relation(relation), self.phase(phase)
        parts = self.model.tables["participants"]
        out = []
        for v in scoring.reference_votes(self.model, rel.id, ph.id):
            p = parts[v.participant_id]
            out.append({"participant_id": p.id, "participant": p.name, "trust": v.trust,
                        "commitment": v.commitment, "interdependence": v.interdependence,
                        "interdependence_back": v.interdependence_back,
                        "pooled": self.model.pool_references,
                        "source": self.source(v.source_id if v.source_id is not None else p.source_id)})
        return out

    def class_conflicts(self, relation: RelationRef, phase: PhaseRef) -> list[dict[str, str]]:
        """Where the relation's kind and its stated or derived class disagree (002's 3C
        definitions; ``scoring.kind_class_mismatch``)."""
        rel, ph = self.relation(relation), self.phase(phase)
        classes = [("stated", st["class"]) for st in self.stated_classes(rel, ph)]
        out = []
        for which, cls in (*classes, ("derived", scoring.room_class(self.model, rel, ph.id))):
            reason = scoring.kind_class_mismatch(rel.kind, cls)
            if reason is not None and cls is not None:
                out.append({"class_of": which, "class": cls, "reason": reason})
        return out

    def set_participant_kind(self, participant: ParticipantRef, kind: str,
                             source: SourceRef = None) -> None:
        """``room`` (votes count) or ``reference`` (levels from ``source``, not pooled)."""
        p = self.participant(participant)
        if p is None:
            raise cmds.CommandError(f"No participant {participant!r} in this session.")
        self.execute(SetParticipantKind(participant_id=p.id, kind=kind,
                                        source_id=_source_id(source)))

    # -- arenas ------------------------------------------------------------------------------
    def arena(self, ref: ArenaRef) -> Arena:
        """Find an arena by object, id or exact name."""
        arenas = self.model.tables["arenas"]
        if isinstance(ref, Arena) and ref.id in arenas:
            return arenas[ref.id]
        if isinstance(ref, int) and ref in arenas:
            return arenas[ref]
        if isinstance(ref, str):
            for a in sorted(arenas.values(), key=lambda a: a.id):
                if a.name == ref:
                    return a
        raise cmds.CommandError(f"No arena {ref!r} in this session.")

    def arenas(self) -> list[dict[str, Any]]:
        return [{**dataclasses.asdict(a), "source": self.source(a.source_id)}
                for a in sorted(self.model.tables["arenas"].values(), key=lambda a: a.id)]

    def add_arena(self, name: str, level: str = "other", *, note: str = "",
                  source: SourceRef = None) -> Arena:
        aid = self.execute(AddArena(arena_name=name, level=level, note=note,
                                    source_id=_source_id(source)))
        return self.model.tables["arenas"][aid]

    def update_arena(self, arena: ArenaRef, **changes: Any) -> Arena:
        """Rename (``name=``) or change ``level``, ``note``, ``source_id``."""
        a = self.arena(arena)
        self.execute(UpdateArena(arena_id=a.id, changes=changes))
        return self.model.tables["arenas"][a.id]

    def delete_arena(self, arena: ArenaRef) -> None:
        self.execute(DeleteArena(arena_id=self.arena(arena).id))

    def set_arena_members(self, arena: ArenaRef, phase: PhaseRef, actors: Iterable[ActorRef]) -> None:
        self.execute(SetArenaMembers(arena_id=self.arena(arena).id, phase_id=self.phase(phase).id,
                                     actor_ids=[self.actor(a).id for a in actors]))

    def arena_members(self, arena: ArenaRef, phase: PhaseRef) -> list[Actor]:
        aid, pid = self.arena(arena).id, self.phase(phase).id
        ids = {k[1] for k in self.model.tables["arena_members"] if k[0] == aid and k[2] == pid}
        return [a for a in self.model.actors if a.id in ids]

    def arena_relations(self, arena: ArenaRef, phase: PhaseRef) -> list[Relation]:
        """The phase's active relations whose two ends both sit in the arena then."""
        members = {a.id for a in self.arena_members(arena, phase)}
        return [r for r in self.model.active_relations(self.phase(phase).id)
                if r.source in members and r.target in members]

    def arena_classes(self, arena: ArenaRef, phase: PhaseRef) -> dict[str, Any]:
        """3C in one arena in one phase: the stated class, and the derived classes of its
        relations counted per class (002's structural dynamic, read per governance level)."""
        ph = self.phase(phase)
        derived = [scoring.room_class(self.model, r, ph.id) for r in self.arena_relations(arena, ph)]
        return {"arena": self.arena(arena).name, "phase": ph.name,
                "stated": self.stated_class(None, ph, arena=arena),
                "stated_all": self.stated_classes(None, ph, arena=arena),
                "derived": scoring.class_distribution(derived)}

    # -- institutional work, decision points, public value --------------------------------------
    def institutional_work(self, actor: ActorRef | None = None,
                           phase: PhaseRef | None = None) -> list[dict[str, Any]]:
        """Institutional work rows (001, Table 1), optionally for one actor and/or phase."""
        aid = None if actor is None else self.actor(actor).id
        pid = None if phase is None else self.phase(phase).id
        rows = sorted(self.model.tables["institutional_work"].values(),
                      key=lambda w: (w.actor_id, w.phase_id, w.kind, w.aim))
        return [{**dataclasses.asdict(w), "actor": self.model.actor(w.actor_id).name,
                 "phase": self.model.phase(w.phase_id).name, "source": self.source(w.source_id)}
                for w in rows if (aid is None or w.actor_id == aid) and (pid is None or w.phase_id == pid)]

    def set_institutional_work(self, actor: ActorRef, phase: PhaseRef, kind: str, aim: str, *,
                               present: bool = True, note: str = "", source: SourceRef = None) -> None:
        self.execute(SetInstitutionalWork(actor_id=self.actor(actor).id, phase_id=self.phase(phase).id,
                                          kind=kind, aim=aim, present=present, note=note,
                                          source_id=_source_id(source)))

    def decision_points(self, phase: PhaseRef | None = None) -> list[dict[str, Any]]:
        """Decision points in timeline order (phase order, then their place in the phase)."""
        order = {p.id: i for i, p in enumerate(self.model.phases)}
        pid = None if phase is None else self.phase(phase).id
        points = sorted(self.model.tables["decision_points"].values(),
                        key=lambda d: (order[d.phase_id], d.position, d.id))
        return [{**dataclasses.asdict(d), "phase": self.model.phase(d.phase_id).name,
                 "source": self.source(d.source_id)}
                for d in points if pid is None or d.phase_id == pid]

    def add_decision_point(self, phase: PhaseRef, label: str, kind: str = "other", *,
                           date: str = "", note: str = "", source: SourceRef = None) -> DecisionPoint:
        did = self.execute(AddDecisionPoint(phase_id=self.phase(phase).id, decision_label=label,
                                            kind=kind, date=date, note=note,
                                            source_id=_source_id(source)))
        return self.model.tables["decision_points"][did]

    def update_decision_point(self, decision: DecisionPoint | int, **changes: Any) -> DecisionPoint:
        did = decision.id if isinstance(decision, DecisionPoint) else decision
        self.execute(UpdateDecisionPoint(decision_id=did, changes=changes))
        return self.model.tables["decision_points"][did]

    def delete_decision_point(self, decision: DecisionPoint | int) -> None:
        did = decision.id if isinstance(decision, DecisionPoint) else decision
        self.execute(DeleteDecisionPoint(decision_id=did))

    def public_value(self, phase: PhaseRef | None = None) -> str:
        """The session's statement of intended public value, or a phase's."""
        if phase is None:
            value = self.model.meta("public_value", "")
            return value if isinstance(value, str) else ""
        return self.phase(phase).public_value

    def set_public_value(self, text: str, phase: PhaseRef | None = None) -> None:
        if phase is None:
            self.execute(cmds.SetMeta(key="public_value", value=text))
        else:
            self.execute(SetPhasePublicValue(phase_id=self.phase(phase).id, text=text))


__all__ = ["EvidenceAPI", "SourceRef", "ArenaRef"]
